//! Plain-text output for the lookups: whether to colour, how wide to wrap, styled text,
//! word wrapping and aligned tables.
//!
//! Styles are semantic (`Id`, `Heading`, `Match`…) and become ANSI escapes only when colour is
//! on, so the same layout code serves a terminal and a pipe.

use std::io::{self, IsTerminal, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::ColorChoice;

/// Width used when stdout is not a terminal, and the narrowest layout ever attempted.
pub const DEFAULT_WIDTH: usize = 80;
const MIN_WIDTH: usize = 40;

/// How the lookups write: with or without colour, and to what width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    pub colour: bool,
    pub width: usize,
}

impl Output {
    /// Colour when asked to, or on a terminal with `NO_COLOR` unset; the terminal's width on
    /// a terminal, else 80 columns.
    pub fn detect(choice: ColorChoice) -> Output {
        let terminal = std::io::stdout().is_terminal();
        let colour =
            crate::theme::colour_wanted(choice) && (terminal || choice == ColorChoice::Always);
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

    /// `text` with the characters at `positions` (char indices) marked as matches.
    pub fn highlighted(text: &str, positions: &[usize]) -> Styled {
        Styled {
            chars: text
                .chars()
                .enumerate()
                .map(|(index, c)| {
                    let style = if positions.contains(&index) {
                        Style::Match
                    } else {
                        Style::Plain
                    };
                    (c, style)
                })
                .collect(),
        }
    }

    pub fn push(&mut self, text: &str, style: Style) -> &mut Styled {
        self.chars.extend(text.chars().map(|c| (c, style)));
        self
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

/// Whether a column's cells may wrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrap {
    /// Never: ids stay whole, so they can be copied.
    Never,
    /// Only when the table cannot fit otherwise.
    IfNeeded,
    /// Shares the width the other columns leave.
    Always,
}

/// A column of a [`table`]: its header and whether its cells may wrap to fit the width.
#[derive(Debug, Clone, Copy)]
pub struct Column<'a> {
    pub header: &'a str,
    pub wrap: Wrap,
    /// The widest a wrapping column grows, leaving the rest to the others.
    pub max: usize,
}

impl<'a> Column<'a> {
    /// A column that never wraps, for ids.
    pub fn id(header: &'a str) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::Never,
            max: usize::MAX,
        }
    }

    /// A column kept at its natural width unless the table cannot fit otherwise.
    pub fn fixed(header: &'a str) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::IfNeeded,
            max: usize::MAX,
        }
    }

    pub fn wrapping(header: &'a str) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::Always,
            max: usize::MAX,
        }
    }

    pub fn wrapping_at_most(header: &'a str, max: usize) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::Always,
            max,
        }
    }
}

/// Rows under an optional heading line; the groups of one table share its column widths.
#[derive(Debug, Clone, Default)]
pub struct Group {
    pub heading: Option<Styled>,
    pub rows: Vec<Vec<Styled>>,
}

const GAP: usize = 2;
/// A wrapping column is never squeezed below this, even if the table then overflows.
const MIN_WRAP_WIDTH: usize = 10;

