//! Mouse positions become actions through the same geometry the views draw with.

use ratatui::layout::Rect;

use super::{
    areas, header_rows, inner, pane_split, row_heights, screen, split_detail, tab_spans, too_small,
};
use super::{results_rows, search_popup};
use crate::action::Action;
use crate::app::{App, Focus, Mode, Pane};

/// What a click or wheel turn at (column, row) means, if anything.
pub fn action_at(app: &App, column: u16, row: u16) -> Option<Action> {
    let area = screen(app);
    if too_small(area) || app.mode == Mode::Help {
        return None;
    }
    let areas = areas(area);
    if row == areas.tabs.y && app.mode == Mode::Browse {
        return tab_spans(areas.tabs.width)
            .into_iter()
            .find(|(_, _, start, end)| (*start..*end).contains(&column))
            .map(|(pane, ..)| Action::FocusPane(pane));
    }
    let (_, related) = split_detail(areas.body);
    match app.focus() {
        Focus::Results => {
            let rows = results_rows(search_popup(areas.body));
            row_in(
                rows,
                column,
                row,
                &vec![1; app.search.hits.len()],
                app.search.list.offset,
            )
            .map(|index| click(index, app.search.list.selected))
        }
        Focus::Related => {
            let detail = app.detail.as_ref()?;
            row_in(
                inner(related),
                column,
                row,
                &vec![1; detail.related.len()],
                detail.list.offset,
            )
            .map(|index| click(index, detail.list.selected))
        }
        Focus::Pane(pane) => {
            let (list, preview) = pane_split(pane, areas.body);
            if pane == Pane::Positions
                && let Some(action) = super::cell_at(app, preview, column, row)
            {
                return Some(action);
            }
            let mut rows = inner(list);
            rows.y += header_rows(pane);
            rows.height = rows.height.saturating_sub(header_rows(pane));
            let heights = row_heights(app, pane, rows.width);
            row_in(rows, column, row, &heights, app.list(pane).offset)
                .map(|index| click(index, app.list(pane).selected))
        }
    }
}

/// A click selects a row; a click on the row already selected opens it.
fn click(index: usize, selected: usize) -> Action {
    if index == selected {
        Action::DrillDown
    } else {
        Action::Select(index)
    }
}

/// The item index under a point of a list drawn from `offset` with these row heights.
fn row_in(rows: Rect, column: u16, row: u16, heights: &[usize], offset: usize) -> Option<usize> {
    if !rows.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let mut y = usize::from(row - rows.y);
    for (index, height) in heights.iter().enumerate().skip(offset) {
        if y < *height {
            return Some(index);
        }
        y -= height;
    }
    None
}
