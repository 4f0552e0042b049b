//! Going in and coming back: opening an item's detail, and the history of places `Back`
//! returns to, as a browser's.

use super::{App, Detail, Focus, ListPos, Mode, Pane, Place, related_items};
use crate::brief::ItemRef;

impl App {
    pub(super) fn place(&self) -> Place {
        Place {
            pane: self.pane,
            list: self.list(self.pane),
            cell_col: self.cell_col,
            detail: self.detail.clone(),
        }
    }

    pub(super) fn drill_down(&mut self) {
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
                self.open_result(self.search.list.selected);
                return;
            }
        };
        if let Some(item) = target {
            self.open(item);
        }
    }

    /// Opens an item's detail, remembering where the reader was.
    /// A theme has no pane: its detail opens over the pane in view, which keeps its place.
    pub fn open(&mut self, item: ItemRef) {
        if !self.item_exists(item) {
            return;
        }
        self.history.push(self.place());
        if let Some(pane) = Pane::of_section(item.section) {
            self.pane = pane;
            self.lists[pane.index()].selected = item.index;
            if pane == Pane::Positions {
                self.sync_cell();
            }
        }
        self.detail = Some(Detail {
            item,
            related: related_items(&self.brief, item),
            list: ListPos::default(),
            scroll: 0,
            on_text: true,
        });
        let scroll = crate::layout::detail_opening_scroll(self, item);
        if let Some(detail) = &mut self.detail {
            detail.scroll = scroll;
        }
        self.follow_all();
    }

    /// Whether `Back` would do anything: leave a mode, go back in history, close the
    /// detail, return to the slides, or from the top of a brief of the shelf show the
    /// Library pane. The status line hides "Esc back" otherwise.
    pub fn can_go_back(&self) -> bool {
        match self.mode {
            Mode::Search | Mode::Help | Mode::Diff => true,
            Mode::Present => false,
            Mode::Library => self.shelf.as_ref().is_some_and(|s| s.scope.is_some()),
            Mode::Browse => {
                !self.history.is_empty()
                    || self.detail.is_some()
                    || self.slides.as_ref().is_some_and(|s| s.returning.is_some())
                    || self.shelf.is_some()
            }
        }
    }

    /// Browsing a brief of the shelf with nowhere further back: `Back` shows the Library
    /// pane (the status line's hint says "library" then).
    pub fn at_top_of_shelf(&self) -> bool {
        self.mode == Mode::Browse
            && self.shelf.is_some()
            && self.history.is_empty()
            && self.detail.is_none()
            && !self.showing_result()
            && self.slides.as_ref().is_none_or(|s| s.returning.is_none())
    }

    pub(super) fn back(&mut self) {
        match self.mode {
            Mode::Search => self.mode = Mode::Browse,
            Mode::Help => self.mode = self.before_help,
            Mode::Diff => {
                self.diff = None;
                self.mode = Mode::Library;
            }
            Mode::Present => {}
            Mode::Library => {
                if self.stop_reading() {
                    return;
                }
                if self.can_go_back() {
                    self.mode = Mode::Browse;
                }
            }
            Mode::Browse => {
                if self.return_to_slides() {
                    return;
                }
                if self.showing_result() {
                    self.return_to_results();
                    return;
                }
                if let Some(place) = self.history.pop() {
                    self.restore(place);
                } else if self.detail.is_some() {
                    self.detail = None;
                    self.follow_all();
                } else {
                    // The top of a brief of the shelf: back to the Library pane it came from.
                    self.show_library();
                }
            }
        }
    }

    pub(super) fn restore(&mut self, place: Place) {
        self.pane = place.pane;
        self.lists[place.pane.index()] = place.list;
        self.cell_col = place.cell_col;
        self.detail = place.detail.filter(|detail| self.item_exists(detail.item));
        self.clamp_lists();
        self.follow_all();
    }

    /// Whether the brief has the item: in its pane's list, or among the themes.
    pub(super) fn item_exists(&self, item: ItemRef) -> bool {
        match Pane::of_section(item.section) {
            Some(pane) => item.index < self.len_of(pane),
            None => item.index < self.brief.themes.len(),
        }
    }
}
