//! One slide of each kind built from its spec: the title, a key point, the timeline, the
//! numbers, a chart, the positions matrix, a theme's items and the closing.

use super::bullets::{bullets, headline, list_after, list_label, sources};
use super::{Bar, Body, Bullet, Card, Heading, Mark, MatrixRow, Slide};
use crate::brief::deck::{SlideKind, SlideSpec};
use crate::brief::{Brief, BriefDate, Figure, ItemRef, Scale, Section, Stance};

#[allow(clippy::too_many_lines)]
pub(super) fn build_slide(
    brief: &Brief,
    spec: &SlideSpec,
    (point, points): (usize, usize),
) -> Slide {
    let chosen = |section: Section, len: usize| -> Vec<ItemRef> {
        if spec.items.is_empty() {
            (0..len).map(|index| ItemRef { section, index }).collect()
        } else {
            spec.items.iter().filter_map(|id| brief.find(id)).collect()
        }
    };
    let (default_title, body, items) = match spec.kind {
        SlideKind::Title => (
            brief.meta.title.clone(),
            title_body(brief, spec.title.as_deref()),
            Vec::new(),
        ),
        SlideKind::Point => {
            let paragraph = spec.paragraph.as_deref().and_then(|id| brief.find(id));
            let text = paragraph
                .and_then(|item| brief.quote_of(item))
                .unwrap_or_default();
            let mut items: Vec<ItemRef> = paragraph.into_iter().collect();
            if let Some(id) = spec.paragraph.as_deref() {
                items.extend(brief.items_in_paragraph(id));
            }
            // A paragraph introducing a list ("… include") shows the list's labels; the
            // list's own paragraphs then follow as slides of their own.
            let list = paragraph
                .map(|item| list_after(brief, item.index))
                .unwrap_or_default();
            let bullets = if list.is_empty() {
                bullets(brief, items.iter().skip(1).copied())
            } else {
                list.iter()
                    .map(|text| Bullet {
                        lead: None,
                        text: list_label(text),
                    })
                    .collect()
            };
            let body = Body::Point {
                headline: headline(text),
                bullets,
            };
            (format!("Key point {point} of {points}"), body, items)
        }
        SlideKind::Timeline => {
            let items = chosen(Section::Timeline, brief.timeline.len());
            ("Timeline".to_string(), timeline_body(brief, &items), items)
        }
        SlideKind::Figures => {
            let items = chosen(Section::Figures, brief.figures.len());
            let cards = items
                .iter()
                .filter_map(|item| brief.figures.get(item.index))
                .map(card)
                .collect();
            ("The numbers".to_string(), Body::Figures { cards }, items)
        }
        SlideKind::Chart => {
            let series = spec.series.clone().unwrap_or_default();
            let items: Vec<ItemRef> = brief
                .figures
                .iter()
                .enumerate()
                .filter(|(_, figure)| figure.series.as_ref() == Some(&series))
                .map(|(index, _)| ItemRef {
                    section: Section::Figures,
                    index,
                })
                .collect();
            (series, chart_body(brief, &items), items)
        }
        SlideKind::Positions => {
            let items = chosen(Section::Positions, brief.positions.len());
            (
                "Who stands where".to_string(),
                matrix_body(brief, &items),
                items,
            )
        }
        SlideKind::Theme => {
            let theme = spec.theme.clone().unwrap_or_default();
            let items = brief.items_of_theme(&theme);
            let body = Body::Bullets {
                bullets: bullets(brief, items.iter().copied()),
            };
            (brief.theme_name(&theme).to_string(), body, items)
        }
        SlideKind::Items => {
            let items: Vec<ItemRef> = spec.items.iter().filter_map(|id| brief.find(id)).collect();
            let mut lines: Vec<Bullet> = spec
                .bullets
                .iter()
                .map(|text| Bullet {
                    lead: None,
                    text: text.clone(),
                })
                .collect();
            lines.extend(bullets(brief, items.iter().copied()));
            (
                "Key items".to_string(),
                Body::Bullets { bullets: lines },
                items,
            )
        }
        SlideKind::Closing => (
            "Source".to_string(),
            Body::Closing {
                citation: brief.citation(),
                hint: "Explore the brief: briefing  ·  find an item: briefing search WORDS"
                    .to_string(),
            },
            Vec::new(),
        ),
    };
    Slide {
        kind: spec.kind,
        title: spec.title.clone().unwrap_or(default_title),
        body,
        sources: sources(brief, &items),
        items,
        notes: spec.notes.clone(),
    }
}

/// The title slide: the deck's own `title` when it gives one, with the brief's full title
/// beneath it (so the source stays on screen); else the brief's title and subtitle.
fn title_body(brief: &Brief, deck_title: Option<&str>) -> Body {
    let meta = &brief.meta;
    let series = match (&meta.series, &meta.number) {
        (Some(series), Some(number)) => Some(format!("{series} No. {number}")),
        (Some(series), None) => Some(series.clone()),
        (None, Some(number)) => Some(format!("No. {number}")),
        (None, None) => None,
    };
    let full_title = match &meta.subtitle {
        Some(subtitle) => format!("{}: {subtitle}", meta.title),
        None => meta.title.clone(),
    };
    let (title, subtitle) = match deck_title {
        Some(own) => (own.to_string(), Some(full_title)),
        None => (meta.title.clone(), meta.subtitle.clone()),
    };
    Body::Title {
        title,
        subtitle,
        byline: crate::brief::join_names(&meta.authors),
        series,
        date: meta.published.long(),
    }
}

