//! Keeping the shelf as the library folder is while the explorer runs: listing the folder
//! again when it changed (one `stat` of the folder tells), reading the open brief again for
//! `r`, and carrying out the Library pane's requests for the runner, reading every brief on
//! its thread.

use std::path::Path;
use std::time::SystemTime;

use super::Books;
use crate::action::Action;
use crate::app::{App, LibraryAction, LibraryRequest, Scope};
use crate::library::Entry;
use crate::tui::reading::Reader;

/// The folder's modification time, which adding or removing a file changes; `None` when it
/// cannot be read (then the folder is listed again each time it is asked).
pub(super) fn folder_time(root: &Path) -> Option<SystemTime> {
    std::fs::metadata(root).and_then(|m| m.modified()).ok()
}

impl Books {
    /// The library folder listed again (its index refreshed first: files added, changed or
    /// removed since), with the briefs held in memory it does not hold; `None` without a
    /// library folder, or when `forced` is false and the folder's time is what it was at the
    /// last listing. A folder that cannot be listed answers `Failed` with why.
    pub(super) fn relist(&self, forced: bool) -> Option<Action> {
        let cell = self.library.as_ref()?;
        let mut library = cell.borrow_mut();
        let time = folder_time(library.root());
        if !forced && time.is_some() && time == self.listed_at.get() {
            return None;
        }
        self.listed_at.set(time);
        let listed = library.refresh().and_then(|_| library.entries());
        let action = match listed {
            Ok(mut entries) => {
                for (id, brief, file) in &self.held {
                    if !entries.iter().any(|e| e.id == *id) {
                        entries.push(Entry {
                            id: id.clone(),
                            file: file.clone().unwrap_or_else(|| "(embedded)".into()),
                            summary: Some(super::summary_of(brief)),
                            problems: Vec::new(),
                        });
                    }
                }
                LibraryAction::Listed(entries)
            }
            Err(error) => LibraryAction::Failed(vec![format!(
                "{}: cannot list the library again: {error}",
                library.root().display()
            )]),
        };
        Some(Action::Library(action))
    }

    /// The brief `id` of `entries` read again from its file, for `r`: `Opened` (the app
    /// keeps the reader's place), or `ReportReloadFailure` with its problems when it no
    /// longer loads; `None` when it is no longer on the shelf (the new listing says so) or
    /// has no file (the embedded brief).
    pub(super) fn reopen(&self, entries: &[Entry], id: &str) -> Option<Action> {
        let entry = entries.iter().find(|e| e.id == id)?;
        let file = match self.held.iter().find(|(held, ..)| held == id) {
            Some((_, _, file)) => file.clone()?,
            None => entry.file.clone(),
        };
        let read = if self.library.is_some() && self.held.iter().all(|(held, ..)| held != id) {
            crate::brief::load_file(&file).map_err(|e| e.lines())
        } else {
            // A file given on the command line may be a report: import it again.
            crate::import::load_path(&file).map_err(|e| e.lines())
        };
        Some(match read {
            Ok(brief) => Action::Library(LibraryAction::Opened {
                scope: Scope::Brief(id.to_string()),
                brief: Box::new(brief),
                file: Some(file),
                index: None,
            }),
            Err(problems) => Action::ReportReloadFailure(problems),
        })
    }
}

/// Carries out a request of the Library pane for the runner: reading every brief on
/// `reader`'s thread (after listing the folder again when it changed, so the reading takes
/// what is there now), everything else through `Books::answer`, at once. Opening another
/// brief or comparing two stops a reading under way.
pub fn carry_out(books: &Books, app: &mut App, reader: &Reader, request: LibraryRequest) {
    let all = app.shelf.as_ref().and_then(|s| s.scope.as_ref()) == Some(&Scope::All);
    match request {
        LibraryRequest::Stop => reader.stop(),
        LibraryRequest::OpenAll => {
            if let Some(listed) = books.relist(false) {
                app.apply(listed);
            }
            if let Some(shelf) = &app.shelf {
                reader.start(books.read_all_job(shelf));
            }
        }
        LibraryRequest::Reload if all => {
            reader.stop();
            if let Some(listed) = books.relist(true) {
                app.apply(listed);
            }
            if let Some(shelf) = &app.shelf {
                reader.start(books.read_all_job(shelf));
            }
        }
        request => {
            if request != LibraryRequest::Relist {
                // Another brief wanted: a reading of all of them is not.
                reader.stop();
            }
            let Some(shelf) = &app.shelf else { return };
            for action in books.answer(shelf, &request) {
                app.apply(action);
            }
        }
    }
}
