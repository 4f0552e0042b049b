//! Keys of the slide mode: one table (`table.rs`, with the settings file's overrides) gives
//! the lookup, the help and the footer's hints, so what the screen says a key does is what
//! it does.

use std::sync::OnceLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::presentation::{PresentAction, Presentation};
use crate::keymap::{Key, Override};

mod table;

pub use table::{Binding, is_action_name, with_overrides};

/// Who is driving: a lone presenter, a presenter publishing to followers, or a follower
/// showing what a presenter publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Solo,
    Presenter,
    Follower,
}

/// The table with the reader's overrides, once `configure` has run.
static CONFIGURED: OnceLock<Vec<Binding>> = OnceLock::new();

/// The slide bindings as shipped, before any settings.
pub fn default_bindings() -> &'static [Binding] {
    &table::BINDINGS
}

/// Every slide binding as configured, in the order the help lists them.
pub fn bindings() -> &'static [Binding] {
    CONFIGURED.get().unwrap_or(&table::BINDINGS)
}

/// Rebinds slide actions for the rest of the process: each override whose name is a slide
/// action (see `Binding::name`) replaces that action's keys (`with_overrides`); other names
/// are left for the explorer's key map. Returns the problems found (clashes), each starting
/// with its override's place. Only the first call counts (the key map is read from the
/// loop, the help and the footer), so it is set once, at start.
pub fn configure(overrides: &[Override]) -> Vec<String> {
    let (table, problems) = with_overrides(&table::BINDINGS, overrides);
    let _ = CONFIGURED.set(table);
    problems
}

/// The action for a key, given the state it lands in, with the configured keys. Only
/// presses count.
pub fn action_for(state: &Presentation, role: Role, key: KeyEvent) -> Option<PresentAction> {
    action_in(bindings(), state, role, key)
}

/// As `action_for`, with the keys of `table`.
pub fn action_in(
    table: &[Binding],
    state: &Presentation,
    role: Role,
    event: KeyEvent,
) -> Option<PresentAction> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('c') {
        return Some(PresentAction::Quit);
    }
    if state.blanked {
        return Some(PresentAction::Unblank);
    }
    let key = Key {
        code: event.code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    let bound = table
        .iter()
        .filter(|binding| role != Role::Follower || binding.local)
        .find(|binding| binding.keys.contains(&key))
        .map(|binding| binding.action.clone());
    if state.help {
        // Any key closes the help, except the one that leaves.
        return Some(match bound {
            Some(PresentAction::Quit) => PresentAction::Quit,
            _ => PresentAction::Cancel,
        });
    }
    if role != Role::Follower {
        if key.code == KeyCode::Backspace && !state.jump.is_empty() {
            return Some(PresentAction::EraseJumpDigit);
        }
        // Digits type a slide number, unless the reader bound one to an action.
        if let (None, KeyCode::Char(c @ '0'..='9')) = (&bound, key.code) {
            return Some(PresentAction::TypeJumpDigit(c as u8 - b'0'));
        }
    }
    bound
}

/// One help line a binding: the keys as they read on a keyboard, and what they do.
/// `leaves`: the slides were opened with `p`, so Esc with nothing to close goes back to the
/// explorer (`PresentAction::Leave`).
pub fn help_lines(role: Role, leaves: bool) -> Vec<(String, &'static str)> {
    help_lines_in(bindings(), role, leaves)
}

