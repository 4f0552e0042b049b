//! An open detail: paging through its text, and copying the quote and citation of what is
//! selected.

use super::{App, Focus, Request, Status, StatusKind};
use crate::action::Action;
use crate::layout;

impl App {
    /// The keys a detail takes for itself: page keys scroll its text; Tab and Shift-Tab move
    /// the keys between the text and the Related list (as lazygit's panels); while the text
    /// has them, j/k scroll it a line and g/G go to its ends. Returns whether `action` was
    /// one of these.
    pub(super) fn detail_key(&mut self, action: &Action) -> bool {
        let on_text = self.detail.as_ref().is_some_and(|d| d.on_text);
        match action {
            Action::SelectPageDown | Action::SelectPageUp => {
                self.scroll_detail(*action == Action::SelectPageDown);
            }
            Action::FocusNextPane | Action::FocusPreviousPane => {
                if let Some(detail) = &mut self.detail {
                    detail.on_text = !detail.on_text;
                }
            }
            Action::SelectNext
            | Action::SelectPrevious
            | Action::SelectFirst
            | Action::SelectLast
                if on_text =>
            {
                self.scroll_detail_to(action);
            }
            _ => return false,
        }
        true
    }

    fn scroll_detail_to(&mut self, action: &Action) {
        let Some(item) = self.detail.as_ref().map(|d| d.item) else {
            return;
        };
        let max = layout::detail_max_scroll(self, item);
        if let Some(detail) = &mut self.detail {
            detail.scroll = match action {
                Action::SelectNext => detail.scroll.saturating_add(1).min(max),
                Action::SelectPrevious => detail.scroll.saturating_sub(1),
                Action::SelectLast => max,
                _ => 0,
            };
        }
    }

    pub(super) fn scroll_detail(&mut self, down: bool) {
        let Some(item) = self.detail.as_ref().map(|d| d.item) else {
            return;
        };
        let page = layout::detail_text_height(self, item)
            .saturating_sub(1)
            .max(1);
        let max = layout::detail_max_scroll(self, item);
        if let Some(detail) = &mut self.detail {
            detail.scroll = if down {
                detail.scroll.saturating_add(page).min(max)
            } else {
                detail.scroll.saturating_sub(page)
            };
        }
    }

    pub(super) fn copy_quote(&mut self) {
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
                let encoded = base64_len(text.len());
                if encoded > OSC52_LIMIT {
                    self.status = Some(Status {
                        kind: StatusKind::Error,
                        text: format!(
                            "Not copied: the quote is {} KB in base64, more than the {} KB terminals accept",
                            encoded.div_ceil(1000),
                            OSC52_LIMIT / 1000
                        ),
                    });
                } else {
                    self.request = Some(Request::Copy(text));
                }
            }
            None => {
                self.status = Some(Status {
                    kind: StatusKind::Info,
                    text: "Nothing to copy: actors and themes have no quote of their own"
                        .to_string(),
                });
            }
        }
    }
}

/// The most base64 (bytes) a clipboard request (OSC 52) may carry: xterm and most terminals
/// drop anything larger (xterm's limit, and tmux's, are around 100 KB), so a larger copy is
/// not sent and the status says why.
pub const OSC52_LIMIT: usize = 100_000;

/// The length of standard base64 with padding for `bytes` bytes of input.
fn base64_len(bytes: usize) -> usize {
    bytes.div_ceil(3) * 4
}
