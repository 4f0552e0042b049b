//! The help overlay: every key, generated from the key map the app dispatches with.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::app::App;
use crate::content::help_text;
use crate::layout::{help_inner_width, help_popup, help_scroll_limit};
use crate::theme::Theme;
use crate::ui::block;

pub fn render(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) {
    let text = help_text(theme, help_inner_width(body));
    let area = help_popup(body, text.len());
    // A cell of margin cleared all round, so nothing from the panes shows beside it.
    let margin = Rect::new(
        area.x.saturating_sub(1),
        area.y.saturating_sub(1),
        area.width + 2,
        area.height + 2,
    )
    .intersection(body);
    Clear.render(margin, buf);
    // The text is built once a frame; the limit comes from it, not from building it again.
    let max_scroll = help_scroll_limit(text.len(), area);
    let more = if max_scroll > 0 { " · j/k scroll" } else { "" };
    let outer = block(theme, " Keys ", true).title_bottom(Line::styled(
        format!(" ? or Esc closes{more} "),
        theme.muted,
    ));
    Paragraph::new(text)
        .scroll((app.help_scroll.min(max_scroll), 0))
        .block(outer)
        .render(area, buf);
}
