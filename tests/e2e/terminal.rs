//! The terminal given back and taken again: signals sent with `kill`, job control.

use crate::harness::{Session, kill, process_field, tmux_available};

#[test]
fn sigint_and_sigquit_from_kill_give_the_terminal_back() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("signals", 80, 24);
    session.wait_for(&["e2e$"]);
    for (signal, code) in [("INT", 130), ("QUIT", 131)] {
        session.launch("; echo \"exited=$?\"");
        kill(signal, session.program_pid());
        let screen = session.wait_for(&[&format!("exited={code}")]);
        assert!(!screen.contains("1 Summary"), "{signal}:\n{screen}");
        assert!(!session.alternate_screen_on(), "{signal}: alternate screen");
        assert!(session.cursor_visible(), "{signal}: the cursor is hidden");
        session.type_text(&format!("echo ok-{signal}-$((6*7))"));
        session.send(&["Enter"]);
        session.wait_for(&[&format!("ok-{signal}-42")]);
    }
}

#[test]
fn a_stop_from_outside_or_ctrl_z_gives_the_terminal_back_and_fg_redraws() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("suspend", 80, 24);
    session.wait_for(&["e2e$"]);
    session.launch("");
    let pid = session.program_pid();
    session.send(&["2"]);
    session.wait_for(&["Timeline · item 1 of 11"]);
    for how in ["kill -TSTP", "Ctrl-Z"] {
        if how == "Ctrl-Z" {
            session.send(&["C-z"]);
        } else {
            kill("TSTP", pid);
        }
        session.wait_until(&format!("{how} to stop the program"), || {
            process_field(pid, 0).as_deref() == Some("T")
        });
        session.wait_until(&format!("{how} to leave the alternate screen"), || {
            !session.alternate_screen_on()
        });
        assert!(session.cursor_visible(), "{how}: the cursor is hidden");
        session.type_text("echo stopped-$((6*7))");
        session.send(&["Enter"]);
        session.wait_for(&["stopped-42"]);
        session.type_text("fg");
        session.send(&["Enter"]);
        session.wait_for(&["Timeline · item 1 of 11", "1 Summary"]);
        session.wait_until(&format!("{how}, then fg, to redraw"), || {
            session.alternate_screen_on()
        });
        session.send(&["j"]);
        session.wait_for(&["Timeline · item 2 of 11"]);
        session.send(&["k"]);
        session.wait_for(&["Timeline · item 1 of 11"]);
    }
    session.send(&["q"]);
    session.wait_until("the program to quit", || !session.alternate_screen_on());
    assert!(session.cursor_visible());
    session.type_text("echo \"after=$?\"");
    session.send(&["Enter"]);
    session.wait_for(&["after=0"]);
}

/// Ctrl-Z, then checks the program stopped with the terminal given back (main screen,
/// cursor shown, the shell answering), then `fg` and waits for `redrawn` on its screen.
fn suspend_and_resume(session: &Session, pid: u32, place: &str, redrawn: &[&str]) {
    session.send(&["C-z"]);
    session.wait_until(&format!("Ctrl-Z in {place} to stop the program"), || {
        process_field(pid, 0).as_deref() == Some("T")
    });
    session.wait_until(
        &format!("Ctrl-Z in {place} to give the screen back"),
        || !session.alternate_screen_on(),
    );
    assert!(session.cursor_visible(), "{place}: the cursor is hidden");
    session.type_text("fg");
    session.send(&["Enter"]);
    session.wait_for(redrawn);
    session.wait_until(&format!("fg in {place} to take the screen again"), || {
        session.alternate_screen_on()
    });
}

/// Waits for the program to leave the screen, then asks the shell how it ended: 0.
fn expect_exit_0(session: &Session) {
    session.wait_until("the program to quit", || !session.alternate_screen_on());
    session.type_text("echo \"after=$?\"");
    session.send(&["Enter"]);
    session.wait_for(&["after=0"]);
}

/// "slide 4 of 20", as the slides' footer says it.
fn slide_shown(screen: &str) -> String {
    let at = screen.find("slide ").expect("a slide footer");
    let end = screen[at..].find(" of ").map_or(at, |of| at + of + 4);
    screen[at..end].to_string()
}

