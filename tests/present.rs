//! `briefing present` driven as a person would: the real binary in tmux, paging, jumping,
//! blanking, notes, quitting with the terminal restored; and a presenter with a follower.
//!
//! Skips with a message when tmux is not installed.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_briefing");
const DEADLINE: Duration = Duration::from_secs(10);

/// A private tmux server, killed when dropped.
struct Tmux {
    socket: String,
    runtime: PathBuf,
}

impl Tmux {
    fn start(name: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("skipping: tmux is not installed");
            return None;
        }
        let socket = format!("briefing-test-{name}-{}", std::process::id());
        let runtime = std::env::temp_dir().join(&socket);
        std::fs::create_dir_all(&runtime).expect("runtime dir");
        Some(Tmux { socket, runtime })
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// A shell of the given size, with a plain prompt and our runtime directory.
    fn shell(&self, session: &str, width: u16, height: u16) {
        let runtime = self.runtime.display().to_string();
        let status = self.tmux(&[
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "-e",
            &format!("XDG_RUNTIME_DIR={runtime}"),
            "-e",
            "PS1=$ ",
            "sh",
        ]);
        assert!(status.status.success(), "{status:?}");
    }

    fn keys(&self, session: &str, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", "-t", session, key]);
        }
    }

    fn type_line(&self, session: &str, line: &str) {
        self.tmux(&["send-keys", "-t", session, "-l", line]);
        self.tmux(&["send-keys", "-t", session, "Enter"]);
    }

    fn screen(&self, session: &str) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", session]).stdout)
            .into_owned()
    }

    /// Polls the screen until `ready` holds; fails with the last screen after the deadline.
    fn wait(&self, session: &str, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(session);
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "waited for {what} in {session}; the screen is:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for(&self, session: &str, text: &str) -> String {
        self.wait(session, text, |screen| screen.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // tmux leaves its socket file behind a killed server; ask for it first.
        let socket_path = self.tmux(&["display-message", "-p", "#{socket_path}"]);
        let socket_path = String::from_utf8_lossy(&socket_path.stdout)
            .trim()
            .to_string();
        let _ = self.tmux(&["kill-server"]);
        if !socket_path.is_empty() {
            let _ = std::fs::remove_file(socket_path);
        }
        let _ = std::fs::remove_dir_all(&self.runtime);
    }
}

#[test]
fn a_presenter_pages_jumps_blanks_reads_notes_and_quits_cleanly() {
    let Some(tmux) = Tmux::start("solo") else {
        return;
    };
    tmux.shell("solo", 80, 24);
    tmux.type_line("solo", &format!("{BIN} present"));
    tmux.wait_for("solo", "slide 1 of 20");
    tmux.keys("solo", &["Right", "Space"]);
    let screen = tmux.wait_for("solo", "slide 3 of 20");
    assert!(screen.contains("Key point 2 of 9"), "{screen}");
    tmux.keys("solo", &["Left"]);
    tmux.wait_for("solo", "Key point 1 of 9");
    tmux.keys("solo", &["1", "4"]);
    tmux.wait_for("solo", "go to slide 14");
    tmux.keys("solo", &["Enter"]);
    let screen = tmux.wait_for("solo", "slide 14 of 20");
    assert!(screen.contains("Who stands where"), "{screen}");
    // Enter opens the explorer at the slide's first item; Esc comes back to the slide.
    tmux.keys("solo", &["Enter"]);
    let screen = tmux.wait("solo", "the explorer", |screen| {
        !screen.contains("slide 14 of 20")
    });
    // The detail opens scrolled to its quote, under the item's id.
    assert!(
        screen.contains("Position · pos-strategic-partnership")
            && screen.contains("strategic partnership to counterbalance US unilateralism"),
        "{screen}"
    );
    tmux.keys("solo", &["Escape"]);
    tmux.wait_for("solo", "slide 14 of 20");
    tmux.keys("solo", &["b"]);
    tmux.wait("solo", "a blank screen", |screen| screen.trim().is_empty());
    tmux.keys("solo", &["x"]);
    tmux.wait_for("solo", "slide 14 of 20");
    tmux.keys("solo", &["n"]);
    let screen = tmux.wait_for("solo", "Speaker notes");
    assert!(screen.contains("“"), "notes quote the brief:\n{screen}");
    tmux.keys("solo", &["End"]);
    tmux.wait_for("solo", "slide 20 of 20");
    tmux.keys("solo", &["q"]);
    // The alternate screen is gone: the command line we typed is back.
    tmux.wait_for("solo", &format!("{BIN} present"));
    tmux.type_line("solo", "stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo; echo END$((6*7))");
    let screen = tmux.wait_for("solo", "END42");
    let lines: Vec<&str> = screen.lines().map(str::trim).collect();
    assert!(
        lines.contains(&"icanon") && lines.contains(&"echo"),
        "the terminal is still raw:\n{screen}"
    );
    assert!(!lines.contains(&"-icanon"), "{screen}");
}

