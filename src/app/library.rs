//! The Library pane's state: the briefs on the shelf, the fuzzy filter over them, and the
//! scope the panes show (one brief, or all briefs merged); and how `update` changes it.
//!
//! Opening a brief reads files, which `update` may not do: it asks the runner with
//! `Request::Library`, and the runner answers with `LibraryAction::Opened` or `Failed`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::{App, ListPos, Mode, Request, Status, StatusKind};
use crate::action::Action;
use crate::brief::Brief;
use crate::library::Entry;
use crate::search::SearchIndex;

/// What the panes show: one brief of the shelf (by id), or every brief merged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scope {
    Brief(String),
    All,
}

/// The briefs the explorer can open: the library's (broken ones included, with their
/// problems), or the files given on the command line, plus the embedded No. 346.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shelf {
    /// Every brief, newest first (`library::newest_first`), broken files last.
    pub entries: Vec<Entry>,
    /// What the reader typed to narrow the list.
    pub filter: String,
    /// Indices into `entries` that match the filter, best first (all, in order, when empty).
    pub shown: Vec<usize>,
    /// Row 0 is "All briefs", row `i + 1` is `entries[shown[i]]`.
    pub list: ListPos,
    /// What the panes show now; `None` before anything was opened.
    pub scope: Option<Scope>,
    /// The runner is reading every brief for the All-briefs scope, this far.
    pub reading: Option<super::Reading>,
    /// Each brief's short name for the All-briefs scope's rows (`brief_tags::brief_tag`),
    /// by id.
    pub tags: HashMap<String, String>,
    /// Where the reader was in each brief they left for another scope (`app/scope.rs`).
    pub places: HashMap<Scope, super::Kept>,
    /// The filter is selected, as when the pane is shown again: the next character typed
    /// replaces it (as `/` does for a search), Backspace clears it.
    pub filter_selected: bool,
    /// The listing changed since All briefs was read: choosing it reads them again.
    pub all_outdated: bool,
}

/// A row of the Library pane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ShelfRow<'a> {
    All,
    Brief(&'a Entry),
}

impl Shelf {
    /// A shelf of `entries` sorted newest first, unfiltered, its cursor on the first brief
    /// (or on "All briefs" when there is none).
    pub fn new(mut entries: Vec<Entry>, scope: Option<Scope>) -> Shelf {
        entries.sort_by(crate::library::newest_first);
        let shown = (0..entries.len()).collect();
        let selected = usize::from(!entries.is_empty());
        Shelf {
            filter: String::new(),
            shown,
            list: ListPos {
                selected,
                offset: 0,
            },
            scope,
            reading: None,
            tags: super::brief_tags::tags_of(&entries),
            places: HashMap::new(),
            filter_selected: false,
            all_outdated: false,
            entries,
        }
    }

    /// Number of rows: "All briefs" and each brief the filter lets through.
    pub fn len(&self) -> usize {
        self.shown.len() + 1
    }

    /// Never empty: the "All briefs" row is always there.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The row at `index`, if there is one.
    pub fn row(&self, index: usize) -> Option<ShelfRow<'_>> {
        match index {
            0 => Some(ShelfRow::All),
            n => self
                .shown
                .get(n - 1)
                .and_then(|&i| self.entries.get(i))
                .map(ShelfRow::Brief),
        }
    }

    /// Briefs that load (broken files are listed but cannot be opened).
    pub fn loadable(&self) -> usize {
        self.entries.iter().filter(|e| e.summary.is_some()).count()
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    fn refilter(&mut self) {
        self.shown = filter_entries(&self.entries, &self.filter);
        // Typing means looking for a brief: put the cursor on the best match.
        self.list = ListPos {
            selected: usize::from(!self.filter.is_empty() && !self.shown.is_empty()),
            offset: 0,
        };
    }
}

/// The text the filter matches a brief against: id, title, series and number, date.
pub fn filter_text(entry: &Entry) -> String {
    match &entry.summary {
        Some(s) => format!(
            "{} {} {} {} {}",
            entry.id,
            s.title,
            s.series.as_deref().unwrap_or(""),
            s.number.as_deref().unwrap_or(""),
            s.published
        ),
        None => entry.id.clone(),
    }
}

