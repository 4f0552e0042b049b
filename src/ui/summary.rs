//! The summary pane: the paragraphs in order, wrapped for reading, and beside the selected
//! one the events, figures and positions it contains.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Pane};
use crate::brief::{ItemRef, Section};
use crate::layout::{GUTTER, MARGIN};
use crate::theme::Theme;
use crate::ui::{self, PreviewLine, block, split_body, wrap};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (list_area, preview_area) = split_body(area);
    let list = app.list(Pane::Summary);
    let title = format!(" Summary · {} paragraphs ", app.brief.summary.len());
    let outer = block(theme, title, true);
    let rows = outer.inner(list_area);
    outer.render(list_area, buf);
    let text_width = usize::from(rows.width.saturating_sub(GUTTER + MARGIN));
    let mut y = rows.y;
    for (index, paragraph) in app.brief.summary.iter().enumerate().skip(list.offset) {
        if y >= rows.bottom() {
            break;
        }
        let selected = index == list.selected;
        let (marker, style) = if selected {
            ("▌ ", theme.selected)
        } else {
            ("  ", theme.base)
        };
        let text_style = if selected {
            theme.base.add_modifier(ratatui::style::Modifier::BOLD)
        } else {
            theme.base
        };
        for line in wrap(&paragraph.text, text_width) {
            if y >= rows.bottom() {
                break;
            }
            buf.set_stringn(rows.x, y, marker, 2, style);
            buf.set_stringn(rows.x + GUTTER, y, &line, text_width, text_style);
            y += 1;
        }
        y += 1;
    }
    render_preview(app, theme, preview_area, buf);
}

fn render_preview(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let selected = app.list(Pane::Summary).selected;
    let Some(paragraph) = app.brief.summary.get(selected) else {
        block(theme, " In this paragraph ", false).render(area, buf);
        return;
    };
    let items = app.links.in_paragraph(selected);
    let mut lines = vec![PreviewLine::Text(Line::from(vec![
        Span::styled(format!("¶ {}", paragraph.id), theme.label),
        Span::styled(
            paragraph
                .section
                .as_deref()
                .map(|s| format!(" · {s}"))
                .unwrap_or_default(),
            theme.muted,
        ),
    ]))];
    if items.is_empty() {
        lines.push(PreviewLine::Text(Line::styled(
            "No events, figures or positions are drawn from this paragraph.",
            theme.muted,
        )));
    }
    for section in [Section::Timeline, Section::Figures, Section::Positions] {
        let of_section: Vec<ItemRef> = items
            .iter()
            .copied()
            .filter(|item| item.section == section)
            .collect();
        if of_section.is_empty() {
            continue;
        }
        lines.push(PreviewLine::Text(Line::raw("")));
        let heading = match section {
            Section::Timeline => "Events",
            Section::Figures => "Figures",
            _ => "Positions",
        };
        lines.push(PreviewLine::Text(Line::styled(heading, theme.label)));
        for item in of_section {
            lines.push(PreviewLine::Item(Line::from(vec![
                Span::styled("• ", theme.muted),
                Span::raw(ui::item_line(app, item)),
            ])));
        }
    }
    lines.push(PreviewLine::Text(Line::raw("")));
    lines.push(PreviewLine::Text(Line::styled(
        "Enter opens the paragraph with everything it holds.",
        theme.muted,
    )));
    let title = format!(
        " In this paragraph · {} ",
        ui::counted(items.len(), "item", "items")
    );
    let outer = block(theme, title, false);
    let inner = outer.inner(area);
    outer.render(area, buf);
    let lines = ui::fit_preview(
        theme,
        lines,
        inner,
        "Enter opens the paragraph and all it holds",
    );
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}
