//! An open detail's text box: its head pinned at the top and its body scrolling beneath,
//! how far the body scrolls, and where it opens.
//!
//! The head is the item's title and the facts under it (its date, value, stance, the
//! "Matched" line of a search result), up to the detail's first blank line. It stays in
//! view however far the body scrolls, so a detail opened scrolled to its quote (at 80×24 a
//! position's paragraph is below the first screen) still shows what it is. The blank line
//! under the head stays too, as the row where "▲ N above" says how much is scrolled off.
//!
//! The text comes from `content`, the same lines the view draws. Styles do not change a
//! line's text or width, so it is measured with the plain theme.

use ratatui::layout::Rect;
use ratatui::text::Line;

use super::split_detail;
use crate::app::App;
use crate::brief::ItemRef;
use crate::content::{detail_lines, first_match, hit_lines};
use crate::theme::Theme;

/// Rows of context kept above the first match when the body scrolls to it.
const CONTEXT_ROWS: usize = 2;

/// The detail's text box, split: the pinned lines' rows, the row under them, the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetailText {
    /// How many of the detail's lines are pinned (0: none; the whole text scrolls).
    pub pinned: usize,
    /// The pinned lines' rows (empty when none are pinned).
    pub head: Rect,
    /// The blank row under the head, standing for the blank line that ends it.
    pub gap: Option<Rect>,
    /// The rows the rest of the text scrolls in.
    pub body: Rect,
}

impl DetailText {
    /// The lines the body shows, of all the detail's `lines`.
    pub fn body_lines<'a, 'b>(&self, lines: &'a [Line<'b>]) -> &'a [Line<'b>] {
        let from = if self.pinned == 0 { 0 } else { self.pinned + 1 };
        lines.get(from..).unwrap_or_default()
    }
}

/// Splits the text box `inner` for `lines`: the lines before the first blank one are pinned
/// with that blank row under them, when together they take at most half of the box; else
/// nothing is pinned.
pub fn split_text(inner: Rect, lines: &[Line]) -> DetailText {
    let unpinned = DetailText {
        pinned: 0,
        head: Rect { height: 0, ..inner },
        gap: None,
        body: inner,
    };
    let Some(pinned) = lines
        .iter()
        .position(|line| line_text(line).trim().is_empty())
    else {
        return unpinned;
    };
    let head_rows = rows_of(&lines[..pinned], inner.width);
    if pinned == 0 || (head_rows + 1) * 2 > usize::from(inner.height) {
        return unpinned;
    }
    let head_height = u16::try_from(head_rows).unwrap_or(u16::MAX);
    DetailText {
        pinned,
        head: Rect {
            height: head_height,
            ..inner
        },
        gap: Some(Rect {
            y: inner.y + head_height,
            height: 1,
            ..inner
        }),
        body: Rect {
            y: inner.y + head_height + 1,
            height: inner.height - head_height - 1,
            ..inner
        },
    }
}

/// The text box of `item`'s detail at the app's size, split for its lines, and the lines.
fn text_of(app: &App, item: ItemRef) -> (DetailText, Vec<Line<'static>>) {
    let lines = detail_lines(app, &Theme::monochrome(), item);
    (split_text(text_box(app), &lines), lines)
}

/// The detail's text box inside its border at the app's size.
fn text_box(app: &App) -> Rect {
    let (text_area, _) = split_detail(super::areas(Rect::new(0, 0, app.size.0, app.size.1)).body);
    super::inner(text_area)
}

