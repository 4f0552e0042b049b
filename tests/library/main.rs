//! The library commands run as the real binary on a temporary library (`BRIEFING_LIBRARY`):
//! add, list, remove, diff; duplicates, concurrent adds, broken files, a deleted index and
//! an index that cannot be written. `diff.rs` holds the `diff` tests, `lookups.rs` those of
//! search, get, cite and show over the library, `errors.rs` what the commands say when
//! something is wrong.

mod diff;
mod errors;
mod lookups;
mod paths;
mod widths;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const V1: &str = "tests/fixtures/library/taiwan-v1.toml";
const V2: &str = "tests/fixtures/library/taiwan-v2.toml";
const V1_ID: &str = "crs-in-focus-if99001";

/// A temporary library folder (not created: `add` creates it) and the folder holding it.
struct Library {
    _home: tempfile::TempDir,
    root: PathBuf,
}

impl Library {
    fn new() -> Library {
        let home = tempfile::tempdir().expect("a temporary folder");
        let root = home.path().join("library");
        Library { _home: home, root }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_briefing"));
        command
            .args(args)
            .env("BRIEFING_LIBRARY", &self.root)
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS");
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("the binary runs")
    }

    /// Runs a command that must succeed; its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "briefing {args:?} failed: {}",
            text(&output.stderr)
        );
        text(&output.stdout)
    }

    fn list_json(&self) -> Value {
        serde_json::from_str(&self.ok(&["list", "--json"])).expect("list --json is JSON")
    }

    fn ids(&self) -> Vec<String> {
        self.list_json()["briefs"]
            .as_array()
            .expect("briefs is an array")
            .iter()
            .map(|entry| entry["id"].as_str().expect("an id").to_string())
            .collect()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Variants of the v1 fixture with numbers IF99100+`n`…: distinct content, distinct ids.
fn variants(folder: &Path, prefix: &str, count: usize) -> Vec<PathBuf> {
    let base = fs::read_to_string(V1).expect("the fixture");
    (0..count)
        .map(|n| {
            let path = folder.join(format!("{prefix}-{n}.toml"));
            let number = format!("IF9{prefix}{n:03}");
            fs::write(&path, base.replace("IF99001", &number)).expect("write a variant");
            path
        })
        .collect()
}

#[test]
fn add_list_and_remove_a_brief() {
    let library = Library::new();
    assert!(library.ok(&["list"]).contains("is empty"));
    let added = library.ok(&["add", V1]);
    assert!(
        added.starts_with(&format!("added {V1_ID}: Taiwan: Arms Sales")),
        "{added}"
    );
    assert!(library.root.join(format!("{V1_ID}.toml")).is_file());

    let listed = library.ok(&["list"]);
    assert!(
        listed.contains(V1_ID) && listed.contains("15 Mar 2021"),
        "{listed}"
    );
    assert!(listed.contains("CRS In Focus IF99001"), "{listed}");
    assert!(
        listed.contains("CRS In Focus IF99001 · 2 events,"),
        "{listed}"
    );

    let json = library.list_json();
    let entry = &json["briefs"][0];
    assert_eq!(entry["id"], V1_ID);
    assert_eq!(entry["summary"]["title"], "Taiwan: Arms Sales");
    assert_eq!(entry["summary"]["published"], "2021-03-15");
    assert_eq!(entry["summary"]["counts"]["figures"], 2);

    let removed = library.ok(&["remove", V1_ID]);
    assert!(
        removed.starts_with(&format!("removed {V1_ID}: Taiwan: Arms Sales")),
        "{removed}"
    );
    assert!(library.ids().is_empty());
    let again = library.run(&["remove", V1_ID]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        text(&again.stderr).contains("no such brief"),
        "{}",
        text(&again.stderr)
    );
}

#[test]
fn the_same_content_twice_is_refused_with_a_note() {
    let library = Library::new();
    library.ok(&["add", V1]);
    let json_copy = library.root.parent().expect("a parent").join("copy.json");
    let export = library.ok(&["export", V1, "--format", "json"]);
    fs::write(&json_copy, export).expect("write the JSON copy");
    let output = library.run(&["add", V1, json_copy.to_str().expect("UTF-8 path")]);
    assert_eq!(output.status.code(), Some(0));
    let note = text(&output.stderr);
    assert_eq!(
        note.matches("already in the library as crs-in-focus-if99001")
            .count(),
        2,
        "{note}"
    );
    assert_eq!(library.ids(), [V1_ID]);
}

#[test]
fn two_concurrent_adds_lose_nothing_and_add_nothing_twice() {
    let library = Library::new();
    let folder = library.root.parent().expect("a parent").to_path_buf();
    // Both shells add the same twelve briefs, in the same order, each with six of its own.
    let shared = variants(&folder, "0", 12);
    let own = [variants(&folder, "1", 6), variants(&folder, "2", 6)];
    let args = |own: &[PathBuf]| -> Vec<String> {
        let mut args = vec!["add".to_string()];
        for (n, file) in shared.iter().enumerate() {
            args.push(file.display().to_string());
            if let Some(mine) = own.get(n / 2).filter(|_| n % 2 == 1) {
                args.push(mine.display().to_string());
            }
        }
        args
    };
    let library = &library;
    let outputs: Vec<Output> = std::thread::scope(|scope| {
        let handles: Vec<_> = own
            .iter()
            .map(|own| {
                let args = args(own);
                scope.spawn(move || {
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    library.command(&args).output().expect("the binary runs")
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    for output in &outputs {
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    }
    let notes: String = outputs.iter().map(|o| text(&o.stderr)).collect();
    assert_eq!(
        notes.matches("already in the library").count(),
        12,
        "{notes}"
    );
    let ids = library.ids();
    assert_eq!(ids.len(), 12 + 6 + 6, "{ids:?}");
    assert!(!ids.iter().any(|id| id.ends_with("-2")), "{ids:?}");
}

#[test]
fn a_broken_file_is_listed_with_its_located_problem_and_the_rest_still_load() {
    let library = Library::new();
    library.ok(&["add", V1]);
    fs::write(library.root.join("broken.toml"), "[meta]\ntitle = 3\n").expect("write");
    let listed = library.ok(&["list"]);
    assert!(listed.contains("broken.toml:2:"), "{listed}");
    assert!(listed.contains(V1_ID), "{listed}");
    // Files that do not load come after every brief that does.
    assert!(listed.find(V1_ID) < listed.find("broken:"), "{listed}");
    let json = library.list_json();
    let broken = &json["briefs"][1];
    assert_eq!(broken["id"], "broken");
    assert!(broken["summary"].is_null());
    assert!(
        broken["problems"][0]
            .as_str()
            .is_some_and(|p| p.contains("broken.toml:2:"))
    );
}

#[test]
fn the_index_follows_edits_and_deletions_made_outside_briefing() {
    let library = Library::new();
    library.ok(&["add", V1, V2]);
    let file = library.root.join(format!("{V1_ID}.toml"));
    let edited = fs::read_to_string(&file)
        .expect("read")
        .replace("Arms Sales", "Arms Deals");
    fs::write(&file, edited).expect("write");
    assert!(library.ok(&["list"]).contains("Taiwan: Arms Deals"));
    fs::remove_file(&file).expect("remove");
    assert_eq!(library.ids(), ["crs-in-focus-if99001-2"]);
}

#[test]
fn a_deleted_index_is_rebuilt_from_the_files() {
    let library = Library::new();
    library.ok(&["add", V1, V2]);
    let before = library.list_json();
    let index = library.root.join(".index.sqlite");
    assert!(index.is_file());
    fs::remove_file(&index).expect("delete the index");
    assert_eq!(library.list_json(), before);
    assert!(index.is_file(), "list wrote a new index");
}

#[test]
fn an_index_that_cannot_be_written_falls_back_to_memory() {
    // As root (as these tests often run), chmod does not stop writes; a folder where the
    // index file should be makes it unwritable for everyone.
    let library = Library::new();
    library.ok(&["add", V1]);
    let index = library.root.join(".index.sqlite");
    fs::remove_file(&index).expect("delete the index");
    fs::create_dir(&index).expect("a folder in the index's place");
    let json = library.list_json();
    assert_eq!(json["briefs"][0]["id"], V1_ID);
    assert!(
        json["index"]
            .as_str()
            .is_some_and(|i| i.starts_with("in memory")),
        "{json}"
    );
    assert!(library.ok(&["diff", V1_ID, V2]).contains("3 changes"));
}

#[test]
fn a_read_only_folder_still_lists_when_permissions_are_enforced() {
    use std::os::unix::fs::PermissionsExt;
    let library = Library::new();
    library.ok(&["add", V1]);
    fs::remove_file(library.root.join(".index.sqlite")).expect("delete the index");
    fs::set_permissions(&library.root, fs::Permissions::from_mode(0o555)).expect("chmod");
    let probe = library.root.join("probe");
    if fs::write(&probe, "x").is_ok() {
        let _ = fs::remove_file(&probe);
        fs::set_permissions(&library.root, fs::Permissions::from_mode(0o755)).expect("chmod");
        eprintln!("skipped: running as root, chmod does not stop writes (see the test above)");
        return;
    }
    let json = library.list_json();
    fs::set_permissions(&library.root, fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(json["briefs"][0]["id"], V1_ID);
    assert!(
        json["index"]
            .as_str()
            .is_some_and(|i| i.starts_with("in memory"))
    );
}

#[test]
fn a_report_is_imported_and_two_versions_diff_by_their_changes() {
    let library = Library::new();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let v6 = fixtures.join("IF10753v6-energy-star-program.md");
    let v7 = fixtures.join("IF10753v7-energy-star-program.md");
    let added = library.ok(&[
        "add",
        v6.to_str().expect("UTF-8"),
        v7.to_str().expect("UTF-8"),
    ]);
    assert_eq!(added.matches("added ").count(), 2, "{added}");
    let list: Value =
        serde_json::from_str(&library.ok(&["list", "--json"])).expect("list --json is JSON");
    let briefs = list["briefs"].as_array().expect("briefs");
    assert_eq!(briefs.len(), 2);
    let id_published = |date: &str| {
        briefs
            .iter()
            .find(|b| b["summary"]["published"] == date)
            .and_then(|b| b["id"].as_str())
            .unwrap_or_else(|| panic!("a brief published {date} in {list}"))
            .to_string()
    };
    let (old, new) = (id_published("2026-04-20"), id_published("2026-04-23"));
    let diff = library.ok(&["diff", &old, &new]);
    // Version 7 rewrote the appropriations paragraph: the FY2026 sentence is one changed
    // event, the two reports' figures moved into sentences of their own, and the law's
    // $33,024,000 is new.
    assert!(
        diff.contains("4 changes: 1 added, 0 removed, 3 changed"),
        "{diff}"
    );
    assert!(diff.contains("changed event"), "{diff}");
    assert!(
        diff.contains("changed figure fig-energy-star → fig-total-funding-2")
            && diff.contains("S.Rept. 119-46 recommended $36"),
        "{diff}"
    );
    assert!(diff.contains("added figure fig-usd"), "{diff}");
    // The report files themselves diff the same way, imported as `briefing import` would.
    let from_files = library.ok(&[
        "diff",
        v6.to_str().expect("UTF-8"),
        v7.to_str().expect("UTF-8"),
    ]);
    assert!(from_files.contains("added figure"), "{from_files}");
}

#[test]
fn every_library_command_has_an_example_and_a_completion() {
    let library = Library::new();
    for command in ["add", "list", "remove", "diff"] {
        let help = library.ok(&[command, "--help"]);
        assert!(
            help.contains(&format!("Examples:\n  briefing {command}")),
            "{help}"
        );
    }
    let completions = library.ok(&["completions", "bash"]);
    for command in ["add", "list", "remove", "diff"] {
        assert!(
            completions.contains(&format!("briefing__subcmd__{command}")),
            "{command}"
        );
    }
}

#[test]
fn a_corrupt_index_is_replaced_and_a_missing_file_is_named() {
    let library = Library::new();
    library.ok(&["add", V1]);
    let index = library.root.join(".index.sqlite");
    fs::write(&index, "not a database, not even close: ".repeat(200)).expect("corrupt it");
    let json = library.list_json();
    assert_eq!(json["briefs"][0]["id"], V1_ID);
    assert!(
        json["index"]
            .as_str()
            .is_some_and(|i| i.ends_with(".index.sqlite")),
        "{json}"
    );
    let output = library.run(&["add", "no-such-file.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("no-such-file.toml: no such file"));
}

#[test]
fn an_added_brief_carries_its_source_inline_and_stands_alone() {
    let library = Library::new();
    // The shipped brief names its text in `source_file`, beside it in assets/.
    let added = library.ok(&["add", "assets/brief-346.toml"]);
    assert!(
        added.starts_with("added eai-background-brief-346:"),
        "{added}"
    );
    let copy = library.root.join("eai-background-brief-346.toml");
    let text = fs::read_to_string(&copy).expect("the copy");
    assert!(!text.contains("source_file") && text.contains("On 8 June 2007"));
    let json = library.list_json();
    assert_eq!(json["briefs"][0]["summary"]["counts"]["events"], 11);
}
