//! `--config` and the settings file as every command reads them: a bad file is said the same
//! way everywhere (one located line on standard error each, the defaults used), and a
//! lookup's answer and exit status do not change.

use std::path::Path;
use std::process::{Command, Output};

/// The binary with no settings of its own (an empty config folder) and `args`.
fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .env("XDG_CONFIG_HOME", home)
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// Bad settings files, each with the one line every command must say about it.
fn bad_configs(folder: &Path) -> Vec<(std::path::PathBuf, String)> {
    std::fs::create_dir_all(folder).expect("a folder");
    let missing = folder.join("missing.toml");
    let directory = folder.join("directory.toml");
    std::fs::create_dir(&directory).expect("a folder");
    let binary = folder.join("binary.toml");
    std::fs::write(&binary, b"mouse = false\n\x7fELF\xff\x00").expect("write");
    let bad_toml = folder.join("bad.toml");
    std::fs::write(&bad_toml, "mouse = false\ntheme = \"purple\"\n").expect("write");
    let clash = folder.join("clash.toml");
    std::fs::write(
        &clash,
        "[keys]\nselect_next = \"j\"\nquit = [\"j\", \"Q\"]\n",
    )
    .expect("write");
    let named = |path: &Path, rest: &str| format!("briefing: {}{rest}", path.display());
    vec![
        (
            missing.clone(),
            named(
                &missing,
                ": no such settings file; using the default settings",
            ),
        ),
        (
            directory.clone(),
            named(
                &directory,
                ": not a settings file but a directory; using the default settings",
            ),
        ),
        (
            binary.clone(),
            named(
                &binary,
                ":2:5: not UTF-8 text (byte 0xff), so not a settings file; using the default settings",
            ),
        ),
        (bad_toml.clone(), named(&bad_toml, ":2:9: ")),
        (
            clash.clone(),
            named(&clash, ":3:1: keys.quit: j is already select_next's key"),
        ),
    ]
}

#[test]
fn every_lookup_says_what_is_wrong_with_a_bad_config_and_answers_as_with_none() {
    let home = tempfile::tempdir().expect("an empty config folder");
    let folder = tempfile::tempdir().expect("a temporary folder");
    let lookups: [&[&str]; 4] = [
        &["search", "pipeline", "--limit", "2"],
        &["get", "pos-pipelines"],
        &["cite", "pos-pipelines"],
        &["show", "figures"],
    ];
    for args in lookups {
        let plain = run(home.path(), args);
        assert_eq!(plain.status.code(), Some(0), "{args:?}");
        assert_eq!(text(&plain.stderr), "", "{args:?} with no settings file");
        for (config, said) in bad_configs(folder.path().join(args[0]).as_path()) {
            let mut with_config = args.to_vec();
            let config = config.to_string_lossy().into_owned();
            with_config.extend(["--config", &config]);
            let output = run(home.path(), &with_config);
            assert_eq!(output.status.code(), Some(0), "{with_config:?}");
            assert_eq!(output.stdout, plain.stdout, "{with_config:?}: same answer");
            let stderr = text(&output.stderr);
            assert!(
                stderr
                    .lines()
                    .next()
                    .is_some_and(|line| line.starts_with(&said)),
                "{with_config:?}: {stderr}"
            );
            assert!(
                stderr.lines().all(|line| line.starts_with("briefing: ")),
                "{stderr}"
            );
        }
    }
}

#[test]
fn the_default_settings_file_is_read_by_lookups_too_and_its_absence_is_no_problem() {
    let home = tempfile::tempdir().expect("a config folder");
    // --limit 0: every result shown, so no note of more on stderr either.
    let output = run(home.path(), &["search", "oil", "--limit", "0"]);
    assert_eq!(text(&output.stderr), "", "no settings file is no problem");
    std::fs::create_dir(home.path().join("briefing")).expect("a folder");
    let file = home.path().join("briefing/config.toml");
    std::fs::write(&file, "colour = \"red\"\n").expect("write");
    let output = run(home.path(), &["search", "oil", "--limit", "1"]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = text(&output.stderr);
    assert!(
        stderr.starts_with(&format!("briefing: {}:1:1: ", file.display()))
            && stderr.contains("colour"),
        "{stderr}"
    );
}
