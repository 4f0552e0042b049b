//! Dates at the precision a brief states them: a day, a month, a year, a span, a date relative
//! to another, or no date at all.
//!
//! Authored as strings so a brief stays readable: `2007-06-08`, `2007-08`, `1992`,
//! `1992/2006`, `before 2007-06-08`, `after 2007-06-08`, `undated`.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// The English month names, January first: how briefs print dates and how reports name months.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month (1–12) a word names: a full English month name or an abbreviation of at least
/// three letters (`Sept.`, `apr`), in any case, a final stop ignored; `None` otherwise.
pub fn month_from_name(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    let index = MONTH_NAMES.iter().position(|name| {
        name.len() >= word.len() && name[..word.len()].eq_ignore_ascii_case(word)
    })?;
    u8::try_from(index + 1).ok()
}

/// A point in time known to a day, a month or a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    Day { year: i32, month: u8, day: u8 },
    Month { year: i32, month: u8 },
    Year(i32),
}

/// A date as honest as the text: never more precise than what the brief says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BriefDate {
    Point(Point),
    /// From one point to another, both included (`1992/2006`).
    Span(Point, Point),
    /// Some time before the anchor; the text gives no exact date.
    Before(Point),
    /// Some time after the anchor; the text gives no exact date.
    After(Point),
    /// The text gives no date at all.
    Undated,
}

impl Point {
    pub fn year(self) -> i32 {
        match self {
            Point::Day { year, .. } | Point::Month { year, .. } | Point::Year(year) => year,
        }
    }

    /// (year, month, day) with unknown parts as 0, so a year sorts before its months.
    fn key(self) -> (i32, u8, u8) {
        match self {
            Point::Day { year, month, day } => (year, month, day),
            Point::Month { year, month } => (year, month, 0),
            Point::Year(year) => (year, 0, 0),
        }
    }

