//! The benchmark's peer for start-up (see BENCHMARKS.md): the smallest eframe window on the same
//! stack as the app (same eframe, renderer and features), which draws six frames with one label
//! and exits. Whatever the app takes beyond this is the app's own.

fn main() -> eframe::Result {
    eframe::run_native(
        "Minimal window",
        eframe::NativeOptions::default(),
        Box::new(|_| Ok(Box::new(SixFrames(0)))),
    )
}

/// Counts the frames drawn and closes the window after the sixth.
struct SixFrames(u32);

impl eframe::App for SixFrames {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("Hello");
        self.0 += 1;
        if self.0 >= 6 {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        ui.ctx().request_repaint();
    }
}
