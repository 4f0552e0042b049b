//! The `SQLite` index of the library: briefs, items, their text for full-text search (FTS5),
//! actors and aliases, dates. A cache of the files: it records each file's size, mtime and
//! hash, and `refresh` makes it agree with the folder again.
//!
//! It lives in the library folder as `.index.sqlite`, beside the files it describes, so each
//! library (`BRIEFING_LIBRARY` may name several) has its own and copying or deleting the
//! folder takes the index along. Where that file cannot be opened or written (a read-only
//! folder, something else in its place), the same tables are built in memory from the files.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension};

use super::refresh::refresh_connection;
use super::store;
use super::{Counts, Entry, LibraryError, Summary};

/// The index's file name in the library folder; hidden, so `scan` never takes it for a brief.
pub const INDEX_FILE: &str = ".index.sqlite";

/// Bumped whenever the tables change; an index of another version is rebuilt.
const SCHEMA_VERSION: i32 = 3;

/// How long a writer waits for another process's write to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

const SCHEMA: &str = "
DROP TABLE IF EXISTS briefs;
DROP TABLE IF EXISTS items;
DROP TABLE IF EXISTS item_text;
DROP TABLE IF EXISTS actors;
DROP TABLE IF EXISTS aliases;
CREATE TABLE briefs (
    id TEXT PRIMARY KEY, file TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    file_hash TEXT NOT NULL, content_hash TEXT, problems TEXT,
    title TEXT, published TEXT, series TEXT, number TEXT,
    paragraphs INTEGER, actors INTEGER, themes INTEGER,
    events INTEGER, figures INTEGER, positions INTEGER);
CREATE INDEX briefs_content ON briefs(content_hash);
CREATE TABLE items (
    rowid INTEGER PRIMARY KEY, brief TEXT NOT NULL, item TEXT NOT NULL, section TEXT NOT NULL,
    position INTEGER NOT NULL);
CREATE INDEX items_brief ON items(brief);
CREATE INDEX items_item ON items(item COLLATE NOCASE);
CREATE VIRTUAL TABLE item_text USING fts5(
    text, brief UNINDEXED, item UNINDEXED, section UNINDEXED, position UNINDEXED,
    title UNINDEXED, date UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE actors (brief TEXT NOT NULL, actor TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX actors_brief ON actors(brief);
CREATE TABLE aliases (brief TEXT NOT NULL, actor TEXT NOT NULL, alias TEXT NOT NULL);
CREATE INDEX aliases_brief ON aliases(brief);
";

/// Where the index is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexLocation {
    /// `.index.sqlite` in the library folder.
    File(PathBuf),
    /// Built in memory from the files for this run only, and why the file could not be used.
    Memory { reason: String },
}

impl fmt::Display for IndexLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexLocation::File(path) => write!(f, "{}", path.display()),
            IndexLocation::Memory { reason } => write!(f, "in memory ({reason})"),
        }
    }
}

/// What a refresh found: files new to the index, changed, gone, and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Refresh {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
    pub unchanged: usize,
}

/// An open index and where it lives.
pub struct Index {
    pub(super) connection: Connection,
    location: IndexLocation,
}

impl Index {
    /// The index file of the library in `root`, created or rebuilt as needed; in memory when
    /// the folder does not exist or the file cannot be used. Fails only when `SQLite` cannot
    /// even make a database in memory.
    pub fn open(root: &Path) -> Result<Index, LibraryError> {
        if !root.is_dir() {
            return Index::in_memory("the library folder does not exist yet".to_string());
        }
        let path = root.join(INDEX_FILE);
        match open_file(&path) {
            Ok(connection) => Ok(Index {
                connection,
                location: IndexLocation::File(path),
            }),
            Err(error) => Index::in_memory(format!("cannot use {}: {error}", path.display())),
        }
    }

    fn in_memory(reason: String) -> Result<Index, LibraryError> {
        let connection = Connection::open_in_memory()?;
        ensure_schema(&connection)?;
        Ok(Index {
            connection,
            location: IndexLocation::Memory { reason },
        })
    }

