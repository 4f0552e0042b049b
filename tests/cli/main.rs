//! The lookups run as a real process: stdout, stderr and exit status, in text and JSON.
//! One module a command or concern: `search.rs` (and `search_meaning.rs`, what a reader
//! means by a query), `show.rs`, `items.rs` (get and cite), `output.rs` (colour, pipes),
//! `file.rs` (another brief through --file), `help.rs` (completions and help), `terminal.rs`
//! (on a pseudo-terminal). The helpers below are shared.

mod file;
mod help;
mod items;
mod output;
mod search;
mod search_meaning;
mod show;
mod terminal;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const SECTIONS: [&str; 6] = [
    "summary",
    "timeline",
    "figures",
    "positions",
    "actors",
    "themes",
];

/// A library folder that does not exist: an empty library, so what a developer keeps in
/// their own library cannot change what these lookups print (the embedded brief alone).
fn no_library() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("no-library-{}", std::process::id()))
}

fn briefing() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_briefing"));
    command
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env("BRIEFING_LIBRARY", no_library());
    command
}

fn run(args: &[&str]) -> Output {
    briefing().args(args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Runs a command that must succeed and returns its stdout.
fn ok(args: &[&str]) -> String {
    let output = run(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "briefing {args:?} failed: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn json(args: &[&str]) -> Value {
    let text = ok(args);
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("briefing {args:?}: bad JSON: {e}\n{text}"))
}

/// The brief as `briefing export` gives it: the reference for every item shape.
fn export() -> Value {
    json(&["export", "--format", "json"])
}

fn ids_of(section: &Value) -> Vec<String> {
    section
        .as_array()
        .expect("a section is an array")
        .iter()
        .map(|item| item["id"].as_str().expect("items have ids").to_string())
        .collect()
}

fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= width,
            "line wider than {width} columns: {line:?}"
        );
    }
}

fn assert_plain(text: &str) {
    assert!(
        !text.contains('\x1b'),
        "escape sequence in piped output: {text:?}"
    );
}

fn path_str(path: &Path) -> String {
    path.to_str()
        .expect("temporary paths are UTF-8")
        .to_string()
}
