//! Input through the views' geometry: clicks on tabs and rows, and random keys, clicks and
//! sizes that must never panic.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;

#[test]
fn clicks_select_tabs_and_rows_and_open_the_selected_row() {
    let mut app = app_at(80, 24);
    let tabs = tab_spans(80);
    let (_, _, start, _) = tabs[2];
    assert_eq!(
        action_at(&app, start + 1, 1),
        Some(Action::FocusPane(Pane::Figures))
    );
    apply(&mut app, [Action::FocusPane(Pane::Timeline)]);
    // Row 3 is the first list row; row 5 the third event.
    assert_eq!(action_at(&app, 10, 5), Some(Action::Select(2)));
    assert_eq!(action_at(&app, 10, 3), Some(Action::DrillDown));
    assert_eq!(action_at(&app, 0, 23), None);
}

/// A tiny deterministic generator, so a failure can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn random_keys_at_random_sizes_never_panic() {
    let codes = [
        KeyCode::Char('j'),
        KeyCode::Char('k'),
        KeyCode::Char('g'),
        KeyCode::Char('G'),
        KeyCode::Char('h'),
        KeyCode::Char('l'),
        KeyCode::Char('/'),
        KeyCode::Char('?'),
        KeyCode::Char('y'),
        KeyCode::Char('r'),
        KeyCode::Char('1'),
        KeyCode::Char('4'),
        KeyCode::Char('5'),
        KeyCode::Char('p'),
        KeyCode::Char('i'),
        KeyCode::Char('!'),
        KeyCode::Char('\''),
        KeyCode::Char('^'),
        KeyCode::Char('$'),
        KeyCode::Char(' '),
        KeyCode::Char('w'),
        KeyCode::Char('u'),
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Char('é'),
    ];
    for seed in 1..=4_u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let theme = Theme::colour();
        let mut app = app_at(80, 24);
        for _ in 0..300 {
            let action = match rng.below(20) {
                0 => {
                    let width = if rng.below(4) == 0 {
                        rng.below(4)
                    } else {
                        rng.below(220)
                    };
                    let height = if rng.below(4) == 0 {
                        rng.below(4)
                    } else {
                        rng.below(70)
                    };
                    Some(Action::Resize(width as u16, height as u16))
                }
                1 => action_at(
                    &app,
                    rng.below(u64::from(app.size.0) + 1) as u16,
                    rng.below(u64::from(app.size.1) + 1) as u16,
                ),
                _ => {
                    let code = codes[rng.below(codes.len() as u64) as usize];
                    let modifiers = if rng.below(8) == 0 {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::NONE
                    };
                    keymap::action_for_app(&app, KeyEvent::new(code, modifiers))
                }
            };
            if let Some(action) = action {
                if action == Action::Quit {
                    continue;
                }
                app.apply(action);
                app.request = None;
            }
            let area = Rect::new(0, 0, app.size.0, app.size.1);
            let mut buf = Buffer::empty(area);
            draw(&app, &theme, area, &mut buf);
        }
    }
}

#[test]
fn a_paste_cut_at_the_query_limit_says_so_under_the_query_at_80x24() {
    for theme in [Theme::colour(), Theme::monochrome()] {
        let mut app = app_at(80, 24);
        apply(
            &mut app,
            [
                Action::StartSearch,
                Action::PasteIntoSearch("china russia ".repeat(25)),
            ],
        );
        let terminal = draw_app(&app, &theme);
        let buf = terminal.backend().buffer();
        let (_, query_row) = find(buf, "/ …").expect("the query, its start cut");
        let note = "Query full: 200 characters at most, the rest was left out";
        let (x, y) = find(buf, note).expect("the whole note");
        assert_eq!(y, query_row + 1, "right under the query");
        assert_eq!(buf[(x, y)].fg, theme.error.fg.unwrap_or_default());
        assert!(
            buf[(x, y)]
                .modifier
                .contains(ratatui::style::Modifier::BOLD)
        );
        assert!(find(buf, "results").is_some(), "the count still shows");
        // The next edit that fits takes the note away.
        apply(&mut app, [Action::SearchDeleteWord]);
        let terminal = draw_app(&app, &theme);
        assert!(find(terminal.backend().buffer(), "Query full").is_none());
    }
}