    /// ISO-like form used in files: `2007-06-08`, `2007-06`, `2007`.
    pub fn iso(self) -> String {
        match self {
            Point::Day { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
            Point::Month { year, month } => format!("{year:04}-{month:02}"),
            Point::Year(year) => format!("{year:04}"),
        }
    }

    /// Compact form for lists: `8 Jun 2007`, `Aug 2007`, `1992`.
    pub fn short(self) -> String {
        match self {
            Point::Day { year, month, day } => {
                format!(
                    "{day} {} {year}",
                    MONTH_ABBREVIATIONS[usize::from(month - 1)]
                )
            }
            Point::Month { year, month } => {
                format!("{} {year}", MONTH_ABBREVIATIONS[usize::from(month - 1)])
            }
            Point::Year(year) => year.to_string(),
        }
    }

    /// Long form for prose and citations: `8 June 2007`, `August 2007`, `1992`.
    pub fn long(self) -> String {
        match self {
            Point::Day { year, month, day } => {
                format!("{day} {} {year}", MONTH_NAMES[usize::from(month - 1)])
            }
            Point::Month { year, month } => {
                format!("{} {year}", MONTH_NAMES[usize::from(month - 1)])
            }
            Point::Year(year) => year.to_string(),
        }
    }

    fn parse(text: &str) -> Result<Point, String> {
        let mut split = text.split('-');
        let parts = (split.next(), split.next(), split.next(), split.next());
        let number = |part: &str, what: &str| -> Result<u32, String> {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("{what} {part:?} is not a number"));
            }
            part.parse::<u32>()
                .map_err(|_| format!("{what} {part:?} is out of range"))
        };
        let year_of = |part: &str| -> Result<i32, String> {
            // Words first ("June 2007" is not a number), then the length of a number.
            let year = number(part, "year")?;
            if part.len() != 4 {
                return Err(format!("year {part:?} must have four digits"));
            }
            i32::try_from(year).map_err(|_| format!("year {part:?} is out of range"))
        };
        let month_of = |part: &str| -> Result<u8, String> {
            let month = number(part, "month")?;
            if part.len() != 2 || !(1..=12).contains(&month) {
                return Err(format!("month {part:?} must be 01 to 12"));
            }
            Ok(u8::try_from(month).unwrap_or(0))
        };
        match parts {
            (Some(year), None, _, _) => Ok(Point::Year(year_of(year)?)),
            (Some(year), Some(month), None, _) => Ok(Point::Month {
                year: year_of(year)?,
                month: month_of(month)?,
            }),
            (Some(year), Some(month), Some(day), None) => {
                let year = year_of(year)?;
                let month = month_of(month)?;
                let day_number = number(day, "day")?;
                let last = days_in_month(year, month);
                if day.len() != 2 || day_number < 1 || day_number > u32::from(last) {
                    return Err(format!(
                        "day {day:?} must be 01 to {last:02} in {}",
                        Point::Month { year, month }.long()
                    ));
                }
                Ok(Point::Day {
                    year,
                    month,
                    day: u8::try_from(day_number).unwrap_or(0),
                })
            }
            _ => Err(format!("{text:?} is not YYYY, YYYY-MM or YYYY-MM-DD")),
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl BriefDate {
    /// Parses the authored form; the error says what is wrong in words a brief author knows.
    pub fn parse(text: &str) -> Result<BriefDate, String> {
        let text = text.trim();
        let invalid = |why: String| format!("invalid date {text:?}: {why}");
        if text == "undated" {
            return Ok(BriefDate::Undated);
        }
        if let Some(anchor) = text.strip_prefix("before ") {
            return Point::parse(anchor.trim())
                .map(BriefDate::Before)
                .map_err(invalid);
        }
        if let Some(anchor) = text.strip_prefix("after ") {
            return Point::parse(anchor.trim())
                .map(BriefDate::After)
                .map_err(invalid);
        }
        if let Some((start, end)) = text.split_once('/') {
            let start = Point::parse(start.trim()).map_err(invalid)?;
            let end = Point::parse(end.trim()).map_err(invalid)?;
            if end.key() < start.key() {
                return Err(invalid("a span must end after it starts".to_string()));
            }
            return Ok(BriefDate::Span(start, end));
        }
        Point::parse(text).map(BriefDate::Point).map_err(|why| {
            invalid(format!(
                "{why} (use YYYY-MM-DD, YYYY-MM, YYYY, START/END, \"before DATE\", \"after DATE\" or \"undated\")"
            ))
        })
    }

    /// The form written to files; `parse` reads it back unchanged.
    pub fn iso(&self) -> String {
        match self {
            BriefDate::Point(point) => point.iso(),
            BriefDate::Span(start, end) => format!("{}/{}", start.iso(), end.iso()),
            BriefDate::Before(anchor) => format!("before {}", anchor.iso()),
            BriefDate::After(anchor) => format!("after {}", anchor.iso()),
            BriefDate::Undated => "undated".to_string(),
        }
    }

    /// Compact display at the date's own precision: `8 Jun 2007`, `Aug 2007`, `1992–2006`.
    pub fn short(&self) -> String {
        match self {
            BriefDate::Point(point) => point.short(),
            BriefDate::Span(start, end) => format!("{}–{}", start.short(), end.short()),
            BriefDate::Before(anchor) => format!("before {}", anchor.short()),
            BriefDate::After(anchor) => format!("after {}", anchor.short()),
            BriefDate::Undated => "undated".to_string(),
        }
    }

    /// Display for prose: `8 June 2007`, `August 2007`, `1992 to 2006`.
    pub fn long(&self) -> String {
        match self {
            BriefDate::Point(point) => point.long(),
            BriefDate::Span(start, end) => format!("{} to {}", start.long(), end.long()),
            BriefDate::Before(anchor) => format!("before {}", anchor.long()),
            BriefDate::After(anchor) => format!("after {}", anchor.long()),
            BriefDate::Undated => "no date given".to_string(),
        }
    }

    /// The year a timeline groups this date under; `None` when undated.
    pub fn year(&self) -> Option<i32> {
        match self {
            BriefDate::Point(point)
            | BriefDate::Span(point, _)
            | BriefDate::Before(point)
            | BriefDate::After(point) => Some(point.year()),
            BriefDate::Undated => None,
        }
    }

    /// True when the date is only known relative to another, or not at all.
    pub fn is_inexact(&self) -> bool {
        matches!(
            self,
            BriefDate::Before(_) | BriefDate::After(_) | BriefDate::Undated
        )
    }

    /// Chronological order: a "before X" sorts just ahead of X, "after X" just behind it,
    /// a span by its start, and undated items last. Different dates may share a key (a day
    /// and the month it is in, spans with one start); [`Ord`] then orders them by their ISO
    /// form.
    pub fn sort_key(&self) -> SortKey {
        match self {
            BriefDate::Point(point) => (0, point.key(), 0),
            BriefDate::Span(start, _) => (0, start.key(), 0),
            BriefDate::Before(anchor) => (0, anchor.key(), -1),
            BriefDate::After(anchor) => (0, anchor.key(), 1),
            BriefDate::Undated => (1, (0, 0, 0), 0),
        }
    }
}

impl PartialOrd for BriefDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// What dates sort by first: a rank (dated before undated), the start as (year, month, day),
/// and -1, 0 or 1 for "before", at and "after".
pub type SortKey = (u8, (i32, u8, u8), i8);

impl Ord for BriefDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key()).then_with(|| {
            if self == other {
                Ordering::Equal
            } else {
                self.iso().cmp(&other.iso())
            }
        })
    }
}

