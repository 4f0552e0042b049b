//! Geometry, and nothing drawn: the rectangles and visible heights that `App::update`
//! (scrolling, paging, following the selection), the views (drawing) and the mouse (hit
//! testing) all use, computed from the terminal size and the `App`.
//!
//! One source of these numbers means a click can never disagree with what was drawn, and
//! a page key moves by exactly the rows on screen.

pub mod columns;
mod detail;
mod diff;
mod figures;
mod matrix;
mod mouse;
mod overlay;
mod search;
mod slides;
pub mod stances;
mod text;

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Block;

use crate::app::{App, Focus, Mode, Pane};

pub use detail::{
    DetailText, detail_max_scroll, detail_opening_scroll, detail_scroll_to_match,
    detail_text_height, split_text as split_detail_text,
};
pub use diff::{diff_list_rows, diff_max_scroll, diff_split, diff_text_height};
pub use figures::{FigureColumns, PERIOD_FLOOR, VALUE_FLOOR, figure_columns};
pub use matrix::{Grid, cell_at, grid, split as matrix_split};
pub use mouse::action_at;
pub use overlay::{
    help_inner_width, help_max_scroll, help_opening_scroll, help_popup, help_scroll_limit,
};
pub use search::{match_row, results_rows, results_split, scroll_to};
pub use slides::{NotesPanel, SlideAreas, notes_area, notes_max_scroll, slide_areas};
pub use text::{cells_for, fit, tail_within, truncate, width_of, wrap};

/// Below this size (columns, rows) the layout cannot be read; a note says so instead.
pub const MIN_WIDTH: u16 = 40;

/// See `MIN_WIDTH`.
pub const MIN_HEIGHT: u16 = 10;

/// From this width on, the list and its preview sit side by side; below, they are stacked.
pub const WIDE: u16 = 100;

/// From this width on, lists get three fifths of the body (`split_body`).
pub const ROOMY: u16 = 120;

/// The outer regions of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
}

/// The screen split into rows: header (1), tabs (1), body (the rest), status line (1).
pub fn areas(area: Rect) -> Areas {
    let [header, tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    Areas {
        header,
        tabs,
        body,
        status,
    }
}

/// The body split into the list (or detail text) and its companion. From `ROOMY` columns
/// the list takes three fifths: its titles need the width more than the preview, which
/// wraps.
pub fn split_body(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE {
        let list = if body.width >= ROOMY { 60 } else { 48 };
        let [left, right] = Layout::horizontal([
            Constraint::Percentage(list),
            Constraint::Percentage(100 - list),
        ])
        .areas(body);
        (left, right)
    } else {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body);
        (top, bottom)
    }
}

/// The body of an open detail: its text, and the related items (larger share to the text).
pub fn split_detail(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(body);
        (left, right)
    } else {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
        (top, bottom)
    }
}

/// A pane's list and preview areas.
pub fn pane_split(pane: Pane, body: Rect) -> (Rect, Rect) {
    if pane == Pane::Positions {
        matrix::split(body)
    } else {
        split_body(body)
    }
}

/// Rows above a pane's list rows for column headings.
pub fn header_rows(pane: Pane) -> u16 {
    u16::from(matches!(pane, Pane::Figures | Pane::Actors))
}

/// The whole terminal, from `app.size` (columns, rows), at the origin.
pub fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

/// Whether `area` is below `MIN_WIDTH`×`MIN_HEIGHT`, where only a note is drawn.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Whether the explorer shows only its "too small" note at the app's size (the slides draw
/// at any size): then keys are typed blind, and only those that quit or suspend act.
pub fn too_small_for(app: &App) -> bool {
    app.mode != crate::app::Mode::Present && too_small(Rect::new(0, 0, app.size.0, app.size.1))
}

/// Inside of a bordered block.
pub fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// Width and height of a pane's list rows (inside the border, below any header row).
pub fn pane_list_viewport(app: &App, pane: Pane) -> (u16, u16) {
    let (list, _) = pane_split(pane, areas(screen(app)).body);
    let rows = inner(list);
    (rows.width, rows.height.saturating_sub(header_rows(pane)))
}

/// Width and height of the open detail's related list.
pub fn related_viewport(app: &App) -> (u16, u16) {
    let (_, related) = split_detail(areas(screen(app)).body);
    let rows = inner(related);
    (rows.width, rows.height)
}

