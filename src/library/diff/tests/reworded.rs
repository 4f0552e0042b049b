//! Items reworded around their key facts, in sentences from the two versions of CRS In Focus
//! IF10753 (the appropriations paragraph v7 rewrote) and others of the report: those that keep
//! their date or value and enough of their words, or their place, pair as changed; those that
//! only share a date or a value do not.

use super::*;
use crate::brief::{BriefDate, Figure, Paragraph, Scale, TimelineEvent, load_embedded};
use ChangeKind::{Added, Changed, Removed};

/// The last two sentences of the appropriations paragraph in version 6.
const V6: &str = "P.L. 119-4 provided FY2025 appropriations at FY2024 funding levels for most EPA and DOE accounts without further policy direction. For FY2026 appropriations, the joint explanatory statement accompanying P.L. 119-74 referred to H.Rept. 119-215, which recommended at least $32 million in combined funding for ENERGY STAR, and S.Rept. 119-46, which recommended a total of $36 million for ENERGY STAR, \"equal to the fiscal year 2024 enacted level.\"";
/// The same paragraph in version 7: the FY2026 sentence rewritten, the two reports'
/// figures moved into sentences of their own.
const V7: &str = "P.L. 119-4 provided FY2025 appropriations at FY2024 funding levels for most EPA and DOE accounts without further policy direction. For FY2026 appropriations, P.L. 119-74 did not contain policy direction for DOE and provided for EPA that \"not less than $33,024,000 is to carry out the Energy Star Program pursuant to section 324(c) of the Energy Policy and Conservation Act (42 U.S.C. 6294a(c)).\" H.Rept. 119-215 recommended $32 million in total funding. S.Rept. 119-46 recommended $36 million in total funding.";

/// The embedded brief's facts and actors with these paragraphs (`p1`, `p2`…) and no items.
fn brief(paragraphs: &[&str]) -> Brief {
    let mut brief = load_embedded().expect("embedded brief");
    brief.timeline.clear();
    brief.figures.clear();
    brief.positions.clear();
    brief.summary = paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| Paragraph {
            id: format!("p{}", i + 1),
            section: None,
            text: (*text).to_string(),
        })
        .collect();
    brief
}

/// The sentence of `brief`'s paragraph `p` that starts with `start`, as the importer
/// splits sentences.
fn sentence(brief: &Brief, p: usize, start: &str) -> String {
    let text = &brief.summary[p - 1].text;
    crate::brief::sentences::split(text, 0..text.len())
        .into_iter()
        .map(|range| &text[range])
        .find(|sentence| sentence.starts_with(start))
        .expect("a sentence of the paragraph starts so")
        .to_string()
}

/// An event quoting the sentence starting `start`, involving `actors` (ids of the embedded
/// brief's actors). Events of one date and the same actors mean the same whatever their
/// words, so the events that must not pair here involve different actors.
fn event(brief: &mut Brief, id: &str, (date, actors): (&str, &[&str]), p: usize, start: &str) {
    let quote = sentence(brief, p, start);
    brief.timeline.push(TimelineEvent {
        id: id.to_string(),
        date: BriefDate::parse(date).expect("a date"),
        date_note: None,
        title: quote.chars().take(40).collect(),
        detail: quote.clone(),
        actors: actors.iter().map(|a| (*a).to_string()).collect(),
        themes: Vec::new(),
        quote,
        paragraph: Some(format!("p{p}")),
    });
}

/// A figure in US dollars (`scale` millions when given) quoted from the sentence starting
/// `start`.
fn figure(brief: &mut Brief, id: &str, label: &str, value: f64, p: usize, start: &str) {
    brief.figures.push(Figure {
        id: id.to_string(),
        label: label.to_string(),
        value,
        unit: "USD".to_string(),
        scale: (value < 1000.0).then_some(Scale::Million),
        period: None,
        approximate: false,
        hedge: None,
        series: None,
        detail: None,
        actors: Vec::new(),
        themes: Vec::new(),
        quote: sentence(brief, p, start),
        paragraph: Some(format!("p{p}")),
    });
}

/// (kind, section, old id, new id) of each change.
fn summary(found: &Diff) -> Vec<(ChangeKind, Section, String, String)> {
    let id = |side: &Option<ItemSide>| side.as_ref().map(|s| s.id.clone()).unwrap_or_default();
    found
        .changes
        .iter()
        .map(|c| (c.kind, c.section, id(&c.old), id(&c.new)))
        .collect()
}

fn change(
    kind: ChangeKind,
    section: Section,
    old: &str,
    new: &str,
) -> (ChangeKind, Section, String, String) {
    (kind, section, old.to_string(), new.to_string())
}

