//! Text that is not TOML or JSON, or not a brief's fields: located where the parser stops,
//! unknown and missing fields named, deep nesting refused, a deck file told it is no brief.

use std::path::Path;
use std::process::Command;

use briefing::brief::{self, load::Format};

use super::{assert_problems, base_json, base_with, check_text, position};

#[test]
fn toml_syntax_error_is_located() {
    let text = base_with("title = \"Ferry link\"", "title = \"Ferry link");
    let (path, checked) = check_text("syntax", "brief.toml", text.as_bytes());
    let (line, _) = position(&text, "title = ", 0);
    // The parser points just past the unterminated string, at the end of its line.
    assert_problems(
        &path,
        &checked,
        &[(line, "title = \"Ferry link".len() + 1, "")],
    );
    assert!(
        checked.stderr.contains("invalid basic string"),
        "{}",
        checked.stderr
    );
}

#[test]
fn unknown_field_is_named_and_located() {
    let text = base_with(
        "name = \"Sylvania\"\n",
        "name = \"Sylvania\"\ncolour = \"green\"\n",
    );
    let (path, checked) = check_text("unknown", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "colour", 0);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column,
            "unknown field `colour`, expected one of `id`, `name`",
        )],
    );
}

#[test]
fn missing_required_field_is_named_and_located_at_its_table() {
    let text = base_with("name = \"Sylvania\"\n", "");
    let (path, checked) = check_text("missing", "brief.toml", text.as_bytes());
    let (line, column) = position(&text, "[[actors]]", 1);
    assert_problems(&path, &checked, &[(line, column, "missing field `name`")]);
}

#[test]
fn json_syntax_error_is_located() {
    let json = base_json();
    let text = json.replacen("\"kind\": \"country\"", "\"kind\": \"country\",", 1);
    let (path, checked) = check_text("json-syntax", "brief.json", text.as_bytes());
    // serde_json reports the closing brace after the trailing comma.
    let (line, column) = position(&text, "\"kind\": \"country\",", 0);
    assert_problems(&path, &checked, &[(line + 1, column - 2, "trailing comma")]);
}

#[test]
fn json_unknown_field_is_located() {
    let json = base_json();
    let text = json.replacen(
        "\"kind\": \"country\"",
        "\"kind\": \"country\", \"colour\": 1",
        1,
    );
    let (path, checked) = check_text("json-unknown", "brief.json", text.as_bytes());
    let (line, column) = position(&text, "\"colour\"", 0);
    // serde_json points at the closing quote of the key.
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            column + "\"colour\"".len() - 1,
            "unknown field `colour`",
        )],
    );
}

#[test]
fn deeply_nested_input_is_an_error_not_a_crash() {
    let toml = format!("a = {}", "[".repeat(100_000));
    let json = format!("{{\"meta\": {}", "[".repeat(100_000));
    assert!(brief::load_str(&toml, Format::Toml, "deep.toml", &|_| unreachable!()).is_err());
    assert!(brief::load_str(&json, Format::Json, "deep.json", &|_| unreachable!()).is_err());
}

#[test]
fn a_deck_file_given_to_check_says_how_to_use_it() {
    let deck = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/deck-346.toml");
    let output = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("check")
        .arg(&deck)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown field `slides`"), "{stderr}");
    assert!(stderr.contains("briefing present --deck FILE"), "{stderr}");
}
