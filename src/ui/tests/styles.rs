//! Where colour or a modifier carries meaning, the cells that must carry it: the
//! selection, search matches, a quote in its paragraph, the matrix's cell cursor.

use ratatui::style::{Color, Modifier};

use super::*;

#[test]
fn selected_row_is_marked_and_reversed_without_colour() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    apply(
        &mut app,
        [Action::FocusPane(Pane::Timeline), Action::SelectNext],
    );
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "China reported to spend").unwrap();
    assert_eq!(buf[(1, y)].symbol(), "▶");
    for column in [1, x, x + 5] {
        let cell = &buf[(column, y)];
        assert!(
            cell.modifier.contains(Modifier::REVERSED | Modifier::BOLD),
            "{column}"
        );
        assert_eq!(cell.fg, Color::Reset);
        assert_eq!(cell.bg, Color::Reset);
    }
    let (x, y) = find(buf, "China-Russia trade at").unwrap();
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
    assert_eq!(buf[(1, y)].symbol(), " ");
}

#[test]
fn selected_row_is_coloured_with_colour() {
    let theme = Theme::colour();
    let mut app = app_at(80, 24);
    apply(&mut app, [Action::FocusPane(Pane::Figures)]);
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "US$6 billion").unwrap();
    assert_eq!(buf[(x, y)].bg, Color::Cyan);
    assert_eq!(buf[(x, y)].fg, Color::Black);
}

#[test]
fn search_highlights_the_matched_characters() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    apply(&mut app, [Action::StartSearch]);
    apply(&mut app, "pipeline".chars().map(Action::SearchInput));
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "pipelines carrying").unwrap();
    for offset in 0..8 {
        let cell = &buf[(x + offset, y)];
        assert!(
            cell.modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED),
            "{offset}"
        );
    }
    assert!(!buf[(x + 9, y)].modifier.contains(Modifier::UNDERLINED));
    assert!(
        find(buf, "Position").is_some(),
        "results say which pane they come from"
    );
}

#[test]
fn detail_highlights_the_quote_inside_its_paragraph() {
    let theme = Theme::monochrome();
    let mut app = app_at(160, 48);
    apply(
        &mut app,
        [
            Action::FocusPane(Pane::Positions),
            Action::Select(6),
            Action::DrillDown,
        ],
    );
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "teaming").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find(buf, "remains strong").unwrap();
    assert!(
        !buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "the rest of the paragraph is plain"
    );
}

#[test]
fn matrix_columns_follow_the_cell_cursor() {
    let theme = Theme::colour();
    // 50 columns: the embedded brief's six actors do not all fit.
    let mut app = app_at(50, 24);
    apply(&mut app, [Action::FocusPane(Pane::Positions)]);
    let last = app.matrix.actors.len() - 1;
    for _ in 0..app.matrix.cells.len() {
        if app.cell_col == last {
            break;
        }
        apply(&mut app, [Action::SelectNextCell]);
    }
    assert_eq!(app.cell_col, last);
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let screen = terminal.backend().to_string();
    assert!(screen.contains("Who stands where · ◀"), "{screen}");
    let (_, matrix) = crate::layout::matrix_split(areas(crate::layout::screen(&app)).body);
    let grid = crate::layout::grid(&app, matrix);
    // The heading's last line sits on the row above the cells.
    let heading = grid.headings.last().and_then(|lines| lines.last()).unwrap();
    let (x, y) = find(buf, heading).expect("the cursor's actor heading shows");
    // Some cell in the cursor's column is drawn as the cursor.
    let cursor =
        (y + 1..buf.area.height).find(|&row| buf[(x, row)].style().bg == theme.selected.bg);
    assert!(cursor.is_some(), "{screen}");
    // A click on a scrolled column selects that actor's cell, not the unscrolled one.
    let position = app.list(Pane::Positions).selected;
    assert_eq!(
        action_at(&app, x, cursor.unwrap_or_default()),
        Some(Action::SelectCell {
            position,
            actor: last
        })
    );
    // Hidden issue rows are announced.
    assert!(screen.contains("more issues"), "{screen}");
}
