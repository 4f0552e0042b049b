//! How far the help overlay and a detail's text can scroll: their wrapped length against
//! the rows their box shows.
//!
//! The text comes from `content`, the same lines the views draw. Its styles do not change a
//! line's text or width, so it is measured with the plain theme.

use ratatui::layout::Rect;

use super::split_detail;
use crate::app::App;
use crate::brief::ItemRef;
use crate::content::{detail_lines, help_text};
use crate::theme::Theme;

/// The overlay's width inside its border in a body this wide.
pub fn help_inner_width(body: Rect) -> usize {
    usize::from(popup_width(body).saturating_sub(2))
}

fn popup_width(body: Rect) -> u16 {
    body.width.saturating_sub(4).min(76)
}

/// The overlay's place: centred in the body, clear of the panes' borders by a cell of
/// margin, no taller than its `lines` need.
pub fn help_popup(body: Rect, lines: usize) -> Rect {
    let width = popup_width(body);
    // Two rows in, so the cleared margin row falls inside the panes, not on their borders.
    let height = u16::try_from(lines + 2)
        .unwrap_or(u16::MAX)
        .min(body.height.saturating_sub(4));
    Rect::new(
        body.x + (body.width - width) / 2,
        body.y + 2.min(body.height),
        width,
        height,
    )
}

/// The furthest the help can scroll at this size.
pub fn help_max_scroll(app: &App) -> u16 {
    let body = super::areas(Rect::new(0, 0, app.size.0, app.size.1)).body;
    let lines = help_text(&Theme::monochrome(), help_inner_width(body)).len();
    help_scroll_limit(lines, help_popup(body, lines))
}

/// Where the help opens from `mode`: at the section on that mode's keys (the Library pane,
/// the diff view), as far as the help scrolls; else at the top.
pub fn help_opening_scroll(app: &App, mode: crate::app::Mode) -> u16 {
    let Some(title) = crate::content::help_section(mode) else {
        return 0;
    };
    let body = super::areas(Rect::new(0, 0, app.size.0, app.size.1)).body;
    let lines = help_text(&Theme::monochrome(), help_inner_width(body));
    let row = lines
        .iter()
        .position(|line| line.to_string() == title)
        .unwrap_or(0);
    u16::try_from(row)
        .unwrap_or(u16::MAX)
        .min(help_scroll_limit(
            lines.len(),
            help_popup(body, lines.len()),
        ))
}

/// How far `lines` of help scroll inside the bordered `popup`: the rows that do not fit.
pub fn help_scroll_limit(lines: usize, popup: Rect) -> u16 {
    u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .saturating_sub(popup.height.saturating_sub(2))
}

/// The most the detail text can scroll: its wrapped length less what fits.
pub fn detail_max_scroll(app: &App, item: ItemRef) -> u16 {
    let (text_area, _) = split_detail(super::areas(Rect::new(0, 0, app.size.0, app.size.1)).body);
    let inner = super::inner(text_area);
    let total: usize = detail_lines(app, &Theme::monochrome(), item)
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            super::wrap(&text, usize::from(inner.width)).len()
        })
        .sum();
    u16::try_from(total.saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX)
}

/// Rows the detail text shows at once.
pub fn detail_text_height(app: &App) -> u16 {
    let (text_area, _) = split_detail(super::areas(Rect::new(0, 0, app.size.0, app.size.1)).body);
    super::inner(text_area).height
}

/// Where a detail opens: scrolled so that its whole highlighted quote is in view, with a row
/// of context above it when there is room; 0 when the quote is already in view on the first
/// page or the item has none. A quote taller than the box starts at its top.
pub fn detail_opening_scroll(app: &App, item: ItemRef) -> u16 {
    let (text_area, _) = split_detail(super::areas(Rect::new(0, 0, app.size.0, app.size.1)).body);
    let inner = super::inner(text_area);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let theme = Theme::monochrome();
    let rows = |text: &str| super::wrap(text, width).len();
    let mut before = 0;
    for line in detail_lines(app, &theme, item) {
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
