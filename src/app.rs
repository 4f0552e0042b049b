//! `App`, the explorer's whole state, and `update`, the one place that state changes.
//!
//! Views draw an `&App`; the runner feeds actions in and carries out the `Request`s that
//! need the outside world (the clipboard, the file system, job control).

mod detail;
mod history;
mod library;
mod matrix;
mod navigation;
mod pane;
mod present;
mod related;
mod reload;
mod search;

pub use library::{LibraryAction, LibraryRequest, Scope, Shelf, ShelfRow};
pub use matrix::{Cell, Matrix};
pub use pane::Pane;
pub use present::SlideMode;
pub use related::{Related, related_items, related_left_out};
pub use search::{QUERY_LIMIT, SYNC_ITEMS};

use search::delete_word;

use std::sync::Arc;

use crate::action::Action;
use crate::brief::{Brief, ItemRef};
use crate::search::{Hit, SearchIndex};

/// What the keys do: browse panes and details, type a search, read the help, or present
/// the brief as slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Browse,
    Search,
    Help,
    Present,
    /// The Library pane: the briefs on the shelf, filtered as the reader types.
    Library,
}

/// A list's selected row and the first row shown, both item indices.
///
/// The offset lives here rather than in a `ListState` rebuilt each frame because it must
/// outlast a frame: moving back up a list must not jump it, and going back through the
/// history restores the scroll. `update` keeps it just wide enough to show the selection,
/// using the same geometry the views draw with (`layout::pane_list_viewport`, `layout::row_heights`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListPos {
    pub selected: usize,
    pub offset: usize,
}

/// The list that moves when the reader presses j/k.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Pane(Pane),
    /// The related items of the open detail.
    Related,
    /// The search results.
    Results,
}

/// An item opened with Enter: its related items and how far the reader has scrolled.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub item: ItemRef,
    pub related: Vec<Related>,
    pub list: ListPos,
    /// Lines scrolled off the top of the detail text.
    pub scroll: u16,
    /// Whether the text has the keys (j/k and Space scroll it) rather than the Related list
    /// (j/k move its selection). Tab switches between them; a detail opens on its text.
    pub on_text: bool,
}

/// Where the reader was, for going back: as a browser's history entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub pane: Pane,
    pub list: ListPos,
    pub cell_col: usize,
    pub detail: Option<Detail>,
}

/// The search box and its results. Both outlast the box: Esc from a result opened here
/// returns to them, `/` reopens them, and `n` / `N` step through them from browse mode.
#[derive(Debug)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub list: ListPos,
    /// The query is selected, as after `/` reopens it: the next character typed replaces it.
    pub query_selected: bool,
    /// The history depth at which a result opened from here is shown: `Back` at that depth
    /// returns to the results rather than to the place before the search.
    pub opened_at: Option<usize>,
    /// The result last opened from this search (Enter, `n`, `N`), kept after the reader goes
    /// back past the results: `n` from browsing then steps on from it instead of opening it
    /// again. A new query forgets it.
    pub seen: Option<crate::brief::ItemRef>,
    /// More results are coming: the query went to the search worker and its complete answer
    /// has not arrived. The box says so.
    pub pending: bool,
    /// How many items match in all: more than `hits` holds when the worker kept only the
    /// best (`tui`'s answer limit); 0 until a complete answer says.
    pub total: usize,
    /// Indexes of at most this many items are searched in `update` itself (instant and
    /// deterministic); larger ones on the runner's worker. `search::SYNC_ITEMS` by default.
    pub sync_up_to: usize,
}

impl Default for Search {
    fn default() -> Search {
        Search {
            query: String::new(),
            hits: Vec::new(),
            list: ListPos::default(),
            query_selected: false,
            opened_at: None,
            seen: None,
            pending: false,
            total: 0,
            sync_up_to: search::SYNC_ITEMS,
        }
    }
}

/// Work for the runner: things `update` may not do itself because they touch the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Run this query on the search worker; its answers come back as `SearchAnswered`.
    Search(String),
    /// Put this text on the clipboard.
    Copy(String),
    Reload,
    Suspend,
    /// Read a brief, or all of them, for the Library pane.
    Library(LibraryRequest),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

/// A message in the status line until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
}

