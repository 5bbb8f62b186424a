//! Work whose result arrives later (a dialog, a handout written on its own thread, a screenshot
//! egui delivers after the frame): one handle to poll each frame, instead of a channel per job.

use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

/// A result that will arrive later.
#[derive(Debug)]
pub struct Task<T> {
    receiver: Receiver<T>,
}

/// What a task has come to this frame.
#[derive(Debug, PartialEq, Eq)]
pub enum Poll<T> {
    /// Not finished.
    Pending,
    /// Its result.
    Ready(T),
    /// It ended without a result (its thread stopped, or the page went away).
    Lost,
}

impl<T> Task<T> {
    /// A task and the sender its result goes through, for work that reports through a callback.
    pub fn channel() -> (Sender<T>, Self) {
        let (sender, receiver) = channel();
        (sender, Self { receiver })
    }

    /// A task that has already finished with `value`.
    pub fn ready(value: T) -> Self {
        let (sender, task) = Self::channel();
        // The receiver is in hand, so this cannot fail.
        sender.send(value).ok();
        task
    }

    /// Its result if it has arrived, without waiting.
    pub fn poll(&self) -> Poll<T> {
        match self.receiver.try_recv() {
            Ok(value) => Poll::Ready(value),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_is_pending_then_ready_then_lost() {
        let (sender, task) = Task::channel();
        assert_eq!(task.poll(), Poll::Pending);
        sender.send(7).unwrap();
        assert_eq!(task.poll(), Poll::Ready(7));
        drop(sender);
        assert_eq!(task.poll(), Poll::Lost);
        assert_eq!(Task::ready("done").poll(), Poll::Ready("done"));
    }
}
