//! The presenter's hold on its session: refused while a live presenter holds it, free the
//! moment that presenter is told to stop.

use std::process::{Command, Stdio};

use crate::harness::{Session, kill, process_field, tmux_available};

/// What `briefing present --presenter` says when started without a terminal: past its
/// claim on the session it stops for want of one; refused, it says another presenter has it.
fn start_presenter(runtime: &std::path::Path, session: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["present", "--presenter", "--session", session])
        .env("XDG_RUNTIME_DIR", runtime)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_new_presenter_starts_at_once_after_the_last_is_stopped_and_not_before() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let runtime = tempfile::tempdir().expect("a private runtime folder");
    let session = Session::start("presenter", 80, 24);
    session.wait_for(&["e2e$"]);
    let binary = env!("CARGO_BIN_EXE_briefing");
    session.type_text(&format!(
        "XDG_RUNTIME_DIR='{}' '{binary}' present --presenter --session e2e-lock; echo \"exited=$?\"",
        runtime.path().display()
    ));
    session.send(&["Enter"]);
    session.wait_for(&["Now 1 of", "Speaker notes"]);
    let pid = session.program_pid();
    let refused = start_presenter(runtime.path(), "e2e-lock");
    assert!(refused.contains("another presenter"), "{refused}");
    // Told to stop, the presenter lets go of the session as the signal comes: the next
    // one gets past its claim (and stops only for want of a terminal). On a loaded machine
    // the signal may take a moment to be handled, so the next one is tried a few times.
    kill("TERM", pid);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let next = loop {
        let next = start_presenter(runtime.path(), "e2e-lock");
        if !next.contains("another presenter") || std::time::Instant::now() > deadline {
            break next;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(next.contains("needs a terminal"), "{next}");
    session.wait_for(&["exited=143"]);
    let screen = session.screen();
    assert!(
        !screen.contains("failed") && !screen.contains("SIGTERM"),
        "told to stop, the presenter ends quietly:\n{screen}"
    );
    assert!(process_field(pid, 0).is_none(), "the first has gone");
}
