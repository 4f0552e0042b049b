//! Composing a [`Document`] from the pieces a reader found: front-matter lines, headings and
//! paragraphs, laid out one after another with a blank line between them, so every span is
//! a slice of the text the brief will carry.

use crate::import::{Block, Document};

use super::clean::collapse_spaces;

/// What a reader found, in reading order. Text may hold several lines (a table keeps one
/// row a line); runs of spaces within a line are collapsed when the piece is composed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A line before the body: title, byline, date, series line, metadata field.
    Front(String),
    /// A section title; the paragraphs after it sit under it.
    Heading(String),
    Paragraph(String),
}

/// Lays the pieces out as `Document::text`: each piece's lines with spaces collapsed and
/// empty lines dropped, pieces separated by one blank line, pieces left empty skipped.
/// A front line resets the current section, so a heading of site chrome above the
/// metadata does not become the first paragraph's section.
pub fn compose(pieces: Vec<Piece>) -> Document {
    let mut doc = Document::default();
    let mut section: Option<String> = None;
    let mut disclaimer = false;
    for piece in pieces {
        // A "Disclaimer" section is the publisher's boilerplate, not the report's.
        match &piece {
            Piece::Heading(text) => {
                disclaimer = text
                    .trim()
                    .trim_end_matches(['s', ':'])
                    .eq_ignore_ascii_case("disclaimer");
                if disclaimer {
                    continue;
                }
            }
            Piece::Paragraph(_) if disclaimer => continue,
            _ => {}
        }
        let (kind, raw) = match piece {
            Piece::Front(text) => (0, text),
            Piece::Heading(text) => (1, text),
            Piece::Paragraph(text) => (2, text),
        };
        let lines: Vec<String> = raw
            .lines()
            .map(collapse_spaces)
            .filter(|line| !line.is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        let text = lines.join(if kind == 1 { " " } else { "\n" });
        if !doc.text.is_empty() {
            doc.text.push_str("\n\n");
        }
        let span = doc.text.len()..doc.text.len() + text.len();
        doc.text.push_str(&text);
        match kind {
            0 => {
                doc.front.push(span);
                section = None;
            }
            1 => section = Some(text),
            _ => doc.paragraphs.push(Block {
                span,
                section: section.clone(),
            }),
        }
    }
    doc.text.push('\n');
    doc
}

/// Whether a line reads as a section heading: short (at most 12 words and 100 bytes), no
/// final stop, comma, semicolon or colon, no table bar, not a caption or a bare date, and
/// in title case (every word of four letters or more starts with a capital or a digit),
/// after a section number (`2.`, `2.1`, `IV.`) if one leads.
pub fn is_heading_like(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || line.len() > 100 {
        return false;
    }
    if line.ends_with(['.', ',', ';', ':', '!', '?']) && !line.ends_with("U.S.") {
        return false;
    }
    let first = line.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    if !line.chars().any(char::is_alphabetic) || is_caption(line) || is_bare_date(&words) {
        return false;
    }
    if line.contains('|') {
        return false;
    }
    // A section number (`2.`, `IV.`) may lead; the words after it are in title case.
    let skip = usize::from(is_numbered(words[0]) && words.len() > 1);
    words[skip..]
        .iter()
        .map(|word| word.trim_start_matches(['(', '"', '“', '‘', '\'']))
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .all(|word| {
            word.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// `Figure 1. …`, `Table 2. …`: a caption, which titles a figure, not a section.
fn is_caption(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    ["Figure", "Table", "Chart", "Map", "Box", "Exhibit"].contains(&first)
        && second
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && second.trim_end_matches(['.', ':']).len() <= 4
}

/// `December 2025`, `April 16, 2026`: a date alone, as under a figure or in a byline.
fn is_bare_date(words: &[&str]) -> bool {
    words.len() <= 4
        && words.iter().any(|w| {
            let w = w.trim_end_matches([',', '.']);
            w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
        })
        && super::front::is_date_line(&words.join(" "))
}

/// `2.`, `2.1`, `2.1.`, `IV.`, `A.`: a section number.
fn is_numbered(word: &str) -> bool {
    let core = word.trim_end_matches('.');
    if core.is_empty() {
        return false;
    }
    let arabic = core.split('.').all(|part| {
        !part.is_empty() && part.len() <= 3 && part.chars().all(|c| c.is_ascii_digit())
    });
    let roman = word.ends_with('.') && core.len() <= 5 && core.chars().all(|c| "IVXL".contains(c));
    let letter =
        word.len() == 2 && word.ends_with('.') && core.chars().all(|c| c.is_ascii_uppercase());
    arabic || roman || letter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_become_text_with_spans_and_sections() {
        let doc = compose(vec![
            Piece::Front("A  Title".into()),
            Piece::Heading("Trade in Goods".into()),
            Piece::Paragraph("First line\n\n  second   line ".into()),
            Piece::Paragraph("   ".into()),
            Piece::Paragraph("Next.".into()),
        ]);
        assert_eq!(
            doc.text,
            "A Title\n\nTrade in Goods\n\nFirst line\nsecond line\n\nNext.\n"
        );
        assert_eq!(&doc.text[doc.front[0].clone()], "A Title");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(&doc.text[doc.paragraphs[1].span.clone()], "Next.");
        assert_eq!(doc.paragraphs[0].section.as_deref(), Some("Trade in Goods"));
    }

    #[test]
    fn a_front_line_ends_the_section_above_it() {
        let doc = compose(vec![
            Piece::Heading("Site Menu".into()),
            Piece::Front("Authors: A. Smith".into()),
            Piece::Paragraph("Body.".into()),
        ]);
        assert_eq!(doc.paragraphs[0].section, None);
    }

    #[test]
    fn heading_like_lines() {
        for line in [
            "Background",
            "Trade in Goods",
            "U.S.-Mexico Trade",
            "The District Court's Decision",
            "March 2026 Request for Information",
            "2. Issues for Congress",
            "IV. Outlook",
        ] {
            assert!(is_heading_like(line), "{line}");
        }
        for line in [
            "The law did not, however, require notice.",
            "Sources: Economist Intelligence Unit; U.S. Trade Administration.",
            "whether to request that filers provide information",
            "Congress could consider whether to act on tariffs and other matters",
            "2026",
            "December 2025",
            "71. | Blake et al., \"Product Search\"",
            "3. the rest is lower case here",
            "Figure 1. U.S. Space Force Within the Department",
            "Table 2. Top 10 Foreign Holders",
            "",
        ] {
            assert!(!is_heading_like(line), "{line}");
        }
    }
}
