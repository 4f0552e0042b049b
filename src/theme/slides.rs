//! Styles of the slide mode: one set with colour, one without (`NO_COLOR`, `--color never`).
//!
//! No style sets a background colour: the deck must read on dark and light terminals alike,
//! so colour is only ever a foreground accent and emphasis comes from bold, dim and reverse.

use ratatui::style::{Color, Modifier, Style};

use crate::brief::Stance;

/// Named styles for slides, footer, notes and help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlideTheme {
    pub title: Style,
    pub heading: Style,
    pub text: Style,
    pub lead: Style,
    pub muted: Style,
    pub big: Style,
    pub bar: Style,
    pub axis: Style,
    pub mark: Style,
    pub more: Style,
    pub progress_done: Style,
    pub progress_todo: Style,
    pub footer: Style,
    pub warn: Style,
    pub over: Style,
    pub key: Style,
    pub border: Style,
    pub status: Style,
    pub(super) colour: bool,
    /// Drawn on a light background: some stances take darker tones.
    pub(super) light: bool,
}

impl SlideTheme {
    /// Foreground accents only, chosen to read on black and on white.
    pub fn colour() -> SlideTheme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        SlideTheme {
            title: bold.fg(Color::Magenta),
            heading: bold,
            text: Style::new(),
            lead: bold.fg(Color::Blue),
            muted: Style::new().add_modifier(Modifier::DIM),
            big: bold.fg(Color::Magenta),
            bar: Style::new().fg(Color::Blue),
            axis: Style::new().fg(Color::Magenta),
            mark: bold.fg(Color::Magenta),
            more: bold.fg(Color::Red),
            progress_done: Style::new().fg(Color::Magenta),
            progress_todo: Style::new().add_modifier(Modifier::DIM),
            footer: Style::new().add_modifier(Modifier::DIM),
            warn: bold.fg(Color::Red),
            over: bold.add_modifier(Modifier::REVERSED).fg(Color::Red),
            key: bold.fg(Color::Blue),
            border: Style::new().add_modifier(Modifier::DIM),
            status: bold,
            colour: true,
            light: false,
        }
    }

    /// No colour at all: bold, dim, underline and reverse carry the emphasis.
    pub fn plain() -> SlideTheme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        SlideTheme {
            title: bold.add_modifier(Modifier::UNDERLINED),
            heading: bold,
            text: Style::new(),
            lead: bold,
            muted: Style::new().add_modifier(Modifier::DIM),
            big: bold,
            bar: Style::new(),
            axis: Style::new(),
            mark: bold,
            more: bold,
            progress_done: bold,
            progress_todo: Style::new().add_modifier(Modifier::DIM),
            footer: Style::new().add_modifier(Modifier::DIM),
            warn: bold,
            over: bold.add_modifier(Modifier::REVERSED),
            key: bold,
            border: Style::new(),
            status: bold,
            colour: false,
            light: false,
        }
    }

    pub fn stance(&self, stance: Stance) -> Style {
        if !self.colour {
            return match stance {
                Stance::Opposes | Stance::Rejects => self.heading.add_modifier(Modifier::ITALIC),
                _ => self.text,
            };
        }
        let colour = match stance {
            stance if self.light && SlideTheme::light_stance(stance).is_some() => {
                SlideTheme::light_stance(stance).unwrap_or(Color::Reset)
            }
            Stance::Supports => Color::Green,
            Stance::Opposes | Stance::Rejects => Color::Red,
            Stance::Warns => Color::Yellow,
            Stance::Agrees => Color::Cyan,
            Stance::Seeks => Color::Blue,
            Stance::Proposes => Color::Magenta,
            Stance::Acts | Stance::Assesses => return self.heading,
        };
        Style::new().fg(colour).add_modifier(Modifier::BOLD)
    }
}

impl Default for SlideTheme {
    fn default() -> Self {
        SlideTheme::colour()
    }
}
