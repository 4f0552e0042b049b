//! Briefs that parse but are wrong: undefined references, duplicate ids, impossible dates,
//! quotes and hedges the source does not say, control characters; each problem located at
//! its field, all of a file's at once, in TOML, in JSON and through the library.

use briefing::brief::load::Format;
use briefing::brief::{self, BriefError};

use super::{BASE, assert_problems, base_json, base_with, check_text, position};

#[test]
fn undefined_actor_is_located_at_the_reference() {
    let text = base_with(
        "actors = [\"freedonia\", \"sylvania\"]",
        "actors = [\"freedonia\", \"atlantis\"]",
    );
    let (path, checked) = check_text("actor", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "actors = [\"freedonia\", \"atlantis\"]", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "timeline event \"e-signing\": actor \"atlantis\" is not defined in [[actors]]",
        )],
    );
}

#[test]
fn undefined_theme_is_located_at_the_reference() {
    let text = base_with(
        "summary = \"Opposes a toll\"\nthemes = [\"transport\"]",
        "summary = \"Opposes a toll\"\nthemes = [\"tolls\"]",
    );
    let (path, checked) = check_text("theme", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "themes = [\"tolls\"]", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "position \"pos-toll\": theme \"tolls\" is not defined in [[themes]]",
        )],
    );
}

#[test]
fn duplicate_id_is_located_at_its_second_definition() {
    let text = base_with(
        "[[themes]]\n",
        "[[themes]]\nid = \"sylvania\"\nname = \"Sylvania's concerns\"\n\n[[themes]]\n",
    );
    let (path, checked) = check_text("duplicate", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "id = \"sylvania\"", 1);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "theme id \"sylvania\" is already used by an actor; ids must be unique across the brief",
        )],
    );
}

#[test]
fn invalid_date_is_located_with_the_reason() {
    let text = base_with("date = \"2025-02-14\"", "date = \"2025-02-30\"");
    let (path, checked) = check_text("date", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "\"2025-02-30\"", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "invalid date \"2025-02-30\": day \"30\" must be 01 to 28 in February 2025",
        )],
    );
}

#[test]
fn quote_not_in_source_names_the_item_and_shows_the_quote() {
    let text = base_with(
        "quote = \"Sylvania opposes a toll.\"",
        "quote = \"Sylvania supports a toll.\"",
    );
    let (path, checked) = check_text("quote", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "quote = \"Sylvania supports", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "position \"pos-toll\": quote not found in the source text: \"Sylvania supports a toll.\"",
        )],
    );
}

#[test]
fn control_characters_are_refused_with_their_location() {
    let text = base_with(
        "title = \"Ferry link\"",
        "title = \"Ferry\\u001b[31m link\"",
    );
    let (path, checked) = check_text("control-meta", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "title = ", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "meta.title: control character U+001B at line 1 column 6 of this text; only newline and tab are allowed",
        )],
    );

    let text = base_with(
        "name = \"Sylvania\"\n",
        "name = \"Sylvania\"\naliases = [\"Sylv\\u0007\"]\n",
    );
    let (path, checked) = check_text("control-item", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "aliases", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "actors[1].aliases[0] of \"sylvania\": control character U+0007",
        )],
    );
}

#[test]
fn every_problem_of_a_file_is_reported_at_once() {
    let text = BASE
        .replacen("title = \"Ferry link\"", "title = \"Ferry\\u009b link\"", 1)
        .replacen(
            "\"freedonia\", \"sylvania\"]",
            "\"freedonia\", \"atlantis\"]",
            1,
        )
        .replacen(
            "summary = \"Opposes a toll\"\nthemes = [\"transport\"]",
            "summary = \"Opposes a toll\"\nthemes = [\"tolls\"]",
            1,
        )
        .replacen(
            "[[themes]]\n",
            "[[themes]]\nid = \"freedonia\"\nname = \"Freedonia plans\"\n\n[[themes]]\n",
            1,
        )
        .replacen(
            "quote = \"Sylvania opposes a toll.\"",
            "quote = \"Sylvania supports a toll.\"",
            1,
        );
    let (path, checked) = check_text("several", "brief.toml", text.as_bytes());
    let title = position(&text, "title = ", 0);
    let duplicate = position(&text, "id = \"freedonia\"", 1);
    let actor = position(&text, "\"atlantis\"]", 0);
    let theme = position(&text, "themes = [\"tolls\"]", 0);
    let quote = position(&text, "quote = \"Sylvania supports", 0);
    assert_problems(
        &path,
        &checked,
        &[
            (title.0, 1, "meta.title: control character U+009B"),
            (
                duplicate.0,
                1,
                "theme id \"freedonia\" is already used by an actor",
            ),
            (actor.0, 1, "actor \"atlantis\" is not defined"),
            (theme.0, 1, "theme \"tolls\" is not defined"),
            (
                quote.0,
                1,
                "quote not found in the source text: \"Sylvania supports a toll.\"",
            ),
        ],
    );
}

