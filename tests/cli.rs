//! The lookups run as a real process: stdout, stderr and exit status, in text and JSON.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

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

// ── search ──────────────────────────────────────────────────────────────────

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

// ── show ────────────────────────────────────────────────────────────────────

#[test]
fn show_prints_every_item_of_each_section_within_80_columns() {
    let export = export();
    for section in SECTIONS {
        let text = ok(&["show", section]);
        assert_fits(&text, 80);
        assert_plain(&text);
        for id in ids_of(&export[section]) {
            assert!(
                text.split_whitespace().any(|word| word == id),
                "show {section} lacks {id}"
            );
        }
    }
}

#[test]
fn show_json_is_the_section_as_exported() {
    let export = export();
    for section in SECTIONS {
        assert_eq!(
            json(&["show", section, "--json"]),
            export[section],
            "{section}"
        );
    }
}

#[test]
fn show_timeline_groups_by_year_in_order_and_marks_inexact_dates() {
    let text = ok(&["show", "timeline"]);
    let headings: Vec<&str> = text
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with(' '))
        .collect();
    assert_eq!(headings, ["1992", "2006", "2007", "Undated"]);
    // Dates keep their precision: a month stays a month, a span a span.
    assert!(text.contains("Jul 2007"));
    assert!(text.contains("1992–2006"));
    let relative = text
        .lines()
        .find(|line| line.contains("before 8 Jun 2007"))
        .expect("the relative date is shown");
    assert!(relative.contains('~'), "inexact date unmarked: {relative}");
    assert!(
        text.contains("less than three months"),
        "the reason is given"
    );
}

#[test]
fn show_figures_is_a_table_with_aligned_values() {
    let text = ok(&["show", "figures"]);
    let lines: Vec<&str> = text.lines().collect();
    let value_column = lines[0].find("value").expect("a header row");
    for value in ["US$6 billion", "US$33.4 billion", "about 2%", "2 meetings"] {
        let line = lines
            .iter()
            .find(|line| line.contains(value))
            .unwrap_or_else(|| panic!("{value} missing"));
        assert_eq!(line.find(value), Some(value_column), "{line}");
    }
}

#[test]
fn show_actors_counts_the_items_naming_each() {
    let export = export();
    let text = ok(&["show", "actors"]);
    let named = |actor: &str| {
        ["timeline", "figures", "positions"]
            .iter()
            .flat_map(|section| export[*section].as_array().unwrap())
            .filter(|item| {
                item["actors"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a == actor)
            })
            .count()
    };
    for actor in ["china", "putin", "iran"] {
        let line = text
            .lines()
            .find(|line| line.starts_with(&format!("{actor} ")))
            .unwrap();
        assert!(
            line.split_whitespace()
                .any(|word| word == named(actor).to_string()),
            "{line} should count {}",
            named(actor)
        );
    }
}

// ── get ─────────────────────────────────────────────────────────────────────