fn line_text(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// Rows `lines` take wrapped at `width` cells, as the view wraps them.
fn rows_of(lines: &[Line], width: u16) -> usize {
    lines
        .iter()
        .map(|line| super::wrap(&line_text(line), usize::from(width)).len())
        .sum()
}

/// The most the detail's body can scroll: its wrapped length less what fits.
pub fn detail_max_scroll(app: &App, item: ItemRef) -> u16 {
    let (text, lines) = text_of(app, item);
    let total = rows_of(text.body_lines(&lines), text.body.width);
    u16::try_from(total.saturating_sub(usize::from(text.body.height))).unwrap_or(u16::MAX)
}

/// Rows the detail's body shows at once: what a page key moves.
pub fn detail_text_height(app: &App, item: ItemRef) -> u16 {
    text_of(app, item).0.body.height
}

/// Where a detail opens: its body scrolled so that its whole highlighted quote is in view,
/// with a row of context above it when there is room; 0 when the quote is already in view
/// or the item has none. A quote taller than the body starts at its top. The head stays.
pub fn detail_opening_scroll(app: &App, item: ItemRef) -> u16 {
    let (text, lines) = text_of(app, item);
    let width = usize::from(text.body.width);
    let height = usize::from(text.body.height);
    let theme = Theme::monochrome();
    let rows = |text: &str| super::wrap(text, width).len();
    let mut before = 0;
    for line in text.body_lines(&lines) {
        let texts: Vec<&str> = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let at = line
            .spans
            .iter()
            .position(|span| span.style == theme.quote || line.style == theme.quote);
        if let Some(at) = at {
            let prefix: String = texts[..at].concat();
            let through: String = texts[..=at].concat();
            let start = before
                + if prefix.is_empty() {
                    0
                } else {
                    rows(&prefix) - 1
                };
            let end = before + rows(&through) - 1;
            if end < height {
                return 0;
            }
            let top = if end - start + 1 < height {
                start.saturating_sub(1)
            } else {
                start
            };
            let max = detail_max_scroll(app, item);
            return u16::try_from(top).unwrap_or(u16::MAX).min(max);
        }
        before += rows(&texts.concat());
    }
    0
}

/// The scroll that opens the shown search result's detail with its first matched character
/// in view: 0 when it is in the head or already shows, else its row in the body less
/// `CONTEXT_ROWS`, never past `detail_max_scroll`. 0 when the detail is not a search
/// result or does not print the matched field.
pub fn detail_scroll_to_match(app: &App, item: ItemRef) -> u16 {
    let Some(hit) = app.shown_hit().filter(|hit| hit.item == item) else {
        return 0;
    };
    let lines = hit_lines(app, &Theme::monochrome(), hit);
    let text = split_text(text_box(app), &lines);
    let Some((line, char_offset)) = first_match(&lines, hit) else {
        return 0;
    };
    let first = lines.len() - text.body_lines(&lines).len();
    if line < first {
        return 0;
    }
    let above = rows_of(&lines[first..line], text.body.width);
    let before: String = line_text(&lines[line])
        .chars()
        .take(char_offset + 1)
        .collect();
    let row = above
        + super::wrap(&before, usize::from(text.body.width))
            .len()
            .saturating_sub(1);
    let want = if row >= usize::from(text.body.height) {
        u16::try_from(row.saturating_sub(CONTEXT_ROWS)).unwrap_or(u16::MAX)
    } else {
        0
    };
    want.min(detail_max_scroll(app, item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::brief::Section;

    fn app_at(width: u16, height: u16) -> App {
        let mut app = App::new(crate::brief::load_embedded().expect("embedded brief"));
        app.update(Action::Resize(width, height));
        app
    }

    const POSITION: ItemRef = ItemRef {
        section: Section::Positions,
        index: 0,
    };

    #[test]
    fn the_head_is_pinned_when_it_takes_at_most_half_the_box() {
        let app = app_at(80, 24);
        let (text, lines) = text_of(&app, POSITION);
        // The title, its issue and its stance; then the blank row, then the body.
        assert_eq!(text.pinned, 3);
        assert_eq!(text.head.height, 3);
        assert_eq!(text.gap.map(|gap| gap.y), Some(text.head.bottom()));
        assert_eq!(text.body.y, text.head.bottom() + 1);
        assert_eq!(
            text.body_lines(&lines)[0].to_string(),
            "Actors  China, Russia"
        );
        assert_eq!(detail_text_height(&app, POSITION), text.body.height);
        // Too little room: nothing is pinned, the whole text scrolls.
        let small = app_at(60, 14);
        let (text, lines) = text_of(&small, POSITION);
        assert_eq!(text.pinned, 0);
        assert_eq!(text.body_lines(&lines).len(), lines.len());
    }

    #[test]
    fn the_body_opens_on_the_whole_quote_and_scrolls_no_further_than_its_end() {
        let app = app_at(80, 24);
        let (text, lines) = text_of(&app, POSITION);
        let body_rows = rows_of(text.body_lines(&lines), text.body.width);
        let max = detail_max_scroll(&app, POSITION);
        assert_eq!(usize::from(max), body_rows - usize::from(text.body.height));
        let opening = detail_opening_scroll(&app, POSITION);
        assert!(opening > 0 && opening <= max, "{opening} of {max}");
    }
}
