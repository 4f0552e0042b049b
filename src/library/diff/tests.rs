//! `diff` on the embedded brief against copies of it: typography alone is no change, and a
//! real change is still one when typography changed around it. `tests/reworded.rs`: items
//! reworded around their key facts.

use super::*;
use crate::brief::{Stance, load_embedded};

/// Every straight quote made curly, hyphens made en dashes, `fi` a ligature, spaces doubled
/// or non-breaking: what the PDF of a report does to its text.
fn typeset(text: &str) -> String {
    let mut out = String::new();
    let mut open = true;
    for c in text.chars() {
        match c {
            '\'' => out.push('’'),
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            '-' => out.push('–'),
            ' ' => out.push_str(if out.len().is_multiple_of(3) {
                "\u{a0}"
            } else {
                "  "
            }),
            _ => out.push(c),
        }
    }
    out.replace("fi", "ﬁ")
}

/// The embedded brief with every quote, title, label and issue typeset.
fn typeset_brief() -> (Brief, Brief) {
    let old = load_embedded().expect("embedded brief");
    let mut new = old.clone();
    new.meta.title = typeset(&new.meta.title);
    for event in &mut new.timeline {
        event.quote = typeset(&event.quote);
        event.title = typeset(&event.title);
    }
    for figure in &mut new.figures {
        figure.quote = typeset(&figure.quote);
        figure.label = typeset(&figure.label);
    }
    for position in &mut new.positions {
        position.quote = typeset(&position.quote);
        position.issue = typeset(&position.issue);
    }
    (old, new)
}

#[test]
fn typography_alone_is_no_change_and_is_counted() {
    let (old, new) = typeset_brief();
    let found = diff(&old, &new);
    assert!(found.changes.is_empty(), "{:#?}", found.changes);
    assert!(found.meta.is_empty(), "{:#?}", found.meta);
    // Every event, figure and position was retyped (each has a space in its quote).
    let items = old.timeline.len() + old.figures.len() + old.positions.len();
    assert_eq!(found.typographic, items + 1, "items and the title");
    assert_eq!(diff(&old, &old).typographic, 0);
}

#[test]
fn a_real_change_among_typographic_ones_is_still_reported_alone() {
    let (old, mut new) = typeset_brief();
    // A revised value and a reversed stance, in items whose text was also retyped.
    new.figures[0].value += 1.0;
    let stance = new.positions[0].stance;
    new.positions[0].stance = if stance == Stance::Opposes {
        Stance::Supports
    } else {
        Stance::Opposes
    };
    // One quote truly reworded, with curly quotes around the new word.
    new.timeline[0].quote = typeset(&format!("{} (\"revised\")", old.timeline[0].quote));
    let found = diff(&old, &new);
    let summary: Vec<(Section, Vec<&str>, bool)> = found
        .changes
        .iter()
        .map(|c| {
            (
                c.section,
                c.fields.iter().map(|f| f.field).collect(),
                c.reworded,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (Section::Timeline, vec![], true),
            (Section::Figures, vec!["value"], false),
            (Section::Positions, vec!["stance"], false),
        ]
    );
    // The rest still only differ in typography.
    let items = old.timeline.len() + old.figures.len() + old.positions.len();
    assert_eq!(found.typographic, items - 3 + 1);
    // The change shows both quotes as the versions write them, not normalised.
    let event = &found.changes[0];
    assert_eq!(
        event.old.as_ref().map(|s| s.quote.as_str()),
        Some(old.timeline[0].quote.as_str())
    );
    assert!(
        event
            .new
            .as_ref()
            .is_some_and(|s| s.quote.contains("“revised”")),
        "{event:?}"
    );
}

#[test]
fn a_field_changed_beyond_typography_is_listed_with_both_values_as_written() {
    let old = load_embedded().expect("embedded brief");
    let mut new = old.clone();
    new.figures[1].label = format!("{} – revised", typeset(&old.figures[1].label));
    let found = diff(&old, &new);
    assert_eq!(found.changes.len(), 1, "{:#?}", found.changes);
    let field = &found.changes[0].fields[0];
    assert_eq!(field.field, "label");
    assert_eq!(field.old, old.figures[1].label);
    assert!(field.new.ends_with("– revised"), "{field:?}");
}

/// The .txt and the PDF of CRS IF12672 as imported before titles were cut by characters:
/// the same sentence, its quotes straight in one and curly in the other, its title cut a
/// word earlier in the PDF (each curly quote three bytes).
#[test]
fn a_title_cut_elsewhere_only_for_curly_quotes_is_typography() {
    let mut old = load_embedded().expect("embedded brief");
    old.timeline[0].quote = "Since Russia's February 2022 invasion of Ukraine, Russian \
        President Vladimir Putin has invoked Russia's nuclear weapons."
        .to_string();
    old.timeline[0].title =
        "Since Russia's February 2022 invasion of Ukraine, Russian President Vladimir…".to_string();
    let mut new = old.clone();
    new.timeline[0].quote = old.timeline[0].quote.replace('\'', "’");
    new.timeline[0].title =
        "Since Russia’s February 2022 invasion of Ukraine, Russian President…".to_string();
    let found = diff(&old, &new);
    assert!(found.changes.is_empty(), "{:#?}", found.changes);
    assert_eq!(found.typographic, 1);

    // A cut title whose words differ is still a change.
    new.timeline[0].title =
        "Since Russia’s February 2022 invasion of Ukraine, Russian Prime Minister…".to_string();
    let found = diff(&old, &new);
    let fields: Vec<&str> = found
        .changes
        .iter()
        .flat_map(|c| c.fields.iter().map(|f| f.field))
        .collect();
    assert_eq!(fields, ["title"]);
}

mod reworded;
