//! Front and back matter a PDF prints outside its body: the report code and series in the
//! first page's margin or the running footer (`IF11175 · VERSION 11 · UPDATED`, `CRS
//! INSIGHT`), and the author list with positions at the end or in a box beside the summary.
//! They become front-matter lines (`meta::extract` reads them), never paragraphs.

use super::layout::TextBlock;
use super::lines::Line;
use crate::import::meta::{is_name, is_position, names_with_positions};

/// Lines of the first and last pages, kept before running matter is dropped, that name the
/// report's code or series: a code alone or before its version, or a line of at most four
/// words that opens with an upper-case publisher abbreviation (`CRS INSIGHT`, `CRS Legal
/// Sidebar`), each once.
pub fn identity_lines(per_page: &[Vec<Line>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let last = per_page.len().saturating_sub(1);
    for page in [0, last] {
        for line in per_page.get(page).into_iter().flatten() {
            // A footer may join fields with bars: `https://… | IF11175 · VERSION 11 · UPDATED`.
            for text in line.text.split(" | ").map(str::trim) {
                if (is_code_line(text) || is_series_line(text)) && !out.iter().any(|t| t == text) {
                    out.push(text.to_string());
                }
            }
        }
    }
    out
}

/// A report code (one to three capitals, four or more digits) alone or before `·`.
fn is_code_line(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let letters = first.chars().take_while(char::is_ascii_uppercase).count();
    (1..=3).contains(&letters)
        && first.len() - letters >= 4
        && first[letters..].chars().all(|c| c.is_ascii_digit())
        && text[first.len()..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| c == '·')
}

/// Two to four words of letters opening with an upper-case abbreviation: `CRS INSIGHT`.
fn is_series_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words[0].len() >= 2
        && words[0].chars().all(|c| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// For each block, whether it belongs to an author listing: a run of consecutive blocks
/// (headings too: `Name, Position` reads as title case) of short lines, each opening with a name or a position (an author box splits into a block a name where the names stand
/// apart) whose lines together are an author block (see [`is_author_block`]).
pub fn author_runs(blocks: &[TextBlock]) -> Vec<bool> {
    let short = |block: &TextBlock| {
        block
            .lines
            .iter()
            .all(|l| l.text.split_whitespace().count() <= 10 && !l.text.ends_with('.'))
            && block.lines.first().is_some_and(|l| opens_listing(&l.text))
    };
    let mut out = vec![false; blocks.len()];
    let mut start = 0;
    while start < blocks.len() {
        let mut end = start;
        while end < blocks.len() && short(&blocks[end]) {
            end += 1;
        }
        if end > start {
            let lines: Vec<Line> = blocks[start..end]
                .iter()
                .flat_map(|b| b.lines.iter().cloned())
                .collect();
            if is_author_block(&lines) {
                out[start..end].fill(true);
            }
            start = end;
        } else {
            start += 1;
        }
    }
    out
}

/// A line an author listing may open with: a name, a position, or `Name, Position`.
fn opens_listing(text: &str) -> bool {
    let text = text.trim().trim_end_matches(',');
    is_name(text)
        || is_position(text)
        || text
            .split_once(", ")
            .is_some_and(|(name, position)| is_name(name) && is_position(position))
}

/// Whether a block of lines lists authors with their positions and nothing else: it opens
/// with a name, a position or `Name, Position`, no line runs over ten words or ends a sentence (the
/// others are positions or their rest, `and Finance`), and at least one author is found.
pub fn is_author_block(lines: &[Line]) -> bool {
    let texts: Vec<&str> = lines.iter().map(|l| l.text.trim()).collect();
    !names_with_positions(&texts).is_empty()
        && texts
            .iter()
            .all(|t| t.split_whitespace().count() <= 10 && !t.ends_with('.'))
        && texts.first().is_some_and(|t| opens_listing(t))
        && texts.iter().any(|t| is_position(t) || t.contains(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line {
        Line {
            page: 0,
            x0: 72.0,
            x1: 300.0,
            y: 700.0,
            size: 10.0,
            text: text.to_string(),
            column_width: 400.0,
        }
    }

    #[test]
    fn codes_and_series_from_margins_and_footers() {
        let pages = vec![
            vec![
                line("CRS INSIGHT"),
                line("Prepared for Members and"),
                line("SUMMARY"),
                line("IN12678"),
                line("Updated April 9, 2026"),
            ],
            vec![line("In 2025 trade grew.")],
            vec![
                line("https://crsreports.congress.gov | IF11175 · VERSION 11 · UPDATED"),
                line("IN12678"),
                line("R48875 was cited here"),
            ],
        ];
        assert_eq!(
            identity_lines(&pages),
            ["CRS INSIGHT", "IN12678", "IF11175 · VERSION 11 · UPDATED"]
        );
    }

    #[test]
    fn author_blocks() {
        let block = |texts: &[&str]| texts.iter().map(|t| line(t)).collect::<Vec<_>>();
        assert!(is_author_block(&block(&[
            "Emily G. Blevins,",
            "Coordinator",
            "Specialist in Science and",
            "Technology Policy",
        ])));
        assert!(is_author_block(&block(&[
            "M. Angeles Villarreal, Specialist in International Trade"
        ])));
        assert!(is_author_block(&block(&[
            "M. Angeles Villarreal, Specialist in International Trade",
            "and Finance",
            "Danielle M. Trachtenberg, Analyst in International Trade",
            "and Finance",
        ])));
        assert!(!is_author_block(&block(&[
            "Jim Zanotti",
            "Trade Relations"
        ])));
        assert!(!is_author_block(&block(&[
            "Jim Zanotti",
            "Specialist in Middle Eastern Affairs",
            "He wrote that the ceasefire held."
        ])));
    }
}
