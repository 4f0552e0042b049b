//! The examples as tests: on the shipped brief where it has the case, else on small
//! briefs built here. Each ranking rule of [`super::rank`] is shown on whole items.

use std::fmt::Write;

use super::*;
use crate::brief::load::Format;
use crate::brief::{Brief, load_embedded, load_str};

fn index() -> (Brief, SearchIndex) {
    let brief = load_embedded().unwrap();
    let index = SearchIndex::new(&brief);
    (brief, index)
}

fn ids(brief: &Brief, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|hit| brief.id_of(hit.item).unwrap().to_string())
        .collect()
}

/// A brief of paragraphs (id, text) and actors (id, name, aliases) with `source` as its text.
fn small_brief(paragraphs: &[(&str, &str)], actors: &[(&str, &str, &[&str])]) -> Brief {
    let mut toml = String::from("[meta]\ntitle = \"T\"\npublished = \"2020-01-01\"\n");
    let source: Vec<&str> = paragraphs.iter().map(|(_, text)| *text).collect();
    let quoted = |text: &str| toml::Value::from(text).to_string();
    writeln!(toml, "source = {}", quoted(&source.join("\n\n"))).unwrap();
    for (id, text) in paragraphs {
        writeln!(toml, "[[summary]]\nid = {id:?}\ntext = {}", quoted(text)).unwrap();
    }
    for (id, name, aliases) in actors {
        writeln!(
            toml,
            "[[actors]]\nid = {id:?}\nname = {name:?}\nkind = \"country\"\naliases = {aliases:?}"
        )
        .unwrap();
    }
    load_str(&toml, Format::Toml, "test", &|_| unreachable!()).unwrap()
}

fn search(brief: &Brief, query: &str) -> Vec<String> {
    ids(brief, &SearchIndex::new(brief).search(query))
}

fn rank_of(found: &[String], id: &str) -> usize {
    found.iter().position(|f| f == id).unwrap_or(usize::MAX)
}

#[test]
fn beijing_finds_china_and_the_paragraphs_saying_it_first() {
    let (brief, index) = index();
    let found = ids(&brief, &index.search("beijing"));
    let top: Vec<&str> = found.iter().take(3).map(String::as_str).collect();
    for id in ["china", "p2", "p9"] {
        assert!(top.contains(&id), "{id} not in the top three: {found:?}");
    }
    // Items that only involve China come after every item that says "Beijing" itself.
    let hits = index.search("beijing");
    let last_own = hits
        .iter()
        .rposition(|h| rank::tier_of(h.score) == rank::Tier::Own)
        .unwrap();
    let first_linked = hits
        .iter()
        .position(|h| rank::tier_of(h.score) == rank::Tier::Linked)
        .unwrap();
    assert!(last_own < first_linked, "{found:?}");
    assert_eq!(hits[first_linked].field, Field::Alias);
    assert!(
        first_linked >= 5,
        "China, p2, p9 and two quotes say Beijing: {found:?}"
    );
}

#[test]
fn hu_ranks_every_item_with_the_word_above_scattered_letters() {
    let (brief, index) = index();
    let hits = index.search("hu");
    let found = ids(&brief, &hits);
    let top: Vec<&str> = found.iter().take(10).map(String::as_str).collect();
    assert!(top.contains(&"p1") && top.contains(&"p3"), "{found:?}");
    assert!(!top.contains(&"pos-dialogue"), "{found:?}");
    let word = |hit: &Hit| {
        let text = crate::search::fold::fold_str(&hit.text, crate::search::fold::Folding::LOOSE);
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "hu")
    };
    let last_word = hits
        .iter()
        .rposition(|hit| word(hit) && hit.field != Field::Actor)
        .unwrap();
    let first_scattered = hits
        .iter()
        .position(|h| rank::tier_of(h.score) == rank::Tier::Scattered);
    assert!(first_scattered.is_none_or(|s| s > last_word), "{found:?}");
}

#[test]
fn own_words_rank_above_scattered_letters() {
    let brief = small_brief(
        &[
            ("scattered", "Talks in Beijjing ended."),
            ("own", "Talks in Beijing ended."),
        ],
        &[("china", "China", &["Beijing"])],
    );
    let found = search(&brief, "beijing");
    assert_eq!(found[0], "china", "{found:?}");
    assert!(
        rank_of(&found, "own") < rank_of(&found, "scattered"),
        "{found:?}"
    );
}

#[test]
fn a_whole_word_outranks_part_of_a_word() {
    let brief = small_brief(
        &[
            ("part", "Humanitarian aid arrived."),
            ("whole", "President Hu arrived."),
        ],
        &[],
    );
    assert_eq!(search(&brief, "hu"), ["whole", "part"]);
}

