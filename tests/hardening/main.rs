//! Faults from issue 12, each tested by its kind through the real binary: files that block,
//! escape sequences in messages and lookups, closed pipes and full disks, dumb terminals,
//! byte-order marks, CRLF line ends and `source_file` paths that leave the brief's folder.
//! One module a kind: `files.rs` (files that block, `source_file` confined to the brief's
//! folder, byte-order marks and CRLF), `escapes.rs` (escape sequences in messages and
//! lookups), `output.rs` (closed pipes and write errors), `terminal.rs` (TERM=dumb, a second
//! presenter), `scale.rs` (costs that grow with the square of the input). The helpers below
//! are shared.

mod escapes;
mod files;
mod output;
mod scale;
mod terminal;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const EXAMPLE: &str = include_str!("../fixtures/example.toml");
const EXAMPLE_SOURCE: &str = include_str!("../fixtures/example.txt");

/// A library folder that does not exist: an empty library, so a developer's own library
/// cannot change what the lookups here print.
fn no_library() -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("no-library-{}", std::process::id()))
}

fn briefing() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_briefing"));
    command
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env("TERM", "xterm-256color")
        .env("BRIEFING_LIBRARY", no_library())
        .stdin(Stdio::null());
    command
}

/// Runs the binary, failing the test if it has not ended within `limit`: a blocked `open()`
/// must show up as a failure, not as a test that never ends.
fn run_within(command: &mut Command, limit: Duration) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("briefing was still running after {limit:?}: it blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn run(args: &[&str]) -> Output {
    run_within(briefing().args(args), Duration::from_secs(10))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A folder with the example brief and its source, for variations.
fn example_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temporary folder");
    std::fs::write(folder.path().join("example.toml"), EXAMPLE).expect("write brief");
    std::fs::write(folder.path().join("example.txt"), EXAMPLE_SOURCE).expect("write source");
    folder
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
