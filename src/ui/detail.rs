//! The detail of one item: its full text, its quote highlighted inside its paragraph, its
//! date or value, actors and themes, and the related items Enter goes to.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Detail};
use crate::brief::{ItemRef, Section};
use crate::ui::{self, block, draw_row, row_style, split_detail, truncate, visible, width_of};

pub fn render(app: &App, detail: &Detail, area: Rect, buf: &mut Buffer) {
    let (text_area, related_area) = split_detail(area);
    let kind = ui::section_tag(detail.item.section);
    let id = app.brief.id_of(detail.item).unwrap_or_default();
    let outer = block(app, format!(" {kind} · {id} "), false).title_bottom(Line::styled(
        " PgUp/PgDn scroll · Esc back ",
        app.theme.muted,
    ));
    let inner = outer.inner(text_area);
    outer.render(text_area, buf);
    Paragraph::new(detail_lines(app, detail.item))
        .wrap(Wrap { trim: false })
        .scroll((detail.scroll, 0))
        .render(inner, buf);
    render_related(app, detail, related_area, buf);
}

fn render_related(app: &App, detail: &Detail, area: Rect, buf: &mut Buffer) {
    let title = format!(" Related · {} · Enter opens ", detail.related.len());
    let outer = block(app, title, true);
    let rows = outer.inner(area);
    outer.render(area, buf);
    if detail.related.is_empty() {
        buf.set_stringn(
            rows.x,
            rows.y,
            "Nothing related.",
            usize::from(rows.width),
            app.theme.muted,
        );
    }
    for (row, index) in visible(detail.related.len(), detail.list.offset, rows.height).enumerate() {
        let related = &detail.related[index];
        let (mark, style) = row_style(app, index == detail.list.selected, true);
        let tag = format!("{:<9}", ui::section_tag(related.item.section));
        let reason = format!("  {}", related.reason);
        let room = usize::from(rows.width).saturating_sub(2 + width_of(&tag) + width_of(&reason));
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
        let spans = vec![
            Span::styled(tag, app.theme.pane_tag),
            Span::raw(line),
            Span::raw(" ".repeat(pad)),
            Span::styled(reason, app.theme.muted),
        ];
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
}

fn labelled(app: &App, label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<8}"), app.theme.label),
        Span::raw(value),
    ])
}

/// Everything the detail says about an item, before wrapping.
pub fn detail_lines(app: &App, item: ItemRef) -> Vec<Line<'static>> {
    let brief = &app.brief;
    let mut lines = match item.section {
        Section::Timeline => event_lines(app, item.index),
        Section::Figures => figure_lines(app, item.index),
        Section::Positions => position_lines(app, item.index),
        Section::Summary => return paragraph_lines(app, item.index),
        Section::Actors => return actor_lines(app, item.index),
        Section::Themes => return Vec::new(),
    };
    let join = |names: Vec<&str>| names.join(", ");
    let actors = brief.actors_of(item);
    if !actors.is_empty() {
        let names = actors.iter().map(|id| brief.actor_name(id)).collect();
        lines.push(labelled(app, "Actors", join(names)));
    }
    let themes = brief.themes_of(item);
    if !themes.is_empty() {
        let names = themes.iter().map(|id| brief.theme_name(id)).collect();
        lines.push(labelled(app, "Themes", join(names)));
    }
    lines.push(Line::raw(""));
    lines.extend(quote_in_paragraph(app, item));
    lines
}

fn event_lines(app: &App, index: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(event) = app.brief.timeline.get(index) else {
        return Vec::new();
    };
    let style = if event.date.is_inexact() {
        theme.inexact
    } else {
        Style::new()
    };
    let mut lines = vec![
        Line::styled(event.title.clone(), theme.title),
        Line::from(vec![
            Span::styled(format!("{:<8}", "Date"), theme.label),
            Span::styled(event.date.long(), style),
        ]),
    ];
    if let Some(note) = &event.date_note {
        lines.push(Line::styled(format!("        {note}"), theme.inexact));
    }
    lines.extend([
        Line::raw(""),
        Line::raw(event.detail.clone()),
        Line::raw(""),
    ]);
    lines
}

fn figure_lines(app: &App, index: usize) -> Vec<Line<'static>> {
    let Some(figure) = app.brief.figures.get(index) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::styled(figure.label.clone(), app.theme.title),
        labelled(app, "Value", figure.display_value()),
    ];
    if let Some(period) = &figure.period {
        lines.push(labelled(app, "Period", period.long()));
    }
    if let Some(detail) = &figure.detail {
        lines.push(Line::raw(""));
        lines.push(Line::raw(detail.clone()));
    }
    if let Some(series) = &figure.series {
        lines.push(Line::raw(""));
        lines.extend(ui::figures::series_chart(app, series, Some(figure), 50));
    }
    lines.push(Line::raw(""));
    lines
}

