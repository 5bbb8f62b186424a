//! Every change to the app's state, as a value: panels, keys, the map widget, playback and
//! background work push them; [`super::AtlasApp::apply`] hands each to the capability it belongs
//! to, at the end of the frame. Each capability defines its own commands in its folder.

use super::author::AuthorCommand;
use super::explore::ExploreCommand;
use super::export::ExportCommand;
use super::files::FilesCommand;
use super::present::PresentCommand;
use super::shell::ShellCommand;
use super::timeline::TimelineCommand;

/// Declares [`Command`] with one variant per capability, and `From` each capability's command.
macro_rules! commands_by_capability {
    ($($(#[doc = $doc:literal])* $capability:ident($command:ty)),* $(,)?) => {
        /// One change to the app's state, by the capability that carries it out.
        #[must_use]
        #[derive(Debug, Clone, PartialEq)]
        pub enum Command {
            $($(#[doc = $doc])* $capability($command),)*
        }

        $(impl From<$command> for Command {
            fn from(command: $command) -> Self {
                Self::$capability(command)
            }
        })*
    };
}

commands_by_capability!(
    /// The map, the lists, the details, search and the compare view.
    Explore(ExploreCommand),
    /// The date, playback and stepping through events.
    Timeline(TimelineCommand),
    /// Presenting the story.
    Present(PresentCommand),
    /// Writing the story's slides and saving them.
    Author(AuthorCommand),
    /// Figures, the handout and screenshots.
    Export(ExportCommand),
    /// Opening datasets, file dialogs and the file watch.
    Files(FilesCommand),
    /// The window: panels, theme, text size, help, the banner, quitting.
    Shell(ShellCommand),
);
