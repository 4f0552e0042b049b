//! `App`, the explorer's whole state, and `update`, the one place that state changes.
//!
//! Views draw an `&App`; the runner feeds actions in and carries out the `Request`s that
//! need the outside world (the clipboard, the file system, job control).

mod brief_deck;
mod brief_tags;
mod detail;
mod diff;
mod history;
mod library;
mod matrix;
mod navigation;
mod pane;
mod present;
mod reading;
mod related;
mod relist;
mod reload;
mod scope;
mod search;

pub use brief_tags::{TAG_MAX, brief_tag};
pub use diff::{Version, VersionDiff, group_changes, group_rank};
pub use library::{BuiltIndex, LibraryAction, LibraryRequest, Scope, Shelf, ShelfRow};
pub use matrix::{Cell, Matrix};
pub use pane::Pane;
pub use present::SlideMode;
pub use reading::Reading;
pub use related::{Related, related_items, related_left_out};
pub use scope::Kept;
pub use search::{QUERY_LIMIT, SYNC_ITEMS, Search};

use search::delete_word;

use std::sync::Arc;

use crate::action::Action;
use crate::brief::{Brief, ItemRef};
use crate::search::SearchIndex;

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
    /// What changed between two versions of a report, opened from the Library pane.
    Diff,
}

/// A list's selected row and the first row shown, both item indices.
///
/// The offset lives here rather than in a `ListState` rebuilt each frame because it must
/// outlast a frame: moving back up a list must not jump it, and going back through the
/// history restores the scroll. `update` keeps it just wide enough to show the selection,
/// using the same geometry the views draw with (`layout::pane_list_viewport`, `layout::row_height`).
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
    /// Which items each paragraph holds and each actor is named in (`brief::Links`), found
    /// once per brief rather than on every frame.
    pub links: crate::brief::Links,
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
    /// The mode the help was opened from, and returns to when it closes.
    pub before_help: Mode,
    /// The slide deck, once `p` has opened it; kept so the talk resumes where it was.
    pub slides: Option<SlideMode>,
    /// The briefs the Library pane lists; `None` when the explorer opened one file.
    pub shelf: Option<Shelf>,
    /// The two versions compared, while the diff view is up.
    pub diff: Option<VersionDiff>,
    /// All briefs merged, kept as the reader left them while a single brief of the shelf is
    /// open, so that going back to All briefs is instant (it took seconds to read them) and
    /// lands where it was. Dropped when the library's listing changes.
    pub stashed_all: Option<Box<App>>,
    pub should_quit: bool,
}

impl App {
    pub fn new(brief: Brief) -> App {
        let index = Arc::new(SearchIndex::new(&brief));
        App::with_index(brief, index)
    }

    /// An `App` searching through `index`, built from `brief` elsewhere (all briefs merged:
    /// the reading thread builds their index from the rows before they are marked with their
    /// brief, so a query does not match the brief ids).
    pub fn with_index(brief: Brief, index: Arc<SearchIndex>) -> App {
        let mut app = App {
            index,
            matrix: Matrix::new(&brief),
            links: crate::brief::Links::of(&brief),
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
            before_help: Mode::Browse,
            slides: None,
            shelf: None,
            diff: None,
            stashed_all: None,
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

    /// Keys that mean something else in the help (scrolling), the diff view (its changes)
    /// and an open detail (its text); whether `action` was taken there.
    fn taken_by_mode(&mut self, action: &Action) -> bool {
        match self.mode {
            Mode::Help => self.scroll_help(action),
            Mode::Diff => self.diff_key(action),
            Mode::Browse if self.detail.is_some() => self.detail_key(action),
            _ => false,
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
                | Action::Library(LibraryAction::Progress { .. })
        ) {
            self.status = None;
            self.errors.clear();
        }
        if self.taken_by_mode(&action) {
            return None;
        }
        match action {
            Action::Quit => self.should_quit = true,
            Action::Suspend => self.request = Some(Request::Suspend),
            Action::Resize(columns, rows) => {
                self.size = (columns, rows);
                self.follow_all();
                self.clamp_diff();
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
            Action::SearchInput(c) => self.paste_into_search(c.encode_utf8(&mut [0; 4])),
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
