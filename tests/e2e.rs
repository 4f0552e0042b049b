//! The real binary driven through tmux: open a pane, search, drill down, go back, quit, and
//! check the shell is usable again; signals sent with `kill` and job control give the
//! terminal back; a paste is one event. Skipped, with a message, when tmux is not installed.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(20);

/// A tmux command on the test's own server, away from the user's sessions and config.
fn tmux(socket: &str, args: &[&str]) -> Output {
    Command::new("tmux")
        .args(["-L", socket, "-f", "/dev/null"])
        .args(args)
        .output()
        .expect("tmux runs")
}

/// A detached session on a private tmux server, which is killed (that server only) when
/// the test ends however it ends.
struct Session {
    socket: String,
    /// The server's socket file, removed after the server is killed (tmux leaves it).
    socket_path: Option<std::path::PathBuf>,
    name: String,
}

impl Session {
    /// `tag` keeps the servers of tests running at once apart.
    fn start(tag: &str, width: u16, height: u16) -> Session {
        let socket = format!("briefing-e2e-{}-{tag}", std::process::id());
        let name = "e2e".to_string();
        let output = tmux(
            &socket,
            &[
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                "env PS1='e2e$ ' TERM=xterm-256color XDG_CONFIG_HOME=/nonexistent sh",
            ],
        );
        assert!(output.status.success(), "{output:?}");
        let path = tmux(&socket, &["display-message", "-p", "#{socket_path}"]);
        let path = String::from_utf8_lossy(&path.stdout).trim().to_string();
        Session {
            socket,
            socket_path: (!path.is_empty()).then(|| path.into()),
            name,
        }
    }

    fn tmux(&self, args: &[&str]) -> Output {
        tmux(&self.socket, args)
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
    }

    fn type_text(&self, text: &str) {
        assert!(
            self.tmux(&["send-keys", "-t", &self.name, "-l", text])
                .status
                .success()
        );
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", &self.name]).stdout)
            .into_owned()
    }

    /// Polls the screen until it shows every text, or fails with what it shows.
    fn wait_for(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if texts.iter().all(|text| screen.contains(text)) {
                return screen;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "waited {DEADLINE:?} for {texts:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// A tmux format variable of the pane, such as `alternate_on`.
    fn pane_flag(&self, format: &str) -> String {
        let output = self.tmux(&["display-message", "-p", "-t", &self.name, format]);
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    fn alternate_screen_on(&self) -> bool {
        self.pane_flag("#{alternate_on}") == "1"
    }

    /// Quits with `q` and checks the program exited 0 and gave the screen back.
    fn quit_and_expect_the_shell_back(&self) {
        self.send(&["q"]);
        self.wait_for(&["exited=0"]);
        assert!(!self.alternate_screen_on(), "the alternate screen was left");
    }

    fn cursor_visible(&self) -> bool {
        self.pane_flag("#{cursor_flag}") == "1"
    }

    /// Polls until `ready` holds, or fails saying what was awaited.
    fn wait_until(&self, what: &str, ready: impl Fn() -> bool) {
        let start = Instant::now();
        while !ready() {
            assert!(
                start.elapsed() < DEADLINE,
                "waited {DEADLINE:?} for {what}; the screen shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Runs the explorer from the shell prompt, with `then` after it on the same line, and
    /// waits for its first screen.
    fn launch(&self, then: &str) {
        let binary = env!("CARGO_BIN_EXE_briefing");
        self.type_text(&format!("'{binary}'{then}"));
        self.send(&["Enter"]);
        self.wait_for(&["1 Summary", "Summary · item 1 of 9"]);
        self.wait_until("the alternate screen", || self.alternate_screen_on());
    }

    /// The process id of the program the pane's shell is running.
    fn program_pid(&self) -> u32 {
        let shell = self.pane_flag("#{pane_pid}");
        let start = Instant::now();
        loop {
            let child = std::fs::read_dir("/proc")
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
                .find(|pid| process_field(*pid, 1).as_deref() == Some(shell.as_str()));
            if let Some(pid) = child {
                return pid;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "no program under the shell {shell}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

/// A field of `/proc/PID/stat` after the command name: 0 is the state, 1 the parent's pid.
fn process_field(pid: u32, index: usize) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, after_name) = stat.rsplit_once(") ")?;
    after_name.split(' ').nth(index).map(str::to_string)
}

fn kill(signal: &str, pid: u32) {
    let status = Command::new("kill")
        .args(["-s", signal, &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success(), "kill -s {signal} {pid}");
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|output| output.status.success())
}

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
    session.wait_for(&["The paste was cut", "/ pipe pipe"]);
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
    assert!(screen.contains("using the default settings"), "{screen}");
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
