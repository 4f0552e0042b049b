//! `briefing search` on the embedded brief: results best first, JSON shaped as export,
//! sections, limits, no match.

use super::*;

#[test]
fn search_prints_the_best_match_first_with_its_id_and_section() {
    let text = ok(&["search", "pipeline"]);
    let first = text.lines().next().expect("at least one result");
    let columns: Vec<&str> = first.split_whitespace().collect();
    assert_eq!(columns[0], "pos-pipelines");
    assert_eq!(columns[1], "positions");
    assert!(first.contains("pipelines"), "{first}");
    assert!(text.lines().count() <= 10, "default limit is 10");
    assert_fits(&text, 80);
    assert_plain(&text);
}

#[test]
fn search_json_items_are_shaped_as_in_export() {
    let export = export();
    let results = json(&["search", "pipeline", "--json"]);
    let results = results.as_array().expect("search --json prints an array");
    assert!(!results.is_empty());
    let mut previous = i64::MAX;
    for result in results {
        let id = result["id"].as_str().unwrap();
        let section = result["section"].as_str().unwrap();
        let score = result["score"].as_i64().unwrap();
        assert!(score <= previous, "results are best first");
        previous = score;
        let from_export = export[section]
            .as_array()
            .unwrap()
            .iter()
            .find(|item| item["id"] == id)
            .unwrap_or_else(|| panic!("{id} not in export's {section}"));
        assert_eq!(
            &result["item"], from_export,
            "item {id} differs from export"
        );
        let text: Vec<char> = result["text"].as_str().unwrap().chars().collect();
        for position in result["positions"].as_array().unwrap() {
            assert!(position.as_u64().unwrap() < text.len() as u64);
        }
    }
    assert_eq!(results[0]["id"], "pos-pipelines");
}

#[test]
fn search_in_a_section_and_with_a_limit() {
    let results = json(&["search", "trade", "--in", "figures", "--json"]);
    let results = results.as_array().unwrap();
    assert!(!results.is_empty());
    assert!(results.iter().all(|r| r["section"] == "figures"));

    let limited = json(&["search", "trade", "--limit", "2", "--json"]);
    assert_eq!(limited.as_array().unwrap().len(), 2);
    let all = json(&["search", "trade", "--limit", "0", "--json"]);
    assert!(all.as_array().unwrap().len() > 10, "--limit 0 means all");
}

#[test]
fn themes_are_searched_like_any_item_and_by_section() {
    // A theme's own name ranks first, before the items that carry it.
    let results = json(&["search", "energy", "--json"]);
    let results = results.as_array().unwrap();
    assert_eq!(results[0]["id"], "energy");
    assert_eq!(results[0]["section"], "themes");
    assert_eq!(
        results[0]["item"],
        json(&["get", "energy", "--json"])["item"]
    );
    // --in themes (or a prefix of it) keeps to themes; a word no theme has finds nothing.
    for section in ["themes", "th", "Themes"] {
        let only = json(&["search", "milit", "--in", section, "--json"]);
        let ids: Vec<&str> = only
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["military"], "--in {section}");
    }
    let text = ok(&["search", "multilateral", "--in", "themes"]);
    assert!(text.starts_with("multilateral"), "{text}");
    assert!(text.contains("themes"), "{text}");
    let output = run(&["search", "pipeline", "--in", "themes"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("in themes"), "{}", stderr(&output));
}

#[test]
fn search_without_matches_exits_1_with_a_message() {
    let output = run(&["search", "zzqqxx"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    assert!(stderr(&output).contains("zzqqxx"), "{}", stderr(&output));

    let output = run(&["search", "zzqqxx", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let parsed: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(parsed, Value::Array(Vec::new()));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["search", "  "][..],
        &["search"],
        &["show", "nonsense"],
        &["get"],
        &["search", "x", "--in", "nowhere"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "briefing {args:?}");
        assert!(!stderr(&output).is_empty());
    }
}

#[test]
fn a_limited_search_says_on_stderr_how_many_more_there_are() {
    let all = json(&["search", "trade", "--limit", "0", "--json"])
        .as_array()
        .expect("an array")
        .len();
    assert!(all > 10, "{all} results for trade");
    let note = format!("… {} more; --limit 0 to see all {all}\n", all - 10);
    let output = run(&["search", "trade"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output).lines().count(),
        10,
        "stdout holds the results alone"
    );
    assert_eq!(stderr(&output), note);
    // JSON: stdout is the array of the ten shown, as before; the note is on stderr alike.
    let output = run(&["search", "trade", "--json"]);
    let shown: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(shown.as_array().map(Vec::len), Some(10));
    assert_eq!(stderr(&output), note);
    // Within a section, the section's count.
    let figures = json(&[
        "search", "trade", "--in", "figures", "--limit", "0", "--json",
    ])
    .as_array()
    .expect("an array")
    .len();
    let output = run(&["search", "trade", "--in", "figures", "--limit", "1"]);
    assert_eq!(
        stderr(&output),
        format!("… {} more; --limit 0 to see all {figures}\n", figures - 1)
    );
    // Nothing left out, nothing said.
    let every = all.to_string();
    for args in [
        &["search", "trade", "--limit", "0"][..],
        &["search", "trade", "--limit", &every],
        &["search", "trade", "--limit", "0", "--json"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(stderr(&output), "", "{args:?}");
    }
}
