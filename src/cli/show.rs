//! `briefing show SECTION`: a whole section of a brief as aligned plain text.

use crate::brief::{Brief, BriefDate, Section, TimelineEvent, join_names};

use super::table::{Column, Group, grouped_table, table};
use super::text::{Style, Styled, hanging};

/// The section laid out to `width` columns; empty when the section has no items.
pub fn section_lines(brief: &Brief, section: Section, width: usize) -> Vec<Styled> {
    match section {
        Section::Summary => summary(brief, width),
        Section::Timeline => timeline(brief, width),
        Section::Figures => figures(brief, width),
        Section::Positions => positions(brief, width),
        Section::Actors => actors(brief, width),
        Section::Themes => themes(brief, width),
    }
}

/// How many items the section holds.
pub fn section_len(brief: &Brief, section: Section) -> usize {
    match section {
        Section::Summary => brief.summary.len(),
        Section::Timeline => brief.timeline.len(),
        Section::Figures => brief.figures.len(),
        Section::Positions => brief.positions.len(),
        Section::Actors => brief.actors.len(),
        Section::Themes => brief.themes.len(),
    }
}

/// Paragraphs under their headings, each led by its id.
fn summary(brief: &Brief, width: usize) -> Vec<Styled> {
    let id_width = brief
        .summary
        .iter()
        .map(|p| Styled::plain(&p.id).width())
        .max()
        .unwrap_or(0);
    // As in a table, ids take at most a third of the width; a longer one stands on a line
    // of its own above its paragraph.
    let label_width = (2 + id_width + 2).min((width / 3).max(12));
    let mut lines = Vec::new();
    let mut heading: Option<&str> = None;
    for (index, paragraph) in brief.summary.iter().enumerate() {
        if index > 0 {
            lines.push(Styled::new());
        }
        if paragraph.section.as_deref() != heading {
            heading = paragraph.section.as_deref();
            if let Some(text) = heading {
                lines.extend(Styled::with(text, Style::Heading).wrap_words(width));
            }
        }
        let mut label = Styled::plain("  ");
        label.push(&paragraph.id, Style::Id);
        if label.width() + 2 > label_width {
            lines.push(label.truncate(width));
            label = Styled::new();
        }
        lines.extend(hanging(
            &label,
            label_width,
            &Styled::plain(&paragraph.text),
            width,
        ));
    }
    lines
}

/// Events grouped by year, each with its date at the text's precision; the id and, for an
/// inexact date, the reason go on a dimmed line beneath the title.
fn timeline(brief: &Brief, width: usize) -> Vec<Styled> {
    let mut groups: Vec<Group> = Vec::new();
    let mut current: Option<Option<i32>> = None;
    for event in &brief.timeline {
        let year = event.date.year();
        if current != Some(year) {
            current = Some(year);
            let heading = year.map_or_else(|| "Undated".to_string(), |year| year.to_string());
            groups.push(Group {
                heading: Some(Styled::with(&heading, Style::Heading)),
                rows: Vec::new(),
            });
        }
        if let Some(group) = groups.last_mut() {
            group
                .rows
                .push(vec![Styled::plain(&event_date(event)), event_cell(event)]);
        }
    }
    grouped_table(
        &[Column::fixed(""), Column::wrapping("")],
        &groups,
        2,
        width,
    )
}

/// The date column: the date at its precision, with "~" when it is only approximately known.
fn event_date(event: &TimelineEvent) -> String {
    match &event.date {
        BriefDate::Undated => "undated".to_string(),
        date if date.is_inexact() => format!("~ {}", date.short()),
        date => date.short(),
    }
}

fn event_cell(event: &TimelineEvent) -> Styled {
    let mut cell = Styled::plain(&event.title);
    cell.push("\n", Style::Plain);
    cell.push(&event.id, Style::Id);
    if let Some(note) = &event.date_note {
        cell.push(&format!(" · date: {note}"), Style::Dim);
    }
    cell
}

/// A table of label, value and period, each label with its id indented beneath.
fn figures(brief: &Brief, width: usize) -> Vec<Styled> {
    let rows = brief
        .figures
        .iter()
        .map(|figure| {
            let mut label = Styled::plain(&figure.label);
            label.push("\n  ", Style::Plain);
            label.push(&figure.id, Style::Id);
            vec![
                label,
                Styled::plain(&figure.display_value()),
                Styled::plain(
                    &figure
                        .period
                        .as_ref()
                        .map_or_else(|| "—".to_string(), BriefDate::short),
                ),
            ]
        })
        .collect();
    table(
        &[
            Column::wrapping("figure"),
            Column::fixed("value"),
            Column::fixed("period"),
        ],
        rows,
        0,
        width,
    )
}

/// Positions grouped by issue: who, their stance, and the position with its id beneath.
fn positions(brief: &Brief, width: usize) -> Vec<Styled> {
    let mut groups: Vec<Group> = Vec::new();
    let mut issues: Vec<&str> = Vec::new();
    for position in &brief.positions {
        if !issues.contains(&position.issue.as_str()) {
            issues.push(&position.issue);
        }
    }
    for issue in issues {
        let rows = brief
            .positions
            .iter()
            .filter(|position| position.issue == issue)
            .map(|position| {
                let names: Vec<String> = position
                    .actors
                    .iter()
                    .map(|id| brief.actor_name(id).to_string())
                    .collect();
                let mut cell = Styled::plain(&position.summary);
                cell.push("\n", Style::Plain);
                cell.push(&position.id, Style::Id);
                vec![
                    Styled::plain(&join_names(&names)),
                    Styled::plain(position.stance.verb_for(position.actors.len())),
                    cell,
                ]
            })
            .collect();
        groups.push(Group {
            heading: Some(Styled::with(issue, Style::Heading)),
            rows,
        });
    }
    grouped_table(
        &[
            Column::wrapping_at_most("", 24),
            Column::fixed(""),
            Column::wrapping(""),
        ],
        &groups,
        2,
        width,
    )
}

/// Every actor with the number of events, figures and positions that name it.
fn actors(brief: &Brief, width: usize) -> Vec<Styled> {
    let rows = brief
        .actors
        .iter()
        .map(|actor| {
            let affiliation = actor
                .affiliation
                .as_deref()
                .map(|id| brief.actor_name(id).to_string());
            let about = match (&actor.role, affiliation) {
                (Some(role), Some(of)) => format!("{role}, {of}"),
                (Some(role), None) => role.clone(),
                (None, Some(of)) => of,
                (None, None) => String::new(),
            };
            vec![
                Styled::with(&actor.id, Style::Id),
                Styled::plain(&actor.name),
                Styled::plain(actor.kind.name()),
                Styled::plain(&brief.items_of_actor(&actor.id).len().to_string()),
                Styled::plain(&about),
            ]
        })
        .collect();
    table(
        &[
            Column::id("id"),
            Column::wrapping("name"),
            Column::fixed("kind"),
            Column::fixed("items"),
            Column::wrapping("role"),
        ],
        rows,
        0,
        width,
    )
}

fn themes(brief: &Brief, width: usize) -> Vec<Styled> {
    let rows = brief
        .themes
        .iter()
        .map(|theme| {
            vec![
                Styled::with(&theme.id, Style::Id),
                Styled::plain(&theme.name),
                Styled::plain(&brief.items_of_theme(&theme.id).len().to_string()),
            ]
        })
        .collect();
    table(
        &[
            Column::id("id"),
            Column::wrapping("name"),
            Column::fixed("items"),
        ],
        rows,
        0,
        width,
    )
}
