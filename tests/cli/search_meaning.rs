//! `briefing search`: what a reader means (issue 10): names and aliases, British and American
//! spellings, case and accents in every script, quoted phrases, exclusions, ids in any case.

use super::*;

/// The ids `briefing search QUERY --limit 0 --json` lists, best first, on `file` (the
/// embedded brief when None).
fn search_ids(query: &str, file: Option<&str>) -> Vec<String> {
    let mut args = vec!["search", query, "--limit", "0", "--json"];
    if let Some(file) = file {
        args.extend(["--file", file]);
    }
    json(&args)
        .as_array()
        .expect("search --json prints an array")
        .iter()
        .map(|hit| hit["id"].as_str().expect("hits have ids").to_string())
        .collect()
}

fn search_fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn search_beijing_puts_china_and_the_paragraphs_saying_it_first() {
    let found = search_ids("beijing", None);
    let top: Vec<&str> = found.iter().take(3).map(String::as_str).collect();
    for id in ["china", "p2", "p9"] {
        assert!(top.contains(&id), "{id} not in the top three: {found:?}");
    }
}

#[test]
fn search_hu_lists_the_paragraphs_about_president_hu_in_the_first_ten() {
    let text = ok(&["search", "hu"]);
    let ids: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(ids.len(), 10, "the default limit: {text}");
    assert!(ids.contains(&"p1") && ids.contains(&"p3"), "{text}");
    assert!(!ids.contains(&"pos-dialogue"), "{text}");
}

#[test]
fn search_missile_defense_finds_what_missile_defence_finds() {
    let mut british = search_ids("missile defence", None);
    let mut american = search_ids("missile defense", None);
    assert_eq!(british.len(), 3, "{british:?}");
    british.sort();
    american.sort();
    assert_eq!(american, british);
}

#[test]
fn search_folds_case_in_every_script_and_accents_unless_typed() {
    let file = search_fixture("search-scripts.toml");
    let moscow = search_ids("москва", Some(&file));
    assert!(moscow.contains(&"p1".to_string()), "{moscow:?}");
    assert!(
        moscow.contains(&"russia".to_string()),
        "the alias: {moscow:?}"
    );
    // p2 spells Zürich composed, p3 decomposed (NFD), p4 Zurich without an accent.
    let mut plain = search_ids("zurich", Some(&file));
    plain.sort();
    assert_eq!(plain, ["p2", "p3", "p4"]);
    assert_eq!(search_ids("zürich", Some(&file)), ["p2", "p3"]);
    // The highlight covers the whole letter of the decomposed text.
    let hits = json(&[
        "search", "zurich", "--file", &file, "--json", "--limit", "0",
    ]);
    for hit in hits.as_array().unwrap() {
        let text: Vec<char> = hit["text"].as_str().unwrap().chars().collect();
        let marked: String = hit["positions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| text[usize::try_from(p.as_u64().unwrap()).unwrap()])
            .collect();
        let spellings = ["Zürich", "Zu\u{308}rich", "Zurich"];
        assert!(spellings.contains(&marked.as_str()), "{marked:?} in {hit}");
    }
}

#[test]
fn search_takes_a_quoted_phrase_exactly() {
    let file = search_fixture("search-scripts.toml");
    assert_eq!(search_ids("\"two words\"", Some(&file)), ["p5"]);
    let output = run(&["search", "\"words two\"", "--file", &file]);
    assert_eq!(output.status.code(), Some(1), "no such phrase");
    let mut spelled = search_ids("\"missile defense\"", Some(&file));
    spelled.sort();
    assert_eq!(spelled, ["p3", "p4"], "either spelling of the phrase");
}

#[test]
fn search_with_only_an_exclusion_lists_every_item_without_the_term() {
    let file = search_fixture("example.toml");
    let without = search_ids("!toll", Some(&file));
    let all = search_ids("!zzqqxx", Some(&file));
    assert!(!without.is_empty());
    assert!(
        !without.contains(&"p2".to_string()),
        "p2 says toll: {without:?}"
    );
    assert!(!without.contains(&"pos-toll".to_string()), "{without:?}");
    assert!(without.contains(&"p1".to_string()), "{without:?}");
    let with_toll = search_ids("'toll", Some(&file));
    assert_eq!(without.len() + with_toll.len(), all.len());
}

#[test]
fn item_ids_match_whatever_their_case() {
    assert_eq!(
        search_ids("POS-PIPELINES", None)
            .first()
            .map(String::as_str),
        Some("pos-pipelines")
    );
    let upper = json(&["get", "POS-PIPELINES", "--json"]);
    assert_eq!(upper["id"], "pos-pipelines");
    assert_eq!(ok(&["get", "P1"]), ok(&["get", "p1"]));
    assert_eq!(
        ok(&["cite", "E-HEILIGENDAMM"]),
        ok(&["cite", "e-heiligendamm"])
    );
    let output = run(&["get", "POS-PIPELINE"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("pos-pipelines"),
        "a suggestion: {}",
        stderr(&output)
    );
}
