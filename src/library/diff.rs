//! What changed between two versions of a brief: events, figures, positions and actors
//! added, removed or changed, matched by their quotes first and their meaning second.
//!
//! Matching, per section (`diff/matching.rs`): a pair of an old and a new item scores the
//! similarity of their quotes (Sørensen–Dice over character bigrams, 1.0 when equal) plus
//! 0.5 when they mean the same thing (an event's title or its date and actors, a figure's
//! label, unit and period, a position's issue and actors, an actor's name or an alias).
//! Pairs whose quotes are at least 60% alike or that mean the same are taken best first,
//! each item at most once; so are items that keep their key facts (an event's date, a
//! figure's value and unit; `diff/kinds.rs`) with enough of their words, or with some of
//! them from the same sentence of the same paragraph (`diff/place.rs`). What is left over
//! was added or removed. A matched pair is a change when a field that matters differs (a
//! figure's value, an event's date, a position's stance…) or the quote was reworded.
//!
//! Everything is compared in its normal form (`diff/normal.rs`): a difference of typography
//! alone (curly quotes, dashes, ligatures, spaces, case) is no change; such pairs are only
//! counted, in [`Diff::typographic`].

mod kinds;
mod matching;
mod normal;
mod place;
#[cfg(test)]
mod tests;

use serde::Serialize;

use crate::brief::{Brief, Section};
use kinds::Kind;
use matching::Item;
use normal::normal;
use place::Places;

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
    let briefs = (old, new);
    let timeline = (&old.timeline[..], &new.timeline[..]);
    section_changes(
        Section::Timeline,
        briefs,
        timeline,
        &kinds::EVENTS,
        &mut found,
    );
    let figures = (&old.figures[..], &new.figures[..]);
    section_changes(
        Section::Figures,
        briefs,
        figures,
        &kinds::FIGURES,
        &mut found,
    );
    let positions = (&old.positions[..], &new.positions[..]);
    section_changes(
        Section::Positions,
        briefs,
        positions,
        &kinds::POSITIONS,
        &mut found,
    );
    let actors = (&old.actors[..], &new.actors[..]);
    section_changes(Section::Actors, briefs, actors, &kinds::ACTORS, &mut found);
    let (meta, typographic) = changed_fields(&meta_facts(old), &meta_facts(new));
    found.meta = meta;
    found.typographic += typographic;
    found
}

/// The items of one section of `brief` as matching sees them, their places not yet found
/// (see [`place_items`]).
fn items<T>(brief: &Brief, list: &[T], kind: &Kind<T>) -> Vec<Item> {
    list.iter()
        .map(|item| Item {
            quote: normal((kind.quote)(item)),
            meaning: (kind.meaning)(brief, item)
                .iter()
                .map(|key| normal(key))
                .collect(),
            facts: (kind.facts)(item).map(|facts| normal(&facts)),
            place: None,
        })
        .collect()
}

/// Finds the place of the items `which` that have facts (a place is weighed only beside
/// them). Finding it searches the paragraph for the quote, so it is done only for the items
/// the first step of matching left whose facts the other version's left-overs share.
fn place_items<T>(
    brief: &Brief,
    list: &[T],
    kind: &Kind<T>,
    items: &mut [Item],
    which: impl Iterator<Item = usize>,
) {
    let mut places = Places::of(brief);
    for i in which {
        if items[i].facts.is_some() {
            items[i].place = places.place((kind.paragraph)(&list[i]), (kind.quote)(&list[i]));
        }
    }
}

fn section_changes<T>(
    section: Section,
    (old_brief, new_brief): (&Brief, &Brief),
    (old, new): (&[T], &[T]),
    kind: &Kind<T>,
    found: &mut Diff,
) {
    let mut old_items = items(old_brief, old, kind);
    let mut new_items = items(new_brief, new, kind);
    let paired = matching::pair_equal(&old_items, &new_items);
    let (old_left, new_left) = paired.left_with_common_facts(&old_items, &new_items);
    place_items(old_brief, old, kind, &mut old_items, old_left.into_iter());
    place_items(new_brief, new, kind, &mut new_items, new_left.into_iter());
    let old_match = matching::pair_rest(&old_items, &new_items, paired);
    let mut new_taken = vec![false; new.len()];
    for &n in old_match.iter().flatten() {
        new_taken[n] = true;
    }
    let side = |brief: &Brief, index: usize, quote: &str| ItemSide {
        id: brief
            .id_of(item_ref(section, index))
            .unwrap_or_default()
            .to_string(),
        title: brief.title_of(item_ref(section, index)),
        quote: quote.to_string(),
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
        if normal(was) == normal(is) || same_cut(was, is) {
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

/// Whether two cut texts (each ending in `…`) are one text cut at different places: the
/// shorter, in normal form, begins the longer. Titles imported before they were cut by
/// characters were cut by bytes, so a curly quote cut the PDF's title a word or two earlier
/// than the .txt's.
fn same_cut(was: &str, is: &str) -> bool {
    let (Some(was), Some(is)) = (was.strip_suffix('…'), is.strip_suffix('…')) else {
        return false;
    };
    let (was, is) = (normal(was), normal(is));
    let (short, long) = if was.len() <= is.len() {
        (was, is)
    } else {
        (is, was)
    };
    !short.is_empty() && long.starts_with(&short)
}

fn item_ref(section: Section, index: usize) -> crate::brief::ItemRef {
    crate::brief::ItemRef { section, index }
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