fn timeline_body(brief: &Brief, items: &[ItemRef]) -> Body {
    let (mut dated, mut undated) = (Vec::new(), Vec::new());
    for event in items
        .iter()
        .filter_map(|item| brief.timeline.get(item.index))
    {
        let mark = Mark {
            date: event.date.short(),
            title: event.title.clone(),
            inexact: event.date.is_inexact(),
        };
        if event.date == BriefDate::Undated {
            undated.push(mark);
        } else {
            dated.push(mark);
        }
    }
    Body::Timeline { dated, undated }
}

fn card(figure: &Figure) -> Card {
    Card {
        big: compact_value(figure),
        value: figure.display_value(),
        label: figure.label.clone(),
        when: figure.period.as_ref().map(BriefDate::long),
    }
}

/// A figure short enough for block letters: "$33.4bn", "~2%", "2".
pub fn compact_value(figure: &Figure) -> String {
    let number = crate::brief::format_number(figure.value);
    // The hedge in one sign; the words stay on the line under the number.
    let about = match (figure.hedge.as_deref(), figure.approximate) {
        (Some(hedge), _) => {
            let hedge = hedge.to_lowercase();
            if ["more", "over", "above", "at least", "exceed"]
                .iter()
                .any(|word| hedge.contains(word))
            {
                ">"
            } else if ["up to", "less", "under", "below", "at most"]
                .iter()
                .any(|word| hedge.contains(word))
            {
                "<"
            } else {
                "~"
            }
        }
        (None, true) => "~",
        (None, false) => "",
    };
    let scale = match figure.scale {
        Some(Scale::Thousand) => "k",
        Some(Scale::Million) => "m",
        Some(Scale::Billion) => "bn",
        Some(Scale::Trillion) => "tn",
        None => "",
    };
    match figure.unit.as_str() {
        "USD" => format!("{about}${number}{scale}"),
        "percent" => format!("{about}{number}%"),
        _ => format!("{about}{number}{scale}"),
    }
}

fn chart_body(brief: &Brief, items: &[ItemRef]) -> Body {
    let figures: Vec<&Figure> = items
        .iter()
        .filter_map(|item| brief.figures.get(item.index))
        .collect();
    let bars: Vec<Bar> = figures
        .iter()
        .map(|figure| Bar {
            label: figure
                .period
                .as_ref()
                .map_or_else(|| figure.label.clone(), BriefDate::short),
            value: figure.absolute_value(),
            text: figure.display_value(),
        })
        .collect();
    let caption = match (figures.first(), figures.last()) {
        (Some(first), Some(last))
            if figures.len() > 1 && first.unit == last.unit && first.absolute_value() > 0.0 =>
        {
            let when = |figure: &Figure| {
                figure
                    .period
                    .as_ref()
                    .map(|period| format!(" ({})", period.short()))
                    .unwrap_or_default()
            };
            let ratio = last.absolute_value() / first.absolute_value();
            Some(format!(
                "{}{} to {}{}: {} times as much (computed)",
                first.display_value(),
                when(first),
                last.display_value(),
                when(last),
                format_ratio(ratio)
            ))
        }
        _ => None,
    };
    Body::Chart { bars, caption }
}

fn format_ratio(ratio: f64) -> String {
    crate::brief::format_number((ratio * 10.0).round() / 10.0)
}

fn matrix_body(brief: &Brief, items: &[ItemRef]) -> Body {
    let positions: Vec<_> = items
        .iter()
        .filter_map(|item| brief.positions.get(item.index))
        .collect();
    let mut actor_ids: Vec<&str> = Vec::new();
    let mut issues: Vec<&str> = Vec::new();
    for position in &positions {
        for actor in &position.actors {
            if !actor_ids.contains(&actor.as_str()) {
                actor_ids.push(actor);
            }
        }
        if !issues.contains(&position.issue.as_str()) {
            issues.push(&position.issue);
        }
    }
    let actors = actor_ids
        .iter()
        .map(|id| {
            let name = brief.actor_name(id).to_string();
            let short = brief.actor_short_name(id).to_string();
            Heading { name, short }
        })
        .collect();
    let rows = issues
        .iter()
        .map(|issue| MatrixRow {
            issue: (*issue).to_string(),
            cells: actor_ids
                .iter()
                .map(|actor| {
                    let mut stances: Vec<Stance> = positions
                        .iter()
                        .filter(|p| p.issue == *issue && p.actors.iter().any(|a| a == actor))
                        .map(|p| p.stance)
                        .collect();
                    stances.dedup();
                    stances
                })
                .collect(),
        })
        .collect();
    Body::Matrix { actors, rows }
}
