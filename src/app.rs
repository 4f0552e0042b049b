//! `App`, the explorer's whole state, and `update`, the one place that state changes.
//!
//! Views draw an `&App`; the runner feeds actions in and carries out the `Request`s that
//! need the outside world (the clipboard, the file system, job control).

mod matrix;
mod present;
mod related;

pub use matrix::{Cell, Matrix};
pub use present::SlideMode;
pub use related::{Related, related_items};

use crate::action::Action;
use crate::brief::{Brief, ItemRef, Section};
use crate::search::{Hit, SearchIndex};

/// The five views of a brief, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Summary,
    Timeline,
    Figures,
    Positions,
    Actors,
}

impl Pane {
    pub const ALL: [Pane; 5] = [
        Pane::Summary,
        Pane::Timeline,
        Pane::Figures,
        Pane::Positions,
        Pane::Actors,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Summary => "Summary",
            Pane::Timeline => "Timeline",
            Pane::Figures => "Figures",
            Pane::Positions => "Positions",
            Pane::Actors => "Actors",
        }
    }

    pub fn index(self) -> usize {
        match self {
            Pane::Summary => 0,
            Pane::Timeline => 1,
            Pane::Figures => 2,
            Pane::Positions => 3,
            Pane::Actors => 4,
        }
    }

    pub fn section(self) -> Section {
        match self {
            Pane::Summary => Section::Summary,
            Pane::Timeline => Section::Timeline,
            Pane::Figures => Section::Figures,
            Pane::Positions => Section::Positions,
            Pane::Actors => Section::Actors,
        }
    }

    /// The pane that lists a section's items; themes have none.
    pub fn of_section(section: Section) -> Option<Pane> {
        match section {
            Section::Summary => Some(Pane::Summary),
            Section::Timeline => Some(Pane::Timeline),
            Section::Figures => Some(Pane::Figures),
            Section::Positions => Some(Pane::Positions),
            Section::Actors => Some(Pane::Actors),
            Section::Themes => None,
        }
    }

    fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % Pane::ALL.len()]
    }

    fn previous(self) -> Pane {
        Pane::ALL[(self.index() + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }
}

/// What the keys do: browse panes and details, type a search, read the help, or present
/// the brief as slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Browse,
    Search,
    Help,
    Present,
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
}

/// Where the reader was, for going back: as a browser's history entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub pane: Pane,
    pub list: ListPos,
    pub cell_col: usize,
    pub detail: Option<Detail>,
}

#[derive(Debug, Default)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub list: ListPos,
}

/// Work for the runner: things `update` may not do itself because they touch the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Put this text on the clipboard.
    Copy(String),
    Reload,
    Suspend,
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
    pub index: SearchIndex,
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
    /// Every problem of the last failed reload, shown until the next key.
    pub errors: Vec<String>,
    pub request: Option<Request>,
    /// The file the brief was read from, for reloading; `None` for the embedded brief.
    pub source: Option<std::path::PathBuf>,
    /// Lines of the help overlay scrolled off the top.
    pub help_scroll: u16,
    /// The slide deck, once `p` has opened it; kept so the talk resumes where it was.
    pub slides: Option<SlideMode>,
    pub should_quit: bool,
}

impl App {
    pub fn new(brief: Brief) -> App {
        let mut app = App {
            index: SearchIndex::new(&brief),
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
            request: None,
            source: None,
            help_scroll: 0,
            slides: None,
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
            Action::Resize(..) | Action::ConfirmCopied | Action::ReportReloadFailure(_)
        ) {
            self.status = None;
            self.errors.clear();
        }
        if self.mode == Mode::Help && self.scroll_help(&action) {
            return None;
        }
        if self.mode == Mode::Browse
            && self.detail.is_some()
            && let Action::SelectPageDown | Action::SelectPageUp = action
        {
            self.scroll_detail(action == Action::SelectPageDown);
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
            Action::StartSearch => {
                self.mode = Mode::Search;
                self.search = Search::default();
            }
            Action::SearchInput(c) => {
                self.search.query.push(c);
                self.run_search();
            }
            Action::SearchDeleteChar => {
                self.search.query.pop();
                self.run_search();
            }
            Action::SearchDeleteWord => {
                delete_word(&mut self.search.query);
                self.run_search();
            }
            Action::SearchClear => {
                self.search.query.clear();
                self.run_search();
            }
            Action::CancelSearch => self.mode = Mode::Browse,
            Action::ToggleHelp => self.toggle_help(),
            Action::CopyQuote => self.copy_quote(),
            Action::Reload => self.reload(),
            Action::ReplaceBrief(brief) => self.replace_brief(*brief),
            Action::ReportReloadFailure(problems) => self.report_reload_failure(problems),
            Action::StartPresentation => self.start_presentation(),
            Action::Present(action) => self.present(action),
            Action::ConfirmCopied => {
                self.status = Some(Status {
                    kind: StatusKind::Info,
                    text: "Copied the quote and its citation to the clipboard".to_string(),
                });
            }
        }
        None
    }

