//! Bad briefs: each problem of issue 2 §5 is reported with its file, line, column and cause,
//! by `briefing check FILE` as a real process and by the library; no input panics.
//! One module a kind of problem: `syntax.rs` (text that is not TOML or JSON, or not a
//! brief's fields), `validation.rs` (a brief that parses but is wrong: references, ids,
//! dates, quotes, control characters, each located), `file.rs` (the file itself: empty,
//! not UTF-8, too large, its source file missing), `mutation.rs` (random damage never
//! panics). The base brief and the helpers below are shared.

mod file;
mod mutation;
mod syntax;
mod validation;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use briefing::brief;
use briefing::brief::load::Format;
use briefing::cli::{ExportFormat, export_string};

/// A small valid brief with its source inline; each test breaks one thing in it.
const BASE: &str = r#"[meta]
title = "Ferry link"
published = "2025-03-03"
source = """
Summary

Freedonia and Sylvania signed a ferry agreement on 14 February 2025. Sylvania opposes a toll.
"""

[[summary]]
id = "p1"
section = "Summary"
text = "Freedonia and Sylvania signed a ferry agreement on 14 February 2025. Sylvania opposes a toll."

[[actors]]
id = "freedonia"
name = "Freedonia"
kind = "country"

[[actors]]
id = "sylvania"
name = "Sylvania"
kind = "country"

[[themes]]
id = "transport"
name = "Transport"

[[timeline]]
id = "e-signing"
date = "2025-02-14"
title = "Agreement signed"
detail = "A ferry agreement."
actors = ["freedonia", "sylvania"]
themes = ["transport"]
quote = "signed a ferry agreement on 14 February 2025"

[[positions]]
id = "pos-toll"
actors = ["sylvania"]
issue = "Toll"
stance = "opposes"
summary = "Opposes a toll"
themes = ["transport"]
quote = "Sylvania opposes a toll."
"#;

/// A fresh folder for one test's files.
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "briefing-load-errors-{}-{test}",
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// `BASE` with `from` replaced by `to`; `from` must be there, so a test cannot silently pass.
fn base_with(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "BASE has no {from:?}");
    BASE.replacen(from, to, 1)
}

/// 1-based line and column (in characters) of the `nth` occurrence (from 0) of `needle`.
fn position(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let (offset, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} occurs fewer than {} times", nth + 1));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[line_start..].chars().count() + 1)
}

struct Checked {
    status: i32,
    stdout: String,
    stderr: String,
}

fn check(path: &Path) -> Checked {
    let output = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("check")
        .arg(path)
        .output()
        .expect("run briefing check");
    Checked {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Writes `text` as `name` in a fresh folder and runs `briefing check` on it.
fn check_text(test_name: &str, file_name: &str, text: &[u8]) -> (PathBuf, Checked) {
    let path = temp_dir(test_name).join(file_name);
    fs::write(&path, text).expect("write brief");
    let checked = check(&path);
    (path, checked)
}

/// The check failed with exactly these problems, each `FILE:LINE:COL: message…` (the message
/// given by its start or any part), and the closing count.
fn assert_problems(path: &Path, checked: &Checked, expected: &[(usize, usize, &str)]) {
    let file = path.display().to_string();
    assert_eq!(checked.status, 1, "stderr: {}", checked.stderr);
    assert!(checked.stdout.is_empty(), "stdout: {}", checked.stdout);
    let lines: Vec<&str> = checked.stderr.lines().collect();
    assert_eq!(
        lines.len(),
        expected.len() + 1,
        "one line a problem, then the count:\n{}",
        checked.stderr
    );
    for (line, (at_line, at_column, part)) in lines.iter().zip(expected) {
        let prefix = format!("{file}:{at_line}:{at_column}: ");
        assert!(
            line.starts_with(&prefix),
            "expected {prefix:?} in {line:?}\n{}",
            checked.stderr
        );
        assert!(line.contains(part), "expected {part:?} in {line:?}");
    }
    let plural = if expected.len() == 1 { "" } else { "s" };
    assert_eq!(
        lines.last().copied(),
        Some(format!("{file}: {} problem{plural} found", expected.len()).as_str())
    );
}

/// The base brief as pretty JSON, as `briefing export --format json` writes it.
fn base_json() -> String {
    let brief = brief::load_str(BASE, Format::Toml, "base", &|_| unreachable!())
        .expect("the base brief loads");
    export_string(&brief, ExportFormat::Json).expect("export")
}

#[test]
fn the_base_brief_is_valid() {
    let (_, checked) = check_text("base", "brief.toml", BASE.as_bytes());
    assert_eq!(checked.status, 0, "{}", checked.stderr);
    assert!(checked.stdout.starts_with("ok: "), "{}", checked.stdout);
}
