//! Files in and out of the app: opening a dataset (from a file, a sample, a drop or the page's
//! picker), making one of a table (`import/`, with its preview window), reading it again when it
//! changes on disk (`watch.rs`), the recent files, and asking where a file goes (`dialogs.rs`).
//! A broken file is reported with file, line and column, and the dataset on screen stays open.

mod dialogs;
mod import;
mod watch;

pub use dialogs::DialogPurpose;

use std::path::PathBuf;
use std::sync::Arc;

use dialogs::TypedPath;
use import::ImportPreview;
use watch::FileWatch;

use super::Command;
use super::author::AuthorCommand;
use super::present::PresentCommand;
use super::shared::Shared;
use super::shell::Notice;
use super::shown::Shown;
use super::state::DatasetSource;
use super::timeline::TimelineCommand;
use crate::dataset::{DatasetError, LoadedDataset, NEW_DATASET};
use crate::earth::world::World;
use crate::import::ImportOptions;
use crate::map::region::world_for;
use crate::platform::{self, Chosen, DropInbox, Poll, Task};

/// A change to which dataset is open, or a file dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum FilesCommand {
    /// Start a dataset of one's own from nothing, unsaved, with the Facts panel open.
    NewDataset,
    /// Ask for a dataset file to open.
    ChooseDatasetToOpen,
    /// Ask for a table (spreadsheet or CSV) to make a dataset from.
    ChooseTableToImport,
    /// Read the table at this path into the Import table window.
    ImportTable(PathBuf),
    /// Read table bytes that came without a path (dropped, or picked in a browser) into the
    /// Import table window; the dataset made is opened unsaved.
    ImportBytes {
        /// The file's name.
        name: String,
        /// Its content.
        bytes: Arc<[u8]>,
    },
    /// Import the table in the window again with these options.
    SetImportOptions(Box<ImportOptions>),
    /// Make the dataset of the table in the window: ask where to save it (or, for bytes, open
    /// it unsaved).
    CreateImported,
    /// Close the Import table window, writing nothing.
    CancelImport,
    /// Save the dataset made from the table in the window here, then open it.
    SaveImported(PathBuf),
    /// Open a dataset file (the open one stays if it is broken).
    OpenDataset(PathBuf),
    /// Open dataset bytes that came without a path (`name` labels errors).
    OpenBytes {
        /// The file's name.
        name: String,
        /// Its content.
        bytes: Arc<[u8]>,
    },
    /// Open one of the embedded sample datasets, by id.
    OpenSample(String),
    /// Read the open dataset file again (it changed on disk).
    Reload,
    /// Forget the recently opened files.
    ClearRecentFiles,
    /// Ask the user where a file goes (or which to open), for `purpose`.
    ChoosePath {
        /// What the file is for.
        purpose: DialogPurpose,
        /// The name offered.
        name: String,
        /// The folder to start in.
        folder: Option<PathBuf>,
    },
    /// The open file as it is now was written by the app: not a change to reload.
    AcknowledgeOwnWrite,
}

/// The dialog open, the file watched, the files dropped.
pub struct Files {
    dialog: Option<(DialogPurpose, Task<Option<Chosen>>)>,
    typed_path: Option<TypedPath>,
    native_dialogs: bool,
    watch: Option<FileWatch>,
    dropped: DropInbox,
    import: Option<ImportPreview>,
}

impl Files {
    /// No dialog open and nothing watched; typed paths instead of native dialogs when
    /// `typed_paths_only` or when none can be shown here.
    pub fn new(typed_paths_only: bool) -> Self {
        Self {
            dialog: None,
            typed_path: None,
            native_dialogs: !typed_paths_only && platform::native_dialogs_available(),
            watch: None,
            dropped: DropInbox::new(),
            import: None,
        }
    }

