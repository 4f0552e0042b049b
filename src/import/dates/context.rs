//! The words around a date expression: what rules it out (`Section 1962`, `may` the verb),
//! what joins two dates into a span (`from … to`, `between … and`, a dash), and what makes
//! a date a bound (`before`, `by`, `since`) or a part of a period (`early`, `mid-`).

use std::ops::Range;

use regex::Captures;

use super::rules::{Partial, Parts, Raw, Relation};

/// Words that make the number after them a label, not a year (`Section 1962`, `H.R. 2012`).
#[rustfmt::skip]
const LABEL_WORDS: &[&str] = &[
    "section", "sec.", "§", "article", "title", "no.", "nos.", "number", "p.l.", "law", "h.r.",
    "s.", "res.", "h.res.", "s.res.", "rule", "order", "page", "pages", "p.", "pp.", "figure",
    "table", "box", "annex", "chapter", "part", "vol.", "volume", "#", "eo", "e.o.", "route",
    "form", "docket", "case", "amendment", "bill", "resolution", "paragraph", "clause",
    "stat.", "reg.", "u.s.c.", "c.f.r.", "f.2d", "f.3d", "f.4th",
];
/// Words before a bare `May` or `March` that make it the month, not the verb.
#[rustfmt::skip]
const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "through", "from", "to", "of", "during", "early",
    "mid", "late", "before", "after", "between", "and", "last", "next", "this", "each", "every",
    "as", "throughout", "around", "end", "beginning", "start", "middle", "or", "mid-",
];

/// Weekday names: part of the date after them, never a date alone.
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Capitalised words that may stand before a year without making it part of a name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "in", "by", "since", "until", "till", "before", "after", "from", "during", "through",
    "between", "and", "of", "the", "a", "an", "for", "to", "at", "on", "as", "around", "about",
    "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid", "fiscal", "calendar",
    "year", "end", "circa", "ca", "c", "fy", "cy", "q1", "q2", "q3", "q4", "then", "also",
];

/// `Made in China 2025`, `Vision 2030`: a year right after a capitalised word is part of a
/// name, unless that word is a preposition or a season starting the phrase.
fn is_name_word(word: &str) -> bool {
    word.len() > 1
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && !NOT_NAMES.contains(&word.to_lowercase().as_str())
}

fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let start = before
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// A page after the first page of a cited source: `123 Stat. 1176, 1807`, `118 Stat. 2004,
/// 2016` (the numbers before it, each ending in a comma, follow a label word).
fn is_pin_cite(text: &str, at: usize) -> bool {
    let mut end = at;
    let mut pages = 0;
    loop {
        let word = word_before(text, end);
        let start = text[..end].trim_end().len() - word.len();
        match word.strip_suffix(',') {
            Some(number) if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) => {
                pages += 1;
                end = start;
            }
            _ => return pages > 0 && LABEL_WORDS.contains(&word.to_lowercase().as_str()),
        }
    }
}