/// As `help_lines`, for the keys of `table`, and Ctrl-z last. An action left with no key is
/// not listed.
pub fn help_lines_in(table: &[Binding], role: Role, leaves: bool) -> Vec<(String, &'static str)> {
    let mut lines: Vec<(String, &'static str)> = table
        .iter()
        .filter(|binding| role != Role::Follower || binding.local)
        .filter(|binding| !binding.keys.is_empty())
        .map(|binding| {
            let help = match (&binding.action, role) {
                // A follower types no slide numbers.
                (PresentAction::Cancel, Role::Follower) => "close help or notes",
                (PresentAction::Cancel, _) if leaves => {
                    "forget a number typed, close help or notes; else back to the explorer"
                }
                _ => binding.help,
            };
            (names(&binding.keys, " "), help)
        })
        .collect();
    if role != Role::Follower {
        let at = lines
            .iter()
            .position(|(_, help)| help.starts_with("with a number"))
            .unwrap_or(lines.len());
        let confirm = first_key(table, &PresentAction::Confirm);
        let typing = if confirm.as_deref() == Some("Enter") {
            "type a slide number, then Enter"
        } else {
            "type a slide number, then the key that confirms it"
        };
        lines.insert(at, ("1-9…".to_string(), typing));
    }
    // The terminal's keys act here as everywhere (`keymap::TERMINAL_KEYS`).
    lines.push(("Ctrl-z".to_string(), "suspend to the shell (fg resumes)"));
    lines
}

/// The footer's reminder when there is room for no other: "? help" with the help key as
/// bound; empty when no key opens the help.
pub fn help_hint() -> String {
    hint(bindings(), &PresentAction::ToggleHelp, None, "help")
}

/// The footer's shortest hint: the way back to the explorer while Esc takes it (`leaves`,
/// nothing open to close first), then "? help": "Esc explorer · ? help".
pub fn short_hint(leaves: bool, notes_shown: bool) -> String {
    short_hint_in(bindings(), leaves, notes_shown)
}

/// As `short_hint`, for the keys of `table`.
pub fn short_hint_in(table: &[Binding], leaves: bool, notes_shown: bool) -> String {
    let mut parts = Vec::new();
    if leaves && !notes_shown {
        parts.push(hint(table, &PresentAction::Cancel, None, "explorer"));
    }
    parts.push(hint(table, &PresentAction::ToggleHelp, None, "help"));
    parts.retain(|part| !part.is_empty());
    parts.join(" · ")
}

/// The first key bound to `action` in the configured table, as the help spells it
/// (`"J"`), for signs that name a key; empty when none is bound.
pub fn key_for(action: &PresentAction) -> String {
    first_key(bindings(), action).unwrap_or_default()
}

/// The few keys worth a reminder in the footer: only keys the role really has, the notes'
/// scroll keys while notes show (a presenter's always do), and, for slides opened with `p`
/// (`leaves`), the key back to the explorer, as configured.
pub fn footer_hint(role: Role, notes_shown: bool, leaves: bool) -> String {
    footer_hint_in(bindings(), role, notes_shown, leaves)
}

/// As `footer_hint`, for the keys of `table`: "→ next · ← back · J/K notes · ? help".
/// A part whose action has no key is left out.
pub fn footer_hint_in(table: &[Binding], role: Role, notes_shown: bool, leaves: bool) -> String {
    use PresentAction as A;
    let one = |action: &A, word: &str| hint(table, action, None, word);
    let scroll = |word: &str| {
        hint(
            table,
            &A::ScrollNotes { down: true },
            Some(&A::ScrollNotes { down: false }),
            word,
        )
    };
    let mut parts = match (role, notes_shown) {
        (Role::Presenter, _) | (Role::Solo, true) => vec![
            one(&A::NextSlide, "next"),
            one(&A::PreviousSlide, "back"),
            scroll("notes"),
        ],
        (Role::Follower, false) => vec![
            one(&A::ToggleNotes, "notes"),
            one(&A::Blank, "blank"),
            one(&A::Quit, "leave"),
        ],
        (Role::Follower, true) => vec![scroll("scroll notes"), one(&A::Quit, "leave")],
        (Role::Solo, false) => vec![
            one(&A::NextSlide, "next"),
            one(&A::PreviousSlide, "back"),
            one(&A::ToggleNotes, "notes"),
        ],
    };
    // Esc goes back to the explorer only when nothing nearer is open to close.
    if leaves && role == Role::Solo && !notes_shown {
        parts.push(one(&A::Cancel, "explorer"));
    }
    parts.push(one(&A::ToggleHelp, "help"));
    parts.retain(|part| !part.is_empty());
    parts.join(" · ")
}

/// "n notes", "J/K notes": the first key of `action` (and of `pair`, after a slash), then
/// the word; empty when a key is missing.
fn hint(
    table: &[Binding],
    action: &PresentAction,
    pair: Option<&PresentAction>,
    word: &str,
) -> String {
    let Some(key) = first_key(table, action) else {
        return String::new();
    };
    match pair.map(|pair| first_key(table, pair)) {
        None => format!("{key} {word}"),
        Some(Some(other)) => format!("{key}/{other} {word}"),
        Some(None) => String::new(),
    }
}

fn first_key(table: &[Binding], action: &PresentAction) -> Option<String> {
    table
        .iter()
        .find(|binding| binding.action == *action)
        .and_then(|binding| binding.keys.first())
        .map(|key| key_name(*key))
}

fn names(keys: &[Key], separator: &str) -> String {
    keys.iter()
        .map(|key| key_name(*key))
        .collect::<Vec<_>>()
        .join(separator)
}

/// How the slide help spells a key: arrows as arrows, "Bksp", "Ctrl-" before a control key.
fn key_name(key: Key) -> String {
    let base = match key.code {
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
    };
    if key.ctrl {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod tests;
