//! Keeping the shelf as the library folder is: when the runner lists it again (the Library
//! pane shown, `r`, a brief that would not open), briefs added or removed from another
//! shell appear or go, the cursor stays on its brief, and the reader is told what changed,
//! plainly when it is the brief on screen that was removed.

use std::collections::HashSet;

use super::{App, LibraryRequest, Reading, Request, Scope, Shelf, ShelfRow, Status, StatusKind};
use crate::library::Entry;

/// What a new listing changed, by brief id.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// On the shelf before and after, but its file changed.
    pub changed: Vec<String>,
}

impl Changes {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// "2 briefs added, 1 removed, 1 changed".
    fn summary(&self) -> String {
        let mut parts = Vec::new();
        let count = |n: usize, what: &str| {
            let noun = if n == 1 { "brief" } else { "briefs" };
            format!("{n} {noun} {what}")
        };
        for (list, what) in [
            (&self.added, "added"),
            (&self.removed, "removed"),
            (&self.changed, "changed"),
        ] {
            if !list.is_empty() {
                let text = count(list.len(), what);
                // The noun once: "2 briefs added, 1 removed".
                parts.push(if parts.is_empty() {
                    text
                } else {
                    format!("{} {what}", list.len())
                });
            }
        }
        parts.join(", ")
    }
}

impl Shelf {
    /// Replaces the entries by a new listing (sorted newest first), keeping the filter and
    /// the cursor on the row it was on (by brief id; the first row when that brief went).
    /// Places kept for removed briefs are dropped. Returns what changed.
    pub fn relist(&mut self, mut entries: Vec<Entry>) -> Changes {
        entries.sort_by(crate::library::newest_first);
        let before: HashSet<&str> = self.entries.iter().map(|e| e.id.as_str()).collect();
        let after: HashSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        let changes = Changes {
            added: entries
                .iter()
                .filter(|e| !before.contains(e.id.as_str()))
                .map(|e| e.id.clone())
                .collect(),
            removed: self
                .entries
                .iter()
                .filter(|e| !after.contains(e.id.as_str()))
                .map(|e| e.id.clone())
                .collect(),
            changed: entries
                .iter()
                .filter(|e| self.entry(&e.id).is_some_and(|old| old != *e))
                .map(|e| e.id.clone())
                .collect(),
        };
        if changes.is_empty() {
            return changes;
        }
        let on = match self.row(self.list.selected) {
            Some(ShelfRow::Brief(entry)) => Some(entry.id.clone()),
            _ => None,
        };
        self.tags = super::brief_tags::tags_of(&entries);
        self.entries = entries;
        self.shown = super::library::filter_entries(&self.entries, &self.filter);
        let row = on
            .and_then(|id| self.shown.iter().position(|&i| self.entries[i].id == id))
            .map_or(0, |at| at + 1);
        self.list = super::ListPos {
            selected: row,
            offset: 0,
        };
        self.places
            .retain(|scope, _| !matches!(scope, Scope::Brief(id) if changes.removed.contains(id)));
        self.all_outdated = true;
        changes
    }
}

impl App {
    /// The runner's new listing: applied to the shelf; All briefs kept aside is dropped (it
    /// no longer is all of them); the status line says what changed.
    pub(super) fn relisted(&mut self, entries: Vec<Entry>) {
        let title = self.brief.meta.title.clone();
        let Some(listed) = self.shelf.as_mut() else {
            return;
        };
        let changes = listed.relist(entries);
        if changes.is_empty() {
            return;
        }
        self.stashed_all = None;
        let text = match &listed.scope {
            Some(Scope::Brief(id)) if changes.removed.contains(id) => {
                format!("\"{title}\" was removed from the library: still showing it as it was read")
            }
            Some(Scope::Brief(id)) if changes.changed.contains(id) => format!(
                "The library changed ({}): \"{title}\" changed on disk, r reads it again",
                changes.summary()
            ),
            Some(Scope::All) => format!(
                "The library changed ({}): r reads All briefs again",
                changes.summary()
            ),
            _ => format!("The library changed: {}", changes.summary()),
        };
        self.status = Some(Status {
            kind: StatusKind::Info,
            text,
        });
    }

    /// `r` with a shelf: asks the runner to list the library again and read the open scope
    /// again (every brief, on its thread, with progress); the embedded brief has no file.
    /// Returns whether the shelf took the key (else the single brief reloads as before).
    pub(super) fn reload_scope(&mut self) -> bool {
        let source = self.source.is_some();
        let Some(listed) = self.shelf.as_mut() else {
            return false;
        };
        match &listed.scope {
            Some(Scope::All) => {
                listed.reading = Some(Reading {
                    read: 0,
                    total: listed.loadable(),
                });
            }
            Some(Scope::Brief(_)) if source => {}
            _ => return false,
        }
        self.request = Some(Request::Library(LibraryRequest::Reload));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, published: &str) -> Entry {
        Entry {
            id: id.to_string(),
            file: format!("{id}.toml").into(),
            summary: Some(crate::library::Summary {
                title: id.to_uppercase(),
                published: published.to_string(),
                series: None,
                number: None,
                counts: crate::library::Counts::default(),
            }),
            problems: Vec::new(),
        }
    }

    #[test]
    fn a_new_listing_keeps_the_cursor_on_its_brief_and_says_what_changed() {
        let mut shelf = Shelf::new(
            vec![
                entry("a", "2024-01-01"),
                entry("b", "2023-01-01"),
                entry("c", "2022-01-01"),
            ],
            None,
        );
        shelf.list.selected = 2; // b
        shelf.places.insert(
            Scope::Brief("a".into()),
            super::super::Kept {
                pane: super::super::Pane::Timeline,
                lists: Default::default(),
                cell_col: 0,
                detail: None,
                history: Vec::new(),
            },
        );
        let mut changed_c = entry("c", "2022-01-01");
        changed_c.summary.as_mut().unwrap().title = "C, revised".into();
        let changes = shelf.relist(vec![
            entry("new", "2025-01-01"),
            entry("b", "2023-01-01"),
            changed_c,
        ]);
        assert_eq!(
            changes,
            Changes {
                added: vec!["new".into()],
                removed: vec!["a".into()],
                changed: vec!["c".into()],
            }
        );
        assert!(matches!(shelf.row(shelf.list.selected), Some(ShelfRow::Brief(e)) if e.id == "b"));
        assert!(
            shelf.places.is_empty(),
            "the place kept in a removed brief goes"
        );
        assert!(shelf.all_outdated);
        assert_eq!(shelf.relist(shelf.entries.clone()), Changes::default());
    }

    #[test]
    fn changes_are_said_with_the_noun_once() {
        let changes = Changes {
            added: vec!["a".into(), "b".into()],
            removed: vec!["c".into()],
            changed: Vec::new(),
        };
        assert_eq!(changes.summary(), "2 briefs added, 1 removed");
        let one = Changes {
            changed: vec!["a".into()],
            ..Changes::default()
        };
        assert_eq!(one.summary(), "1 brief changed");
    }
}
