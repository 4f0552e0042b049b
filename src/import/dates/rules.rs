//! The rules that recognise date expressions, one per kind (day month year, month day,
//! month year, yearless month or day, fiscal year, quarter, decade, year, offset), and the
//! words around them that join two dates into a span or make a date a bound.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::brief::{BriefDate, Point};

/// Month names as reports write them; a bare abbreviation needs its full stop.
const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)";
const ORDINAL: &str = r"(?:st|nd|rd|th)?";
const SMALL_NUMBER: &str =
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})";
const UNIT: &str = r"(?:days?|weeks?|months?|years?)";

/// A date the text writes, possibly without its year.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Partial {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Relation {
    #[default]
    At,
    Before,
    After,
}

/// What an expression says, before any year is borrowed from its context.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Parts {
    pub start: Partial,
    /// The end of a span (`to 2006`), when there is one.
    pub end: Option<Partial>,
    pub relation: Relation,
    /// An offset from another date (`in less than three months`): no date of its own.
    pub offset: bool,
    /// The expression wrote its own year.
    pub year_stated: bool,
    /// The expression as the text writes it, for notes.
    pub said: String,
    /// What the text says that the date cannot (`early`, a fiscal year, a decade).
    pub note: Option<String>,
}

/// A recognised expression before it becomes a `DateMention`.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub span: Range<usize>,
    pub parts: Parts,
}

impl Partial {
    fn point(self) -> Option<Point> {
        let year = self.year?;
        Some(match (self.month, self.day) {
            (Some(month), Some(day)) => Point::Day { year, month, day },
            (Some(month), None) => Point::Month { year, month },
            _ => Point::Year(year),
        })
    }
}

impl Parts {
    /// The date, once every point has its year.
    pub fn date(&self) -> Option<BriefDate> {
        if self.offset {
            return None;
        }
        let start = self.start.point()?;
        let end = match self.end {
            Some(end) => Some(end.point()?),
            None => None,
        };
        Some(match (self.relation, end) {
            (Relation::At, Some(end)) => BriefDate::Span(start, end),
            (Relation::At, None) => BriefDate::Point(start),
            (Relation::Before, end) => BriefDate::Before(end.unwrap_or(start)),
            (Relation::After, _) => BriefDate::After(start),
        })
    }
}

type Build = fn(&Captures<'_>) -> Option<(Parts, Option<String>)>;

fn rx(pattern: &str) -> Regex {
    // The patterns are constants of this file; the tests compile every one.
    Regex::new(pattern).unwrap_or_else(|e| panic!("date pattern {pattern:?}: {e}"))
}

/// The rules in priority order: where two overlap, the earlier one wins.
static RULES: LazyLock<Vec<(Regex, Build)>> = LazyLock::new(|| {
    vec![
        (
            rx(&format!(
                r"\b(?P<d>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})\b"
            )),
            day_month_year,
        ),
        (
            rx(&format!(
                r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}){ORDINAL},?\s+(?P<y>\d{{4}})\b"
            )),
            day_month_year,
        ),
        (
            rx(&format!(r"\b(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})\b")),
            month_year,
        ),
        (
            rx(&format!(r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}){ORDINAL}\b")),
            day_month_year,
        ),
        (
            rx(&format!(
                r"\b(?P<d>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?(?P<m>{MONTH})(?:\b|$)"
            )),
            day_month_year,
        ),
        (
            rx(r"\b(?:FY|[Ff]iscal [Yy]ear|[Ff]iscal)\s?-?(?P<y>\d{4}|\d{2})\b"),
            fiscal_year,
        ),
        (
            rx(
                r"\b(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?P<y>\d{4})|Q(?P<q2>[1-4])\s+(?P<y2>\d{4})|(?P<y3>\d{4})\s?Q(?P<q3>[1-4]))\b",
            ),
            quarter,
        ),
        (rx(r"\b(?P<y>1[89]\d0|20\d0)s\b"), decade),
        (
            rx(r"\b(?P<y>1[89]\d\d|20\d\d)(?:\s*[-–—]\s*(?P<y2>\d{4}|\d{2}))?\b"),
            year,
        ),
        (
            rx(&format!(
                r"\b(?:in|within)\s+(?:less than|under|fewer than|the past|the last|the previous)\s+(?P<n>{SMALL_NUMBER})\s+(?P<u>{UNIT})\b"
            )),
            offset,
        ),
        (
            rx(&format!(
                r"\b(?P<n>{SMALL_NUMBER})\s+(?P<u>{UNIT})\s+(?P<w>earlier|later)\b"
            )),
            offset,
        ),
        (rx(&format!(r"\b(?P<m>{MONTH})(?:\b|$)")), bare_month),
    ]
});

