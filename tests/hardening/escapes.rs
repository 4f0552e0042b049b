//! §3: escape sequences in messages and lookups: control characters from a file or its name
//! are shown as escapes, and lookups neutralise bidi controls, separators and tabs.

use unicode_width::UnicodeWidthStr;

use super::{EXAMPLE, EXAMPLE_SOURCE, example_folder, path_arg, run, text};

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