    /// Carries out a files command.
    pub fn apply(&mut self, command: FilesCommand, shared: &mut Shared) -> Vec<Command> {
        match command {
            FilesCommand::ChooseDatasetToOpen => {
                self.choose(DialogPurpose::OpenDataset, String::new(), None);
                Vec::new()
            }
            FilesCommand::ChooseTableToImport => {
                self.choose(DialogPurpose::ImportTable, String::new(), None);
                Vec::new()
            }
            FilesCommand::ImportTable(path) => {
                if let Some(bytes) = import::read_table_file(shared, &path) {
                    let table = path.display().to_string();
                    let preview =
                        ImportPreview::new(table, Some(path), bytes.into(), &shared.world);
                    self.import = Some(preview);
                }
                Vec::new()
            }
            FilesCommand::ImportBytes { name, bytes } => {
                self.import = Some(ImportPreview::new(name, None, bytes, &shared.world));
                Vec::new()
            }
            FilesCommand::SetImportOptions(options) => {
                if let Some(preview) = &mut self.import {
                    preview.set_options(*options, &shared.world);
                }
                Vec::new()
            }
            FilesCommand::NewDataset => {
                let loaded =
                    LoadedDataset::sample(&NEW_DATASET, &|iso| shared.world.knows_iso(iso));
                let then = show_opened(shared, loaded, None);
                shared.saved.preferences.panels.facts = true;
                shared.notice = Some(Notice::info(
                    "A new dataset: add its countries, exercises and events in the Facts panel, \
                     then save it with Save dataset as… in the File menu."
                        .to_owned(),
                ));
                then
            }
            FilesCommand::CreateImported => self.create_imported(shared),
            FilesCommand::CancelImport => {
                self.import = None;
                if self
                    .typed_path
                    .as_ref()
                    .is_some_and(|t| t.purpose == DialogPurpose::SaveImported)
                {
                    self.typed_path = None;
                }
                Vec::new()
            }
            FilesCommand::SaveImported(path) => self.save_imported(shared, &path),
            FilesCommand::OpenDataset(path) => open(shared, DatasetSource::File(path)),
            FilesCommand::OpenSample(id) => open(shared, DatasetSource::Sample(id)),
            FilesCommand::OpenBytes { name, bytes } => {
                let loaded = shared.load_bytes(&name, &bytes);
                show_opened(shared, loaded, None)
            }
            FilesCommand::Reload => reload(shared),
            FilesCommand::ClearRecentFiles => {
                shared.saved.documents.recent_files.clear();
                Vec::new()
            }
            FilesCommand::ChoosePath {
                purpose,
                name,
                folder,
            } => {
                self.choose(purpose, name, folder);
                Vec::new()
            }
            FilesCommand::AcknowledgeOwnWrite => {
                if let Some(watch) = &mut self.watch {
                    watch.acknowledge();
                }
                Vec::new()
            }
        }
    }

    /// What the dialog, the file watch and dropped files ask for this frame.
    pub fn poll(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands: Vec<Command> = Vec::new();
        if let Some((purpose, task)) = &self.dialog {
            match task.poll() {
                Poll::Pending => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
                Poll::Ready(chosen) => {
                    commands.extend(chosen.and_then(|chosen| purpose.command(chosen)));
                    self.dialog = None;
                }
                Poll::Lost => self.dialog = None,
            }
        }
        if let Some(watch) = &mut self.watch {
            ctx.request_repaint_after(watch::POLL_INTERVAL);
            if watch.changed(web_time::Instant::now()) {
                commands.push(FilesCommand::Reload.into());
            }
        }
        commands.extend(
            self.dropped
                .take(ctx)
                .into_iter()
                .filter_map(|chosen| DialogPurpose::OpenDataset.command(chosen)),
        );
        commands
    }

    /// Watches `path` for changes (nothing if `None`), keeping the current watch if it is the
    /// same file.
    pub fn watch_only(&mut self, path: Option<&std::path::Path>) {
        if self.watch.as_ref().map(FileWatch::path) != path {
            self.watch = path.map(|p| FileWatch::new(p.to_path_buf()));
        }
    }

    /// The Import table window and the typed-path window, while they are wanted.
    pub fn windows_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dialog_open = self.dialog.is_some() || self.typed_path.is_some();
        if let Some(preview) = &mut self.import {
            preview.ui(ctx, dialog_open, commands);
        }
        if let Some(typed) = &mut self.typed_path
            && !typed.ui(ctx, commands)
        {
            self.typed_path = None;
        }
    }

    /// Asks where to save the dataset made in the Import table window, or (for a table that
    /// came without a path) opens it unsaved.
    fn create_imported(&mut self, shared: &mut Shared) -> Vec<Command> {
        match &self.import {
            Some(preview) if preview.imported().is_some() && preview.path.is_some() => {
                let (name, folder) = preview.offered_save();
                self.choose(DialogPurpose::SaveImported, name, folder);
                Vec::new()
            }
            Some(preview) if preview.imported().is_some() => {
                let then = import::open_unsaved(shared, preview);
                self.import = None;
                then
            }
            _ => Vec::new(),
        }
    }

    /// Writes the dataset made in the Import table window at `path` and opens it; when it cannot
    /// be written the window stays, to try elsewhere.
    fn save_imported(&mut self, shared: &mut Shared, path: &std::path::Path) -> Vec<Command> {
        let Some(preview) = &self.import else {
            return Vec::new();
        };
        let saved = import::save(shared, preview, path);
        if saved.is_some() {
            self.import = None;
        }
        saved.unwrap_or_default()
    }

    /// Asks the user for a path: the platform's dialog, or the typed-path window where no
    /// dialog can be shown. Does nothing while one is already open.
    fn choose(&mut self, purpose: DialogPurpose, name: String, folder: Option<PathBuf>) {
        if self.dialog.is_some() || self.typed_path.is_some() {
            return;
        }
        if self.native_dialogs {
            let task = platform::choose_file(purpose.request(name, folder));
            self.dialog = Some((purpose, task));
        } else {
            let text = match purpose {
                DialogPurpose::OpenDataset | DialogPurpose::ImportTable => String::new(),
                _ => folder.map_or_else(|| name.clone(), |f| f.join(&name).display().to_string()),
            };
            self.typed_path = Some(TypedPath { purpose, text });
        }
    }
}