fn position_lines(app: &App, index: usize) -> Vec<Line<'static>> {
    let Some(position) = app.brief.positions.get(index) else {
        return Vec::new();
    };
    vec![
        Line::styled(position.summary.clone(), app.theme.title),
        labelled(app, "Issue", position.issue.clone()),
        labelled(app, "Stance", position.stance.verb().to_string()),
        Line::raw(""),
    ]
}

fn paragraph_lines(app: &App, index: usize) -> Vec<Line<'static>> {
    let Some(paragraph) = app.brief.summary.get(index) else {
        return Vec::new();
    };
    let heading = paragraph.section.clone().unwrap_or_default();
    let items = app.brief.items_in_paragraph(&paragraph.id);
    let of = |section: Section| items.iter().filter(|item| item.section == section).count();
    let counts = ui::item_counts(
        of(Section::Timeline),
        of(Section::Figures),
        of(Section::Positions),
    );
    let drawn = if counts.is_empty() {
        "No events, figures or positions are drawn from it.".to_string()
    } else {
        let verb = if items.len() == 1 { "is" } else { "are" };
        format!("{counts} {verb} drawn from it; see Related.")
    };
    vec![
        Line::styled(
            format!("Paragraph {} · {heading}", paragraph.id),
            app.theme.title,
        ),
        Line::raw(""),
        Line::raw(paragraph.text.clone()),
        Line::raw(""),
        Line::styled(drawn, app.theme.muted),
    ]
}

fn actor_lines(app: &App, index: usize) -> Vec<Line<'static>> {
    let brief = &app.brief;
    let Some(actor) = brief.actors.get(index) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::styled(actor.name.clone(), app.theme.title),
        labelled(app, "Kind", actor.kind.name().to_string()),
    ];
    if let Some(role) = &actor.role {
        lines.push(labelled(app, "Role", role.clone()));
    }
    if let Some(affiliation) = &actor.affiliation {
        lines.push(labelled(
            app,
            "Of",
            brief.actor_name(affiliation).to_string(),
        ));
    }
    if !actor.aliases.is_empty() {
        lines.push(labelled(app, "Aliases", actor.aliases.join(", ")));
    }
    let (events, figures, positions) = ui::actors::counts(brief, &actor.id);
    lines.push(Line::raw(""));
    let counts = ui::item_counts(events, figures, positions);
    lines.push(Line::raw(if counts.is_empty() {
        "No event, figure or position names it.".to_string()
    } else {
        format!("Named in {counts}, all listed under Related.")
    }));
    lines
}

/// The item's paragraph with its quote highlighted, or the bare quote when it has none.
fn quote_in_paragraph(app: &App, item: ItemRef) -> Vec<Line<'static>> {
    let brief = &app.brief;
    let theme = &app.theme;
    let quote = brief.quote_of(item).unwrap_or_default().to_string();
    let paragraph = brief.paragraph_of(item).and_then(|id| brief.paragraph(id));
    let Some(paragraph) = paragraph else {
        return vec![
            Line::styled("Quote:", theme.muted),
            Line::styled(format!("“{quote}”"), theme.quote),
        ];
    };
    let where_ = paragraph
        .section
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let mut lines = vec![Line::styled(
        format!(
            "In paragraph {}{where_}, the quote highlighted:",
            paragraph.id
        ),
        theme.muted,
    )];
    let text = &paragraph.text;
    match text.find(&quote) {
        Some(start) if !quote.is_empty() => {
            let end = start + quote.len();
            lines.push(Line::from(vec![
                Span::raw(text[..start].to_string()),
                Span::styled(text[start..end].to_string(), theme.quote),
                Span::raw(text[end..].to_string()),
            ]));
        }
        _ => {
            lines.push(Line::raw(text.clone()));
            lines.push(Line::raw(""));
            lines.push(Line::styled(format!("“{quote}”"), theme.quote));
        }
    }
    lines
}

/// The most the detail text can scroll: its wrapped length less what fits.
pub fn max_scroll(app: &App, item: ItemRef) -> u16 {
    let (text_area, _) = split_detail(ui::areas(Rect::new(0, 0, app.size.0, app.size.1)).body);
    let inner = block(app, "", false).inner(text_area);
    let total: usize = detail_lines(app, item)
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            ui::wrap(&text, usize::from(inner.width)).len()
        })
        .sum();
    u16::try_from(total.saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX)
}

/// Rows the detail text shows at once.
pub fn text_height(app: &App) -> u16 {
    let (text_area, _) = split_detail(ui::areas(Rect::new(0, 0, app.size.0, app.size.1)).body);
    block(app, "", false).inner(text_area).height
}
