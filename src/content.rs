//! What the screen says, as lines before they are wrapped and placed: an item's detail, a
//! figure series as bars, the help, what changed between two versions (`diff`), and the words
//! that name items and count them.
//!
//! Views draw these lines; `layout` counts their wrapped rows to know how far a text
//! scrolls. The styles come from the theme passed in and never change a line's text.

mod chart;
mod detail;
pub mod diff;
mod help;
mod matches;
mod notes;

use crate::app::App;
use crate::brief::{ItemRef, Section};

pub use chart::{period, series_chart, series_of};
pub use detail::{detail_lines, hit_lines};
pub use help::{help_section, help_text};
pub use notes::{notes_lines, notes_rows};

/// An issue's name as it reads inside a sentence ("China and Russia support settling global
/// issues"): the first letter lowered when the first word is an ordinary capitalised word,
/// kept when it is an acronym ("UN", "US"), has capitals inside ("G8+5"), or begins the
/// name or alias of one of the brief's actors ("Russia's role").
pub fn issue_in_sentence(brief: &crate::brief::Brief, issue: &str) -> String {
    let first = issue.split_whitespace().next().unwrap_or("");
    let mut letters = first.chars().filter(|c| c.is_alphabetic());
    let ordinary = letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase)
        && !first.chars().any(|c| c.is_ascii_digit());
    let word = first.trim_end_matches("'s").trim_end_matches('’');
    let proper = brief.actors.iter().any(|actor| {
        std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .any(|name| name.split_whitespace().next() == Some(word))
    });
    if !ordinary || proper {
        return issue.to_string();
    }
    let mut chars = issue.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}
pub use matches::{first_match, highlight_hit, hit_places};

/// "1 event", "3 figures": a count with the noun in agreement.
pub fn counted(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

/// A count with its thousands separated by commas: `1,000`, `312`.
pub fn thousands(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::new();
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// What the Library pane says while every brief is read for the All-briefs scope:
/// `Reading briefs… 312 of 1,000`, then `Merging 1,000 briefs…`.
pub fn reading_note(reading: crate::app::Reading) -> String {
    if reading.read >= reading.total {
        let noun = if reading.total == 1 {
            "brief"
        } else {
            "briefs"
        };
        format!("Merging {} {noun}…", thousands(reading.total))
    } else {
        format!(
            "Reading briefs… {} of {}",
            thousands(reading.read),
            thousands(reading.total)
        )
    }
}

/// The counts of events, figures and positions that are not zero, as a phrase:
/// "1 event and 2 positions"; empty when all are zero.
pub fn item_counts(events: usize, figures: usize, positions: usize) -> String {
    let parts: Vec<String> = [
        (events, "event", "events"),
        (figures, "figure", "figures"),
        (positions, "position", "positions"),
    ]
    .into_iter()
    .filter(|(count, _, _)| *count > 0)
    .map(|(count, one, many)| counted(count, one, many))
    .collect();
    crate::brief::join_names(&parts)
}

/// [`item_counts`] of `items`: how many of them are events, figures and positions, as a
/// phrase ("3 events and 1 figure"); empty when none is.
pub fn counts_of(items: &[ItemRef]) -> String {
    let of = |section: Section| items.iter().filter(|item| item.section == section).count();
    item_counts(
        of(Section::Timeline),
        of(Section::Figures),
        of(Section::Positions),
    )
}

/// The label a result or related item carries: which pane it comes from.
pub fn section_tag(section: Section) -> &'static str {
    match section {
        Section::Summary => "Summary",
        Section::Timeline => "Timeline",
        Section::Figures => "Figure",
        Section::Positions => "Position",
        Section::Actors => "Actor",
        Section::Themes => "Theme",
    }
}

/// One line naming an item in a list of mixed items: a date before an event, and so on. In
/// the All-briefs scope without the brief's mark (`App::split_mark`): such lists show the
/// brief in a column of its own (`App::item_tag`).
pub fn item_line(app: &App, item: ItemRef) -> String {
    let brief = &app.brief;
    match item.section {
        Section::Timeline => brief
            .timeline
            .get(item.index)
            .map_or_else(String::new, |event| {
                format!("{}: {}", event.date.short(), app.split_mark(&event.title).1)
            }),
        Section::Positions => brief
            .positions
            .get(item.index)
            .map_or_else(String::new, |p| {
                let who: Vec<String> = p
                    .actors
                    .iter()
                    .map(|a| brief.actor_name(a).to_string())
                    .collect();
                format!(
                    "{} {} · {}",
                    crate::brief::join_names(&who),
                    p.stance.verb_for(who.len()),
                    app.split_mark(&p.issue).1
                )
            }),
        Section::Summary => brief
            .summary
            .get(item.index)
            .map_or_else(String::new, |p| format!("¶ {}: {}", p.id, p.text)),
        _ => {
            let title = brief.title_of(item);
            app.split_mark(&title).1.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated_by_commas() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(312), "312");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