#[test]
fn the_rewritten_fy2026_sentence_and_its_figures_pair_as_changed() {
    let mut old = brief(&[V6]);
    event(&mut old, "ev-joint", ("2026", &[]), 1, "For FY2026");
    figure(
        &mut old,
        "fig-combined",
        "Combined funding",
        32.0,
        1,
        "For FY2026",
    );
    figure(
        &mut old,
        "fig-energy-star",
        "ENERGY STAR",
        36.0,
        1,
        "For FY2026",
    );
    let mut new = brief(&[V7]);
    event(
        &mut new,
        "ev-pl",
        ("2026", &["us", "china"]),
        1,
        "For FY2026",
    );
    figure(&mut new, "fig-usd", "USD", 33_024_000.0, 1, "For FY2026");
    figure(&mut new, "fig-total", "Total funding", 32.0, 1, "H.Rept.");
    figure(&mut new, "fig-total-2", "Total funding", 36.0, 1, "S.Rept.");
    let found = diff(&old, &new);
    assert_eq!(
        summary(&found),
        [
            change(Changed, Section::Timeline, "ev-joint", "ev-pl"),
            change(Added, Section::Figures, "", "fig-usd"),
            change(Changed, Section::Figures, "fig-combined", "fig-total"),
            change(Changed, Section::Figures, "fig-energy-star", "fig-total-2"),
        ]
    );
    // The event kept its date; its title and actors followed the new wording.
    let fields: Vec<&str> = found.changes[0].fields.iter().map(|f| f.field).collect();
    assert_eq!(fields, ["title", "actors"]);
    assert!(found.changes[0].reworded);
    // The $36 million kept its value; only its label changed.
    let fields: Vec<&str> = found.changes[3].fields.iter().map(|f| f.field).collect();
    assert_eq!(fields, ["label"]);
}

#[test]
fn a_value_written_at_another_scale_is_the_same_fact() {
    let mut old = brief(&[
        "In FY2026, EPA received $33.024 million for the Energy Star Program under the act.",
    ]);
    figure(&mut old, "fig-epa", "EPA", 33.024, 1, "In FY2026");
    let mut new = brief(&[
        "The act provided not less than $33,024,000 for EPA to carry out the Energy Star Program in FY2026.",
    ]);
    figure(&mut new, "fig-act", "Act", 33_024_000.0, 1, "The act");
    let found = diff(&old, &new);
    assert_eq!(
        summary(&found),
        [change(
            ChangeKind::Changed,
            Section::Figures,
            "fig-epa",
            "fig-act"
        )]
    );
}

#[test]
fn the_same_year_in_another_paragraph_is_not_the_same_event() {
    // Both dated 2026, in different paragraphs, sharing three words ("the", "not", "DOE").
    let moa = "DOE implements an agency-funded, complementary testing program that does not test randomly. The 2026 MOA does not discuss how certification testing might change under DOE.";
    let mut old = brief(&[moa, V6]);
    event(&mut old, "ev-moa", ("2026", &["us"]), 1, "The 2026 MOA");
    let mut new = brief(&[
        "DOE implements an agency-funded, complementary testing program that does not test randomly.",
        V7,
    ]);
    event(&mut new, "ev-pl", ("2026", &["china"]), 2, "For FY2026");
    assert_eq!(
        summary(&diff(&old, &new)),
        [
            change(Removed, Section::Timeline, "ev-moa", ""),
            change(Added, Section::Timeline, "", "ev-pl"),
        ]
    );
}

#[test]
fn the_same_value_in_an_unrelated_sentence_is_not_the_same_figure() {
    let share = "For many product categories, once the market share of ENERGY STAR products reaches $50 million or greater, the product specifications are typically reviewed.";
    let models = "Since 2011, the program has spent $50 million on testing. At least half of the models that undergo testing are to be randomly selected.";
    let mut old = brief(&[share]);
    figure(&mut old, "fig-share", "Market share", 50.0, 1, "For many");
    let mut new = brief(&[models]);
    figure(&mut new, "fig-testing", "Testing", 50.0, 1, "Since 2011");
    assert_eq!(
        summary(&diff(&old, &new)),
        [
            change(Removed, Section::Figures, "fig-share", ""),
            change(Added, Section::Figures, "", "fig-testing"),
        ]
    );
}

#[test]
fn another_sentence_in_the_same_place_and_year_is_not_the_same_event() {
    // Same paragraph, same sentence, same year; only "the" and "2020" in common.
    let mut old =
        brief(&["In 2020, EPA suspended the Most Efficient designation for televisions."]);
    event(&mut old, "ev-suspended", ("2020", &["us"]), 1, "In 2020");
    let mut new = brief(&["Congress held no hearings on the program's budget during 2020."]);
    event(
        &mut new,
        "ev-hearings",
        ("2020", &["russia"]),
        1,
        "Congress held",
    );
    assert_eq!(
        summary(&diff(&old, &new)),
        [
            change(Removed, Section::Timeline, "ev-suspended", ""),
            change(Added, Section::Timeline, "", "ev-hearings"),
        ]
    );
}

#[test]
fn another_value_in_the_rewritten_sentence_is_not_the_same_figure() {
    // The $32 million of v6 and the $36 million of v7 share their words, not their value.
    let mut old = brief(&[V6]);
    figure(
        &mut old,
        "fig-combined",
        "Combined funding",
        32.0,
        1,
        "For FY2026",
    );
    let mut new = brief(&[V7]);
    figure(&mut new, "fig-total-2", "Total funding", 36.0, 1, "S.Rept.");
    assert_eq!(
        summary(&diff(&old, &new)),
        [
            change(Removed, Section::Figures, "fig-combined", ""),
            change(Added, Section::Figures, "", "fig-total-2"),
        ]
    );
}
