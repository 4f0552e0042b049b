//! The rules that recognise date expressions, one per kind (day month year, month day,
//! month year, yearless month or day, fiscal year, quarter, decade, year, offset), and the
//! words around them that join two dates into a span or make a date a bound.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::brief::{BriefDate, Point};

use super::context::{fits_context, join_spans, widen};

/// A capitalised word that may be a month; [`month_of`] keeps only month names and their
/// abbreviations with a full stop. (Matching any such word and checking it in code keeps
/// the patterns small, so they build in a few milliseconds.)
const MONTH: &str = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|[A-Z][a-z]{2,8})";
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
    super::compile(pattern)
}

/// The rules in priority order: where two overlap, the earlier one wins.
static RULES: LazyLock<Vec<(Regex, Build)>> = LazyLock::new(|| {
    vec![
        (
            rx(&format!(
                r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?\b"
            )),
            day_span,
        ),
        (
            rx(&format!(
                r"\b(?P<d>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})\s+(?P<m>{MONTH})(?:,?\s+(?P<y>\d{{4}}))?(?:\b|$)"
            )),
            day_span,
        ),
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

/// The month a full name (`March`) or an abbreviation with its stop (`Sept.`) names.
fn month_of(name: &str) -> Option<u8> {
    const NAMES: [&str; 12] = crate::brief::MONTH_NAMES;
    let index = match name.strip_suffix('.') {
        Some("Sept") => Some(8),
        Some(short) if short != "May" => NAMES.iter().position(|n| n.get(..3) == Some(short)),
        Some(_) => None,
        None => NAMES.iter().position(|n| *n == name),
    }?;
    u8::try_from(index + 1).ok()
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

/// `March 5-7, 2025`, `5–7 March`: the days of one month.
fn day_span(caps: &Captures<'_>) -> Option<(Parts, Option<String>)> {
    let (mut parts, note) = day_month_year(caps)?;
    let last: u8 = number(caps, "d2")?;
    let first = parts.start.day?;
    let month = parts.start.month?;
    if last <= first || last > days_in_month(parts.start.year.unwrap_or(2000), month) {
        return None;
    }
    parts.end = Some(Partial {
        day: Some(last),
        ..parts.start
    });
    Some((parts, note))
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
            // `2025-30` ends later in the same century; `2024-12` is a year and a month
            // (an ISO date, as in a web address), not a span of years.
            let short: i32 = m.as_str().parse().ok()?;
            let end = start - start % 100 + short;
            let wraps = start % 100 >= 90 && short < 10;
            match (end > start, wraps) {
                (true, _) => Some(end),
                (false, true) => Some(end + 100),
                (false, false) => return None,
            }
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
