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
    let theme = &app.theme;
    let mut lines = Vec::new();
    let names = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| brief.actor_name(id).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let themes = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| brief.theme_name(id).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match item.section {
        Section::Timeline => {
            if let Some(event) = brief.timeline.get(item.index) {
                lines.push(Line::styled(event.title.clone(), theme.title));
                let style = if event.date.is_inexact() {
                    theme.inexact
                } else {
                    Style::new()
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("{:<8}", "Date"), theme.label),
                    Span::styled(event.date.long(), style),
                ]));
                if let Some(note) = &event.date_note {
                    lines.push(Line::styled(format!("        {note}"), theme.inexact));
                }
                lines.push(Line::raw(""));
                lines.push(Line::raw(event.detail.clone()));
                lines.push(Line::raw(""));
            }
        }
        Section::Figures => {
            if let Some(figure) = brief.figures.get(item.index) {
                lines.push(Line::styled(figure.label.clone(), theme.title));
                lines.push(labelled(app, "Value", figure.display_value()));
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
            }
        }
        Section::Positions => {
            if let Some(position) = brief.positions.get(item.index) {
                lines.push(Line::styled(position.summary.clone(), theme.title));
                lines.push(labelled(app, "Issue", position.issue.clone()));
                lines.push(labelled(app, "Stance", position.stance.verb().to_string()));
                lines.push(Line::raw(""));
            }
        }
        Section::Summary => {
            if let Some(paragraph) = brief.summary.get(item.index) {
                let heading = paragraph.section.clone().unwrap_or_default();
                lines.push(Line::styled(
                    format!("Paragraph {} {heading}", paragraph.id),
                    theme.title,
                ));
                lines.push(Line::raw(""));
                lines.push(Line::raw(paragraph.text.clone()));
                lines.push(Line::raw(""));
                let count = brief.items_in_paragraph(&paragraph.id).len();
                lines.push(Line::styled(
                    format!("{count} events, figures and positions are drawn from it."),
                    theme.muted,
                ));
            }
            return lines;
        }
        Section::Actors => {
            if let Some(actor) = brief.actors.get(item.index) {
                lines.push(Line::styled(actor.name.clone(), theme.title));
                lines.push(labelled(app, "Kind", actor.kind.name().to_string()));
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
                lines.push(Line::raw(format!(
                    "Named in {events} events, {figures} figures and {positions} positions, all listed under Related."
                )));
            }
            return lines;
        }
        Section::Themes => return lines,
    }
    let actors = brief.actors_of(item);
    if !actors.is_empty() {
        lines.push(labelled(app, "Actors", names(actors)));
    }
    let item_themes = brief.themes_of(item);
    if !item_themes.is_empty() {
        lines.push(labelled(app, "Themes", themes(item_themes)));
    }
    lines.push(Line::raw(""));
    lines.extend(quote_in_paragraph(app, item));
    lines
}

/// The item's paragraph with its quote highlighted, or the bare quote when it has none.
fn quote_in_paragraph(app: &App, item: ItemRef) -> Vec<Line<'static>> {
    let brief = &app.brief;
    let theme = &app.theme;
    let quote = brief.quote_of(item).unwrap_or_default().to_string();
    let paragraph = brief.paragraph_of(item).and_then(|id| brief.paragraph(id));
    let mut lines = Vec::new();
    match paragraph {
        Some(paragraph) => {
            let where_ = paragraph
                .section
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            lines.push(Line::styled(
                format!(
                    "In paragraph {}{where_}, the quote highlighted:",
                    paragraph.id
                ),
                theme.muted,
            ));
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
        }
        None => {
            lines.push(Line::styled("Quote:", theme.muted));
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