/// Every expression in `text[range]`, in order, joined into spans and extended by the
/// modifier (`early`, `mid-`, `the end of`) and bound (`before`, `since`) words before it.
pub(crate) fn scan(text: &str, range: Range<usize>) -> Vec<Raw> {
    let slice = &text[range.clone()];
    let mut found: Vec<Raw> = Vec::new();
    for (regex, build) in RULES.iter() {
        for caps in regex.captures_iter(slice) {
            let Some(whole) = caps.get(0) else { continue };
            let span = range.start + whole.start()..range.start + whole.end();
            if found
                .iter()
                .any(|r| r.span.start < span.end && span.start < r.span.end)
            {
                continue;
            }
            if !fits_context(text, &span, &caps) {
                continue;
            }
            if let Some((mut parts, note)) = build(&caps) {
                parts.said = whole.as_str().to_string();
                parts.note = note;
                found.push(Raw { span, parts });
            }
        }
    }
    found.sort_by_key(|r| r.span.start);
    let joined = join_spans(text, found);
    joined
        .into_iter()
        .map(|raw| widen(text, range.start, raw))
        .collect()
}

fn month_of(name: &str) -> Option<u8> {
    let key = name.trim_end_matches('.').get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| *m == key)
        .and_then(|i| u8::try_from(i + 1).ok())
}

fn number<T: std::str::FromStr>(caps: &Captures<'_>, name: &str) -> Option<T> {
    caps.name(name)?.as_str().parse().ok()
}

fn day_month_year(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    let month = month_of(caps.name("m")?.as_str())?;
    let day: Option<u8> = match caps.name("d") {
        Some(_) => Some(number(caps, "d")?),
        None => None,
    };
    let year: Option<i32> = number(caps, "y");
    if let Some(day) = day {
        let last = days_in_month(year.unwrap_or(2000), month);
        if day == 0 || day > last {
            return None;
        }
    }
    let parts = Parts {
        start: Partial {
            year,
            month: Some(month),
            day,
        },
        year_stated: year.is_some(),
        ..Parts::default()
    };
    Some((parts, None))
}

fn month_year(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    day_month_year(caps)
}

fn bare_month(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    day_month_year(caps)
}

fn fiscal_year(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    let digits = caps.name("y")?.as_str();
    let mut year: i32 = digits.parse().ok()?;
    if digits.len() == 2 {
        year += 2000;
    }
    let parts = year_parts(year, None);
    let note = format!("fiscal year {year} (\"{}\"), given as the year", &caps[0]);
    Some((parts, Some(note)))
}

fn quarter(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    let q = caps
        .name("q")
        .or_else(|| caps.name("q2"))
        .or_else(|| caps.name("q3"))?
        .as_str();
    let year: i32 = ["y", "y2", "y3"].iter().find_map(|n| number(caps, n))?;
    let index: u8 = match q {
        "first" | "1st" | "1" => 0,
        "second" | "2nd" | "2" => 1,
        "third" | "3rd" | "3" => 2,
        _ => 3,
    };
    let month = |m: u8| Partial {
        year: Some(year),
        month: Some(m),
        day: None,
    };
    let parts = Parts {
        start: month(index * 3 + 1),
        end: Some(month(index * 3 + 3)),
        year_stated: true,
        ..Parts::default()
    };
    Some((
        parts,
        Some(format!("\"{}\", as its three months", &caps[0])),
    ))
}

fn decade(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    let year: i32 = number(caps, "y")?;
    let parts = year_parts(year, Some(year + 9));
    Some((
        parts,
        Some(format!("\"{}\", as the span of the decade", &caps[0])),
    ))
}

