//! What the library commands say when something is wrong: a FIFO, a missing file, a folder
//! (its briefs and reports are added), a file where the library should be; each path and
//! each reason said once; with `--json`, the error as JSON on stdout too.

use std::process::Command;

use super::{Library, V1, text};

/// Runs the binary with `root` as the library (which need not exist, or be a folder).
fn library_command(root: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .env("BRIEFING_LIBRARY", root)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("briefing runs")
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn add_names_a_fifo_as_a_fifo_and_a_missing_file_as_missing() {
    let folder = tempfile::tempdir().expect("a folder");
    let root = folder.path().join("library");
    let fifo = folder.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|status| status.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let output = library_command(&root, &["add", fifo.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(
        said.contains("pipe.txt: not a regular file (a FIFO)"),
        "{said}"
    );
    assert!(!said.contains("no such file"), "{said}");
    let missing = folder.path().join("nowhere.txt");
    let output = library_command(&root, &["add", missing.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("nowhere.txt: no such file"));
}

#[test]
fn add_takes_every_brief_and_report_of_a_folder_and_names_an_empty_one() {
    let folder = tempfile::tempdir().expect("a folder");
    let root = folder.path().join("library");
    let reports = folder.path().join("reports");
    std::fs::create_dir(&reports).expect("a folder of reports");
    for name in ["taiwan-v1.toml", "taiwan-v2.toml"] {
        std::fs::copy(format!("tests/fixtures/library/{name}"), reports.join(name)).expect("copy");
    }
    std::fs::write(reports.join("notes.odt"), "not a report").expect("write");
    std::fs::write(reports.join(".hidden.toml"), "").expect("write");
    let output = library_command(&root, &["add", reports.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let added = String::from_utf8_lossy(&output.stdout);
    assert_eq!(added.matches("added ").count(), 2, "{added}");
    assert!(stderr(&output).is_empty(), "{}", stderr(&output));

    let empty = folder.path().join("empty");
    std::fs::create_dir(&empty).expect("an empty folder");
    let output = library_command(&root, &["add", empty.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("empty: no briefs (.toml, .json) or reports"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn each_error_says_its_path_once_and_its_reason_once() {
    let folder = tempfile::tempdir().expect("a folder");
    let root = folder.path().join("library");
    let empty = folder.path().join("empty.txt");
    std::fs::write(&empty, "").expect("an empty report");
    let output = library_command(&root, &["add", empty.to_str().expect("UTF-8")]);
    let said = stderr(&output);
    assert_eq!(said.matches("empty.txt").count(), 1, "{said}");
    assert!(said.contains("empty.txt: the file is empty"), "{said}");

    // A file where the library folder should be.
    let file = folder.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    for root in [file.clone(), file.join("below")] {
        let output = library_command(&root, &["list"]);
        assert_eq!(output.status.code(), Some(2));
        let said = stderr(&output);
        assert_eq!(said.lines().count(), 1, "{said}");
        assert!(
            said.contains("the library must be a folder, and a file is in the way"),
            "{said}"
        );
        assert!(!said.contains("os error"), "{said}");
    }
}

#[test]
fn with_json_an_error_is_a_json_object_on_stdout_too() {
    let folder = tempfile::tempdir().expect("a folder");
    let root = folder.path().join("library");
    let output = library_command(&root, &["get", "zzzz", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("an error object on stdout");
    assert!(
        json["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("no item with id \"zzzz\"")),
        "{json}"
    );
    assert_eq!(json["exit"], 1);
    assert!(
        json["lines"].as_array().is_some_and(|l| l.len() == 2),
        "{json}"
    );
    // The same words on stderr, for a person.
    assert!(stderr(&output).contains("briefing: no item with id \"zzzz\""));
    // Without --json, stdout stays empty.
    let output = library_command(&root, &["get", "zzzz"]);
    assert!(output.stdout.is_empty());
    // A library that cannot be read, under list --json.
    let file = folder.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    let output = library_command(&file, &["list", "--json"]);
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["exit"], 2);
}

#[test]
fn the_built_in_brief_cannot_be_removed_and_an_empty_id_is_said_to_be_empty() {
    let library = Library::new();
    library.ok(&["add", V1]);
    let removed = library.run(&["remove", "eai-background-brief-346"]);
    assert_eq!(removed.status.code(), Some(2));
    let stderr = text(&removed.stderr);
    assert!(
        stderr.contains("built-in brief is part of the program and cannot be removed"),
        "{stderr}"
    );
    for command in ["get", "cite"] {
        let empty = library.run(&[command, ""]);
        assert_eq!(empty.status.code(), Some(2), "{command}");
        let stderr = text(&empty.stderr);
        assert!(stderr.contains("the id is empty"), "{command}: {stderr}");
        assert!(!stderr.contains("briefing search `"), "{command}: {stderr}");
    }
}
