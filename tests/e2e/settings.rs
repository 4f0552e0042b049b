//! The settings file: its problems reported, its key overrides followed.

use crate::harness::{Session, tmux_available};
use std::time::Duration;

#[test]
fn a_bad_settings_file_is_reported_with_its_place_and_the_explorer_starts() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let home = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(home.path().join("briefing")).unwrap();
    let file = home.path().join("briefing/config.toml");
    std::fs::write(&file, "theme = \"purple\"\n").unwrap();
    let session = Session::start("settings", 200, 40);
    session.wait_for(&["e2e$"]);
    let dir = home.path().display();
    let binary = env!("CARGO_BIN_EXE_briefing");
    session.type_text(&format!("XDG_CONFIG_HOME='{dir}' '{binary}'"));
    session.send(&["Enter"]);
    let place = format!("{}:1:9", file.display());
    let screen = session.wait_for(&["1 Summary", "Settings: ", &place]);
    assert!(screen.contains("using the default theme"), "{screen}");
    session.send(&["q"]);
    let screen = session.wait_for(&[&format!("briefing: {place}")]);
    assert!(screen.contains("e2e$"), "{screen}");
}

#[test]
fn key_overrides_in_the_settings_move_slide_keys_and_the_footer_and_help_follow() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let home = tempfile::tempdir().expect("a temporary folder");
    let file = home.path().join("config.toml");
    std::fs::write(&file, "[keys]\nnext_slide = \"x\"\ntoggle_help = \"F\"\n").unwrap();
    let session = Session::start("slidekeys", 80, 24);
    session.wait_for(&["e2e$"]);
    let binary = env!("CARGO_BIN_EXE_briefing");
    session.type_text(&format!(
        "'{binary}' present --config '{}'; echo \"exited=$?\"",
        file.display()
    ));
    session.send(&["Enter"]);
    session.wait_for(&["slide 1 of", "F help"]);
    // The old key no longer moves the deck; the new one does.
    session.send(&["Right"]);
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        session.screen().contains("slide 1 of"),
        "{}",
        session.screen()
    );
    session.send(&["x"]);
    session.wait_for(&["slide 2 of"]);
    // The help, opened with its new key, lists the keys as bound.
    session.send(&["F"]);
    let help = session.wait_for(&["next slide", "this help"]);
    let next = help
        .lines()
        .find(|line| line.contains("next slide"))
        .unwrap();
    assert!(next.contains(" x ") && !next.contains('→'), "{next}");
    session.send(&["Escape"]);
    session.wait_until("the help to close", || {
        !session.screen().contains("this help")
    });
    session.quit_and_expect_the_shell_back();
}

#[test]
fn with_the_readme_keys_search_takes_every_letter_and_a_clash_is_reported_and_quit_stays() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let home = tempfile::tempdir().expect("a temporary folder");
    let file = home.path().join("config.toml");
    // The README's example, then quit given the key select_next already has.
    std::fs::write(
        &file,
        "[keys]\nselect_next = [\"j\", \"Down\", \"Ctrl-n\"]\ntoggle_help = \"F\"\nquit = \"j\"\n",
    )
    .unwrap();
    let session = Session::start("readmekeys", 200, 40);
    session.wait_for(&["e2e$"]);
    let binary = env!("CARGO_BIN_EXE_briefing");
    session.type_text(&format!(
        "'{binary}' --config '{}'; echo \"exited=$?\"",
        file.display()
    ));
    session.send(&["Enter"]);
    let clash = format!(
        "{}:4:1: keys.quit: j is already select_next's key",
        file.display()
    );
    session.wait_for(&["1 Summary", "Settings: ", &clash]);
    // In the search box j types.
    session.send(&["/"]);
    session.wait_for(&["Search every item"]);
    session.type_text("jintao");
    session.wait_for(&["/ jintao▏"]);
    session.send(&["Escape"]);
    session.wait_until("the search to close", || {
        !session.screen().contains("Search every item")
    });
    // j moves, F opens the help, which lists quit, and q still quits.
    session.send(&["j"]);
    session.wait_for(&["item 2 of 9"]);
    session.send(&["F"]);
    let help = session.wait_for(&["Browsing", "quit"]);
    let quit = help.lines().find(|l| l.contains(" quit")).unwrap();
    assert!(quit.contains("q Ctrl-c"), "{quit}");
    session.send(&["F"]);
    session.wait_until("the help to close", || {
        !session.screen().contains("Browsing")
    });
    session.send(&["q"]);
    let screen = session.wait_for(&["exited=0"]);
    assert!(screen.contains(&format!("briefing: {clash}")), "{screen}");
}
