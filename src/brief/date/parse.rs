//! Reading dates: the authored form of a [`BriefDate`] (each part checked, the error in words
//! a brief author knows) and English month names as reports write them.

use std::fmt;

use serde::{Deserialize, Deserializer};

use super::{BriefDate, MONTH_NAMES, Point};

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

impl Point {
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
