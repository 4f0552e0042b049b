//! What the screen says, as lines before they are wrapped and placed: an item's detail, a
//! figure series as bars, the help, and the words that name items and count them.
//!
//! Views draw these lines; `layout` counts their wrapped rows to know how far a text
//! scrolls. The styles come from the theme passed in and never change a line's text.

mod chart;
mod detail;
mod help;
mod matches;

use crate::app::App;
use crate::brief::{ItemRef, Section};

pub use chart::{period, series_chart, series_of};
pub use detail::{counts, detail_lines};
pub use help::help_text;
pub use matches::{first_match, highlight_hit, hit_places};

/// "1 event", "3 figures": a count with the noun in agreement.
pub fn counted(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
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

/// One line naming an item in a list of mixed items: a date before an event, and so on.
pub fn item_line(app: &App, item: ItemRef) -> String {
    let brief = &app.brief;
    match item.section {
        Section::Timeline => brief
            .timeline
            .get(item.index)
            .map_or_else(String::new, |event| {
                format!("{}: {}", event.date.short(), event.title)
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
                    p.issue
                )
            }),
        Section::Summary => brief
            .summary
            .get(item.index)
            .map_or_else(String::new, |p| format!("¶ {}: {}", p.id, p.text)),
        _ => brief.title_of(item),
    }
}
