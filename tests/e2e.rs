//! The real binary driven through tmux: open a pane, search, drill down, go back, quit, and
//! check the shell is usable again. Skipped, with a message, when tmux is not installed.

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
    fn start(width: u16, height: u16) -> Session {
        let socket = format!("briefing-e2e-{}", std::process::id());
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
                "env PS1='e2e$ ' TERM=xterm-256color sh",
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

    fn alternate_screen_on(&self) -> bool {
        let output = self.tmux(&["display-message", "-p", "-t", &self.name, "#{alternate_on}"]);
        String::from_utf8_lossy(&output.stdout).trim() == "1"
    }
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
    let session = Session::start(80, 24);
    session.wait_for(&["e2e$"]);
    let binary = env!("CARGO_BIN_EXE_briefing");
    session.type_text(&format!("'{binary}'; echo \"exited=$?\""));
    session.send(&["Enter"]);
    let screen = session.wait_for(&["1 Summary", "Summary · item 1 of 9", "? help"]);
    assert!(session.alternate_screen_on());
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
    session.wait_for(&[
        "Position · pos-pipelines",
        "Related",
        "related 1 of",
        "Esc back",
    ]);

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