    fn toggle_help(&mut self) {
        self.help_scroll = 0;
        self.mode = if self.mode == Mode::Help {
            Mode::Browse
        } else {
            Mode::Help
        };
    }

    fn reload(&mut self) {
        if self.source.is_some() {
            self.request = Some(Request::Reload);
        } else {
            self.status = Some(Status {
                kind: StatusKind::Info,
                text: "This is the embedded brief: there is no file to reload".to_string(),
            });
        }
    }

    fn report_reload_failure(&mut self, problems: Vec<String>) {
        let first = problems.first().cloned().unwrap_or_default();
        let more = match problems.len() {
            0 | 1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        self.status = Some(Status {
            kind: StatusKind::Error,
            text: format!("Reload failed, still showing the last good brief: {first}{more}"),
        });
        self.errors = problems;
    }

    fn scroll_detail(&mut self, down: bool) {
        let page = crate::layout::detail_text_height(self)
            .saturating_sub(1)
            .max(1);
        let Some(item) = self.detail.as_ref().map(|d| d.item) else {
            return;
        };
        let max = crate::layout::detail_max_scroll(self, item);
        if let Some(detail) = &mut self.detail {
            detail.scroll = if down {
                detail.scroll.saturating_add(page).min(max)
            } else {
                detail.scroll.saturating_sub(page)
            };
        }
    }

    fn focus_pane(&mut self, pane: Pane) {
        if self.detail.is_some() {
            self.history.push(self.place());
            self.detail = None;
        }
        self.pane = pane;
        self.follow_all();
    }

    fn move_selection(&mut self, to: impl Fn(usize, usize, usize) -> usize) {
        let focus = self.focus();
        let len = self.focus_len(focus);
        let page = self.page_size();
        let Some(list) = self.focus_list_mut(focus) else {
            return;
        };
        list.selected = to(list.selected, len, page).min(len.saturating_sub(1));
        if focus == Focus::Pane(Pane::Positions) {
            self.sync_cell();
        }
        // Only the list that moved can need scrolling.
        self.follow_focus(focus);
    }

    /// Rows a page moves: the focused list's visible rows, less one for context.
    fn page_size(&self) -> usize {
        let (_, height) = crate::layout::list_viewport(self);
        usize::from(height).saturating_sub(1).max(1)
    }

    /// Puts the cell cursor on the selected position's first actor unless it is there.
    fn sync_cell(&mut self) {
        let position = self.list(Pane::Positions).selected;
        let here = self
            .matrix
            .cells
            .iter()
            .any(|cell| cell.position == position && cell.col == self.cell_col);
        if !here && let Some(cell) = self.matrix.first_cell_of(position) {
            self.cell_col = cell.col;
        }
    }

    fn step_cell(&mut self, forward: bool) {
        if self.focus() != Focus::Pane(Pane::Positions) {
            return;
        }
        let position = self.list(Pane::Positions).selected;
        if let Some(cell) = self.matrix.step(position, self.cell_col, forward) {
            self.lists[Pane::Positions.index()].selected = cell.position;
            self.cell_col = cell.col;
            self.follow_all();
        }
    }

    fn place(&self) -> Place {
        Place {
            pane: self.pane,
            list: self.list(self.pane),
            cell_col: self.cell_col,
            detail: self.detail.clone(),
        }
    }

    fn drill_down(&mut self) {
        let target = match self.focus() {
            Focus::Pane(pane) => {
                let index = self.list(pane).selected;
                (index < self.len_of(pane)).then_some(ItemRef {
                    section: pane.section(),
                    index,
                })
            }
            Focus::Related => self
                .detail
                .as_ref()
                .and_then(|d| d.related.get(d.list.selected))
                .map(|related| related.item),
            Focus::Results => {
                let hit = self.search.hits.get(self.search.list.selected);
                let item = hit.map(|hit| hit.item);
                if item.is_some() {
                    self.mode = Mode::Browse;
                }
                item
            }
        };
        if let Some(item) = target {
            self.open(item);
        }
    }

    /// Opens an item's detail, remembering where the reader was.
    pub fn open(&mut self, item: ItemRef) {
        let Some(pane) = Pane::of_section(item.section) else {
            return;
        };
        if item.index >= self.len_of(pane) {
            return;
        }
        self.history.push(self.place());
        self.pane = pane;
        self.lists[pane.index()].selected = item.index;
        if pane == Pane::Positions {
            self.sync_cell();
        }
        self.detail = Some(Detail {
            item,
            related: related_items(&self.brief, item),
            list: ListPos::default(),
            scroll: 0,
        });
        self.follow_all();
    }

    /// Whether `Back` would do anything: leave a mode, go back in history, close the
    /// detail or return to the slides. The status line hides "Esc back" otherwise.
    pub fn can_go_back(&self) -> bool {
        match self.mode {
            Mode::Search | Mode::Help => true,
            Mode::Present => false,
            Mode::Browse => {
                !self.history.is_empty()
                    || self.detail.is_some()
                    || self.slides.as_ref().is_some_and(|s| s.returning.is_some())
            }
        }
    }

    fn back(&mut self) {
        match self.mode {
            Mode::Search | Mode::Help => self.mode = Mode::Browse,
            Mode::Present => {}
            Mode::Browse => {
                if self.return_to_slides() {
                    return;
                }
                if let Some(place) = self.history.pop() {
                    self.restore(place);
                } else if self.detail.is_some() {
                    self.detail = None;
                    self.follow_all();
                }
            }
        }
    }

    fn restore(&mut self, place: Place) {
        self.pane = place.pane;
        self.lists[place.pane.index()] = place.list;
        self.cell_col = place.cell_col;
        self.detail = place.detail.filter(|detail| {
            Pane::of_section(detail.item.section)
                .is_some_and(|pane| detail.item.index < self.len_of(pane))
        });
        self.clamp_lists();
        self.follow_all();
    }

    fn run_search(&mut self) {
        self.search.hits = self.index.search(&self.search.query);
        self.search.list = ListPos::default();
    }

    /// Moves the help by a line, or to an end for a page key (the help is about a page long).
    /// Returns whether the action was a scroll.
    fn scroll_help(&mut self, action: &Action) -> bool {
        let end = crate::layout::help_max_scroll(self);
        self.help_scroll = match action {
            Action::SelectNext => (self.help_scroll + 1).min(end),
            Action::SelectPrevious => self.help_scroll.saturating_sub(1),
            Action::SelectPageDown => end,
            Action::SelectPageUp => 0,
            _ => return false,
        };
        true
    }

    fn copy_quote(&mut self) {
        let item = match self.focus() {
            Focus::Results => self
                .search
                .hits
                .get(self.search.list.selected)
                .map(|hit| hit.item),
            _ => self.current_item(),
        };
        let quoted = item.and_then(|item| self.brief.quote_of(item).map(|quote| (item, quote)));
        match quoted {
            Some((item, quote)) => {
                let text = format!("\"{quote}\"\n{}", self.brief.cite(&[item]));
                self.request = Some(Request::Copy(text));
            }
            None => {
                self.status = Some(Status {
                    kind: StatusKind::Info,
                    text: "Nothing to copy: actors have no quote of their own".to_string(),
                });
            }
        }
    }

    fn replace_brief(&mut self, brief: Brief) {
        self.index = SearchIndex::new(&brief);
        self.matrix = Matrix::new(&brief);
        self.brief = brief;
        self.clamp_lists();
        if let Some(detail) = self.detail.take() {
            let item = detail.item;
            let exists =
                Pane::of_section(item.section).is_some_and(|p| item.index < self.len_of(p));
            if exists {
                let related = related_items(&self.brief, item);
                let mut list = detail.list;
                list.selected = list.selected.min(related.len().saturating_sub(1));
                self.detail = Some(Detail {
                    item,
                    related,
                    list,
                    scroll: detail.scroll,
                });
            }
        }
        if !self.search.query.is_empty() {
            self.search.hits = self.index.search(&self.search.query);
            self.search.list.selected = self
                .search
                .list
                .selected
                .min(self.search.hits.len().saturating_sub(1));
        }
        self.sync_cell();
        self.follow_all();
        self.rebuild_deck();
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: format!("Reloaded \"{}\"", self.brief.meta.title),
        });
    }

    fn clamp_lists(&mut self) {
        for pane in Pane::ALL {
            let len = self.len_of(pane);
            let list = &mut self.lists[pane.index()];
            list.selected = list.selected.min(len.saturating_sub(1));
            list.offset = list.offset.min(list.selected);
        }
    }

    /// Scrolls every list just enough to keep its selection in view.
    fn follow_all(&mut self) {
        for pane in Pane::ALL {
            self.follow_focus(Focus::Pane(pane));
        }
        self.follow_focus(Focus::Related);
        self.follow_focus(Focus::Results);
    }

    /// Scrolls one list just enough to keep its selection in view.
    fn follow_focus(&mut self, focus: Focus) {
        match focus {
            Focus::Pane(pane) => {
                let (width, height) = crate::layout::pane_list_viewport(self, pane);
                let heights = crate::layout::row_heights(self, pane, width);
                follow(&mut self.lists[pane.index()], &heights, usize::from(height));
            }
            Focus::Related => {
                let (_, height) = crate::layout::related_viewport(self);
                if let Some(detail) = &mut self.detail {
                    let heights = vec![1; detail.related.len()];
                    follow(&mut detail.list, &heights, usize::from(height));
                }
            }
            Focus::Results => {
                let (_, height) = crate::layout::results_viewport(self);
                let heights = vec![1; self.search.hits.len()];
                follow(&mut self.search.list, &heights, usize::from(height));
            }
        }
    }
}

