//! The publication date as a report prints it in its front matter: `April 16, 2026`,
//! `16 April 2026`, `Apr. 9, 2026`, `04/16/2026`, `2026-04-16`, or `April 2026`.

use crate::brief::{BriefDate, Point};

/// The first date in `text`: `April 16, 2026`, `16 April 2026`, `Apr. 16, 2026`,
/// `04/16/2026` (month first, as US reports write it), `2026-04-16`, or `April 2026`.
pub fn find_date(text: &str) -> Option<BriefDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, word) in words.iter().enumerate() {
        if let Some(date) = numeric_date(word) {
            return Some(date);
        }
        let Some(month) = month_number(word) else {
            continue;
        };
        let next = words.get(i + 1).copied().unwrap_or("");
        let after = words.get(i + 2).copied().unwrap_or("");
        let previous = i.checked_sub(1).map_or("", |p| words[p]);
        if let (Some(day), Some(year)) = (day(next), year(after)) {
            return Some(day_point(year, month, day));
        }
        if let (Some(day), Some(year)) = (day(previous), year(next)) {
            return Some(day_point(year, month, day));
        }
        if let Some(year) = year(next) {
            return Some(BriefDate::Point(Point::Month { year, month }));
        }
    }
    None
}

/// The month a word names (`April`, `Apr.`, `Sept`), as `brief::month_from_name` reads it,
/// an abbreviation being at most four letters.
pub(super) fn month_number(word: &str) -> Option<u8> {
    let month = crate::brief::month_from_name(word)?;
    let bare = word.trim_end_matches('.');
    let full = crate::brief::MONTH_NAMES[usize::from(month - 1)];
    (bare.len() <= 4 || bare.eq_ignore_ascii_case(full)).then_some(month)
}

fn day(word: &str) -> Option<u8> {
    let day: u8 = word.trim_end_matches(['.', ',']).parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn year(word: &str) -> Option<i32> {
    let word = word.trim_end_matches(['.', ',', ';']);
    (word.len() == 4)
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

fn day_point(year: i32, month: u8, day: u8) -> BriefDate {
    BriefDate::Point(Point::Day { year, month, day })
}

fn numeric_date(word: &str) -> Option<BriefDate> {
    let word = word.trim_end_matches(['.', ';']);
    let (a, b, c) = if let Some(parts) = split3(word, '/') {
        (parts.2, parts.0, parts.1) // month/day/year
    } else {
        let parts = split3(word, '-')?;
        (parts.0, parts.1, parts.2) // year-month-day
    };
    let year = year(a)?;
    let month: u8 = b.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day = day(c)?;
    Some(day_point(year, month, day))
}

fn split3(word: &str, separator: char) -> Option<(&str, &str, &str)> {
    let mut parts = word.split(separator);
    let parts3 = (parts.next()?, parts.next()?, parts.next()?);
    (parts.next().is_none()
        && [parts3.0, parts3.1, parts3.2]
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())))
    .then_some(parts3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::unnecessary_wraps)] // the table's expected values are options
    fn day(year: i32, month: u8, day: u8) -> Option<BriefDate> {
        Some(BriefDate::Point(Point::Day { year, month, day }))
    }

    #[test]
    fn dates_in_the_forms_reports_print() {
        let rows: &[(&str, Option<BriefDate>)] = &[
            ("Updated April 16, 2026", day(2026, 4, 16)),
            ("16 April 2026", day(2026, 4, 16)),
            ("Apr. 9, 2026", day(2026, 4, 9)),
            ("04/16/2026", day(2026, 4, 16)),
            ("2026-04-16", day(2026, 4, 16)),
            (
                "April 2026",
                Some(BriefDate::Point(Point::Month {
                    year: 2026,
                    month: 4,
                })),
            ),
            ("may be soon", None),
            ("Mar 45, 2026", None),
            ("13/40/2026", None),
        ];
        for (text, expected) in rows {
            assert_eq!(&find_date(text), expected, "{text}");
        }
    }
}
