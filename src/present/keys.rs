//! Keys of the slide mode: one table gives both the lookup and the help text.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::presentation::{PresentAction, Presentation};

/// Who is driving: a lone presenter, a presenter publishing to followers, or a follower
/// showing what a presenter publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Solo,
    Presenter,
    Follower,
}

struct Binding {
    codes: &'static [KeyCode],
    action: PresentAction,
    help: &'static str,
    /// A follower may use it: it changes only what this screen shows.
    local: bool,
}

const BINDINGS: &[Binding] = &[
    Binding {
        codes: &[
            KeyCode::Right,
            KeyCode::Char(' '),
            KeyCode::Char('l'),
            KeyCode::PageDown,
            KeyCode::Down,
            KeyCode::Char('j'),
        ],
        action: PresentAction::NextSlide,
        help: "next slide",
        local: false,
    },
    Binding {
        codes: &[
            KeyCode::Left,
            KeyCode::Char('h'),
            KeyCode::PageUp,
            KeyCode::Up,
            KeyCode::Char('k'),
            KeyCode::Backspace,
        ],
        action: PresentAction::PreviousSlide,
        help: "previous slide",
        local: false,
    },
    Binding {
        codes: &[KeyCode::Home, KeyCode::Char('g')],
        action: PresentAction::FirstSlide,
        help: "first slide",
        local: false,
    },
    Binding {
        codes: &[KeyCode::End, KeyCode::Char('G')],
        action: PresentAction::LastSlide,
        help: "last slide",
        local: false,
    },
    Binding {
        codes: &[KeyCode::Enter],
        action: PresentAction::Confirm,
        help: "with a number: go there; alone: explore the slide's item",
        local: false,
    },
    Binding {
        codes: &[KeyCode::Char('t')],
        action: PresentAction::ToggleTimer,
        help: "start or pause the timer",
        local: false,
    },
    Binding {
        codes: &[KeyCode::Char('r')],
        action: PresentAction::ResetTimer,
        help: "reset the timer",
        local: false,
    },
    Binding {
        codes: &[KeyCode::Char('b'), KeyCode::Char('.')],
        action: PresentAction::Blank,
        help: "blank the screen; any key brings it back",
        local: true,
    },
    Binding {
        codes: &[KeyCode::Char('n')],
        action: PresentAction::ToggleNotes,
        help: "speaker notes: the items and quotes behind the slide",
        local: true,
    },
    Binding {
        codes: &[KeyCode::Char('J'), KeyCode::Char(']')],
        action: PresentAction::ScrollNotes { down: true },
        help: "scroll the speaker notes down",
        local: true,
    },
    Binding {
        codes: &[KeyCode::Char('K'), KeyCode::Char('[')],
        action: PresentAction::ScrollNotes { down: false },
        help: "scroll the speaker notes up",
        local: true,
    },
    Binding {
        codes: &[KeyCode::Char('f')],
        action: PresentAction::ToggleFooter,
        help: "hide or show the footer",
        local: true,
    },
    Binding {
        codes: &[KeyCode::Char('?')],
        action: PresentAction::ToggleHelp,
        help: "this help",
        local: true,
    },
    Binding {
        codes: &[KeyCode::Esc],
        action: PresentAction::Cancel,
        help: "forget a number typed, close help",
        local: true,
    },
    Binding {
        codes: &[KeyCode::Char('q')],
        action: PresentAction::Quit,
        help: "leave",
        local: true,
    },
];

/// The action for a key, given the state it lands in. Only presses count.
pub fn action_for(state: &Presentation, role: Role, key: KeyEvent) -> Option<PresentAction> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(PresentAction::Quit);
    }
    if state.blanked {
        return Some(PresentAction::Unblank);
    }
    if state.help && key.code != KeyCode::Char('q') {
        return Some(PresentAction::Cancel);
    }
    if role != Role::Follower {
        if let KeyCode::Char(c @ '0'..='9') = key.code {
            return Some(PresentAction::TypeJumpDigit(c as u8 - b'0'));
        }
        if key.code == KeyCode::Backspace && !state.jump.is_empty() {
            return Some(PresentAction::EraseJumpDigit);
        }
    }
    BINDINGS
        .iter()
        .filter(|binding| role != Role::Follower || binding.local)
        .find(|binding| binding.codes.contains(&key.code))
        .map(|binding| binding.action.clone())
}

/// One help line a binding: the keys as they read on a keyboard, and what they do.
pub fn help_lines(role: Role) -> Vec<(String, &'static str)> {
    let mut lines: Vec<(String, &'static str)> = BINDINGS
        .iter()
        .filter(|binding| role != Role::Follower || binding.local)
        .map(|binding| {
            let names: Vec<String> = binding.codes.iter().map(|code| key_name(*code)).collect();
            // A follower types no slide numbers, so Esc only closes help.
            let help = if role == Role::Follower && binding.action == PresentAction::Cancel {
                "close help"
            } else {
                binding.help
            };
            (names.join(" "), help)
        })
        .collect();
    if role != Role::Follower {
        lines.insert(4, ("1-9…".to_string(), "type a slide number, then Enter"));
    }
    lines
}

/// The hint the footer keeps when there is room for no other.
pub const HELP_HINT: &str = "? help";

/// The few keys worth a reminder in the footer: only keys the role really has, and the
/// notes' scroll keys while notes show (a presenter's always do).
pub fn footer_hint(role: Role, notes_shown: bool) -> &'static str {
    match (role, notes_shown) {
        (Role::Presenter, _) | (Role::Solo, true) => "→ next · ← back · J/K notes · ? help",
        (Role::Follower, false) => "n notes · b blank · q leave · ? help",
        (Role::Follower, true) => "J/K scroll notes · q leave · ? help",
        (Role::Solo, false) => "→ next · ← back · n notes · ? help",
    }
}

fn key_name(code: KeyCode) -> String {
    match code {
        KeyCode::Right => "→".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::Home => "Home".to_string(),
        KeyCode::End => "End".to_string(),
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Backspace => "Bksp".to_string(),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
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
        let lines = help_lines(Role::Solo);
        assert_eq!(lines[0], ("→ Space l PgDn ↓ j".to_string(), "next slide"));
        assert!(lines.iter().any(|(keys, _)| keys == "b ."));
        assert!(lines.iter().any(|(keys, _)| keys == "1-9…"));
        assert!(
            !help_lines(Role::Follower)
                .iter()
                .any(|(_, help)| *help == "next slide")
        );
        assert!(
            help_lines(Role::Follower)
                .iter()
                .all(|(_, help)| !help.contains("number")),
            "a follower types no numbers"
        );
    }
}
