//! Text helpers for slides: wrapping, truncating with a visible sign, block letters that
//! fit, and drawing groups of lines with a "more" marker when they overflow.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use crate::theme::SlideTheme;

pub use crate::ui::{truncate, width_of as width, wrap};

/// Pads with spaces on the right to `width` cells (`format!` pads by characters, not cells).
pub fn pad(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(self::width(text)))
    )
}

/// Pads with spaces on the left to `width` cells.
pub fn pad_left(text: &str, width: usize) -> String {
    format!(
        "{}{text}",
        " ".repeat(width.saturating_sub(self::width(text)))
    )
}

/// The block-letter sizes a slide may use, largest first, with cells a glyph takes.
/// Only sizes drawn with half and quarter blocks: every terminal font has them.
pub const BIG_SIZES: [(PixelSize, u16, u16); 3] = [
    (PixelSize::Full, 8, 8),
    (PixelSize::HalfHeight, 8, 4),
    (PixelSize::Quadrant, 4, 4),
];

/// Block letters that fit: the size, the lines, and the rows they take.
#[derive(Debug, Clone, PartialEq)]
pub struct BigFit {
    pub size: PixelSize,
    pub lines: Vec<BigLine>,
    /// Rows in all: a glyph's height for each line in block letters, one for a plain line.
    pub height: u16,
}

/// One line of a `BigFit`: in block letters when the font has every character of it, else
/// as plain bold text on one row, so a word the font lacks is never dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BigLine {
    pub text: String,
    pub block: bool,
}

/// The largest block letters in which `text`, wrapped at spaces, fits `width` × `max_height`
/// cells, each line that the font cannot draw set plain (see `BigLine`). `None` when
/// nothing fits, or when the font can draw no line at all (then the caller sets the whole
/// text plain, wrapped to its full width).
pub fn big_fit(text: &str, width: u16, max_height: u16) -> Option<BigFit> {
    big_fit_among(&BIG_SIZES, text, width, max_height)
}

/// As `big_fit`, trying only the given sizes.
pub fn big_fit_among(
    sizes: &[(PixelSize, u16, u16)],
    text: &str,
    width: u16,
    max_height: u16,
) -> Option<BigFit> {
    sizes.iter().find_map(|&(size, glyph_width, glyph_height)| {
        let per_line = usize::from(width / glyph_width);
        if per_line == 0 {
            return None;
        }
        let mut lines: Vec<BigLine> = Vec::new();
        for line in wrap(text, per_line) {
            let block = drawable_in_block_letters(&line);
            // Plain lines next to each other share a row while it holds them: plain text
            // takes a cell a character, not a glyph's width.
            match lines.last_mut() {
                Some(last)
                    if !block
                        && !last.block
                        && self::width(&last.text) + 1 + self::width(&line)
                            <= usize::from(width) =>
                {
                    last.text.push(' ');
                    last.text.push_str(&line);
                }
                _ => lines.push(BigLine { text: line, block }),
            }
        }
        if !lines.iter().any(|line| line.block) {
            return None;
        }
        let fits = lines
            .iter()
            .all(|line| !line.block || self::width(&line.text) <= per_line)
            && !text
                .split_whitespace()
                .any(|word| self::width(word) > per_line);
        let height = lines.iter().try_fold(0u16, |rows, line| {
            rows.checked_add(if line.block { glyph_height } else { 1 })
        })?;
        (fits && height <= max_height).then_some(BigFit {
            size,
            lines,
            height,
        })
    })
}

/// The fonts tui-big-text draws with, in its order (`big_text.rs`, `FONTS`): a character in
/// none of them comes out blank.
const BLOCK_FONTS: [&dyn font8x8::UnicodeFonts; 8] = [
    &font8x8::BASIC_FONTS,
    &font8x8::LATIN_FONTS,
    &font8x8::HIRAGANA_FONTS,
    &font8x8::GREEK_FONTS,
    &font8x8::BLOCK_FONTS,
    &font8x8::BOX_FONTS,
    &font8x8::MISC_FONTS,
    &font8x8::SGA_FONTS,
];

/// Whether the block font has a glyph for every character of `text`. A line of a title
/// where it does not (Cyrillic, CJK, a word in another script) is set in plain bold instead,
/// so no word is ever dropped; the other lines keep their block letters.
pub fn drawable_in_block_letters(text: &str) -> bool {
    text.chars()
        .all(|c| BLOCK_FONTS.iter().any(|font| font.get(c).is_some()))
}

/// Draws a `BigFit` centred, line by line from the top of `area`: block letters in
/// `style`, a plain line in `style` made bold.
pub fn render_big(fit: &BigFit, style: Style, area: Rect, buf: &mut Buffer) {
    let glyph_height = BIG_SIZES
        .iter()
        .find(|(size, _, _)| *size == fit.size)
        .map_or(1, |&(_, _, height)| height);
    let mut y = area.y;
    for line in &fit.lines {
        let rows = if line.block { glyph_height } else { 1 };
        let band = Rect {
            y,
            height: rows.min(area.bottom().saturating_sub(y)),
            ..area
        };
        if band.height == 0 {
            break;
        }
        if line.block {
            BigText::builder()
                .pixel_size(fit.size)
                .style(style)
                .lines(vec![Line::from(line.text.clone())])
                .centered()
                .build()
                .render(band, buf);
        } else {
            Paragraph::new(Line::styled(
                line.text.clone(),
                style.add_modifier(Modifier::BOLD),
            ))
            .alignment(Alignment::Center)
            .render(band, buf);
        }
        y += rows;
    }
}