#[test]
fn get_prints_an_item_in_full() {
    let export = export();
    let figure = export["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "f-trade-2006")
        .unwrap();
    let text = ok(&["get", "f-trade-2006"]);
    assert_fits(&text, 80);
    assert_plain(&text);
    assert!(text.contains("US$33.4 billion"));
    assert!(text.contains(figure["quote"].as_str().unwrap()));
    assert!(text.contains("p4"), "the paragraph it comes from");
    assert!(text.contains("China and Russia"), "actors by name");

    let event = ok(&["get", "e-heiligendamm"]);
    assert!(event.contains("8 June 2007"));
    assert!(event.contains("Hu Jintao"));
    assert!(event.contains("Diplomacy"));
}

#[test]
fn get_works_for_every_id_of_every_section() {
    let export = export();
    for section in SECTIONS {
        for id in ids_of(&export[section]) {
            let found = json(&["get", &id, "--json"]);
            assert_eq!(found["id"], id.as_str());
            assert_eq!(found["section"], section);
            let expected = export[section]
                .as_array()
                .unwrap()
                .iter()
                .find(|item| item["id"] == id.as_str())
                .unwrap();
            assert_eq!(&found["item"], expected);
            assert!(ok(&["get", &id]).contains(&id));
        }
    }
}

#[test]
fn an_unknown_id_exits_1_and_suggests_the_nearest() {
    for command in ["get", "cite"] {
        let output = run(&[command, "e-heilgendamm"]);
        assert_eq!(output.status.code(), Some(1), "{command}");
        assert!(stdout(&output).is_empty());
        let message = stderr(&output);
        assert!(message.contains("e-heilgendamm"), "{message}");
        assert!(
            message.contains("e-heiligendamm"),
            "no suggestion: {message}"
        );
    }
    let output = run(&["get", "trade-2006"]);
    let message = stderr(&output);
    assert!(
        message.contains("e-trade-2006") && message.contains("f-trade-2006"),
        "{message}"
    );

    let output = run(&["get", "qqqqqqqq"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("qqqqqqqq"));
}

// ── cite ────────────────────────────────────────────────────────────────────

#[test]
fn cite_prints_one_line_with_the_reference_and_paragraph() {
    let text = ok(&["cite", "f-trade-2006"]);
    assert_eq!(text.lines().count(), 1);
    let line = text.trim_end();
    for part in [
        "Lai Hongyi",
        "Lim Tin Seng",
        "China-Russia Relations",
        "EAI Background Brief No. 346",
        "8 August 2007",
        "para. 4",
    ] {
        assert!(line.contains(part), "{part} missing from {line}");
    }

    let cited = json(&["cite", "f-trade-2006", "--json"]);
    assert_eq!(cited["citation"], line);
    assert_eq!(cited["paragraphs"], serde_json::json!(["p4"]));
    assert_eq!(cited["published"], "2007-08-08");
    assert_eq!(cited["quote"], "to US$33.4 billion in 2006");
}

// ── colour, pipes ───────────────────────────────────────────────────────────

#[test]
fn colour_only_when_asked_for_when_piped() {
    let commands: [&[&str]; 4] = [
        &["search", "pipeline"],
        &["show", "timeline"],
        &["get", "pos-pipelines"],
        &["show", "figures"],
    ];
    for args in commands {
        assert_plain(&ok(args));
        let mut never = args.to_vec();
        never.extend(["--color", "never"]);
        assert_plain(&ok(&never));
        let mut always = args.to_vec();
        always.extend(["--color", "always"]);
        assert!(
            ok(&always).contains("\x1b["),
            "no colour: briefing {always:?}"
        );
    }
    // --color always wins over NO_COLOR; auto honours it.
    let output = briefing()
        .args(["search", "pipeline", "--color", "always"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(stdout(&output).contains("\x1b["));
}

#[test]
fn search_emphasises_the_matched_characters() {
    let text = ok(&["search", "'pipeline", "--color", "always", "--limit", "1"]);
    assert!(text.contains("\x1b[1;33mpipeline\x1b[0m"), "{text:?}");
}

#[test]
fn json_output_never_has_colour() {
    let text = ok(&["show", "figures", "--json", "--color", "always"]);
    assert_plain(&text);
}

fn assert_quiet_success(output: &Output, what: &str) {
    assert!(output.status.success(), "{what}: {:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{what}: stderr {:?}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_pipe_closed_early_ends_quietly() {
    // Like `briefing show timeline | head -1`: read a line, then close the pipe.
    let mut child = briefing()
        .args(["show", "timeline"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "1992");
    drop(reader);
    assert_quiet_success(&child.wait_with_output().unwrap(), "show timeline");

    // Closed before the first write, so every write meets a broken pipe.
    for args in [
        &["show", "summary"][..],
        &["search", "trade"],
        &["get", "p1"],
        &["cite", "p1"],
        &["show", "actors", "--json"],
    ] {
        let mut child = briefing()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        assert_quiet_success(&child.wait_with_output().unwrap(), &format!("{args:?}"));
    }
}

// ── another brief ───────────────────────────────────────────────────────────

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("briefing-cli-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&path).expect("the temporary folder can be made");
        TempDir(path)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("the temporary file can be written");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const SMALL_SOURCE: &str = "Widgets Abroad

Alpha paragraph: the widget council met in March 2019.

Beta paragraph: widget exports reached 5 million.
";

const SMALL_BRIEF: &str = r#"
[meta]
title = "Widgets Abroad"
series = "Widget Notes"
number = "7"
authors = ["Ada Author", "Ben Writer"]
published = "2020-01-02"
source_file = "widgets.txt"

[[summary]]
id = "a1"
text = "Alpha paragraph: the widget council met in March 2019."

[[summary]]
id = "a2"
text = "Beta paragraph: widget exports reached 5 million."

[[actors]]
id = "council"
name = "Widget Council"
kind = "organisation"

[[timeline]]
id = "e-council"
date = "2019-03"
title = "The widget council meets"
detail = "The council met."
actors = ["council"]
quote = "the widget council met in March 2019"

[[figures]]
id = "f-exports"
label = "Widget exports"
value = 5
unit = "widgets"
scale = "million"
quote = "widget exports reached 5 million"
"#;

fn small_brief(dir: &TempDir) -> String {
    dir.write("widgets.txt", SMALL_SOURCE);
    let path = dir.write("widgets.toml", SMALL_BRIEF);
    path_str(&path)
}

fn path_str(path: &Path) -> String {
    path.to_str()
        .expect("temporary paths are UTF-8")
        .to_string()
}

#[test]
fn file_reads_another_brief_for_every_lookup() {
    let dir = TempDir::new("file");
    let file = small_brief(&dir);

    let timeline = ok(&["show", "timeline", "--file", &file]);
    assert!(timeline.contains("e-council") && timeline.contains("Mar 2019"));
    assert!(!timeline.contains("e-heiligendamm"));
    // The global option may come before the command too.
    assert_eq!(ok(&["--file", &file, "show", "timeline"]), timeline);

    let hits = json(&["search", "widget", "--file", &file, "--json"]);
    let ids: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"f-exports") && ids.contains(&"e-council"),
        "{ids:?}"
    );

    let found = json(&["get", "f-exports", "--file", &file, "--json"]);
    assert_eq!(found["item"]["value"], 5.0);
    assert!(ok(&["get", "f-exports", "--file", &file]).contains("5 million widgets"));

    let cite = ok(&["cite", "e-council", "--file", &file]);
    assert!(cite.contains("Ada Author and Ben Writer"), "{cite}");
    assert!(cite.contains("Widget Notes No. 7"), "{cite}");
    assert!(cite.contains("para. 1"), "{cite}");

    // Items of the embedded brief are not in this one.
    let output = run(&["get", "e-heiligendamm", "--file", &file]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_empty_section_exits_1() {
    let dir = TempDir::new("empty");
    let file = small_brief(&dir);
    let output = run(&["show", "positions", "--file", &file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("positions"));
    let output = run(&["show", "positions", "--file", &file, "--json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output).trim(), "[]");
}

#[test]
fn a_broken_or_missing_brief_exits_2_naming_the_file() {
    let dir = TempDir::new("broken");
    let broken = path_str(&dir.write("broken.toml", "[meta]\ntitle = 3\n"));
    let missing = path_str(&dir.0.join("missing.toml"));
    for file in [&broken, &missing] {
        for command in [
            &["show", "summary"][..],
            &["search", "x"],
            &["get", "p1"],
            &["cite", "p1"],
        ] {
            let mut args = command.to_vec();
            args.extend(["--file", file.as_str()]);
            let output = run(&args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            assert!(stdout(&output).is_empty());
            let name = Path::new(file).file_name().unwrap().to_str().unwrap();
            assert!(stderr(&output).contains(name), "{}", stderr(&output));
        }
    }
}

// ── completions and help ────────────────────────────────────────────────────

#[test]
fn completions_cover_the_lookups_in_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let script = ok(&["completions", shell]);
        for word in ["search", "show", "get", "cite", "timeline", "json"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    assert_eq!(run(&["completions", "tcsh-ish"]).status.code(), Some(2));
}

#[test]
fn every_lookup_help_has_an_example_that_runs() {
    for command in ["search", "show", "get", "cite", "completions"] {
        let help = ok(&[command, "--help"]);
        let examples = help
            .split("Examples:")
            .nth(1)
            .unwrap_or_else(|| panic!("{command} --help has no example"));
        for example in examples
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("briefing "))
        {
            let example = example.split(" > ").next().unwrap();
            let args = shell_words(example);
            let output = run(&args.iter().map(String::as_str).collect::<Vec<_>>()[1..]);
            assert_eq!(output.status.code(), Some(0), "example fails: {example}");
        }
    }
}

/// Splits a command line on spaces, keeping 'single-quoted' words whole.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

// ── on a terminal ───────────────────────────────────────────────────────────

/// Runs `briefing ARGS` on a pseudo-terminal `columns` wide through util-linux `script`, or
/// returns None (with a note) where that is unavailable.
fn on_terminal(columns: u16, env: &str, args: &str) -> Option<String> {
    if !cfg!(target_os = "linux") || Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: util-linux `script` is needed to run on a pseudo-terminal");
        return None;
    }
    let program = env!("CARGO_BIN_EXE_briefing");
    let line = format!("stty cols {columns} rows 24; {env} exec '{program}' {args}");
    let output = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_remove("NO_COLOR")
        .env("BRIEFING_LIBRARY", no_library())
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    assert!(output.status.success(), "{line}: {:?}", output.status);
    Some(String::from_utf8_lossy(&output.stdout).replace('\r', ""))
}

/// The text without ANSI escape sequences.
fn strip_escapes(text: &str) -> String {
    let mut plain = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

#[test]
fn on_a_terminal_output_is_coloured_and_fits_its_width() {
    let Some(text) = on_terminal(60, "", "show figures") else {
        return;
    };
    assert!(text.contains("\x1b["), "no colour on a terminal: {text:?}");
    let plain = strip_escapes(&text);
    assert!(plain.contains("f-trade-2006"));
    assert_fits(&plain, 60);
    assert!(
        plain.lines().any(|line| line.chars().count() > 50),
        "60 columns should be used, not fewer: {plain}"
    );

    let Some(wide) = on_terminal(150, "", "get pos-pipelines") else {
        return;
    };
    let wide = strip_escapes(&wide);
    assert!(
        wide.lines().any(|line| line.chars().count() > 80),
        "a wide terminal is used beyond 80 columns: {wide}"
    );
    assert_fits(&wide, 150);
}

#[test]
fn on_a_terminal_no_color_turns_colour_off() {
    let Some(text) = on_terminal(80, "NO_COLOR=1", "search pipeline") else {
        return;
    };
    assert_plain(&text);
    assert!(text.starts_with("pos-pipelines"), "{text}");
}

#[test]
fn the_fixture_briefs_show_get_and_cite_cleanly() {
    for fixture in ["example.toml", "us-iran-ceasefire.toml"] {
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(fixture);
        let file = path_str(&file);
        let export = json(&["export", &file, "--format", "json"]);
        for section in SECTIONS {
            let ids = ids_of(&export[section]);
            let output = run(&["show", section, "--file", &file]);
            if ids.is_empty() {
                assert_eq!(output.status.code(), Some(1), "{fixture} {section}");
                continue;
            }
            let text = stdout(&output);
            assert_fits(&text, 80);
            for id in &ids {
                assert!(
                    text.contains(id.as_str()),
                    "{fixture}: show {section} lacks {id}"
                );
                let item = ok(&["get", id, "--file", &file]);
                assert_fits(&item, 80);
                let cite = ok(&["cite", id, "--file", &file]);
                assert_eq!(cite.lines().count(), 1, "{fixture} {id}");
            }
        }
    }
}

#[test]
fn full_screen_modes_without_a_terminal_explain_instead_of_panicking() {
    for args in [&[][..], &["present"][..], &["present", "--presenter"][..]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let error = stderr(&output);
        assert!(error.contains("needs a terminal"), "{args:?}: {error}");
        assert!(!error.contains("panicked"), "{args:?}: {error}");
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
}

// ── search: what a reader means (issue 10; the search helper's block) ──────────────────────

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