/// Indices of the entries matching `filter` fuzzily (`SkimMatcherV2`, smart case), best
/// first, ties in entry order; every index in order when `filter` is empty or blank.
pub fn filter_entries(entries: &[Entry], filter: &str) -> Vec<usize> {
    let filter = filter.trim();
    if filter.is_empty() {
        return (0..entries.len()).collect();
    }
    let matcher = SkimMatcherV2::default().smart_case();
    let mut scored: Vec<(i64, usize)> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| matcher.fuzzy_match(&filter_text(e), filter).map(|s| (s, i)))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// What the reader and the runner ask of the Library pane.
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryAction {
    /// Show the Library pane.
    Show,
    Filter(char),
    FilterDeleteChar,
    FilterClear,
    SelectNext,
    SelectPrevious,
    SelectFirst,
    SelectLast,
    /// Open the selected row: a brief, or all of them.
    Open,
    /// The runner has read `read` of the `total` briefs it is merging.
    Progress {
        read: usize,
        total: usize,
    },
    /// Compare the selected brief with its other version (same series and number).
    Compare,
    /// The runner compared two versions: show what changed.
    Compared {
        old: super::Version,
        new: super::Version,
        diff: Box<crate::library::Diff>,
    },
    /// The runner read what was asked: show it (`file` for reloading one brief). `index`,
    /// when given, is the brief's search index built off the input thread (all briefs
    /// merged: building it here would hold up the keys for a second over a large library).
    Opened {
        scope: Scope,
        brief: Box<Brief>,
        file: Option<PathBuf>,
        index: Option<BuiltIndex>,
    },
    /// The runner listed the library folder again (briefs added or removed meanwhile, by
    /// `briefing add` or `remove` in another shell): every entry, as `Shelf::new` takes them.
    Listed(Vec<Entry>),
    /// The runner could not: the located problems, one a line.
    Failed(Vec<String>),
}

/// A search index built off the input thread (over all briefs merged, by the reading
/// thread), handed to `update` with the brief it indexes. Two are equal when they are the
/// same index.
#[derive(Debug, Clone)]
pub struct BuiltIndex(pub Arc<SearchIndex>);

impl PartialEq for BuiltIndex {
    fn eq(&self, other: &BuiltIndex) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What the runner must read for the Library pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryRequest {
    /// Load the brief with this id.
    Open(String),
    /// Load every brief that loads and merge them (`library::merge::merge`), off the input
    /// thread, reporting `LibraryAction::Progress`.
    OpenAll,
    /// Stop reading every brief: its answer is no longer wanted.
    Stop,
    /// List the library folder again if it changed since it was last listed (its
    /// modification time: one `stat`), answering `LibraryAction::Listed`; nothing when it did
    /// not, or when the shelf is not a library folder.
    Relist,
    /// `r`: list the library folder again whatever its time says, then read the open scope
    /// again (the brief from its file, or every brief), keeping the reader's place.
    Reload,
    /// Load these two briefs (ids, older first) and compare them (`library::diff`).
    Diff { old: String, new: String },
}

impl App {
    /// An explorer over a shelf: on `brief` (the scope's) when `scope` is given, else on the
    /// Library pane over `brief` (the embedded No. 346, which is always on the shelf).
    pub fn with_shelf(brief: Brief, shelf: Shelf) -> App {
        let mut app = App::new(brief);
        if shelf.scope.is_none() {
            app.mode = Mode::Library;
        }
        app.shelf = Some(shelf);
        app
    }

