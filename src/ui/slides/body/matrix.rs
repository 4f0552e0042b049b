//! The positions slide: actors across, issues down, a stance word in each cell.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::layout::columns::{Column, IssueWidths, Limits, actor_heading, issue_lines, plan};
use crate::layout::stances::{cell_text, full_width, least_width, legend};
use crate::present::{Heading, MatrixRow};
use crate::theme::SlideTheme;

use crate::ui::slides::text::{pad, truncate};

/// A slide has the rows for names over three lines; "+2▶" marks columns left off.
const LIMITS: Limits = Limits {
    heading_rows: 3,
    sign: 4,
    issue_tenths: 0,
};

/// The plan's view of each actor column: names and the widths of its stance cells.
fn columns<'a>(actors: &'a [Heading], rows: &[MatrixRow]) -> Vec<Column<'a>> {
    actors
        .iter()
        .enumerate()
        .map(|(index, actor)| {
            let cells = || rows.iter().filter_map(|row| row.cells.get(index));
            Column {
                name: &actor.name,
                short: &actor.short,
                least: cells().map(|cell| least_width(cell)).max().unwrap_or(0),
                full: cells().map(|cell| full_width(cell)).max().unwrap_or(0),
            }
        })
        .collect()
}

/// Issues down, actors across; a cell names the stance. Widths are given by priority (see
/// `plan`); issue names too long for their column wrap onto a second row when the slide has
/// the rows; what still does not fit is cut with a visible sign.
pub(super) fn render_matrix(
    actors: &[Heading],
    rows: &[MatrixRow],
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    let full = usize::from(area.width);
    let columns = columns(actors, rows);
    let issues: Vec<&str> = rows.iter().map(|row| row.issue.as_str()).collect();
    let plan = plan(
        &columns,
        0,
        IssueWidths::of(issues.iter().copied()),
        full,
        LIMITS,
    );
    let shown = plan.columns.len();
    let hidden = actors.len() - shown;
    let headings: Vec<Vec<String>> = columns
        .iter()
        .zip(&plan.columns)
        .map(|(actor, &cells)| actor_heading(actor, cells, LIMITS.heading_rows))
        .collect();
    let header_rows = headings.iter().map(Vec::len).max().unwrap_or(1);
    let mut lines: Vec<Line> = Vec::new();
    for header_row in 0..header_rows {
        let mut spans = vec![Span::raw(" ".repeat(plan.issue_width + 1))];
        for (heading, &cells) in headings.iter().zip(&plan.columns) {
            // Bottom-align names so one-line names sit on the row above the cells.
            let offset = header_rows - heading.len();
            let text = header_row
                .checked_sub(offset)
                .and_then(|row| heading.get(row))
                .map_or("", String::as_str);
            spans.push(Span::styled(pad(text, cells + 1), theme.heading));
        }
        if hidden > 0 && header_row == header_rows - 1 {
            spans.push(Span::styled(format!("+{hidden}▶"), theme.more));
        }
        lines.push(Line::from(spans));
    }
    let table_width = plan.issue_width + 1 + plan.columns.iter().map(|c| c + 1).sum::<usize>();
    lines.push(Line::styled(
        "─".repeat(table_width.min(full)),
        theme.border,
    ));
    let legend = legend(rows.iter().flat_map(|row| {
        row.cells
            .iter()
            .map(Vec::as_slice)
            .zip(plan.columns.iter().copied())
    }));
    let legend_rows = usize::from(!legend.is_empty());
    let body_rows = usize::from(area.height).saturating_sub(lines.len() + legend_rows);
    let issues = issue_lines(&issues, plan.issue_width, body_rows);
    let needed: usize = issues.iter().map(Vec::len).sum();
    let spacing = usize::from(needed + rows.len().saturating_sub(1) <= body_rows);
    let mut used = 0;
    let mut visible = 0;
    for (index, issue) in issues.iter().enumerate() {
        let gap = if index > 0 { spacing } else { 0 };
        let last = index + 1 == rows.len();
        // Keep a row for the "more" sign unless this is the last issue.
        if used + gap + issue.len() + usize::from(!last) > body_rows {
            break;
        }
        used += gap + issue.len();
        visible += 1;
    }
    for (index, (row, issue)) in rows.iter().zip(&issues).take(visible).enumerate() {
        if index > 0 && spacing > 0 {
            lines.push(Line::default());
        }
        for (line_index, name) in issue.iter().enumerate() {
            let mut spans = vec![Span::styled(
                format!("{} ", pad(name, plan.issue_width)),
                theme.text,
            )];
            if line_index == 0 {
                spans.extend(row.cells.iter().zip(&plan.columns).map(|(cell, &cells)| {
                    let text = cell_text(cell, cells).0;
                    let style = cell
                        .first()
                        .map_or(theme.muted, |stance| theme.stance(*stance));
                    let text = if text.is_empty() {
                        "·".to_string()
                    } else {
                        text
                    };
                    Span::styled(pad(&text, cells + 1), style)
                }));
            }
            lines.push(Line::from(spans));
        }
    }
    if visible < rows.len() {
        lines.push(Line::styled(
            format!("▼ {} more issues", rows.len() - visible),
            theme.more,
        ));
    }
    if !legend.is_empty() {
        lines.push(Line::styled(truncate(&legend, full), theme.muted));
    }
    Paragraph::new(lines).render(area, buf);
}