#[test]
fn ctrl_z_suspends_from_search_help_the_library_and_the_slides_and_fg_redraws() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("suspendall", 80, 24);
    session.wait_for(&["e2e$"]);
    // No `; echo $?` after the program: sh runs it as soon as the program stops.
    session.launch("");
    let pid = session.program_pid();

    session.send(&["/"]);
    session.type_text("pipe");
    session.wait_for(&["/ pipe"]);
    suspend_and_resume(&session, pid, "search", &["/ pipe", "Search every item"]);
    // `fg` was not typed into the box, and typing goes on there.
    session.type_text("line");
    session.wait_for(&["/ pipeline▏"]);
    session.send(&["Escape"]);
    session.wait_until("the search to close", || {
        !session.screen().contains("Search every item")
    });

    session.send(&["?"]);
    session.wait_for(&["Keys"]);
    suspend_and_resume(&session, pid, "help", &["Keys", "Browsing"]);
    session.send(&["Escape"]);
    session.wait_until("the help to close", || !session.screen().contains("Keys"));

    session.send(&["L"]);
    session.wait_for(&["Filter: "]);
    suspend_and_resume(&session, pid, "the Library pane", &["Filter: "]);
    session.send(&["Escape"]);
    session.wait_until("the Library pane to close", || {
        !session.screen().contains("Filter: ")
    });

    // `p` opens the slide of the item the explorer is on: note which, to see it again.
    session.send(&["p"]);
    let screen = session.wait_for(&["slide ", " of "]);
    let slide = slide_shown(&screen);
    suspend_and_resume(&session, pid, "the slides", &[&slide]);
    session.send(&["Right"]);
    session.wait_until("Right to turn the slide", || {
        slide_shown(&session.screen()) != slide
    });
    session.send(&["C-c"]);
    expect_exit_0(&session);

    // A presenter, whose loop also publishes to the channel, suspends the same way.
    let binary = env!("CARGO_BIN_EXE_briefing");
    let runtime = tempfile::tempdir().expect("a private runtime folder");
    session.type_text(&format!(
        "XDG_RUNTIME_DIR='{}' '{binary}' present --presenter --session e2e-suspend",
        runtime.path().display()
    ));
    session.send(&["Enter"]);
    session.wait_for(&["slide 1 of"]);
    let pid = session.program_pid();
    suspend_and_resume(&session, pid, "the presenter view", &["slide 1 of"]);
    session.send(&["Right"]);
    session.wait_for(&["slide 2 of"]);
    session.send(&["q"]);
    expect_exit_0(&session);
}

#[test]
fn keys_typed_blind_on_the_too_small_screen_change_nothing_but_q_quits() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("toosmall", 80, 24);
    session.wait_for(&["e2e$"]);
    session.launch("; echo \"exited=$?\"");
    let resize = |columns: &str, rows: &str| {
        assert!(
            session
                .tmux(&[
                    "resize-window",
                    "-t",
                    &session.name,
                    "-x",
                    columns,
                    "-y",
                    rows
                ])
                .status
                .success()
        );
    };
    resize("20", "5");
    session.wait_for(&["Terminal too small", "q/Ctrl-c quit"]);
    session.send(&["Enter"]);
    session.send(&["/"]);
    session.type_text("trade");
    session.send(&["Enter"]);
    session.send(&["?"]);
    session.send(&["Tab"]);
    resize("80", "24");
    // Wait for the full screen, then check it is the one left before shrinking.
    let screen = session.wait_for(&["1 Summary", "item 1 of 9"]);
    assert!(screen.contains("Summary · item 1 of 9"), "{screen}");
    assert!(!screen.contains("Search every item"), "{screen}");
    assert!(!screen.contains("Keys"), "{screen}");
    assert!(
        !screen.contains("Esc back"),
        "nothing was opened:\n{screen}"
    );
    resize("20", "5");
    session.wait_for(&["Terminal too small"]);
    session.send(&["q"]);
    session.wait_for(&["exited=0"]);
    assert!(!session.alternate_screen_on());
}

#[test]
fn a_terminal_that_hangs_up_is_left_quietly() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let folder = tempfile::tempdir().expect("a temporary folder");
    let stderr = folder.path().join("stderr");
    let session = Session::start("hangup", 80, 24);
    session.wait_for(&["e2e$"]);
    session.launch(&format!(" 2>'{}'", stderr.display()));
    let pid = session.program_pid();
    // Closing the pane closes the terminal: SIGHUP, and every later write fails with EIO
    // or ENXIO. Restoring it then was reported as "Failed to restore terminal".
    assert!(
        session
            .tmux(&["kill-session", "-t", &session.name])
            .status
            .success()
    );
    let start = std::time::Instant::now();
    while process_field(pid, 0).is_some_and(|state| state != "Z") {
        assert!(
            start.elapsed() < crate::harness::DEADLINE,
            "the program is still running after its terminal hung up"
        );
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    // Only why it ended (or nothing, should the watcher have had to end it), never a
    // complaint about a terminal that is not there.
    let said = std::fs::read_to_string(&stderr).expect("standard error was written");
    assert!(
        said.is_empty() || said == "briefing: the terminal hung up (SIGHUP)\n",
        "{said:?}"
    );
}
