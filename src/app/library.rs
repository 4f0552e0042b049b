//! The Library pane's state: the briefs on the shelf, the fuzzy filter over them, and the
//! scope the panes show (one brief, or all briefs merged); and how `update` changes it.
//!
//! Opening a brief reads files, which `update` may not do: it asks the runner with
//! `Request::Library`, and the runner answers with `LibraryAction::Opened` or `Failed`.

use std::collections::HashMap;
use std::path::PathBuf;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::{App, ListPos, Mode, Request, Status, StatusKind};
use crate::action::Action;
use crate::brief::{Brief, ItemRef};
use crate::library::Entry;
use crate::search::{Field, Hit, SearchIndex};

/// What the panes show: one brief of the shelf (by id), or every brief merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Brief(String),
    All,
}

/// The briefs the explorer can open: the library's (broken ones included, with their
/// problems), or the files given on the command line, plus the embedded No. 346.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shelf {
    /// Every brief, in the order the runner gave them (the library's: by id).
    pub entries: Vec<Entry>,
    /// What the reader typed to narrow the list.
    pub filter: String,
    /// Indices into `entries` that match the filter, best first (all, in order, when empty).
    pub shown: Vec<usize>,
    /// Row 0 is "All briefs", row `i + 1` is `entries[shown[i]]`.
    pub list: ListPos,
    /// What the panes show now; `None` before anything was opened.
    pub scope: Option<Scope>,
    /// In the All-briefs scope over a library: each merged item by (brief id, original item
    /// id), for the hits the library's index gives. Search then goes through the runner.
    pub located: Option<HashMap<(String, String), ItemRef>>,
}

/// A row of the Library pane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ShelfRow<'a> {
    All,
    Brief(&'a Entry),
}

impl Shelf {
    /// A shelf of `entries`, unfiltered, its cursor on the first brief (or on "All briefs"
    /// when there is none).
    pub fn new(entries: Vec<Entry>, scope: Option<Scope>) -> Shelf {
        let shown = (0..entries.len()).collect();
        let selected = usize::from(!entries.is_empty());
        Shelf {
            entries,
            filter: String::new(),
            shown,
            list: ListPos {
                selected,
                offset: 0,
            },
            scope,
            located: None,
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
    /// The runner read what was asked: show it (`file` for reloading one brief). With
    /// `located`, searching goes to the library's index through the runner, and no
    /// in-memory index is built (it would take 15 times the library's size).
    Opened {
        scope: Scope,
        brief: Box<Brief>,
        file: Option<PathBuf>,
        located: Option<HashMap<(String, String), ItemRef>>,
    },
    /// The library's index answered `query` with these items, best first.
    Found {
        query: String,
        hits: Vec<(String, String)>,
    },
    /// The runner could not: the located problems, one a line.
    Failed(Vec<String>),
}

/// What the runner must read for the Library pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryRequest {
    /// Load the brief with this id.
    Open(String),
    /// Load every brief that loads and merge them (`library::merge::merge`).
    OpenAll,
    /// Search every brief through the library's index (All-briefs scope).
    Search(String),
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
            LibraryAction::Show => {
                self.detail = None;
                self.mode = Mode::Library;
            }
            LibraryAction::Filter(c) => {
                listed.filter.push(c);
                listed.refilter();
            }
            LibraryAction::FilterDeleteChar => {
                listed.filter.pop();
                listed.refilter();
            }
            LibraryAction::FilterClear => {
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
            LibraryAction::Opened {
                scope,
                brief,
                file,
                located,
            } => self.open_scope(scope, *brief, file, located),
            LibraryAction::Found { query, hits } => self.found(&query, &hits),
            LibraryAction::Failed(problems) => {
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
        match listed.row(listed.list.selected) {
            Some(ShelfRow::All) => {
                self.request = Some(Request::Library(LibraryRequest::OpenAll));
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

    /// Shows a brief the runner read, from a fresh state: its panes as `App::new` sets them.
    fn open_scope(
        &mut self,
        scope: Scope,
        brief: Brief,
        file: Option<PathBuf>,
        located: Option<HashMap<(String, String), ItemRef>>,
    ) {
        let mut kept = self.shelf.take();
        let searches_library = located.is_some();
        if let Some(listed) = kept.as_mut() {
            listed.scope = Some(scope);
            listed.located = located;
        }
        let size = self.size;
        *self = if searches_library {
            App::with_index(
                brief,
                SearchIndex::new(&crate::library::merge::merge(Vec::new()).brief),
            )
        } else {
            App::new(brief)
        };
        self.shelf = kept;
        self.source = file;
        self.update(Action::Resize(size.0, size.1));
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: format!("Opened \"{}\"", self.brief.meta.title),
        });
    }
}

impl App {
    /// In the All-briefs scope over a library, asks the runner to search the library's index
    /// for the query; says whether it did (else the in-memory index searches).
    pub(super) fn search_library(&mut self) -> bool {
        if self.shelf.as_ref().is_none_or(|s| s.located.is_none()) {
            return false;
        }
        self.search.hits.clear();
        self.search.list = ListPos::default();
        if !self.search.query.trim().is_empty() {
            let query = self.search.query.clone();
            self.request = Some(Request::Library(LibraryRequest::Search(query)));
        }
        true
    }

    /// The index's answer, as hits on the merged items, each showing its title (which
    /// names its brief); an answer to a query since changed is dropped.
    fn found(&mut self, query: &str, hits: &[(String, String)]) {
        let Some(located) = self.shelf.as_ref().and_then(|s| s.located.as_ref()) else {
            return;
        };
        if query != self.search.query {
            return;
        }
        let count = hits.len();
        let mark = crate::library::merge::BRIEF_MARK;
        self.search.hits = hits
            .iter()
            .filter_map(|key| located.get(key).map(|item| (&key.0, *item)))
            .filter(|(_, item)| super::Pane::of_section(item.section).is_some())
            .enumerate()
            .map(|(rank, (brief, item))| {
                let title = self.brief.title_of(item);
                let named = format!("{brief}{mark}");
                Hit {
                    item,
                    score: i64::try_from(count - rank).unwrap_or(i64::MAX),
                    field: Field::Title,
                    text: if title.starts_with(&named) {
                        title
                    } else {
                        named + &title
                    },
                    positions: Vec::new(),
                }
            })
            .collect();
        self.search.list = ListPos::default();
    }
}
