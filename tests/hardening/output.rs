//! §7: closed pipes and write errors: every command ends quietly when its reader has gone,
//! and a full disk is reported with status 2.

use std::process::{Output, Stdio};

use super::{briefing, text};

/// Runs with stdout connected to a pipe whose reader has gone.
fn run_into_closed_pipe(args: &[&str]) -> Output {
    let mut child = briefing()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    drop(child.stdout.take());
    child.wait_with_output().expect("output")
}

#[test]
fn every_command_ends_quietly_on_a_closed_pipe() {
    for args in [
        vec!["completions", "bash"],
        vec!["completions", "zsh"],
        vec!["--help"],
        vec!["export"],
        vec!["show", "summary"],
        vec!["search", "china"],
        vec!["check"],
        vec!["present", "--outline"],
    ] {
        let output = run_into_closed_pipe(&args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

fn dev_full() -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()
}

#[test]
fn a_write_error_is_reported_with_status_2() {
    let Some(_) = dev_full() else {
        eprintln!("skipped: no /dev/full on this system");
        return;
    };
    for args in [
        vec!["completions", "bash"],
        vec!["--help"],
        vec!["--version"],
        vec!["export"],
        vec!["show", "timeline"],
        vec!["check"],
        vec!["cite", "p1"],
    ] {
        let output = briefing()
            .args(&args)
            .stdout(dev_full().expect("/dev/full"))
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(stderr.contains("briefing: "), "{args:?}: {stderr}");
    }
}
