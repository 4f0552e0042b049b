//! Mouse positions become actions through the same geometry the views draw with.

use ratatui::layout::Rect;

use super::{
    areas, header_rows, inner, pane_split, row_height, screen, split_detail, tab_spans, too_small,
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
    if row == areas.tabs.y && app.mode == Mode::Browse && super::pane_tabs_shown(app) {
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
                app.search.hits.len(),
                &|_| 1,
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
                detail.related.len(),
                &|_| 1,
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
            let height = |index| row_height(app, pane, rows.width, index);
            row_in(
                rows,
                column,
                row,
                app.len_of(pane),
                &height,
                app.list(pane).offset,
            )
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

/// The item index under a point of a list of `len` rows drawn from `offset`, each as tall
/// as `height` says.
fn row_in(
    rows: Rect,
    column: u16,
    row: u16,
    len: usize,
    height: &dyn Fn(usize) -> usize,
    offset: usize,
) -> Option<usize> {
    if !rows.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let mut y = usize::from(row - rows.y);
    for index in offset..len {
        let rows = height(index);
        if y < rows {
            return Some(index);
        }
        y -= rows;
    }
    None
}
