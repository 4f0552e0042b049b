//! Input that arrives in bulk: pastes, bracketed or not.

use crate::harness::{Session, tmux_available};
use std::time::{Duration, Instant};

#[test]
fn a_paste_is_one_event_and_a_huge_one_is_cut_with_a_note() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("paste", 100, 30);
    session.wait_for(&["e2e$"]);
    session.launch("; echo \"exited=$?\"");
    session.send(&["/"]);
    session.wait_for(&["Search every item"]);
    let file = std::env::temp_dir().join(format!("briefing-e2e-paste-{}", std::process::id()));
    std::fs::write(&file, "pipe\n".repeat(20_000)).expect("write the paste");
    let path = file.to_string_lossy().into_owned();
    assert!(session.tmux(&["load-buffer", &path]).status.success());
    std::fs::remove_file(&file).expect("clean up");
    let start = Instant::now();
    // -p: as a terminal pastes, in bracketed-paste markers, since the program asked for them.
    assert!(
        session
            .tmux(&["paste-buffer", "-p", "-d", "-t", &session.name])
            .status
            .success()
    );
    let screen = session.wait_for(&["Query full: 200 characters at most", "/ …pipe pipe"]);
    // Under the query, where the eye is, not on the status line.
    let lines: Vec<&str> = screen.lines().collect();
    let query = lines.iter().position(|l| l.contains("/ …pipe pipe"));
    let note = lines.iter().position(|l| l.contains("Query full"));
    assert_eq!(note, query.map(|row| row + 1), "{screen}");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "100,000 characters took {:?}",
        start.elapsed()
    );
    // One Esc leaves the search: nothing of the paste is left to arrive as keys.
    session.send(&["Escape"]);
    session.wait_until("the search to close", || {
        !session.screen().contains("Search every item")
    });
    session.send(&["q"]);
    session.wait_for(&["exited=0"]);
}

/// Pastes `text` as a terminal without bracketed paste would: as typed keys (`paste-buffer`
/// without `-p`; tmux turns each line break into Enter).
fn paste_plain(session: &Session, text: &str, tag: &str) {
    let file =
        std::env::temp_dir().join(format!("briefing-e2e-plain-{tag}-{}", std::process::id()));
    std::fs::write(&file, text).expect("write the paste");
    let path = file.to_string_lossy().into_owned();
    assert!(session.tmux(&["load-buffer", &path]).status.success());
    std::fs::remove_file(&file).expect("clean up");
    assert!(
        session
            .tmux(&["paste-buffer", "-d", "-t", &session.name])
            .status
            .success()
    );
}

#[test]
fn a_plain_paste_is_taken_at_once_and_the_keys_after_it_act_at_once() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("plainpaste", 100, 30);
    session.wait_for(&["e2e$"]);
    session.launch("; echo \"exited=$?\"");
    // 2,800 characters, then 11,000: crossterm read 1,024 bytes a time and left the rest in
    // the terminal until another key came, so Esc did nothing for as long as one waited.
    for (size, tag) in [(2_800, "small"), (11_000, "large")] {
        session.send(&["/"]);
        session.wait_for(&["Search every item"]);
        let text: String = "trade oil ".repeat(size / 10);
        let start = Instant::now();
        paste_plain(&session, &text, tag);
        session.wait_for(&["/ …trade oil", "oil ▏", "Query full"]);
        session.send(&["Escape"]);
        session.wait_until("Esc after the paste to close the search", || {
            !session.screen().contains("Search every item")
        });
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{size} characters and Esc took {:?}",
            start.elapsed()
        );
    }
    // Lines of a plain paste are words of the query, not Enter opening a result and the
    // next line's letters acting as keys (`q` would quit).
    session.send(&["/"]);
    session.wait_for(&["Search every item"]);
    paste_plain(&session, "pipeline\nq\ntrade", "lines");
    session.wait_for(&["/ pipeline q trade"]);
    session.send(&["C-w"]);
    session.wait_for(&["/ pipeline q ▏"]);
    session.send(&["Escape"]);
    session.wait_until("the search to close", || {
        !session.screen().contains("Search every item")
    });
    session.quit_and_expect_the_shell_back();
}
