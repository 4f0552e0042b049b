//! `briefing diff` on two hand-made versions of one report: a figure revised, an event
//! removed, an event added; by file and by library id, text and JSON.

use serde_json::Value;

use super::{Library, V1, V1_ID, V2, text};

#[test]
fn a_second_version_gets_a_suffix_and_diff_takes_ids() {
    let library = Library::new();
    library.ok(&["add", V1, V2]);
    // Newest first: the second version is dated later.
    assert_eq!(library.ids(), ["crs-in-focus-if99001-2", V1_ID]);
    let out = library.ok(&["diff", V1_ID, "crs-in-focus-if99001-2"]);
    assert!(
        out.contains("3 changes: 1 added, 1 removed, 1 changed"),
        "{out}"
    );
    assert!(
        out.contains("value: US$5.1 billion → US$5.8 billion"),
        "{out}"
    );
}

#[test]
fn diff_finds_exactly_the_revised_figure_the_added_and_the_removed_event() {
    let library = Library::new();
    let json: Value = serde_json::from_str(&library.ok(&["diff", V1, V2, "--json"])).expect("JSON");
    let changes = json["changes"].as_array().expect("changes");
    let summary: Vec<(String, String, String)> = changes
        .iter()
        .map(|change| {
            let side = if change["new"].is_null() {
                "old"
            } else {
                "new"
            };
            (
                change["kind"].as_str().unwrap_or_default().to_string(),
                change["section"].as_str().unwrap_or_default().to_string(),
                change[side]["id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let expected = [
        ("removed", "timeline", "e-notified"),
        ("added", "timeline", "e-cancel"),
        ("changed", "figures", "f-sales-2020"),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(summary, expected);
    let figure = &changes[2];
    assert_eq!(figure["fields"][0]["field"], "value");
    assert_eq!(figure["fields"][0]["old"], "US$5.1 billion");
    assert_eq!(figure["fields"][0]["new"], "US$5.8 billion");
    assert!(
        figure["old"]["quote"]
            .as_str()
            .is_some_and(|q| q.contains("US$5.1"))
    );
    assert!(
        figure["new"]["quote"]
            .as_str()
            .is_some_and(|q| q.contains("US$5.8"))
    );
    assert_eq!(json["meta"][0]["field"], "published");
}

#[test]
fn a_brief_compared_with_itself_has_no_changes_and_an_unknown_id_is_named() {
    let library = Library::new();
    let same = library.ok(&["diff", V1, V1]);
    assert!(
        same.contains("no changes to events, figures, positions or actors"),
        "{same}"
    );
    let output = library.run(&["diff", V1, "nowhere"]);
    assert_eq!(output.status.code(), Some(2));
    let error = text(&output.stderr);
    // The name once, the reason once.
    assert!(
        error.contains("nowhere: neither a file nor a brief id in the library ("),
        "{error}"
    );
    assert_eq!(error.matches("nowhere").count(), 1, "{error}");
    // With --json the error is JSON on stdout too.
    let output = library.run(&["diff", V1, "nowhere", "--json"]);
    assert_eq!(output.status.code(), Some(2));
    let json: Value = serde_json::from_str(&text(&output.stdout)).expect("JSON on stdout");
    assert!(
        json["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("nowhere: neither a file")),
        "{json}"
    );
    assert_eq!(json["exit"], 2);
}

#[test]
fn the_text_and_the_typeset_edition_of_a_report_differ_only_in_typography() {
    // The same brief, its quotes and titles typeset as a PDF has them: curly quotes, en
    // dashes, a ligature, a non-breaking space.
    let library = Library::new();
    let plain = std::fs::read_to_string(V1).expect("the fixture");
    let typeset = plain
        .replace("Taiwan's self-defense", "Taiwan’s self–defense")
        .replace("U.S. arms sales", "U.S.\u{a0}arms sales")
        .replace("was notified", "was notiﬁed");
    assert_ne!(plain, typeset, "the fixture has something to typeset");
    let folder = tempfile::tempdir().expect("a folder");
    let typeset_file = folder.path().join("typeset.toml");
    std::fs::write(&typeset_file, &typeset).expect("write");
    let out = library.ok(&["diff", V1, typeset_file.to_str().expect("UTF-8")]);
    assert!(
        out.contains("no changes to events, figures, positions or actors"),
        "{out}"
    );
    assert!(out.contains("differ only in typography"), "{out}");
    let json: Value = serde_json::from_str(&library.ok(&[
        "diff",
        V1,
        typeset_file.to_str().expect("UTF-8"),
        "--json",
    ]))
    .expect("JSON");
    assert!(
        json["typographic"].as_u64().is_some_and(|n| n > 0),
        "{json}"
    );
    assert_eq!(json["changes"].as_array().map(Vec::len), Some(0));
}
