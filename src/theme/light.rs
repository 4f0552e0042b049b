//! The light theme: the same roles as the dark one, in colours that read on a white
//! background (a projector, a light terminal): no yellow or cyan text, dark accents, the
//! selection as white on blue.

use ratatui::style::{Color, Modifier, Style};

use super::{SlideTheme, Theme};

/// Dark orange (xterm 256-colour 130): inexact dates and warnings, where yellow would vanish
/// on white.
const AMBER: Color = Color::Indexed(130);
/// Dark teal (xterm 256-colour 30), in place of cyan.
const TEAL: Color = Color::Indexed(30);

impl Theme {
    /// For light backgrounds.
    pub fn light() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::new(),
            title: Style::new().fg(Color::Blue).add_modifier(bold),
            muted: Style::new().fg(Color::DarkGray),
            tab: Style::new().fg(Color::DarkGray),
            tab_active: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Blue),
            selected: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(bold),
            selected_dim: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new()
                .fg(Color::Magenta)
                .add_modifier(bold | Modifier::UNDERLINED),
            quote: Style::new().fg(Color::Black).bg(Color::LightYellow),
            label: Style::new().fg(TEAL),
            pane_tag: Style::new().fg(Color::Magenta),
            inexact: Style::new().fg(AMBER).add_modifier(Modifier::ITALIC),
            computed: Style::new().fg(Color::Green).add_modifier(Modifier::ITALIC),
            bar: Style::new().fg(Color::Blue),
            error: Style::new().fg(Color::Red).add_modifier(bold),
            info: Style::new().fg(Color::Green),
            key: Style::new().fg(Color::Blue).add_modifier(bold),
            unchecked: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            added: Style::new()
                .fg(Color::Green)
                .add_modifier(Modifier::UNDERLINED),
            removed: Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::UNDERLINED),
            changed: Style::new().fg(AMBER).add_modifier(bold),
            slides: SlideTheme::light(),
        }
    }
}

impl SlideTheme {
    /// The slides on white: the dark theme's accents (already foreground-only), with the
    /// stances that used yellow and cyan in darker tones.
    pub fn light() -> SlideTheme {
        SlideTheme {
            light: true,
            ..SlideTheme::colour()
        }
    }

    /// The colour of a stance on a light background, where it differs from the dark one.
    pub(super) fn light_stance(stance: crate::brief::Stance) -> Option<Color> {
        use crate::brief::Stance;
        match stance {
            Stance::Warns => Some(AMBER),
            Stance::Agrees => Some(TEAL),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_light_style_writes_yellow_or_cyan_text() {
        let theme = Theme::light();
        let styles = [
            theme.title,
            theme.muted,
            theme.tab,
            theme.tab_active,
            theme.border,
            theme.border_focus,
            theme.selected,
            theme.matched,
            theme.label,
            theme.inexact,
            theme.key,
            theme.info,
            theme.error,
        ];
        for style in styles {
            assert!(
                !matches!(
                    style.fg,
                    Some(Color::Yellow | Color::Cyan | Color::Gray | Color::White)
                ) || style.bg.is_some(),
                "{style:?} would not read on white"
            );
        }
        let warns = theme.slides.stance(crate::brief::Stance::Warns);
        assert_eq!(warns.fg, Some(AMBER));
        assert_ne!(
            Theme::colour()
                .slides
                .stance(crate::brief::Stance::Warns)
                .fg,
            Some(AMBER)
        );
    }
}
