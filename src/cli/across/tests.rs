//! Ranking across the library: the rules one brief's search uses for literal matches.

use super::*;
use crate::library::join_parts;

fn row(text: &[(Part, &str)]) -> ItemRow {
    ItemRow {
        item: "x".into(),
        section: Section::Timeline,
        position: 0,
        title: String::new(),
        date: None,
        text: join_parts(text.iter().copied()),
    }
}

fn scored(query: &str, text: &[(Part, &str)]) -> Option<i64> {
    score(&Terms::of(&Query::parse(query)), &row(text)).map(|(score, _)| score)
}

#[test]
fn a_word_in_a_title_beats_the_same_word_in_a_quote_and_a_linked_name() {
    let title = scored("pipeline", &[(Part::Title, "Oil pipeline opened")]);
    let quote = scored(
        "pipeline",
        &[
            (Part::Title, "Leaders meet"),
            (
                Part::Quote,
                "they spoke of the pipeline at length, and of much else too",
            ),
        ],
    );
    let linked = scored(
        "beijing",
        &[(Part::Title, "Talks"), (Part::LinkedAlias, "Beijing")],
    );
    let own = scored("beijing", &[(Part::Title, "Talks in Beijing")]);
    assert!(title > quote, "{title:?} {quote:?}");
    assert!(own > linked, "{own:?} {linked:?}");
}

#[test]
fn a_whole_word_beats_the_start_of_one_and_inside_a_word_is_no_match() {
    let whole = scored("arms", &[(Part::Title, "Arms sales")]);
    let start = scored("arms", &[(Part::Title, "Armstrong visits")]);
    assert!(whole > start && start.is_some());
    assert_eq!(scored("rms", &[(Part::Title, "Arms sales")]), None);
    // An exact term may sit inside a word, as fzf's 'term.
    assert!(scored("'rms", &[(Part::Title, "Arms sales")]).is_some());
}

#[test]
fn every_term_must_match_and_an_excluded_term_drops_the_item() {
    let text = [(Part::Title, "Gas pipeline"), (Part::Quote, "a toll road")];
    assert!(scored("gas pipe", &text).is_some());
    assert_eq!(scored("gas oil", &text), None);
    assert_eq!(scored("gas !toll", &text), None);
    assert!(scored("^gas", &text).is_some() && scored("^pipe", &text).is_none());
    assert!(scored("road$", &text).is_some());
}

#[test]
fn accents_and_case_are_ignored_and_positions_point_into_the_original() {
    let terms = Terms::of(&Query::parse("zurich"));
    let item = row(&[(Part::Title, "Talks in Zürich")]);
    let (score, part) = score(&terms, &item).expect("a match");
    let found = hit(&terms, "b", &item, score, part);
    assert_eq!(found.field, Field::Title);
    assert_eq!(found.positions, (9..15).collect::<Vec<_>>());
    assert_eq!(found.text, "Talks in Zürich");
}

#[test]
fn the_index_is_asked_for_prefixes_and_excludes_negated_terms() {
    let asked = text_query(&Query::parse("pipe !toll"));
    assert_eq!(asked.required.len(), 1);
    assert!(asked.required[0].iter().all(|term| term.prefix));
    assert_eq!(asked.excluded[0].text, "toll");
}
