//! The text of an item's detail: its full text, its quote inside its paragraph, its date or
//! value, actors and themes.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::brief::{Actor, Brief, ItemRef, Section};
use crate::search::{Field, Hit};
use crate::theme::Theme;

fn labelled(_app: &App, theme: &Theme, label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:<8}"), theme.label),
        Span::raw(value),
    ])
}

/// Everything the detail says about an item, before wrapping; when it is the search result
/// being shown, as `hit_lines` draws it.
pub fn detail_lines(app: &App, theme: &Theme, item: ItemRef) -> Vec<Line<'static>> {
    match app.shown_hit().filter(|hit| hit.item == item) {
        Some(hit) => hit_lines(app, theme, hit),
        None => item_lines(app, theme, item, None),
    }
}

/// An item's detail as a search result shows it (opened, or in the preview): the matched
/// characters in `theme.matched`, as the results list has them. When the hit matched only
/// through another name of an actor the item involves (`Field::Alias`: `beijing` finding an
/// event about China), the detail prints no such word, so a "Matched" line under the title
/// says why ("Beijing, another name for China", the alias highlighted) and the actor's name
/// is highlighted in the Actors line.
pub fn hit_lines(app: &App, theme: &Theme, hit: &Hit) -> Vec<Line<'static>> {
    let through = alias_owner(&app.brief, hit);
    let mut lines = item_lines(app, theme, hit.item, through.map(|actor| actor.id.as_str()));
    if let Some(actor) = through {
        let why = labelled(
            app,
            theme,
            "Matched",
            format!("{}, another name for {}", hit.text, actor.name),
        );
        lines.insert(1.min(lines.len()), why);
    }
    super::highlight_hit(&mut lines, hit, theme.matched);
    lines
}

/// The actor whose other name the hit matched, when the item is not that actor itself (an
/// actor's detail lists its aliases, where the match is highlighted as it is).
fn alias_owner<'a>(brief: &'a Brief, hit: &Hit) -> Option<&'a Actor> {
    if hit.field != Field::Alias || hit.item.section == Section::Actors {
        return None;
    }
    brief
        .actors_of(hit.item)
        .iter()
        .filter_map(|id| brief.actor(id))
        .find(|actor| actor.aliases.contains(&hit.text))
}

fn item_lines(
    app: &App,
    theme: &Theme,
    item: ItemRef,
    matched_actor: Option<&str>,
) -> Vec<Line<'static>> {
    let brief = &app.brief;
    let mut lines = match item.section {
        Section::Timeline => event_lines(app, theme, item.index),
        Section::Figures => figure_lines(app, theme, item.index),
        Section::Positions => position_lines(app, theme, item.index),
        Section::Summary => return paragraph_lines(app, theme, item.index),
        Section::Actors => return actor_lines(app, theme, item.index),
        Section::Themes => return theme_lines(app, theme, item.index),
    };
    let actors = brief.actors_of(item);
    if !actors.is_empty() {
        let mut spans = vec![Span::styled(format!("{:<8}", "Actors"), theme.label)];
        for (n, id) in actors.iter().enumerate() {
            if n > 0 {
                spans.push(Span::raw(", "));
            }
            let style = if matched_actor == Some(id.as_str()) {
                theme.matched
            } else {
                Style::new()
            };
            spans.push(Span::styled(brief.actor_name(id).to_string(), style));
        }
        lines.push(Line::from(spans));
    }
    let themes = brief.themes_of(item);
    if !themes.is_empty() {
        let names: Vec<&str> = themes.iter().map(|id| brief.theme_name(id)).collect();
        lines.push(labelled(app, theme, "Themes", names.join(", ")));
    }
    lines.push(Line::raw(""));
    lines.extend(quote_in_paragraph(app, theme, item));
    lines
}

fn event_lines(app: &App, theme: &Theme, index: usize) -> Vec<Line<'static>> {
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

