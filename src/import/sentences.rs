//! Sentence spans inside a paragraph, for quoting the sentence that holds an item.
//!
//! A sentence ends at `.`, `!` or `?` (optionally followed by a closing quote or bracket)
//! followed by white space and an upper-case letter, digit or opening quote — unless the
//! word before the stop is a known abbreviation (`U.S.`, `Mr.`, `No.`, `Jan.`) or a single
//! initial (`H. W.`).

use std::ops::Range;

/// Abbreviations that end in a full stop without ending a sentence (lower-cased, no dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "rep", "sen",
    "gov", "pres", "amb", "st", "no", "nos", "vol", "pp", "p", "fig", "figs", "art", "sec", "ch",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "co", "ltd", "jr", "sr", "vs", "etc", "e.g", "i.e", "approx", "est", "u.s", "u.k",
    "u.n", "e.u", "d.c", "p.l", "h.r", "s", "cf", "al",
];

/// The sentences of `text[range]`, as byte ranges into `text`, trimmed of surrounding
/// white space, in order. Empty when the range holds only white space.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Skip closing quotes or brackets right after the stop.
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | ']') {
            j += 1;
        }
        let end = chars.get(j).map_or(slice.len(), |&(pos, _)| pos);
        let Some(&(_, next)) = chars.get(j) else {
            break;
        };
        if !next.is_whitespace() {
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let Some(&(_, after)) = chars.get(k) else {
            break;
        };
        let starts_sentence = after.is_uppercase()
            || after.is_ascii_digit()
            || matches!(after, '"' | '“' | '‘' | '(' | '[');
        if !starts_sentence || (c == '.' && ends_with_abbreviation(&slice[start..at])) {
            continue;
        }
        push_trimmed(&mut out, slice, start..end, range.start);
        start = end;
    }
    push_trimmed(&mut out, slice, start..slice.len(), range.start);
    out
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "George H. W. Bush"
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(out: &mut Vec<Range<usize>>, slice: &str, local: Range<usize>, offset: usize) {
    let piece = &slice[local.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(offset + local.start + lead..offset + local.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_on_stops_before_capitals() {
        assert_eq!(
            sentences("Trade rose. It fell again! Why? Nobody knows."),
            ["Trade rose.", "It fell again!", "Why?", "Nobody knows."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        assert_eq!(
            sentences("The U.S. Congress met Mr. Smith. George H. W. Bush spoke."),
            [
                "The U.S. Congress met Mr. Smith.",
                "George H. W. Bush spoke."
            ]
        );
    }

    #[test]
    fn a_stop_before_lower_case_does_not_split() {
        assert_eq!(
            sentences("It grew 3.5 percent vs. last year."),
            ["It grew 3.5 percent vs. last year."]
        );
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "Intro.\n\nFirst one. Second one.";
        let spans = split(text, 8..text.len());
        assert_eq!(&text[spans[1].clone()], "Second one.");
    }
}
