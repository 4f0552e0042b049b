//! What changed between two versions of a brief: events, figures, positions and actors
//! added, removed or changed, matched by their quotes first and their meaning second.
//!
//! Matching, per section: every pair of an old and a new item gets a score, the similarity of
//! their quotes (Sørensen–Dice over character bigrams, case folded, 1.0 when equal) plus 0.5
//! when they mean the same thing (an event's title or its date and actors, a figure's label and
//! unit, a position's issue and actors). Pairs whose quotes are at least 60% alike or that
//! mean the same are taken best first, each item at most once; what is left over was added or
//! removed. A matched pair is a change when a field that matters differs (a figure's value, an
//! event's date, a position's stance…) or the quote was reworded.

use serde::Serialize;

use super::merge::fold;
use crate::brief::{Actor, Brief, BriefDate, Figure, Position, Section, TimelineEvent};

/// Two quotes at least this alike (Sørensen–Dice, 0 to 1) are one item in two versions.
pub const QUOTE_SIMILARITY: f64 = 0.6;

/// What a diff found, in section order (timeline, figures, positions, actors), removals
/// before additions before changes within a section, each in document order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// Changes to the brief's own facts (title, date, number…); not items.
    pub meta: Vec<FieldChange>,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl ChangeKind {
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One item added, removed or changed. `old` is absent for an addition, `new` for a removal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub section: Section,
    pub old: Option<ItemSide>,
    pub new: Option<ItemSide>,
    /// For a change: the fields that differ, quote excluded (see `reworded`).
    pub fields: Vec<FieldChange>,
    /// For a change: the quotes differ.
    pub reworded: bool,
}

/// An item as one version has it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemSide {
    pub id: String,
    /// One line naming it (`Brief::title_of`).
    pub title: String,
    /// Its quote; an actor's name and aliases, having no quote.
    pub quote: String,
}

/// A field whose value differs, both values as the text would say them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// Compares two versions of a brief, `old` first.
pub fn diff(old: &Brief, new: &Brief) -> Diff {
    let mut changes = Vec::new();
    section_changes(
        Section::Timeline,
        (old, &old.timeline),
        (new, &new.timeline),
        &Kind::<TimelineEvent> {
            quote: |e| e.quote.clone(),
            meaning: |b, e| {
                vec![
                    e.title.to_lowercase(),
                    format!("{}|{}", e.date.iso(), actors(b, &e.actors)),
                ]
            },
            fields: |b, e| {
                vec![
                    ("date", e.date.iso()),
                    ("title", e.title.clone()),
                    ("actors", actors(b, &e.actors)),
                ]
            },
        },
        &mut changes,
    );
    section_changes(
        Section::Figures,
        (old, &old.figures),
        (new, &new.figures),
        &Kind::<Figure> {
            quote: |f| f.quote.clone(),
            meaning: |_, f| {
                let period = f.period.as_ref().map(BriefDate::iso).unwrap_or_default();
                vec![format!("{}|{}|{period}", f.label.to_lowercase(), f.unit)]
            },
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
        },
        &mut changes,
    );
    section_changes(
        Section::Positions,
        (old, &old.positions),
        (new, &new.positions),
        &Kind::<Position> {
            quote: |p| p.quote.clone(),
            meaning: |b, p| {
                vec![format!(
                    "{}|{}",
                    p.issue.to_lowercase(),
                    actors(b, &p.actors)
                )]
            },
            fields: |b, p| {
                vec![
                    ("stance", p.stance.verb().to_string()),
                    ("issue", p.issue.clone()),
                    ("actors", actors(b, &p.actors)),
                ]
            },
        },
        &mut changes,
    );
    section_changes(
        Section::Actors,
        (old, &old.actors),
        (new, &new.actors),
        &Kind::<Actor> {
            quote: |a| a.name.clone(),
            meaning: |_, a| {
                std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .map(|name| name.to_lowercase())
                    .collect()
            },
            fields: |_, a| vec![("role", a.role.clone().unwrap_or_default())],
        },
        &mut changes,
    );
    Diff {
        meta: meta_changes(old, new),
        changes,
    }
}