/// Draws a slide's heading: block letters on a tall screen, bold text otherwise. Returns the
/// rows it took.
pub fn render_heading(
    title: &str,
    big: bool,
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    if big
        && area.height >= 34
        && let Some(fit) = big_fit(title, area.width, 4)
    {
        render_big(
            &fit,
            theme.title,
            Rect {
                height: fit.height,
                ..area
            },
            buf,
        );
        return fit.height;
    }
    let lines = wrap(title, usize::from(area.width));
    let height = (lines.len().min(2)) as u16;
    let shown: Vec<Line> = lines
        .iter()
        .take(2)
        .enumerate()
        .map(|(index, line)| {
            let text = if index == 1 && lines.len() > 2 {
                truncate(
                    &format!("{line} {}", lines[2..].join(" ")),
                    usize::from(area.width),
                )
            } else {
                line.clone()
            };
            Line::styled(text, theme.title)
        })
        .collect();
    Paragraph::new(shown).render(Rect { height, ..area }, buf);
    height
}

/// Draws groups of lines top to bottom, with `gap` blank rows between groups. When they do
/// not all fit, the last row says how many groups are left out. Returns the rows used.
pub fn render_groups(
    groups: Vec<Vec<Line<'static>>>,
    gap: u16,
    theme: &SlideTheme,
    area: Rect,
    alignment: Alignment,
) -> (Vec<Line<'static>>, u16) {
    let height = usize::from(area.height);
    let total = groups.len();
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (index, group) in groups.into_iter().enumerate() {
        let spacer = if index == 0 { 0 } else { usize::from(gap) };
        let left = total - index;
        // Keep a row for the "more" sign unless this is the last group.
        let reserve = usize::from(left > 1);
        if lines.len() + spacer + group.len() + reserve > height {
            let room = height.saturating_sub(lines.len() + spacer);
            if left == 1 && room >= group.len() {
                lines.extend(std::iter::repeat_n(Line::default(), spacer));
                lines.extend(group);
                break;
            }
            // Show what fits of the group cut, keeping the last row for the sign.
            let room = height.saturating_sub(lines.len() + spacer + 1);
            if room > 0 {
                lines.extend(std::iter::repeat_n(Line::default(), spacer));
                lines.extend(group.into_iter().take(room));
            }
            while lines.len() >= height && !lines.is_empty() {
                lines.pop();
            }
            let sign = format!("▼ {left} more");
            lines.push(Line::styled(sign, theme.more).alignment(alignment));
            return (lines, area.height);
        }
        lines.extend(std::iter::repeat_n(Line::default(), spacer));
        lines.extend(group);
    }
    let used = lines.len() as u16;
    (lines, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole_and_cuts_only_overlong_ones() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(wrap("a\nb", 5), ["a", "b"]);
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("Heiligendamm", 6), "Heili…");
        assert_eq!(truncate("G8", 6), "G8");
    }

    #[test]
    fn wide_characters_count_as_two_cells() {
        assert_eq!(width("中国"), 4);
        let cut = truncate("中国与俄罗斯的关系", 7);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(width(&cut) <= 7, "{cut} is {} cells", width(&cut));
        assert_eq!(cut, "中国与…");
        for line in wrap("中国与俄罗斯的关系 China", 5) {
            assert!(width(&line) <= 5, "{line} is {} cells", width(&line));
        }
        assert_eq!(wrap("中国与俄罗斯", 4), ["中国", "与俄", "罗斯"]);
    }

    #[test]
    fn big_letters_pick_the_largest_size_that_fits() {
        let fit = big_fit("China-Russia Relations", 160, 20).expect("fits");
        assert_eq!(fit.size, PixelSize::Full);
        let texts: Vec<&str> = fit.lines.iter().map(|line| line.text.as_str()).collect();
        assert_eq!(texts, ["China-Russia", "Relations"]);
        assert_eq!(fit.height, 16);
        let fit = big_fit("China-Russia Relations", 76, 10).expect("fits");
        assert_eq!((fit.size, fit.height), (PixelSize::Quadrant, 8));
        assert!(big_fit("China-Russia Relations", 40, 4).is_none());
    }

    #[test]
    fn overflowing_groups_end_in_a_more_sign() {
        let theme = SlideTheme::plain();
        let groups: Vec<Vec<Line<'static>>> = (0..5)
            .map(|i| vec![Line::from(format!("item {i}"))])
            .collect();
        let area = Rect::new(0, 0, 20, 3);
        let (lines, _) = render_groups(groups, 0, &theme, area, Alignment::Left);
        let texts: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["item 0", "item 1", "▼ 3 more"]);
        let groups: Vec<Vec<Line<'static>>> = (0..3)
            .map(|i| vec![Line::from(format!("item {i}"))])
            .collect();
        let (lines, _) = render_groups(groups, 0, &theme, area, Alignment::Left);
        assert_eq!(lines.len(), 3, "exactly fits: no sign");
        assert_eq!(lines[2].to_string(), "item 2");
    }
}
