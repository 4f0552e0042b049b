//! Which briefs a lookup reads: the one `--file` names, or the library (the embedded No. 346
//! and every brief in the library folder), narrowed to one with `--brief ID`; and the item an
//! id names among them.
//!
//! With one brief in scope ids print and resolve unqualified, exactly as before libraries;
//! with several they print as `BRIEF/ITEM`, and an unqualified id works when one brief alone
//! has it. The embedded brief is in the library unless the library holds a brief of its id,
//! as in the explorer's Library pane.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;

mod locate;

pub use locate::Located;

use super::suggest::nearest;
use crate::brief::{self, Brief};
use crate::library::{Entry, Library, Summary, base_id, newest_first};

/// Nothing found: the message (one or more lines) goes to stderr and the exit status is 1,
/// as for an unknown id or an empty result.
#[derive(Debug)]
pub struct NotFound(pub String);

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotFound {}

/// A brief of the library that loads, as the lookups list it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub id: String,
    /// Its file; `None` for the embedded brief.
    pub file: Option<PathBuf>,
    pub summary: Summary,
}

/// The briefs a lookup reads.
pub enum Scope {
    /// One brief: `--file`, `--brief`, or a library with no brief but the embedded one (or
    /// its copy). `id` is its id in the library, `None` for `--file`.
    One { brief: Brief, id: Option<String> },
    /// Several briefs: the library's and the embedded one.
    Many(Shelf),
}

/// The library as the lookups see it when it holds more than one brief.
pub struct Shelf {
    pub library: Library,
    /// Every brief that loads, newest first (as `list` prints them).
    pub briefs: Vec<Listed>,
    /// The embedded brief when it is one of `briefs`.
    pub embedded: Option<(String, Brief)>,
}

impl Scope {
    /// The briefs to read: the brief in `file` (a report is imported), else the library
    /// narrowed to `narrow` when given. Files of the library that do not load are skipped
    /// with one note on stderr. A library folder that cannot be read leaves the embedded
    /// brief alone, with a note.
    ///
    /// # Errors
    /// `file` failing to load; `narrow` naming a brief that does not load (its problems), or
    /// no brief ([`NotFound`], with the nearest ids); `narrow` given with `file`.
    pub fn open(file: Option<&std::path::Path>, narrow: Option<&str>) -> Result<Scope> {
        if let Some(file) = file {
            anyhow::ensure!(
                narrow.is_none(),
                "--brief names a brief of the library and --file another brief; give one"
            );
            return Ok(Scope::One {
                brief: super::load_brief(Some(file))?,
                id: None,
            });
        }
        let embedded = brief::load_embedded()?;
        let embedded_id = base_id(&embedded.meta);
        let library = match Library::default_root() {
            Ok(root) if root.is_dir() => match Library::open(&root) {
                Ok(library) => Some(library),
                Err(error) => {
                    note(&format!(
                        "cannot read the library, so only the embedded brief is read: {error}"
                    ));
                    None
                }
            },
            _ => None,
        };
        let Some(library) = library else {
            return one_of(vec![(embedded_id, embedded)], narrow);
        };
        let entries = library.entries()?;
        let shadowed = entries.iter().any(|entry| entry.id == embedded_id);
        let mut listed = entries.clone();
        if !shadowed {
            listed.push(Entry {
                id: embedded_id.clone(),
                file: PathBuf::from("(embedded)"),
                summary: Some(Summary::of(&embedded)),
                problems: Vec::new(),
            });
        }
        // The order of `list` and the Library pane: newest first, the embedded brief among
        // them, broken files last.
        listed.sort_by(newest_first);
        let mut briefs: Vec<Listed> = Vec::new();
        let mut broken: Vec<&Entry> = Vec::new();
        for entry in &listed {
            match &entry.summary {
                Some(summary) => briefs.push(Listed {
                    id: entry.id.clone(),
                    file: (shadowed || entry.id != embedded_id).then(|| entry.file.clone()),
                    summary: summary.clone(),
                }),
                None => broken.push(entry),
            }
        }
        if let Some(wanted) = narrow {
            return narrowed(&entries, &briefs, &embedded, wanted);
        }
        note_broken(&broken);
        let embedded = (!shadowed).then_some((embedded_id, embedded));
        match briefs.as_slice() {
            [] => anyhow::bail!(
                "no brief of the library ({}) loads; `briefing list` shows why",
                library.root().display()
            ),
            [only] => {
                let brief = match (&only.file, embedded) {
                    (Some(file), _) => brief::load_file(file)?,
                    (None, Some((_, brief))) => brief,
                    (None, None) => anyhow::bail!("the embedded brief went missing"),
                };
                Ok(Scope::One {
                    brief,
                    id: Some(only.id.clone()),
                })
            }
            _ => Ok(Scope::Many(Shelf {
                library,
                briefs,
                embedded,
            })),
        }
    }
}

