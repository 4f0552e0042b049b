//! Keys and actions by name, as a settings file spells them: `"Ctrl-d"`, `"PgDn"`, `"J"`;
//! `select_next`, `focus_pane_timeline`.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key};
use crate::action::Action;

/// The settings name of an action: its variant in `snake_case`, with a pane argument
/// appended (`SelectNext` → `select_next`, `FocusPane(Timeline)` → `focus_pane_timeline`).
pub fn action_name(action: &Action) -> String {
    let debug = format!("{action:?}");
    let mut name = String::new();
    for c in debug.chars() {
        if c.is_ascii_uppercase() {
            if !name.is_empty() && !name.ends_with('_') {
                name.push('_');
            }
            name.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('_') {
            name.push('_');
        }
    }
    name.trim_end_matches('_').to_string()
}

/// Reads a key as the help spells it (`j`, `G`, `Space`, `Enter`, `Esc`, `Tab`,
/// `Shift-Tab`, `Backspace`, `Home`, `End`, `PgUp`, `PgDn`, `Up`/`↑`…, `F1`…`F12`, with an optional
/// `Ctrl-` or `Ctrl+` in front; names are case-blind, single characters are not).
/// `Err` says what was not understood.
pub fn parse_key(text: &str) -> Result<Key, String> {
    let (ctrl, rest) = match text.get(..5) {
        Some(prefix)
            if prefix.eq_ignore_ascii_case("ctrl-") || prefix.eq_ignore_ascii_case("ctrl+") =>
        {
            (true, &text[5..])
        }
        _ => (false, text),
    };
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) => match c {
            '↑' => KeyCode::Up,
            '↓' => KeyCode::Down,
            '←' => KeyCode::Left,
            '→' => KeyCode::Right,
            c => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
        },
        _ => match rest.to_ascii_lowercase().as_str() {
            "space" => KeyCode::Char(' '),
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "shift-tab" | "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            name => match function_key(name) {
                Some(n) => KeyCode::F(n),
                None => {
                    return Err(format!(
                        "no key named {text:?} (try j, Space, Enter, PgDn, F1, Ctrl-d)"
                    ));
                }
            },
        },
    };
    Ok(Key { code, ctrl })
}

/// `f1` … `f12` as the number of the function key.
fn function_key(name: &str) -> Option<u8> {
    name.strip_prefix('f')
        .and_then(|n| n.parse::<u8>().ok())
        .filter(|n| (1..=12).contains(n))
}

/// Every action name a settings file may bind.
pub fn action_names(table: &[Binding]) -> Vec<String> {
    let mut names: Vec<String> = table.iter().map(|b| action_name(&b.action)).collect();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Pane;

    #[test]
    fn actions_are_named_in_snake_case() {
        assert_eq!(action_name(&Action::SelectNext), "select_next");
        assert_eq!(
            action_name(&Action::FocusPane(Pane::Timeline)),
            "focus_pane_timeline"
        );
        assert_eq!(action_name(&Action::ToggleHelp), "toggle_help");
    }

    #[test]
    fn keys_are_read_as_the_help_spells_them() {
        assert_eq!(parse_key("j"), Ok(Key::char('j')));
        assert_eq!(parse_key("J"), Ok(Key::char('J')));
        assert_eq!(parse_key("Space"), Ok(Key::char(' ')));
        assert_eq!(parse_key("pgdn"), Ok(Key::plain(KeyCode::PageDown)));
        assert_eq!(parse_key("Ctrl-D"), Ok(Key::ctrl('d')));
        assert_eq!(parse_key("ctrl+n"), Ok(Key::ctrl('n')));
        assert_eq!(parse_key("F1"), Ok(Key::plain(KeyCode::F(1))));
        assert_eq!(parse_key("f12"), Ok(Key::plain(KeyCode::F(12))));
        assert!(parse_key("F13").is_err());
        assert!(parse_key("Hyper-x").unwrap_err().contains("Hyper-x"));
        assert!(parse_key("").is_err());
    }
}