#[test]
fn json_validation_problems_are_located_at_the_field() {
    let json = base_json();
    let text = json.replacen("\"sylvania\"\n      ],", "\"atlantis\"\n      ],", 1);
    assert_ne!(
        text, json,
        "the event's actors list is where the test expects it"
    );
    let (path, checked) = check_text("json-actor", "brief.json", text.as_bytes());
    let (line, column) = position(
        &text,
        "\"actors\": [\n        \"freedonia\",\n        \"atlantis\"",
        0,
    );
    assert_problems(
        &path,
        &checked,
        &[(line, column, "actor \"atlantis\" is not defined")],
    );
}

#[test]
fn the_library_reports_problems_with_line_and_column() {
    let text = base_with(
        "actors = [\"freedonia\", \"sylvania\"]",
        "actors = [\"freedonia\", \"atlantis\"]",
    );
    let error = brief::load_str(&text, Format::Toml, "mem.toml", &|_| unreachable!())
        .expect_err("an undefined actor");
    let BriefError::Invalid { file, problems } = &error else {
        panic!("expected Invalid, got {error:?}");
    };
    assert_eq!(file, "mem.toml");
    assert_eq!(problems.len(), 1);
    let (line, column) = position(&text, "actors = [\"freedonia\", \"atlantis\"]", 0);
    assert_eq!(
        (problems[0].line, problems[0].column),
        (Some(line), Some(column))
    );
    assert_eq!(
        error.lines(),
        [format!(
            "mem.toml:{line}:{column}: timeline event \"e-signing\": actor \"atlantis\" is not defined in [[actors]]"
        )]
    );
}

#[test]
fn problems_of_an_item_with_a_duplicate_id_point_at_that_item() {
    // The position takes the event's id; its own problems must not point at the event.
    let text = BASE
        .replacen("id = \"pos-toll\"", "id = \"e-signing\"", 1)
        .replacen(
            "summary = \"Opposes a toll\"\nthemes = [\"transport\"]",
            "summary = \"Opposes a toll\"\nthemes = [\"tolls\"]",
            1,
        )
        .replacen("Opposes a toll\"", "Opposes a \\u001b toll\"", 1);
    let (path, checked) = check_text("duplicate-item", "brief.toml", text.as_bytes());
    let duplicate = position(&text, "id = \"e-signing\"", 1);
    let summary = position(&text, "summary = \"Opposes", 0);
    let theme = position(&text, "themes = [\"tolls\"]", 0);
    assert_problems(
        &path,
        &checked,
        &[
            (
                summary.0,
                1,
                "positions[0].summary of \"e-signing\": control character U+001B",
            ),
            (
                duplicate.0,
                1,
                "position id \"e-signing\" is already used by a timeline event",
            ),
            (
                theme.0,
                1,
                "position \"e-signing\": theme \"tolls\" is not defined",
            ),
        ],
    );
}

#[test]
fn hedge_must_be_words_of_the_quote() {
    let figure = "\n[[figures]]\nid = \"f-ferries\"\nlabel = \"Ferries\"\nvalue = 14\nunit = \"ferries\"\nhedge = \"more than\"\nquote = \"14 February 2025\"\n";
    let text = format!("{BASE}{figure}");
    let (path, checked) = check_text("hedge", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "hedge = ", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "figure \"f-ferries\": hedge \"more than\" is not in the quote; use the text's own words",
        )],
    );
}
