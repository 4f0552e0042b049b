//! The library: a folder of brief files, which are the truth, and the `SQLite` index derived
//! from them, which is a cache that may be deleted at any time.
//!
//! Where things live: `library/store.rs` reads and writes the folder (names, the lock, atomic
//! writes); `library/index.rs` opens the index; `library/query.rs` answers from it;
//! `library/refresh.rs` brings it up to date; `library/items.rs` says what it records of a
//! brief (each item's text in named parts);
//! `library/resolve.rs` turns ids into briefs and items; `library/diff.rs` compares two
//! versions of a brief (`diff/matching.rs` pairs items, `diff/normal.rs` erases typography);
//! `library/report.rs` is the one seam through which reports (not brief files) come in, and
//! says which files of a folder `add` takes.
//!
//! Shapes, for the explorer and the lookups:
//! - [`Library::open`] → a `Library` whose index is current (it refreshed on opening).
//! - [`Library::entries`] → every file as an [`Entry`]: id, file, and a [`Summary`] or the
//!   located problems that keep it from loading; [`newest_first`] orders them as `list` and
//!   the Library pane do.
//! - [`Library::load`] (id) → the [`Brief`].
//! - [`Library::search`] (words) → [`SearchHit`]s: brief id, item id, section, score.
//! - [`Library::matching`] (a [`TextQuery`]) → [`Matches`]: every matching item's [`ItemRow`]
//!   (or bm25's best, and a flag saying so), its text in [`parts`], for a caller that ranks
//!   them itself (`briefing search` across the library).
//! - [`Library::resolve`] (`BRIEF/ITEM` or `ITEM`) → a [`Resolution`].
//! - [`Library::actors_named`] (a name or alias) → every brief's actor of that name.
//! - [`diff`] (old, new brief) → a [`Diff`]: items added, removed, changed; [`files_to_add`]
//!   (a folder) → its briefs and reports.
//! - Errors are [`LibraryError`]s, each naming its file or id once; [`LibraryError::lines`]
//!   gives them one problem a line.

mod diff;
mod index;
mod items;
pub mod merge;
mod naming;
mod query;
mod refresh;
mod report;
mod resolve;
mod store;
#[cfg(test)]
mod tests;

use std::cmp::Ordering;
use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::brief::{self, Brief, BriefError, Section};

pub use diff::{Change, ChangeKind, Diff, FieldChange, ItemSide, diff};
pub use index::{IndexLocation, Refresh};
pub use items::{ItemRow, Part, item_rows, join_parts, parts};
pub use naming::{base_id, same_series};
pub use query::{Matches, TextQuery, TextTerm};
pub use report::{files_to_add, import_report};
pub use resolve::{QualifiedId, Resolution};

/// The environment variable naming the library folder; it wins over the platform default.
pub const LIBRARY_VAR: &str = "BRIEFING_LIBRARY";