/// Checks the words around a match that decide whether it is a date at all.
pub(super) fn fits_context(text: &str, span: &Range<usize>, caps: &Captures<'_>) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    // Part of a longer number or code: `1,2025`, `2025.5`, `F-2025`, `2025%`.
    if matches!(before, Some(c) if c.is_alphanumeric() || matches!(c, '$' | '€' | '£' | '¥' | '#'))
        || matches!(after, Some(c) if c.is_alphanumeric() || c == '%')
    {
        return false;
    }
    let mut back = text[..span.start].chars().rev();
    let (last, second_last) = (back.next(), back.next());
    let starts_with_digit = text[span.start..].starts_with(|c: char| c.is_ascii_digit());
    if starts_with_digit
        && matches!(last, Some(',' | '.' | '-'))
        && second_last.is_some_and(|c| c.is_ascii_digit())
        || last == Some('-') && second_last.is_some_and(char::is_uppercase)
    {
        return false;
    }
    let rest = super::window_after(text, span.end, 24)
        .trim_start()
        .to_ascii_lowercase();
    let previous = word_before(text, span.start).to_lowercase();
    let is_year_rule = caps.name("y").is_some() && caps.name("m").is_none();
    // A year opening a line (a table row's key) is not part of the line above.
    let opens_line = text[..span.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n');
    if is_year_rule {
        if !opens_line
            && (LABEL_WORDS.contains(&previous.as_str())
                || is_name_word(word_before(text, span.start))
                || is_pin_cite(text, span.start))
        {
            return false;
        }
        if rest.starts_with("percent")
            || rest.starts_with("per cent")
            || ["million", "billion", "thousand", "trillion"]
                .iter()
                .any(|w| rest.starts_with(w))
            || text[span.end..].starts_with([',', '.'])
                && text[span.end + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
    }
    // A bare `May` or `March` is the month only after a date word (`in May`, `early March`).
    let whole = &caps[0];
    if caps.name("m").is_some()
        && caps.name("y").is_none()
        && caps.name("d").is_none()
        && (whole.starts_with("May") || whole.starts_with("March"))
    {
        let cue = previous.trim_end_matches(',');
        let hyphened = text[..span.start].ends_with("mid-");
        if !hyphened && !MONTH_CUES.contains(&cue) {
            return false;
        }
    }
    true
}

/// Joins neighbours the text makes one span: `from 1992 to 2006`, `between 1999 and 2024`,
/// `April-June 2025`, `FY2025-FY2027`. A yearless start takes the end's year.
pub(super) fn join_spans(text: &str, found: Vec<Raw>) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::with_capacity(found.len());
    for raw in found {
        if let Some(last) = out.last_mut()
            && let Some(joined) = join(text, last, &raw)
        {
            *last = joined;
            continue;
        }
        out.push(raw);
    }
    out
}

fn join(text: &str, first: &Raw, second: &Raw) -> Option<Raw> {
    if first.parts.offset || second.parts.offset || first.parts.end.is_some() {
        return None;
    }
    let between = text[first.span.end..second.span.start].trim();
    let word = between.to_ascii_lowercase();
    let ok = match word.as_str() {
        "-" | "–" | "—" | "to" | "through" | "until" | "till" | "thru" => true,
        "and" => word_before(text, first.span.start).eq_ignore_ascii_case("between"),
        _ => false,
    };
    if !ok {
        return None;
    }
    let mut start = first.parts.start;
    let end_parts = second.parts.end.unwrap_or(second.parts.start);
    if start.year.is_none() {
        let year = end_parts.year?;
        let later_month = matches!((start.month, end_parts.month), (Some(a), Some(b)) if a > b);
        start.year = Some(if later_month { year - 1 } else { year });
    }
    let key = |p: Partial| (p.year, p.month.unwrap_or(0), p.day.unwrap_or(0));
    if end_parts.year.is_some() && key(end_parts) < key(start) {
        return None;
    }
    let span = first.span.start..second.span.end;
    let note = first
        .parts
        .note
        .clone()
        .or_else(|| second.parts.note.clone());
    Some(Raw {
        parts: Parts {
            start,
            end: Some(end_parts),
            relation: Relation::At,
            offset: false,
            year_stated: first.parts.year_stated || second.parts.year_stated,
            said: text[span.clone()].to_string(),
            note,
        },
        span,
    })
}

/// Modifier words (`early`, `mid-`, `late`, `the end of`) and bound words (`before`, `by`,
/// `until`, `through` → before; `after`, `since`, `following` → after) just before a date
/// widen its span; a modifier is kept in the note.
pub(super) fn widen(text: &str, floor: usize, mut raw: Raw) -> Raw {
    #[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "the first half of ", "the second half of ", "the beginning of ", "the middle of ",
    "the start of ", "the end of ", "beginning of ", "middle of ", "start of ", "end of ",
    "early ", "late ", "mid-", "mid ", "spring ", "summer ", "autumn ", "fall ", "winter ",
];
    const BOUNDS: &[(&str, Relation)] = &[
        ("prior to ", Relation::Before),
        ("before ", Relation::Before),
        ("until ", Relation::Before),
        ("by ", Relation::Before),
        ("through ", Relation::Before),
        ("after ", Relation::After),
        ("since ", Relation::After),
        ("following ", Relation::After),
    ];
    let lower_before =
        |at: usize| super::window_before(text, at, 24.min(at - floor)).to_lowercase();
    let head = lower_before(raw.span.start);
    let written = |start: usize, word: &str| {
        start
            .checked_sub(word.len())
            .filter(|&at| at >= floor && text.is_char_boundary(at))
            .is_some_and(|at| text[at..start].eq_ignore_ascii_case(word))
    };
    if !raw.parts.offset
        && let Some(modifier) = MODIFIERS
            .iter()
            .find(|m| head.ends_with(*m) && written(raw.span.start, m))
    {
        raw.span.start -= modifier.len();
        let said = &text[raw.span.clone()];
        raw.parts.note = Some(match raw.parts.note {
            Some(note) => format!("the text says \"{said}\"; {note}"),
            None => format!("the text says \"{said}\""),
        });
        raw.parts.said = said.to_string();
    }
    // `Tuesday, April 7, 2026`: the weekday belongs to the date it names.
    let head = text[floor..raw.span.start].trim_end_matches([',', ' ']);
    if raw.parts.start.day.is_some()
        && let Some(day) = WEEKDAYS.iter().find(|d| head.ends_with(*d))
    {
        raw.span.start = floor + head.len() - day.len();
        raw.parts.said = text[raw.span.clone()].to_string();
    }
    let head = lower_before(raw.span.start);
    if !raw.parts.offset
        && raw
            .parts
            .end
            .is_none_or(|_| raw.parts.relation == Relation::At)
        && let Some((word, relation)) = BOUNDS.iter().find(|(w, _)| {
            head.ends_with(*w)
                && written(raw.span.start, w)
                && (head.len() == w.len()
                    || head[..head.len() - w.len()].ends_with(|c: char| !c.is_alphanumeric()))
        })
    {
        // `from 1992 through 2006` is a span, not a bound; a joined span keeps its ends.
        if raw.parts.end.is_none() {
            raw.span.start -= word.len();
            raw.parts.relation = *relation;
            let said = &text[raw.span.clone()];
            raw.parts.note = Some(match raw.parts.note.take() {
                Some(note) => format!("\"{said}\"; {note}"),
                None => format!("the text says \"{said}\""),
            });
            raw.parts.said = said.to_string();
        }
    }
    raw
}
