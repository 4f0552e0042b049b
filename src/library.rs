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
//! says which files of a folder `add` takes; `library/entry.rs` is what `list` shows of a
//! file and the order it lists them in; `library/write.rs` adds and removes briefs under the
//! lock; `library/error.rs` holds [`LibraryError`]. This file opens the library and answers
//! from it.
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
//! - [`Library::add`] (a brief or report file) → [`Added`]; [`Library::remove`] (id) → the
//!   [`Entry`] it was.
//! - [`diff`] (old, new brief) → a [`Diff`]: items added, removed, changed; [`files_to_add`]
//!   (a folder) → its briefs and reports.
//! - Errors are [`LibraryError`]s, each naming its file or id once; [`LibraryError::lines`]
//!   gives them one problem a line.

mod diff;
mod entry;
mod error;
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
mod write;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::brief::{self, Brief, Section};

pub use diff::{Change, ChangeKind, Diff, FieldChange, ItemSide, diff};
pub use entry::{Counts, Entry, Summary, newest_first};
pub use error::LibraryError;
pub use index::{IndexLocation, Refresh};
pub use items::{ItemRow, Part, item_rows, join_parts, parts};
pub use naming::{base_id, same_series};
pub use query::{Matches, TextQuery, TextTerm};
pub use report::{files_to_add, import_report};
pub use resolve::{QualifiedId, Resolution};
pub use write::Added;

/// The environment variable naming the library folder; it wins over the platform default.
pub const LIBRARY_VAR: &str = "BRIEFING_LIBRARY";

/// One full-text match: the item `item` of brief `brief`, in `section`; a higher `score` is a
/// better match (`SQLite`'s bm25 rank, negated; not comparable across queries).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub brief: String,
    pub item: String,
    pub section: Section,
    pub score: f64,
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
}