/// Everything that can go wrong with the library, each naming the file or id to look at
/// once: a variant that wraps another error (a brief's, an import's) adds nothing to it,
/// since that error already names its file.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("no home folder to keep the library in: set {LIBRARY_VAR} to a folder")]
    NoDataFolder,
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    /// The library's place is taken by a file (or a file stands where a folder of its path
    /// should be).
    #[error("{}: the library must be a folder, and a file is in the way; set {LIBRARY_VAR} to a folder", path.display())]
    NotAFolder { path: PathBuf },
    /// `add` was given nothing at this path.
    #[error("{}: no such file", path.display())]
    NoSuchFile { path: PathBuf },
    /// [`Library::add`] was given a folder (the CLI adds the files in it instead, as
    /// [`files_to_add`] lists them).
    #[error("{}: a folder, not a brief or report file", path.display())]
    Folder { path: PathBuf },
    /// A folder given to `add` holds no brief or report.
    #[error("{}: no briefs (.toml, .json) or reports (.txt, .md, .html, .pdf) in this folder", path.display())]
    EmptyFolder { path: PathBuf },
    #[error(transparent)]
    Brief(#[from] BriefError),
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    #[error("{id}: no such brief in the library ({root}); `briefing list` shows the ids")]
    UnknownBrief { id: String, root: PathBuf },
    #[error("library index: {0}")]
    Index(#[from] rusqlite::Error),
    #[error("{path}: cannot write the brief: {message}")]
    Export { path: PathBuf, message: String },
}

impl LibraryError {
    pub(crate) fn io(path: &Path, source: io::Error) -> LibraryError {
        LibraryError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// An I/O error on the library folder `root` itself: a file in its place (or in the
    /// place of a folder above it) is [`LibraryError::NotAFolder`], anything else
    /// [`LibraryError::Io`].
    pub(crate) fn at_root(root: &Path, source: io::Error) -> LibraryError {
        let file_in_the_way =
            source.kind() == io::ErrorKind::NotADirectory || (root.exists() && !root.is_dir());
        if file_in_the_way {
            return LibraryError::NotAFolder {
                path: root.to_path_buf(),
            };
        }
        LibraryError::io(root, source)
    }

    /// The problems to show one a line, as [`BriefError::lines`] gives them: each located
    /// problem of a brief or an imported report on its own line, else the one message.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LibraryError::Brief(error) => error.lines(),
            LibraryError::Import(error) => error.lines(),
            other => vec![other.to_string()],
        }
    }
}

/// One file of the library as `list` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// The file's name without its extension: `eai-background-brief-346`.
    pub id: String,
    /// The file, inside the library folder.
    pub file: PathBuf,
    /// What the brief is, when it loads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// Why it does not load, one located problem a line (`file:line:column: message`);
    /// empty when it loads.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
}

/// The facts `list` prints about a brief that loads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub title: String,
    /// The publication date as files write it (`2007-08-08`).
    pub published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub counts: Counts,
}

impl Summary {
    /// The facts of a brief in memory (the embedded one), as the index records a file's.
    pub fn of(brief: &Brief) -> Summary {
        Summary {
            title: brief.meta.title.clone(),
            published: brief.meta.published.iso(),
            series: brief.meta.series.clone(),
            number: brief.meta.number.clone(),
            counts: Counts::of(brief),
        }
    }
}

/// How many items of each kind a brief holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    pub paragraphs: usize,
    pub actors: usize,
    pub themes: usize,
    pub events: usize,
    pub figures: usize,
    pub positions: usize,
}

impl Counts {
    pub fn of(brief: &Brief) -> Counts {
        Counts {
            paragraphs: brief.summary.len(),
            actors: brief.actors.len(),
            themes: brief.themes.len(),
            events: brief.timeline.len(),
            figures: brief.figures.len(),
            positions: brief.positions.len(),
        }
    }
}

/// The order the explorer's Library pane lists briefs in: newest first by publication date,
/// then undated briefs, then broken files (no summary); ties by id.
///
/// Dates are `Summary::published` as files write them (ISO at their own precision: `2026-04`
/// sorts just before `2026-04-01`); a span counts by its end, `before`/`after` by its anchor.
pub fn newest_first(a: &Entry, b: &Entry) -> Ordering {
    let date = |entry: &Entry| {
        entry.summary.as_ref().map(|summary| {
            let published = summary.published.as_str();
            let point = published
                .strip_prefix("before ")
                .or_else(|| published.strip_prefix("after "))
                .unwrap_or(published);
            let point = point.rsplit('/').next().unwrap_or(point);
            point
                .starts_with(|c: char| c.is_ascii_digit())
                .then(|| point.to_string())
        })
    };
    // `Some(Some(date))` before `Some(None)` (undated) before `None` (broken).
    let rank = |d: &Option<Option<String>>| match d {
        Some(Some(_)) => 0,
        Some(None) => 1,
        None => 2,
    };
    let (da, db) = (date(a), date(b));
    rank(&da)
        .cmp(&rank(&db))
        .then_with(|| db.cmp(&da))
        .then_with(|| a.id.cmp(&b.id))
}

