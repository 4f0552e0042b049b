//! How far the help overlay can scroll: its wrapped length against the rows its box shows
//! (a detail's text: `detail.rs`).
//!
//! The text comes from `content`, the same lines the views draw. Its styles do not change a
//! line's text or width, so it is measured with the plain theme.

use ratatui::layout::Rect;

use crate::app::App;
use crate::content::help_text;
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
