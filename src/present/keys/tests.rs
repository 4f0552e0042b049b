//! The slide keys: the default table, what a blanked screen or the help takes, a
//! follower's few keys, and overrides from the settings file.

use super::*;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn solo(state: &Presentation, code: KeyCode) -> Option<PresentAction> {
    action_for(state, Role::Solo, press(code))
}

#[test]
fn the_issue_keys_map_to_their_actions() {
    let p = Presentation::new(10, 0);
    for code in [
        KeyCode::Right,
        KeyCode::Char(' '),
        KeyCode::Char('l'),
        KeyCode::PageDown,
    ] {
        assert_eq!(solo(&p, code), Some(PresentAction::NextSlide), "{code:?}");
    }
    for code in [KeyCode::Left, KeyCode::Char('h'), KeyCode::PageUp] {
        assert_eq!(
            solo(&p, code),
            Some(PresentAction::PreviousSlide),
            "{code:?}"
        );
    }
    assert_eq!(solo(&p, KeyCode::Home), Some(PresentAction::FirstSlide));
    assert_eq!(solo(&p, KeyCode::Char('G')), Some(PresentAction::LastSlide));
    assert_eq!(
        solo(&p, KeyCode::Char('7')),
        Some(PresentAction::TypeJumpDigit(7))
    );
    assert_eq!(solo(&p, KeyCode::Enter), Some(PresentAction::Confirm));
    assert_eq!(
        solo(&p, KeyCode::Char('t')),
        Some(PresentAction::ToggleTimer)
    );
    assert_eq!(solo(&p, KeyCode::Char('b')), Some(PresentAction::Blank));
    assert_eq!(
        solo(&p, KeyCode::Char('n')),
        Some(PresentAction::ToggleNotes)
    );
    assert_eq!(
        solo(&p, KeyCode::Char('f')),
        Some(PresentAction::ToggleFooter)
    );
    assert_eq!(
        solo(&p, KeyCode::Char('?')),
        Some(PresentAction::ToggleHelp)
    );
    assert_eq!(solo(&p, KeyCode::Char('q')), Some(PresentAction::Quit));
    assert_eq!(solo(&p, KeyCode::Char('z')), None);
}

#[test]
fn any_key_unblanks_and_releases_are_ignored() {
    let mut p = Presentation::new(10, 0);
    p.blanked = true;
    assert_eq!(solo(&p, KeyCode::Char('q')), Some(PresentAction::Unblank));
    assert_eq!(solo(&p, KeyCode::Right), Some(PresentAction::Unblank));
    let mut release = press(KeyCode::Right);
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(&p, Role::Solo, release), None);
}

#[test]
fn backspace_erases_a_digit_before_it_goes_back() {
    let mut p = Presentation::new(10, 3);
    assert_eq!(
        solo(&p, KeyCode::Backspace),
        Some(PresentAction::PreviousSlide)
    );
    p.jump.push('1');
    assert_eq!(
        solo(&p, KeyCode::Backspace),
        Some(PresentAction::EraseJumpDigit)
    );
}

#[test]
fn a_follower_cannot_move_the_deck() {
    let p = Presentation::new(10, 0);
    let follow = |code| action_for(&p, Role::Follower, press(code));
    assert_eq!(follow(KeyCode::Right), None);
    assert_eq!(follow(KeyCode::Char('3')), None);
    assert_eq!(follow(KeyCode::Char('t')), None);
    assert_eq!(follow(KeyCode::Char('n')), Some(PresentAction::ToggleNotes));
    assert_eq!(follow(KeyCode::Char('q')), Some(PresentAction::Quit));
}

#[test]
fn help_is_generated_from_the_bindings() {
    let lines = help_lines(Role::Solo, false);
    assert_eq!(lines[0], ("→ Space l PgDn ↓ j".to_string(), "next slide"));
    assert!(lines.iter().any(|(keys, _)| keys == "b ."));
    assert!(lines.iter().any(|(keys, _)| keys == "1-9…"));
    assert!(
        !help_lines(Role::Follower, false)
            .iter()
            .any(|(_, help)| *help == "next slide")
    );
    assert!(
        help_lines(Role::Follower, false)
            .iter()
            .all(|(_, help)| !help.contains("number")),
        "a follower types no numbers"
    );
}

fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

