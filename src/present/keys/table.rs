//! The slides' key table: each binding's keys, action, settings name and help, and the
//! table with a reader's overrides applied.

use std::sync::LazyLock;

use ratatui::crossterm::event::KeyCode;

use crate::keymap::{Key, Override, Rebindable, resolve};
use crate::present::presentation::PresentAction;

/// One line of the slide key map.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: PresentAction,
    /// How a settings file names the action: the `PresentAction` in `snake_case`
    /// (`next_slide`, `scroll_notes_down`). `toggle_help` and `quit` share their names
    /// with the explorer's actions, so one override rebinds them in both.
    pub name: &'static str,
    pub help: &'static str,
    /// A follower may use it: it changes only what this screen shows.
    pub local: bool,
}

fn bind(
    codes: &[KeyCode],
    action: PresentAction,
    name: &'static str,
    help: &'static str,
    local: bool,
) -> Binding {
    Binding {
        keys: codes
            .iter()
            .map(|&code| Key { code, ctrl: false })
            .collect(),
        action,
        name,
        help,
        local,
    }
}

/// The default table, in the order the help lists it.
pub static BINDINGS: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    use KeyCode::{
        Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Up,
    };
    use PresentAction as A;
    vec![
        bind(
            &[Right, Char(' '), Char('l'), PageDown, Down, Char('j')],
            A::NextSlide,
            "next_slide",
            "next slide",
            false,
        ),
        bind(
            &[Left, Char('h'), PageUp, Up, Char('k'), Backspace],
            A::PreviousSlide,
            "previous_slide",
            "previous slide",
            false,
        ),
        bind(
            &[Home, Char('g')],
            A::FirstSlide,
            "first_slide",
            "first slide",
            false,
        ),
        bind(
            &[End, Char('G')],
            A::LastSlide,
            "last_slide",
            "last slide",
            false,
        ),
        bind(
            &[Enter],
            A::Confirm,
            "confirm",
            "with a number: go there; alone: explore the slide's item",
            false,
        ),
        bind(
            &[Char('t')],
            A::ToggleTimer,
            "toggle_timer",
            "start or pause the timer",
            false,
        ),
        bind(
            &[Char('r')],
            A::ResetTimer,
            "reset_timer",
            "reset the timer",
            false,
        ),
        bind(
            &[Char('b'), Char('.')],
            A::Blank,
            "blank",
            "blank the screen; any key brings it back",
            true,
        ),
        bind(
            &[Char('n')],
            A::ToggleNotes,
            "toggle_notes",
            "speaker notes: the items and quotes behind the slide",
            true,
        ),
        bind(
            &[Char('J'), Char(']')],
            A::ScrollNotes { down: true },
            "scroll_notes_down",
            "scroll the speaker notes down",
            true,
        ),
        bind(
            &[Char('K'), Char('[')],
            A::ScrollNotes { down: false },
            "scroll_notes_up",
            "scroll the speaker notes up",
            true,
        ),
        bind(
            &[Char('f')],
            A::ToggleFooter,
            "toggle_footer",
            "hide or show the footer",
            true,
        ),
        bind(
            &[Char('?')],
            A::ToggleHelp,
            "toggle_help",
            "this help",
            true,
        ),
        bind(
            &[Esc],
            A::Cancel,
            "cancel",
            "forget a number typed, close help or notes",
            true,
        ),
        bind(&[Char('q')], A::Quit, "quit", "leave", true),
    ]
});

impl Rebindable for Binding {
    fn name(&self) -> String {
        self.name.to_string()
    }

    fn keys(&self) -> &[Key] {
        &self.keys
    }

    fn keys_mut(&mut self) -> &mut Vec<Key> {
        &mut self.keys
    }

    /// The slides have one mode: every two lines compete for a key.
    fn meets(&self, _other: &Binding, _key: Key) -> bool {
        true
    }
}

/// `table` with `overrides` applied by the rules of `keymap::resolve` (each replaces its
/// action's keys and takes them from the others; of two naming one key, the first in the
/// file keeps it), and the problems found. Names that are no slide action are skipped (they
/// may be the explorer's).
pub fn with_overrides(table: &[Binding], overrides: &[Override]) -> (Vec<Binding>, Vec<String>) {
    resolve(table, overrides)
}

/// Whether `name` is a slide action a settings file may bind.
pub fn is_action_name(name: &str) -> bool {
    BINDINGS.iter().any(|binding| binding.name == name)
}
