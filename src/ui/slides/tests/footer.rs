//! Tests of the slides' footer: the jump being typed, the timer, what is cut as the screen
//! narrows, a follower's session and messages.

use super::*;

#[test]
fn the_footer_hides_and_shows_a_jump_being_typed() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 0);
    state.footer = false;
    let screen = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(!screen.contains("slide 1 of"), "{screen}");
    state.jump = "12".to_string();
    let screen = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(screen.contains("go to slide 12"), "{screen}");
}

#[test]
fn the_timer_counts_down_and_warns() {
    use crate::present::PresentAction::{Tick, ToggleTimer};
    use std::time::Duration;
    let deck = deck();
    let mut state =
        Presentation::new(deck.len(), 0).with_duration(Some(Duration::from_secs(20 * 60)));
    let screen = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(screen.contains("20:00 talk · t starts timer"), "{screen}");
    state.update(ToggleTimer);
    state.update(Tick(Duration::from_secs(19 * 60)));
    let buffer = draw(&deck, &state, Role::Solo, &SlideTheme::colour(), (80, 24));
    let screen = text(&buffer);
    assert!(screen.contains("1:00 left!"), "{screen}");
    let last_row = buffer.area.height - 1;
    let warn_cell = (0..buffer.area.width)
        .map(|x| &buffer[(x, last_row)])
        .find(|cell| cell.symbol() == "!")
        .expect("the warning mark");
    assert_eq!(warn_cell.fg, Color::Red);
}

/// The last row of a drawing, trimmed on the right.
fn footer_row(buffer: &Buffer) -> String {
    text(buffer)
        .lines()
        .last()
        .unwrap_or_default()
        .trim_end()
        .to_string()
}

#[test]
fn the_footer_keeps_help_and_cuts_with_a_sign() {
    let deck = deck();
    let state = Presentation::new(deck.len(), 0);
    let theme = SlideTheme::colour();
    for width in [40, 60, 80, 120, 200] {
        let footer = footer_row(&draw(&deck, &state, Role::Solo, &theme, (width, 24)));
        assert!(footer.contains("? help"), "{width}: {footer}");
        assert!(footer.contains("t starts timer"), "{width}: {footer}");
    }
    let footer = footer_row(&draw(&deck, &state, Role::Solo, &theme, (30, 8)));
    assert!(footer.contains("? help"), "{footer}");
    assert!(footer.ends_with('…'), "cut with a sign: {footer}");
    let footer = footer_row(&draw(&deck, &state, Role::Solo, &theme, (16, 8)));
    assert!(footer.starts_with(" slide 1 of 20"), "{footer}");
}

#[test]
fn a_follower_footer_names_its_session_and_only_its_keys() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 0).with_session(Some("default".to_string()));
    state.update(crate::present::PresentAction::NoPresenter);
    for width in [80, 200] {
        let footer = footer_row(&draw(
            &deck,
            &state,
            Role::Follower,
            &SlideTheme::colour(),
            (width, 24),
        ));
        assert!(!footer.contains("t starts timer"), "{width}: {footer}");
        assert!(
            footer.contains("waiting for a presenter · session default"),
            "{width}: {footer}"
        );
        assert!(footer.contains("? help"), "{width}: {footer}");
    }
    state.update(crate::present::PresentAction::FollowSlide {
        slide: 3,
        count: deck.len(),
        blanked: false,
    });
    let footer = footer_row(&draw(
        &deck,
        &state,
        Role::Follower,
        &SlideTheme::colour(),
        (80, 24),
    ));
    assert!(footer.starts_with(" slide 4 of 20"), "{footer}");
    assert!(footer.contains("following session default"), "{footer}");
    assert!(footer.contains("? help"), "{footer}");
}

#[test]
fn a_message_in_the_footer_is_shown_whole_at_80_columns() {
    use crate::present::PresentAction::{Confirm, TypeJumpDigit};
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 14);
    state.update(TypeJumpDigit(9));
    state.update(TypeJumpDigit(9));
    state.update(Confirm);
    let message = state.status.clone().expect("a jump past the end says why");
    let screen = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(
        screen.contains(&message),
        "{message:?} not whole in:\n{screen}"
    );
}

#[test]
fn slides_opened_with_p_name_esc_as_the_way_back_at_80x24() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 1);
    let theme = SlideTheme::colour();
    let footer = |state: &Presentation, leaves: bool, width: u16| {
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, 24))
            .expect("test terminal");
        terminal
            .draw(|frame| {
                let screen = SlideScreen {
                    deck: &deck,
                    state,
                    theme: &theme,
                    role: Role::Solo,
                    leaves,
                };
                render(&screen, frame.area(), frame.buffer_mut());
            })
            .expect("draws");
        footer_row(terminal.backend().buffer())
    };
    for width in [80, 120, 200] {
        let shown = footer(&state, true, width);
        assert!(shown.contains("Esc explorer"), "{width}: {shown}");
        assert!(shown.contains("? help"), "{width}: {shown}");
        assert!(!footer(&state, false, width).contains("Esc"), "{width}");
    }
    // With the notes open, Esc closes them first: no promise of the explorer.
    state.notes = true;
    assert!(!footer(&state, true, 80).contains("Esc"));
}
