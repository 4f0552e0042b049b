//! Plain text: paragraphs separated by blank lines, front matter (title, byline, date) kept
//! apart, short heading-like lines made section titles of the paragraphs that follow.

use super::clean::join_wrapped_in;
use super::compose::{Piece, is_heading_like};
use super::front;
use super::hyphen::Vocabulary;

/// Lines longer than this (in bytes) mean the text is not hard-wrapped: each line of a
/// block is then its own paragraph. Wrapped text rarely exceeds 80 columns.
const WRAP_WIDTH: usize = 100;

/// The pieces of a cleaned plain text (see [`super::clean::normalize`]).
pub fn pieces(text: &str) -> Vec<Piece> {
    let blocks = blocks(text);
    let mut out = Vec::new();
    let body_start = front::leading(&blocks, &mut out);
    let vocabulary = Vocabulary::from_text(text);
    for block in &blocks[body_start..] {
        body_block(block, &vocabulary, &mut out);
    }
    out
}

/// The text's blocks: runs of non-blank lines, each line trimmed at its end.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

fn body_block(block: &[&str], vocabulary: &Vocabulary, out: &mut Vec<Piece>) {
    let mut lines = block;
    if lines.len() > 1 && is_heading_like(lines[0]) && !is_bullet(lines[1]) {
        out.push(Piece::Heading(lines[0].trim().to_string()));
        lines = &lines[1..];
    }
    let wrapped = lines.len() > 1 && lines.iter().all(|line| line.len() <= WRAP_WIDTH);
    if !wrapped {
        for line in lines {
            if is_heading_like(line) {
                out.push(Piece::Heading(line.trim().to_string()));
            } else {
                out.push(Piece::Paragraph(line.trim().to_string()));
            }
        }
        return;
    }
    // Hard-wrapped: one paragraph, except that a bullet starts a new one.
    let mut start = 0;
    for i in 1..=lines.len() {
        if i == lines.len() || is_bullet(lines[i]) {
            out.push(Piece::Paragraph(join_wrapped_in(
                lines[start..i].iter().copied(),
                vocabulary,
            )));
            start = i;
        }
    }
}

/// A list item's first line: `- `, `* `, `• `, `1. `, `(a) `.
fn is_bullet(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['-', '*', '•', '–', '▪']) && line.chars().nth(1) == Some(' ') {
        return true;
    }
    let Some((head, _)) = line.split_once(' ') else {
        return false;
    };
    let number = head.trim_end_matches(['.', ')']);
    head.len() > number.len()
        && !number.is_empty()
        && number.len() <= 3
        && number
            .trim_start_matches('(')
            .chars()
            .all(|c| c.is_ascii_alphanumeric())
        && number
            .trim_start_matches('(')
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_headings_and_paragraphs() {
        let text = "U.S.-Mexico Trade Relations\nDanielle M. Trachtenberg; M. Angeles Villarreal\nUpdated April 16, 2026\n\nThe 119th Congress is engaged in a range of activities related to trade policy toward Mexico, which was the largest partner.\n\nMexico's Economy\nMexico has a population of 132 million people, making it the most populous Spanish-speaking country in the world.\nSources: Economist Intelligence Unit (EIU) View, accessed by CRS on April 8, 2026; U.S. International Trade Administration.\n\nTrade in Goods\n\nTrade grew.\n";
        let pieces = pieces(text);
        assert_eq!(
            pieces[0],
            Piece::Front("U.S.-Mexico Trade Relations".into())
        );
        assert_eq!(pieces[2], Piece::Front("Updated April 16, 2026".into()));
        assert!(matches!(&pieces[3], Piece::Paragraph(p) if p.starts_with("The 119th")));
        assert_eq!(pieces[4], Piece::Heading("Mexico's Economy".into()));
        assert!(matches!(&pieces[6], Piece::Paragraph(p) if p.starts_with("Sources:")));
        assert_eq!(pieces[7], Piece::Heading("Trade in Goods".into()));
        assert_eq!(pieces[8], Piece::Paragraph("Trade grew.".into()));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Intro line that is long enough to be a sentence of the body text.\n\nThe devel-\nopment of U.S.-\nMexico trade.\n- a bullet\n- another\n";
        let pieces = pieces(text);
        assert_eq!(
            pieces[1],
            Piece::Paragraph("The development of U.S.-Mexico trade.".into())
        );
        assert_eq!(pieces[2], Piece::Paragraph("- a bullet".into()));
        assert_eq!(pieces.len(), 4);
    }

    #[test]
    fn bullets() {
        assert!(is_bullet("- item"));
        assert!(is_bullet("1. item"));
        assert!(is_bullet("(a) item"));
        assert!(!is_bullet("U.S. trade"));
        assert!(!is_bullet("2026 was"));
    }
}
