//! Browsing, searching and the Library pane, as a reader drives them.

use crate::harness::{Session, tmux_available};

#[test]
fn browse_search_drill_down_back_and_quit_in_a_real_terminal() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("browse", 80, 24);
    session.wait_for(&["e2e$"]);
    let binary = env!("CARGO_BIN_EXE_briefing");
    session.type_text(&format!("'{binary}'; echo \"exited=$?\""));
    session.send(&["Enter"]);
    let screen = session.wait_for(&["1 Summary", "Summary · item 1 of 9", "? help"]);
    assert!(session.alternate_screen_on());
    // Clicks and drags are reported, plain pointer motion is not (mode 1002, not 1003).
    assert_eq!(session.pane_flag("#{mouse_button_flag}"), "1");
    assert_eq!(session.pane_flag("#{mouse_all_flag}"), "0");
    assert!(
        !screen.contains("Esc back"),
        "nothing to go back to yet:\n{screen}"
    );

    session.send(&["2"]);
    session.wait_for(&[
        "Timeline · item 1 of 11",
        "China-Russia trade at US$6 billion",
    ]);
    session.send(&["j"]);
    session.wait_for(&["Timeline · item 2 of 11"]);

    session.send(&["/"]);
    session.wait_for(&["Search every item"]);
    session.type_text("pipeline");
    session.wait_for(&[
        "/ pipeline",
        "Position",
        "build pipelines carrying",
        "results",
    ]);

    session.send(&["Enter"]);
    session.wait_for(&["Position · pos-pipelines", "Related", "· text", "Esc back"]);
    // Tab gives the keys to the Related list.
    session.send(&["Tab"]);
    session.wait_for(&["related 1 of", "Esc back"]);

    session.send(&["Escape"]);
    session.wait_for(&["/ pipeline", "results"]);
    session.send(&["Escape"]);
    session.wait_for(&["Timeline · item 2 of 11"]);

    session.send(&["q"]);
    let screen = session.wait_for(&["exited=0"]);
    assert!(
        !screen.contains("1 Summary"),
        "the explorer's screen is gone:\n{screen}"
    );
    assert!(
        !session.alternate_screen_on(),
        "the alternate screen was left"
    );

    // The shell echoes and runs commands again: raw mode is off.
    session.type_text("echo ok-$((6*7))");
    session.send(&["Enter"]);
    session.wait_for(&["echo ok-$((6*7))", "ok-42"]);
}

#[test]
fn a_search_stays_esc_returns_to_the_results_and_n_steps_through_them() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let session = Session::start("search", 80, 24);
    session.wait_for(&["e2e$"]);
    session.launch("; echo \"exited=$?\"");

    session.send(&["/"]);
    session.wait_for(&["Search every item"]);
    session.type_text("trade");
    session.wait_for(&["/ trade", "results", "result 1 of"]);
    session.send(&["Down"]);
    session.wait_for(&["result 2 of"]);

    session.send(&["Enter"]);
    session.wait_for(&["Esc back", "Related"]);
    session.send(&["Escape"]);
    session.wait_for(&["/ trade", "result 2 of"]);

    // Leaving the box and pressing n opens the result after the one seen; n again the next.
    session.send(&["Escape"]);
    session.wait_until("the search box to close", || {
        !session.screen().contains("Search every item")
    });
    session.send(&["n"]);
    session.wait_for(&["Result 3 of", "for \"trade\""]);
    session.send(&["n"]);
    session.wait_for(&["Result 4 of"]);
    session.send(&["N"]);
    session.wait_for(&["Result 3 of"]);

    // One Esc from a result stepped to with n is back in the results, on that result;
    // / then reopens them with the query selected, so typing replaces it.
    session.send(&["Escape"]);
    session.wait_for(&["/ trade", "result 3 of"]);
    // Sent apart: Esc and / in one write would read as Alt-/.
    session.send(&["Escape"]);
    session.wait_until("the search box to close", || {
        !session.screen().contains("Search every item")
    });
    session.send(&["/"]);
    session.wait_for(&["/ trade", "result 3 of"]);
    session.type_text("pipeline");
    session.wait_for(&["/ pipeline▏", "build pipelines carrying"]);

    session.send(&["Escape"]);
    session.wait_until("the search box to close", || {
        !session.screen().contains("Search every item")
    });
    session.quit_and_expect_the_shell_back();
}

