//! Colour only when asked for when piped, never in JSON; a pipe closed early ends quietly.

use std::io::{BufRead, BufReader};
use std::process::{Output, Stdio};

use super::*;

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
