//! The positions pane: every position in a list, and beside it the actor × issue matrix of
//! who holds which stance on what, with a cell cursor that selects a position.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position as Point, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::action::Action;
use crate::app::{App, Pane};
use crate::brief::{Brief, Position};
use crate::ui::{block, draw_row, fit, row_style, split_body, truncate, visible};

/// The list and the matrix: like other panes, but the matrix gets more room when wide.
pub fn split(body: Rect) -> (Rect, Rect) {
    if body.width >= crate::ui::WIDE {
        let [left, right] = ratatui::layout::Layout::horizontal([
            ratatui::layout::Constraint::Percentage(40),
            ratatui::layout::Constraint::Percentage(60),
        ])
        .areas(body);
        (left, right)
    } else {
        split_body(body)
    }
}

/// Cells per actor column at least and at most, and the widest the issue column grows.
const COL: usize = 9;
const COL_MAX: usize = 16;
const ISSUE_MAX: usize = 34;

/// Short heading for an actor column: its name if short, else a short alias, else cut.
pub fn short_name(brief: &Brief, id: &str, col: usize) -> String {
    let Some(actor) = brief.actor(id) else {
        return truncate(id, col - 1);
    };
    if actor.name.chars().count() < col {
        return actor.name.clone();
    }
    actor
        .aliases
        .iter()
        .filter(|alias| alias.chars().count() < col)
        .min_by_key(|alias| alias.len())
        .cloned()
        .unwrap_or_else(|| truncate(&actor.name, col - 1))
}

