//! The positions matrix's grid: which issue rows and actor columns show, how wide and high
//! each is and the names as they fit, so the matrix view draws and a click selects the
//! same cell. Widths come by priority from `columns`, as on the positions slide.

use std::collections::HashMap;

use ratatui::layout::{Position as Point, Rect};

use super::columns::{self, Column, Limits, actor_heading, truncate_words, wrapped_issues};
use super::split_body;
use super::stances;
use super::text::width_of;
use crate::action::Action;
use crate::app::{App, Pane};
use crate::brief::Actor;

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

/// Actor names wrap over at most two heading rows: the pane shares its height with the
/// list and the selection's sentence. ▶ takes one cell after the last column.
/// When actors are hidden anyway, issues keep three tenths of the width, as the slide's
/// floor allows at most.
const LIMITS: Limits = Limits {
    heading_rows: 2,
    sign: 1,
    issue_tenths: 3,
};

/// Rows under the issue rows: the sign of hidden issues, a blank and two lines about the
/// selected position.
const BELOW: usize = 4;

/// Geometry of the matrix inside its block. Columns: the issue column (`issue_width`
/// cells), a gap, then each shown actor column (`widths`) followed by a one-cell gap; ◀ sits
/// on the last heading row at the issue column's last cell, ▶ after the last gap. Rows: the
/// `headings` (bottom-aligned over `header_rows`), then each shown issue's lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub inner: Rect,
    pub issue_width: usize,
    /// The first shown actor column: scrolled so the cell cursor's column shows.
    pub first_col: usize,
    /// Cells of each shown actor column from `first_col` on, without the gap after it.
    pub widths: Vec<usize>,
    /// Each shown actor's name as its heading lines.
    pub headings: Vec<Vec<String>>,
    pub header_rows: usize,
    /// The first shown issue row: scrolled so the selected position's row shows.
    pub first_row: usize,
    /// Each shown issue's name as the lines it takes, from `first_row` on; a row's cells
    /// are on its first line.
    pub issues: Vec<Vec<String>>,
}

impl Grid {
    /// How many actor columns show.
    pub fn columns(&self) -> usize {
        self.widths.len()
    }

    /// Cells from the inner area's left edge to where the `index`th shown column starts;
    /// `index` at most `columns()`.
    pub fn column_x(&self, index: usize) -> usize {
        self.issue_width + 1 + self.widths[..index].iter().map(|w| w + 1).sum::<usize>()
    }

    /// Rows the shown issues take.
    pub fn body_height(&self) -> usize {
        self.issues.iter().map(Vec::len).sum()
    }

    /// The matrix row and actor column (both indices into `app.matrix`) of the cell at
    /// (`x`, `y`) cells from the inner area's top-left, and `x` as cells from the cell's
    /// left edge; the gap after a column and any line of a wrapped issue count as the
    /// cell. `None` on headings, the issue column or past the shown cells.
    pub fn cell_under(&self, x: usize, y: usize) -> Option<(usize, usize, usize)> {
        let mut line = y.checked_sub(self.header_rows)?;
        let row = self.issues.iter().position(|lines| {
            let here = line < lines.len();
            line = line.saturating_sub(lines.len());
            here
        })?;
        let col = (0..self.columns()).find(|&index| {
            let start = self.column_x(index);
            (start..start + self.widths[index] + 1).contains(&x)
        })?;
        let offset = x - self.column_x(col);
        Some((self.first_row + row, self.first_col + col, offset))
    }
}

/// The position a click `offset` cells into the cell at (`row`, `col`) of a column `cells`
/// wide means: when each of its stances is written ("acts/seeks"), the one under the
/// click (a "/" belongs to the stance before it, the padding to the last); when they are
/// counted ("acts+1"), the selected position if the cell holds it, else its first. `None`
/// for an empty cell.
pub fn position_under(
    app: &App,
    row: usize,
    col: usize,
    cells: usize,
    offset: usize,
) -> Option<usize> {
    let here: Vec<usize> = app.matrix.positions_at(row, col).collect();
    let parts = stances::cell_parts(&app.matrix.stances_at(&app.brief, row, col), cells);
    let selected = app.list(Pane::Positions).selected;
    if parts.len() == here.len() {
        let mut end = 0;
        let index = parts
            .iter()
            .position(|part| {
                end += width_of(part) + 1;
                offset < end
            })
            .unwrap_or(parts.len() - 1);
        return here.get(index).copied();
    }
    if here.contains(&selected) {
        Some(selected)
    } else {
        here.first().copied()
    }
}