#[test]
fn a_short_field_wholly_matched_outranks_a_long_one() {
    let brief = small_brief(
        &[(
            "long",
            "The summit in the capital of the country was long and very tiring for all.",
        )],
        &[("summit", "Summit", &[])],
    );
    assert_eq!(search(&brief, "summit"), ["summit", "long"]);
}

#[test]
fn ties_keep_document_order() {
    let brief = small_brief(&[("a", "Oil."), ("b", "Oil."), ("c", "Oil.")], &[]);
    assert_eq!(search(&brief, "oil"), ["a", "b", "c"]);
    let (_, index) = index();
    let hits = index.search("trade");
    assert!(hits.len() > 3);
    for pair in hits.windows(2) {
        assert!(pair[0].score >= pair[1].score);
        if pair[0].score == pair[1].score {
            assert!(pair[0].item < pair[1].item, "{pair:?}");
        }
    }
}

#[test]
fn case_folds_in_every_script() {
    let brief = small_brief(
        &[
            ("moscow", "Talks in Москва went on."),
            ("other", "Talks in Paris."),
        ],
        &[],
    );
    assert_eq!(search(&brief, "москва"), ["moscow"]);
    assert_eq!(
        search(&brief, "МОСКВА"),
        Vec::<String>::new(),
        "capitals match exactly"
    );
    let hits = SearchIndex::new(&brief).search("москва");
    assert_eq!(hits[0].positions, (9..15).collect::<Vec<_>>());
}

#[test]
fn accents_fold_unless_the_query_has_one() {
    let brief = small_brief(
        &[
            ("composed", "Talks in Zürich."),
            ("decomposed", "Talks in Zu\u{308}rich."),
            ("plain", "Zurich airport."),
        ],
        &[],
    );
    assert_eq!(
        search(&brief, "zurich"),
        ["composed", "decomposed", "plain"]
    );
    assert_eq!(search(&brief, "zürich"), ["composed", "decomposed"]);
    let index = SearchIndex::new(&brief);
    let hits = index.search("zurich");
    let chars = |hit: &Hit| -> String {
        let chars: Vec<char> = hit.text.chars().collect();
        hit.positions.iter().map(|&p| chars[p]).collect()
    };
    assert_eq!(chars(&hits[0]), "Zürich");
    assert_eq!(
        chars(&hits[1]),
        "Zu\u{308}rich",
        "the mark is highlighted with its letter"
    );
}

#[test]
fn british_and_american_spellings_find_the_same_items() {
    let (brief, index) = index();
    let mut british = ids(&brief, &index.search("missile defence"));
    let mut american = ids(&brief, &index.search("missile defense"));
    assert_eq!(british.len(), 3, "{british:?}");
    british.sort();
    american.sort();
    assert_eq!(american, british);
    let modernize = ids(&brief, &index.search("modernize"));
    assert!(modernize.contains(&"p7".to_string()), "{modernize:?}");
}

#[test]
fn a_quoted_phrase_matches_exactly() {
    let (brief, index) = index();
    let found = ids(&brief, &index.search("\"missile defence system\""));
    assert!(found.contains(&"p2".to_string()), "{found:?}");
    assert!(index.search("\"defence missile\"").is_empty());
    let hits = index.search("\"two leaders\"");
    assert_eq!(ids(&brief, &hits)[0], "p2");
    let chars: Vec<char> = hits[0].text.chars().collect();
    let matched: String = hits[0].positions.iter().map(|&p| chars[p]).collect();
    assert_eq!(matched, "two leaders");
}

#[test]
fn only_exclusions_list_every_item_without_them() {
    let (brief, index) = index();
    let without = index.search("!china");
    assert!(!without.is_empty());
    assert!(without.len() < index.len());
    let with = index.search("'china");
    assert_eq!(without.len() + with.len(), index.len());
    assert!(
        without.windows(2).all(|w| w[0].item < w[1].item),
        "document order"
    );
    assert!(!ids(&brief, &without).contains(&"china".to_string()));
    assert!(without.iter().all(|hit| hit.positions.is_empty()));
}

#[test]
fn ids_match_whatever_their_case() {
    let (brief, index) = index();
    let found = ids(&brief, &index.search("POS-PIPELINES"));
    assert_eq!(found.first().map(String::as_str), Some("pos-pipelines"));
    let found = ids(&brief, &index.search("P1"));
    assert_eq!(found.first().map(String::as_str), Some("p1"));
}
#[test]
fn empty_and_blank_queries_match_nothing() {
    let (_, index) = index();
    assert!(index.search("").is_empty());
    assert!(index.search("   ").is_empty());
}

#[test]
fn no_match_returns_no_hits() {
    let (_, index) = index();
    assert!(index.search("zzzqqq").is_empty());
}