fn who(brief: &Brief, position: &Position) -> String {
    let names: Vec<String> = position
        .actors
        .iter()
        .map(|a| brief.actor_name(a).to_string())
        .collect();
    crate::brief::join_names(&names)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (list_area, matrix_area) = split(area);
    let positions = &app.brief.positions;
    let list = app.list(Pane::Positions);
    let outer = block(app, " Positions · stance · issue · who ", true);
    let rows = outer.inner(list_area);
    outer.render(list_area, buf);
    for (row, index) in visible(positions.len(), list.offset, rows.height).enumerate() {
        let position = &positions[index];
        let (mark, style) = row_style(app, index == list.selected, true);
        let spans = vec![
            Span::styled(fit(position.stance.verb(), 9), app.theme.label),
            Span::raw(format!("{} · ", position.issue)),
            Span::styled(who(&app.brief, position), app.theme.muted),
        ];
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
    render_matrix(app, matrix_area, buf);
}

/// Geometry of the matrix inside its block: issue column width, visible actor columns,
/// first visible issue row.
struct Grid {
    inner: Rect,
    issue_width: usize,
    /// Cells per actor column, the gap included.
    col: usize,
    /// The first visible actor column: scrolled so the cell cursor's column shows.
    first_col: usize,
    columns: usize,
    first_row: usize,
    rows: usize,
}

fn grid(app: &App, area: Rect) -> Grid {
    let inner = block(app, "", false).inner(area);
    let matrix = &app.matrix;
    let issue_width = matrix
        .issues
        .iter()
        .map(|i| i.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(6, ISSUE_MAX)
        .min(usize::from(inner.width) / 3);
    let room = usize::from(inner.width).saturating_sub(issue_width + 1);
    let col = (room / matrix.actors.len().max(1)).clamp(COL, COL_MAX);
    let mut columns = (room / col).min(matrix.actors.len());
    if columns < matrix.actors.len() && room % col == 0 {
        // Leave a cell after the last column for the sign of hidden ones.
        columns = columns.saturating_sub(1);
    }
    let columns = columns.max(1).min(matrix.actors.len());
    let first_col = (app.cell_col + 1)
        .saturating_sub(columns)
        .min(matrix.actors.len() - columns);
    // The header, the matrix rows, a blank and up to three lines about the selection.
    let rows = usize::from(inner.height).saturating_sub(1 + 4);
    let selected_row = app
        .matrix
        .first_cell_of(app.list(Pane::Positions).selected)
        .map_or(0, |cell| cell.row);
    let first_row = (selected_row + 1).saturating_sub(rows.max(1));
    Grid {
        inner,
        issue_width,
        col,
        first_col,
        columns,
        first_row,
        rows,
    }
}

fn issues(count: usize) -> String {
    crate::ui::counted(count, "more issue", "more issues")
}

fn actors(count: usize) -> String {
    crate::ui::counted(count, "more actor", "more actors")
}

/// The matrix's title: how to move, or how many actor columns are hidden on which side.
fn matrix_title(left: usize, right: usize) -> String {
    match (left, right) {
        (0, 0) => " Who stands where · ←/→ move between cells ".to_string(),
        (0, right) => format!(" Who stands where · {} ▶ ", actors(right)),
        (left, 0) => format!(" Who stands where · ◀ {} ", actors(left)),
        (left, right) => format!(" Who stands where · ◀ {left} · {} ▶ ", actors(right)),
    }
}

/// The actor headings of the visible columns, with ◀ and ▶ where columns are hidden.
fn header(app: &App, g: &Grid, left: bool, right: bool) -> Line<'static> {
    let mut header = vec![Span::raw(" ".repeat(g.issue_width.saturating_sub(1)))];
    header.push(Span::styled(if left { "◀ " } else { "  " }, app.theme.key));
    for actor in app.matrix.actors.iter().skip(g.first_col).take(g.columns) {
        header.push(Span::styled(
            fit(&short_name(&app.brief, actor, g.col), g.col),
            app.theme.label,
        ));
    }
    if right {
        header.push(Span::styled("▶", app.theme.key));
    }
    Line::from(header)
}

fn render_matrix(app: &App, area: Rect, buf: &mut Buffer) {
    let matrix = &app.matrix;
    let g = grid(app, area);
    let (left, right) = (g.first_col, matrix.actors.len() - g.columns - g.first_col);
    let title = matrix_title(left, right);
    block(app, title, false)
        .title_bottom(Line::styled(" · none  + more than one ", app.theme.muted))
        .render(area, buf);
    let inner = g.inner;
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let selected = app.list(Pane::Positions).selected;
    let width = usize::from(inner.width);
    let header = header(app, &g, left > 0, right > 0);
    buf.set_line(inner.x, inner.y, &header, inner.width);
    let mut y = inner.y + 1;
    let last_row = matrix.issues.len().min(g.first_row + g.rows);
    for row in g.first_row..last_row {
        let mut spans = vec![
            Span::raw(fit(&matrix.issues[row], g.issue_width)),
            Span::raw(" "),
        ];
        for col in g.first_col..g.first_col + g.columns {
            let here: Vec<usize> = matrix.positions_at(row, col).collect();
            let text = match here.as_slice() {
                [] => "·".to_string(),
                [one] => app.brief.positions[*one].stance.verb().to_string(),
                [one, ..] => format!("{}+", app.brief.positions[*one].stance.verb()),
            };
            let is_cursor = here.contains(&selected) && col == app.cell_col;
            let style = if is_cursor {
                app.theme.selected
            } else if here.contains(&selected) {
                app.theme.selected_dim
            } else if here.is_empty() {
                app.theme.muted
            } else {
                app.theme.base
            };
            let cell = fit(&text, g.col - 1);
            spans.push(Span::styled(cell, style));
            spans.push(Span::raw(" "));
        }
        buf.set_line(inner.x, y, &Line::from(spans), inner.width);
        y += 1;
    }
    let below = matrix.issues.len() - last_row;
    if (g.first_row > 0 || below > 0) && y < inner.bottom() {
        let sign = match (g.first_row, below) {
            (0, below) => format!("▼ {} · j/k scroll", issues(below)),
            (above, 0) => format!("▲ {} above", issues(above)),
            (above, below) => format!("▲ {above} above · ▼ {}", issues(below)),
        };
        buf.set_line(
            inner.x,
            y,
            &Line::styled(sign, app.theme.muted),
            inner.width,
        );
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
                        position.stance.verb_for(position.actors.len())
                    ),
                    app.theme.label,
                ),
                Span::raw(position.issue.clone()),
            ]),
            Line::styled(truncate(&position.summary, width * 2), app.theme.base),
        ];
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(about, buf);
    }
}

/// The cell under a click in the matrix: selects it (and the runner then opens it).
pub fn cell_at(app: &App, area: Rect, column: u16, row: u16) -> Option<Action> {
    let g = grid(app, area);
    if !g.inner.contains(Point::new(column, row)) || row == g.inner.y {
        return None;
    }
    let matrix_row = g.first_row + usize::from(row - g.inner.y - 1);
    let x = usize::from(column - g.inner.x);
    if usize::from(row - g.inner.y - 1) >= g.rows || x <= g.issue_width {
        return None;
    }
    let col = (x - g.issue_width - 1) / g.col;
    if col >= g.columns || matrix_row >= app.matrix.issues.len() {
        return None;
    }
    let col = g.first_col + col;
    if col >= app.matrix.actors.len() {
        return None;
    }
    app.matrix
        .positions_at(matrix_row, col)
        .next()
        .map(|position| Action::SelectCell {
            position,
            actor: col,
        })
}
