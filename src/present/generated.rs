//! The deck a brief gets when it names none of its own.

use std::collections::HashSet;

use super::bullets::bullets;
use super::{BULLETS_PER_SLIDE, FIGURES_PER_SLIDE};
use crate::brief::deck::{DeckSpec, SlideKind, SlideSpec};
use crate::brief::{Brief, Figure};

/// The deck a brief gets when it names none: title, one key point a paragraph, timeline,
/// numbers, a chart a series, positions, one slide a theme, closing.
pub fn generated_spec(brief: &Brief) -> DeckSpec {
    let mut slides = vec![SlideSpec::new(SlideKind::Title)];
    for paragraph in &brief.summary {
        slides.push(SlideSpec {
            paragraph: Some(paragraph.id.clone()),
            ..SlideSpec::new(SlideKind::Point)
        });
    }
    if !brief.timeline.is_empty() {
        slides.push(SlideSpec::new(SlideKind::Timeline));
    }
    let single: Vec<&Figure> = brief
        .figures
        .iter()
        .filter(|figure| figure.series.is_none())
        .collect();
    for chunk in single.chunks(FIGURES_PER_SLIDE) {
        slides.push(SlideSpec {
            items: chunk.iter().map(|figure| figure.id.clone()).collect(),
            ..SlideSpec::new(SlideKind::Figures)
        });
    }
    let mut series_seen = HashSet::new();
    for series in brief.figures.iter().filter_map(|f| f.series.as_ref()) {
        if series_seen.insert(series) {
            slides.push(SlideSpec {
                series: Some(series.clone()),
                ..SlideSpec::new(SlideKind::Chart)
            });
        }
    }
    if !brief.positions.is_empty() {
        slides.push(SlideSpec::new(SlideKind::Positions));
    }
    for theme in &brief.themes {
        let items = brief.items_of_theme(&theme.id);
        let shown = bullets(brief, items.iter().copied()).len();
        if shown == 0 {
            continue;
        }
        if shown <= BULLETS_PER_SLIDE {
            slides.push(SlideSpec {
                theme: Some(theme.id.clone()),
                ..SlideSpec::new(SlideKind::Theme)
            });
            continue;
        }
        // A theme too big for one slide is shared out evenly over several.
        let parts = shown.div_ceil(BULLETS_PER_SLIDE);
        let per_part = items.len().div_ceil(parts);
        for (part, chunk) in items.chunks(per_part).enumerate() {
            slides.push(SlideSpec {
                title: Some(format!("{} ({} of {parts})", theme.name, part + 1)),
                items: chunk
                    .iter()
                    .filter_map(|item| brief.id_of(*item).map(str::to_string))
                    .collect(),
                ..SlideSpec::new(SlideKind::Items)
            });
        }
    }
    slides.push(SlideSpec::new(SlideKind::Closing));
    DeckSpec { slides }
}
