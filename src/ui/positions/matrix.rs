//! The "Who stands where" matrix of the positions pane: actor headings, issue rows and
//! stance cells drawn on the grid `layout::grid` computes, then the selected position.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::who;
use crate::app::{App, Pane};
use crate::layout::stances::{cell_parts, legend};
use crate::layout::{Grid, grid};
use crate::theme::Theme;
use crate::ui::{block, fit, truncate};

fn issues(count: usize) -> String {
    crate::ui::counted(count, "more issue", "more issues")
}

fn actors(count: usize) -> String {
    crate::ui::counted(count, "more actor", "more actors")
}

/// The matrix's title: how to move, or how many actor columns are hidden on which side.
fn title(left: usize, right: usize) -> String {
    match (left, right) {
        (0, 0) => " Who stands where · ←/→ move between cells ".to_string(),
        (0, right) => format!(" Who stands where · {} ▶ ", actors(right)),
        (left, 0) => format!(" Who stands where · ◀ {} ", actors(left)),
        (left, right) => format!(" Who stands where · ◀ {left} · {} ▶ ", actors(right)),
    }
}

/// The heading rows: each shown actor's name bottom-aligned over its column, with ◀ and ▶
/// on the last row where columns are hidden.
fn header(theme: &Theme, g: &Grid, left: bool, right: bool) -> Vec<Line<'static>> {
    (0..g.header_rows)
        .map(|row| {
            let last = row + 1 == g.header_rows;
            let mut spans = vec![Span::raw(" ".repeat(g.issue_width.saturating_sub(1)))];
            spans.push(Span::styled(
                if left && last { "◀ " } else { "  " },
                theme.key,
            ));
            for (heading, &cells) in g.headings.iter().zip(&g.widths) {
                let text = row
                    .checked_sub(g.header_rows - heading.len())
                    .and_then(|line| heading.get(line))
                    .map_or("", String::as_str);
                spans.push(Span::styled(fit(text, cells + 1), theme.label));
            }
            if right && last {
                spans.push(Span::styled("▶", theme.key));
            }
            Line::from(spans)
        })
        .collect()
}

/// The matrix in its block: headings, the shown issue rows with their stance cells (the
/// cell cursor marked), the sign of hidden issues, then what the selected position says.
pub(super) fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let matrix = &app.matrix;
    let g = grid(app, area);
    let (left, right) = (
        g.first_col,
        matrix
            .actors
            .len()
            .saturating_sub(g.columns() + g.first_col),
    );
    let shown_cols = g.first_col..g.first_col + g.columns();
    let shown_rows = g.first_row..g.first_row + g.issues.len();
    let cells: Vec<_> = shown_rows
        .clone()
        .flat_map(|row| {
            shown_cols
                .clone()
                .zip(&g.widths)
                .map(move |(col, &cells)| (matrix.stances_at(&app.brief, row, col), cells))
        })
        .collect();
    let legend = legend(cells.iter().map(|(cell, cells)| (cell.as_slice(), *cells)));
    let key = if legend.is_empty() {
        " · none  + more than one ".to_string()
    } else {
        format!(" · none  + more than one  {legend} ")
    };
    block(theme, title(left, right), false)
        .title_bottom(Line::styled(key, theme.muted))
        .render(area, buf);
    let inner = g.inner;
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let selected = app.list(Pane::Positions).selected;
    let width = usize::from(inner.width);
    let mut y = inner.y;
    for line in header(theme, &g, left > 0, right > 0) {
        if y < inner.bottom() {
            buf.set_line(inner.x, y, &line, inner.width);
        }
        y += 1;
    }
    for (row, lines) in shown_rows.clone().zip(&g.issues) {
        for (index, name) in lines.iter().enumerate() {
            let mut spans = vec![Span::raw(fit(name, g.issue_width + 1))];
            if index == 0 {
                for (col, &cells) in shown_cols.clone().zip(&g.widths) {
                    spans.extend(cell(app, theme, row, col, selected, cells));
                }
            }
            if y < inner.bottom() {
                buf.set_line(inner.x, y, &Line::from(spans), inner.width);
            }
            y += 1;
        }
    }
    let below = matrix.issues.len().saturating_sub(shown_rows.end);
    if (g.first_row > 0 || below > 0) && y < inner.bottom() {
        let sign = match (g.first_row, below) {
            (0, below) => format!("▼ {} · j/k scroll", issues(below)),
            (above, 0) => format!("▲ {} above", issues(above)),
            (above, below) => format!("▲ {above} above · ▼ {}", issues(below)),
        };
        buf.set_line(inner.x, y, &Line::styled(sign, theme.muted), inner.width);
    }
    if let Some(position) = app.brief.positions.get(selected) {
        let about = Rect::new(
            inner.x,
            y + 1,
            inner.width,
            inner.bottom().saturating_sub(y + 1),
        );
        let text = vec![
            Line::from(vec![
                Span::styled(
                    format!(
                        "{} {} ",
                        who(&app.brief, position),
                        position.stance.verb_before_issue(position.actors.len())
                    ),
                    theme.label,
                ),
                Span::raw(crate::content::issue_in_sentence(
                    &app.brief,
                    app.split_mark(&position.issue).1,
                )),
            ]),
            Line::styled(
                truncate(app.split_mark(&position.summary).1, width * 2),
                theme.base,
            ),
        ];
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(about, buf);
    }
}

/// One stance cell `cells` wide, then the gap after it. When each stance is written
/// ("acts/seeks") each part takes its position's style, so the cursor marks the one
/// position selected; a counted cell ("acts+1") is marked whole. Marked: the cursor, else
/// the selected position in another actor's column (dim); an empty cell is a muted "·".
fn cell(
    app: &App,
    theme: &Theme,
    row: usize,
    col: usize,
    selected: usize,
    cells: usize,
) -> Vec<Span<'static>> {
    let here: Vec<usize> = app.matrix.positions_at(row, col).collect();
    if here.is_empty() {
        return vec![Span::styled(fit("·", cells), theme.muted), Span::raw(" ")];
    }
    let parts = cell_parts(&app.matrix.stances_at(&app.brief, row, col), cells);
    let style = |marked: bool| match (marked, col == app.cell_col) {
        (true, true) => theme.selected,
        (true, false) => theme.selected_dim,
        (false, _) => theme.base,
    };
    let mut spans = Vec::new();
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            spans.push(Span::styled("/", theme.base));
        }
        let marked = if parts.len() == here.len() {
            here[index] == selected
        } else {
            here.contains(&selected)
        };
        spans.push(Span::styled(part.clone(), style(marked)));
    }
    let used: usize = spans.iter().map(Span::width).sum();
    spans.push(Span::raw(" ".repeat(cells.saturating_sub(used) + 1)));
    spans
}
