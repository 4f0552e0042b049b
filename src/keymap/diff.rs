//! The diff view's rows of the key table: move through the changes, scroll the selected
//! change's quotes, go back to the Library pane.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key};
use crate::action::Action;
use crate::app::Mode;

const DIFF: &[Mode] = &[Mode::Diff];

fn bind(keys: &[Key], action: Action, group: &'static str, hint: Option<&'static str>) -> Binding {
    Binding {
        modes: DIFF,
        keys: keys.to_vec(),
        action,
        group,
        hint,
    }
}

/// The diff view's bindings, in the order the help lists them.
pub(super) fn bindings() -> Vec<Binding> {
    use KeyCode::{Backspace, Down, End, Esc, Home, PageDown, PageUp, Up};
    let p = Key::plain;
    let c = Key::char;
    vec![
        bind(
            &[c('j'), p(Down)],
            Action::SelectNext,
            "next / previous change",
            Some("move"),
        ),
        bind(
            &[c('k'), p(Up)],
            Action::SelectPrevious,
            "next / previous change",
            Some("move"),
        ),
        bind(
            &[c('g'), p(Home)],
            Action::SelectFirst,
            "first / last change",
            None,
        ),
        bind(
            &[c('G'), p(End)],
            Action::SelectLast,
            "first / last change",
            None,
        ),
        bind(
            &[p(PageDown), c(' ')],
            Action::SelectPageDown,
            "scroll the change's quotes down / up",
            Some("scroll"),
        ),
        bind(
            &[p(PageUp)],
            Action::SelectPageUp,
            "scroll the change's quotes down / up",
            None,
        ),
        bind(
            &[p(Esc), p(Backspace)],
            Action::Back,
            "back to the Library pane",
            Some("back"),
        ),
        bind(
            &[c('?')],
            Action::ToggleHelp,
            "show this help",
            Some("help"),
        ),
        bind(
            &[c('q'), Key::ctrl('c')],
            Action::Quit,
            "quit",
            Some("quit"),
        ),
    ]
}
