//! Dates at the precision a brief states them: a day, a month, a year, a span, a date relative
//! to another, or no date at all.
//!
//! Authored as strings so a brief stays readable: `2007-06-08`, `2007-08`, `1992`,
//! `1992/2006`, `before 2007-06-08`, `after 2007-06-08`, `undated`. This file holds the
//! types, their printed forms and their order; `date/parse.rs` reads the authored form (and
//! month names), `date/tests.rs` holds the tests.

mod parse;
#[cfg(test)]
mod tests;

use std::cmp::Ordering;
use std::fmt;

use serde::{Serialize, Serializer};

pub use parse::month_from_name;

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
}

impl BriefDate {
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