impl Shelf {
    /// The listed brief with this id: exact, else the one equal ignoring ASCII case.
    pub fn find(&self, id: &str) -> Option<&Listed> {
        find_id(&self.briefs, id, |listed| &listed.id)
    }

    /// Reads a listed brief: the embedded one from memory, the others from their files.
    ///
    /// # Errors
    /// The file no longer loads (changed since the index read it).
    pub fn load(&self, listed: &Listed) -> Result<Cow<'_, Brief>> {
        match (&listed.file, &self.embedded) {
            (Some(file), _) => Ok(Cow::Owned(brief::load_file(file)?)),
            (None, Some((_, brief))) => Ok(Cow::Borrowed(brief)),
            (None, None) => anyhow::bail!("{}: no such brief", listed.id),
        }
    }
}

/// The brief `--brief` names, alone; its problems when it does not load.
fn narrowed(entries: &[Entry], briefs: &[Listed], embedded: &Brief, wanted: &str) -> Result<Scope> {
    if let Some(listed) = find_id(briefs, wanted, |listed| &listed.id) {
        let brief = match &listed.file {
            Some(file) => brief::load_file(file)?,
            None => embedded.clone(),
        };
        return Ok(Scope::One {
            brief,
            id: Some(listed.id.clone()),
        });
    }
    if let Some(entry) = find_id(entries, wanted, |entry| &entry.id) {
        anyhow::bail!(
            "{}: the brief does not load:\n{}",
            entry.id,
            entry.problems.join("\n")
        );
    }
    let ids: Vec<&str> = briefs.iter().map(|listed| listed.id.as_str()).collect();
    Err(unknown_brief(wanted, &ids).into())
}

/// One brief in memory (the embedded one, when there is no library), or the one `narrow`
/// names among them.
fn one_of(mut briefs: Vec<(String, Brief)>, narrow: Option<&str>) -> Result<Scope> {
    let index = match narrow {
        None => 0,
        Some(wanted) => find_index(&briefs, wanted, |(id, _)| id).ok_or_else(|| {
            let ids: Vec<&str> = briefs.iter().map(|(id, _)| id.as_str()).collect();
            unknown_brief(wanted, &ids)
        })?,
    };
    let (id, brief) = briefs.swap_remove(index);
    Ok(Scope::One {
        brief,
        id: Some(id),
    })
}

fn find_index<T>(items: &[T], wanted: &str, id: impl Fn(&T) -> &String) -> Option<usize> {
    if let Some(exact) = items.iter().position(|item| id(item) == wanted) {
        return Some(exact);
    }
    let mut folded = items
        .iter()
        .enumerate()
        .filter(|(_, item)| id(item).eq_ignore_ascii_case(wanted));
    match (folded.next(), folded.next()) {
        (Some((index, _)), None) => Some(index),
        _ => None,
    }
}

fn find_id<'a, T>(items: &'a [T], wanted: &str, id: impl Fn(&T) -> &String) -> Option<&'a T> {
    find_index(items, wanted, id).map(|index| &items[index])
}

/// "no brief with id …" and the nearest brief ids.
fn unknown_brief(id: &str, ids: &[&str]) -> NotFound {
    let hint = match nearest(id, ids).as_slice() {
        [] => "`briefing list` shows the briefs' ids".to_string(),
        [one] => format!("did you mean {one}?"),
        many => format!("did you mean one of: {}?", many.join(", ")),
    };
    NotFound(format!("no brief with id {id:?} in the library\n{hint}"))
}

/// One note on stderr naming the library's files that do not load.
fn note_broken(broken: &[&Entry]) {
    if broken.is_empty() {
        return;
    }
    let names: Vec<String> = broken
        .iter()
        .map(|entry| {
            entry.file.file_name().map_or_else(
                || entry.id.clone(),
                |name| name.to_string_lossy().into_owned(),
            )
        })
        .collect();
    let does = if names.len() == 1 { "does" } else { "do" };
    let (they, shown) = if names.len() > 3 {
        (
            format!("{} files", names.len()),
            format!("{}, …", names[..3].join(", ")),
        )
    } else {
        let files = if names.len() == 1 { "file" } else { "files" };
        (format!("{} {files}", names.len()), names.join(", "))
    };
    note(&format!(
        "skipped {they} of the library that {does} not load ({shown}); `briefing list` shows why"
    ));
}

fn note(message: &str) {
    let message = crate::brief::escape::visible_lines(message);
    let _ = writeln!(io::stderr().lock(), "briefing: note: {message}");
}
