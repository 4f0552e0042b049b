//! The positions slide: actors across, issues down, a stance word in each cell.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::brief::Stance;
use crate::present::{Heading, MatrixRow};
use crate::theme::SlideTheme;

use crate::ui::slides::text::{pad, truncate, width};

mod columns;

use columns::{actor_heading, issue_lines, plan};

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
    let plan = plan(actors, rows, full);
    let shown = plan.columns.len();
    let hidden = actors.len() - shown;
    let headings: Vec<Vec<String>> = actors
        .iter()
        .zip(&plan.columns)
        .map(|(actor, &cells)| actor_heading(actor, cells))
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
    let legend = stance_legend(rows, &plan.columns);
    let legend_rows = usize::from(!legend.is_empty());
    let body_rows = usize::from(area.height).saturating_sub(lines.len() + legend_rows);
    let issues = issue_lines(rows, plan.issue_width, body_rows);
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

/// A cell's stances in `cell_width` cells, whole words only: the verbs ("acts/seeks"),
/// else their short forms ("acts/seek"), else the first and a count ("acts+1"). Returns the
/// text and whether short forms were used (for the legend).
pub(super) fn cell_text(cell: &[Stance], cell_width: usize) -> (String, bool) {
    let verbs: Vec<&str> = cell.iter().map(|stance| stance.verb()).collect();
    let joined = verbs.join("/");
    if width(&joined) <= cell_width {
        return (joined, false);
    }
    let short: Vec<&str> = cell.iter().map(|stance| stance_word(*stance)).collect();
    let joined = short.join("/");
    if width(&joined) <= cell_width {
        return (joined, true);
    }
    let first = short.first().copied().unwrap_or_default();
    (format!("{first}+{}", cell.len().saturating_sub(1)), true)
}

/// "prop proposes · opp opposes": what each shortened stance in the shown columns (of the
/// widths given) stands for, in the order first met; empty when nothing was shortened.
fn stance_legend(rows: &[MatrixRow], columns: &[usize]) -> String {
    let mut seen: Vec<Stance> = Vec::new();
    for row in rows {
        for (cell, &cells) in row.cells.iter().zip(columns) {
            let (text, short) = cell_text(cell, cells);
            if !short {
                continue;
            }
            // With "acts+1" only the first stance is on screen.
            let on_screen = if text.contains('+') {
                &cell[..1]
            } else {
                &cell[..]
            };
            for stance in on_screen {
                if stance_word(*stance) != stance.verb() && !seen.contains(stance) {
                    seen.push(*stance);
                }
            }
        }
    }
    seen.iter()
        .map(|stance| format!("{} {}", stance_word(*stance), stance.verb()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The stance's short form, for narrow columns.
pub(super) fn stance_word(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "supp",
        Stance::Opposes => "opp",
        Stance::Seeks => "seek",
        Stance::Proposes => "prop",
        Stance::Rejects => "rej",
        Stance::Warns => "warn",
        Stance::Agrees => "agr",
        Stance::Assesses => "asmt",
        Stance::Acts => "acts",
    }
}
