//! Applying a settings file's key overrides to a key table (the explorer's or the slides'),
//! and the rules that keep the result unambiguous:
//!
//! - An override replaces its action's keys, and takes each key it names from the other
//!   actions of the table that had it by default (in a mode they share): the key then does
//!   what the reader asked.
//! - Two overrides naming one key in a mode they share clash: the first in the file keeps
//!   the key, the later does without it, and the clash is reported with both places.
//! - An override left with no key by clashes keeps its default keys (those no override
//!   took), so a clash never leaves an action, `quit` say, without a key.
//! - The terminal's keys (`TERMINAL_KEYS`: Ctrl-c quits, Ctrl-z suspends) cannot be given
//!   to another action, and stay with their own when it is rebound.
//! - In a text input (the search box), characters type: a plain character bound there is
//!   not looked up, not listed in its help, and clashes with nothing (`acts_in`).

use super::{Key, TERMINAL_KEYS, action_name};

/// One line of a settings file's `[keys]`: the action's name, its new keys, and where the
/// line is (`FILE:LINE:COL`, for problems).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub action: String,
    pub keys: Vec<Key>,
    pub place: String,
}

impl Override {
    /// An override at an unknown place, for tests and callers without a file.
    pub fn new(action: &str, keys: Vec<Key>) -> Override {
        Override {
            action: action.to_string(),
            keys,
            place: "settings".to_string(),
        }
    }
}

/// What `resolve` needs of a line of a key table.
pub trait Rebindable: Clone {
    /// The action's settings name (`select_next`, `next_slide`).
    fn name(&self) -> String;
    fn keys(&self) -> &[Key];
    fn keys_mut(&mut self) -> &mut Vec<Key>;
    /// Whether `key` on both this line and `other` would act in some mode both work in
    /// (so the two would compete for it).
    fn meets(&self, other: &Self, key: Key) -> bool;
}

/// A key an override has taken: by which line of the table, for which action, from where.
struct Claim {
    line: usize,
    key: Key,
    action: String,
    place: String,
}

/// `table` with `overrides` applied in their order (the file's), by the rules in the module
/// comment, and the problems found, each starting with the override's place. Overrides
/// naming no action of this table are skipped (they may be the other table's, or unknown:
/// the caller reports those).
pub fn resolve<B: Rebindable>(table: &[B], overrides: &[Override]) -> (Vec<B>, Vec<String>) {
    let mut out: Vec<B> = table.to_vec();
    let mut overridden = vec![false; out.len()];
    let mut claims: Vec<Claim> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let mut say = |problem: String| {
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    };
    for o in overrides {
        let lines: Vec<usize> = (0..out.len())
            .filter(|&i| out[i].name() == o.action)
            .collect();
        for &line in &lines {
            let mut keys = Vec::new();
            let mut lost = false;
            for &key in &o.keys {
                if let Some(does) = terminal_key_of_another(key, &o.action) {
                    say(format!(
                        "{}: keys.{}: {} {does} in every mode, whatever the settings; that key is left out",
                        o.place,
                        o.action,
                        key.name()
                    ));
                    continue;
                }
                if let Some(claim) = taken_from(&claims, &out, line, key, &o.action) {
                    say(format!(
                        "{}: keys.{}: {} is already {}'s key ({}); the first in the file keeps it, so {} does without it",
                        o.place,
                        o.action,
                        key.name(),
                        claim.action,
                        claim.place,
                        o.action
                    ));
                    lost = true;
                    continue;
                }
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
            if keys.is_empty() && lost {
                // (The terminal's keys are added back below in any case.)
                keys = table[line]
                    .keys()
                    .iter()
                    .copied()
                    .filter(|&key| {
                        !is_terminal_key(key)
                            && taken_from(&claims, &out, line, key, &o.action).is_none()
                    })
                    .collect();
                if !keys.is_empty() {
                    let names: Vec<String> = keys.iter().map(|k| k.name()).collect();
                    say(format!(
                        "{}: keys.{}: no key of its own is left, so it keeps its default ({})",
                        o.place,
                        o.action,
                        names.join(" ")
                    ));
                }
            }
            for &key in &keys {
                claims.push(Claim {
                    line,
                    key,
                    action: o.action.clone(),
                    place: o.place.clone(),
                });
            }
            // The terminal's keys stay with their own action.
            for &key in table[line].keys() {
                if is_terminal_key(key) && !keys.contains(&key) {
                    keys.push(key);
                }
            }
            *out[line].keys_mut() = keys;
            overridden[line] = true;
        }
    }
    for line in 0..out.len() {
        if overridden[line] {
            continue;
        }
        let name = out[line].name();
        let kept: Vec<Key> = out[line]
            .keys()
            .iter()
            .copied()
            .filter(|&key| taken_from(&claims, &out, line, key, &name).is_none())
            .collect();
        *out[line].keys_mut() = kept;
    }
    (out, problems)
}

/// The claim of another action than `action` on `key` where `table[line]` would meet it.
fn taken_from<'a, B: Rebindable>(
    claims: &'a [Claim],
    table: &[B],
    line: usize,
    key: Key,
    action: &str,
) -> Option<&'a Claim> {
    claims
        .iter()
        .find(|c| c.key == key && c.action != action && table[c.line].meets(&table[line], key))
}

