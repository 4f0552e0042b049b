//! How each section's items are compared: the quote to match by, the keys that say two items
//! mean the same, the facts that stay true of an item however it is worded, the paragraph
//! it is drawn from, and the fields whose change is reported.

use crate::brief::{Actor, Brief, BriefDate, Figure, Position, TimelineEvent};

/// How one section's items are compared. Meaning keys (any one shared key suffices), facts
/// and fields are compared in their normal form (`diff::normal`).
pub struct Kind<T> {
    pub quote: fn(&T) -> &str,
    pub meaning: fn(&Brief, &T) -> Vec<String>,
    /// The key facts (`None` for a kind without them): items that keep them may pair though
    /// their quotes were reworded (`diff/matching.rs`).
    pub facts: fn(&T) -> Option<String>,
    /// The id of the paragraph the item is drawn from.
    pub paragraph: fn(&T) -> Option<&str>,
    pub fields: fn(&Brief, &T) -> Vec<(&'static str, String)>,
}

/// Events mean the same with the same title, or the same date and actors; their key fact is
/// their date.
pub const EVENTS: Kind<TimelineEvent> = Kind {
    quote: |e| &e.quote,
    meaning: |b, e| {
        vec![
            e.title.clone(),
            format!("{}|{}", e.date.iso(), actors(b, &e.actors)),
        ]
    },
    facts: |e| Some(e.date.iso()),
    paragraph: |e| e.paragraph.as_deref(),
    fields: |b, e| {
        vec![
            ("date", e.date.iso()),
            ("title", e.title.clone()),
            ("actors", actors(b, &e.actors)),
        ]
    },
};

/// Figures mean the same with the same label, unit and period; their key facts are their
/// value (scale applied, to seven significant digits: `US$33.024 million` is
/// `US$33,024,000`) and unit, whatever the hedge (`at least`).
pub const FIGURES: Kind<Figure> = Kind {
    quote: |f| &f.quote,
    meaning: |_, f| {
        let period = f.period.as_ref().map(BriefDate::iso).unwrap_or_default();
        vec![format!("{}|{}|{period}", f.label, f.unit)]
    },
    facts: |f| Some(format!("{:.6e}|{}", f.absolute_value(), f.unit)),
    paragraph: |f| f.paragraph.as_deref(),
    fields: |_, f| {
        vec![
            ("value", f.display_value()),
            ("label", f.label.clone()),
            (
                "period",
                f.period.as_ref().map(BriefDate::iso).unwrap_or_default(),
            ),
        ]
    },
};

/// Positions mean the same with the same issue and actors.
pub const POSITIONS: Kind<Position> = Kind {
    quote: |p| &p.quote,
    meaning: |b, p| vec![format!("{}|{}", p.issue, actors(b, &p.actors))],
    facts: |_| None,
    paragraph: |p| p.paragraph.as_deref(),
    fields: |b, p| {
        vec![
            ("stance", p.stance.verb().to_string()),
            ("issue", p.issue.clone()),
            ("actors", actors(b, &p.actors)),
        ]
    },
};

/// Actors, having no quote, match by name and mean the same with a name or alias in common.
pub const ACTORS: Kind<Actor> = Kind {
    quote: |a| &a.name,
    meaning: |_, a| {
        std::iter::once(&a.name)
            .chain(&a.aliases)
            .cloned()
            .collect()
    },
    facts: |_| None,
    paragraph: |_| None,
    fields: |_, a| vec![("role", a.role.clone().unwrap_or_default())],
};

/// Actor names, sorted and joined, so order and ids do not matter.
fn actors(brief: &Brief, ids: &[String]) -> String {
    let mut names: Vec<&str> = ids.iter().map(|id| brief.actor_name(id)).collect();
    names.sort_unstable();
    names.join(", ")
}
