//! The terminal: a dumb one gets no escape codes and no full screen (§7), and a second
//! presenter in a session refuses to start before taking the screen (§1).

use std::process::{Command, Stdio};
use std::time::Duration;

use super::{briefing, no_library, run_within, text};

// §7: TERM=dumb.

#[test]
fn a_dumb_terminal_gets_no_escape_codes_and_no_full_screen() {
    // Colour is only ever sent to a terminal; under `script` stdout is one.
    let Ok(script) = Command::new("script").arg("--version").output() else {
        eprintln!("skipped: no `script` to give the binary a terminal");
        return;
    };
    if !script.status.success() {
        eprintln!("skipped: `script` is not util-linux's");
        return;
    }
    let binary = env!("CARGO_BIN_EXE_briefing");
    let in_terminal = |term: &str, args: &str| {
        let output = Command::new("script")
            .args(["-qfec", &format!("{binary} {args}"), "/dev/null"])
            .env("TERM", term)
            .env("BRIEFING_LIBRARY", no_library())
            .env_remove("NO_COLOR")
            .stdin(Stdio::null())
            .output()
            .expect("script runs");
        (output.status.code(), text(&output.stdout))
    };
    let (_, coloured) = in_terminal("xterm-256color", "search pipeline");
    assert!(coloured.contains('\x1b'), "a capable terminal is coloured");
    for args in ["search pipeline", "show figures", "get p1", "--help"] {
        let (code, plain) = in_terminal("dumb", args);
        assert_eq!(code, Some(0), "{args}: {plain}");
        assert!(!plain.contains('\x1b'), "{args}: {plain:?}");
    }
    for args in ["", "present"] {
        let (code, said) = in_terminal("dumb", args);
        assert_eq!(code, Some(2), "{args}: {said}");
        assert!(said.contains("needs a capable terminal"), "{args}: {said}");
        assert!(
            !said.contains("\x1b[?1049h"),
            "{args}: entered the alternate screen"
        );
    }
}

// §1: the presenter channel.

#[test]
fn a_second_presenter_in_a_session_refuses_to_start() {
    let runtime = tempfile::tempdir().expect("runtime folder");
    let channel = runtime.path().join("briefing").join("present-talk.json");
    let _first = briefing::present::channel::claim(&channel).expect("the first presenter");
    let output = run_within(
        briefing().env("XDG_RUNTIME_DIR", runtime.path()).args([
            "present",
            "--presenter",
            "--session",
            "talk",
        ]),
        Duration::from_secs(5),
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot present in session \"talk\": another presenter"),
        "{stderr}"
    );
    assert!(
        !text(&output.stdout).contains("\x1b[?1049h"),
        "the screen was taken"
    );
}