fn is_terminal_key(key: Key) -> bool {
    TERMINAL_KEYS.iter().any(|(fixed, _)| *fixed == key)
}

/// "always quits" when `key` is one of `TERMINAL_KEYS` and its action is not `action`.
fn terminal_key_of_another(key: Key, action: &str) -> Option<&'static str> {
    let (_, fixed) = TERMINAL_KEYS.iter().find(|(fixed, _)| *fixed == key)?;
    (action_name(fixed) != action).then_some(match fixed {
        crate::action::Action::Suspend => "always suspends",
        _ => "always quits",
    })
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::action::Action;
    use crate::app::Mode;
    use crate::keymap::{Binding, action_in, help_lines_in, parse_key, table::BINDINGS};

    /// The settings lines `(action, keys)` as overrides on lines 2, 3, … of `config.toml`.
    fn overrides(lines: &[(&str, &[&str])]) -> Vec<Override> {
        lines
            .iter()
            .enumerate()
            .map(|(at, (action, keys))| Override {
                action: (*action).to_string(),
                keys: keys.iter().map(|k| parse_key(k).expect("a key")).collect(),
                place: format!("config.toml:{}:1", at + 2),
            })
            .collect()
    }

    fn press(table: &[Binding], mode: Mode, c: char) -> Option<Action> {
        action_in(
            table,
            mode,
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        )
    }

    /// The README's own example.
    const README: [(&str, &[&str]); 2] = [
        ("select_next", &["j", "Down", "Ctrl-n"]),
        ("toggle_help", &["F"]),
    ];

    #[test]
    fn every_character_types_in_the_search_box_whatever_the_bindings() {
        let (table, problems) = resolve(&BINDINGS, &overrides(&README));
        assert_eq!(problems, Vec::<String>::new());
        for c in "jintaoF?q/ ".chars() {
            assert_eq!(
                press(&table, Mode::Search, c),
                Some(Action::SearchInput(c)),
                "{c:?} types"
            );
        }
        assert_eq!(press(&table, Mode::Browse, 'j'), Some(Action::SelectNext));
        assert_eq!(press(&table, Mode::Browse, 'F'), Some(Action::ToggleHelp));
        let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(
            action_in(&table, Mode::Search, ctrl_n),
            Some(Action::SelectNext)
        );
        // The search box's help lists the keys that act there, not the character.
        let search = help_lines_in(&table, Mode::Search);
        let next = search
            .iter()
            .find(|l| l.description == "next / previous result")
            .expect("a line for results");
        assert!(next.keys.starts_with("↓ Ctrl-n"), "{next:?}");
        assert!(!next.keys.contains('j'), "{next:?}");
    }

    #[test]
    fn two_actions_given_one_key_clash_the_first_keeps_it_and_quit_keeps_a_key() {
        let mut lines = README.to_vec();
        lines.push(("quit", &["j"]));
        let (table, problems) = resolve(&BINDINGS, &overrides(&lines));
        assert_eq!(press(&table, Mode::Browse, 'j'), Some(Action::SelectNext));
        assert_eq!(
            press(&table, Mode::Browse, 'q'),
            Some(Action::Quit),
            "quit, left without j, keeps q"
        );
        assert_eq!(press(&table, Mode::Help, 'q'), Some(Action::Quit));
        assert!(
            problems.contains(
                &"config.toml:4:1: keys.quit: j is already select_next's key (config.toml:2:1); \
                  the first in the file keeps it, so quit does without it"
                    .to_string()
            ),
            "{problems:#?}"
        );
        assert!(
            problems.iter().any(|p| p
                .starts_with("config.toml:4:1: keys.quit: no key of its own is left")
                && p.ends_with("(q)")),
            "{problems:#?}"
        );
        let browse = help_lines_in(&table, Mode::Browse);
        let quit = browse
            .iter()
            .find(|l| l.description == "quit")
            .expect("quit");
        assert_eq!(quit.keys, "q Ctrl-c");
        // The other way round, the first is quit: j quits, and select_next does without it.
        let (table, problems) = resolve(
            &BINDINGS,
            &overrides(&[("quit", &["j"]), ("select_next", &["j", "Down"])]),
        );
        assert_eq!(press(&table, Mode::Browse, 'j'), Some(Action::Quit));
        assert_eq!(
            action_in(
                &table,
                Mode::Browse,
                KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)
            ),
            Some(Action::SelectNext)
        );
        assert!(
            problems[0].starts_with("config.toml:3:1: keys.select_next: j is already quit's key"),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_key_taken_from_a_default_is_no_clash_and_other_keys_stay() {
        let (table, problems) = resolve(&BINDINGS, &overrides(&[("toggle_help", &["q"])]));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(press(&table, Mode::Browse, 'q'), Some(Action::ToggleHelp));
        assert_eq!(press(&table, Mode::Browse, 'j'), Some(Action::SelectNext));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_in(&table, Mode::Browse, ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn the_terminal_keys_cannot_be_given_away_and_stay_with_their_own_actions() {
        let (table, problems) = resolve(
            &BINDINGS,
            &overrides(&[("select_next", &["Ctrl-z", "n"]), ("quit", &["Q"])]),
        );
        assert_eq!(
            problems,
            vec![
                "config.toml:2:1: keys.select_next: Ctrl-z always suspends in every mode, \
                 whatever the settings; that key is left out"
                    .to_string()
            ]
        );
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        assert_eq!(
            action_in(&table, Mode::Browse, ctrl('z')),
            Some(Action::Suspend)
        );
        assert_eq!(
            action_in(&table, Mode::Search, ctrl('c')),
            Some(Action::Quit)
        );
        assert_eq!(press(&table, Mode::Browse, 'Q'), Some(Action::Quit));
        assert_eq!(
            press(&table, Mode::Browse, 'q'),
            None,
            "quit was moved to Q"
        );
    }

    #[test]
    fn a_slide_clash_is_reported_the_same_way() {
        let (table, problems) = crate::present::keys::with_overrides(
            crate::present::keys::default_bindings(),
            &overrides(&[("next_slide", &["x"]), ("blank", &["x", "b"])]),
        );
        assert!(
            problems[0].starts_with("config.toml:3:1: keys.blank: x is already next_slide's key"),
            "{problems:#?}"
        );
        let blank = table.iter().find(|b| b.name == "blank").expect("blank");
        assert_eq!(blank.keys, vec![parse_key("b").expect("b")]);
    }
}
