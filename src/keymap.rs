//! The key map: `(Mode, key) -> Action`, and the help and status-bar hints drawn from the
//! same table, so what the screen says a key does is what it does.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::action::Action;
use crate::app::{App, LibraryAction, Mode};
use crate::present;

mod diff;
mod library;
mod names;
mod table;

use std::sync::OnceLock;

pub use names::{action_name, parse_key};
use table::BINDINGS;

/// The table with the reader's overrides, once `configure` has run.
static CONFIGURED: OnceLock<Vec<Binding>> = OnceLock::new();

/// A key with the modifiers that matter (Ctrl, Alt); Shift is part of the character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// How the help and status line spell the key.
    pub fn name(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// One line of the key map: the keys, what they do, and in which modes.
#[derive(Debug, Clone)]
pub struct Binding {
    pub modes: &'static [Mode],
    pub keys: Vec<Key>,
    pub action: Action,
    /// Bindings with the same group share a line in the help.
    pub group: &'static str,
    /// The word in the status line, for the few keys worth a hint there.
    pub hint: Option<&'static str>,
}

/// Every binding, in the order the help lists them.
pub fn bindings() -> &'static [Binding] {
    CONFIGURED.get().unwrap_or(&BINDINGS)
}

/// Rebinds actions for the rest of the process, the explorer's and the slides'
/// (`present::keys::configure`): each `(action name, keys)` replaces that action's keys
/// (names as `action_name` spells them, or a slide action's `snake_case` name; `toggle_help`
/// and `quit` are both). Returns the names that match no action, for the settings to
/// report. Only the first call counts; the key map is read
/// from everywhere (the loop, the help, the status line), so it is set once, at start.
pub fn configure(overrides: &[(String, Vec<Key>)]) -> Vec<String> {
    let known = names::action_names(&BINDINGS);
    let unknown = overrides
        .iter()
        .filter(|(name, _)| !known.contains(name) && !present::keys::is_action_name(name))
        .map(|(name, _)| name.clone())
        .collect();
    let _ = CONFIGURED.set(names::with_overrides(&BINDINGS, overrides));
    present::keys::configure(overrides);
    unknown
}

/// The action a key press means in a mode; `None` for releases and unbound keys.
pub fn action_for(mode: Mode, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    if event
        .modifiers
        .intersects(KeyModifiers::ALT | KeyModifiers::SUPER)
    {
        return None;
    }
    let key = Key {
        code: event.code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    // Typing filters the Library pane: every printable character is text there.
    if let (Mode::Library, KeyCode::Char(c), false) = (mode, key.code, key.ctrl) {
        return Some(Action::Library(LibraryAction::Filter(c)));
    }
    let bound = bindings()
        .iter()
        .find(|binding| binding.modes.contains(&mode) && binding.keys.contains(&key))
        .map(|binding| binding.action.clone());
    match (bound, mode, key) {
        (Some(action), _, _) => Some(action),
        (
            None,
            Mode::Search,
            Key {
                code: KeyCode::Char(c),
                ctrl: false,
            },
        ) => Some(Action::SearchInput(c)),
        _ => None,
    }
}

/// The action a key press means for the app as it stands: in the slides, the slide keys
/// (which depend on the talk: a blanked screen takes any key), elsewhere `action_for`.
pub fn action_for_app(app: &App, event: KeyEvent) -> Option<Action> {
    match (app.mode, &app.slides) {
        (Mode::Present, Some(slides)) => {
            if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('c') {
                return Some(Action::Quit);
            }
            present::keys::action_for(&slides.talk, slides.role, event).map(Action::Present)
        }
        (mode, _) => action_for(mode, event),
    }
}

/// One help line: the keys, then what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub description: &'static str,
}

/// The help for a mode, one line per group of bindings.
pub fn help_lines(mode: Mode) -> Vec<HelpLine> {
    let mut lines: Vec<HelpLine> = Vec::new();
    for binding in bindings().iter().filter(|b| b.modes.contains(&mode)) {
        let keys: Vec<String> = binding.keys.iter().map(|key| key.name()).collect();
        match lines
            .iter_mut()
            .find(|line| line.description == binding.group)
        {
            Some(line) => {
                line.keys.push(' ');
                line.keys.push_str(&keys.join(" "));
            }
            None => lines.push(HelpLine {
                keys: keys.join(" "),
                description: binding.group,
            }),
        }
    }
    lines
}