/// How one section's items are compared: the quote to match by, the keys that say two items
/// mean the same (any one shared key suffices), and the fields whose change is reported.
struct Kind<T> {
    quote: fn(&T) -> String,
    meaning: fn(&Brief, &T) -> Vec<String>,
    fields: fn(&Brief, &T) -> Vec<(&'static str, String)>,
}

fn section_changes<T>(
    section: Section,
    (old_brief, old): (&Brief, &[T]),
    (new_brief, new): (&Brief, &[T]),
    kind: &Kind<T>,
    changes: &mut Vec<Change>,
) {
    let old_quotes: Vec<String> = old.iter().map(|item| fold(&(kind.quote)(item))).collect();
    let new_quotes: Vec<String> = new.iter().map(|item| fold(&(kind.quote)(item))).collect();
    let old_meaning: Vec<Vec<String>> = old.iter().map(|i| (kind.meaning)(old_brief, i)).collect();
    let new_meaning: Vec<Vec<String>> = new.iter().map(|i| (kind.meaning)(new_brief, i)).collect();
    let mut pairs = Vec::new();
    for (o, old_quote) in old_quotes.iter().enumerate() {
        for (n, new_quote) in new_quotes.iter().enumerate() {
            let alike = if old_quote == new_quote {
                1.0
            } else {
                strsim::sorensen_dice(old_quote, new_quote)
            };
            let same = old_meaning[o]
                .iter()
                .any(|key| new_meaning[n].contains(key));
            if alike >= QUOTE_SIMILARITY || same {
                pairs.push((alike + if same { 0.5 } else { 0.0 }, o, n));
            }
        }
    }
    // Best first; ties in document order, so equal items pair up in order.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut old_match = vec![None; old.len()];
    let mut new_taken = vec![false; new.len()];
    for (_, o, n) in pairs {
        if old_match[o].is_none() && !new_taken[n] {
            old_match[o] = Some(n);
            new_taken[n] = true;
        }
    }
    let side = |brief: &Brief, index: usize, quote: String| ItemSide {
        id: brief
            .id_of(item_ref(section, index))
            .unwrap_or_default()
            .to_string(),
        title: brief.title_of(item_ref(section, index)),
        quote,
    };
    for (o, matched) in old_match.iter().enumerate() {
        if matched.is_none() {
            changes.push(Change {
                kind: ChangeKind::Removed,
                section,
                old: Some(side(old_brief, o, (kind.quote)(&old[o]))),
                new: None,
                fields: Vec::new(),
                reworded: false,
            });
        }
    }
    for (n, taken) in new_taken.iter().enumerate() {
        if !taken {
            changes.push(Change {
                kind: ChangeKind::Added,
                section,
                old: None,
                new: Some(side(new_brief, n, (kind.quote)(&new[n]))),
                fields: Vec::new(),
                reworded: false,
            });
        }
    }
    for (o, matched) in old_match.iter().enumerate() {
        let Some(n) = *matched else { continue };
        let fields: Vec<FieldChange> = (kind.fields)(old_brief, &old[o])
            .into_iter()
            .zip((kind.fields)(new_brief, &new[n]))
            .filter(|((_, was), (_, is))| was != is)
            .map(|((field, was), (_, is))| FieldChange {
                field,
                old: was,
                new: is,
            })
            .collect();
        let reworded = old_quotes[o] != new_quotes[n];
        if !fields.is_empty() || reworded {
            changes.push(Change {
                kind: ChangeKind::Changed,
                section,
                old: Some(side(old_brief, o, (kind.quote)(&old[o]))),
                new: Some(side(new_brief, n, (kind.quote)(&new[n]))),
                fields,
                reworded,
            });
        }
    }
}

fn item_ref(section: Section, index: usize) -> crate::brief::ItemRef {
    crate::brief::ItemRef { section, index }
}

/// Actor names, sorted and joined, so order and ids do not matter.
fn actors(brief: &Brief, ids: &[String]) -> String {
    let mut names: Vec<&str> = ids.iter().map(|id| brief.actor_name(id)).collect();
    names.sort_unstable();
    names.join(", ")
}

fn meta_changes(old: &Brief, new: &Brief) -> Vec<FieldChange> {
    let facts = |brief: &Brief| {
        let meta = &brief.meta;
        [
            ("title", meta.title.clone()),
            ("subtitle", meta.subtitle.clone().unwrap_or_default()),
            ("series", meta.series.clone().unwrap_or_default()),
            ("number", meta.number.clone().unwrap_or_default()),
            ("published", meta.published.iso()),
            ("authors", meta.authors.join(", ")),
        ]
    };
    facts(old)
        .into_iter()
        .zip(facts(new))
        .filter(|((_, was), (_, is))| was != is)
        .map(|((field, was), (_, is))| FieldChange {
            field,
            old: was,
            new: is,
        })
        .collect()
}
