//! Glyphs → lines on each page, and the running matter (headers, footers, page numbers)
//! that the layout drops before reading order is worked out.

use std::collections::HashMap;

use super::{Glyph, Page};

/// A line of text on a page, in points from the top-left corner.
#[derive(Debug, Clone)]
pub struct Line {
    pub page: usize,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
    pub text: String,
    /// The widest line of the column this line sits in (points), set by `layout::order`.
    pub column_width: f64,
}

/// Share of the page height at the top and at the bottom where running headers, footers
/// and page numbers live.
const MARGIN_BAND: f64 = 0.15;

/// The narrower band where smaller type is a footer rather than a footnote.
const FOOTER_BAND: f64 = 0.08;

/// Glyphs in stream order become lines: a glyph joins the line when it sits on the same
/// baseline (within 45% of its size) and follows it closely (a gap under 1.8 font sizes,
/// wider than a column gutter is not); a gap over 15% of the size is a space.
pub fn lines(page: usize, glyphs: &[Glyph]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut current: Option<Line> = None;
    let mut space = false;
    for glyph in glyphs {
        if glyph.text.trim().is_empty() {
            space = true;
            continue;
        }
        let size = glyph.size.max(1.0);
        if let Some(line) = &mut current {
            let same_baseline = (glyph.y - line.y).abs() < 0.45 * size.max(line.size);
            let gap = glyph.x - line.x1;
            if same_baseline && gap > -0.5 * size && gap < 1.8 * size {
                if (space || gap > 0.15 * size) && !line.text.ends_with(' ') {
                    line.text.push(' ');
                }
                line.text.push_str(&glyph.text);
                line.x1 = line.x1.max(glyph.end);
                line.size = line.size.max(size);
                space = false;
                continue;
            }
        }
        if let Some(line) = current.take() {
            out.push(line);
        }
        current = Some(Line {
            page,
            x0: glyph.x,
            x1: glyph.end,
            y: glyph.y,
            size,
            text: glyph.text.clone(),
            column_width: 0.0,
        });
        space = false;
    }
    out.extend(current);
    for line in &mut out {
        line.text = line.text.trim().to_string();
    }
    out.retain(|line| !line.text.is_empty());
    out
}

/// Drops lines in the top or bottom margin band (15% of the page) that are page numbers,
/// web addresses or bare report codes, or whose text (digits aside) recurs in the bands of
/// at least two pages and of 30% of them; and lines in the outer 8% set smaller than the
/// body (footers, not footnotes).
pub fn drop_running(per_page: &mut [Vec<Line>], pages: &[Page]) {
    let in_band = |line: &Line, page: &Page| {
        line.y < page.height * MARGIN_BAND || line.y > page.height * (1.0 - MARGIN_BAND)
    };
    let body = body_size(per_page);
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (lines, page) in per_page.iter().zip(pages) {
        let mut keys: Vec<String> = lines
            .iter()
            .filter(|line| in_band(line, page))
            .map(|line| running_key(&line.text))
            .collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            *seen.entry(key).or_default() += 1;
        }
    }
    let needed = 2.max((pages.len() * 3).div_ceil(10));
    for (lines, page) in per_page.iter_mut().zip(pages) {
        lines.retain(|line| {
            !(in_band(line, page)
                && (is_page_number(&line.text)
                    || (line.size < 0.9 * body
                        && (line.y < page.height * FOOTER_BAND
                            || line.y > page.height * (1.0 - FOOTER_BAND)))
                    || line.text.contains("http")
                    || line.text.contains("www.")
                    || is_bare_code(&line.text)
                    || seen.get(&running_key(&line.text)).copied().unwrap_or(0) >= needed))
        });
    }
}

/// The font size most of the text is set in (by characters, to half a point).
fn body_size(per_page: &[Vec<Line>]) -> f64 {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for line in per_page.iter().flatten() {
        #[allow(clippy::cast_possible_truncation)]
        let key = (line.size * 2.0).round() as i64;
        *counts.entry(key).or_default() += line.text.len();
    }
    counts
        .into_iter()
        .max_by_key(|&(size, count)| (count, size))
        .and_then(|(size, _)| i32::try_from(size).ok())
        .map_or(10.0, |size| f64::from(size) / 2.0)
}

/// A report code standing alone on a line (`IF11175`).
fn is_bare_code(text: &str) -> bool {
    let letters = text.chars().take_while(char::is_ascii_uppercase).count();
    (1..=3).contains(&letters)
        && text.len() - letters >= 4
        && text[letters..].chars().all(|c| c.is_ascii_digit())
}

fn running_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if c.is_ascii_digit() {
                '#'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `12`, `- 12 -`, `Page 3 of 9`, `iv`.
fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase();
    let core = lower.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    core.chars().all(|c| c.is_ascii_digit())
        || (core.len() <= 6 && core.chars().all(|c| "ivxlc".contains(c)))
        || (core.starts_with("page ")
            && core[5..]
                .split_whitespace()
                .all(|w| w == "of" || w.chars().all(|c| c.is_ascii_digit())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(x: f64, y: f64, text: &str) -> Glyph {
        Glyph {
            x,
            y,
            end: x + 5.0 * f64::from(u32::try_from(text.chars().count()).unwrap()),
            size: 10.0,
            text: text.to_string(),
        }
    }

    fn line(page: usize, x0: f64, y: f64, text: &str) -> Line {
        Line {
            page,
            x0,
            x1: x0 + 5.0 * f64::from(u32::try_from(text.chars().count()).unwrap()),
            y,
            size: 10.0,
            text: text.to_string(),
            column_width: 250.0,
        }
    }

    #[test]
    fn glyphs_on_a_baseline_make_a_line_with_spaces_at_gaps() {
        let lines = lines(
            0,
            &[
                glyph(10.0, 100.0, "Trade"),
                glyph(37.0, 100.0, "grew"),
                glyph(10.0, 112.0, "next"),
            ],
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "Trade grew");
    }

    #[test]
    fn running_headers_footers_and_page_numbers_are_dropped() {
        let pages = vec![
            Page {
                width: 612.0,
                height: 792.0,
                glyphs: Vec::new(),
            },
            Page {
                width: 612.0,
                height: 792.0,
                glyphs: Vec::new(),
            },
        ];
        let mut per_page = vec![
            vec![
                line(0, 40.0, 30.0, "Trade Relations"),
                line(0, 40.0, 300.0, "Body one."),
                line(0, 300.0, 770.0, "1"),
            ],
            vec![
                line(1, 40.0, 30.0, "Trade Relations"),
                line(1, 40.0, 300.0, "Body two."),
                line(1, 300.0, 770.0, "2"),
            ],
        ];
        drop_running(&mut per_page, &pages);
        assert_eq!(per_page[0].len(), 1);
        assert_eq!(per_page[1][0].text, "Body two.");
    }
}
