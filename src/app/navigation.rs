//! Moving around: focusing panes, moving and paging selections, the matrix's cell cursor,
//! and scrolling each list just enough to keep its selection in view, with the heights
//! `layout` computes.

use super::{App, Focus, ListPos, Mode, Pane};
use crate::action::Action;
use crate::layout;

impl App {
    pub(super) fn toggle_help(&mut self) {
        if self.mode == Mode::Help {
            self.help_scroll = 0;
            self.mode = self.before_help;
        } else {
            self.help_scroll = layout::help_opening_scroll(self, self.mode);
            self.before_help = self.mode;
            self.mode = Mode::Help;
        }
    }

    /// Moves the help by a line, or to an end for a page key (the help is about a page long).
    /// Returns whether the action was a scroll.
    pub(super) fn scroll_help(&mut self, action: &Action) -> bool {
        let end = layout::help_max_scroll(self);
        self.help_scroll = match action {
            Action::SelectNext => (self.help_scroll + 1).min(end),
            Action::SelectPrevious => self.help_scroll.saturating_sub(1),
            Action::SelectPageDown => end,
            Action::SelectPageUp => 0,
            _ => return false,
        };
        true
    }

    pub(super) fn focus_pane(&mut self, pane: Pane) {
        if self.detail.is_some() {
            self.history.push(self.place());
            self.detail = None;
        }
        self.pane = pane;
        self.follow_all();
    }

    pub(super) fn move_selection(&mut self, to: impl Fn(usize, usize, usize) -> usize) {
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
    pub(super) fn page_size(&self) -> usize {
        let (_, height) = layout::list_viewport(self);
        usize::from(height).saturating_sub(1).max(1)
    }

    /// Puts the cell cursor on the selected position's first actor unless it is there.
    pub(super) fn sync_cell(&mut self) {
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

    pub(super) fn step_cell(&mut self, forward: bool) {
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

    pub(super) fn clamp_lists(&mut self) {
        for pane in Pane::ALL {
            let len = self.len_of(pane);
            let list = &mut self.lists[pane.index()];
            list.selected = list.selected.min(len.saturating_sub(1));
            list.offset = list.offset.min(list.selected);
        }
    }

    /// Scrolls every list just enough to keep its selection in view.
    pub(super) fn follow_all(&mut self) {
        for pane in Pane::ALL {
            self.follow_focus(Focus::Pane(pane));
        }
        self.follow_focus(Focus::Related);
        self.follow_focus(Focus::Results);
    }

    /// Scrolls one list just enough to keep its selection in view.
    pub(super) fn follow_focus(&mut self, focus: Focus) {
        match focus {
            Focus::Pane(pane) => {
                let (width, height) = layout::pane_list_viewport(self, pane);
                let mut list = self.lists[pane.index()];
                let rows = |index| layout::row_height(self, pane, width, index);
                follow(&mut list, self.len_of(pane), &rows, usize::from(height));
                self.lists[pane.index()] = list;
            }
            Focus::Related => {
                let (_, height) = layout::related_viewport(self);
                if let Some(detail) = &mut self.detail {
                    let len = detail.related.len();
                    follow(&mut detail.list, len, &|_| 1, usize::from(height));
                }
            }
            Focus::Results => {
                let (_, height) = layout::results_viewport(self);
                let len = self.search.hits.len();
                follow(&mut self.search.list, len, &|_| 1, usize::from(height));
            }
        }
    }
}

/// Moves `offset` the least that shows the selected row whole in `viewport` rows, for a
/// list of `len` rows whose heights `height` gives. Measures only the rows around the
/// selection and the screen's worth below the offset, however long the list.
fn follow(list: &mut ListPos, len: usize, height: &dyn Fn(usize) -> usize, viewport: usize) {
    list.selected = list.selected.min(len.saturating_sub(1));
    if list.selected < list.offset {
        list.offset = list.selected;
        return;
    }
    // The first row from which the selection still shows whole, walking up from it.
    let mut first = list.selected;
    let mut rows = height(first);
    while first > list.offset && rows + height(first - 1) <= viewport {
        first -= 1;
        rows += height(first);
    }
    list.offset = first;
    // Leave no empty rows below the list's end while rows above are hidden: after the
    // terminal grows, the list fills the space again.
    let mut tail = 0;
    for index in list.offset..len {
        tail += height(index);
        if tail > viewport {
            return;
        }
    }
    while list.offset > 0 {
        let above = height(list.offset - 1);
        if tail + above > viewport {
            break;
        }
        tail += above;
        list.offset -= 1;
    }
}
