//! The runner's side of the Library pane: building the shelf (the library folder, or the
//! paths given) and reading a brief, or all of them merged, when the reader opens it, or two
//! versions of one report to compare.
//!
//! `update` never reads files; it asks with `Request::Library`, and `Books::answer` gives
//! back the actions to apply (`carry_out` is the runner's way in: reading every brief goes
//! to a thread there). Keeping the listing current lives in `library/listing.rs`.

mod listing;

pub use listing::carry_out;

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use super::reading::{ReadAll, Source};
use crate::action::Action;
use crate::app::{LibraryAction, LibraryRequest, Scope, Shelf, Version};
use crate::brief::{self, Brief};
use crate::library::{Counts, Entry, Library, LibraryError, Summary, base_id};

/// Where the shelf's briefs are read from: the library folder (read when opened), and the
/// briefs held in memory (the embedded No. 346, the files given on the command line).
pub struct Books {
    /// In a cell: listing the folder again (`relist`) refreshes the index, and the runner
    /// holds the books shared.
    library: Option<RefCell<Library>>,
    /// The library folder's modification time when it was last listed: adding or removing
    /// a brief changes it, so one `stat` tells whether to list again.
    listed_at: Cell<Option<SystemTime>>,
    /// Shared with the reading of all briefs (`super::reading`), which runs on a thread.
    held: Vec<(String, Arc<Brief>, Option<PathBuf>)>,
}

/// The `list` facts of a brief in memory.
fn summary_of(brief: &Brief) -> Summary {
    Summary {
        title: brief.meta.title.clone(),
        published: brief.meta.published.iso(),
        series: brief.meta.series.clone(),
        number: brief.meta.number.clone(),
        counts: Counts::of(brief),
    }
}

impl Books {
    /// The library folder's briefs (broken ones listed with their problems) and the
    /// embedded No. 346, unless the library holds a brief of the same id.
    ///
    /// # Errors
    /// `LibraryError` when the library folder cannot be found or read.
    pub fn of_library(
        library: Library,
        embedded: Brief,
    ) -> Result<(Books, Vec<Entry>), LibraryError> {
        let listed_at = listing::folder_time(library.root());
        let mut entries = library.entries()?;
        let mut books = Books {
            library: Some(RefCell::new(library)),
            listed_at: Cell::new(listed_at),
            held: Vec::new(),
        };
        let id = base_id(&embedded.meta);
        if !entries.iter().any(|e| e.id == id) {
            entries.insert(0, books.hold(id, embedded, None));
        }
        Ok((books, entries))
    }

    /// The briefs in `paths`: files as given, and in each folder its `.toml` and `.json`
    /// files (not hidden), by name. A file that does not load is listed with its problems;
    /// ids are file names without extension, `-2`, `-3`… when taken.
    pub fn of_paths(paths: &[PathBuf]) -> (Books, Vec<Entry>) {
        let mut books = Books::held_only();
        let mut entries: Vec<Entry> = Vec::new();
        for file in paths.iter().flat_map(|p| files_in(p)) {
            let stem = file
                .file_stem()
                .map_or_else(|| "brief".to_string(), |s| s.to_string_lossy().into_owned());
            let mut id = stem.clone();
            let mut n = 1;
            while entries.iter().any(|e| e.id == id) {
                n += 1;
                id = format!("{stem}-{n}");
            }
            let entry = match crate::import::load_path(&file) {
                Ok(brief) => books.hold(id, brief, Some(file)),
                Err(error) => Entry {
                    id,
                    file,
                    summary: None,
                    problems: error.lines(),
                },
            };
            entries.push(entry);
        }
        (books, entries)
    }

    /// No library folder, no brief yet.
    fn held_only() -> Books {
        Books {
            library: None,
            listed_at: Cell::new(None),
            held: Vec::new(),
        }
    }

    fn hold(&mut self, id: String, brief: Brief, file: Option<PathBuf>) -> Entry {
        let entry = Entry {
            id: id.clone(),
            file: file.clone().unwrap_or_else(|| PathBuf::from("(embedded)")),
            summary: Some(summary_of(&brief)),
            problems: Vec::new(),
        };
        self.held.push((id, Arc::new(brief), file));
        entry
    }

