//! Keys of the Library pane, where typing filters: the arrows move, Enter opens, Esc goes
//! back to the open brief, Backspace and Ctrl-U edit the filter, Ctrl-C quits.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::action::Action;
use crate::app::LibraryAction;

/// The action a key press means on the Library pane; `None` for releases and unbound keys.
pub fn action_for(event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release
        || event
            .modifiers
            .intersects(KeyModifiers::ALT | KeyModifiers::SUPER)
    {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let library = match (event.code, ctrl) {
        (KeyCode::Char('c'), true) => return Some(Action::Quit),
        (KeyCode::Char('u'), true) => LibraryAction::FilterClear,
        (KeyCode::Char('n'), true) | (KeyCode::Down, _) => LibraryAction::SelectNext,
        (KeyCode::Char('p'), true) | (KeyCode::Up, _) => LibraryAction::SelectPrevious,
        (KeyCode::Home | KeyCode::PageUp, _) => LibraryAction::SelectFirst,
        (KeyCode::End | KeyCode::PageDown, _) => LibraryAction::SelectLast,
        (KeyCode::Enter, _) => LibraryAction::Open,
        (KeyCode::Esc, _) => return Some(Action::Back),
        (KeyCode::Backspace, _) => LibraryAction::FilterDeleteChar,
        (KeyCode::Char(c), false) => LibraryAction::Filter(c),
        _ => return None,
    };
    Some(Action::Library(library))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> Option<Action> {
        action_for(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn letters_filter_and_arrows_move() {
        assert_eq!(
            press(KeyCode::Char('j')),
            Some(Action::Library(LibraryAction::Filter('j')))
        );
        assert_eq!(
            press(KeyCode::Down),
            Some(Action::Library(LibraryAction::SelectNext))
        );
        assert_eq!(
            press(KeyCode::Enter),
            Some(Action::Library(LibraryAction::Open))
        );
        assert_eq!(press(KeyCode::Esc), Some(Action::Back));
    }

    #[test]
    fn ctrl_c_quits_and_a_release_does_nothing() {
        assert_eq!(
            action_for(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(release), None);
    }
}
