//! The Library pane's rows of the key table. Typing filters there, so every printable
//! character goes to the filter (`keymap::action_for`) and these keys are arrows, Enter,
//! Esc, Backspace, function keys and Ctrl combinations.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key};
use crate::action::Action;
use crate::app::{LibraryAction, Mode};

const LIBRARY: &[Mode] = &[Mode::Library];

fn bind(
    keys: &[Key],
    action: LibraryAction,
    group: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        modes: LIBRARY,
        keys: keys.to_vec(),
        action: Action::Library(action),
        group,
        hint,
    }
}

/// The Library pane's bindings, in the order the help lists them.
pub(super) fn bindings() -> Vec<Binding> {
    use KeyCode::{Backspace, Down, End, Enter, Esc, F, Home, PageDown, PageUp, Up};
    let p = Key::plain;
    vec![
        bind(
            &[p(Down), Key::ctrl('n')],
            LibraryAction::SelectNext,
            "next / previous brief",
            Some("move"),
        ),
        bind(
            &[p(Up), Key::ctrl('p')],
            LibraryAction::SelectPrevious,
            "next / previous brief",
            Some("move"),
        ),
        bind(
            &[p(Home), p(PageUp)],
            LibraryAction::SelectFirst,
            "first row (All briefs) / last brief",
            None,
        ),
        bind(
            &[p(End), p(PageDown)],
            LibraryAction::SelectLast,
            "first row (All briefs) / last brief",
            None,
        ),
        bind(
            &[p(Enter)],
            LibraryAction::Open,
            "open the brief, or all briefs",
            Some("open"),
        ),
        bind(
            &[Key::ctrl('d')],
            LibraryAction::Compare,
            "what changed from the brief's other version (same series and number)",
            Some("diff"),
        ),
        bind(
            &[p(Backspace)],
            LibraryAction::FilterDeleteChar,
            "delete a character of the filter",
            None,
        ),
        bind(
            &[Key::ctrl('u')],
            LibraryAction::FilterClear,
            "clear the filter",
            None,
        ),
        Binding {
            modes: LIBRARY,
            keys: vec![p(Esc)],
            action: Action::Back,
            group: "back to the open brief, if one is; stops reading all briefs",
            hint: Some("back"),
        },
        Binding {
            modes: LIBRARY,
            keys: vec![p(F(1))],
            action: Action::ToggleHelp,
            group: "show this help",
            hint: Some("help"),
        },
        Binding {
            modes: LIBRARY,
            keys: vec![Key::ctrl('c')],
            action: Action::Quit,
            group: "quit",
            hint: Some("quit"),
        },
    ]
}
