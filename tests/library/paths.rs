//! `briefing PATH...`: several paths open the explorer's shelf, while one FILE before a
//! command still names the brief that command reads.

use std::process::Command;

fn briefing(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("briefing runs")
}

#[test]
fn one_file_before_a_command_is_still_the_brief_it_reads() {
    let output = briefing(&["tests/fixtures/example.toml", "show", "figures"]);
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("Cost of the ferry link"));
}

#[test]
fn several_files_before_a_command_are_refused_with_a_reason() {
    let output = briefing(&[
        "tests/fixtures/example.toml",
        "tests/fixtures/library/taiwan-v1.toml",
        "show",
        "figures",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("give one brief FILE with a command"),
        "{output:?}"
    );
}
