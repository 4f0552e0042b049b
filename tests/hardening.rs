//! Faults from issue 12, each tested by its kind through the real binary: files that block,
//! escape sequences in messages and lookups, closed pipes and full disks, dumb terminals,
//! byte-order marks, CRLF line ends and `source_file` paths that leave the brief's folder.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use unicode_width::UnicodeWidthStr;

const EXAMPLE: &str = include_str!("fixtures/example.toml");
const EXAMPLE_SOURCE: &str = include_str!("fixtures/example.txt");

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

// §2: files that block.

#[test]
fn a_fifo_given_as_the_brief_is_refused_at_once() {
    let folder = tempfile::tempdir().expect("folder");
    let fifo = folder.path().join("brief.toml");
    mkfifo(&fifo);
    for args in [
        vec!["check", path_arg(&fifo)],
        vec!["show", "figures", "--file", path_arg(&fifo)],
        vec![path_arg(&fifo)],
    ] {
        let output = run_within(briefing().args(&args), Duration::from_secs(5));
        let stderr = text(&output.stderr);
        assert_ne!(output.status.code(), Some(0), "{args:?}");
        assert!(
            stderr.contains("not a regular file (a FIFO)"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_fifo_or_a_directory_named_as_source_file_is_refused_at_once() {
    let folder = example_folder();
    mkfifo(&folder.path().join("pipe.txt"));
    std::fs::create_dir(folder.path().join("texts")).expect("mkdir");
    for (name, kind) in [("pipe.txt", "a FIFO"), ("texts", "a directory")] {
        let brief = EXAMPLE.replace(
            "source_file = \"example.txt\"",
            &format!("source_file = \"{name}\""),
        );
        let path = folder.path().join("variant.toml");
        std::fs::write(&path, brief).expect("write");
        let output = run_within(
            briefing().args(["check", path_arg(&path)]),
            Duration::from_secs(5),
        );
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(&format!("{name}: not a regular file ({kind})")),
            "{stderr}"
        );
    }
}

#[test]
fn a_directory_given_as_the_brief_is_refused() {
    let folder = tempfile::tempdir().expect("folder");
    let output = run(&["check", path_arg(folder.path())]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("not a regular file (a directory)"));
}

// §7: source_file confined to the brief's folder.

#[test]
fn a_source_file_outside_the_brief_s_folder_is_refused_with_its_line() {
    let folder = example_folder();
    let outside = folder.path().join("..").join("outside.txt");
    for (name, says) in [
        (path_arg(&outside).to_string(), "is an absolute path"),
        ("../example.txt".to_string(), "leaves the brief's folder"),
        (
            "sub/../../example.txt".to_string(),
            "leaves the brief's folder",
        ),
    ] {
        let brief = EXAMPLE.replace(
            "source_file = \"example.txt\"",
            &format!("source_file = {name:?}"),
        );
        let path = folder.path().join("variant.toml");
        std::fs::write(&path, &brief).expect("write");
        let output = run(&["check", path_arg(&path)]);
        let stderr = text(&output.stderr);
        let line = brief
            .lines()
            .position(|line| line.starts_with("source_file"))
            .expect("a source_file line")
            + 1;
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(&format!("variant.toml:{line}:1: meta.source_file: ")),
            "{stderr}"
        );
        assert!(stderr.contains(says), "{stderr}");
    }
    // Inside the folder, `..` that comes back is fine.
    std::fs::create_dir(folder.path().join("sub")).expect("mkdir");
    let brief = EXAMPLE.replace(
        "source_file = \"example.txt\"",
        "source_file = \"sub/../example.txt\"",
    );
    let path = folder.path().join("variant.toml");
    std::fs::write(&path, brief).expect("write");
    assert_eq!(run(&["check", path_arg(&path)]).status.code(), Some(0));
}

// §7: byte-order marks and CRLF line ends.

#[test]
fn a_json_brief_starting_with_a_byte_order_mark_loads() {
    let folder = example_folder();
    let json = run(&[
        "export",
        "--format",
        "json",
        path_arg(&folder.path().join("example.toml")),
    ]);
    assert_eq!(json.status.code(), Some(0));
    let path = folder.path().join("bom.json");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(&json.stdout);
    std::fs::write(&path, bytes).expect("write");
    let output = run(&["check", path_arg(&path)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
}

#[test]
fn a_toml_brief_with_crlf_line_ends_and_its_source_inline_loads() {
    let folder = example_folder();
    let inline = EXAMPLE.replace(
        "source_file = \"example.txt\"",
        &format!("source = '''\n{EXAMPLE_SOURCE}'''"),
    );
    let path = folder.path().join("crlf.toml");
    std::fs::write(&path, inline.replace('\n', "\r\n")).expect("write");
    let output = run(&["check", path_arg(&path)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    // A carriage return the author wrote as an escape is still refused.
    let escaped = inline.replace("title = \"Freedonia", "title = \"\\rFreedonia");
    std::fs::write(&path, escaped).expect("write");
    let output = run(&["check", path_arg(&path)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("U+000D"));
}

// §3: escape sequences in messages.

/// Control characters that would act on a terminal: ESC, BEL, C1 CSI, and the OSC 52
/// clipboard sequence.
fn assert_inert(stream: &str, what: &str) {
    for c in ['\x1b', '\x07', '\u{9b}', '\u{202e}', '\u{2028}'] {
        assert!(
            !stream.contains(c),
            "{what} holds U+{:04X}: {stream:?}",
            u32::from(c)
        );
    }
}

#[test]
fn check_shows_control_characters_from_the_file_as_escapes() {
    let folder = example_folder();
    let cases = [
        // An unknown field name, as a quoted TOML key.
        (
            "[meta]\n\"\\u001b]52;c;cHduZWQ=\\u0007\" = 1\n",
            "unknown field `\\u{1b}]52;c;cHduZWQ=\\u{7}`",
        ),
        // An enum value.
        (
            "\n[[actors]]\nid = \"x\"\nname = \"X\"\nkind = \"\\u001b[2J\\u009b\\u202e\"\n",
            "unknown variant `\\u{1b}[2J\\u{9b}\\u{202e}`",
        ),
    ];
    for (addition, expected) in cases {
        let brief = if addition.starts_with("[meta]") {
            EXAMPLE.replace("[meta]\n", addition)
        } else {
            format!("{EXAMPLE}{addition}")
        };
        let path = folder.path().join("bad.toml");
        std::fs::write(&path, brief).expect("write");
        for args in [
            vec!["check", path_arg(&path)],
            vec!["show", "figures", "--file", path_arg(&path)],
            vec![path_arg(&path)],
        ] {
            let output = run(&args);
            let stderr = text(&output.stderr);
            assert_ne!(output.status.code(), Some(0));
            assert_inert(&stderr, "stderr");
            assert!(stderr.contains(expected), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn file_names_in_messages_are_escaped() {
    let folder = tempfile::tempdir().expect("folder");
    let name = folder.path().join("brief\x1b]0;pwned\x07.toml");
    for args in [
        vec!["check", path_arg(&name)],
        vec!["get", "p1", "--file", path_arg(&name)],
    ] {
        let output = run(&args);
        let stderr = text(&output.stderr);
        assert_inert(&stderr, "stderr");
        assert!(
            stderr.contains("brief\\u{1b}]0;pwned\\u{7}.toml"),
            "{stderr}"
        );
    }
}

#[test]
fn lookups_neutralise_bidi_controls_separators_and_tabs() {
    let folder = example_folder();
    // Validation lets these through: they are not control characters to Unicode.
    let tricky = |text: &str| {
        text.replace(
            "signed an agreement",
            "signed\u{202e} an\u{2066} agreement\u{2069}\u{202c}",
        )
        .replace("Talks had begun", "Talks\u{2028}had\tbegun")
    };
    std::fs::write(folder.path().join("example.toml"), tricky(EXAMPLE)).expect("write brief");
    std::fs::write(folder.path().join("example.txt"), tricky(EXAMPLE_SOURCE)).expect("write");
    let file = folder.path().join("example.toml");
    assert_eq!(run(&["check", path_arg(&file)]).status.code(), Some(0));
    for args in [
        vec!["show", "summary"],
        vec!["get", "p1"],
        vec!["search", "agreement"],
        vec!["cite", "p1"],
    ] {
        let mut args = args.clone();
        args.extend(["--file", path_arg(&file)]);
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let stdout = text(&output.stdout);
        assert_inert(&stdout, "stdout");
        assert!(!stdout.contains('\t'), "{args:?}: a raw tab: {stdout}");
        // A citation is one line to paste, whatever the width.
        for line in stdout.lines().filter(|_| args[0] != "cite") {
            assert!(line.width() <= 80, "{args:?}: over 80 columns: {line:?}");
        }
    }
}

// §7: closed pipes and write errors.

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

// §7: TERM=dumb.

#[test]
fn a_dumb_terminal_gets_no_escape_codes_and_no_full_screen() {
    // Colour is only ever sent to a terminal; under `script` stdout is one.
    let Ok(script) = Command::new("script").arg("--version").output() else {
        eprintln!("skipped: no `script` to give the binary a terminal");
        return;
    };
    if !script.status.success() {
        eprintln!("skipped: `script` is not util-linux's");
        return;
    }
    let binary = env!("CARGO_BIN_EXE_briefing");
    let in_terminal = |term: &str, args: &str| {
        let output = Command::new("script")
            .args(["-qfec", &format!("{binary} {args}"), "/dev/null"])
            .env("TERM", term)
            .env("BRIEFING_LIBRARY", no_library())
            .env_remove("NO_COLOR")
            .stdin(Stdio::null())
            .output()
            .expect("script runs");
        (output.status.code(), text(&output.stdout))
    };
    let (_, coloured) = in_terminal("xterm-256color", "search pipeline");
    assert!(coloured.contains('\x1b'), "a capable terminal is coloured");
    for args in ["search pipeline", "show figures", "get p1", "--help"] {
        let (code, plain) = in_terminal("dumb", args);
        assert_eq!(code, Some(0), "{args}: {plain}");
        assert!(!plain.contains('\x1b'), "{args}: {plain:?}");
    }
    for args in ["", "present"] {
        let (code, said) = in_terminal("dumb", args);
        assert_eq!(code, Some(2), "{args}: {said}");
        assert!(said.contains("needs a capable terminal"), "{args}: {said}");
        assert!(
            !said.contains("\x1b[?1049h"),
            "{args}: entered the alternate screen"
        );
    }
}

// §1: the presenter channel.

#[test]
fn a_second_presenter_in_a_session_refuses_to_start() {
    let runtime = tempfile::tempdir().expect("runtime folder");
    let channel = runtime.path().join("briefing").join("present-talk.json");
    let _first = briefing::present::channel::claim(&channel).expect("the first presenter");
    let output = run_within(
        briefing().env("XDG_RUNTIME_DIR", runtime.path()).args([
            "present",
            "--presenter",
            "--session",
            "talk",
        ]),
        Duration::from_secs(5),
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot present in session \"talk\": another presenter"),
        "{stderr}"
    );
    assert!(
        !text(&output.stdout).contains("\x1b[?1049h"),
        "the screen was taken"
    );
}

// §5: costs that grow with the square of the input.

#[path = "../benches/check/generate.rs"]
mod generate;

/// Loads a generated brief as `briefing check` does, returning the problems and the time.
fn check_generated(items: usize, faults: generate::Faults) -> (usize, Duration) {
    let (toml, source) = generate::brief(items, faults);
    let started = Instant::now();
    let result = briefing::brief::load_str(
        &toml,
        briefing::brief::load::Format::Toml,
        "generated.toml",
        &|_| Ok(source.clone()),
    );
    let problems = match result {
        Ok(_) => 0,
        Err(error) => error.lines().len(),
    };
    (problems, started.elapsed())
}

#[test]
fn every_problem_of_a_large_brief_is_located_in_linear_time() {
    // 20,000 items, each naming an undefined actor, every fifth quoting what the source does
    // not say: 24,000 problems in a 3.7 MB file. Rescanning the file for each took minutes;
    // even a debug build now takes a few seconds.
    let (problems, took) = check_generated(20_000, generate::Faults::Every);
    assert_eq!(problems, 24_000);
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn a_large_valid_brief_checks_in_linear_time() {
    let (problems, took) = check_generated(20_000, generate::Faults::None);
    assert_eq!(problems, 0);
    assert!(took < Duration::from_secs(20), "took {took:?}");
}