#[test]
fn an_override_moves_a_slide_action_and_the_help_and_footer_follow() {
    let (table, problems) = with_overrides(
        &table::BINDINGS,
        &[
            Override::new("next_slide", vec![key('x')]),
            Override::new("toggle_notes", vec![key('b')]),
            Override::new("first_slide", vec![key('0')]),
            Override::new("quit", vec![key('Q')]),
            Override::new("cancel", vec![key('z')]),
        ],
    );
    assert_eq!(problems, Vec::<String>::new());
    let p = Presentation::new(10, 3);
    let act = |code| action_in(&table, &p, Role::Solo, press(code));
    // The new key does it; the old keys no longer do.
    assert_eq!(act(KeyCode::Char('x')), Some(PresentAction::NextSlide));
    assert_eq!(act(KeyCode::Right), None);
    assert_eq!(act(KeyCode::Char(' ')), None);
    // A key given to another action is taken from the one that had it.
    assert_eq!(act(KeyCode::Char('b')), Some(PresentAction::ToggleNotes));
    assert_eq!(act(KeyCode::Char('.')), Some(PresentAction::Blank));
    // A digit bound to an action does it instead of typing a slide number.
    assert_eq!(act(KeyCode::Char('0')), Some(PresentAction::FirstSlide));
    assert_eq!(
        act(KeyCode::Char('5')),
        Some(PresentAction::TypeJumpDigit(5))
    );
    // The help lists the keys as bound.
    let help = help_lines_in(&table, Role::Solo, false);
    assert!(help.contains(&("x".to_string(), "next slide")), "{help:?}");
    assert!(help.contains(&(".".to_string(), "blank the screen; any key brings it back")));
    assert!(help.contains(&("Q".to_string(), "leave")), "{help:?}");
    // The footer names them too.
    assert_eq!(
        footer_hint_in(&table, Role::Solo, false, false),
        "x next · ← back · b notes · ? help"
    );
    assert_eq!(
        footer_hint_in(&table, Role::Follower, false, false),
        "b notes · . blank · Q leave · ? help"
    );
    // Slides opened with `p`: the key that steps back, as bound, leads to the explorer.
    assert_eq!(
        footer_hint_in(&table, Role::Solo, false, true),
        "x next · ← back · b notes · z explorer · ? help"
    );
    assert_eq!(short_hint_in(&table, true, false), "z explorer · ? help");
    assert!(help_lines_in(&table, Role::Solo, true).contains(&(
        "z".to_string(),
        "forget a number typed, close help or notes; else back to the explorer"
    )),);
    // With the help open, only the quit key as bound leaves; any other closes the help.
    let mut helping = Presentation::new(10, 3);
    helping.help = true;
    let in_help = |code| action_in(&table, &helping, Role::Solo, press(code));
    assert_eq!(in_help(KeyCode::Char('Q')), Some(PresentAction::Quit));
    assert_eq!(in_help(KeyCode::Char('q')), Some(PresentAction::Cancel));
}

#[test]
fn an_action_left_without_keys_leaves_the_help_and_footer() {
    let (table, _) = with_overrides(
        &table::BINDINGS,
        &[Override::new("scroll_notes_up", Vec::new())],
    );
    assert_eq!(
        footer_hint_in(&table, Role::Presenter, true, false),
        "→ next · ← back · ? help",
        "J/K notes needs both keys"
    );
    assert!(
        !help_lines_in(&table, Role::Solo, false)
            .iter()
            .any(|(_, help)| help.contains("notes up"))
    );
}

#[test]
fn esc_is_named_as_the_way_back_only_where_it_leads_back() {
    let table = &table::BINDINGS;
    // Opened with `p`: Esc goes back to the explorer once nothing nearer is open.
    assert_eq!(
        footer_hint_in(table, Role::Solo, false, true),
        "→ next · ← back · n notes · Esc explorer · ? help"
    );
    assert_eq!(short_hint_in(table, true, false), "Esc explorer · ? help");
    // With the notes open, Esc closes them first: the footer does not promise the explorer.
    assert!(!footer_hint_in(table, Role::Solo, true, true).contains("Esc"));
    assert_eq!(short_hint_in(table, true, true), "? help");
    // `briefing present` has no explorer to go back to: Esc only closes things there.
    assert!(!footer_hint_in(table, Role::Solo, false, false).contains("Esc"));
    assert_eq!(short_hint_in(table, false, false), "? help");
    let esc = |role, leaves| {
        help_lines_in(table, role, leaves)
            .into_iter()
            .find(|(keys, _)| keys == "Esc")
            .map(|(_, help)| help)
    };
    assert_eq!(
        esc(Role::Solo, true),
        Some("forget a number typed, close help or notes; else back to the explorer")
    );
    assert_eq!(
        esc(Role::Solo, false),
        Some("forget a number typed, close help or notes")
    );
    assert_eq!(esc(Role::Follower, false), Some("close help or notes"));
}

#[test]
fn the_default_footer_reads_as_before() {
    let table = &table::BINDINGS;
    assert_eq!(
        footer_hint_in(table, Role::Presenter, false, false),
        "→ next · ← back · J/K notes · ? help"
    );
    assert_eq!(
        footer_hint_in(table, Role::Follower, true, false),
        "J/K scroll notes · q leave · ? help"
    );
    assert!(is_action_name("next_slide") && is_action_name("toggle_help"));
    assert!(!is_action_name("select_next"), "an explorer action");
}
