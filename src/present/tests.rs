//! Tests of the deck: the generated sequence, each kind of slide, and a brief's own deck.

use super::*;
use crate::brief::Stance;
use crate::brief::deck::SlideSpec;

fn deck() -> (Brief, Deck) {
    let brief = crate::brief::load_embedded().expect("embedded brief loads");
    let deck = Deck::build(&brief, None);
    (brief, deck)
}

#[test]
fn the_generated_deck_runs_title_points_timeline_numbers_chart_positions_themes_close() {
    let (_, deck) = deck();
    let kinds: Vec<&str> = deck.slides.iter().map(|s| s.kind.name()).collect();
    let mut expected = vec!["title"];
    expected.extend(["point"; 9]);
    expected.extend(["timeline", "figures", "chart", "positions"]);
    expected.extend(["theme"; 5]);
    expected.push("closing");
    assert_eq!(kinds, expected);
    let titles: Vec<&str> = deck.slides.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles[0], "China-Russia Relations");
    assert_eq!(titles[1], "Key point 1 of 9");
    assert_eq!(titles[9], "Key point 9 of 9");
    assert_eq!(
        &titles[10..],
        [
            "Timeline",
            "The numbers",
            "China-Russia trade",
            "Who stands where",
            "Diplomacy",
            "Trade",
            "Energy",
            "Military",
            "Multilateral",
            "Source"
        ]
    );
}

#[test]
fn every_slide_has_content_and_all_but_title_and_closing_have_items() {
    let (_, deck) = deck();
    for slide in &deck.slides {
        let empty = match &slide.body {
            Body::Title { title, .. } => title.is_empty(),
            Body::Point { headline, .. } => headline.is_empty(),
            Body::Timeline { dated, undated } => dated.is_empty() && undated.is_empty(),
            Body::Figures { cards } => cards.is_empty(),
            Body::Chart { bars, .. } => bars.is_empty(),
            Body::Matrix { rows, .. } => rows.is_empty(),
            Body::Bullets { bullets } => bullets.is_empty(),
            Body::Closing { citation, .. } => citation.is_empty(),
        };
        assert!(!empty, "slide {:?} is empty", slide.title);
        let needs_items = !matches!(slide.kind, SlideKind::Title | SlideKind::Closing);
        assert_eq!(!slide.items.is_empty(), needs_items, "{}", slide.title);
        assert_eq!(slide.sources.len(), slide.items.len(), "{}", slide.title);
    }
}

#[test]
fn a_key_point_is_the_paragraphs_first_sentence_with_its_items() {
    let (brief, deck) = deck();
    let Body::Point { headline, bullets } = &deck.slides[1].body else {
        panic!("slide 2 is a point");
    };
    assert_eq!(
        headline,
        "On 8 June 2007, President Hu Jintao met President Vladimir Putin at the sidelines of the G8+5 Summit in Heiligendamm, Germany."
    );
    assert_eq!(brief.id_of(deck.slides[1].items[0]), Some("p1"));
    let texts: Vec<&str> = bullets.iter().map(|b| b.text.as_str()).collect();
    assert!(texts.contains(&"Hu meets Putin at the G8+5 Summit in Heiligendamm"));
    // The figure of two meetings repeats the earlier meeting's quote: shown once.
    assert!(!texts.iter().any(|t| t.starts_with("Hu-Putin meetings")));
    let Body::Point { headline, .. } = &deck.slides[4].body else {
        panic!("slide 5 is a point");
    };
    assert!(
        headline.ends_with("at a relatively slow pace."),
        "{headline}"
    );
}

#[test]
fn the_timeline_splits_dated_from_undated_events_in_order() {
    let (_, deck) = deck();
    let Body::Timeline { dated, undated } = &deck.slides[10].body else {
        panic!("slide 11 is the timeline");
    };
    let dates: Vec<&str> = dated.iter().map(|m| m.date.as_str()).collect();
    assert_eq!(
        dates,
        [
            "1992",
            "1992–2006",
            "2006",
            "before 8 Jun 2007",
            "8 Jun 2007",
            "Jul 2007",
            "Aug 2007"
        ]
    );
    assert_eq!(undated.len(), 4);
    assert!(dated[3].inexact && !dated[4].inexact);
}

#[test]
fn the_trade_chart_compares_1992_with_2006() {
    let (_, deck) = deck();
    let Body::Chart { bars, caption } = &deck.slides[12].body else {
        panic!("slide 13 is the chart");
    };
    let labels: Vec<(&str, &str)> = bars
        .iter()
        .map(|b| (b.label.as_str(), b.text.as_str()))
        .collect();
    assert_eq!(
        labels,
        [("1992", "US$6 billion"), ("2006", "US$33.4 billion")]
    );
    assert_eq!(
        caption.as_deref(),
        Some("US$6 billion (1992) to US$33.4 billion (2006): 5.6 times as much (computed)")
    );
}

#[test]
fn numbers_are_compact_and_series_figures_go_to_the_chart() {
    let (_, deck) = deck();
    let Body::Figures { cards } = &deck.slides[11].body else {
        panic!("slide 12 is the numbers");
    };
    let big: Vec<&str> = cards.iter().map(|c| c.big.as_str()).collect();
    assert_eq!(big, ["~2%", "~$250bn", "2"]);
    assert_eq!(cards[1].value, "about US$250 billion");
}