    /// The brief of this shelf entry and the file to reload it from: a brief held in
    /// memory, else the entry's file (read directly: `Library::load` lists the folder to
    /// find it, which over 1,000 briefs costs seconds when every brief is opened).
    fn load(&self, entry: &Entry) -> Result<(Brief, Option<PathBuf>), Vec<String>> {
        if let Some((_, brief, file)) = self.held.iter().find(|(held, ..)| *held == entry.id) {
            return Ok((Brief::clone(brief), file.clone()));
        }
        if self.library.is_none() {
            return Err(vec![format!("{}: no such brief", entry.id)]);
        }
        let brief = brief::load_file(&entry.file).map_err(|e| e.lines())?;
        Ok((brief, Some(entry.file.clone())))
    }

    /// What the runner answers to a request of the Library pane, as actions to apply in
    /// order: the brief opened, all the shelf's briefs that load merged into one (read here,
    /// at once: the runner reads them on a thread instead, through `read_all_job`), the
    /// folder listed again, the open scope read again, two versions compared, or why it
    /// failed; nothing for `Stop`, which asks nothing of the books.
    pub fn answer(&self, listed: &Shelf, request: &LibraryRequest) -> Vec<Action> {
        let answer = match request {
            LibraryRequest::Open(id) => return self.open(listed, id),
            LibraryRequest::OpenAll => {
                super::reading::read_all(self.read_all_job(listed), &mut |_, _| true)
            }
            LibraryRequest::Stop => None,
            LibraryRequest::Relist => return self.relist(false).into_iter().collect(),
            LibraryRequest::Reload => {
                let relisted = self.relist(true);
                let entries = match &relisted {
                    Some(Action::Library(LibraryAction::Listed(entries))) => entries.as_slice(),
                    _ => listed.entries.as_slice(),
                };
                let again = match &listed.scope {
                    Some(Scope::All) => {
                        super::reading::read_all(self.read_all_job_of(entries), &mut |_, _| true)
                            .map(Action::Library)
                    }
                    Some(Scope::Brief(id)) => self.reopen(entries, id),
                    None => None,
                };
                return relisted.into_iter().chain(again).collect();
            }
            LibraryRequest::Diff { old, new } => Some(self.compare(listed, old, new)),
        };
        answer.map(Action::Library).into_iter().collect()
    }

    /// The brief `id` read from its file (or memory); when it will not open because its file
    /// is gone (`briefing remove` in another shell), the listing again and a plain note.
    fn open(&self, listed: &Shelf, id: &str) -> Vec<Action> {
        let Some(entry) = listed.entry(id) else {
            let failed = LibraryAction::Failed(vec![format!("{id}: no such brief")]);
            return vec![Action::Library(failed)];
        };
        match self.load(entry) {
            Ok((brief, file)) => vec![Action::Library(LibraryAction::Opened {
                scope: Scope::Brief(id.to_string()),
                brief: Box::new(brief),
                file,
                index: None,
            })],
            Err(_) if self.library.is_some() && !entry.file.exists() => {
                let gone = format!(
                    "{id} was removed from the library (its file {} is gone)",
                    entry.file.display()
                );
                let relisted = self.relist(true);
                let failed = Action::Library(LibraryAction::Failed(vec![gone]));
                relisted.into_iter().chain([failed]).collect()
            }
            Err(problems) => vec![Action::Library(LibraryAction::Failed(problems))],
        }
    }

    /// Every brief of the shelf that loads, for reading and merging on a thread: those held
    /// in memory shared, the library's by their files.
    pub fn read_all_job(&self, listed: &Shelf) -> ReadAll {
        self.read_all_job_of(&listed.entries)
    }