fn figure_lines(app: &App, theme: &Theme, index: usize) -> Vec<Line<'static>> {
    let Some(figure) = app.brief.figures.get(index) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::styled(figure.label.clone(), theme.title),
        labelled(app, theme, "Value", figure.display_value()),
    ];
    if let Some(period) = &figure.period {
        lines.push(labelled(app, theme, "Period", period.long()));
    }
    if let Some(detail) = &figure.detail {
        lines.push(Line::raw(""));
        lines.push(Line::raw(detail.clone()));
    }
    if let Some(series) = &figure.series {
        lines.push(Line::raw(""));
        lines.extend(super::series_chart(app, theme, series, Some(figure), 50));
    }
    lines.push(Line::raw(""));
    lines
}

fn position_lines(app: &App, theme: &Theme, index: usize) -> Vec<Line<'static>> {
    let Some(position) = app.brief.positions.get(index) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::styled(position.summary.clone(), theme.title),
        labelled(app, theme, "Issue", position.issue.clone()),
        labelled(app, theme, "Stance", position.stance.verb().to_string()),
    ];
    if let Some(stated_by) = &position.stated_by {
        let name = app.brief.actor_name(stated_by).to_string();
        lines.push(labelled(app, theme, "Stated by", name));
    }
    lines.push(Line::raw(""));
    lines
}

fn paragraph_lines(app: &App, theme: &Theme, index: usize) -> Vec<Line<'static>> {
    let Some(paragraph) = app.brief.summary.get(index) else {
        return Vec::new();
    };
    let heading = paragraph.section.clone().unwrap_or_default();
    let items = app.links.in_paragraph(index);
    let counts = super::counts_of(items);
    let drawn = if counts.is_empty() {
        "No events, figures or positions are drawn from it.".to_string()
    } else {
        let verb = if items.len() == 1 { "is" } else { "are" };
        format!("{counts} {verb} drawn from it; see Related.")
    };
    vec![
        Line::styled(
            format!("Paragraph {} · {heading}", paragraph.id),
            theme.title,
        ),
        Line::raw(""),
        Line::raw(paragraph.text.clone()),
        Line::raw(""),
        Line::styled(drawn, theme.muted),
    ]
}

fn actor_lines(app: &App, theme: &Theme, index: usize) -> Vec<Line<'static>> {
    let brief = &app.brief;
    let Some(actor) = brief.actors.get(index) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::styled(actor.name.clone(), theme.title),
        labelled(app, theme, "Kind", actor.kind.name().to_string()),
    ];
    if let Some(role) = &actor.role {
        lines.push(labelled(app, theme, "Role", role.clone()));
    }
    if let Some(affiliation) = &actor.affiliation {
        lines.push(labelled(
            app,
            theme,
            "Of",
            brief.actor_name(affiliation).to_string(),
        ));
    }
    if !actor.aliases.is_empty() {
        lines.push(labelled(app, theme, "Aliases", actor.aliases.join(", ")));
    }
    let (events, figures, positions) = app.links.actor_counts(index);
    lines.push(Line::raw(""));
    let counts = super::item_counts(events, figures, positions);
    lines.push(Line::raw(if counts.is_empty() {
        "No event, figure or position names it.".to_string()
    } else {
        format!("Named in {counts}, all listed under Related.")
    }));
    lines
}

fn theme_lines(app: &App, theme: &Theme, index: usize) -> Vec<Line<'static>> {
    let brief = &app.brief;
    let Some(subject) = brief.themes.get(index) else {
        return Vec::new();
    };
    let items = brief.items_of_theme(&subject.id);
    let counts = super::counts_of(&items);
    let carried = if counts.is_empty() {
        "No event, figure or position carries it.".to_string()
    } else {
        let verb = if items.len() == 1 { "carries" } else { "carry" };
        format!("{counts} {verb} it, all listed under Related.")
    };
    vec![
        Line::styled(subject.name.clone(), theme.title),
        labelled(app, theme, "Theme", subject.id.clone()),
        Line::raw(""),
        Line::raw(carried),
    ]
}

/// The item's paragraph with its quote highlighted, or the bare quote when it has none.
fn quote_in_paragraph(app: &App, theme: &Theme, item: ItemRef) -> Vec<Line<'static>> {
    let brief = &app.brief;
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
