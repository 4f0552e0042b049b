//! The key map: `(Mode, key) -> Action`, and the help and status-bar hints drawn from the
//! same table, so what the screen says a key does is what it does.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::action::Action;
use crate::app::{App, LibraryAction, Mode};
use crate::present;

mod diff;
mod library;
mod names;
mod overrides;
mod table;

use std::sync::OnceLock;

pub use names::{action_name, parse_key};
pub use overrides::{Override, Rebindable, resolve};
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

    /// Whether the key types a character (no Ctrl): in a text input it always types.
    pub fn types_text(self) -> bool {
        !self.ctrl && matches!(self.code, KeyCode::Char(_))
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

impl Rebindable for Binding {
    fn name(&self) -> String {
        action_name(&self.action)
    }

    fn keys(&self) -> &[Key] {
        &self.keys
    }

    fn keys_mut(&mut self) -> &mut Vec<Key> {
        &mut self.keys
    }

    fn meets(&self, other: &Binding, key: Key) -> bool {
        self.modes
            .iter()
            .any(|mode| other.modes.contains(mode) && acts_in(*mode, key))
    }
}

/// Whether the mode edits text (the search box): there a plain character always types,
/// whatever the bindings. (The Library pane's filter has its own key map, which types too.)
pub fn is_text_input(mode: Mode) -> bool {
    mode == Mode::Search
}

/// Whether a binding of `key` can act in `mode`: not a plain character in a text input.
pub fn acts_in(mode: Mode, key: Key) -> bool {
    !(is_text_input(mode) && key.types_text())
}

/// Every binding, in the order the help lists them.
pub fn bindings() -> &'static [Binding] {
    CONFIGURED.get().unwrap_or(&BINDINGS)
}

/// Rebinds actions for the rest of the process, the explorer's and the slides'
/// (`present::keys::configure`), by the rules of `overrides.rs`: each override replaces its
/// action's keys (names as `action_name` spells them, or a slide action's `snake_case` name;
/// `toggle_help` and `quit` are both), in file order, the first to name a key keeping it.
/// Returns the problems, each starting with its override's place: names that match no
/// action, clashes, the terminal's keys given away. Only the first call counts; the key map
/// is read from everywhere (the loop, the help, the status line), so it is set once, at start.
pub fn configure(overrides: &[Override]) -> Vec<String> {
    let known = names::action_names(&BINDINGS);
    let mut problems: Vec<String> = overrides
        .iter()
        .filter(|o| !known.contains(&o.action) && !present::keys::is_action_name(&o.action))
        .map(|o| {
            format!(
                "{}: keys.{}: no action of that name (names are the help's actions in snake_case, e.g. select_next, next_slide)",
                o.place, o.action
            )
        })
        .collect();
    let (table, found) = resolve(&BINDINGS, overrides);
    problems.extend(found);
    let _ = CONFIGURED.set(table);
    for problem in present::keys::configure(overrides) {
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    }
    problems
}

/// The action a key press means in a mode; `None` for releases and unbound keys.
pub fn action_for(mode: Mode, event: KeyEvent) -> Option<Action> {
    action_in(bindings(), mode, event)
}

/// As `action_for`, with the keys of `table`.
pub fn action_in(table: &[Binding], mode: Mode, event: KeyEvent) -> Option<Action> {
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
    // In the search box every character types, whatever the settings bound it to.
    if let (true, KeyCode::Char(c)) = (is_text_input(mode) && key.types_text(), key.code) {
        return Some(Action::SearchInput(c));
    }
    table
        .iter()
        .find(|binding| binding.modes.contains(&mode) && binding.keys.contains(&key))
        .map(|binding| binding.action.clone())
}

/// The terminal's own keys, which act the same in every mode (browsing, search, help, the
/// Library pane, the slides alone, presenting or following, a blanked screen, a screen too
/// small) whatever the settings: Ctrl-C quits and Ctrl-Z suspends to the shell, as they
/// would in a shell, where the terminal sends them as signals.
pub const TERMINAL_KEYS: [(Key, Action); 2] = [
    (Key::ctrl('c'), Action::Quit),
    (Key::ctrl('z'), Action::Suspend),
];

/// The action a key press means for the app as it stands: first `TERMINAL_KEYS`; then, on
/// the explorer's "too small" screen (`layout::too_small_for`), where keys are typed blind,
/// only the keys that quit (`small_screen_action`); in the slides, the slide keys (which
/// depend on the talk: a blanked screen takes any key); elsewhere `action_for` (the
/// Library pane's rows are in its table).
pub fn action_for_app(app: &App, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    if let Some(action) = terminal_action(event) {
        return Some(action);
    }
    if crate::layout::too_small_for(app) {
        return small_screen_action(event);
    }
    match (app.mode, &app.slides) {
        (Mode::Present, Some(slides)) => {
            present::keys::action_for(&slides.talk, slides.role, event).map(Action::Present)
        }
        (mode, _) => action_for(mode, event),
    }
}

/// The action of one of `TERMINAL_KEYS`; `None` for any other key.
fn terminal_action(event: KeyEvent) -> Option<Action> {
    let key = Key {
        code: event.code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    TERMINAL_KEYS
        .iter()
        .find(|(bound, _)| *bound == key)
        .map(|(_, action)| action.clone())
}

/// What a key does while the screen is too small to show anything but a note: the keys
/// that quit while browsing (as configured; `q` by default) quit, and nothing else acts
/// (`TERMINAL_KEYS` are taken before). A resize is no key: it still reaches `update`.
pub fn small_screen_action(event: KeyEvent) -> Option<Action> {
    let key = Key {
        code: event.code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    quit_keys().contains(&key).then_some(Action::Quit)
}

/// The keys that quit while browsing, as configured, for the "too small" note.
pub fn quit_keys() -> Vec<Key> {
    bindings()
        .iter()
        .filter(|b| b.action == Action::Quit && b.modes.contains(&Mode::Browse))
        .flat_map(|b| b.keys.iter().copied())
        .collect()
}

/// One help line: the keys, then what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub description: &'static str,
}

/// The help for a mode, one line per group of bindings.
pub fn help_lines(mode: Mode) -> Vec<HelpLine> {
    help_lines_in(bindings(), mode)
}

/// As `help_lines`, for the keys of `table`: a key that cannot act in the mode (a plain
/// character in the search box) is not listed, nor an action left with no key.
pub fn help_lines_in(table: &[Binding], mode: Mode) -> Vec<HelpLine> {
    let mut lines: Vec<HelpLine> = Vec::new();
    for binding in table.iter().filter(|b| b.modes.contains(&mode)) {
        let keys: Vec<String> = binding
            .keys
            .iter()
            .filter(|key| acts_in(mode, **key))
            .map(|key| key.name())
            .collect();
        if keys.is_empty() {
            continue;
        }
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
        let first = binding.keys.iter().find(|key| acts_in(mode, **key));
        let (Some(hint), Some(key)) = (binding.hint, first) else {
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
mod tests;
