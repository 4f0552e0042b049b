//! The detail of one item: its full text, its quote highlighted inside its paragraph, its
//! date or value, actors and themes, and the related items Enter goes to.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Detail};
use crate::theme::Theme;
use crate::ui::{self, block, draw_row, row_style, split_detail, truncate, visible, width_of};

pub fn render(app: &App, theme: &Theme, detail: &Detail, area: Rect, buf: &mut Buffer) {
    let (text_area, related_area) = split_detail(area);
    let kind = ui::section_tag(detail.item.section);
    let id = app.brief.id_of(detail.item).unwrap_or_default();
    let hint = if detail.on_text {
        " j/k Space scroll · Tab related · Esc back "
    } else {
        " Space scroll · Tab text · Esc back "
    };
    let outer = block(theme, format!(" {kind} · {id} "), detail.on_text)
        .title_bottom(Line::styled(hint, theme.muted));
    let inner = outer.inner(text_area);
    outer.render(text_area, buf);
    let lines = crate::content::detail_lines(app, theme, detail.item);
    // The head (title and facts) stays while the body scrolls: `layout::split_detail_text`.
    let text = crate::layout::split_detail_text(inner, &lines);
    Paragraph::new(lines[..text.pinned].to_vec())
        .wrap(Wrap { trim: false })
        .render(text.head, buf);
    if let (Some(gap), true) = (text.gap, detail.scroll > 0) {
        let above = format!("▲ {} above", detail.scroll);
        buf.set_stringn(gap.x, gap.y, above, usize::from(gap.width), theme.muted);
    }
    Paragraph::new(text.body_lines(&lines).to_vec())
        .wrap(Wrap { trim: false })
        .scroll((detail.scroll, 0))
        .render(text.body, buf);
    render_related(app, theme, detail, related_area, buf);
}

fn render_related(app: &App, theme: &Theme, detail: &Detail, area: Rect, buf: &mut Buffer) {
    let left_out = crate::app::related_left_out(&app.brief, detail.item);
    let title = if left_out > 0 {
        format!(
            " Related · {} · {left_out} more · Enter opens ",
            detail.related.len()
        )
    } else {
        format!(" Related · {} · Enter opens ", detail.related.len())
    };
    let outer = block(theme, title, !detail.on_text);
    let rows = outer.inner(area);
    outer.render(area, buf);
    if detail.related.is_empty() {
        buf.set_stringn(
            rows.x,
            rows.y,
            "Nothing related.",
            usize::from(rows.width),
            theme.muted,
        );
    }
    let tag_width = ui::brief_column_width(app, usize::from(rows.width).saturating_sub(11));
    for (row, index) in visible(detail.related.len(), detail.list.offset, rows.height).enumerate() {
        let related = &detail.related[index];
        let (mark, style) = row_style(theme, index == detail.list.selected, !detail.on_text);
        let tag = format!("{:<9}", ui::section_tag(related.item.section));
        let brief = ui::brief_column(app.item_tag(related.item), tag_width, theme);
        let reason = format!("  {}", related.reason);
        let room = usize::from(rows.width)
            .saturating_sub(2 + width_of(&tag) + tag_width + width_of(&reason));
        let line = ui::item_line(app, related.item);
        let (line, reason) = if room >= 12 {
            (truncate(&line, room), reason)
        } else {
            (
                truncate(&line, usize::from(rows.width).saturating_sub(11)),
                String::new(),
            )
        };
        let pad = room.saturating_sub(width_of(&line));
        let mut spans = vec![Span::styled(tag, theme.pane_tag)];
        spans.extend(brief);
        spans.extend([
            Span::raw(line),
            Span::raw(" ".repeat(pad)),
            Span::styled(reason, theme.muted),
        ]);
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
}
