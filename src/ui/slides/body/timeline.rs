//! The timeline slide: dated events along an axis, undated ones listed after.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::present::Mark;
use crate::theme::SlideTheme;

use crate::ui::slides::text::{pad_left, render_groups, truncate, width, wrap};

/// A vertical axis: dates on the left, a dot per event (hollow when the date is inexact),
/// titles on the right. Undated events beside or below.
#[allow(clippy::too_many_lines)]
pub(super) fn render_timeline(
    dated: &[Mark],
    undated: &[Mark],
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    let side_by_side = area.width >= 110 && !undated.is_empty();
    let (axis_area, undated_area) = if side_by_side {
        let [axis, _, rest] = Layout::horizontal([
            Constraint::Percentage(58),
            Constraint::Length(3),
            Constraint::Fill(1),
        ])
        .areas(area);
        (axis, rest)
    } else {
        let undated_rows = if undated.is_empty() {
            0
        } else {
            undated.len() as u16 + 2
        };
        let axis_rows = area.height.saturating_sub(undated_rows).max(3);
        let [axis, rest] =
            Layout::vertical([Constraint::Length(axis_rows), Constraint::Fill(1)]).areas(area);
        (axis, rest)
    };
    let date_width = dated
        .iter()
        .map(|mark| width(&mark.date))
        .max()
        .unwrap_or(0);
    let title_width = usize::from(axis_area.width).saturating_sub(date_width + 5);
    let spare = usize::from(axis_area.height).saturating_sub(dated.len() + 1);
    let spacing = if dated.is_empty() {
        0
    } else {
        (spare / dated.len()).min(3)
    };
    let mut lines: Vec<Line> = Vec::new();
    let axis_only = |lines: &mut Vec<Line>| {
        lines.push(Line::from(vec![
            Span::raw(" ".repeat(date_width + 1)),
            Span::styled("│", theme.axis),
        ]));
    };
    for (index, mark) in dated.iter().enumerate() {
        if index > 0 {
            for _ in 0..spacing {
                axis_only(&mut lines);
            }
        }
        let dot = if mark.inexact { "○" } else { "●" };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", pad_left(&mark.date, date_width)), theme.lead),
            Span::styled(dot, theme.mark),
            Span::styled("─ ", theme.axis),
            Span::styled(truncate(&mark.title, title_width), theme.text),
        ]));
    }
    if !dated.is_empty() {
        lines.push(Line::from(vec![
            Span::raw(" ".repeat(date_width + 1)),
            Span::styled("▼", theme.axis),
        ]));
    }
    let shown = lines.len().min(usize::from(axis_area.height));
    if shown < lines.len() && shown > 0 {
        lines.truncate(shown - 1);
        lines.push(Line::styled("▼ more", theme.more));
    }
    let axis_used = lines.len() as u16;
    Paragraph::new(lines).render(axis_area, buf);
    if undated.is_empty() {
        return;
    }
    let undated_area = if side_by_side {
        undated_area
    } else {
        // Right under the axis, one row apart.
        let top = axis_area.y + axis_used + 1;
        Rect {
            y: top.min(area.bottom()),
            height: area.bottom().saturating_sub(top),
            ..area
        }
    };
    let mut groups = vec![vec![Line::styled("No date in the text", theme.heading)]];
    let item_width = usize::from(undated_area.width).saturating_sub(2);
    groups.extend(undated.iter().map(|mark| {
        let lines = if side_by_side {
            wrap(&mark.title, item_width)
        } else {
            vec![truncate(&mark.title, item_width)]
        };
        lines
            .into_iter()
            .enumerate()
            .map(|(row, line)| {
                let marker = if row == 0 { "○ " } else { "  " };
                Line::from(vec![
                    Span::styled(marker, theme.mark),
                    Span::styled(line, theme.text),
                ])
            })
            .collect()
    }));
    let (lines, _) = render_groups(groups, 0, theme, undated_area, Alignment::Left);
    Paragraph::new(lines).render(undated_area, buf);
}