    /// Every one of `entries` that loads, as `read_all_job` takes them.
    fn read_all_job_of(&self, entries: &[Entry]) -> ReadAll {
        let briefs = entries
            .iter()
            .filter(|entry| entry.summary.is_some())
            .map(|entry| {
                let source = self
                    .held
                    .iter()
                    .find(|(held, ..)| *held == entry.id)
                    .map_or_else(
                        || Source::File(entry.file.clone()),
                        |(_, brief, _)| Source::Held(Arc::clone(brief)),
                    );
                (entry.id.clone(), source)
            })
            .collect();
        ReadAll { briefs }
    }

    /// The two briefs `old` and `new` (shelf ids) read and compared (`library::diff`), or
    /// why one of them could not be read.
    fn compare(&self, listed: &Shelf, old: &str, new: &str) -> LibraryAction {
        let read = |id: &str| {
            let entry = listed
                .entry(id)
                .ok_or_else(|| vec![format!("{id}: no such brief")])?;
            let (brief, _) = self.load(entry)?;
            let version = Version {
                id: id.to_string(),
                title: brief.meta.title.clone(),
                published: brief.meta.published.short(),
            };
            Ok::<_, Vec<String>>((version, brief))
        };
        match (read(old), read(new)) {
            (Ok((old, old_brief)), Ok((new, new_brief))) => LibraryAction::Compared {
                old,
                new,
                diff: Box::new(crate::library::diff(&old_brief, &new_brief)),
            },
            (Err(problems), _) | (_, Err(problems)) => LibraryAction::Failed(problems),
        }
    }
}

/// A file as itself; a folder as its brief files (`.toml`, `.json`) and reports (`.txt`,
/// `.md`, `.html`, `.pdf`), not hidden, by name.
fn files_in(path: &Path) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    let Ok(read) = std::fs::read_dir(path) else {
        return vec![path.to_path_buf()];
    };
    let mut files: Vec<PathBuf> =
        read.filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let hidden = p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                let brief = p.extension().is_some_and(|e| {
                    e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json")
                }) || crate::import::is_report(p);
                p.is_file() && brief && !hidden
            })
            .collect();
    files.sort();
    files
}

/// The shelf and the app to start the explorer with: on the Library pane when there is
/// more than one brief to choose from, else straight on the one brief (as before libraries).
pub fn start(books: &Books, entries: Vec<Entry>, fallback: Brief) -> crate::app::App {
    let loadable: Vec<&Entry> = entries.iter().filter(|e| e.summary.is_some()).collect();
    if entries.len() == 1 && loadable.len() == 1 {
        let id = loadable[0].id.clone();
        if let Ok((brief, file)) = books.load(loadable[0]) {
            let mut app =
                crate::app::App::with_shelf(brief, Shelf::new(entries, Some(Scope::Brief(id))));
            app.source = file;
            return app;
        }
    }
    crate::app::App::with_shelf(fallback, Shelf::new(entries, None))
}

/// The explorer over `paths` (briefs, folders of briefs), or over the library when `paths`
/// is empty: `$BRIEFING_LIBRARY` or the platform folder, with the embedded No. 346. A library
/// folder that does not exist yet (nothing added) is an empty library, not an error, and is
/// not created.
///
/// # Errors
/// The embedded brief failing to load (a build problem), the library folder unreadable, or
/// the terminal failing.
pub fn explore(paths: &[PathBuf], color: crate::cli::ColorChoice) -> anyhow::Result<()> {
    let embedded = brief::load_embedded()?;
    let (books, entries) = if paths.is_empty() {
        match Library::default_root() {
            Ok(root) if root.is_dir() => {
                Books::of_library(Library::open(&root)?, embedded.clone())?
            }
            _ => {
                let mut books = Books::held_only();
                let entry = books.hold(base_id(&embedded.meta), embedded.clone(), None);
                (books, vec![entry])
            }
        }
    } else {
        Books::of_paths(paths)
    };
    let app = start(&books, entries, embedded);
    super::run_shelf(app, &books, color)
}

/// For tests of `update` and the views: a shelf of fixture briefs and a runner stand-in.
#[cfg(test)]
pub(crate) mod testing;
