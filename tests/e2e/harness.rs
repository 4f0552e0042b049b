//! The harness: a detached tmux session on a private server, keys sent, the screen polled
//! for expected text with a deadline, and the program's process found for signals.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub const DEADLINE: Duration = Duration::from_secs(20);

/// A tmux command on the test's own server, away from the user's sessions and config.
pub fn tmux(socket: &str, args: &[&str]) -> Output {
    Command::new("tmux")
        .args(["-L", socket, "-f", "/dev/null"])
        .args(args)
        .output()
        .expect("tmux runs")
}

/// A detached session on a private tmux server, which is killed (that server only) when
/// the test ends however it ends.
pub struct Session {
    socket: String,
    /// The server's socket file, removed after the server is killed (tmux leaves it).
    socket_path: Option<std::path::PathBuf>,
    pub name: String,
}

impl Session {
    /// `tag` keeps the servers of tests running at once apart.
    pub fn start(tag: &str, width: u16, height: u16) -> Session {
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
                "env PS1='e2e$ ' TERM=xterm-256color XDG_CONFIG_HOME=/nonexistent BRIEFING_LIBRARY=/nonexistent/briefing-library sh",
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

    pub fn tmux(&self, args: &[&str]) -> Output {
        tmux(&self.socket, args)
    }

    pub fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
    }

    pub fn type_text(&self, text: &str) {
        assert!(
            self.tmux(&["send-keys", "-t", &self.name, "-l", text])
                .status
                .success()
        );
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", &self.name]).stdout)
            .into_owned()
    }

    /// Polls the screen until it shows every text, or fails with what it shows.
    pub fn wait_for(&self, texts: &[&str]) -> String {
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
    pub fn pane_flag(&self, format: &str) -> String {
        let output = self.tmux(&["display-message", "-p", "-t", &self.name, format]);
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    pub fn alternate_screen_on(&self) -> bool {
        self.pane_flag("#{alternate_on}") == "1"
    }

    /// Quits with `q` and checks the program exited 0 and gave the screen back.
    pub fn quit_and_expect_the_shell_back(&self) {
        self.send(&["q"]);
        self.wait_for(&["exited=0"]);
        assert!(!self.alternate_screen_on(), "the alternate screen was left");
    }

    pub fn cursor_visible(&self) -> bool {
        self.pane_flag("#{cursor_flag}") == "1"
    }

    /// Polls until `ready` holds, or fails saying what was awaited.
    pub fn wait_until(&self, what: &str, ready: impl Fn() -> bool) {
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
    pub fn launch(&self, then: &str) {
        let binary = env!("CARGO_BIN_EXE_briefing");
        self.type_text(&format!("'{binary}'{then}"));
        self.send(&["Enter"]);
        self.wait_for(&["1 Summary", "Summary · item 1 of 9"]);
        self.wait_until("the alternate screen", || self.alternate_screen_on());
    }

    /// The process id of the program the pane's shell is running.
    pub fn program_pid(&self) -> u32 {
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
pub fn process_field(pid: u32, index: usize) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, after_name) = stat.rsplit_once(") ")?;
    after_name.split(' ').nth(index).map(str::to_string)
}

pub fn kill(signal: &str, pid: u32) {
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

pub fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|output| output.status.success())
}
