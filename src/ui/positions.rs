//! The positions pane: every position in a list, and beside it the actor × issue matrix of
//! who holds which stance on what (`positions/matrix.rs`), with a cell cursor that selects
//! a position.

mod matrix;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Widget;

use crate::app::{App, Pane};
use crate::brief::{Brief, Position, join_names};
use crate::layout::columns::truncate_words;
use crate::layout::matrix_split as split;
use crate::theme::Theme;
use crate::ui::{block, draw_row, fit, row_style, visible, width_of};

/// Cells of the stance column of the list: the longest verb and a space.
const STANCE: usize = 9;

/// Everyone holding a position, by name: "China and Russia".
fn who(brief: &Brief, position: &Position) -> String {
    let names: Vec<String> = position
        .actors
        .iter()
        .map(|a| brief.actor_name(a).to_string())
        .collect();
    join_names(&names)
}

/// Everyone holding a position in `room` cells: by name when that fits, else by short name
/// ("CNPC and Russian oil companies"), cut after a whole word with "…"; just "…" when not
/// even the first word fits.
fn who_within(brief: &Brief, position: &Position, room: usize) -> String {
    let names = who(brief, position);
    if width_of(&names) <= room {
        return names;
    }
    let short: Vec<String> = position
        .actors
        .iter()
        .map(|a| brief.actor_short_name(a).to_string())
        .collect();
    let short = join_names(&short);
    let first = short.split_whitespace().next().map_or(0, width_of);
    if first + 1 > room && width_of(&short) > room {
        return "…".to_string();
    }
    truncate_words(&short, room)
}

/// The list's row for a position, in `room` cells after the marker: the stance, the brief
/// `column` (All briefs), the `issue` (without its brief's mark; cut after a whole word when
/// it alone is too long) and who, as much as fits; " …" when only that fits after the issue.
fn list_row<'a>(
    brief: &Brief,
    position: &Position,
    issue: &str,
    column: Option<Span<'a>>,
    theme: &Theme,
    room: usize,
) -> Vec<Span<'a>> {
    let mut spans = vec![Span::styled(
        fit(position.stance.verb(), STANCE),
        theme.label,
    )];
    let mut room = room.saturating_sub(STANCE);
    if let Some(column) = column {
        room = room.saturating_sub(width_of(&column.content));
        spans.push(column);
    }
    let cut = truncate_words(issue, room);
    let after = room.saturating_sub(width_of(&cut));
    let whole = cut == issue;
    if !whole || after < 4 {
        spans.push(Span::raw(cut));
        // Not even " · …" fits: " …" says that who is left out.
        if whole && after >= 2 {
            spans.push(Span::styled(" …", theme.muted));
        }
        return spans;
    }
    let rest = after - 3;
    spans.push(Span::raw(format!("{cut} · ")));
    spans.push(Span::styled(who_within(brief, position, rest), theme.muted));
    spans
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (list_area, matrix_area) = split(area);
    let positions = &app.brief.positions;
    let list = app.list(Pane::Positions);
    let outer = block(theme, " Positions · stance · issue · who ", true);
    let rows = outer.inner(list_area);
    outer.render(list_area, buf);
    let tag_width = crate::ui::brief_column_width(app, usize::from(rows.width).saturating_sub(11));
    for (row, index) in visible(positions.len(), list.offset, rows.height).enumerate() {
        let position = &positions[index];
        let (mark, style) = row_style(theme, index == list.selected, true);
        let room = usize::from(rows.width).saturating_sub(width_of(mark));
        let (tag, issue) = app.split_mark(&position.issue);
        let column = crate::ui::brief_column(tag, tag_width, theme);
        let spans = list_row(&app.brief, position, issue, column, theme, room);
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
    matrix::render(app, theme, matrix_area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::load_embedded;

    fn pipelines(brief: &Brief) -> &Position {
        brief
            .positions
            .iter()
            .find(|position| position.issue == "Oil and gas pipelines")
            .unwrap()
    }

    #[test]
    fn who_takes_short_names_when_the_names_do_not_fit() {
        let brief = load_embedded().unwrap();
        let position = pipelines(&brief);
        let names = "China National Petroleum Corporation and Russian oil companies";
        assert_eq!(who_within(&brief, position, 80), names);
        assert_eq!(
            who_within(&brief, position, 40),
            "CNPC and Russian oil companies"
        );
        assert_eq!(who_within(&brief, position, 20), "CNPC and Russian…");
        assert_eq!(who_within(&brief, position, 5), "CNPC…");
        assert_eq!(who_within(&brief, position, 4), "…");
    }

    #[test]
    fn a_list_row_never_cuts_a_word_without_a_sign() {
        let brief = load_embedded().unwrap();
        let theme = Theme::monochrome();
        let position = pipelines(&brief);
        let text = |room: usize| -> String {
            list_row(&brief, position, &position.issue, None, &theme, room)
                .iter()
                .map(|span| span.content.to_string())
                .collect()
        };
        // 76 cells: an 80-column list without borders and marker.
        assert_eq!(
            text(76),
            "acts     Oil and gas pipelines · CNPC and Russian oil companies"
        );
        assert_eq!(text(36), "acts     Oil and gas pipelines · …");
        assert_eq!(text(25), "acts     Oil and gas…");
        assert_eq!(text(32), "acts     Oil and gas pipelines …");
        assert_eq!(text(31), "acts     Oil and gas pipelines");
        for room in 12..80 {
            assert!(width_of(&text(room)) <= room, "{room}: {}", text(room));
        }
    }
}