/// Everything on screen is drawn from this value.
#[derive(Debug)]
pub struct App {
    pub brief: Brief,
    /// Shared with the runner's search worker.
    pub index: Arc<SearchIndex>,
    pub matrix: Matrix,
    pub mode: Mode,
    pub pane: Pane,
    /// One list position per pane, indexed by `Pane::index`.
    pub lists: [ListPos; 5],
    /// The matrix column of the positions pane's cell cursor.
    pub cell_col: usize,
    pub detail: Option<Detail>,
    pub history: Vec<Place>,
    pub search: Search,
    /// Terminal size (columns, rows), for paging and keeping the selection in view.
    pub size: (u16, u16),
    pub status: Option<Status>,
    /// Every problem of the last failed reload or opening, shown until the next key.
    pub errors: Vec<String>,
    /// What failed, the heading over `errors`: "Reload failed · still showing the last good
    /// brief", "Cannot open x.txt".
    pub errors_title: String,
    pub request: Option<Request>,
    /// The file the brief was read from, for reloading; `None` for the embedded brief.
    pub source: Option<std::path::PathBuf>,
    /// Lines of the help overlay scrolled off the top.
    pub help_scroll: u16,
    /// The slide deck, once `p` has opened it; kept so the talk resumes where it was.
    pub slides: Option<SlideMode>,
    /// The briefs the Library pane lists; `None` when the explorer opened one file.
    pub shelf: Option<Shelf>,
    pub should_quit: bool,
}

impl App {
    pub fn new(brief: Brief) -> App {
        let index = SearchIndex::new(&brief);
        App::with_index(brief, index)
    }

    /// An `App` searching through `index` rather than one built from `brief` (the
    /// All-briefs scope over a library searches the library's index instead).
    pub fn with_index(brief: Brief, index: SearchIndex) -> App {
        let mut app = App {
            index: Arc::new(index),
            matrix: Matrix::new(&brief),
            brief,
            mode: Mode::Browse,
            pane: Pane::Summary,
            lists: [ListPos::default(); 5],
            cell_col: 0,
            detail: None,
            history: Vec::new(),
            search: Search::default(),
            size: (80, 24),
            status: None,
            errors: Vec::new(),
            errors_title: String::new(),
            request: None,
            source: None,
            help_scroll: 0,
            slides: None,
            shelf: None,
            should_quit: false,
        };
        app.sync_cell();
        app
    }

    /// Number of items a pane lists.
    pub fn len_of(&self, pane: Pane) -> usize {
        match pane {
            Pane::Summary => self.brief.summary.len(),
            Pane::Timeline => self.brief.timeline.len(),
            Pane::Figures => self.brief.figures.len(),
            Pane::Positions => self.brief.positions.len(),
            Pane::Actors => self.brief.actors.len(),
        }
    }

    pub fn list(&self, pane: Pane) -> ListPos {
        self.lists[pane.index()]
    }

    pub fn focus(&self) -> Focus {
        match (self.mode, &self.detail) {
            (Mode::Search, _) => Focus::Results,
            (_, Some(_)) => Focus::Related,
            (_, None) => Focus::Pane(self.pane),
        }
    }

    fn focus_len(&self, focus: Focus) -> usize {
        match focus {
            Focus::Pane(pane) => self.len_of(pane),
            Focus::Related => self.detail.as_ref().map_or(0, |d| d.related.len()),
            Focus::Results => self.search.hits.len(),
        }
    }

    fn focus_list_mut(&mut self, focus: Focus) -> Option<&mut ListPos> {
        match focus {
            Focus::Pane(pane) => Some(&mut self.lists[pane.index()]),
            Focus::Related => self.detail.as_mut().map(|d| &mut d.list),
            Focus::Results => Some(&mut self.search.list),
        }
    }

    /// The focused list's position, for the status line ("item 3 of 12").
    pub fn focus_position(&self) -> (ListPos, usize) {
        let focus = self.focus();
        let list = match focus {
            Focus::Pane(pane) => self.list(pane),
            Focus::Related => self.detail.as_ref().map(|d| d.list).unwrap_or_default(),
            Focus::Results => self.search.list,
        };
        (list, self.focus_len(focus))
    }

    /// The item the reader is looking at: the open detail's, or the selected row's.
    pub fn current_item(&self) -> Option<ItemRef> {
        if let Some(detail) = &self.detail {
            return Some(detail.item);
        }
        let index = self.list(self.pane).selected;
        (index < self.len_of(self.pane)).then_some(ItemRef {
            section: self.pane.section(),
            index,
        })
    }

