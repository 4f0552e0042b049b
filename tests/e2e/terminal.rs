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
