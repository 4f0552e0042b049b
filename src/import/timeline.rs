//! The timeline extractor: one event per date mention that marks something happening, with
//! its sentence as evidence and a short clause of it as title.
//!
//! Not events: the publication date on a date line (`Updated April 9, 2026`), dates of
//! access to a source (`accessed on April 8, 2026`), a year or month that only says which
//! period a statistic covers (`Mexico's GDP was $1.8 trillion in 2025`; the figures
//! extractor keeps those as periods), and a year that names a document or a law (`its 2019
//! report`, `in 1942 it adopted the 1931 Statute`; see `timeline/documents.rs`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::brief::{BriefDate, Point};

use super::dates::{self, DateMention};
use super::{Document, EventCandidate};
use crate::brief::sentences;

mod documents;
mod title;
use documents::Named;
use title::{clause_around, title};

/// The dated events of `doc`, in text order.
///
/// `published` is the report's own date from its meta: on a paragraph that is only a date
/// line it is metadata, not an event. Each event's `quote` is the byte span of the sentence
/// holding the date; `date` keeps the text's precision, and `date_note` says why a date is
/// inexact (a bound, an offset, a missing year, `early`, a fiscal year). Two mentions of one
/// date in one sentence give one event.
pub fn extract(doc: &Document, published: Option<&BriefDate>) -> Vec<EventCandidate> {
    extract_with(doc, &dates::in_document(doc), published)
}

/// [`extract`] given the date mentions of each of `doc`'s paragraphs
/// (`dates::in_document(doc)`, one `Vec` a paragraph), so that the importer finds them once
/// for the timeline and the figures.
pub fn extract_with(
    doc: &Document,
    mentions_by_paragraph: &[Vec<DateMention>],
    published: Option<&BriefDate>,
) -> Vec<EventCandidate> {
    let text = doc.text.as_str();
    let mut events: Vec<EventCandidate> = Vec::new();
    let mut laws = documents::Seen::default();
    for (block, mentions) in doc.paragraphs.iter().zip(mentions_by_paragraph) {
        if mentions.is_empty() || is_date_line(text, &block.span, mentions, published) {
            continue;
        }
        let sentences = sentences::split_lines(text, block.span.clone());
        for mention in mentions {
            let Some(sentence) = sentences
                .iter()
                .find(|s| s.contains(&mention.span.start))
                .cloned()
            else {
                continue;
            };
            if mention.date == BriefDate::Undated && mention.needs_anchor()
                || is_cross_reference(text, &sentence)
                || is_apparatus(text, &sentence)
                || is_access_date(text, &sentence, mention)
                || is_status_date(text, &sentence, mention)
                || is_name_year(text, mention)
                || is_citation_year(text, mention)
                || is_statistic_period(text, &sentence, mention)
            {
                continue;
            }
            if let Some(named) = documents::named_by_year(text, mention) {
                let first = laws.first_mention(&named);
                if !first || !matches!(named, Named::Law(_)) {
                    continue;
                }
                if documents::dates_something_else(text, &sentence, mention, mentions) {
                    continue;
                }
            }
            let seen = |e: &EventCandidate| e.date == mention.date;
            if events.iter().any(|e| seen(e) && e.quote == sentence)
                || events.iter().any(seen) && is_back_reference(text, mention)
            {
                continue;
            }
            let sequel = sequel(text, &sentence, mention, mentions);
            events.push(EventCandidate {
                date: mention.date.clone(),
                date_note: mention.note.clone(),
                title: title(text, &sentence, mention, mentions),
                quote: sentence.clone(),
            });
            events.extend(sequel.map(|(date, title)| EventCandidate {
                date,
                date_note: Some(
                    "later than the date before it; the text says when only relatively".to_string(),
                ),
                title,
                quote: sentence,
            }));
        }
    }
    events
}

/// `In early March, Hezbollah started firing, and Israel subsequently launched operations`:
/// a later clause joined by `and … subsequently/later/then` is its own event, after the
/// date of the clause before it (no other date between). Gives the date and a title.
fn sequel(
    text: &str,
    sentence: &Range<usize>,
    mention: &DateMention,
    mentions: &[DateMention],
) -> Option<(BriefDate, String)> {
    static SEQUEL: LazyLock<Regex> = LazyLock::new(|| {
        dates::compile(
            r",\s+and\s+((?:[A-Z][\w.'-]*\s+){1,4}(?:subsequently|later|afterwards|then)\s+[a-z]+ed\b[^,;]*)",
        )
    });
    let BriefDate::Point(point) = &mention.date else {
        return None;
    };
    let rest = &text[mention.span.end..sentence.end];
    let found = SEQUEL.captures(rest)?;
    let clause = found.get(1)?;
    let clause_start = mention.span.end + clause.start();
    if mentions
        .iter()
        .any(|m| m.span.start > mention.span.end && m.span.start < clause_start)
    {
        return None;
    }
    let words: Vec<&str> = clause.as_str().split_whitespace().take(10).collect();
    let title = words.join(" ");
    Some((
        BriefDate::After(*point),
        title.trim_end_matches([',', '.']).to_string(),
    ))
}

