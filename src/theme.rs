//! Named styles for every part of the screen: a default in colour and a no-colour variant.
//!
//! Pane modules ask for a role (`theme.selected`), never for a colour. Without colour,
//! meaning is carried by reverse video, bold, underline and the `▶` marker.

mod light;
mod slides;

use ratatui::style::{Color, Modifier, Style};

use crate::cli::ColorChoice;
pub use slides::SlideTheme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub muted: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub border: Style,
    pub border_focus: Style,
    /// The selected row of the list in focus.
    pub selected: Style,
    /// A selection that is not in focus (the list behind a detail).
    pub selected_dim: Style,
    /// Characters a search query matched.
    pub matched: Style,
    /// A quote inside its paragraph.
    pub quote: Style,
    pub label: Style,
    pub pane_tag: Style,
    /// Dates that are relative or missing, and their notes.
    pub inexact: Style,
    /// Numbers the program derived, as opposed to numbers the brief states.
    pub computed: Style,
    pub bar: Style,
    pub error: Style,
    pub info: Style,
    pub key: Style,
    /// The quiet mark of a brief no person has checked (imported).
    pub unchecked: Style,
    /// In the diff view: an added item's mark and the words only the new version has.
    pub added: Style,
    /// A removed item's mark and the words only the old version has.
    pub removed: Style,
    /// A changed item's mark and its changed fields.
    pub changed: Style,
    /// The same choice of colour, in the styles of the slides.
    pub slides: SlideTheme,
}

/// Whether to use colour: as asked, or, for `auto`, unless `NO_COLOR` is set to anything.
/// (Lookups also ask whether standard output is a terminal; the full-screen modes always
/// draw on one.)
pub fn colour_wanted(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty()),
    }
}

impl Theme {
    pub fn colour() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::new(),
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            muted: Style::new().fg(Color::DarkGray),
            tab: Style::new().fg(Color::Gray),
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Cyan),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            selected_dim: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new()
                .fg(Color::Yellow)
                .add_modifier(bold | Modifier::UNDERLINED),
            quote: Style::new().fg(Color::Black).bg(Color::Yellow),
            label: Style::new().fg(Color::Cyan),
            pane_tag: Style::new().fg(Color::Magenta),
            inexact: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::ITALIC),
            computed: Style::new().fg(Color::Green).add_modifier(Modifier::ITALIC),
            bar: Style::new().fg(Color::Blue),
            error: Style::new().fg(Color::Red).add_modifier(bold),
            info: Style::new().fg(Color::Green),
            key: Style::new().fg(Color::Cyan).add_modifier(bold),
            unchecked: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            added: Style::new()
                .fg(Color::Green)
                .add_modifier(Modifier::UNDERLINED),
            removed: Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::UNDERLINED),
            changed: Style::new().fg(Color::Yellow).add_modifier(bold),
            slides: SlideTheme::colour(),
        }
    }

    /// For `NO_COLOR`: no colours at all, only modifiers.
    pub fn monochrome() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        Theme {
            base: Style::new(),
            title: bold,
            muted: Style::new(),
            tab: Style::new(),
            tab_active: reversed.add_modifier(Modifier::BOLD),
            border: Style::new(),
            border_focus: bold,
            selected: reversed.add_modifier(Modifier::BOLD),
            selected_dim: Style::new().add_modifier(Modifier::UNDERLINED),
            matched: bold.add_modifier(Modifier::UNDERLINED),
            quote: reversed,
            label: bold,
            pane_tag: Style::new(),
            inexact: Style::new().add_modifier(Modifier::ITALIC),
            computed: Style::new().add_modifier(Modifier::ITALIC),
            bar: Style::new(),
            error: bold,
            info: Style::new(),
            key: bold,
            unchecked: Style::new().add_modifier(Modifier::ITALIC),
            added: bold.add_modifier(Modifier::UNDERLINED),
            removed: Style::new().add_modifier(Modifier::UNDERLINED),
            changed: bold,
            slides: SlideTheme::plain(),
        }
    }

    /// The theme for `--color` and the settings' theme: monochrome when colour is not wanted
    /// (`NO_COLOR` wins), else dark or light. `Auto` must be resolved by the runner first
    /// (it asks the terminal); here it means dark.
    pub fn for_settings(choice: ColorChoice, theme: crate::settings::ThemeChoice) -> Theme {
        use crate::settings::ThemeChoice;
        match (colour_wanted(choice), theme) {
            (false, _) => Theme::monochrome(),
            (true, ThemeChoice::Light) => Theme::light(),
            (true, ThemeChoice::Dark | ThemeChoice::Auto) => Theme::colour(),
        }
    }
}
