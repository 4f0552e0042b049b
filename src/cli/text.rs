//! Plain-text output for the lookups: whether to colour, how wide to wrap, styled text,
//! word wrapping and aligned tables.
//!
//! Styles are semantic (`Id`, `Heading`, `Match`…) and become ANSI escapes only when colour is
//! on, so the same layout code serves a terminal and a pipe.

use std::io::{self, IsTerminal, Write};

use unicode_width::UnicodeWidthChar;

use super::ColorChoice;
use crate::brief::escape;

/// Width used when stdout is not a terminal, and the narrowest layout ever attempted.
pub const DEFAULT_WIDTH: usize = 80;
const MIN_WIDTH: usize = 40;
/// Spaces a tab in a brief's text takes: tabs are expanded, so every column is measured.
pub const TAB_WIDTH: usize = 4;

/// How the lookups write: with or without colour, and to what width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    pub colour: bool,
    pub width: usize,
}

impl Output {
    /// Colour when asked to, or on a terminal other than `TERM=dumb` with `NO_COLOR` unset; the terminal's width on
    /// a terminal, else 80 columns.
    pub fn detect(choice: ColorChoice) -> Output {
        let terminal = std::io::stdout().is_terminal();
        // A dumb terminal shows escape codes as text; only an explicit --color always sends them.
        let colour = crate::theme::colour_wanted(choice)
            && ((terminal && !super::dumb_terminal()) || choice == ColorChoice::Always);
        let width = if terminal {
            ratatui::crossterm::terminal::size()
                .map_or(DEFAULT_WIDTH, |(columns, _)| usize::from(columns))
        } else {
            DEFAULT_WIDTH
        };
        Output {
            colour,
            width: width.max(MIN_WIDTH),
        }
    }

    /// Writes the lines, with escapes when colour is on; a write error (a closed pipe) stops
    /// at once and is returned.
    pub fn write(&self, out: &mut impl Write, lines: &[Styled]) -> io::Result<()> {
        for line in lines {
            writeln!(out, "{}", line.render(self.colour))?;
        }
        Ok(())
    }
}

/// What a piece of text is, which decides how it looks when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    #[default]
    Plain,
    Heading,
    Label,
    Id,
    Dim,
    /// A character the search query matched.
    Match,
}

impl Style {
    fn sgr(self) -> Option<&'static str> {
        match self {
            Style::Plain => None,
            Style::Heading | Style::Label => Some("1"),
            Style::Id => Some("36"),
            Style::Dim => Some("2"),
            Style::Match => Some("1;33"),
        }
    }
}

/// Text in which every character carries its style, so wrapping and truncating keep styles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Styled {
    chars: Vec<(char, Style)>,
}

impl Styled {
    pub fn new() -> Styled {
        Styled::default()
    }

    pub fn plain(text: &str) -> Styled {
        Styled::with(text, Style::Plain)
    }

    pub fn with(text: &str, style: Style) -> Styled {
        let mut styled = Styled::new();
        styled.push(text, style);
        styled
    }

    /// `text` with the characters at `positions` (char indices into `text`) marked as
    /// matches. Made safe for a terminal as [`Styled::push`] does.
    pub fn highlighted(text: &str, positions: &[usize]) -> Styled {
        let mut styled = Styled::new();
        for (index, c) in text.chars().enumerate() {
            let style = if positions.contains(&index) {
                Style::Match
            } else {
                Style::Plain
            };
            styled.push_char(c, style);
        }
        styled
    }

    /// Appends text in one style, made safe for a terminal and measurable: a tab becomes
    /// [`TAB_WIDTH`] spaces, U+2028/U+2029 a newline, bidirectional controls are dropped and
    /// other control characters but newline are shown as escapes (`\u{1b}`).
    pub fn push(&mut self, text: &str, style: Style) -> &mut Styled {
        for c in text.chars() {
            self.push_char(c, style);
        }
        self
    }

    fn push_char(&mut self, c: char, style: Style) {
        if c == '\t' {
            self.chars
                .extend(std::iter::repeat_n((' ', style), TAB_WIDTH));
        } else if c == '\n' {
            self.chars.push((c, style));
        } else {
            let mut buffer = [0; 4];
            for safe in escape::neutralise(c.encode_utf8(&mut buffer)).chars() {
                self.chars.push((safe, style));
            }
        }
    }

