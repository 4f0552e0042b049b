//! The diff view's state: what changed between two versions of a report on the shelf (same
//! series and number), which change is selected and how far its quotes are scrolled; and
//! how `update` opens, moves through and leaves it.
//!
//! Comparing reads two files, which `update` may not do: Ctrl-d on the Library pane asks the
//! runner with `LibraryRequest::Diff`, and the runner answers with `LibraryAction::Compared`.

use super::{App, LibraryRequest, ListPos, Mode, Request, Shelf, ShelfRow, Status, StatusKind};
use crate::action::Action;
use crate::library::{ChangeKind, Diff, Entry};

/// One version of a report, as the diff view names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The shelf id: `crs-in-focus-if10753-2`.
    pub id: String,
    pub title: String,
    /// The publication date as lists write it: `23 Apr 2026`.
    pub published: String,
}

/// Two versions compared, and where the reader is in the changes.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionDiff {
    pub old: Version,
    pub new: Version,
    /// The changes grouped added, removed, changed (`group_changes`), each group in the
    /// diff's section order (timeline, figures, positions, actors).
    pub diff: Diff,
    /// `selected` is an index into `diff.changes`; the view scrolls the list itself.
    pub list: ListPos,
    /// Rows of the selected change's text (fields and quotes) scrolled off the top.
    pub scroll: u16,
}

/// The group order of the diff view: added, then removed, then changed.
pub fn group_rank(kind: ChangeKind) -> u8 {
    match kind {
        ChangeKind::Added => 0,
        ChangeKind::Removed => 1,
        ChangeKind::Changed => 2,
    }
}

/// `diff` with its changes grouped added, removed, changed; stable, so each group keeps the
/// diff's own order.
pub fn group_changes(mut diff: Diff) -> Diff {
    diff.changes.sort_by_key(|change| group_rank(change.kind));
    diff
}

impl VersionDiff {
    /// The diff of `old` and `new`, its changes grouped (`group_changes`), the first
    /// selected.
    pub fn new(old: Version, new: Version, diff: Diff) -> VersionDiff {
        VersionDiff {
            old,
            new,
            diff: group_changes(diff),
            list: ListPos::default(),
            scroll: 0,
        }
    }

    /// The change selected, when there is any.
    pub fn selected(&self) -> Option<&crate::library::Change> {
        self.diff.changes.get(self.list.selected)
    }

    /// How many changes are of this kind.
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.diff.changes.iter().filter(|c| c.kind == kind).count()
    }
}

/// Whether two entries are versions of one report: both load and have the same number and
/// series (both given; `library::same_series`: `In Focus` is `CRS In Focus`, as a library
/// that holds a version added before the importer named series alike has them).
fn same_report(a: &Entry, b: &Entry) -> bool {
    match (&a.summary, &b.summary) {
        (Some(a), Some(b)) => {
            let series = match (&a.series, &b.series) {
                (Some(a), Some(b)) => crate::library::same_series(a, b),
                _ => false,
            };
            series && a.number.is_some() && a.number == b.number
        }
        _ => false,
    }
}

impl Shelf {
    /// The other versions of the brief `id` on the shelf (same series and number), newest
    /// first.
    pub fn versions_of(&self, id: &str) -> Vec<&Entry> {
        let Some(entry) = self.entry(id) else {
            return Vec::new();
        };
        self.entries
            .iter()
            .filter(|other| other.id != id && same_report(entry, other))
            .collect()
    }

    /// The two versions Ctrl-d compares for the brief `id`, older first: its nearest older
    /// version and itself, else itself and its nearest newer version; `None` when it has no
    /// other version. Entries are newest first, so "older" is "later on the shelf".
    pub fn version_pair(&self, id: &str) -> Option<(&Entry, &Entry)> {
        let at = self.entries.iter().position(|e| e.id == id)?;
        let entry = &self.entries[at];
        let older = self.entries[at + 1..]
            .iter()
            .find(|other| same_report(entry, other));
        if let Some(older) = older {
            return Some((older, entry));
        }
        self.entries[..at]
            .iter()
            .rev()
            .find(|other| same_report(entry, other))
            .map(|newer| (entry, newer))
    }

    /// The brief on the selected row, when a brief (not "All briefs") is selected.
    pub fn selected_entry(&self) -> Option<&Entry> {
        match self.row(self.list.selected) {
            Some(ShelfRow::Brief(entry)) => Some(entry),
            _ => None,
        }
    }
}