/// Lays out rows as aligned columns two spaces apart, indented by `indent`, wrapping the
/// wrapping columns so the table fits `width`. A cell may hold several lines. A header line
/// comes first when any column has a header. Trailing spaces are trimmed.
pub fn table(
    columns: &[Column<'_>],
    rows: Vec<Vec<Styled>>,
    indent: usize,
    width: usize,
) -> Vec<Styled> {
    grouped_table(
        columns,
        &[Group {
            heading: None,
            rows,
        }],
        indent,
        width,
    )
}

/// A [`table`] in groups, each led by its heading, with a blank line between groups.
pub fn grouped_table(
    columns: &[Column<'_>],
    groups: &[Group],
    indent: usize,
    width: usize,
) -> Vec<Styled> {
    let natural: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            groups
                .iter()
                .flat_map(|group| &group.rows)
                .filter_map(|row| row.get(index).map(Styled::longest_line))
                .chain(std::iter::once(column.header.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let widths = column_widths(columns, &natural, indent, width);

    let mut lines = Vec::new();
    if columns.iter().any(|column| !column.header.is_empty()) {
        let header: Vec<Styled> = columns
            .iter()
            .map(|column| Styled::with(column.header, Style::Heading))
            .collect();
        lines.extend(layout_row(&header, &widths, indent));
    }
    for (index, group) in groups.iter().enumerate() {
        if let Some(heading) = &group.heading {
            if index > 0 {
                lines.push(Styled::new());
            }
            lines.push(heading.clone());
        }
        for row in &group.rows {
            lines.extend(layout_row(row, &widths, indent));
        }
    }
    lines
}

/// Columns keep their natural width and wrapping columns share what is left, the narrow ones
/// first, so a short column is never wrapped to make room for a long one. When that does not
/// fit, fixed columns wrap too; only ids never do, and may make the table overflow.
fn column_widths(
    columns: &[Column<'_>],
    natural: &[usize],
    indent: usize,
    width: usize,
) -> Vec<usize> {
    let widths = share_widths(columns, natural, indent, width, &[Wrap::Always]);
    let used = indent + GAP * columns.len().saturating_sub(1) + widths.iter().sum::<usize>();
    if used <= width {
        return widths;
    }
    share_widths(
        columns,
        natural,
        indent,
        width,
        &[Wrap::Always, Wrap::IfNeeded],
    )
}

fn share_widths(
    columns: &[Column<'_>],
    natural: &[usize],
    indent: usize,
    width: usize,
    wrapping: &[Wrap],
) -> Vec<usize> {
    let gaps = GAP * columns.len().saturating_sub(1);
    let kept: usize = columns
        .iter()
        .zip(natural)
        .filter(|(column, _)| !wrapping.contains(&column.wrap))
        .map(|(_, width)| width)
        .sum();
    let mut remaining = width.saturating_sub(indent + gaps + kept);
    let mut widths = natural.to_vec();
    let mut sharing: Vec<usize> = (0..columns.len())
        .filter(|&i| wrapping.contains(&columns[i].wrap))
        .collect();
    sharing.sort_by_key(|&i| natural[i].min(columns[i].max));
    let mut left = sharing.len();
    for index in sharing {
        let share = remaining / left.max(1);
        let chosen = natural[index]
            .min(columns[index].max)
            .min(share)
            .max(MIN_WRAP_WIDTH.min(natural[index]));
        widths[index] = chosen;
        remaining = remaining.saturating_sub(chosen);
        left -= 1;
    }
    widths
}

fn layout_row(cells: &[Styled], widths: &[usize], indent: usize) -> Vec<Styled> {
    let wrapped: Vec<Vec<Styled>> = cells
        .iter()
        .zip(widths)
        .map(|(cell, &width)| cell.wrap(width))
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    (0..height)
        .map(|row| {
            let mut line = Styled::new();
            let mut start = indent;
            for (column, parts) in wrapped.iter().enumerate() {
                if let Some(part) = parts.get(row).filter(|part| !part.is_empty()) {
                    line.pad(start);
                    line.append(part);
                }
                start += widths[column] + GAP;
            }
            line
        })
        .collect()
}

impl Styled {
    /// Width of the widest of the lines the text's newlines make.
    fn longest_line(&self) -> usize {
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

    #[test]
    fn a_narrow_table_wraps_fixed_columns_but_not_ids() {
        let rows = vec![vec![
            Styled::plain("an-id-that-is-long"),
            Styled::plain("a label of some length to wrap"),
            Styled::plain("about US$250 billion"),
        ]];
        let columns = [
            Column::id("id"),
            Column::wrapping("label"),
            Column::fixed("value"),
        ];
        let lines = table(&columns, rows, 0, 50);
        assert!(lines.iter().all(|line| line.width() <= 50), "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|line| line.text().starts_with("an-id-that-is-long"))
        );
    }

    #[test]
    fn table_fits_the_width_by_wrapping_the_wrapping_column() {
        let rows = vec![vec![
            Styled::plain("id-1"),
            Styled::plain("a long label that cannot fit in the space left for it"),
            Styled::plain("US$1"),
        ]];
        let columns = [
            Column::id("id"),
            Column::wrapping("label"),
            Column::fixed("value"),
        ];
        let lines = table(&columns, rows, 2, 40);
        assert!(lines.len() > 2, "the label should wrap: {lines:?}");
        assert!(lines.iter().all(|line| line.width() <= 40));
        let value_column = lines[0].text().find("value").unwrap();
        assert_eq!(lines[1].text().find("US$1"), Some(value_column));
    }
}
