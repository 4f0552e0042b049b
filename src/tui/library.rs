//! The runner's side of the Library pane: building the shelf (the library folder, or the
//! paths given) and reading a brief, or all of them merged, when the reader opens it, or two
//! versions of one report to compare.
//!
//! `update` never reads files; it asks with `Request::Library`, and `Books::answer` gives
//! back the `LibraryAction` to apply.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::reading::{ReadAll, Source};
use crate::app::{LibraryAction, LibraryRequest, Scope, Shelf, Version};
use crate::brief::{self, Brief};
use crate::library::{Counts, Entry, Library, LibraryError, Summary, base_id};

/// Where the shelf's briefs are read from: the library folder (read when opened), and the
/// briefs held in memory (the embedded No. 346, the files given on the command line).
pub struct Books {
    library: Option<Library>,
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
        let mut entries = library.entries()?;
        let mut books = Books {
            library: Some(library),
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
        let mut books = Books {
            library: None,
            held: Vec::new(),
        };
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

    /// What the runner answers to a request of the Library pane: the brief opened, all the
    /// shelf's briefs that load merged into one (read here, at once: the runner reads them
    /// on a thread instead, through `read_all_job`), two versions compared, or why it
    /// failed; `None` for `Stop`, which asks nothing of the books.
    pub fn answer(&self, listed: &Shelf, request: &LibraryRequest) -> Option<LibraryAction> {
        let answer = match request {
            LibraryRequest::Open(id) => match listed
                .entry(id)
                .ok_or_else(|| vec![format!("{id}: no such brief")])
                .and_then(|entry| self.load(entry))
            {
                Ok((brief, file)) => LibraryAction::Opened {
                    scope: Scope::Brief(id.clone()),
                    brief: Box::new(brief),
                    file,
                    index: None,
                },
                Err(problems) => LibraryAction::Failed(problems),
            },
            LibraryRequest::OpenAll => {
                super::reading::read_all(self.read_all_job(listed), &mut |_, _| true)?
            }
            LibraryRequest::Stop => return None,
            LibraryRequest::Diff { old, new } => self.compare(listed, old, new),
        };
        Some(answer)
    }

    /// Every brief of the shelf that loads, for reading and merging on a thread: those held
    /// in memory shared, the library's by their files.
    pub fn read_all_job(&self, listed: &Shelf) -> ReadAll {
        let briefs = listed
            .entries
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
                let mut books = Books {
                    library: None,
                    held: Vec::new(),
                };
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
pub(crate) mod testing {
    use std::path::PathBuf;

    use super::{Books, start};
    use crate::action::Action;
    use crate::app::{App, Request};

    /// `tests/fixtures/NAME`, as a path relative to the crate, so problems print the same
    /// on every machine.
    pub fn fixture(name: &str) -> PathBuf {
        PathBuf::from("tests/fixtures").join(name)
    }

    /// Three briefs that load and one that does not, the Library pane open on them.
    pub fn shelf_app(width: u16, height: u16) -> (App, Books) {
        let paths = [
            fixture("library/taiwan-v1.toml"),
            fixture("us-iran-ceasefire.toml"),
            fixture("example.toml"),
            fixture("broken/broken-brief.toml"),
        ];
        let (books, entries) = Books::of_paths(&paths);
        let mut app = start(
            &books,
            entries,
            crate::brief::load_embedded().expect("embedded brief loads"),
        );
        app.update(Action::Resize(width, height));
        (app, books)
    }

    /// Two versions of one report (taiwan-v1, taiwan-v2: CRS In Focus IF99001) and another
    /// brief, the Library pane open on them.
    pub fn versions_app(width: u16, height: u16) -> (App, Books) {
        let paths = [
            fixture("library/taiwan-v1.toml"),
            fixture("library/taiwan-v2.toml"),
            fixture("example.toml"),
        ];
        let (books, entries) = Books::of_paths(&paths);
        let mut app = start(
            &books,
            entries,
            crate::brief::load_embedded().expect("embedded brief loads"),
        );
        app.update(Action::Resize(width, height));
        (app, books)
    }

    /// A temporary library folder holding taiwan-v1 and the ceasefire brief, and the
    /// explorer on its Library pane (with the embedded No. 346).
    pub fn library_app() -> (App, Books, tempfile::TempDir) {
        let folder = tempfile::tempdir().expect("a temporary folder");
        for file in [
            "library/taiwan-v1.toml",
            "us-iran-ceasefire.toml",
            "us-iran-ceasefire.txt",
        ] {
            let name = fixture(file).file_name().expect("a name").to_owned();
            std::fs::copy(fixture(file), folder.path().join(name)).expect("copied");
        }
        let library = crate::library::Library::open(folder.path()).expect("opens");
        let embedded = crate::brief::load_embedded().expect("embedded brief loads");
        let (books, entries) = Books::of_library(library, embedded.clone()).expect("entries");
        let mut app = start(&books, entries, embedded);
        app.update(Action::Resize(80, 24));
        (app, books, folder)
    }

    /// The explorer in the All-briefs scope over `briefs` (each with its shelf id), held in
    /// memory as files given on the command line are, at this size.
    pub fn all_briefs_of(
        briefs: Vec<(String, crate::brief::Brief)>,
        width: u16,
        height: u16,
    ) -> (App, Books) {
        let mut books = Books {
            library: None,
            held: Vec::new(),
        };
        let entries = briefs
            .into_iter()
            .map(|(id, brief)| books.hold(id, brief, None))
            .collect();
        let embedded = crate::brief::load_embedded().expect("embedded brief loads");
        let mut app = App::with_shelf(embedded, crate::app::Shelf::new(entries, None));
        app.update(Action::Resize(width, height));
        act(
            &mut app,
            &books,
            Action::Library(crate::app::LibraryAction::SelectFirst),
        );
        act(
            &mut app,
            &books,
            Action::Library(crate::app::LibraryAction::Open),
        );
        (app, books)
    }

    /// Applies `action`, then answers a request of the Library pane as the runner does.
    pub fn act(app: &mut App, books: &Books, action: Action) {
        app.apply(action);
        if let Some(Request::Library(request)) = app.request.take()
            && let Some(answer) = books.answer(app.shelf.as_ref().expect("a shelf"), &request)
        {
            app.apply(Action::Library(answer));
        }
    }
}
