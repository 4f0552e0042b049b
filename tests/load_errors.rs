//! Bad briefs: each problem of issue 2 §5 is reported with its file, line, column and cause,
//! by `briefing check FILE` as a real process and by the library; no input panics.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use briefing::brief::load::{Format, SIZE_LIMIT};
use briefing::brief::{self, BriefError};
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

#[test]
fn the_base_brief_is_valid() {
    let (_, checked) = check_text("base", "brief.toml", BASE.as_bytes());
    assert_eq!(checked.status, 0, "{}", checked.stderr);
    assert!(checked.stdout.starts_with("ok: "), "{}", checked.stdout);
}

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
fn empty_and_blank_files_are_refused() {
    for (test, bytes) in [("empty", &b""[..]), ("blank", &b"  \n\n\t\n"[..])] {
        let (path, checked) = check_text(test, "brief.toml", bytes);
        let file = path.display();
        assert_eq!(checked.status, 1);
        assert_eq!(
            checked.stderr,
            format!("{file}: the file is empty\n{file}: 1 problem found\n")
        );
    }
}

#[test]
fn non_utf8_file_is_refused_at_the_bad_byte() {
    let mut bytes = BASE.as_bytes().to_vec();
    let (line, _) = position(BASE, "title = \"Ferry link\"", 0);
    let at = BASE.find("Ferry link").expect("title") + "Ferry ".len();
    bytes.insert(at, 0xff);
    let (path, checked) = check_text("utf8", "brief.toml", &bytes);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            16,
            &format!("the file is not UTF-8 text (byte 0xff at offset {at})"),
        )],
    );
}

#[test]
fn file_over_the_size_limit_is_refused_before_it_is_read() {
    let path = temp_dir("size").join("huge.toml");
    let file = fs::File::create(&path).expect("create");
    // Sparse: no disk is used, and reading it whole would take far longer than allowed here.
    file.set_len(SIZE_LIMIT + 1).expect("set_len");
    drop(file);
    let started = Instant::now();
    let checked = check(&path);
    let elapsed = started.elapsed();
    let name = path.display();
    assert_eq!(checked.status, 1);
    assert_eq!(
        checked.stderr,
        format!(
            "{name}: the file is {} bytes, over the {SIZE_LIMIT}-byte limit for a brief\n{name}: 1 problem found\n",
            SIZE_LIMIT + 1
        )
    );
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
    match brief::load_file(&path) {
        Err(BriefError::TooLarge { size, .. }) => assert_eq!(size, SIZE_LIMIT + 1),
        other => panic!("expected TooLarge, got {other:?}"),
    }
    fs::remove_file(&path).ok();
}

#[test]
fn a_file_at_the_limit_is_read() {
    let path = temp_dir("limit").join("at-limit.toml");
    let file = fs::File::create(&path).expect("create");
    file.set_len(SIZE_LIMIT).expect("set_len");
    drop(file);
    // Read, then refused for what it holds (NUL bytes), not for its size.
    let error = brief::load_file(&path).expect_err("NUL bytes are no brief");
    assert!(!matches!(error, BriefError::TooLarge { .. }), "{error}");
    fs::remove_file(&path).ok();
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
fn missing_source_file_names_the_file() {
    let start = BASE.find("source = \"\"\"").expect("inline source");
    let end = BASE[start..].find("\"\"\"\n\n").expect("end of source") + start + 4;
    let text = format!(
        "{}source_file = \"absent.txt\"\n{}",
        &BASE[..start],
        &BASE[end..]
    );
    let (path, checked) = check_text("source-file", "brief.toml", text.as_bytes());
    let absent = path.with_file_name("absent.txt");
    assert_eq!(checked.status, 1, "{}", checked.stderr);
    assert!(
        checked
            .stderr
            .starts_with(&format!("{}: cannot read: ", absent.display())),
        "{}",
        checked.stderr
    );
}

/// The base brief as pretty JSON, as `briefing export --format json` writes it.
fn base_json() -> String {
    let brief = brief::load_str(BASE, Format::Toml, "base", &|_| unreachable!())
        .expect("the base brief loads");
    export_string(&brief, ExportFormat::Json).expect("export")
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
fn deeply_nested_input_is_an_error_not_a_crash() {
    let toml = format!("a = {}", "[".repeat(100_000));
    let json = format!("{{\"meta\": {}", "[".repeat(100_000));
    assert!(brief::load_str(&toml, Format::Toml, "deep.toml", &|_| unreachable!()).is_err());
    assert!(brief::load_str(&json, Format::Json, "deep.json", &|_| unreachable!()).is_err());
}

/// xorshift64*: a small, seeded generator, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound.max(1) as u64).expect("fits")
    }
}

/// One random change: flip a bit, overwrite, insert or delete a byte, duplicate or drop a
/// stretch, or truncate.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    const INTERESTING: &[u8] = b"\"'[]{}=,.:\\\n\t\x00\x1b\x7f#-0123456789abcdeu";
    let at = rng.below(bytes.len());
    match rng.below(7) {
        0 => bytes[at] ^= 1 << rng.below(8),
        1 => bytes[at] = INTERESTING[rng.below(INTERESTING.len())],
        2 => bytes.insert(at, INTERESTING[rng.below(INTERESTING.len())]),
        3 => {
            bytes.remove(at);
        }
        4 => {
            let end = (at + rng.below(64)).min(bytes.len());
            let stretch = bytes[at..end].to_vec();
            let to = rng.below(bytes.len());
            bytes.splice(to..to, stretch);
        }
        5 => {
            let end = (at + rng.below(64)).min(bytes.len());
            bytes.drain(at..end);
        }
        _ => bytes.truncate(at),
    }
}

#[test]
fn no_mutation_of_the_example_makes_loading_panic() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let toml = fs::read(fixtures.join("example.toml")).expect("example");
    let source = fs::read_to_string(fixtures.join("example.txt")).expect("source");
    let example = brief::load_file(&fixtures.join("example.toml")).expect("example loads");
    let json = export_string(&example, ExportFormat::Json)
        .expect("export")
        .into_bytes();
    let read_source = |_: &str| Ok(source.clone());

    let mut rng = Rng(0x5eed_b41e_f000_0346);
    let mut loaded = 0;
    let mut refused = 0;
    for round in 0..2_000 {
        let (original, format) = if round % 2 == 0 {
            (&toml, Format::Toml)
        } else {
            (&json, Format::Json)
        };
        let mut bytes = original.clone();
        for _ in 0..=rng.below(4) {
            if bytes.is_empty() {
                break;
            }
            mutate(&mut rng, &mut bytes);
        }
        let text = String::from_utf8_lossy(&bytes);
        let outcome = std::panic::catch_unwind(|| {
            brief::load_str(&text, format, "mutant", &read_source).is_ok()
        });
        let Ok(is_ok) = outcome else {
            panic!("round {round}: loading panicked on:\n{text}");
        };
        if is_ok {
            loaded += 1;
        } else {
            refused += 1;
        }
    }
    assert!(
        refused > 1_000,
        "most mutants are broken: {refused} refused"
    );
    assert!(loaded > 0, "some mutants are harmless (e.g. in a comment)");
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