    pub fn location(&self) -> &IndexLocation {
        &self.location
    }

    /// Makes the index agree with the files in `root`. Writes nothing when nothing changed,
    /// so a current index in a read-only folder still answers; when writing the file fails,
    /// the index moves to memory and is rebuilt there.
    pub fn refresh(&mut self, root: &Path) -> Result<Refresh, LibraryError> {
        let files = store::scan(root)?;
        match refresh_connection(&mut self.connection, &files) {
            Ok(refresh) => Ok(refresh),
            Err(error) if matches!(self.location, IndexLocation::File(_)) => {
                *self = Index::in_memory(format!("cannot write {}: {error}", self.location))?;
                Ok(refresh_connection(&mut self.connection, &files)?)
            }
            Err(error) => Err(error.into()),
        }
    }

    /// Every brief file the index knows, by id.
    pub fn entries(&self, root: &Path) -> Result<Vec<Entry>, LibraryError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT id, file, problems, title, published, series, number, paragraphs, actors,
                    themes, events, figures, positions FROM briefs ORDER BY id",
        )?;
        let rows = statement.query_map([], |row| {
            let problems: Option<String> = row.get(2)?;
            let title: Option<String> = row.get(3)?;
            let count = |column: usize| -> rusqlite::Result<usize> {
                Ok(usize::try_from(row.get::<_, Option<i64>>(column)?.unwrap_or(0)).unwrap_or(0))
            };
            let summary = match title {
                Some(title) if problems.is_none() => Some(Summary {
                    title,
                    published: row.get::<_, Option<String>>(4)?.unwrap_or_default(),
                    series: row.get(5)?,
                    number: row.get(6)?,
                    counts: Counts {
                        paragraphs: count(7)?,
                        actors: count(8)?,
                        themes: count(9)?,
                        events: count(10)?,
                        figures: count(11)?,
                        positions: count(12)?,
                    },
                }),
                _ => None,
            };
            Ok(Entry {
                id: row.get(0)?,
                file: root.join(row.get::<_, String>(1)?),
                summary,
                problems: problems
                    .map(|text| text.lines().map(str::to_string).collect())
                    .unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<Entry>>>()?)
    }

    /// The id of a brief whose normalised content hashes to `hash`, if any.
    pub fn brief_with_hash(&self, hash: &str) -> Result<Option<String>, LibraryError> {
        Ok(self
            .connection
            .query_row(
                "SELECT id FROM briefs WHERE content_hash = ?1 ORDER BY id LIMIT 1",
                [hash],
                |row| row.get(0),
            )
            .optional()?)
    }
}

/// Opens the index file; one that is not a database or is corrupt (a crash mid-write, with
/// `synchronous = OFF`) is deleted and made anew, since the files hold everything it knew.
fn open_file(path: &Path) -> rusqlite::Result<Connection> {
    match open_file_once(path) {
        Err(rusqlite::Error::SqliteFailure(error, _))
            if matches!(
                error.code,
                rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
            ) && path.is_file()
                && std::fs::remove_file(path).is_ok() =>
        {
            open_file_once(path)
        }
        result => result,
    }
}

fn open_file_once(path: &Path) -> rusqlite::Result<Connection> {
    let connection = Connection::open(path)?;
    connection.busy_timeout(BUSY_TIMEOUT)?;
    // A cache need not survive a power cut: no fsync on commit (a refresh after one change
    // takes tens of milliseconds less); a corrupt index is rebuilt by `open_file`.
    connection.pragma_update(None, "synchronous", "OFF")?;
    ensure_schema(&connection)?;
    Ok(connection)
}

/// Creates the tables when the file is new or of another schema version.
fn ensure_schema(connection: &Connection) -> rusqlite::Result<()> {
    let version: i32 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    let transaction = connection.unchecked_transaction()?;
    transaction.execute_batch(SCHEMA)?;
    transaction.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    transaction.commit()
}
