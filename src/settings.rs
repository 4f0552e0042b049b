//! The reader's settings: the theme, the mouse and key overrides, read from
//! `~/.config/briefing/config.toml` (the platform's config folder, through `directories`)
//! or `--config FILE`. A bad file gives located problems, never a refusal to start: a bad
//! value or unknown name loses only that setting; a file that is not TOML, all of them.
//!
//! ```toml
//! theme = "light"        # dark | light | auto
//! mouse = false          # leave the mouse to the terminal (its own text selection)
//! [keys]
//! select_next = ["j", "Down", "Ctrl-n"]
//! toggle_help = "F"     # explorer and slides alike
//! next_slide = ["Right", "x"]
//! ```

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::brief::BriefError;
use crate::keymap::{self, Override};

/// The colours to draw in; `NO_COLOR` and `--color never` still win over any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// For dark backgrounds.
    #[default]
    Dark,
    /// For light backgrounds: projectors, white terminals.
    Light,
    /// Ask the terminal for its background colour (OSC 11); dark if it does not answer.
    Auto,
}

/// What the settings ask for, after the file and the flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Whether the explorer takes the mouse (clicks, wheel); `false` leaves it to the
    /// terminal so text can be selected there.
    pub mouse: bool,
    /// Action names (`snake_case`) and the keys that replace theirs, in the file's order
    /// (which matters: of two actions given one key, the first keeps it), each with its place.
    pub keys: Vec<Override>,
    /// What was wrong with the file, each line starting with where (`FILE:LINE:COL`).
    pub problems: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: ThemeChoice::Dark,
            mouse: true,
            keys: Vec::new(),
            problems: Vec::new(),
        }
    }
}

/// One key or several.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Keys {
    One(String),
    Many(Vec<String>),
}

/// Where the settings live when `--config` is not given: `config.toml` in the platform's
/// config folder for briefing (`$XDG_CONFIG_HOME/briefing`, else `~/.config/briefing` on
/// Linux). `None` when no home folder is known.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "briefing")
        .map(|dirs| dirs.config_dir().join("config.toml"))
}

