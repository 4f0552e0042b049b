//! The actor × issue matrix of the positions pane: who holds which stance on what.

use std::collections::HashMap;

use crate::brief::{Brief, Stance};
use crate::layout::columns::IssueWidths;
use crate::layout::stances;

/// One filled cell: an actor's stance on an issue, through one position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub row: usize,
    pub col: usize,
    pub position: usize,
}

/// Issues as rows and actors as columns, both in order of first appearance; cells in
/// reading order, so moving along them walks the matrix as a reader would.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matrix {
    pub issues: Vec<String>,
    /// Actor ids.
    pub actors: Vec<String>,
    pub cells: Vec<Cell>,
    /// Per actor column, the cells its widest stance cell takes at the least (short forms,
    /// "acts+1") and as full verbs (`layout::stances`): measured once here, not each frame.
    pub least: Vec<usize>,
    pub full: Vec<usize>,
    /// The issues' longest name and longest word, measured once.
    pub issue_widths: IssueWidths,
}

impl Matrix {
    /// The matrix of `brief`'s positions. Linear in the positions and their actors (the
    /// All-briefs scope over 1,000 briefs has 15,000 positions): rows and columns are found
    /// through maps, not by searching the lists.
    pub fn new(brief: &Brief) -> Matrix {
        let mut matrix = Matrix::default();
        let mut rows: HashMap<&str, usize> = HashMap::new();
        let mut cols: HashMap<&str, usize> = HashMap::new();
        for (index, position) in brief.positions.iter().enumerate() {
            let row = *rows.entry(position.issue.as_str()).or_insert_with(|| {
                matrix.issues.push(position.issue.clone());
                matrix.issues.len() - 1
            });
            for actor in &position.actors {
                let col = *cols.entry(actor.as_str()).or_insert_with(|| {
                    matrix.actors.push(actor.clone());
                    matrix.actors.len() - 1
                });
                matrix.cells.push(Cell {
                    row,
                    col,
                    position: index,
                });
            }
        }
        matrix
            .cells
            .sort_by_key(|cell| (cell.row, cell.col, cell.position));
        matrix.measure(brief);
        matrix
    }

    /// Fills `least`, `full` and `issue_widths`, in one pass over the cells: sorted by row, then column, a
    /// run of equal (row, col) is one cell.
    fn measure(&mut self, brief: &Brief) {
        self.issue_widths = IssueWidths::of(self.issues.iter().map(String::as_str));
        self.least = vec![0; self.actors.len()];
        self.full = vec![0; self.actors.len()];
        for run in self.cells.chunk_by(|a, b| (a.row, a.col) == (b.row, b.col)) {
            let cell: Vec<Stance> = run
                .iter()
                .filter_map(|cell| brief.positions.get(cell.position))
                .map(|position| position.stance)
                .collect();
            let col = run[0].col;
            if let (Some(least), Some(full)) = (self.least.get_mut(col), self.full.get_mut(col)) {
                *least = (*least).max(stances::least_width(&cell));
                *full = (*full).max(stances::full_width(&cell));
            }
        }
    }

    /// The positions in one cell, in brief order. Found by binary search: `new` sorts the
    /// cells by row, column and position, and nothing else adds any.
    pub fn positions_at(&self, row: usize, col: usize) -> impl Iterator<Item = usize> + '_ {
        let start = self
            .cells
            .partition_point(|cell| (cell.row, cell.col) < (row, col));
        self.cells[start..]
            .iter()
            .take_while(move |cell| cell.row == row && cell.col == col)
            .map(|cell| cell.position)
    }

    /// The stances in one cell, one a position, in brief order (so "acts/acts" when two
    /// positions say the same: each is a stop of the cell cursor).
    pub fn stances_at(&self, brief: &Brief, row: usize, col: usize) -> Vec<Stance> {
        self.positions_at(row, col)
            .filter_map(|position| brief.positions.get(position))
            .map(|position| position.stance)
            .collect()
    }

    /// The first cell of a position: its issue row and its first actor's column.
    pub fn first_cell_of(&self, position: usize) -> Option<Cell> {
        self.cells
            .iter()
            .filter(|cell| cell.position == position)
            .min_by_key(|cell| cell.col)
            .copied()
    }

    /// Where the cursor is: the cell of this position in this column, or its first cell.
    pub fn cell_index(&self, position: usize, col: usize) -> Option<usize> {
        self.cells
            .iter()
            .position(|cell| cell.position == position && cell.col == col)
            .or_else(|| self.cells.iter().position(|cell| cell.position == position))
    }

    /// The cell `step` places away in reading order, clamped to the ends.
    pub fn step(&self, position: usize, col: usize, forward: bool) -> Option<Cell> {
        let here = self.cell_index(position, col)?;
        let there = if forward {
            (here + 1).min(self.cells.len().saturating_sub(1))
        } else {
            here.saturating_sub(1)
        };
        self.cells.get(there).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::load_embedded;

    #[test]
    fn cells_and_column_widths_come_from_the_positions() {
        let brief = load_embedded().unwrap();
        let matrix = Matrix::new(&brief);
        let china = matrix.actors.iter().position(|a| a == "china").unwrap();
        let military = matrix
            .issues
            .iter()
            .position(|i| i == "Military cooperation")
            .unwrap();
        // China acts (with Russia) and seeks (alone) on military cooperation.
        let here: Vec<usize> = matrix.positions_at(military, china).collect();
        assert_eq!(here.len(), 2);
        assert_eq!(
            matrix.stances_at(&brief, military, china),
            [Stance::Acts, Stance::Seeks]
        );
        assert_eq!(
            matrix.positions_at(military, matrix.actors.len()).count(),
            0
        );
        // Its widest cell: "acts+1" at the least, "acts/seeks" in full.
        assert_eq!((matrix.least[china], matrix.full[china]), (6, 10));
        assert_eq!(
            matrix.issue_widths.name,
            "Missile defence in Eastern Europe".len()
        );
        assert_eq!(matrix.issue_widths.word, "unilateralism".len());
    }
}