#[test]
fn pipeline_finds_the_pipeline_position_first() {
    let (brief, index) = index();
    let hits = index.search("pipeline");
    assert_eq!(
        ids(&brief, &hits).first().map(String::as_str),
        Some("pos-pipelines")
    );
    let found = ids(&brief, &hits);
    assert!(found.contains(&"p6".to_string()), "{found:?}");
    // One hit per item.
    let mut unique = found.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), found.len());
}

#[test]
fn hits_are_ranked_best_first_with_ties_in_document_order() {
    let (_, index) = index();
    let hits = index.search("trade");
    assert!(hits.len() > 3);
    for pair in hits.windows(2) {
        assert!(pair[0].score >= pair[1].score);
        if pair[0].score == pair[1].score {
            assert!(pair[0].item < pair[1].item, "{pair:?}");
        }
    }
}

#[test]
fn positions_point_at_the_matched_characters() {
    let (_, index) = index();
    for hit in index.search("putin") {
        let chars: Vec<char> = hit.text.chars().collect();
        let matched: String = hit.positions.iter().map(|&i| chars[i]).collect();
        assert_eq!(matched.to_lowercase(), "putin", "{hit:?}");
    }
}

#[test]
fn aliases_find_their_actor() {
    let (brief, index) = index();
    let hits = index.search("'Washington");
    let found = ids(&brief, &hits);
    assert!(found.contains(&"us".to_string()), "{found:?}");
    let us = hits
        .iter()
        .find(|hit| brief.id_of(hit.item) == Some("us"))
        .unwrap();
    assert_eq!(us.field, Field::Alias);
}

#[test]
fn all_terms_must_match() {
    let (brief, index) = index();
    let both = ids(&brief, &index.search("trade 2006"));
    assert!(both.contains(&"f-trade-2006".to_string()), "{both:?}");
    assert!(!both.contains(&"f-trade-1992".to_string()), "{both:?}");
}

#[test]
fn exclusion_removes_items() {
    let (brief, index) = index();
    let with = ids(&brief, &index.search("'trade"));
    let without = ids(&brief, &index.search("'trade !1992"));
    assert!(with.contains(&"f-trade-1992".to_string()));
    assert!(!without.contains(&"f-trade-1992".to_string()));
    assert!(without.contains(&"f-trade-2006".to_string()));
}

#[test]
fn exact_prefix_and_suffix_terms() {
    let (brief, index) = index();
    // Fuzzy "vto" matches "veto" loosely; exact does not.
    assert!(!index.search("vto").is_empty());
    assert!(index.search("'vto").is_empty());
    let prefix = ids(&brief, &index.search("^Nonetheless"));
    assert_eq!(prefix, ["p6", "pos-energy-cooperation"]);
    let suffix = ids(&brief, &index.search("peaceful means.$"));
    assert!(suffix.contains(&"p9".to_string()), "{suffix:?}");
    assert!(!suffix.contains(&"p1".to_string()));
}

#[test]
fn smart_case_is_exact_only_with_capitals() {
    let (_, index) = index();
    assert!(!index.search("'beijing").is_empty());
    assert!(index.search("'BEIJING").is_empty());
}

#[test]
fn search_top_returns_the_head_of_search() {
    let (_, index) = index();
    let all = index.search("china");
    let top = index.search_top("china", 3);
    assert_eq!(top, all[..3]);
}

#[test]
fn letters_strewn_across_a_sentence_do_not_match() {
    let (brief, index) = index();
    let pipeline = ids(&brief, &index.search("pipeline"));
    // p1 holds p-i-p-e-l-i-n-e only spread over "President Vladimir Putin at the sidelines".
    assert!(!pipeline.contains(&"p1".to_string()), "{pipeline:?}");
    let putin = ids(&brief, &index.search("putin"));
    assert!(!putin.contains(&"cnpc".to_string()), "{putin:?}");
    let veto = ids(&brief, &index.search("veto"));
    assert!(!veto.contains(&"pos-dialogue".to_string()), "{veto:?}");
    // The bound holds for case-sensitive terms too.
    let capital = ids(&brief, &index.search("Putin"));
    assert!(capital.contains(&"putin".to_string()), "{capital:?}");
    assert!(!capital.contains(&"cnpc".to_string()), "{capital:?}");
    // Abbreviations and typos within a short stretch still match.
    let abbreviated = ids(&brief, &index.search("mdef"));
    assert!(
        abbreviated.contains(&"pos-missile-defence".to_string()),
        "{abbreviated:?}"
    );
    let typo = ids(&brief, &index.search("pipline"));
    assert!(typo.contains(&"pos-pipelines".to_string()), "{typo:?}");
}
