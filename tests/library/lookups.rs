//! search, get, cite and show over a temporary library: the embedded brief and the library's
//! briefs together, ids `BRIEF/ITEM`, `--brief` narrowing, broken files skipped, and an
//! empty library printing exactly what the embedded brief alone prints.

use std::fs;

use serde_json::Value;

use super::{Library, V1, V1_ID, V2, text};

/// The id `add` gives the second version of the Taiwan brief (same series and number).
const V2_ID: &str = "crs-in-focus-if99001-2";
const EMBEDDED_ID: &str = "eai-background-brief-346";

/// A library holding both versions of the Taiwan brief, beside the embedded No. 346.
fn two_versions() -> Library {
    let library = Library::new();
    library.ok(&["add", V1, V2]);
    library
}

fn json(library: &Library, args: &[&str]) -> Value {
    serde_json::from_str(&library.ok(args)).expect("JSON")
}

/// The ids `search` printed: the first word of each line not indented (long ids put their
/// excerpt on an indented line beneath).
fn ids(lines: &str) -> Vec<&str> {
    lines
        .lines()
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| line.split_whitespace().next())
        .collect()
}

#[test]
fn an_empty_library_prints_exactly_what_the_embedded_brief_prints() {
    let library = Library::new();
    fs::create_dir_all(&library.root).expect("an empty library folder");
    let embedded = "assets/brief-346.toml";
    for args in [
        &["search", "pipeline"][..],
        &["search", "trade 2006", "--in", "figures"],
        &["get", "f-trade-2006"],
        &["cite", "E-HEILIGENDAMM"],
        &["show", "figures"],
    ] {
        let from_library = library.run(args);
        let mut with_file = args.to_vec();
        with_file.extend(["--file", embedded]);
        let from_file = library.run(&with_file);
        assert_eq!(from_library.status.code(), Some(0), "{args:?}");
        assert_eq!(
            text(&from_library.stdout),
            text(&from_file.stdout),
            "{args:?}"
        );
        assert!(from_library.stderr.is_empty(), "{args:?}");
    }
    assert!(!library.ok(&["search", "pipeline"]).contains('/'));
    // JSON adds the brief's id, and only that.
    let results = json(&library, &["search", "pipeline", "--json"]);
    assert_eq!(results[0]["id"], "pos-pipelines");
    assert_eq!(results[0]["brief"], EMBEDDED_ID);
    let unknown = library.run(&["get", "e-heilgendamm"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert_eq!(
        text(&unknown.stderr),
        "briefing: no item with id \"e-heilgendamm\"\nbriefing: did you mean e-heiligendamm?\n"
    );
}

#[test]
fn search_spans_the_library_with_qualified_ids_naming_their_brief() {
    let library = two_versions();
    let found = library.ok(&["search", "china", "--limit", "0"]);
    let ids = ids(&found);
    assert!(ids.contains(&"crs-in-focus-if99001/china"), "{found}");
    assert!(ids.contains(&"crs-in-focus-if99001-2/china"), "{found}");
    assert!(ids.contains(&"eai-background-brief-346/china"), "{found}");
    assert!(ids.iter().all(|id| id.contains('/')), "{found}");
    // The actor named exactly so ranks first; the newer version before the older on a tie.
    assert_eq!(ids[0], "crs-in-focus-if99001-2/china", "{found}");
    assert_eq!(ids[1], "crs-in-focus-if99001/china", "{found}");

    let results = json(&library, &["search", "howitzer", "--json"]);
    let first = &results[0];
    assert_eq!(first["brief"], V2_ID);
    assert_eq!(first["id"], format!("{V2_ID}/e-approval"));
    assert_eq!(first["field"], "title");
    assert_eq!(first["item"]["id"], "e-approval");
    // Each result can be given back to `get` as it is.
    for result in results.as_array().expect("results") {
        let id = result["id"].as_str().expect("an id");
        library.ok(&["get", id]);
    }
    let none = library.run(&["search", "zeppelin"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(text(&none.stderr).contains("no matches for \"zeppelin\""));
}

#[test]
fn a_limited_search_across_the_library_says_how_many_more() {
    let library = two_versions();
    let all = json(&library, &["search", "china", "--limit", "0", "--json"])
        .as_array()
        .expect("an array")
        .len();
    assert!(all > 3, "{all} results for china");
    let output = library.run(&["search", "china", "--limit", "2"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(ids(&text(&output.stdout)).len(), 2);
    assert_eq!(
        text(&output.stderr),
        format!("… {} more; --limit 0 to see all {all}\n", all - 2)
    );
    let everything = library.run(&["search", "china", "--limit", "0"]);
    assert_eq!(text(&everything.stderr), "");
}

#[test]
fn an_id_one_brief_alone_has_needs_no_brief() {
    let library = two_versions();
    let event = library.ok(&["get", "E-CANCEL"]);
    assert!(
        event.starts_with(&format!("{V2_ID}/e-cancel · timeline")),
        "{event}"
    );
    assert!(
        event.contains("Taiwan: Arms Sales (CRS In Focus IF99001, 20 Jun 2021)"),
        "{event}"
    );
    let figure = library.ok(&["get", "f-trade-2006"]);
    assert!(
        figure.starts_with(&format!("{EMBEDDED_ID}/f-trade-2006 · figures")),
        "{figure}"
    );
    let found = json(&library, &["get", "e-cancel", "--json"]);
    assert_eq!(found["id"], format!("{V2_ID}/e-cancel"));
    assert_eq!(found["brief"], V2_ID);
    assert_eq!(found["item"]["id"], "e-cancel");
}

#[test]
fn an_id_several_briefs_have_lists_them_qualified() {
    let library = two_versions();
    let output = library.run(&["get", "e-approval"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let listed = text(&output.stderr);
    assert!(
        listed.starts_with("briefing: \"e-approval\" is an item of 2 briefs"),
        "{listed}"
    );
    let newer = listed.find(&format!("{V2_ID}/e-approval"));
    let older = listed.find(&format!("{V1_ID}/e-approval "));
    assert!(
        newer.is_some() && older.is_some() && newer < older,
        "{listed}"
    );
    assert!(listed.contains("(20 Jun 2021)"), "{listed}");
    assert_eq!(library.run(&["cite", "e-approval"]).status.code(), Some(1));
    // Qualified, it is found, whatever the case of either part.
    let event = library.ok(&["get", &format!("{V1_ID}/E-Approval")]);
    assert!(event.starts_with(&format!("{V1_ID}/e-approval")), "{event}");
    let unknown = library.run(&["get", &format!("{V1_ID}/e-cancel")]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        text(&unknown.stderr).contains(&format!("no item with id \"e-cancel\" in {V1_ID}")),
        "{}",
        text(&unknown.stderr)
    );
}

#[test]
fn cite_names_the_brief_the_item_comes_from() {
    let library = two_versions();
    let newer = library.ok(&["cite", &format!("{V2_ID}/f-sales-2020")]);
    assert!(newer.contains("20 June 2021"), "{newer}");
    assert!(!newer.contains("15 March 2021"), "{newer}");
    let older = library.ok(&["cite", &format!("{V1_ID}/f-sales-2020")]);
    assert!(older.contains("15 March 2021"), "{older}");
    let embedded = library.ok(&["cite", "e-heiligendamm"]);
    assert!(
        embedded.contains("China-Russia Relations") && embedded.contains("No. 346"),
        "{embedded}"
    );
    let cited = json(&library, &["cite", "e-cancel", "--json"]);
    assert_eq!(cited["id"], format!("{V2_ID}/e-cancel"));
    assert_eq!(cited["brief"], V2_ID);
    assert_eq!(cited["published"], "2021-06-20");
}

#[test]
fn brief_narrows_a_lookup_to_one_brief_with_plain_ids() {
    let library = two_versions();
    let found = library.ok(&["search", "howitzer", "--brief", V1_ID]);
    assert_eq!(ids(&found)[0], "e-approval", "{found}");
    assert!(!found.contains('/'), "{found}");
    // One brief: its search is the fuzzy one, scattered letters included.
    let scattered = library.ok(&["search", "hwtzr", "--brief", V1_ID]);
    assert_eq!(ids(&scattered).first(), Some(&"e-approval"), "{scattered}");
    let event = library.ok(&["get", "e-approval", "--brief", V1_ID]);
    assert!(event.starts_with("e-approval · timeline"), "{event}");
    let figures = library.ok(&["show", "figures", "--brief", EMBEDDED_ID]);
    assert!(figures.contains("f-trade-2006") && !figures.contains("f-sales-2020"));

    let unknown = library.run(&["search", "howitzer", "--brief", "crs-in-focus-if9900"]);
    assert_eq!(unknown.status.code(), Some(1));
    let message = text(&unknown.stderr);
    assert!(
        message.contains("no brief with id \"crs-in-focus-if9900\" in the library"),
        "{message}"
    );
    assert!(
        message.contains(&format!("did you mean one of: {V1_ID}")),
        "{message}"
    );
    let both = library.run(&["get", "p1", "--brief", V1_ID, "--file", V1]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn a_broken_file_is_skipped_with_one_note() {
    let library = two_versions();
    fs::write(library.root.join("broken.toml"), "[meta]\ntitle = 3\n").expect("write");
    let output = library.run(&["search", "howitzer"]);
    assert_eq!(output.status.code(), Some(0));
    let notes = text(&output.stderr);
    assert_eq!(notes.lines().count(), 1, "{notes}");
    assert!(
        notes.contains("note: skipped 1 file of the library that does not load (broken.toml)"),
        "{notes}"
    );
    assert!(text(&output.stdout).contains(&format!("{V2_ID}/e-approval")));
    library.ok(&["get", "e-cancel"]);
    let named = library.run(&["get", "p1", "--brief", "broken"]);
    assert_eq!(named.status.code(), Some(2));
    assert!(text(&named.stderr).contains("broken.toml:2:"));
}

#[test]
fn lookups_work_from_the_files_when_the_index_cannot_be_written() {
    let library = two_versions();
    let index = library.root.join(".index.sqlite");
    fs::remove_file(&index).expect("delete the index");
    fs::create_dir(&index).expect("a folder in the index's place");
    assert!(
        library
            .ok(&["search", "howitzer"])
            .contains(&format!("{V2_ID}/e-approval"))
    );
    assert!(library.ok(&["cite", "e-cancel"]).contains("20 June 2021"));
}

#[test]
fn show_merges_the_briefs_as_the_all_briefs_scope_does() {
    let library = two_versions();
    let timeline = library.ok(&["show", "timeline"]);
    let heiligendamm = timeline.find(&format!("{EMBEDDED_ID}/e-heiligendamm"));
    let cancel = timeline.find(&format!("{V2_ID}/e-cancel"));
    assert!(
        heiligendamm.is_some() && heiligendamm < cancel,
        "{timeline}"
    );
    let figures = json(&library, &["show", "figures", "--json"]);
    let ids: Vec<&str> = figures
        .as_array()
        .expect("figures")
        .iter()
        .filter_map(|figure| figure["id"].as_str())
        .collect();
    assert!(
        ids.contains(&"eai-background-brief-346/f-trade-2006"),
        "{ids:?}"
    );
    assert!(
        ids.contains(&"crs-in-focus-if99001-2/f-sales-2020"),
        "{ids:?}"
    );
}

#[test]
fn list_is_newest_first_with_the_built_in_brief_and_an_id_column_no_wider_than_its_ids() {
    let library = two_versions();
    let listed = library.ok(&["list"]);
    let order: Vec<&str> = listed
        .lines()
        .skip(1)
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert_eq!(order, [V2_ID, V1_ID, EMBEDDED_ID], "{listed}");
    assert!(
        listed.contains("built in · EAI Background Brief 346"),
        "{listed}"
    );
    let longest = EMBEDDED_ID.len();
    assert_eq!(
        listed.lines().next(),
        Some(format!("{:<w$}PUBLISHED    BRIEF", "ID", w = longest + 2).as_str())
    );
    let json = library.list_json();
    assert_eq!(json["briefs"][0]["id"], V2_ID);
    assert_eq!(json["embedded"]["id"], EMBEDDED_ID);
}

#[test]
fn every_lookup_explains_brief_in_its_help() {
    let library = Library::new();
    for command in ["search", "show", "get", "cite"] {
        let help = library.ok(&[command, "--help"]);
        assert!(help.contains("--brief <ID>"), "{command}: {help}");
        assert!(help.contains(" --brief "), "{command}: no example\n{help}");
    }
}
