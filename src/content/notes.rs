//! The speaker notes of a slide as lines: what the notes panel draws and what `layout`
//! measures to know how far they scroll.

use ratatui::text::{Line, Span};

use crate::layout::{truncate, wrap};
use crate::present::Slide;
use crate::theme::SlideTheme;

/// A slide's speaker notes as groups of lines `width` cells wide: the presenter's own
/// notes, then each item behind the slide with its quote; one group per note.
pub fn notes_lines(slide: &Slide, theme: &SlideTheme, width: usize) -> Vec<Vec<Line<'static>>> {
    let mut groups = Vec::new();
    if let Some(notes) = &slide.notes {
        groups.push(
            wrap(notes, width)
                .into_iter()
                .map(|line| Line::styled(line, theme.text))
                .collect(),
        );
    }
    let mut seen = std::collections::HashSet::new();
    for source in &slide.sources {
        if !seen.insert(source.quote.as_str()) {
            continue;
        }
        let mut group = vec![Line::from(vec![Span::styled(
            truncate(&source.title, width),
            theme.heading,
        )])];
        group.extend(
            wrap(
                &format!("“{}” ({})", source.quote, source.id),
                width.saturating_sub(2),
            )
            .into_iter()
            .map(|line| Line::styled(format!("  {line}"), theme.muted)),
        );
        groups.push(group);
    }
    if groups.is_empty() {
        groups.push(
            wrap("No items stand behind this slide.", width)
                .into_iter()
                .map(|line| Line::styled(line, theme.muted))
                .collect(),
        );
    }
    groups
}

/// Rows the notes take at `width`, with a blank row between groups, as the panel lays them
/// out.
pub fn notes_rows(slide: &Slide, width: usize) -> usize {
    let groups = notes_lines(slide, &SlideTheme::plain(), width);
    groups.iter().map(Vec::len).sum::<usize>() + groups.len().saturating_sub(1)
}
