//! The positions matrix's grid: which issue rows and actor columns show, and where, so the
//! matrix view draws and a click selects the same cell.

use ratatui::layout::{Position as Point, Rect};

use super::split_body;
use crate::action::Action;
use crate::app::{App, Pane};

/// The list and the matrix: like other panes, but the matrix gets more room when wide.
pub fn split(body: Rect) -> (Rect, Rect) {
    if body.width >= super::WIDE {
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

/// Geometry of the matrix inside its block: issue column width, visible actor columns,
/// first visible issue row.
pub struct Grid {
    pub inner: Rect,
    pub issue_width: usize,
    /// Cells per actor column, the gap included.
    pub col: usize,
    /// The first visible actor column: scrolled so the cell cursor's column shows.
    pub first_col: usize,
    pub columns: usize,
    pub first_row: usize,
    pub rows: usize,
}

/// The grid of the matrix drawn in `area` (its bordered block): scrolled so the cell
/// cursor's column and the selected position's row show.
pub fn grid(app: &App, area: Rect) -> Grid {
    let inner = super::inner(area);
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
