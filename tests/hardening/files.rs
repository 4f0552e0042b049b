//! Faults of the files given: a FIFO or a folder where a brief or its source should be (§2),
//! a `source_file` that leaves the brief's folder, byte-order marks and CRLF line ends (§7).

use std::time::Duration;

use super::{
    EXAMPLE, EXAMPLE_SOURCE, briefing, example_folder, mkfifo, path_arg, run, run_within, text,
};

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
