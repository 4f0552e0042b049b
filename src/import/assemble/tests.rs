//! Assembly on small documents of every shape: the result must load through the same
//! validation as a hand-written brief.

use super::*;
use crate::brief::{self, BriefError, Stance, load::Format};
use crate::import::evaluate::plain_document;

/// Exports the brief as TOML and loads it back, as `briefing check` would.
fn reload(brief: &Brief) -> Result<Brief, BriefError> {
    let text = toml::to_string(brief).expect("a brief serialises");
    brief::load_str(&text, Format::Toml, "imported.toml", &|name| {
        panic!("an imported brief names no source file, got {name}")
    })
}

fn import(text: &str) -> Brief {
    let brief = build(&plain_document(text), &MetaFacts::default());
    if let Err(error) = reload(&brief) {
        panic!("{error}\nfor {text:?}");
    }
    brief
}

#[test]
fn a_small_report_becomes_a_valid_brief() {
    let text = "Summary\n\nOn 8 June 2007, President Hu Jintao met President Vladimir Putin. \
                China and Russia welcomed the talks.\n\nTrade\n\nBeijing rejected the U.S. \
                proposal. President Hu had suggested that both sides step up trade.";
    let brief = import(text);
    assert_eq!(brief.meta.origin.as_deref(), Some("import"));
    assert_eq!(brief.meta.title, "Untitled report");
    assert_eq!(brief.summary.len(), 2);
    assert_eq!(brief.summary[1].section.as_deref(), Some("Trade"));
    let names: Vec<&str> = brief.actors.iter().map(|a| a.name.as_str()).collect();
    for name in [
        "Hu Jintao",
        "Vladimir Putin",
        "China",
        "Russia",
        "United States",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    assert_eq!(
        brief.themes.len(),
        1,
        "Summary is structural, Trade a theme"
    );
    let rejects = brief
        .positions
        .iter()
        .find(|p| p.stance == Stance::Rejects)
        .expect("Beijing rejected");
    assert_eq!(rejects.actors, ["china"]);
    assert_eq!(rejects.paragraph.as_deref(), Some("p2"));
    assert_eq!(rejects.themes, ["trade"]);
    assert_eq!(rejects.quote, "Beijing rejected the U.S. proposal.");
}

#[test]
fn odd_inputs_still_give_valid_briefs() {
    for text in [
        "One paragraph without any actor at all.",
        "Ünïcödé: 中文 and 日本語 — Ελληνικά; Россия and Иран.",
        "Heading\n\nA paragraph under it.",
        "Title\n\nSummary\n\nSummary\n\nText.\n\nText.",
        "   \n\nOnly after blank lines.\n\n   ",
        "China China China. Iran rejected Iran. Iran warned Iran.",
        "(UN) (CRS) () (( )) \"unclosed quote agreed",
        "Iran (and (nested) Israel) rejected it; (Iran (rejected)) it.",
        "Iran ((rejected)) the plan, (Israel) (warned) it.",
    ] {
        import(text);
    }
}

#[test]
fn a_document_without_paragraphs_becomes_one() {
    let doc = Document {
        text: "  Iran rejected the plan.  ".to_string(),
        paragraphs: Vec::new(),
        front: Vec::new(),
    };
    let brief = build(&doc, &MetaFacts::default());
    assert_eq!(brief.summary.len(), 1);
    assert_eq!(brief.summary[0].text, "Iran rejected the plan.");
    reload(&brief).expect("valid");
}

#[test]
fn candidates_outside_paragraphs_or_with_unknown_actors_are_left_out() {
    let doc = plain_document("Front Line\n\nHeading\n\nIran rejected the plan.");
    let mut candidates = extract(&doc, &MetaFacts::default());
    let mut stray = candidates.positions[0].clone();
    stray.quote = 0..10; // the front matter
    candidates.positions.push(stray);
    let mut unknown = candidates.positions[0].clone();
    unknown.actor = "atlantis".to_string();
    candidates.positions.push(unknown);
    candidates.events.push(crate::import::EventCandidate {
        date: BriefDate::Undated,
        date_note: None,
        title: String::new(),
        quote: doc.paragraphs[0].span.clone(),
    });
    candidates.figures.push(crate::import::FigureCandidate {
        label: String::new(),
        value: f64::NAN,
        upper: None,
        unit: "USD".to_string(),
        scale: None,
        period: None,
        hedge: None,
        series: None,
        quote: doc.paragraphs[0].span.clone(),
        span: doc.paragraphs[0].span.clone(),
    });
    let brief = assemble(&doc, &MetaFacts::default(), &candidates);
    assert_eq!(brief.positions.len(), 1);
    assert_eq!(brief.timeline.len(), 1);
    assert_eq!(brief.timeline[0].title, "Iran rejected the plan.");
    assert!(brief.figures.is_empty());
    reload(&brief).expect("valid");
}

#[test]
fn figures_over_periods_share_a_series_and_ids_are_unique() {
    let text = "Trade rose from US$6 billion in 1992 to US$33.4 billion in 2006.";
    let doc = plain_document(text);
    let figure = |value: f64, year: i32| crate::import::FigureCandidate {
        label: "Trade".to_string(),
        value,
        upper: None,
        unit: "USD".to_string(),
        scale: Some(crate::brief::Scale::Billion),
        period: Some(BriefDate::Point(crate::brief::Point::Year(year))),
        hedge: Some("about".to_string()),
        series: None,
        quote: 0..text.len(),
        span: 0..text.len(),
    };
    let candidates = Candidates {
        figures: vec![figure(6.0, 1992), figure(33.4, 2006)],
        ..Candidates::default()
    };
    let brief = assemble(&doc, &MetaFacts::default(), &candidates);
    assert_eq!(brief.figures[0].series.as_deref(), Some("Trade"));
    assert_eq!(brief.figures[1].series.as_deref(), Some("Trade"));
    assert_eq!(brief.figures[0].id, "fig-trade");
    assert_eq!(brief.figures[1].id, "fig-trade-2");
    assert!(
        brief.figures[0].approximate,
        "`about` is approximate, not a bound"
    );
    assert_eq!(brief.figures[0].hedge, None);
    reload(&brief).expect("valid");
}
