//! The "Who stands where" matrix at several sizes and for two briefs: names in whole words,
//! and the cell drawn as the cursor is the cell a move or a click selected.

use ratatui::layout::Rect;
use ratatui::style::Color;

use super::*;
use crate::brief::Brief;
use crate::layout::{matrix_split, screen};

const SIZES: [(u16, u16); 4] = [(80, 24), (100, 30), (120, 40), (200, 60)];

/// The U.S.-Iran brief: 18 actors, more than fit at 80 columns.
fn iran() -> Brief {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/us-iran-ceasefire.toml");
    crate::brief::load_file(&path).expect("fixture loads")
}

fn briefs() -> [Brief; 2] {
    [load_embedded().unwrap(), iran()]
}

fn positions_of(brief: Brief, width: u16, height: u16) -> App {
    let mut app = App::new(brief);
    apply(
        &mut app,
        [
            Action::Resize(width, height),
            Action::FocusPane(Pane::Positions),
        ],
    );
    app
}

/// The matrix's block on screen, inside its border.
fn matrix_inner(app: &App) -> Rect {
    inner(matrix_split(areas(screen(app)).body).1)
}

/// Every point of the matrix drawn as the cell cursor (the colour theme's cyan).
fn cursor_points(app: &App, theme: &Theme) -> Vec<(u16, u16)> {
    let terminal = draw_app(app, theme);
    let buf = terminal.backend().buffer();
    let area = matrix_inner(app);
    (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].style().bg == theme.selected.bg)
        .collect()
}

