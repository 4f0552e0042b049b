//! The actor × issue matrix of the positions pane: who holds which stance on what.

use crate::brief::{Brief, Stance};

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
}

impl Matrix {
    pub fn new(brief: &Brief) -> Matrix {
        let mut matrix = Matrix::default();
        for position in &brief.positions {
            if !matrix.issues.contains(&position.issue) {
                matrix.issues.push(position.issue.clone());
            }
            for actor in &position.actors {
                if !matrix.actors.contains(actor) {
                    matrix.actors.push(actor.clone());
                }
            }
        }
        for (index, position) in brief.positions.iter().enumerate() {
            let row = matrix.row_of_issue(&position.issue);
            for actor in &position.actors {
                let col = matrix.col_of_actor(actor);
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
        matrix
    }

    fn row_of_issue(&self, issue: &str) -> usize {
        self.issues.iter().position(|i| i == issue).unwrap_or(0)
    }

    fn col_of_actor(&self, actor: &str) -> usize {
        self.actors.iter().position(|a| a == actor).unwrap_or(0)
    }

    /// The positions in one cell, in brief order.
    pub fn positions_at(&self, row: usize, col: usize) -> impl Iterator<Item = usize> + '_ {
        self.cells
            .iter()
            .filter(move |cell| cell.row == row && cell.col == col)
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
