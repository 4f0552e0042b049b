//! Sentence spans inside a paragraph of a brief's text: the importer quotes the sentence that holds
//! an item, and the slides take a paragraph's first sentence as a key point.
//!
//! A sentence ends at `.`, `!` or `?` (optionally followed by a closing quote or bracket)
//! followed by white space and an upper-case letter, digit or opening quote — unless the
//! word before the stop is a known abbreviation (`U.S.`, `Mr.`, `No.`, `Jan.`) or a single
//! initial (`H. W.`), or a word with an inner dot (`H.Rept.`, `P.L.`) before a number
//! (`H.Rept. 119-215`). An abbreviation that can close a sentence (`U.S.`, `etc.`) does end
//! one before a common sentence opener (`… in the U.S. The rule …`).

use std::ops::Range;

/// Abbreviations that end in a full stop without ending a sentence (lower-cased, no dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "rep", "sen",
    "gov", "pres", "amb", "st", "no", "nos", "vol", "pp", "p", "fig", "figs", "art", "sec", "ch",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "co", "ltd", "jr", "sr", "vs", "etc", "e.g", "i.e", "approx", "est", "u.s", "u.k",
    "u.n", "e.u", "d.c", "p.l", "h.r", "s", "cf", "al",
];

/// Abbreviations that may also be the last word of a sentence (lower-cased, no final dot).
const CLOSING_ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "d.c", "etc", "inc", "ltd", "co", "corp",
];

/// Words that open sentences and rarely follow a name inside one: after `U.S.` they mark a
/// sentence end (`… in the U.S. The rule …`), unlike `U.S. Congress`.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "This",
    "These",
    "That",
    "Those",
    "It",
    "Its",
    "In",
    "On",
    "At",
    "For",
    "As",
    "By",
    "If",
    "When",
    "While",
    "Since",
    "After",
    "Before",
    "However",
    "Also",
    "Although",
    "But",
    "Some",
    "Many",
    "Most",
    "Such",
    "They",
    "He",
    "She",
    "We",
    "There",
    "According",
    "Other",
    "Under",
    "A",
    "An",
];

/// As [`split`], but a line break also ends a sentence: for a report's paragraphs as the
/// importer composes them, whose lines are a table's rows (`2005 | $25 million`) or a
/// caption and its source, never prose wrapped at a width.
pub fn split_lines(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for line in text[range.clone()].split('\n') {
        out.extend(split(text, start..start + line.len()));
        start += line.len() + 1;
    }
    out
}

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
            if c == '.' && glued_sentence(&slice[start..at], &slice[end..]) {
                push_trimmed(&mut out, slice, start..end, range.start);
                start = end;
            }
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
            || matches!(after, '"' | '“' | '‘' | '(' | '[' | '•');
        if !starts_sentence
            || (c == '.' && !stop_ends_sentence(&slice[start..at], &slice[chars[k].0..]))
        {
            continue;
        }
        push_trimmed(&mut out, slice, start..end, range.start);
        start = end;
    }
    push_trimmed(&mut out, slice, start..slice.len(), range.start);
    out
}

/// Whether a full stop after `before` (the sentence so far, without the stop) ends the
/// sentence, given `after`, the text from the next word on.
fn stop_ends_sentence(before: &str, after: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false; // an initial: "George H. W. Bush"
    }
    let lower = word.to_lowercase();
    let next_word: &str = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if after.starts_with(|c: char| c.is_ascii_digit()) && lower.contains('.') {
        return false; // "H.Rept. 119-215", "P.L. 119-74"
    }
    let short_name = (2..=5).contains(&word.chars().count())
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    if short_name && is_cited_page(after) {
        return false; // a cited volume or page: "(33 Stat. 872)", "(9 Wheat.) 1, 203"
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return CLOSING_ABBREVIATIONS.contains(&lower.as_str())
            && SENTENCE_OPENERS.contains(&next_word);
    }
    true
}

/// Whether a full stop with no space after it still ends a sentence, as in text pasted
/// together from two lines (`… held in April 2025.The incumbent …`): the word before is a
/// number or a lower-case word (not an abbreviation or a name with inner dots such as
/// `U.S.The` or `www.example`), and the next is a common sentence opener followed by a space.
fn glued_sentence(before: &str, after: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let plain_word = word.len() >= 2
        && (word.chars().all(|c| c.is_ascii_digit() || c == ',')
            || word.chars().all(char::is_lowercase))
        && !ABBREVIATIONS.contains(&word);
    let Some((next_word, _)) = after.split_once(' ') else {
        return false;
    };
    plain_word && SENTENCE_OPENERS.contains(&next_word)
}