/// Each actor column of the matrix: names, and the widths of its stance cells (measured
/// once, in `Matrix::new`). One pass over the actors, as it runs every frame.
fn columns_of(app: &App) -> Vec<Column<'_>> {
    let matrix = &app.matrix;
    let actors: HashMap<&str, &Actor> = app
        .brief
        .actors
        .iter()
        .map(|actor| (actor.id.as_str(), actor))
        .collect();
    matrix
        .actors
        .iter()
        .enumerate()
        .map(|(col, id)| {
            let actor = actors.get(id.as_str());
            Column {
                name: actor.map_or(id.as_str(), |actor| actor.name.as_str()),
                short: actor.map_or(id.as_str(), |actor| actor.short_name()),
                least: matrix.least.get(col).copied().unwrap_or(0),
                full: matrix.full.get(col).copied().unwrap_or(0),
            }
        })
        .collect()
}

/// The grid of the matrix drawn in `area` (its bordered block): scrolled so the cell
/// cursor's column and the selected position's row show.
pub fn grid(app: &App, area: Rect) -> Grid {
    let inner = super::inner(area);
    let matrix = &app.matrix;
    let full = usize::from(inner.width);
    let actors = columns_of(app);
    // In the All-briefs scope, an issue after its brief's tag: `IF10753 Funding`.
    let labels: Vec<std::borrow::Cow<str>> = matrix
        .issues
        .iter()
        .map(|issue| match app.split_mark(issue) {
            (Some(tag), issue) => format!("{tag} {issue}").into(),
            (None, issue) => issue.into(),
        })
        .collect();
    let issues: Vec<&str> = labels.iter().map(AsRef::as_ref).collect();
    let first_col = columns::first_shown(&actors, matrix.issue_widths, full, LIMITS, app.cell_col);
    let shown = &actors[first_col.min(actors.len())..];
    let plan = columns::plan(&actors, first_col, matrix.issue_widths, full, LIMITS);
    let headings: Vec<Vec<String>> = shown
        .iter()
        .zip(&plan.columns)
        .map(|(actor, &cells)| actor_heading(actor, cells, LIMITS.heading_rows))
        .collect();
    let header_rows = headings.iter().map(Vec::len).max().unwrap_or(1);
    let rows = usize::from(inner.height).saturating_sub(header_rows + BELOW);
    let selected_row = matrix
        .first_cell_of(app.list(Pane::Positions).selected)
        .map_or(0, |cell| cell.row)
        .min(issues.len().saturating_sub(1));
    // Every issue shows, wrapped where it needs to be; else one row an issue, cut after a
    // whole word, and only the shown ones are cut.
    let (first_row, issues) = if let Some(lines) = wrapped_issues(&issues, plan.issue_width, rows) {
        (0, lines)
    } else {
        let first_row = (selected_row + 1).saturating_sub(rows.max(1));
        let shown = issues
            .iter()
            .skip(first_row)
            .take(rows)
            .map(|issue| vec![truncate_words(issue, plan.issue_width)])
            .collect();
        (first_row, shown)
    };
    Grid {
        inner,
        issue_width: plan.issue_width,
        first_col,
        widths: plan.columns,
        headings,
        header_rows,
        first_row,
        issues,
    }
}

/// The cell under a click in the matrix: selects it (and the runner then opens it).
pub fn cell_at(app: &App, area: Rect, column: u16, row: u16) -> Option<Action> {
    let g = grid(app, area);
    if !g.inner.contains(Point::new(column, row)) {
        return None;
    }
    let (matrix_row, actor, offset) = g.cell_under(
        usize::from(column - g.inner.x),
        usize::from(row - g.inner.y),
    )?;
    let cells = g.widths[actor - g.first_col];
    position_under(app, matrix_row, actor, cells, offset)
        .map(|position| Action::SelectCell { position, actor })
}