fn open(shared: &mut Shared, source: DatasetSource) -> Vec<Command> {
    let loaded = shared.load(&source);
    show_opened(shared, loaded, Some(source))
}

/// Shows a newly opened dataset from its home view (leaving a presentation, which belonged to
/// the dataset before), or says why it could not be opened and keeps the one on screen.
fn show_opened(
    shared: &mut Shared,
    loaded: Result<LoadedDataset, DatasetError>,
    source: Option<DatasetSource>,
) -> Vec<Command> {
    match loaded {
        Ok(dataset) => {
            let mut notice = Notice::info(opened_summary(&dataset));
            notice.details.clone_from(&dataset.notes);
            shared.notice = Some(notice);
            let mut then = show_dataset(shared, dataset, source);
            then.push(PresentCommand::Leave.into());
            shared.saved.view.selection = None;
            let home = shared.home_view();
            shared.cut_to(Some(home));
            then
        }
        Err(err) => {
            let headline = "Could not open the dataset; the one on screen stays open.";
            shared.notice = Some(Notice::dataset_error(headline, &err));
            Vec::new()
        }
    }
}

/// "Opened CSTO (csto.json): 10 countries, 40 exercises, 83 excerpts."
fn opened_summary(dataset: &LoadedDataset) -> String {
    let data = &dataset.data;
    let on_map = data.countries.iter().filter(|c| c.iso_a3.is_some()).count();
    let others = match data.countries.len() - on_map {
        0 => String::new(),
        1 => " and 1 other entity without a place on the map".to_owned(),
        n => format!(" and {n} other entities without a place on the map"),
    };
    format!(
        "Opened {} ({}): {on_map} countries{others}, {} exercises, {} excerpts.",
        data.organisation.short_name,
        dataset.origin,
        data.exercises.len(),
        data.excerpts.len()
    )
}

/// Reopens the watched file after it changed, keeping the view and a selection that still
/// exists; a broken edit keeps the last good data on screen.
fn reload(shared: &mut Shared) -> Vec<Command> {
    let Some(path) = shared.saved.documents.open_file().map(|p| p.to_path_buf()) else {
        return Vec::new();
    };
    let source = DatasetSource::File(path.clone());
    match shared.load(&source) {
        Ok(dataset) => {
            shared.notice = Some(Notice::info(format!(
                "Reloaded {} after it changed on disk.",
                path.display()
            )));
            show_dataset(shared, dataset, Some(source))
        }
        Err(err) => {
            let headline = format!(
                "{} changed on disk but has problems; the last good version stays on screen.",
                path.display()
            );
            shared.notice = Some(Notice::dataset_error(&headline, &err));
            Vec::new()
        }
    }
}

/// Makes `dataset` the one on screen, remembering where it came from; its story starts afresh.
pub fn show_dataset(
    shared: &mut Shared,
    dataset: LoadedDataset,
    source: Option<DatasetSource>,
) -> Vec<Command> {
    shared.world = match shared.saved.view.projection {
        Some(projection) => World::in_projection(projection),
        None => world_for(&dataset.data, shared.saved.preferences.projection),
    };
    shared.shown = Shown::new(dataset, &shared.world, shared.today, &shared.saved.view);
    if let Some(DatasetSource::File(path)) = &source {
        shared.saved.documents.remember_recent(path.clone());
    }
    shared.saved.documents.dataset = source;
    vec![
        AuthorCommand::Reset.into(),
        TimelineCommand::ClearCaption.into(),
    ]
}