/// A paragraph that is little more than a date and no sentence (`Updated April 9, 2026`,
/// `Date of Publication: 8 August 2007`) and states the publication date (any date, when
/// the publication date is unknown) is front matter.
fn is_date_line(
    text: &str,
    span: &Range<usize>,
    mentions: &[DateMention],
    published: Option<&BriefDate>,
) -> bool {
    let words_outside = |m: &DateMention| {
        text[span.start..m.span.start].split_whitespace().count()
            + text[m.span.end..span.end].split_whitespace().count()
    };
    mentions.len() == 1
        && words_outside(&mentions[0]) <= 4
        && !text[span.clone()].trim_end().ends_with(['.', '!', '?'])
        && published.is_none_or(|p| same_day(p, &mentions[0].date))
}

fn same_day(a: &BriefDate, b: &BriefDate) -> bool {
    match (a, b) {
        (BriefDate::Point(x), BriefDate::Point(y)) => x == y,
        _ => a == b,
    }
}

/// `See CRS In Focus IF11684, …`: a pointer to another report, not an event.
fn is_cross_reference(text: &str, sentence: &Range<usize>) -> bool {
    let body = text[sentence.clone()].trim_start_matches(['(', ' ']);
    body.starts_with("See ") || body.starts_with("See also ") || body.starts_with("Cf. ")
}

/// The report's apparatus, not its story: a source or note line (`Source: U.S. Mint, …`), a
/// figure or table caption (`Figure 3 shows …`, `1976 Bicentennial Coins`), a table row
/// (`Program | FY2026 Funding | …`).
fn is_apparatus(text: &str, sentence: &Range<usize>) -> bool {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        dates::compile(
            r"^(?:Sources?|Notes?|Data|Image|Photo|Credit)s?\s*:|^(?:Figure|Table|Chart|Map)\s+[A-Z]?\d+\b",
        )
    });
    let body = text[sentence.clone()].trim_start_matches(['(', ' ', '*', '_']);
    if LEAD.is_match(body) || body.contains(" | ") || body.starts_with("| ") {
        return true;
    }
    // A caption: no closing stop and every word capitalised, a number or a small word.
    let small = [
        "of", "the", "and", "in", "for", "on", "to", "a", "an", "by", "at", "from", "with", "per",
    ];
    !ends_with_a_stop(body)
        && body.split_whitespace().count() <= 12
        && body.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric())
                || small.contains(&w)
        })
}

/// Whether `body` closes as a sentence does. The stop of an initial or a short abbreviation
/// (`FY2026 H.`, `Request H. Cmte.`: a table's column headings `H. Cmte.`, `S. Cmte.` broken
/// over lines) closes no sentence.
fn ends_with_a_stop(body: &str) -> bool {
    // Shortened words of headings and names; a sentence may end on a longer word or a number.
    const ABBREVIATIONS: &[&str] = &[
        "Cmte", "Comm", "Dept", "Govt", "Admin", "Assn", "Inc", "Corp", "Co", "Jr", "Sr", "No",
        "Nos", "Vol", "Div", "Est", "Approx",
    ];
    let body = body.trim_end();
    if !body.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let last = body.rsplit(' ').next().unwrap_or(body);
    let abbreviation = last.strip_suffix('.').is_some_and(|stem| {
        let mut chars = stem.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        initial || ABBREVIATIONS.contains(&stem)
    });
    !abbreviation
}

/// The year of a cited case or statute, in parentheses after its page: `273 F.3d 429, 454
/// (2d Cir. 2001)`, `113 Stat. 1535, 1501A-164 (1999)`. Inside the brackets before the year
/// only a court's abbreviations may stand (`2d Cir.`, `N.D. Tex.`), no plain word.
fn is_citation_year(text: &str, mention: &DateMention) -> bool {
    if !text[mention.span.end..].starts_with(')') {
        return false;
    }
    let before = dates::window_before(text, mention.span.start, 40);
    let Some(open) = before.rfind('(') else {
        return false;
    };
    let court = &before[open + 1..];
    let page = before[..open].trim_end();
    court
        .split_whitespace()
        .all(|word| !word.chars().all(char::is_lowercase))
        && page.ends_with(|c: char| c.is_ascii_digit())
}