fn year(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    let start: i32 = number(caps, "y")?;
    let end = match caps.name("y2") {
        None => None,
        Some(m) if m.as_str().len() == 2 => {
            let short: i32 = m.as_str().parse().ok()?;
            let end = start - start % 100 + short;
            Some(if end < start { end + 100 } else { end })
        }
        Some(m) => Some(m.as_str().parse().ok()?),
    };
    if end.is_some_and(|end| end <= start || end > start + 100) {
        return None;
    }
    Some((year_parts(start, end), None))
}

fn year_parts(start: i32, end: Option<i32>) -> Parts {
    let year = |y: i32| Partial {
        year: Some(y),
        ..Partial::default()
    };
    Parts {
        start: year(start),
        end: end.map(year),
        year_stated: true,
        ..Parts::default()
    }
}

/// `in less than three months` (before the date counted from), `two years later` (after).
fn offset(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    caps.name("u")?;
    let relation = match caps.name("w").map(|w| w.as_str()) {
        Some("later") => Relation::After,
        _ => Relation::Before,
    };
    let parts = Parts {
        relation,
        offset: true,
        ..Parts::default()
    };
    Some((parts, None))
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Words that make the number after them a label, not a year (`Section 1962`, `H.R. 2012`).
const LABEL_WORDS: &[&str] = &[
    "section",
    "sec.",
    "§",
    "article",
    "title",
    "no.",
    "nos.",
    "number",
    "p.l.",
    "law",
    "h.r.",
    "s.",
    "res.",
    "h.res.",
    "s.res.",
    "rule",
    "order",
    "page",
    "pages",
    "p.",
    "pp.",
    "figure",
    "table",
    "box",
    "annex",
    "chapter",
    "part",
    "vol.",
    "volume",
    "#",
    "eo",
    "e.o.",
    "route",
    "form",
    "docket",
    "case",
    "amendment",
    "bill",
    "resolution",
    "paragraph",
    "clause",
];
/// Words before a bare `May` or `March` that make it the month, not the verb.
const MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "through",
    "from",
    "to",
    "of",
    "during",
    "early",
    "mid",
    "late",
    "before",
    "after",
    "between",
    "and",
    "last",
    "next",
    "this",
    "each",
    "every",
    "as",
    "throughout",
    "around",
    "end",
    "beginning",
    "start",
    "middle",
    "or",
    "mid-",
];

fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let start = before
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// Checks the words around a match that decide whether it is a date at all.
fn fits_context(text: &str, span: &Range<usize>, caps: &Captures<'_>) -> bool {
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
    let rest = text[span.end..].trim_start().to_ascii_lowercase();
    let previous = word_before(text, span.start).to_lowercase();
    let is_year_rule = caps.name("y").is_some() && caps.name("m").is_none();
    if is_year_rule {
        if LABEL_WORDS.contains(&previous.as_str()) {
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
fn join_spans(text: &str, found: Vec<Raw>) -> Vec<Raw> {
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
fn widen(text: &str, floor: usize, mut raw: Raw) -> Raw {
    const MODIFIERS: &[&str] = &[
        "the first half of ",
        "the second half of ",
        "the beginning of ",
        "the middle of ",
        "the start of ",
        "the end of ",
        "beginning of ",
        "middle of ",
        "start of ",
        "end of ",
        "early ",
        "late ",
        "mid-",
        "mid ",
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
    let lower_before = |at: usize| text[floor..at].to_lowercase();
    let head = lower_before(raw.span.start);
    if !raw.parts.offset
        && let Some(modifier) = MODIFIERS.iter().find(|m| head.ends_with(*m))
    {
        raw.span.start -= modifier.len();
        let said = &text[raw.span.clone()];
        raw.parts.note = Some(match raw.parts.note {
            Some(note) => format!("the text says \"{said}\"; {note}"),
            None => format!("the text says \"{said}\""),
        });
        raw.parts.said = said.to_string();
    }
    let head = lower_before(raw.span.start);
    if !raw.parts.offset
        && raw
            .parts
            .end
            .is_none_or(|_| raw.parts.relation == Relation::At)
        && let Some((word, relation)) = BOUNDS.iter().find(|(w, _)| {
            head.ends_with(*w)
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