    pub fn append(&mut self, other: &Styled) -> &mut Styled {
        self.chars.extend_from_slice(&other.chars);
        self
    }

    /// Width in terminal columns (a CJK character takes two).
    pub fn width(&self) -> usize {
        columns(&self.chars)
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The text without styles.
    pub fn text(&self) -> String {
        self.chars.iter().map(|(c, _)| c).collect()
    }

    /// The text, with ANSI escapes around styled runs when `colour` is on.
    pub fn render(&self, colour: bool) -> String {
        if !colour {
            return self.text();
        }
        let mut out = String::with_capacity(self.chars.len() + 16);
        let mut current = Style::Plain;
        for &(c, style) in &self.chars {
            if style != current {
                if current.sgr().is_some() {
                    out.push_str("\x1b[0m");
                }
                if let Some(code) = style.sgr() {
                    out.push_str("\x1b[");
                    out.push_str(code);
                    out.push('m');
                }
                current = style;
            }
            out.push(c);
        }
        if current.sgr().is_some() {
            out.push_str("\x1b[0m");
        }
        out
    }

    /// Cut to `width` columns, ending with "…" when something was cut.
    pub fn truncate(&self, width: usize) -> Styled {
        if self.width() <= width {
            return self.clone();
        }
        let keep = prefix_fitting(&self.chars, width.saturating_sub(1));
        let mut chars: Vec<(char, Style)> = self.chars[..keep].to_vec();
        while chars.last().is_some_and(|(c, _)| c.is_whitespace()) {
            chars.pop();
        }
        if width > 0 {
            chars.push(('…', Style::Dim));
        }
        Styled { chars }
    }

    /// The part from char `start` on, led by "…" when `start` is past the beginning.
    pub fn skip(&self, start: usize) -> Styled {
        if start == 0 {
            return self.clone();
        }
        let mut chars = vec![('…', Style::Dim)];
        chars.extend_from_slice(&self.chars[start.min(self.chars.len())..]);
        Styled { chars }
    }

    /// Word-wraps to lines of at most `width` columns; a word longer than a line is split.
    /// Newlines in the text start a new line. Never returns no lines.
    pub fn wrap(&self, width: usize) -> Vec<Styled> {
        self.wrap_with(width, false)
    }

    /// Word-wraps like [`Styled::wrap`], but never breaks a word: a word longer than a line
    /// is cut to the line, ending with "…". For table cells, whose columns are narrow.
    pub fn wrap_words(&self, width: usize) -> Vec<Styled> {
        self.wrap_with(width, true)
    }

    fn wrap_with(&self, width: usize, cut: bool) -> Vec<Styled> {
        let width = width.max(1);
        let mut lines = Vec::new();
        for hard_line in self.chars.split(|(c, _)| *c == '\n') {
            // A line's leading spaces indent what it wraps to.
            let indent = hard_line.iter().take_while(|(c, _)| *c == ' ').count();
            let indent = if indent < width { indent } else { 0 };
            let mut line: Vec<(char, Style)> = vec![(' ', Style::Plain); indent];
            for word in hard_line
                .split(|(c, _)| *c == ' ')
                .filter(|word| !word.is_empty())
            {
                let mut word = word;
                if line.len() > indent && columns(&line) + 1 + columns(word) > width {
                    lines.push(Styled {
                        chars: std::mem::replace(&mut line, vec![(' ', Style::Plain); indent]),
                    });
                }
                if cut && indent + columns(word) > width {
                    let mut chars = vec![(' ', Style::Plain); indent];
                    chars.extend_from_slice(&Styled::from(word).truncate(width - indent).chars);
                    lines.push(Styled { chars });
                    continue;
                }
                while indent + columns(word) > width {
                    let (head, tail) = word.split_at(prefix_fitting(word, width - indent).max(1));
                    let mut chars = vec![(' ', Style::Plain); indent];
                    chars.extend_from_slice(head);
                    lines.push(Styled { chars });
                    word = tail;
                }
                if line.len() > indent {
                    let space_style = line.last().map_or(Style::Plain, |&(_, style)| style);
                    let space_style = if space_style == word[0].1 {
                        space_style
                    } else {
                        Style::Plain
                    };
                    line.push((' ', space_style));
                }
                line.extend_from_slice(word);
            }
            lines.push(Styled { chars: line });
        }
        lines
    }

    /// Pads with spaces to `width` columns.
    pub fn pad(&mut self, width: usize) {
        let missing = width.saturating_sub(self.width());
        self.chars
            .extend(std::iter::repeat_n((' ', Style::Plain), missing));
    }
}

fn columns(chars: &[(char, Style)]) -> usize {
    chars
        .iter()
        .map(|&(c, _)| UnicodeWidthChar::width(c).unwrap_or(0))
        .sum()
}

/// How many of the chars fit in `width` columns.
fn prefix_fitting(chars: &[(char, Style)], width: usize) -> usize {
    let mut used = 0;
    for (index, &(c, _)) in chars.iter().enumerate() {
        used += UnicodeWidthChar::width(c).unwrap_or(0);
        if used > width {
            return index;
        }
    }
    chars.len()
}

/// A label and its value, the value wrapped in a column `label_width` in (a hanging indent).
pub fn hanging(label: &Styled, label_width: usize, value: &Styled, width: usize) -> Vec<Styled> {
    let value_width = width.saturating_sub(label_width).max(MIN_WIDTH / 2);
    value
        .wrap(value_width)
        .into_iter()
        .enumerate()
        .map(|(index, part)| {
            let mut line = if index == 0 {
                label.clone()
            } else {
                Styled::new()
            };
            line.pad(label_width);
            line.append(&part);
            line
        })
        .collect()
}

impl From<&[(char, Style)]> for Styled {
    fn from(chars: &[(char, Style)]) -> Styled {
        Styled {
            chars: chars.to_vec(),
        }
    }
}

impl Styled {
    /// Width of the widest word (a run without spaces or newlines): the narrowest a column
    /// holding the text can be without cutting a word.
    pub(super) fn longest_word(&self) -> usize {
        self.chars
            .split(|(c, _)| *c == '\n' || *c == ' ')
            .map(columns)
            .max()
            .unwrap_or(0)
    }