/// Short hints for the status line ("j/k move"), in table order.
pub fn hints(mode: Mode) -> Vec<(String, &'static str)> {
    let mut hints: Vec<(String, &'static str)> = Vec::new();
    for binding in bindings().iter().filter(|b| b.modes.contains(&mode)) {
        let (Some(hint), Some(key)) = (binding.hint, binding.keys.first()) else {
            continue;
        };
        match hints.iter_mut().find(|(_, word)| *word == hint) {
            Some((keys, _)) => {
                keys.push('/');
                keys.push_str(&key.name());
            }
            None => hints.push((key.name(), hint)),
        }
    }
    hints
}

/// The keys a status hint names in a mode (`"back"` in the Library pane: `Esc`), as the
/// status line spells them; `None` when no binding has that hint there.
pub fn hint_keys(mode: Mode, word: &str) -> Option<String> {
    hints(mode)
        .into_iter()
        .find(|(_, hint)| *hint == word)
        .map(|(keys, _)| keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Pane;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn browse_keys_map_to_navigation() {
        assert_eq!(
            action_for(Mode::Browse, press(KeyCode::Char('j'))),
            Some(Action::SelectNext)
        );
        assert_eq!(
            action_for(Mode::Browse, press(KeyCode::Char('3'))),
            Some(Action::FocusPane(Pane::Figures))
        );
        assert_eq!(
            action_for(
                Mode::Browse,
                KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)
            ),
            Some(Action::SelectLast)
        );
        assert_eq!(
            action_for(Mode::Browse, press(KeyCode::BackTab)),
            Some(Action::FocusPreviousPane)
        );
    }

    #[test]
    fn search_mode_types_letters_that_browse_would_bind() {
        assert_eq!(
            action_for(Mode::Search, press(KeyCode::Char('q'))),
            Some(Action::SearchInput('q'))
        );
        assert_eq!(
            action_for(
                Mode::Search,
                KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL)
            ),
            Some(Action::SearchDeleteWord)
        );
        assert_eq!(
            action_for(
                Mode::Search,
                KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
            ),
            Some(Action::Quit)
        );
    }

    #[test]
    fn the_library_filter_takes_every_printable_character_and_the_table_the_rest() {
        let library = |c| Some(Action::Library(LibraryAction::Filter(c)));
        for c in ['L', 'q', '?', 'j', ' ', '/', 'é'] {
            assert_eq!(
                action_for(Mode::Library, press(KeyCode::Char(c))),
                library(c)
            );
        }
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        assert_eq!(action_for(Mode::Library, ctrl('c')), Some(Action::Quit));
        assert_eq!(
            action_for(Mode::Library, ctrl('u')),
            Some(Action::Library(LibraryAction::FilterClear))
        );
        assert_eq!(
            action_for(Mode::Library, press(KeyCode::Down)),
            Some(Action::Library(LibraryAction::SelectNext))
        );
        assert_eq!(
            action_for(Mode::Library, press(KeyCode::Enter)),
            Some(Action::Library(LibraryAction::Open))
        );
        assert_eq!(
            action_for(Mode::Library, press(KeyCode::Esc)),
            Some(Action::Back)
        );
        assert_eq!(
            action_for(Mode::Library, press(KeyCode::F(1))),
            Some(Action::ToggleHelp)
        );
        let help = help_lines(Mode::Library);
        assert!(
            help.iter()
                .any(|line| line.keys == "Enter" && line.description.contains("open")),
            "{help:?}"
        );
        assert!(hints(Mode::Library).contains(&("↓/↑".to_string(), "move")));
    }

    #[test]
    fn an_override_rebinds_a_library_key() {
        let table = names::with_overrides(
            &BINDINGS,
            &[("library_open".to_string(), vec![Key::ctrl('o')])],
        );
        let open = table
            .iter()
            .find(|b| b.action == Action::Library(LibraryAction::Open))
            .expect("the open binding");
        assert_eq!(open.keys, vec![Key::ctrl('o')]);
        // The names the README gives for the settings file.
        let known = names::action_names(&BINDINGS);
        for name in [
            "library_select_next",
            "library_select_previous",
            "library_select_first",
            "library_select_last",
            "library_open",
            "library_compare",
            "library_filter_delete_char",
            "library_filter_clear",
        ] {
            assert!(known.contains(&name.to_string()), "{name}");
        }
    }

    #[test]
    fn releases_and_unbound_keys_do_nothing() {
        let mut release = press(KeyCode::Char('j'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(Mode::Browse, release), None);
        assert_eq!(action_for(Mode::Browse, press(KeyCode::Char('x'))), None);
    }

    #[test]
    fn help_and_hints_come_from_the_table() {
        let help = help_lines(Mode::Browse);
        let moves = help
            .iter()
            .find(|line| line.description == "next / previous item")
            .unwrap();
        assert_eq!(moves.keys, "j ↓ k ↑");
        assert!(hints(Mode::Browse).contains(&("j/k".to_string(), "move")));
        assert!(hints(Mode::Search).contains(&("Esc".to_string(), "cancel")));
        // Every key the help lists dispatches to its binding's action.
        for binding in bindings() {
            for mode in binding.modes {
                for key in &binding.keys {
                    let modifiers = if key.ctrl {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::NONE
                    };
                    let found = action_for(*mode, KeyEvent::new(key.code, modifiers));
                    assert_eq!(found.as_ref(), Some(&binding.action), "{key:?} in {mode:?}");
                }
            }
        }
    }
}
