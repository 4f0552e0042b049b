//! Search geometry beyond the popup: the results list and the preview beside or under it,
//! and how far the preview scrolls to show its first match (an opened result's detail:
//! `detail.rs`).

use ratatui::layout::Rect;

use super::{results_area, wrap};
use crate::app::App;
use crate::content::{first_match, hit_lines};
use crate::search::Hit;
use crate::theme::Theme;

/// Rows of context kept above the first match when the preview scrolls to it.
const CONTEXT_ROWS: usize = 2;

/// The wrapped row, at `width` cells, of the hit's first matched character in its item's
/// detail lines; `None` when the detail does not print the matched field.
pub fn match_row(app: &App, hit: &Hit, width: u16) -> Option<usize> {
    let lines = hit_lines(app, &Theme::monochrome(), hit);
    let (line, char_offset) = first_match(&lines, hit)?;
    let width = usize::from(width);
    let text_of = |line: &ratatui::text::Line| -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    };
    let above: usize = lines[..line]
        .iter()
        .map(|l| wrap(&text_of(l), width).len())
        .sum();
    let before: String = text_of(&lines[line])
        .chars()
        .take(char_offset + 1)
        .collect();
    Some(above + wrap(&before, width).len().saturating_sub(1))
}

/// The scroll that shows `row` in `height` rows: 0 when it shows from the top, else the row
/// less `CONTEXT_ROWS`.
pub fn scroll_to(row: Option<usize>, height: u16) -> u16 {
    match row {
        Some(row) if row >= usize::from(height) => {
            u16::try_from(row.saturating_sub(CONTEXT_ROWS)).unwrap_or(u16::MAX)
        }
        _ => 0,
    }
}

/// Below this inner width of the popup the preview goes under the list, not beside it.
const PREVIEW_BESIDE_WIDTH: u16 = 120;

/// Below this height of the results area there is no room for a preview under the list.
const PREVIEW_UNDER_HEIGHT: u16 = 20;

/// The rows of results and, when there is room, the preview of the selected result: beside
/// the list (45% of the width, one column apart) from `PREVIEW_BESIDE_WIDTH` columns, else
/// under it (the lower half, one row apart) from `PREVIEW_UNDER_HEIGHT` rows, else none.
pub fn results_split(popup: Rect) -> (Rect, Option<Rect>) {
    let rows = results_area(popup);
    if rows.width >= PREVIEW_BESIDE_WIDTH {
        let list = rows.width * 11 / 20;
        let preview = Rect {
            x: rows.x + list + 1,
            width: rows.width - list - 1,
            ..rows
        };
        (
            Rect {
                width: list,
                ..rows
            },
            Some(preview),
        )
    } else if rows.height >= PREVIEW_UNDER_HEIGHT {
        let list = rows.height / 2;
        let preview = Rect {
            y: rows.y + list + 1,
            height: rows.height - list - 1,
            ..rows
        };
        (
            Rect {
                height: list,
                ..rows
            },
            Some(preview),
        )
    } else {
        (rows, None)
    }
}

/// The rows the results list takes (see `results_split`).
pub fn results_rows(popup: Rect) -> Rect {
    results_split(popup).0
}
