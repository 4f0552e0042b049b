//! An event's title: a short clause of its sentence, the one that holds the date, cut at a
//! word near [`TITLE_MAX`] characters.

use std::ops::Range;

use super::DateMention;

/// Longest title, in characters (not bytes: a curly quote must not cut a title shorter than
/// a straight one, or the .txt and the PDF of a report would title one event differently),
/// before it is cut at a word boundary.
pub(super) const TITLE_MAX: usize = 80;
/// Words a cut title does not end on.
const DANGLING: &[&str] = &[
    "and", "or", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "that", "as", "at",
    "from", "its", "their", "his", "her",
];

/// The part of the sentence between semicolons that holds `span`.
pub(super) fn clause_around(
    text: &str,
    sentence: &Range<usize>,
    span: &Range<usize>,
) -> Range<usize> {
    if let Some(aside) = aside_around(text, sentence, span) {
        return aside;
    }
    let start = text[sentence.start..span.start]
        .rfind(';')
        .map_or(sentence.start, |i| sentence.start + i + 1);
    let end = text[span.end..sentence.end]
        .find(';')
        .map_or(sentence.end, |i| span.end + i);
    start..end
}

/// Fewest words, besides the date, that make a parenthetical a clause of its own.
const ASIDE_WORDS: usize = 4;
/// Words that open a parenthetical clause with its own subject (`(it was leased … in 2015)`,
/// `(which became … in 1982)`); a parenthetical opening otherwise is a label, a list or a
/// participle (`(2018 farm bill; P.L. 115-334)`, `(Liberia in 2008 and Sudan in 2021)`,
/// `(modified from the original date of …)`) and dates nothing of its own.
const ASIDE_SUBJECTS: &[&str] = &[
    "it", "they", "he", "she", "we", "this", "these", "which", "who",
];
/// Articles that open a parenthetical clause only when it also has a past-tense verb (`(the
/// FY2026 request proposed …)`); otherwise it names something (`(the Continued Assistance
/// Act)`).
const ASIDE_ARTICLES: &[&str] = &["the", "a", "an"];

/// The inside of the parentheses holding `span` when they make a clause of their own (opening
/// with a subject, [`ASIDE_SUBJECTS`], and [`ASIDE_WORDS`] words besides the date): `…
/// Darwin Port (it was leased to a PRC-based company for 99 years in 2015).` dates the lease,
/// not what the sentence's main clause says. A bare `(in 2015)` or `(2019–2021)` is not one.
fn aside_around(text: &str, sentence: &Range<usize>, span: &Range<usize>) -> Option<Range<usize>> {
    let before = &text[sentence.start..span.start];
    let open = before.rfind('(')?;
    if before[open..].contains(')') {
        return None;
    }
    let close = text[span.end..sentence.end].find(')')? + span.end;
    // Nested brackets or clauses inside the aside: too tangled to title from.
    if text[sentence.start + open + 1..close].contains(['(', '[', ';']) {
        return None;
    }
    let start = sentence.start + open + 1;
    let opener = text[start..close]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let words = text[start..span.start].split_whitespace().count()
        + text[span.end..close].split_whitespace().count();
    let past_tense = || {
        text[start..close]
            .split_whitespace()
            .any(|w| w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase))
    };
    let clause = ASIDE_SUBJECTS.contains(&opener.as_str())
        || ASIDE_ARTICLES.contains(&opener.as_str()) && past_tense();
    (clause && words >= ASIDE_WORDS).then_some(start..close)
}

/// A short clause from the sentence: the part between semicolons (or the parenthetical clause,
/// see [`aside_around`]) that holds the date,
/// without a leading date phrase (`On April 7, 2026,`) or list marker, up to a dash, a
/// parenthesis or a subordinate clause, cut at a word boundary near [`TITLE_MAX`] characters
/// (and then ending in `…`, so a reader sees it was cut), first letter capitalised.
pub(super) fn title(
    text: &str,
    sentence: &Range<usize>,
    mention: &DateMention,
    mentions: &[DateMention],
) -> String {
    let clause = clause_around(text, sentence, &mention.span);
    let mut start = clause.start;
    start += text[start..clause.end].len()
        - text[start..clause.end]
            .trim_start_matches(['-', '•', '*', ' '])
            .len();
    // A leading date phrase (`On April 7, 2026,`, `In early March,`) is not the event.
    if let Some(lead) = mentions.iter().find(|m| {
        m.span.start >= start
            && m.span.end < clause.end
            && text[start..m.span.start].split_whitespace().count() <= 3
            && text[m.span.end..].starts_with(',')
    }) {
        start = lead.span.end + 1;
    }
    let body = &text[start..clause.end];
    let mut body = body.trim();
    // A sentence in parentheses: its bracket is not part of the title.
    if let Some(inner) = body.strip_prefix('(')
        && !inner.contains(')')
    {
        body = inner;
    }
    let cut = [
        ";",
        " — ",
        " – ",
        "—",
        " (",
        ": \"",
        ": “",
        ", though ",
        ", which ",
        ", while ",
        ", but ",
    ]
    .iter()
    .filter_map(|stop| body.find(stop))
    .filter(|&i| i > 20)
    .min()
    .unwrap_or(body.len());
    let mut clause = body[..cut].trim_end_matches(['.', ',', ' ', ':']);
    let shortened = clause.chars().count() > TITLE_MAX;
    if shortened {
        // Room for the `…` that says so: the byte where the character after the first
        // `TITLE_MAX - 1` begins.
        let end = clause
            .char_indices()
            .nth(TITLE_MAX - 1)
            .map_or(clause.len(), |(i, _)| i);
        let head = &clause[..end];
        clause = if clause[end..].starts_with(' ') {
            head
        } else {
            head.rfind(' ').map_or(head, |i| &head[..i])
        };
        while let Some((rest, last)) = clause.rsplit_once(' ') {
            if DANGLING.contains(&last.to_lowercase().as_str()) || last.ends_with(',') {
                clause = rest;
            } else {
                break;
            }
        }
    }
    let clause = clause.trim_end_matches([',', ' ', ';', ':']);
    let mut chars = clause.chars();
    match chars.next() {
        Some(first) => {
            let mut title: String = first.to_uppercase().chain(chars).collect();
            if shortened {
                title.push('…');
            }
            title
        }
        None => text[sentence.clone()].to_string(),
    }
}