impl App {
    /// Whether Ctrl-d on the Library pane would compare something: the selected brief has
    /// another version on the shelf.
    pub fn can_compare(&self) -> bool {
        self.shelf.as_ref().is_some_and(|shelf| {
            shelf
                .selected_entry()
                .is_some_and(|entry| shelf.version_pair(&entry.id).is_some())
        })
    }

    /// Asks the runner to compare the selected brief with its other version, or says why
    /// there is nothing to compare.
    pub(super) fn compare_selected(&mut self) {
        let Some(listed) = &self.shelf else { return };
        let Some(entry) = listed.selected_entry() else {
            self.status = Some(Status {
                kind: StatusKind::Info,
                text: "Select a brief to compare it with its other version".to_string(),
            });
            return;
        };
        match listed.version_pair(&entry.id) {
            Some((old, new)) => {
                self.request = Some(Request::Library(LibraryRequest::Diff {
                    old: old.id.clone(),
                    new: new.id.clone(),
                }));
                // The runner stops any reading of every brief to answer this.
                if let Some(listed) = self.shelf.as_mut() {
                    listed.reading = None;
                }
            }
            None => {
                self.status = Some(Status {
                    kind: StatusKind::Info,
                    text: format!(
                        "{} has no other version here (same series and number) to compare with",
                        entry.id
                    ),
                });
            }
        }
    }

    /// Shows what the runner compared.
    pub(super) fn show_diff(&mut self, diff: VersionDiff) {
        self.diff = Some(diff);
        self.mode = Mode::Diff;
    }

    /// The keys of the diff view: moving through the changes, scrolling the quotes, going
    /// back to the Library pane. Returns whether the action was one of them.
    pub(super) fn diff_key(&mut self, action: &Action) -> bool {
        let max_scroll = crate::layout::diff_max_scroll(self);
        let page = crate::layout::diff_text_height(self)
            .saturating_sub(1)
            .max(1);
        let Some(view) = self.diff.as_mut() else {
            self.mode = Mode::Library;
            return false;
        };
        let last = view.diff.changes.len().saturating_sub(1);
        let before = view.list.selected;
        match action {
            Action::SelectNext => view.list.selected = (before + 1).min(last),
            Action::SelectPrevious => view.list.selected = before.saturating_sub(1),
            Action::SelectFirst => view.list.selected = 0,
            Action::SelectLast => view.list.selected = last,
            Action::SelectPageDown => view.scroll = (view.scroll + page).min(max_scroll),
            Action::SelectPageUp => view.scroll = view.scroll.saturating_sub(page),
            Action::Back => {
                self.diff = None;
                self.mode = Mode::Library;
                return true;
            }
            _ => return false,
        }
        if view.list.selected != before {
            view.scroll = 0;
        }
        true
    }

    /// Keeps the quotes' scroll within what the current size shows.
    pub(super) fn clamp_diff(&mut self) {
        let max_scroll = crate::layout::diff_max_scroll(self);
        if let Some(view) = self.diff.as_mut() {
            view.scroll = view.scroll.min(max_scroll);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_report;
    use crate::library::{Counts, Entry, Summary};

    fn entry(series: Option<&str>, number: Option<&str>) -> Entry {
        Entry {
            id: "id".to_string(),
            file: "id.toml".into(),
            summary: Some(Summary {
                title: "ENERGY STAR Program".to_string(),
                published: "2026-04-20".to_string(),
                series: series.map(str::to_string),
                number: number.map(str::to_string),
                counts: Counts::default(),
            }),
            problems: Vec::new(),
        }
    }

    #[test]
    fn versions_are_one_report_under_either_name_of_its_series() {
        let old = entry(Some("In Focus"), Some("IF10753"));
        assert!(same_report(
            &old,
            &entry(Some("CRS In Focus"), Some("IF10753"))
        ));
        assert!(same_report(&old, &entry(Some("In Focus"), Some("IF10753"))));
        assert!(!same_report(
            &old,
            &entry(Some("CRS Insight"), Some("IF10753"))
        ));
        assert!(!same_report(
            &old,
            &entry(Some("In Focus"), Some("IF10754"))
        ));
        assert!(!same_report(
            &entry(None, Some("IF10753")),
            &entry(None, Some("IF10753"))
        ));
        assert!(!same_report(
            &entry(Some("In Focus"), None),
            &entry(Some("In Focus"), None)
        ));
    }
}