/// The text of the screen row `y` between columns `from` and `to`.
fn text_at(buf: &Buffer, y: u16, from: u16, to: u16) -> String {
    (from..to).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn every_cell_moved_to_is_drawn_as_the_cursor_and_a_click_there_selects_it() {
    let theme = Theme::colour();
    for brief in briefs() {
        for (width, height) in SIZES {
            let mut app = positions_of(brief.clone(), width, height);
            for step in 0..app.matrix.cells.len() {
                let (position, actor) = (app.list(Pane::Positions).selected, app.cell_col);
                let points = cursor_points(&app, &theme);
                let at = format!("{width}x{height}, step {step}, cell ({position}, {actor})");
                assert!(!points.is_empty(), "no cursor drawn at {at}");
                // The cursor is one run of cells on one row.
                assert!(points.iter().all(|p| p.1 == points[0].1), "{at}");
                for (x, y) in points {
                    assert_eq!(
                        action_at(&app, x, y),
                        Some(Action::SelectCell { position, actor }),
                        "click at ({x}, {y}) at {at}"
                    );
                }
                apply(&mut app, [Action::SelectNextCell]);
            }
        }
    }
}

#[test]
fn a_click_on_a_drawn_cell_puts_the_cursor_on_the_cell_clicked() {
    let theme = Theme::colour();
    for brief in briefs() {
        for (width, height) in SIZES {
            let app = positions_of(brief.clone(), width, height);
            let area = matrix_inner(&app);
            let terminal = draw_app(&app, &theme);
            let buf = terminal.backend().buffer();
            let mut clicked = 0;
            for y in area.top()..area.bottom() {
                for x in area.left()..area.right() {
                    // Only clicks on a stance drawn there: a word's first letter.
                    let drawn = buf[(x, y)].symbol();
                    let starts_word = x == area.left() || buf[(x - 1, y)].symbol() == " ";
                    if drawn == " " || drawn == "·" || !starts_word {
                        continue;
                    }
                    let Some(Action::SelectCell { position, actor }) = action_at(&app, x, y) else {
                        continue;
                    };
                    let stance = app.brief.positions[position].stance;
                    let word = text_at(buf, y, x, area.right());
                    let word = word.split(' ').next().unwrap_or_default();
                    assert!(
                        word.starts_with(crate::layout::stances::stance_word(stance))
                            || word.contains(stance.verb()),
                        "{word:?} at ({x}, {y}) for {stance:?}, {width}x{height}"
                    );
                    let mut clicked_app = positions_of(brief.clone(), width, height);
                    // `update`, not `apply`: a click on the cursor's cell asks to open it.
                    clicked_app.update(Action::SelectCell { position, actor });
                    assert_eq!(clicked_app.cell_col, actor);
                    assert!(
                        cursor_points(&clicked_app, &theme).contains(&(x, y)),
                        "({x}, {y}) at {width}x{height}: cursor not drawn where clicked"
                    );
                    clicked += 1;
                }
            }
            assert!(clicked >= 4, "{clicked} cells clicked at {width}x{height}");
        }
    }
}

#[test]
fn headings_and_issues_show_whole_words() {
    let theme = Theme::monochrome();
    for brief in briefs() {
        let words: Vec<String> = brief
            .actors
            .iter()
            .flat_map(|actor| {
                let short = brief.actor_short_name(&actor.id).to_string();
                actor
                    .name
                    .split_whitespace()
                    .map(str::to_string)
                    .chain([short])
                    .collect::<Vec<_>>()
            })
            .collect();
        for (width, height) in SIZES {
            let app = positions_of(brief.clone(), width, height);
            let terminal = draw_app(&app, &theme);
            let buf = terminal.backend().buffer();
            let area = matrix_inner(&app);
            let grid = crate::layout::grid(&app, matrix_split(areas(screen(&app)).body).1);
            let left = area.x + grid.issue_width as u16 + 1;
            for y in area.y..area.y + grid.header_rows as u16 {
                let heading = text_at(buf, y, left, area.right());
                for word in heading
                    .split_whitespace()
                    .filter(|w| !["◀", "▶"].contains(w))
                {
                    assert!(
                        words.iter().any(|name| name == word),
                        "heading word {word:?} at {width}x{height}:\n{heading}"
                    );
                }
            }
            let body = area.y + grid.header_rows as u16;
            for y in body..body + grid.body_height() as u16 {
                let issue = text_at(buf, y, area.x, area.x + grid.issue_width as u16);
                let issue = issue.trim_end();
                let whole = issue.trim_end_matches('…');
                assert!(
                    app.matrix.issues.iter().any(|name| {
                        name.split_whitespace()
                            .collect::<Vec<_>>()
                            .windows(whole.split_whitespace().count().max(1))
                            .any(|run| run.join(" ") == whole)
                    }),
                    "issue line {issue:?} at {width}x{height}"
                );
            }
        }
    }
}

#[test]
fn columns_scroll_to_the_cursor_and_issues_keep_their_share() {
    let theme = Theme::colour();
    let mut app = positions_of(iran(), 80, 24);
    let screen = draw_app(&app, &theme).backend().to_string();
    assert!(screen.contains("more actors ▶"), "{screen}");
    // The issue column keeps three tenths of the 78 cells although actors are hidden.
    let grid = crate::layout::grid(
        &app,
        matrix_split(areas(crate::layout::screen(&app)).body).1,
    );
    assert!(grid.issue_width >= 23, "{grid:?}");
    let last = app.matrix.actors.len() - 1;
    while app.cell_col != last {
        apply(&mut app, [Action::SelectNextCell]);
    }
    let grid = crate::layout::grid(
        &app,
        matrix_split(areas(crate::layout::screen(&app)).body).1,
    );
    assert_eq!(grid.first_col + grid.columns(), last + 1, "{grid:?}");
    let screen = draw_app(&app, &theme).backend().to_string();
    assert!(screen.contains("Who stands where · ◀"), "{screen}");
    insta::assert_snapshot!("positions_scrolled_80x24", screen);
}

#[test]
fn positions_at_120x40() {
    let theme = Theme::monochrome();
    let app = positions_of(load_embedded().unwrap(), 120, 40);
    insta::assert_snapshot!("positions_120x40", draw_app(&app, &theme).backend());
    let app = positions_of(iran(), 120, 40);
    insta::assert_snapshot!("positions_iran_120x40", draw_app(&app, &theme).backend());
}

#[test]
fn cells_read_as_verbs_or_with_a_legend_and_nothing_is_coloured_without_colour() {
    let theme = Theme::monochrome();
    let app = positions_of(load_embedded().unwrap(), 100, 30);
    let terminal = draw_app(&app, &theme);
    let screen = terminal.backend().to_string();
    // At 100 columns the matrix has 58 cells: short forms, and the legend says them.
    assert!(screen.contains("prop "), "{screen}");
    assert!(screen.contains("prop proposes"), "{screen}");
    let buf = terminal.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset),
        "{screen}"
    );
}
