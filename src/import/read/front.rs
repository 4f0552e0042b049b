//! Front matter: the title, byline, date and series lines a report opens with, kept out of
//! the paragraphs (and handed to `meta::extract`) when they are recognisably so.

use super::compose::Piece;

/// How many blocks after the first may still be front matter.
const FRONT_BLOCKS: usize = 4;

/// Pushes the front-matter lines of `blocks` (blank-line separated runs of lines) to `out`
/// and returns the index of the first body block. The first block is front matter when it
/// is a few short lines none of which reads as a sentence; the blocks after it only when
/// every line is a date, byline or series line.
pub fn leading(blocks: &[Vec<&str>], out: &mut Vec<Piece>) -> usize {
    let Some(first) = blocks.first() else {
        return 0;
    };
    let opening = first.len() <= 8
        && first
            .iter()
            .all(|line| line.len() <= 150 && !reads_as_sentence(line));
    if !opening {
        return 0;
    }
    out.extend(
        first
            .iter()
            .map(|line| Piece::Front(line.trim().to_string())),
    );
    let mut next = 1;
    while next < blocks.len().min(1 + FRONT_BLOCKS) && blocks[next].iter().all(|l| is_front_line(l))
    {
        out.extend(
            blocks[next]
                .iter()
                .map(|line| Piece::Front(line.trim().to_string())),
        );
        next += 1;
    }
    next
}

/// A line that ends in a stop and runs to more than ten words: body text, not a title.
fn reads_as_sentence(line: &str) -> bool {
    let line = line.trim();
    line.ends_with(['.', '?', '!']) && line.split_whitespace().count() > 10
}

/// A date line (`Updated April 16, 2026`), a byline (`By Jane Doe and John Roe`), or a
/// series line (`CRS In Focus IF11175`, `EAI Background Brief No. 346`).
pub fn is_front_line(line: &str) -> bool {
    is_date_line(line) || is_byline(line) || is_series_line(line)
}

/// At most eight words, naming a month and holding a four-digit year.
pub fn is_date_line(line: &str) -> bool {
    let words: Vec<String> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= 8
        && words
            .iter()
            .any(|w| crate::brief::month_from_name(w).is_some())
        && words
            .iter()
            .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

/// `By …`, or at most a dozen words that are all capitalised names, initials or the
/// connectors `and`, `&`, `;`.
fn is_byline(line: &str) -> bool {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("By ") {
        return rest.split_whitespace().count() <= 12;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=12).contains(&words.len())
        && !line.ends_with('.')
        && (line.contains(';') || line.contains(" and ") || words.len() <= 4)
        && words.iter().all(|w| {
            let w = w.trim_end_matches([',', ';']);
            w == "and" || w == "&" || w.chars().next().is_some_and(char::is_uppercase)
        })
        && words.iter().any(|w| {
            let w = w.trim_end_matches([',', ';']);
            w.len() == 2 && w.ends_with('.')
        })
}

/// At most ten words holding `No.` with a number, or a report code such as `IF11175`.
fn is_series_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= 10
        && (line.contains("No. ")
            || words.iter().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
                let letters = w.chars().take_while(char::is_ascii_uppercase).count();
                (1..=3).contains(&letters)
                    && w.len() - letters >= 4
                    && w[letters..].chars().all(|c| c.is_ascii_digit())
            }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_lines() {
        assert!(is_front_line("Updated April 16, 2026"));
        assert!(is_front_line("16 Apr. 2026"));
        assert!(is_front_line("By Jane Doe"));
        assert!(is_front_line(
            "Danielle M. Trachtenberg; M. Angeles Villarreal"
        ));
        assert!(is_front_line("CRS In Focus IF11175"));
        assert!(is_front_line("EAI Background Brief No. 346"));
        assert!(!is_front_line(
            "Trade grew by 3% in 2025 as Mexico became the top partner."
        ));
        assert!(!is_front_line("Background"));
    }

    #[test]
    fn body_text_is_not_front_matter() {
        let blocks = vec![vec![
            "The 119th Congress is engaged in a range of legislative and oversight activities.",
        ]];
        let mut out = Vec::new();
        assert_eq!(leading(&blocks, &mut out), 0);
        assert!(out.is_empty());
    }

    #[test]
    fn a_date_block_after_the_title_is_front_matter() {
        let blocks = vec![vec!["A Title"], vec!["April 2026"], vec!["Body text here."]];
        let mut out = Vec::new();
        assert_eq!(leading(&blocks, &mut out), 2);
        assert_eq!(out.len(), 2);
    }
}
