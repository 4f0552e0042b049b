//! What changed between two versions of a brief: events, figures, positions and actors
//! added, removed or changed, matched by their quotes first and their meaning second.
//!
//! Matching, per section (`diff/matching.rs`): a pair of an old and a new item scores the
//! similarity of their quotes (Sørensen–Dice over character bigrams, 1.0 when equal) plus
//! 0.5 when they mean the same thing (an event's title or its date and actors, a figure's
//! label, unit and period, a position's issue and actors, an actor's name or an alias).
//! Pairs whose quotes are at least 60% alike or that mean the same are taken best first,
//! each item at most once; what is left over was added or removed. A matched pair is a
//! change when a field that matters differs (a figure's value, an event's date, a
//! position's stance…) or the quote was reworded.
//!
//! Everything is compared in its normal form (`diff/normal.rs`): a difference of typography
//! alone (curly quotes, dashes, ligatures, spaces, case) is no change; such pairs are only
//! counted, in [`Diff::typographic`].

mod matching;
mod normal;
#[cfg(test)]
mod tests;

use serde::Serialize;

use crate::brief::{Actor, Brief, BriefDate, Figure, Position, Section, TimelineEvent};
use matching::Item;
use normal::normal;

/// What a diff found, in section order (timeline, figures, positions, actors), removals
/// before additions before changes within a section, each in document order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// Changes to the brief's own facts (title, date, number…); not items.
    pub meta: Vec<FieldChange>,
    pub changes: Vec<Change>,
    /// Matched items and facts that differ only in typography (quotes, dashes, spaces,
    /// ligatures, case; see `diff/normal.rs`): not changes, not listed, only counted.
    pub typographic: usize,
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

/// Compares two versions of a brief, `old` first. Time is near-linear in the number of
/// items (see `diff/matching.rs`): a 1,564-item brief against itself takes milliseconds.
pub fn diff(old: &Brief, new: &Brief) -> Diff {
    let mut found = Diff {
        meta: Vec::new(),
        changes: Vec::new(),
        typographic: 0,
    };
    section_changes(
        Section::Timeline,
        (old, &old.timeline),
        (new, &new.timeline),
        &Kind::<TimelineEvent> {
            quote: |e| e.quote.clone(),
            meaning: |b, e| {
                vec![
                    e.title.clone(),
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
        &mut found,
    );
    section_changes(
        Section::Figures,
        (old, &old.figures),
        (new, &new.figures),
        &Kind::<Figure> {
            quote: |f| f.quote.clone(),
            meaning: |_, f| {
                let period = f.period.as_ref().map(BriefDate::iso).unwrap_or_default();
                vec![format!("{}|{}|{period}", f.label, f.unit)]
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
        &mut found,
    );
    section_changes(
        Section::Positions,
        (old, &old.positions),
        (new, &new.positions),
        &Kind::<Position> {
            quote: |p| p.quote.clone(),
            meaning: |b, p| vec![format!("{}|{}", p.issue, actors(b, &p.actors))],
            fields: |b, p| {
                vec![
                    ("stance", p.stance.verb().to_string()),
                    ("issue", p.issue.clone()),
                    ("actors", actors(b, &p.actors)),
                ]
            },
        },
        &mut found,
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
                    .cloned()
                    .collect()
            },
            fields: |_, a| vec![("role", a.role.clone().unwrap_or_default())],
        },
        &mut found,
    );
    let (meta, typographic) = changed_fields(&meta_facts(old), &meta_facts(new));
    found.meta = meta;
    found.typographic += typographic;
    found
}

/// How one section's items are compared: the quote to match by, the keys that say two items
/// mean the same (any one shared key suffices), and the fields whose change is reported.
/// All three are compared in their normal form (`normal`).
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
    found: &mut Diff,
) {
    let items = |brief: &Brief, list: &[T]| -> Vec<Item> {
        list.iter()
            .map(|item| Item {
                quote: normal(&(kind.quote)(item)),
                meaning: (kind.meaning)(brief, item)
                    .iter()
                    .map(|key| normal(key))
                    .collect(),
            })
            .collect()
    };
    let old_items = items(old_brief, old);
    let new_items = items(new_brief, new);
    let old_match = matching::pair(&old_items, &new_items);
    let mut new_taken = vec![false; new.len()];
    for &n in old_match.iter().flatten() {
        new_taken[n] = true;
    }
    let side = |brief: &Brief, index: usize, quote: String| ItemSide {
        id: brief
            .id_of(item_ref(section, index))
            .unwrap_or_default()
            .to_string(),
        title: brief.title_of(item_ref(section, index)),
        quote,
    };
    let changes = &mut found.changes;
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
        let (fields, typographic_fields) = changed_fields(
            &(kind.fields)(old_brief, &old[o]),
            &(kind.fields)(new_brief, &new[n]),
        );
        let (old_quote, new_quote) = ((kind.quote)(&old[o]), (kind.quote)(&new[n]));
        let reworded = old_items[o].quote != new_items[n].quote;
        if !fields.is_empty() || reworded {
            changes.push(Change {
                kind: ChangeKind::Changed,
                section,
                old: Some(side(old_brief, o, old_quote)),
                new: Some(side(new_brief, n, new_quote)),
                fields,
                reworded,
            });
        } else if typographic_fields > 0 || old_quote != new_quote {
            found.typographic += 1;
        }
    }
}

/// The fields whose normal forms differ, as changes, and how many others differ in
/// typography alone. `old` and `new` list the same fields in the same order.
fn changed_fields(
    old: &[(&'static str, String)],
    new: &[(&'static str, String)],
) -> (Vec<FieldChange>, usize) {
    let mut changed = Vec::new();
    let mut typographic = 0;
    for ((field, was), (_, is)) in old.iter().zip(new) {
        if was == is {
            continue;
        }
        if normal(was) == normal(is) {
            typographic += 1;
        } else {
            changed.push(FieldChange {
                field,
                old: was.clone(),
                new: is.clone(),
            });
        }
    }
    (changed, typographic)
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

/// The brief's own facts that `diff` compares, as text.
fn meta_facts(brief: &Brief) -> Vec<(&'static str, String)> {
    let meta = &brief.meta;
    vec![
        ("title", meta.title.clone()),
        ("subtitle", meta.subtitle.clone().unwrap_or_default()),
        ("series", meta.series.clone().unwrap_or_default()),
        ("number", meta.number.clone().unwrap_or_default()),
        ("published", meta.published.iso()),
        ("authors", meta.authors.join(", ")),
    ]
}