    /// Applies an action and every follow-up it implies, as the runner does.
    pub fn apply(&mut self, action: Action) {
        let mut next = Some(action);
        while let Some(action) = next {
            next = self.update(action);
        }
    }

    /// Applies one action. Pure: no I/O, no clock. May return a follow-up action.
    pub fn update(&mut self, action: Action) -> Option<Action> {
        if !matches!(
            action,
            Action::Resize(..)
                | Action::ConfirmCopied
                | Action::ReportReloadFailure(_)
                | Action::SearchAnswered(_)
        ) {
            self.status = None;
            self.errors.clear();
        }
        if self.mode == Mode::Help && self.scroll_help(&action) {
            return None;
        }
        if self.mode == Mode::Browse && self.detail.is_some() && self.detail_key(&action) {
            return None;
        }
        match action {
            Action::Quit => self.should_quit = true,
            Action::Suspend => self.request = Some(Request::Suspend),
            Action::Resize(columns, rows) => {
                self.size = (columns, rows);
                self.follow_all();
            }
            Action::FocusNextPane => self.focus_pane(self.pane.next()),
            Action::FocusPreviousPane => self.focus_pane(self.pane.previous()),
            Action::FocusPane(pane) => self.focus_pane(pane),
            Action::SelectNext => self.move_selection(|s, _, _| s.saturating_add(1)),
            Action::SelectPrevious => self.move_selection(|s, _, _| s.saturating_sub(1)),
            Action::SelectFirst => self.move_selection(|_, _, _| 0),
            Action::SelectLast => self.move_selection(|_, len, _| len.saturating_sub(1)),
            Action::SelectPageDown => self.move_selection(|s, _, page| s.saturating_add(page)),
            Action::SelectPageUp => self.move_selection(|s, _, page| s.saturating_sub(page)),
            Action::Select(index) => self.move_selection(|_, _, _| index),
            Action::SelectNextCell => self.step_cell(true),
            Action::SelectPreviousCell => self.step_cell(false),
            Action::SelectCell { position, actor } => {
                if self.detail.is_none() && position < self.brief.positions.len() {
                    let already_selected = self.pane == Pane::Positions
                        && self.lists[Pane::Positions.index()].selected == position
                        && self.cell_col == actor;
                    self.pane = Pane::Positions;
                    self.lists[Pane::Positions.index()].selected = position;
                    self.cell_col = actor;
                    self.follow_all();
                    // As with rows: the first click selects a cell, a second opens it.
                    if already_selected {
                        return Some(Action::DrillDown);
                    }
                }
            }
            Action::DrillDown => self.drill_down(),
            Action::Back => self.back(),
            Action::StartSearch => self.start_search(),
            Action::SearchInput(c) => {
                self.take_selected_query();
                self.search.query.push(c);
                self.run_search();
            }
            Action::PasteIntoSearch(text) => {
                if self.mode == Mode::Search {
                    self.paste_into_search(&text);
                }
            }
            Action::SearchDeleteChar => {
                if !self.take_selected_query() {
                    self.search.query.pop();
                }
                self.run_search();
            }
            Action::SearchDeleteWord => {
                self.take_selected_query();
                delete_word(&mut self.search.query);
                self.run_search();
            }
            Action::SearchClear => {
                self.search.query.clear();
                self.run_search();
            }
            Action::CancelSearch => self.mode = Mode::Browse,
            Action::SearchAnswered(answer) => self.take_answer(answer),
            Action::OpenNextResult => self.open_adjacent_result(true),
            Action::OpenPreviousResult => self.open_adjacent_result(false),
            Action::ToggleHelp => self.toggle_help(),
            Action::CopyQuote => self.copy_quote(),
            Action::Reload => self.reload(),
            Action::ReplaceBrief(brief) => self.replace_brief(*brief),
            Action::ReportReloadFailure(problems) => self.report_reload_failure(problems),
            Action::StartPresentation => self.start_presentation(),
            Action::Present(action) => self.present(action),
            Action::Library(action) => return self.library(action),
            Action::ConfirmCopied => {
                self.status = Some(Status {
                    kind: StatusKind::Info,
                    text: "Sent the quote and its citation to the terminal's clipboard".to_string(),
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests;