#[test]
fn a_hedged_figure_keeps_its_direction_in_one_sign() {
    let (brief, _) = deck();
    let mut figure = brief.figures[0].clone();
    figure.hedge = Some("more than".to_string());
    assert_eq!(compact_value(&figure), ">$6bn");
    figure.hedge = Some("up to".to_string());
    assert_eq!(compact_value(&figure), "<$6bn");
    figure.hedge = Some("some".to_string());
    assert_eq!(compact_value(&figure), "~$6bn");
}

#[test]
fn the_matrix_lines_up_actors_and_issues() {
    let (_, deck) = deck();
    let Body::Matrix { actors, rows } = &deck.slides[13].body else {
        panic!("slide 14 is the matrix");
    };
    let shorts: Vec<&str> = actors.iter().map(|a| a.short.as_str()).collect();
    assert_eq!(
        shorts,
        [
            "China",
            "Russia",
            "US",
            "Hu Jintao",
            "CNPC",
            "Russian oil companies"
        ]
    );
    assert_eq!(rows.len(), 10);
    assert_eq!(rows[0].issue, "Strategic partnership");
    assert_eq!(rows[0].cells[0], [Stance::Seeks]);
    assert_eq!(rows[0].cells[3], [Stance::Proposes]);
    assert!(rows[0].cells[2].is_empty());
}

#[test]
fn a_theme_slide_gathers_the_themes_items() {
    let (brief, deck) = deck();
    let energy = &deck.slides[16];
    assert_eq!(energy.title, "Energy");
    let ids: Vec<&str> = energy
        .items
        .iter()
        .filter_map(|i| brief.id_of(*i))
        .collect();
    assert_eq!(ids, ["pos-pipelines", "pos-energy-cooperation"]);
    assert_eq!(energy.sources[0].id, "pos-pipelines");
}

#[test]
fn notes_name_a_position_held_by_several_actors_with_a_plural_verb() {
    let (_, deck) = deck();
    let titles: Vec<&str> = deck
        .slides
        .iter()
        .flat_map(|slide| &slide.sources)
        .map(|source| source.title.as_str())
        .collect();
    assert!(
        titles.contains(&"China and Russia oppose · US unilateralism"),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"United States acts · Missile defence in Eastern Europe"),
        "{titles:?}"
    );
    assert!(
        !titles
            .iter()
            .any(|title| title.contains(", Russia opposes"))
    );
}

#[test]
fn a_brief_deck_replaces_the_generated_one_with_its_titles_and_notes() {
    let (brief, _) = deck();
    let spec = DeckSpec {
        slides: vec![
            SlideSpec {
                notes: Some("Say hello".to_string()),
                ..SlideSpec::new(SlideKind::Title)
            },
            SlideSpec {
                title: Some("Energy holds".to_string()),
                theme: Some("energy".to_string()),
                ..SlideSpec::new(SlideKind::Theme)
            },
            SlideSpec {
                items: vec!["f-trade-share".to_string()],
                ..SlideSpec::new(SlideKind::Figures)
            },
        ],
    };
    let deck = Deck::build(&brief, Some(&spec));
    assert_eq!(deck.len(), 3);
    assert_eq!(deck.slides[0].notes.as_deref(), Some("Say hello"));
    assert_eq!(deck.slides[1].title, "Energy holds");
    let Body::Figures { cards } = &deck.slides[2].body else {
        panic!("figures");
    };
    assert_eq!(cards.len(), 1);
}

#[test]
fn a_list_is_introduced_by_its_labels_and_each_item_keeps_its_point() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/us-iran-ceasefire.toml");
    let brief = crate::brief::load_file(&path).expect("fixture loads");
    let deck = Deck::build(&brief, None);
    let intro = deck
        .slides
        .iter()
        .find(|slide| {
            matches!(&slide.body, Body::Point { headline, .. }
                if headline.starts_with("Issues of potential disagreement"))
        })
        .expect("the intro slide");
    let Body::Point { bullets, .. } = &intro.body else {
        panic!("a point");
    };
    let labels: Vec<&str> = bullets.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(labels[..2], ["Iran's nuclear program", "Strait of Hormuz"]);
    assert!(
        labels[2].ends_with('…') && labels[2].chars().count() <= 61,
        "{}",
        labels[2]
    );
    let parts: Vec<&str> = deck
        .slides
        .iter()
        .map(|slide| slide.title.as_str())
        .filter(|title| title.starts_with("Diplomacy ("))
        .collect();
    assert_eq!(parts, ["Diplomacy (1 of 2)", "Diplomacy (2 of 2)"]);
    assert!(deck.slides.iter().any(|slide| matches!(&slide.body,
        Body::Point { headline, .. } if headline.starts_with("Iran's nuclear program: The U.S. 15-point plan"))));
}

#[test]
fn first_sentence_stops_at_a_full_stop_before_a_capital() {
    assert_eq!(
        first_sentence("US$33.4 billion. Then more."),
        "US$33.4 billion."
    );
    assert_eq!(first_sentence("No end here,"), "No end here…");
    assert_eq!(first_sentence("One only."), "One only.");
    // An abbreviation before a name does not end the sentence.
    assert_eq!(
        first_sentence("It could employ against the U.S. Homeland. More."),
        "It could employ against the U.S. Homeland."
    );
}