impl fmt::Display for BriefDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short())
    }
}

impl Serialize for BriefDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for BriefDate {
    /// Reads the authored form, borrowed where the format allows (no copy per date).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Authored;
        impl serde::de::Visitor<'_> for Authored {
            type Value = BriefDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // What serde says for a `String`, as before dates were read borrowed.
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<BriefDate, E> {
                BriefDate::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Authored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations_in_any_case() {
        assert_eq!(month_from_name("March"), Some(3));
        assert_eq!(month_from_name("sept."), Some(9));
        assert_eq!(month_from_name("DEC"), Some(12));
        assert_eq!(
            month_from_name("ma"),
            None,
            "too short to tell March from May"
        );
        assert_eq!(month_from_name("Marching"), None);
    }

    #[test]
    fn parses_every_precision_and_prints_it_back() {
        for text in [
            "2007-06-08",
            "2007-08",
            "1992",
            "1992/2006",
            "before 2007-06-08",
            "after 2007-06",
            "undated",
        ] {
            let date = BriefDate::parse(text).unwrap();
            assert_eq!(date.iso(), text);
        }
    }

    #[test]
    fn short_form_keeps_the_stated_precision() {
        assert_eq!(
            BriefDate::parse("2007-06-08").unwrap().short(),
            "8 Jun 2007"
        );
        assert_eq!(BriefDate::parse("2007-08").unwrap().short(), "Aug 2007");
        assert_eq!(BriefDate::parse("1992/2006").unwrap().short(), "1992–2006");
        assert_eq!(
            BriefDate::parse("before 2007-06-08").unwrap().long(),
            "before 8 June 2007"
        );
    }

    #[test]
    fn rejects_impossible_dates_with_the_reason() {
        let cases = [
            ("2007-13-01", "month \"13\" must be 01 to 12"),
            ("2007-02-30", "must be 01 to 28 in February 2007"),
            ("07-06-08", "four digits"),
            ("June 2007", "is not a number"),
            ("2006/1992", "must end after it starts"),
            ("", "not a number"),
        ];
        for (text, reason) in cases {
            let error = BriefDate::parse(text).unwrap_err();
            assert!(error.contains(reason), "{text}: {error}");
            assert!(error.starts_with("invalid date"), "{text}: {error}");
        }
        assert!(BriefDate::parse("2008-02-29").is_ok());
    }

    #[test]
    fn sorts_chronologically_with_relative_dates_beside_their_anchor() {
        let mut dates: Vec<BriefDate> = [
            "undated",
            "2007-06-08",
            "2007-08",
            "before 2007-06-08",
            "1992/2006",
            "2006",
            "2007",
            "after 2007-06-08",
        ]
        .iter()
        .map(|text| BriefDate::parse(text).unwrap())
        .collect();
        dates.sort();
        let order: Vec<String> = dates.iter().map(BriefDate::iso).collect();
        assert_eq!(
            order,
            [
                "1992/2006",
                "2006",
                "2007",
                "before 2007-06-08",
                "2007-06-08",
                "after 2007-06-08",
                "2007-08",
                "undated"
            ]
        );
    }
}