#[test]
fn the_library_compares_two_versions_opens_a_brief_then_all_briefs_and_searches_across_them() {
    if !tmux_available() {
        eprintln!("skipping the end-to-end test: tmux is not installed");
        return;
    }
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let library = tempfile::tempdir().expect("a temporary library");
    for file in [
        "library/taiwan-v1.toml",
        "library/taiwan-v2.toml",
        "us-iran-ceasefire.toml",
        "us-iran-ceasefire.txt",
    ] {
        let name = std::path::Path::new(file).file_name().expect("a name");
        std::fs::copy(fixtures.join(file), library.path().join(name)).expect("copied");
    }
    let session = Session::start("library", 80, 24);
    session.wait_for(&["e2e$"]);
    let binary = env!("CARGO_BIN_EXE_briefing");
    session.type_text(&format!(
        "BRIEFING_LIBRARY='{}' '{binary}'; echo \"exited=$?\"",
        library.path().display()
    ));
    session.send(&["Enter"]);
    // Three briefs and the embedded No. 346, newest first.
    session.wait_for(&[
        "Library · 4 briefs",
        "nothing open yet",
        "Taiwan: Arms Sales · CRS In Focus IF99001 · 2 versions",
    ]);

    // Every letter types into the filter, L (the key that opens the Library) too.
    session.type_text("L");
    session.wait_for(&["Filter: L"]);
    session.send(&["BSpace"]);
    session.type_text("taiwan");
    session.wait_for(&["Filter: taiwan", "Ctrl-d diff"]);

    // Ctrl-d compares the two versions of IF99001.
    session.send(&["C-d"]);
    session.wait_for(&[
        "What changed · Taiwan: Arms Sales",
        "3 changes: 1 added, 1 removed, 1 changed",
        "+ event    Taiwan asks to cancel",
        "OLD · 15 Mar 2021 · taiwan-v1",
    ]);
    session.send(&["G"]);
    session.wait_for(&[
        "Diff · change 3 of 3",
        "value: US$5.1 billion → US$5.8 billion",
    ]);
    session.send(&["Escape"]);
    session.wait_for(&["Filter: taiwan", "Library · row"]);

    session.send(&["Enter"]);
    session.wait_for(&["Taiwan: Arms Sales", "Summary · item 1 of"]);

    session.send(&["L"]);
    session.wait_for(&["open: Taiwan: Arms Sales", "All briefs: 4 briefs merged"]);
    session.send(&["Home"]);
    session.send(&["Enter"]);
    session.wait_for(&["All briefs: 4 briefs", "Summary · item 1 of"]);

    session.send(&["2"]);
    session.wait_for(&["Timeline · item 1 of"]);
    // Rows name their brief in a short column, not before the title.
    session.wait_for(&["EAI 346    China-Russia trade at US$6 billion"]);
    session.send(&["/"]);
    session.wait_for(&["Search every item"]);
    session.type_text("howitzer");
    session.wait_for(&["/ howitzer", "taiwan-v1  Howitzer sale approved"]);
    session.send(&["Enter"]);
    session.wait_for(&["/e-approval", "Esc back"]);
    // Esc returns to the results, a second Esc to where the search began.
    session.send(&["Escape"]);
    session.wait_for(&["/ howitzer", "result 1 of"]);
    session.send(&["Escape"]);
    session.wait_for(&["Timeline · item 1 of", "Esc library"]);

    // Esc from the top of All briefs shows the Library pane; Esc there comes back, in place.
    session.send(&["j"]);
    session.wait_for(&["Timeline · item 2 of"]);
    session.send(&["Escape"]);
    session.wait_for(&["Library · row", "Esc back"]);
    session.send(&["Escape"]);
    session.wait_for(&["Timeline · item 2 of"]);

    // A brief removed from another shell goes from the list when the pane is shown again,
    // and All briefs chosen again is read again, keeping the place.
    std::fs::remove_file(library.path().join("us-iran-ceasefire.toml")).expect("removed");
    session.send(&["L"]);
    session.wait_for(&[
        "Library · 3 briefs",
        "The library changed (1 brief removed): r reads All",
    ]);
    session.send(&["Home"]);
    session.send(&["Enter"]);
    session.wait_for(&["All briefs: 3 briefs", "Timeline · item 2 of"]);

    session.quit_and_expect_the_shell_back();
}