/// One full-text match: the item `item` of brief `brief`, in `section`; a higher `score` is a
/// better match (`SQLite`'s bm25 rank, negated; not comparable across queries).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub brief: String,
    pub item: String,
    pub section: Section,
    pub score: f64,
}

/// What `add` did with one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Added {
    /// Written to the library as this entry.
    New(Entry),
    /// Refused: a brief with the same normalised content is already there, under this id.
    Duplicate { existing: String },
}

/// An open library: its folder and its index, current as of the last refresh.
pub struct Library {
    root: PathBuf,
    index: index::Index,
}

impl Library {
    /// The folder the library lives in: `$BRIEFING_LIBRARY` when set and not empty, else the
    /// platform's data folder (`~/.local/share/briefing` on Linux, from the `directories`
    /// crate). Fails only when neither exists (no home folder).
    pub fn default_root() -> Result<PathBuf, LibraryError> {
        if let Some(folder) = std::env::var_os(LIBRARY_VAR).filter(|value| !value.is_empty()) {
            return Ok(PathBuf::from(folder));
        }
        directories::ProjectDirs::from("", "", "briefing")
            .map(|dirs| dirs.data_dir().to_path_buf())
            .ok_or(LibraryError::NoDataFolder)
    }

    /// Opens the library at its default place (see [`Library::default_root`]).
    pub fn open_default() -> Result<Library, LibraryError> {
        Library::open(&Self::default_root()?)
    }