/// `the Trade Act of 1974`, `the Treaty of 1951`: a year that closes a capitalised name.
fn is_name_year(text: &str, mention: &DateMention) -> bool {
    matches!(mention.date, BriefDate::Point(Point::Year(_)))
        && text[..mention.span.start]
            .trim_end()
            .strip_suffix(" of")
            .and_then(|rest| rest.rsplit(' ').next())
            .is_some_and(|word| word.starts_with(char::is_uppercase))
}

/// `the April 11 meeting` after an event of April 11: the same event named again.
fn is_back_reference(text: &str, mention: &DateMention) -> bool {
    let before = dates::window_before(text, mention.span.start, 8).trim_end();
    let after = &text[mention.span.end..];
    before.to_lowercase().ends_with(" the")
        && after.starts_with(' ')
        && after[1..].starts_with(char::is_lowercase)
}

/// `accessed on April 8, 2026`, `retrieved March 2025`: when a source was read, not an event.
fn is_access_date(text: &str, sentence: &Range<usize>, mention: &DateMention) -> bool {
    static ACCESS: LazyLock<Regex> = LazyLock::new(|| {
        dates::compile(r"(?i)\b(?:accessed|retrieved|viewed|last updated|updated)\b[^.;]{0,40}$")
    });
    ACCESS.is_match(&text[sentence.start..mention.span.start])
}

/// `operations continued as of April 9`, `understandings appear to differ as of April 9`:
/// the day a lasting state is reported (`as of` after a verb of state in the clause), not an
/// event of that day. `strikes escalated as of April 9` stays an event.
fn is_status_date(text: &str, sentence: &Range<usize>, mention: &DateMention) -> bool {
    static STATE_AS_OF: LazyLock<Regex> = LazyLock::new(|| {
        dates::compile(
            r"(?i)\b(?:continu(?:e|es|ed|ing)|remain(?:s|ed)?|appears?|appeared|differ(?:s|ed)?|persist(?:s|ed)?|stands?|stood|still)\b[^.;,]*\bas of\s*$",
        )
    });
    STATE_AS_OF.is_match(&text[sentence.start..mention.span.start])
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    dates::compile(
        r"(?i)(?:[$€£¥]\s?\d|\d\s?%|\d\s(?:percent|per cent|percentage points?|million|billion|trillion)\b)",
    )
});
/// Verbs of a statistic: a change or a total (`grew`, `accounted for`), or a copula right
/// before an amount (`was $1.8 trillion`, `is about 2 percent`).
static STATISTIC_VERB: LazyLock<Regex> = LazyLock::new(|| {
    dates::compile(
        r"(?i)\b(?:totaled|totalled|reached|grew|rose|fell|increased|decreased|declined|dropped|accounted|accounting|amounted|stood|exceeded|valued|expanded|contracted|averaged|doubled|tripled|surged|climbed|(?:was|were|is|are)\s+(?:\w+\s+){0,2}?[$€£¥]?\d)",
    )
});
/// An amount followed closely by the date: `$1.7 billion in 1993`, `60% of Mexico's 2024`.
static AMOUNT_THEN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    dates::compile(
        r"(?i)(?:[$€£¥]\s?[\d.,]+(?:\s(?:thousand|million|billion|trillion))?|[\d.,]+\s?(?:%|percent|per cent)|\d[\d,]*\s(?:million|billion|trillion))\)?[^$€£¥%.;]{0,40}$",
    )
});

/// A year, month or span (not a day, not a bound) in a clause that states an amount, where
/// the clause is a statistic (`was`, `grew`, `accounted`) or the date follows the amount.
fn is_statistic_period(text: &str, sentence: &Range<usize>, mention: &DateMention) -> bool {
    let is_period = match &mention.date {
        BriefDate::Point(Point::Day { .. }) => false,
        BriefDate::Point(_) | BriefDate::Span(..) => true,
        _ => false,
    };
    if !is_period {
        return false;
    }
    let clause = clause_around(text, sentence, &mention.span);
    let clause_text = &text[clause.clone()];
    if !AMOUNT.is_match(clause_text) {
        return false;
    }
    AMOUNT_THEN_DATE.is_match(&text[clause.start..mention.span.start])
        || STATISTIC_VERB.is_match(clause_text)
        || amount_is_subject(text, mention.span.end, clause.end)
}

/// `In FY2025, 93% of SNAP spending was for benefits`: after the leading date phrase the
/// clause opens with the amount it states, so the date is that amount's period.
fn amount_is_subject(text: &str, date_end: usize, clause_end: usize) -> bool {
    static OPENS_WITH_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
        dates::compile(
            r"^,\s+(?:about\s+|nearly\s+|over\s+|more than\s+|almost\s+|roughly\s+)?(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:%|percent\b|per cent\b))",
        )
    });
    OPENS_WITH_AMOUNT.is_match(&text[date_end..clause_end])
}

#[cfg(test)]
mod tests;