/// Whether `after` opens with a page number as citations give it: digits, then a closing
/// bracket, a semicolon, a bracketed year or a comma and another page (`872)`, `2278
/// (2002)`, `1, 203 (1824)`), not a word
/// (`2025 was flat`).
fn is_cited_page(after: &str) -> bool {
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &after[digits..];
    digits > 0
        && (rest.starts_with([')', ';'])
            || rest.starts_with(" (")
            || rest
                .strip_prefix(", ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
}

fn push_trimmed(out: &mut Vec<Range<usize>>, slice: &str, local: Range<usize>, offset: usize) {
    let piece = &slice[local.clone()];
    let mut lead = piece.len() - piece.trim_start().len();
    // A list bullet opening the sentence is layout, not words: the quote starts after it.
    if let Some(rest) = ["• ", "- ", "* ", "– "]
        .iter()
        .find_map(|bullet| piece[lead..].strip_prefix(bullet))
    {
        lead = piece.len() - rest.trim_start().len();
    }
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(offset + local.start + lead..offset + local.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_lines_ends_a_sentence_at_each_line() {
        let text = "Year | Action\n1992 | EPA establishes the program. It grows\nSource: EPA";
        let got: Vec<&str> = split_lines(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            got,
            [
                "Year | Action",
                "1992 | EPA establishes the program.",
                "It grows",
                "Source: EPA"
            ]
        );
        assert_eq!(split(text, 0..text.len()).len(), 2);
    }

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
    fn report_numbers_after_dotted_abbreviations_stay_inside() {
        let table: &[(&str, usize)] = &[
            (
                "The report accompanying P.L. 119-74 referred to H.Rept. 119-215, which recommended $32 million.",
                1,
            ),
            ("S.Rept. 118-12 said so. Sec. 3 applies.", 2),
            ("See No. 5 and Sec. 301 of the act.", 1),
            ("Trade with the U.S. grew. The rest fell.", 2),
            ("Exports to the U.S. The figure rose.", 2),
            ("The U.S. Congress met. U.S. officials spoke.", 2),
            ("Mr. The is a name here.", 1),
            ("It rose in 2024. 2025 was flat.", 2),
            ("It was set up (33 Stat. 872), and it grew.", 1),
            ("See P.L. 108-87, 117 Stat. 1345 (2002); and more.", 1),
            (
                "Quoting Gibbons, 22 U.S. (9 Wheat.) 1, 203 (1824). See also.",
                2,
            ),
            ("They sold it to Smith. 2025 was flat.", 2),
        ];
        for &(text, count) in table {
            assert_eq!(
                sentences(text).len(),
                count,
                "{text}: {:?}",
                sentences(text)
            );
        }
    }

    #[test]
    fn list_bullets_open_sentences_and_stay_out_of_quotes() {
        assert_eq!(
            sentences("- Iran wrote that talks would follow. • Strait of Hormuz. Ships wait."),
            [
                "Iran wrote that talks would follow.",
                "Strait of Hormuz.",
                "Ships wait."
            ]
        );
        assert_eq!(
            sentences("Prices fell - sharply. Then they rose."),
            ["Prices fell - sharply.", "Then they rose."]
        );
    }

    #[test]
    fn a_stop_glued_to_a_sentence_opener_ends_a_sentence() {
        assert_eq!(
            sentences("It was held in April 2025.The incumbent won. Ties rose.This one too."),
            [
                "It was held in April 2025.",
                "The incumbent won.",
                "Ties rose.",
                "This one too."
            ]
        );
        // Not after an abbreviation, a name with inner dots or inside a web address.
        for text in [
            "See the U.S.The report.",
            "Visit www.example.The site.",
            "Pay 3.5 percent.",
            "See No.The end.",
        ] {
            assert_eq!(sentences(text), [text], "{text:?}");
        }
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "Intro.\n\nFirst one. Second one.";
        let spans = split(text, 8..text.len());
        assert_eq!(&text[spans[1].clone()], "Second one.");
    }
}