    /// Opens the library in `root` and brings its index up to date with the files. A folder
    /// that does not exist yet is an empty library (nothing is created until `add`). When the
    /// index file cannot be written (a read-only folder), the index is built in memory from
    /// the files instead; [`Library::index_location`] says which.
    pub fn open(root: &Path) -> Result<Library, LibraryError> {
        let mut index = index::Index::open(root)?;
        index.refresh(root)?;
        Ok(Library {
            root: root.to_path_buf(),
            index,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the index lives now: its file, or memory and why.
    pub fn index_location(&self) -> &IndexLocation {
        self.index.location()
    }

    /// Brings the index up to date with the folder: files added, changed (size, mtime, then
    /// content hash) or removed since the last refresh. Returns what it found.
    pub fn refresh(&mut self) -> Result<Refresh, LibraryError> {
        self.index.refresh(&self.root)
    }

    /// Every brief file in the library, by id; broken files included, with their problems.
    pub fn entries(&self) -> Result<Vec<Entry>, LibraryError> {
        self.index.entries(&self.root)
    }

    /// The brief with this id, loaded and validated from its file (not from the index).
    pub fn load(&self, id: &str) -> Result<Brief, LibraryError> {
        let file = store::file_of(&self.root, id)?.ok_or_else(|| LibraryError::UnknownBrief {
            id: id.to_string(),
            root: self.root.clone(),
        })?;
        Ok(brief::load_file(&file)?)
    }

    /// Items whose text holds every word of `query` (each word also matches as a prefix,
    /// case and accents ignored), best first, at most `limit`. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, LibraryError> {
        self.index.search(query, limit)
    }

    /// Items matching `query` (in `section` when given) as (brief id, row), for the caller
    /// to rank from the rows' text: every one when at most `all_up_to` match, else the `best`
    /// that `SQLite`'s bm25 ranks first (a word in half the library's items would otherwise
    /// cost a row read each). Nothing when the query gives the index no word to look for.
    pub fn matching(
        &self,
        query: &TextQuery,
        section: Option<Section>,
        all_up_to: usize,
        best: usize,
    ) -> Result<Matches, LibraryError> {
        self.index.matching(query, section, all_up_to, best)
    }

    /// Every item id used in the library, each once, sorted.
    pub fn item_ids(&self) -> Result<Vec<String>, LibraryError> {
        self.index.item_ids()
    }

    /// The brief and item an id names: `BRIEF/ITEM`, or an item id alone when exactly one
    /// brief has it (else the candidates, each qualified). Item ids match with ASCII case
    /// ignored; the brief id must be exact.
    pub fn resolve(&self, id: &str) -> Result<Resolution, LibraryError> {
        resolve::resolve(&self.index, id)
    }

    /// Every brief's actor called `name`, by name or alias (ASCII case ignored): China in
    /// each brief that speaks of it, as `brief/actor-id`, sorted by brief.
    pub fn actors_named(&self, name: &str) -> Result<Vec<QualifiedId>, LibraryError> {
        Ok(self
            .index
            .actors_named(name)?
            .into_iter()
            .map(|(brief, item)| QualifiedId { brief, item })
            .collect())
    }

    /// Adds a brief file (TOML or JSON) or imports a report (any other file) into the
    /// library, under the lock. Refuses the same normalised content twice.
    pub fn add(&mut self, path: &Path) -> Result<Added, LibraryError> {
        self.add_with(path, &import_report)
    }

    /// As [`Library::add`], with the importer for reports given: the one seam between the
    /// library and the importer, so tests can use a fake.
    pub fn add_with(
        &mut self,
        path: &Path,
        import: &dyn Fn(&Path) -> Result<Brief, LibraryError>,
    ) -> Result<Added, LibraryError> {
        // Only what is missing or a folder is refused here: the loaders refuse a FIFO, a
        // device or a socket before opening it, in their own words.
        match std::fs::metadata(path) {
            Err(error)
                if matches!(
                    error.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                return Err(LibraryError::NoSuchFile {
                    path: path.to_path_buf(),
                });
            }
            Err(error) => return Err(LibraryError::io(path, error)),
            Ok(metadata) if metadata.is_dir() => {
                return Err(LibraryError::Folder {
                    path: path.to_path_buf(),
                });
            }
            Ok(_) => {}
        }
        let (brief, format) = if store::is_brief_file(path) {
            (brief::load_file(path)?, brief::load::Format::of_path(path))
        } else {
            (import(path)?, brief::load::Format::Toml)
        };
        let text = store::export(&brief, format, path)?;
        let hash = store::content_hash(&brief, path)?;
        store::create_folder(&self.root)?;
        if matches!(self.index.location(), IndexLocation::Memory { .. }) {
            // The folder may have just been made: try for an index file again.
            self.index = index::Index::open(&self.root)?;
        }
        let mut lock = store::lock_file(&self.root)?;
        let _held = lock
            .write()
            .map_err(|error| LibraryError::io(&self.root.join(store::LOCK_FILE), error))?;
        // Another shell may have written since we opened: look again under the lock.
        self.index.refresh(&self.root)?;
        if let Some(existing) = self.index.brief_with_hash(&hash)? {
            return Ok(Added::Duplicate { existing });
        }
        let id = store::write_new(&self.root, &naming::base_id(&brief.meta), format, &text)?;
        self.index.refresh(&self.root)?;
        let entry = self
            .entries()?
            .into_iter()
            .find(|entry| entry.id == id)
            .ok_or_else(|| LibraryError::UnknownBrief {
                id: id.clone(),
                root: self.root.clone(),
            })?;
        Ok(Added::New(entry))
    }

    /// Removes the brief with this id (its file), under the lock, and returns the entry it
    /// was; the index follows.
    pub fn remove(&mut self, id: &str) -> Result<Entry, LibraryError> {
        if !self.root.is_dir() {
            return Err(LibraryError::UnknownBrief {
                id: id.to_string(),
                root: self.root.clone(),
            });
        }
        let mut lock = store::lock_file(&self.root)?;
        let _held = lock
            .write()
            .map_err(|error| LibraryError::io(&self.root.join(store::LOCK_FILE), error))?;
        self.index.refresh(&self.root)?;
        let entry = self
            .entries()?
            .into_iter()
            .find(|entry| entry.id == id)
            .ok_or_else(|| LibraryError::UnknownBrief {
                id: id.to_string(),
                root: self.root.clone(),
            })?;
        std::fs::remove_file(&entry.file).map_err(|error| LibraryError::io(&entry.file, error))?;
        self.index.refresh(&self.root)?;
        Ok(entry)
    }
}