    /// Width of the widest of the lines the text's newlines make.
    pub(super) fn longest_line(&self) -> usize {
        self.chars
            .split(|(c, _)| *c == '\n')
            .map(columns)
            .max()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_width_and_all_words() {
        let text = Styled::plain("the quick brown fox jumps over the lazy dog");
        let lines = text.wrap(10);
        assert!(lines.iter().all(|line| line.width() <= 10));
        let joined: Vec<String> = lines.iter().map(Styled::text).collect();
        assert_eq!(joined.join(" "), text.text());
    }

    #[test]
    fn wrap_keeps_a_line_s_indent_on_the_lines_it_wraps_to() {
        let texts: Vec<String> = Styled::plain("title\n  an indented note")
            .wrap(12)
            .iter()
            .map(Styled::text)
            .collect();
        assert_eq!(texts, ["title", "  an", "  indented", "  note"]);
    }

    #[test]
    fn wrap_splits_a_word_longer_than_the_line() {
        let lines = Styled::plain("abcdefghij xy").wrap(4);
        let texts: Vec<String> = lines.iter().map(Styled::text).collect();
        assert_eq!(texts, ["abcd", "efgh", "ij", "xy"]);
    }

    #[test]
    fn render_without_colour_has_no_escapes() {
        let text = Styled::highlighted("pipeline", &[0, 1]);
        assert_eq!(text.render(false), "pipeline");
        assert_eq!(text.render(true), "\x1b[1;33mpi\x1b[0mpeline");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let text = Styled::plain("胡锦涛 met 普京 in 海利根达姆");
        assert_eq!(text.width(), 29);
        for line in text.wrap(7) {
            assert!(line.width() <= 7, "{line:?}");
        }
        assert_eq!(Styled::plain("海利根达姆").truncate(5).text(), "海利…");
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(Styled::plain("abcdef").truncate(4).text(), "abc…");
        assert_eq!(Styled::plain("abc").truncate(4).text(), "abc");
    }
}
