//! Bringing the index up to date with the folder: which files are new, changed or gone
//! (size and mtime first, then the file's hash), and the rows each brief becomes.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::{Connection, Transaction, TransactionBehavior, params};

use super::Counts;
use super::index::Refresh;
use super::items::item_rows;
use super::store::{self, FileStat};
use crate::brief::{self, Brief};

/// What the index holds about a file, to compare with what the folder shows now.
struct Known {
    file: String,
    size: i64,
    mtime_ns: i64,
    file_hash: String,
}

/// Makes the index in `connection` agree with `files`, in one transaction; writes nothing
/// when nothing changed.
pub fn refresh_connection(
    connection: &mut Connection,
    files: &[FileStat],
) -> rusqlite::Result<Refresh> {
    let known = known_files(connection)?;
    let mut refresh = Refresh::default();
    let mut suspects = Vec::new();
    for stat in files {
        match known.get(&stat.id) {
            Some(old)
                if i64::try_from(stat.size).ok() == Some(old.size)
                    && stat.mtime_ns == old.mtime_ns
                    && Some(old.file.as_str()) == file_name(&stat.path).as_deref() =>
            {
                refresh.unchanged += 1;
            }
            _ => suspects.push(stat),
        }
    }
    let present: HashSet<&str> = files.iter().map(|stat| stat.id.as_str()).collect();
    let gone: Vec<&String> = known
        .keys()
        .filter(|id| !present.contains(id.as_str()))
        .collect();
    if suspects.is_empty() && gone.is_empty() {
        return Ok(refresh);
    }
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for stat in suspects {
        // Bounded and non-blocking like every read of a brief; a file that cannot be read
        // hashes as empty, and `record` then lists its problem.
        let bytes = brief::read::read_bytes(&stat.path).unwrap_or_default();
        let file_hash = store::hash_bytes(&bytes);
        match known.get(&stat.id) {
            Some(old) if old.file_hash == file_hash => {
                // Touched, not changed: remember the new size and mtime only.
                transaction.execute(
                    "UPDATE briefs SET size = ?2, mtime_ns = ?3 WHERE id = ?1",
                    params![stat.id, to_i64(stat.size), stat.mtime_ns],
                )?;
                refresh.unchanged += 1;
            }
            old => {
                if old.is_some() {
                    refresh.changed += 1;
                } else {
                    refresh.added += 1;
                }
                forget(&transaction, &stat.id)?;
                record(&transaction, stat, &file_hash)?;
            }
        }
    }
    for id in gone {
        forget(&transaction, id)?;
        refresh.removed += 1;
    }
    transaction.commit()?;
    Ok(refresh)
}

fn known_files(connection: &Connection) -> rusqlite::Result<HashMap<String, Known>> {
    let mut statement =
        connection.prepare_cached("SELECT id, file, size, mtime_ns, file_hash FROM briefs")?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            Known {
                file: row.get(1)?,
                size: row.get(2)?,
                mtime_ns: row.get(3)?,
                file_hash: row.get(4)?,
            },
        ))
    })?;
    rows.collect()
}

fn file_name(path: &Path) -> Option<String> {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
}

fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Deletes everything the index holds about one brief.
fn forget(transaction: &Transaction<'_>, id: &str) -> rusqlite::Result<()> {
    transaction.execute(
        "DELETE FROM item_text WHERE rowid IN (SELECT rowid FROM items WHERE brief = ?1)",
        [id],
    )?;
    for table in ["items", "actors", "aliases"] {
        transaction.execute(&format!("DELETE FROM {table} WHERE brief = ?1"), [id])?;
    }
    transaction.execute("DELETE FROM briefs WHERE id = ?1", [id])?;
    Ok(())
}

/// Loads the file and records it: its facts and items when it loads, its problems when not.
fn record(transaction: &Transaction<'_>, stat: &FileStat, file_hash: &str) -> rusqlite::Result<()> {
    let file = file_name(&stat.path).unwrap_or_default();
    let size = to_i64(stat.size);
    let loaded = brief::load_file(&stat.path)
        .map_err(|error| error.lines())
        .and_then(|brief| match store::content_hash(&brief, &stat.path) {
            Ok(hash) => Ok((brief, hash)),
            Err(error) => Err(vec![error.to_string()]),
        });
    let (brief, content_hash) = match loaded {
        Ok(loaded) => loaded,
        Err(problems) => {
            transaction.execute(
                "INSERT INTO briefs (id, file, size, mtime_ns, file_hash, problems)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    stat.id,
                    file,
                    size,
                    stat.mtime_ns,
                    file_hash,
                    problems.join("\n")
                ],
            )?;
            return Ok(());
        }
    };
    let counts = Counts::of(&brief);
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    transaction.execute(
        "INSERT INTO briefs (id, file, size, mtime_ns, file_hash, content_hash, title, published,
             series, number, paragraphs, actors, themes, events, figures, positions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            stat.id,
            file,
            size,
            stat.mtime_ns,
            file_hash,
            content_hash,
            brief.meta.title,
            brief.meta.published.iso(),
            brief.meta.series,
            brief.meta.number,
            count(counts.paragraphs),
            count(counts.actors),
            count(counts.themes),
            count(counts.events),
            count(counts.figures),
            count(counts.positions),
        ],
    )?;
    record_items(transaction, &stat.id, &brief)
}

fn record_items(transaction: &Transaction<'_>, id: &str, brief: &Brief) -> rusqlite::Result<()> {
    let mut item = transaction.prepare_cached(
        "INSERT INTO items (brief, item, section, position) VALUES (?1, ?2, ?3, ?4)",
    )?;
    // The text's table also holds what a search shows of each item, so reading a match
    // touches one row, not two.
    let mut text = transaction.prepare_cached(
        "INSERT INTO item_text (rowid, text, brief, item, section, position, title, date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for row in item_rows(brief) {
        let position = to_i64(row.position as u64);
        item.execute(params![id, row.item, row.section.name(), position])?;
        text.execute(params![
            transaction.last_insert_rowid(),
            row.text,
            id,
            row.item,
            row.section.name(),
            position,
            row.title,
            row.date
        ])?;
    }
    let mut actor = transaction
        .prepare_cached("INSERT INTO actors (brief, actor, name) VALUES (?1, ?2, ?3)")?;
    let mut alias = transaction
        .prepare_cached("INSERT INTO aliases (brief, actor, alias) VALUES (?1, ?2, ?3)")?;
    for each in &brief.actors {
        actor.execute(params![id, each.id, each.name])?;
        for name in &each.aliases {
            alias.execute(params![id, each.id, name])?;
        }
    }
    Ok(())
}
