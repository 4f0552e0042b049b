//! Search geometry beyond the popup: how far a result's detail scrolls to show its first
//! match.

use ratatui::layout::Rect;

use super::{detail_max_scroll, split_detail, wrap};
use crate::app::App;
use crate::brief::ItemRef;
use crate::content::{detail_lines, first_match};
use crate::theme::Theme;

/// Rows of context kept above the first match when the detail scrolls to it.
const CONTEXT_ROWS: usize = 2;

/// The scroll (rows off the top) that opens the shown search result's detail with its first
/// matched character in view: 0 when that row already shows, else the row less
/// `CONTEXT_ROWS`, never past `detail_max_scroll`. 0 when the detail is not a search result
/// or does not print the matched field. Rows are counted as `detail_max_scroll` counts them.
pub fn detail_scroll_to_match(app: &App, item: ItemRef) -> u16 {
    let Some(hit) = app.shown_hit().filter(|hit| hit.item == item) else {
        return 0;
    };
    let lines = detail_lines(app, &Theme::monochrome(), item);
    let Some((line, char_offset)) = first_match(&lines, hit) else {
        return 0;
    };
    let (text_area, _) = split_detail(super::areas(Rect::new(0, 0, app.size.0, app.size.1)).body);
    let inner = super::inner(text_area);
    let width = usize::from(inner.width);
    let text_of = |line: &ratatui::text::Line| -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    };
    let above: usize = lines[..line]
        .iter()
        .map(|l| wrap(&text_of(l), width).len())
        .sum();
    let before: String = text_of(&lines[line])
        .chars()
        .take(char_offset + 1)
        .collect();
    let row = above + wrap(&before, width).len().saturating_sub(1);
    if row < usize::from(inner.height) {
        return 0;
    }
    let want = u16::try_from(row.saturating_sub(CONTEXT_ROWS)).unwrap_or(u16::MAX);
    want.min(detail_max_scroll(app, item))
}