/// Reads the settings from `file`, or the default path when `None`. A missing default file
/// and an empty file are no problem; anything else that cannot be read as a settings file
/// is one, located (`FILE` or `FILE:LINE:COL`), and then the defaults stand for what could
/// not be read: a missing `--config` file, a directory, a FIFO or device (refused before it
/// can block), a file over 16 MiB or not UTF-8 text (with the line and column of the first
/// bad byte), bad TOML, an unknown field, an unknown action or key.
pub fn load(file: Option<&Path>) -> Settings {
    let (path, explicit) = match file {
        Some(path) => (path.to_path_buf(), true),
        None => match default_path() {
            Some(path) => (path, false),
            None => return Settings::default(),
        },
    };
    let name = path.display().to_string();
    let problem = match crate::brief::read::read_text(&path) {
        Ok(text) => return parse(&text, &name),
        Err(BriefError::Empty { .. }) => return Settings::default(),
        Err(BriefError::Unreadable { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound =>
        {
            if !explicit {
                return Settings::default();
            }
            format!("{name}: no such settings file")
        }
        Err(BriefError::NotAFile { kind, .. }) => {
            format!("{name}: not a settings file but {kind}")
        }
        Err(BriefError::NotUtf8 {
            line, column, byte, ..
        }) => format!(
            "{name}:{line}:{column}: not UTF-8 text (byte {byte:#04x}), so not a settings file"
        ),
        Err(BriefError::TooLarge { size, .. }) => {
            format!("{name}: {size} bytes, far too large for a settings file")
        }
        Err(error) => format!("{name}: cannot read the settings: {error}"),
    };
    Settings {
        problems: vec![format!("{problem}; using the default settings")],
        ..Settings::default()
    }
}

/// Reads settings from `text`; `name` is how problems name the file. Pure: no I/O.
///
/// A TOML syntax error leaves the whole file unread (the defaults stand). Otherwise each
/// setting is read on its own: a bad value or an unknown name is a problem at its line and
/// column, and only that setting keeps its default; a bad key is left out of its action.
pub fn parse(text: &str, name: &str) -> Settings {
    let mut settings = Settings::default();
    let table = match DeTable::parse(text) {
        Ok(table) => table.into_inner(),
        Err(error) => {
            let place = error.span().map_or_else(String::new, |span| {
                let (line, column) = line_column(text, span.start);
                format!(":{line}:{column}")
            });
            settings.problems.push(format!(
                "{name}{place}: {}; using the default settings",
                error.message()
            ));
            return settings;
        }
    };
    let place = |offset: usize| {
        let (line, column) = line_column(text, offset);
        format!("{name}:{line}:{column}")
    };
    let mut fields: Vec<_> = table.into_iter().collect();
    fields.sort_by_key(|(field, _)| field.span().start);
    for (field, value) in fields {
        let at = place(value.span().start);
        let field_at = place(field.span().start);
        match &*field.into_inner() {
            "theme" => match ThemeChoice::deserialize(ValueDeserializer::from(value)) {
                Ok(theme) => settings.theme = theme,
                Err(error) => settings.problems.push(format!(
                    "{at}: theme: {}; using the default theme (dark)",
                    error.message()
                )),
            },
            "mouse" => match bool::deserialize(ValueDeserializer::from(value)) {
                Ok(mouse) => settings.mouse = mouse,
                Err(error) => settings.problems.push(format!(
                    "{at}: mouse: {}; the mouse stays on (the default)",
                    error.message()
                )),
            },
            "keys" => match value.into_inner() {
                DeValue::Table(keys) => read_keys(keys, text, name, &mut settings),
                _ => settings.problems.push(format!(
                    "{at}: keys: expected a table of action names and keys; the default keys stand"
                )),
            },
            unknown => settings.problems.push(format!(
                "{field_at}: unknown setting `{unknown}`, expected one of `theme`, `mouse`, `keys`; it is left out"
            )),
        }
    }
    settings
}

/// The `[keys]` table: each action's keys, in the file's order, each with its place; a value
/// that is neither a key nor a list of keys, and a key that does not parse, are problems.
fn read_keys(keys: DeTable<'_>, text: &str, name: &str, settings: &mut Settings) {
    let mut lines: Vec<_> = keys.into_iter().collect();
    lines.sort_by_key(|(action, _)| action.span().start);
    for (action, keys) in lines {
        let (line, column) = line_column(text, action.span().start);
        let place = format!("{name}:{line}:{column}");
        let action = action.into_inner().into_owned();
        let names = match Keys::deserialize(ValueDeserializer::from(keys)) {
            Ok(Keys::One(key)) => vec![key],
            Ok(Keys::Many(keys)) => keys,
            Err(_) => {
                settings.problems.push(format!(
                    "{place}: keys.{action}: expected a key (\"j\") or a list of keys ([\"j\", \"Down\"]); the action keeps its default keys"
                ));
                continue;
            }
        };
        let mut parsed = Vec::new();
        for key in names {
            match keymap::parse_key(&key) {
                Ok(key) => parsed.push(key),
                Err(why) => settings.problems.push(format!(
                    "{place}: keys.{action}: {why}; that key is left out"
                )),
            }
        }
        settings.keys.push(Override {
            action,
            keys: parsed,
            place,
        });
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

static CURRENT: OnceLock<Settings> = OnceLock::new();

/// Loads the settings once for the process, with the command line's word over the file's:
/// `config` is `--config FILE`, `theme` is `--theme`, `no_mouse` is `--no-mouse`. Installs
/// the key overrides in the key map (`keymap::configure`: an unknown action name, a clash,
/// a terminal key given away become problems). Later calls
/// return what the first one set up. The CLI calls this before any full-screen mode.
pub fn init(
    config: Option<&Path>,
    theme: Option<ThemeChoice>,
    no_mouse: bool,
) -> &'static Settings {
    CURRENT.get_or_init(|| {
        let mut settings = load(config);
        if let Some(theme) = theme {
            settings.theme = theme;
        }
        if no_mouse {
            settings.mouse = false;
        }
        let problems = keymap::configure(&settings.keys);
        settings.problems.extend(problems);
        // Problems echo the file's text and name: never a control character to the terminal.
        for problem in &mut settings.problems {
            *problem = crate::brief::escape::visible(problem).into_owned();
        }
        settings
    })
}

/// The settings of this process: those `init` set up, or the default file's.
pub fn current() -> &'static Settings {
    init(None, None, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_file_sets_theme_mouse_and_keys() {
        let settings = parse(
            "theme = \"light\"\nmouse = false\n[keys]\nselect_next = [\"n\", \"Ctrl-j\"]\ntoggle_help = \"F\"\n",
            "config.toml",
        );
        assert_eq!(settings.theme, ThemeChoice::Light);
        assert!(!settings.mouse);
        assert_eq!(settings.problems, Vec::<String>::new());
        assert_eq!(settings.keys.len(), 2);
        assert_eq!(settings.keys[0].action, "select_next");
        assert_eq!(settings.keys[0].keys.len(), 2);
        assert_eq!(settings.keys[0].place, "config.toml:4:1");
    }

    #[test]
    fn a_bad_file_gives_a_located_problem_and_the_defaults() {
        let settings = parse("mouse = true\ntheme = \"purple\"\n", "config.toml");
        assert_eq!(settings.theme, ThemeChoice::Dark);
        assert!(settings.mouse);
        assert_eq!(settings.problems.len(), 1, "{:?}", settings.problems);
        assert!(
            settings.problems[0].starts_with("config.toml:2:9: theme: unknown variant `purple`"),
            "{:?}",
            settings.problems
        );
        assert!(settings.problems[0].contains("default theme"));
        let settings = parse("mouse = [\n", "config.toml");
        assert!(settings.problems[0].contains("default settings"));
        let settings = parse("colour = 1\n", "c.toml");
        assert!(
            settings.problems[0].starts_with("c.toml:1:1: "),
            "{:?}",
            settings.problems
        );
        assert!(
            settings.problems[0].contains("colour"),
            "{:?}",
            settings.problems
        );
    }

    #[test]
    fn one_bad_value_keeps_every_other_setting() {
        let settings = parse(
            "theme = \"neon\"\nmouse = false\ncolour = 1\n[keys]\nquit = 5\nselect_next = \"x\"\n",
            "c.toml",
        );
        assert_eq!(settings.theme, ThemeChoice::Dark);
        assert!(!settings.mouse, "the mouse line is kept");
        let places: Vec<&str> = settings
            .problems
            .iter()
            .map(|problem| problem.split(": ").next().unwrap_or_default())
            .collect();
        assert_eq!(places, ["c.toml:1:9", "c.toml:3:1", "c.toml:5:1"]);
        assert_eq!(settings.keys.len(), 1, "{:?}", settings.keys);
        assert_eq!(settings.keys[0].action, "select_next");
        assert_eq!(settings.keys[0].place, "c.toml:6:1");
        let settings = parse("mouse = \"no\"\ntheme = \"light\"\n", "c.toml");
        assert_eq!(settings.theme, ThemeChoice::Light);
        assert!(settings.mouse);
        assert_eq!(settings.problems.len(), 1, "{:?}", settings.problems);
        assert!(settings.problems[0].starts_with("c.toml:1:9: mouse: "));
    }

    #[test]
    fn key_overrides_keep_the_file_order_and_their_places() {
        let settings = parse(
            "[keys]\nselect_next = [\"j\"]\ntoggle_help = \"F\"\n  quit = \"j\"\n",
            "c.toml",
        );
        let order: Vec<(&str, &str)> = settings
            .keys
            .iter()
            .map(|o| (o.action.as_str(), o.place.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                ("select_next", "c.toml:2:1"),
                ("toggle_help", "c.toml:3:1"),
                ("quit", "c.toml:4:3"),
            ]
        );
    }

    #[test]
    fn a_bad_key_is_left_out_and_named() {
        let settings = parse("[keys]\nselect_next = [\"Hyper-x\", \"n\"]\n", "c.toml");
        assert_eq!(settings.keys[0].keys.len(), 1);
        assert!(
            settings.problems[0].starts_with("c.toml:2:1: keys.select_next"),
            "{:?}",
            settings.problems
        );
        assert!(settings.problems[0].contains("Hyper-x"));
    }

    #[test]
    fn a_missing_config_file_named_on_the_command_line_is_a_problem_not_a_refusal() {
        let settings = load(Some(Path::new("/nonexistent/briefing.toml")));
        assert_eq!(settings.theme, ThemeChoice::Dark);
        assert_eq!(
            settings.problems,
            ["/nonexistent/briefing.toml: no such settings file; using the default settings"]
        );
    }

    #[test]
    fn a_directory_a_fifo_or_binary_settings_are_located_problems_and_empty_is_fine() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let at = |name: &str| folder.path().join(name);
        std::fs::create_dir(at("dir.toml")).expect("a folder");
        let status = std::process::Command::new("mkfifo")
            .arg(at("fifo.toml"))
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        std::fs::write(
            at("binary.toml"),
            b"theme = \"dark\"\n\x7fELF\x02\x01\xff\x00",
        )
        .expect("write");
        std::fs::write(at("empty.toml"), "").expect("write");
        let problem = |name: &str| {
            let settings = load(Some(&at(name)));
            assert_eq!(settings.theme, ThemeChoice::Dark, "{name}");
            assert_eq!(
                settings.problems.len(),
                1,
                "{name}: {:?}",
                settings.problems
            );
            settings.problems[0].clone()
        };
        let dir = at("dir.toml").display().to_string();
        assert_eq!(
            problem("dir.toml"),
            format!("{dir}: not a settings file but a directory; using the default settings")
        );
        // A FIFO is refused at once: reading it would wait for a writer forever.
        assert!(problem("fifo.toml").contains("not a settings file but a FIFO"));
        let binary = at("binary.toml").display().to_string();
        assert_eq!(
            problem("binary.toml"),
            format!(
                "{binary}:2:7: not UTF-8 text (byte 0xff), so not a settings file; using the default settings"
            )
        );
        assert_eq!(load(Some(&at("empty.toml"))), Settings::default());
    }
}