/// Moves `offset` the least that shows the selected row whole in `viewport` rows.
fn follow(list: &mut ListPos, heights: &[usize], viewport: usize) {
    list.selected = list.selected.min(heights.len().saturating_sub(1));
    if list.selected < list.offset {
        list.offset = list.selected;
        return;
    }
    let mut rows: usize = heights
        .get(list.offset..=list.selected)
        .map_or(0, |slice| slice.iter().sum());
    while rows > viewport && list.offset < list.selected {
        rows -= heights.get(list.offset).copied().unwrap_or(0);
        list.offset += 1;
    }
    // Leave no empty rows below the list's end while rows above are hidden: after the
    // terminal grows, the list fills the space again.
    let mut tail: usize = heights
        .get(list.offset..)
        .map_or(0, |slice| slice.iter().sum());
    while list.offset > 0 {
        let above = heights.get(list.offset - 1).copied().unwrap_or(0);
        if tail + above > viewport {
            break;
        }
        tail += above;
        list.offset -= 1;
    }
}

/// Ctrl-W as in a shell: drop trailing spaces, then the word before them.
fn delete_word(query: &mut String) {
    let trimmed = query.trim_end().len();
    query.truncate(trimmed);
    let start = query
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    query.truncate(start);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::load_embedded;

    fn app() -> App {
        let mut app = App::new(load_embedded().unwrap());
        app.update(Action::Resize(80, 24));
        app
    }

    fn apply(app: &mut App, actions: impl IntoIterator<Item = Action>) {
        actions.into_iter().for_each(|action| app.apply(action));
    }

    fn type_query(app: &mut App, text: &str) {
        apply(app, text.chars().map(Action::SearchInput));
    }

    #[test]
    fn selection_moves_and_clamps_at_both_ends() {
        let mut app = app();
        apply(
            &mut app,
            [Action::FocusPane(Pane::Timeline), Action::SelectPrevious],
        );
        assert_eq!(app.list(Pane::Timeline).selected, 0);
        apply(&mut app, [Action::SelectNext, Action::SelectNext]);
        assert_eq!(app.list(Pane::Timeline).selected, 2);
        apply(&mut app, [Action::SelectLast, Action::SelectNext]);
        assert_eq!(app.list(Pane::Timeline).selected, 10);
        apply(&mut app, [Action::SelectFirst]);
        assert_eq!(app.list(Pane::Timeline).selected, 0);
        apply(&mut app, [Action::Select(99)]);
        assert_eq!(app.list(Pane::Timeline).selected, 10);
    }

    #[test]
    fn growing_the_terminal_brings_hidden_rows_back_into_view() {
        let mut app = app();
        apply(
            &mut app,
            [Action::FocusPane(Pane::Summary), Action::SelectLast],
        );
        assert!(
            app.list(Pane::Summary).offset > 0,
            "80x24 cannot show all nine paragraphs"
        );
        apply(&mut app, [Action::Resize(200, 60)]);
        let list = app.list(Pane::Summary);
        assert_eq!(list.selected, 8, "the selection stays");
        assert_eq!(list.offset, 0, "all nine paragraphs fit at 200x60");
    }

    #[test]
    fn paging_moves_by_the_visible_rows_and_scrolls_the_list() {
        let mut app = app();
        apply(
            &mut app,
            [Action::FocusPane(Pane::Actors), Action::SelectPageDown],
        );
        let page = app.list(Pane::Actors).selected;
        assert!(page > 1, "a page moves more than one row: {page}");
        apply(&mut app, [Action::SelectLast]);
        let list = app.list(Pane::Actors);
        assert_eq!(list.selected, 13);
        assert!(list.offset > 0, "the list scrolled to show the last actor");
        apply(
            &mut app,
            [
                Action::SelectPageUp,
                Action::SelectPageUp,
                Action::SelectPageUp,
            ],
        );
        assert_eq!(app.list(Pane::Actors), ListPos::default());
    }

    #[test]
    fn panes_cycle_both_ways_and_keep_their_own_selection() {
        let mut app = app();
        apply(&mut app, [Action::FocusPreviousPane]);
        assert_eq!(app.pane, Pane::Actors);
        apply(&mut app, [Action::FocusNextPane, Action::FocusNextPane]);
        assert_eq!(app.pane, Pane::Timeline);
        apply(
            &mut app,
            [Action::SelectNext, Action::FocusPane(Pane::Figures)],
        );
        assert_eq!(app.list(Pane::Figures).selected, 0);
        apply(&mut app, [Action::FocusPane(Pane::Timeline)]);
        assert_eq!(app.list(Pane::Timeline).selected, 1);
    }

    #[test]
    fn drill_down_opens_selected_event_and_back_closes_it() {
        let mut app = app();
        apply(
            &mut app,
            [
                Action::FocusPane(Pane::Timeline),
                Action::SelectNext,
                Action::SelectNext,
            ],
        );
        apply(&mut app, [Action::DrillDown]);
        let detail = app.detail.as_ref().unwrap();
        assert_eq!(app.brief.id_of(detail.item), Some("e-trade-2006"));
        assert_eq!(app.focus(), Focus::Related);
        assert!(!detail.related.is_empty());
        apply(&mut app, [Action::Back]);
        assert!(app.detail.is_none());
        assert_eq!(app.pane, Pane::Timeline);
        assert_eq!(app.list(Pane::Timeline).selected, 2);
    }

    #[test]
    fn related_items_open_in_turn_and_back_restores_each_place() {
        let mut app = app();
        apply(
            &mut app,
            [Action::FocusPane(Pane::Positions), Action::DrillDown],
        );
        let first = app.detail.clone().unwrap();
        // The source paragraph comes first.
        assert_eq!(first.related[0].item.section, Section::Summary);
        apply(&mut app, [Action::SelectNext, Action::SelectNext]);
        let target = app.detail.as_ref().unwrap().related[2].item;
        apply(&mut app, [Action::DrillDown]);
        assert_eq!(app.detail.as_ref().unwrap().item, target);
        assert_eq!(Some(app.pane), Pane::of_section(target.section));
        apply(&mut app, [Action::DrillDown]);
        assert_eq!(app.history.len(), 3);
        apply(&mut app, [Action::Back]);
        assert_eq!(app.detail.as_ref().unwrap().item, target);
        apply(&mut app, [Action::Back]);
        let back = app.detail.as_ref().unwrap();
        assert_eq!(back.item, first.item);
        assert_eq!(back.list.selected, 2, "the related selection is restored");
        assert_eq!(app.pane, Pane::Positions);
        apply(&mut app, [Action::Back, Action::Back]);
        assert!(app.detail.is_none());
        assert_eq!(app.pane, Pane::Positions);
    }

    #[test]
    fn back_restores_the_scroll_of_a_detail() {
        let mut app = app();
        apply(
            &mut app,
            [
                Action::FocusPane(Pane::Timeline),
                Action::SelectLast,
                Action::DrillDown,
            ],
        );
        apply(&mut app, [Action::SelectPageDown]);
        let scroll = app.detail.as_ref().unwrap().scroll;
        assert!(scroll > 0, "the detail scrolls at 80×24");
        apply(&mut app, [Action::DrillDown, Action::Back]);
        assert_eq!(app.detail.as_ref().unwrap().scroll, scroll);
    }

    #[test]
    fn search_narrows_as_the_query_grows() {
        let mut app = app();
        apply(&mut app, [Action::StartSearch]);
        assert_eq!(app.mode, Mode::Search);
        assert!(app.search.hits.is_empty(), "an empty query matches nothing");
        let mut counts = Vec::new();
        for c in "pipeline".chars() {
            apply(&mut app, [Action::SearchInput(c)]);
            counts.push(app.search.hits.len());
        }
        assert!(counts.windows(2).all(|w| w[1] <= w[0]), "{counts:?}");
        let top = app.search.hits[0].item;
        assert_eq!(app.brief.id_of(top), Some("pos-pipelines"));
        type_query(&mut app, "zzz");
        assert!(app.search.hits.is_empty());
    }

    #[test]
    fn search_query_edits_like_a_shell() {
        let mut app = app();
        apply(&mut app, [Action::StartSearch]);
        type_query(&mut app, "oil  gas ");
        apply(&mut app, [Action::SearchDeleteWord]);
        assert_eq!(app.search.query, "oil  ");
        apply(
            &mut app,
            [Action::SearchDeleteChar, Action::SearchDeleteChar],
        );
        assert_eq!(app.search.query, "oil");
        apply(&mut app, [Action::SearchClear]);
        assert_eq!(app.search.query, "");
        assert!(app.search.hits.is_empty());
    }

    #[test]
    fn enter_on_a_result_opens_it_and_back_returns_to_before_the_search() {
        let mut app = app();
        apply(
            &mut app,
            [
                Action::FocusPane(Pane::Figures),
                Action::SelectNext,
                Action::StartSearch,
            ],
        );
        type_query(&mut app, "pipeline");
        apply(&mut app, [Action::DrillDown]);
        assert_eq!(app.mode, Mode::Browse);
        assert_eq!(app.pane, Pane::Positions);
        let detail = app.detail.as_ref().unwrap();
        assert_eq!(app.brief.id_of(detail.item), Some("pos-pipelines"));
        apply(&mut app, [Action::Back]);
        assert!(app.detail.is_none());
        assert_eq!(app.pane, Pane::Figures);
        assert_eq!(app.list(Pane::Figures).selected, 1);
    }

    #[test]
    fn cancelling_a_search_changes_nothing_else() {
        let mut app = app();
        apply(
            &mut app,
            [
                Action::FocusPane(Pane::Actors),
                Action::SelectNext,
                Action::StartSearch,
            ],
        );
        type_query(&mut app, "trade");
        apply(&mut app, [Action::SelectNext, Action::CancelSearch]);
        assert_eq!(app.mode, Mode::Browse);
        assert_eq!(app.pane, Pane::Actors);
        assert_eq!(app.list(Pane::Actors).selected, 1);
        assert!(app.detail.is_none() && app.history.is_empty());
    }

    #[test]
    fn can_go_back_only_with_somewhere_to_go() {
        let mut app = app();
        assert!(!app.can_go_back());
        apply(&mut app, [Action::StartSearch]);
        assert!(app.can_go_back());
        apply(&mut app, [Action::Back]);
        assert!(!app.can_go_back());
        apply(&mut app, [Action::DrillDown]);
        assert!(app.can_go_back());
        apply(&mut app, [Action::Back]);
        assert!(!app.can_go_back());
    }

    #[test]
    fn matrix_cells_walk_in_reading_order_and_select_positions() {
        let mut app = app();
        apply(&mut app, [Action::FocusPane(Pane::Positions)]);
        assert_eq!(app.cell_col, 0);
        apply(&mut app, [Action::SelectNextCell]);
        // Strategic partnership: China seeks, Russia seeks, Hu Jintao proposes.
        assert_eq!(app.list(Pane::Positions).selected, 0);
        assert_eq!(app.matrix.actors[app.cell_col], "russia");
        apply(&mut app, [Action::SelectNextCell]);
        assert_eq!(
            app.brief.positions[app.list(Pane::Positions).selected].id,
            "pos-new-guidelines"
        );
        apply(
            &mut app,
            [
                Action::SelectPreviousCell,
                Action::SelectPreviousCell,
                Action::SelectPreviousCell,
            ],
        );
        assert_eq!((app.list(Pane::Positions).selected, app.cell_col), (0, 0));
    }

    #[test]
    fn a_cell_selected_again_drills_into_its_position() {
        let mut app = app();
        let cell = Action::SelectCell {
            position: 6,
            actor: 4,
        };
        apply(&mut app, [Action::FocusPane(Pane::Positions), cell.clone()]);
        assert!(app.detail.is_none(), "the first click only selects");
        assert_eq!((app.list(Pane::Positions).selected, app.cell_col), (6, 4));
        apply(&mut app, [cell]);
        let detail = app.detail.as_ref().unwrap();
        assert_eq!(app.brief.id_of(detail.item), Some("pos-pipelines"));
    }

    #[test]
    fn copy_asks_the_runner_for_the_quote_and_citation() {
        let mut app = app();
        apply(
            &mut app,
            [Action::FocusPane(Pane::Timeline), Action::CopyQuote],
        );
        let Some(Request::Copy(text)) = app.request.take() else {
            panic!("no copy request");
        };
        assert!(text.starts_with("\"trade ballooned from US$6 billion in 1992\""));
        assert!(text.contains("EAI Background Brief No. 346"));
        // The same citation line `briefing cite` prints, with the paragraph.
        assert!(text.ends_with("8 August 2007, para. 4."), "{text}");
        apply(&mut app, [Action::ConfirmCopied]);
        assert!(app.status.as_ref().unwrap().text.contains("Copied"));
        apply(
            &mut app,
            [Action::FocusPane(Pane::Actors), Action::CopyQuote],
        );
        assert_eq!(app.request, None);
        assert!(app.status.is_some());
    }

    #[test]
    fn reload_keeps_the_place_and_a_failure_keeps_the_brief() {
        let mut app = app();
        apply(&mut app, [Action::Reload]);
        assert_eq!(app.request, None, "the embedded brief has no file");
        app.source = Some("brief.toml".into());
        apply(
            &mut app,
            [
                Action::FocusPane(Pane::Timeline),
                Action::SelectLast,
                Action::DrillDown,
                Action::Reload,
            ],
        );
        assert_eq!(app.request.take(), Some(Request::Reload));
        let mut smaller = load_embedded().unwrap();
        smaller.timeline.truncate(3);
        apply(&mut app, [Action::ReplaceBrief(Box::new(smaller))]);
        assert_eq!(app.brief.timeline.len(), 3);
        assert!(app.detail.is_none(), "the open event no longer exists");
        assert_eq!(app.list(Pane::Timeline).selected, 2);
        apply(
            &mut app,
            [Action::ReportReloadFailure(vec![
                "a.toml:1:1: bad".into(),
                "a.toml:2:1: worse".into(),
            ])],
        );
        assert_eq!(app.brief.timeline.len(), 3);
        let status = app.status.as_ref().unwrap();
        assert_eq!(status.kind, StatusKind::Error);
        assert!(status.text.contains("a.toml:1:1: bad (and 1 more)"));
        assert_eq!(app.errors.len(), 2);
    }

    #[test]
    fn help_toggles_and_scrolls_within_bounds() {
        let mut app = app();
        apply(&mut app, [Action::ToggleHelp]);
        assert_eq!(app.mode, Mode::Help);
        apply(&mut app, std::iter::repeat_n(Action::SelectNext, 200));
        assert_eq!(app.help_scroll, crate::layout::help_max_scroll(&app));
        apply(&mut app, [Action::SelectPageUp]);
        assert_eq!(
            app.help_scroll, 0,
            "a page up from the end of a short help is its start"
        );
        apply(&mut app, [Action::SelectPageDown]);
        assert!(app.help_scroll > 0, "80x24 cannot show the whole help");
        assert_eq!(app.help_scroll, crate::layout::help_max_scroll(&app));
        apply(&mut app, [Action::Back]);
        assert_eq!(app.mode, Mode::Browse);
    }

    #[test]
    fn quit_and_suspend_are_requests_not_effects() {
        let mut app = app();
        apply(&mut app, [Action::Suspend]);
        assert_eq!(app.request, Some(Request::Suspend));
        apply(&mut app, [Action::Quit]);
        assert!(app.should_quit);
    }

    #[test]
    fn delete_word_matches_a_shell() {
        for (before, after) in [("a b", "a "), ("abc", ""), ("a b  ", "a "), ("", "")] {
            let mut text = before.to_string();
            delete_word(&mut text);
            assert_eq!(text, after, "{before:?}");
        }
    }
}