    pub(super) fn library(&mut self, action: LibraryAction) -> Option<Action> {
        let Some(listed) = self.shelf.as_mut() else {
            self.status = Some(Status {
                kind: StatusKind::Info,
                text: "No library here: run `briefing` with no file to open it".to_string(),
            });
            return None;
        };
        let last = listed.len().saturating_sub(1);
        match action {
            LibraryAction::Show => self.show_library(),
            LibraryAction::Filter(c) => {
                if std::mem::take(&mut listed.filter_selected) {
                    listed.filter.clear();
                }
                listed.filter.push(c);
                listed.refilter();
            }
            LibraryAction::FilterDeleteChar => {
                if std::mem::take(&mut listed.filter_selected) {
                    listed.filter.clear();
                } else {
                    listed.filter.pop();
                }
                listed.refilter();
            }
            LibraryAction::FilterClear => {
                listed.filter_selected = false;
                listed.filter.clear();
                listed.refilter();
            }
            LibraryAction::SelectNext => {
                listed.list.selected = (listed.list.selected + 1).min(last);
            }
            LibraryAction::SelectPrevious => {
                listed.list.selected = listed.list.selected.saturating_sub(1);
            }
            LibraryAction::SelectFirst => listed.list.selected = 0,
            LibraryAction::SelectLast => listed.list.selected = last,
            LibraryAction::Open => self.open_selected(),
            LibraryAction::Progress { read, total } => self.reading_progress(read, total),
            LibraryAction::Compare => self.compare_selected(),
            LibraryAction::Compared { old, new, diff } => {
                self.show_diff(super::VersionDiff::new(old, new, *diff));
            }
            LibraryAction::Opened {
                scope,
                brief,
                file,
                index,
            } => {
                if self.wanted(&scope) {
                    self.open_scope(scope, *brief, file, index);
                }
            }
            LibraryAction::Listed(entries) => self.relisted(entries),
            LibraryAction::Failed(problems) => {
                listed.reading = None;
                self.status = Some(Status {
                    kind: StatusKind::Error,
                    text: format!(
                        "Cannot open: {}",
                        problems.first().map_or("", String::as_str)
                    ),
                });
                self.errors = problems;
                self.errors_title = format!("Cannot open {}", self.selected_name());
            }
        }
        None
    }

    /// Shows the Library pane over the panes (which keep their place and open detail), and
    /// asks the runner whether the folder changed since it was listed.
    pub(super) fn show_library(&mut self) {
        let Some(listed) = self.shelf.as_mut() else {
            return;
        };
        // Typing replaces the last filter, as it replaces the last query after `/`.
        listed.filter_selected = !listed.filter.is_empty();
        self.mode = Mode::Library;
        self.request = Some(Request::Library(LibraryRequest::Relist));
    }

    /// All briefs: the view kept since it was left, else read every brief again.
    fn open_all(&mut self) {
        if !self.resume_all() {
            self.start_reading();
        }
    }

    /// The row the Library pane has selected, as a heading names it: a brief by its file's
    /// name (`x.txt`), else its id; "All briefs".
    fn selected_name(&self) -> String {
        let Some(listed) = &self.shelf else {
            return "the brief".to_string();
        };
        match listed.row(listed.list.selected) {
            Some(ShelfRow::All) => "All briefs".to_string(),
            Some(ShelfRow::Brief(entry)) => entry.file.file_name().map_or_else(
                || entry.id.clone(),
                |name| name.to_string_lossy().into_owned(),
            ),
            None => "the brief".to_string(),
        }
    }

    fn open_selected(&mut self) {
        let Some(listed) = &self.shelf else { return };
        let open = listed.scope.as_ref();
        match listed.row(listed.list.selected) {
            // What is open already is shown again as it was left, not read again (`r` does).
            Some(ShelfRow::All) if open == Some(&Scope::All) && !listed.all_outdated => {
                self.mode = Mode::Browse;
            }
            Some(ShelfRow::All) => self.open_all(),
            Some(ShelfRow::Brief(entry)) if open == Some(&Scope::Brief(entry.id.clone())) => {
                self.mode = Mode::Browse;
            }
            Some(ShelfRow::Brief(entry)) if entry.summary.is_some() => {
                self.request = Some(Request::Library(LibraryRequest::Open(entry.id.clone())));
            }
            Some(ShelfRow::Brief(entry)) => {
                self.status = Some(Status {
                    kind: StatusKind::Error,
                    text: format!("{} does not load: fix its file first", entry.id),
                });
                self.errors.clone_from(&entry.problems);
                self.errors_title = format!("Cannot open {}", self.selected_name());
            }
            None => {}
        }
    }
}