#[test]
fn a_follower_catches_up_moves_with_the_presenter_and_stays_when_it_leaves() {
    let Some(tmux) = Tmux::start("pair") else {
        return;
    };
    tmux.shell("laptop", 100, 30);
    tmux.shell("projector", 80, 24);
    tmux.type_line(
        "laptop",
        &format!("{BIN} present --presenter --session e2e --duration 20m"),
    );
    tmux.wait_for("laptop", "Now 1 of 20");
    let screen = tmux.wait_for("laptop", "20:00 talk");
    assert!(screen.contains("Next: 2 of 20"), "{screen}");
    tmux.keys("laptop", &["Right", "Right", "Right", "t"]);
    tmux.wait_for("laptop", "Now 4 of 20");
    // The timer counts down from the planned twenty minutes.
    tmux.wait_for("laptop", "19:5");
    // Started late, the follower opens where the presenter is.
    tmux.type_line(
        "projector",
        &format!("{BIN} present --follow --session e2e"),
    );
    let screen = tmux.wait_for("projector", "slide 4 of 20");
    assert!(screen.contains("Key point 3 of 9"), "{screen}");
    tmux.keys("laptop", &["Right"]);
    tmux.wait_for("projector", "slide 5 of 20");
    // The follower's own navigation keys do nothing.
    tmux.keys("projector", &["Right"]);
    tmux.keys("laptop", &["b"]);
    tmux.wait("projector", "a blank follower", |screen| {
        screen.trim().is_empty()
    });
    tmux.keys("laptop", &["b"]);
    tmux.wait_for("projector", "slide 5 of 20");
    tmux.keys("laptop", &["q"]);
    let screen = tmux.wait_for("projector", "the presenter has left");
    assert!(screen.contains("staying on slide 5"), "{screen}");
    assert!(screen.contains("Key point 4 of 9"), "{screen}");
    tmux.keys("projector", &["q"]);
    tmux.wait_for("projector", "--follow --session e2e");
}

#[test]
fn outline_prints_markdown_and_bad_arguments_fail_plainly() {
    let output = Command::new(BIN)
        .args(["present", "--outline"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("# China-Russia Relations\n"));
    assert_eq!(text.matches("\n## ").count(), 20);
    let output = Command::new(BIN)
        .args(["present", "--start", "40"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("--start 40: the deck has slides 1 to 20")
    );
    let output = Command::new(BIN)
        .args(["present", "--duration", "soon"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_deck_file_is_checked_and_presented() {
    let dir = std::env::temp_dir().join(format!("briefing-deck-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let good = dir.join("good.toml");
    std::fs::write(
        &good,
        "[[slides]]\nkind = \"title\"\n[[slides]]\nkind = \"theme\"\ntheme = \"energy\"\ntitle = \"Pipelines\"\n",
    )
    .expect("write");
    let output = Command::new(BIN)
        .args(["present", "--outline", "--deck"])
        .arg(&good)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(text.contains("## 2. Pipelines\n"), "{text}");
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[[slides]]\nkind = \"theme\"\ntheme = \"sport\"\n").expect("write");
    let output = Command::new(BIN)
        .args(["present", "--deck"])
        .arg(&bad)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("bad.toml:3:"), "{stderr}");
    assert!(
        stderr.contains("theme \"sport\" is not defined"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn p_in_the_explorer_presents_and_enter_esc_go_to_the_item_and_back() {
    let Some(tmux) = Tmux::start("explorer") else {
        return;
    };
    tmux.shell("ex", 100, 30);
    tmux.type_line("ex", BIN);
    tmux.wait_for("ex", "Summary · item 1 of 9");
    tmux.keys("ex", &["p"]);
    // The slide that shows the reader's item: the first summary paragraph's point.
    tmux.wait_for("ex", "slide 2 of 20");
    tmux.keys("ex", &["1", "Enter"]);
    tmux.wait_for("ex", "slide 1 of 20");
    tmux.keys("ex", &["Enter"]);
    tmux.wait_for("ex", "Nothing to open on this slide");
    tmux.keys("ex", &["1", "4", "Enter"]);
    tmux.wait_for("ex", "slide 14 of 20");
    tmux.keys("ex", &["Enter"]);
    let screen = tmux.wait("ex", "the explorer", |screen| {
        !screen.contains("slide 14 of 20")
    });
    assert!(
        screen.contains("Enhance their strategic partnership"),
        "{screen}"
    );
    tmux.keys("ex", &["Escape"]);
    let screen = tmux.wait_for("ex", "slide 14 of 20");
    assert!(screen.contains("Who stands where"), "{screen}");
    tmux.keys("ex", &["q"]);
    tmux.wait_for("ex", "Summary · item 1 of 9");
    tmux.keys("ex", &["q"]);
    // The explorer's screen is gone and the shell has the terminal again.
    tmux.wait("ex", "the shell", |screen| {
        !screen.contains("Summary · item") && screen.contains(BIN)
    });
    tmux.type_line("ex", "echo BACK$((20+1))");
    tmux.wait_for("ex", "BACK21");
}

#[test]
fn a_presenter_ended_by_a_signal_still_tells_its_followers() {
    let Some(tmux) = Tmux::start("signal") else {
        return;
    };
    tmux.shell("laptop", 80, 24);
    tmux.shell("projector", 80, 24);
    // `exec`, so the pane's process is the presenter itself.
    tmux.type_line(
        "laptop",
        &format!("exec {BIN} present --presenter --session sig --start 3"),
    );
    tmux.wait_for("laptop", "Now 3 of 20");
    tmux.type_line(
        "projector",
        &format!("{BIN} present --follow --session sig"),
    );
    tmux.wait_for("projector", "slide 3 of 20");
    let pid = String::from_utf8_lossy(
        &tmux
            .tmux(&["display-message", "-p", "-t", "laptop", "#{pane_pid}"])
            .stdout,
    )
    .trim()
    .to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let screen = tmux.wait_for("projector", "the presenter has left");
    assert!(screen.contains("staying on slide 3"), "{screen}");
    tmux.keys("projector", &["q"]);
}
