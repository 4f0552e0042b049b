//! On a pseudo-terminal (util-linux `script`): colour, widths, `NO_COLOR`; the fixture briefs;
//! full-screen modes explain instead of panicking without a terminal.

use std::process::{Command, Stdio};

use super::*;

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