/// Width and height of the search results.
pub fn results_viewport(app: &App) -> (u16, u16) {
    let rows = results_rows(search_popup(areas(screen(app)).body));
    (rows.width, rows.height)
}

/// The focused list's viewport, for paging.
pub fn list_viewport(app: &App) -> (u16, u16) {
    match app.focus() {
        Focus::Pane(pane) => pane_list_viewport(app, pane),
        Focus::Related => related_viewport(app),
        Focus::Results => results_viewport(app),
    }
}

/// Rows item `index` of a pane's list takes at this width (a paragraph wraps; other rows
/// take one). Asked item by item, so scrolling a list of 30,000 paragraphs (All briefs over
/// a large library) measures only the rows it looks at.
pub fn row_height(app: &App, pane: Pane, width: u16, index: usize) -> usize {
    match pane {
        Pane::Summary => app
            .brief
            .summary
            .get(index)
            .map_or(1, |paragraph| item_height(&paragraph.text, width)),
        _ => 1,
    }
}

/// Whether the tab row shows the panes' tabs: only where a pane is on screen and its keys
/// act (browsing, and the search or help over it). The Library pane and the diff view take
/// the whole body and no pane key works there, so their tab row is left empty; it says
/// nothing is open (or which brief is) in the header instead.
pub fn pane_tabs_shown(app: &App) -> bool {
    let mode = if app.mode == Mode::Help {
        app.before_help
    } else {
        app.mode
    };
    !matches!(mode, Mode::Library | Mode::Diff)
}

/// The tab labels and where each starts and ends on the tab row. Every label is cut the
/// same way: whole titles when they all fit; else every title cut to the same length,
/// ending in `…`; else the numbers alone. Never a word cut without a sign.
pub fn tab_spans(width: u16) -> Vec<(Pane, String, u16, u16)> {
    let fits = |labels: &[String]| {
        labels
            .iter()
            .map(|label| width_of(label) + 1)
            .sum::<usize>()
            < usize::from(width)
    };
    let longest = Pane::ALL
        .iter()
        .map(|pane| width_of(pane.title()))
        .max()
        .unwrap_or(0);
    let titled = |room: usize| -> Vec<String> {
        Pane::ALL
            .iter()
            .map(|pane| format!(" {} {} ", pane.index() + 1, truncate(pane.title(), room)))
            .collect()
    };
    // A title cut to fewer than three cells ("S…") says no more than its number.
    let labels = (3..=longest)
        .rev()
        .map(titled)
        .find(|labels| fits(labels))
        .unwrap_or_else(|| {
            Pane::ALL
                .iter()
                .map(|pane| format!(" {} ", pane.index() + 1))
                .collect()
        });
    let mut x: u16 = 1;
    labels
        .into_iter()
        .zip(Pane::ALL)
        .map(|(label, pane)| {
            let start = x;
            let end = start.saturating_add(width_of(&label) as u16);
            x = end.saturating_add(1);
            (pane, label, start, end)
        })
        .collect()
}

/// Cells before each summary paragraph's lines: the selection marker and a space.
pub const GUTTER: u16 = 2;

/// Cells kept free after each summary paragraph's lines.
pub const MARGIN: u16 = 1;

/// Rows a paragraph takes in the list at this inner width: its lines and a blank after.
pub fn item_height(text: &str, width: u16) -> usize {
    wrap(text, usize::from(width.saturating_sub(GUTTER + MARGIN))).len() + 1
}

/// The search overlay's place over the body: nearly all of it, at most 110 columns wide
/// (170 on a body of 130 columns or more, for the preview beside the results).
pub fn search_popup(body: Rect) -> Rect {
    // Wide enough, it widens to hold a preview beside the results.
    let most = if body.width >= 130 { 170 } else { 110 };
    let width = body.width.saturating_sub(4).min(most);
    let height = body.height.saturating_sub(2);
    Rect::new(
        body.x + (body.width - width) / 2,
        body.y + 1.min(body.height),
        width,
        height,
    )
}

/// The rows of results: inside the border, below the query and the count line.
pub fn results_area(popup: Rect) -> Rect {
    let inner = inner(popup);
    Rect {
        y: inner.y.saturating_add(2),
        height: inner.height.saturating_sub(2),
        ..inner
    }
}
