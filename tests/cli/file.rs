//! Another brief through `--file` (or a FILE before the command) for every lookup; empty
//! sections, broken and missing files.

use std::path::PathBuf;

use super::*;

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("briefing-cli-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&path).expect("the temporary folder can be made");
        TempDir(path)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("the temporary file can be written");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const SMALL_SOURCE: &str = "Widgets Abroad

Alpha paragraph: the widget council met in March 2019.

Beta paragraph: widget exports reached 5 million.
";

const SMALL_BRIEF: &str = r#"
[meta]
title = "Widgets Abroad"
series = "Widget Notes"
number = "7"
authors = ["Ada Author", "Ben Writer"]
published = "2020-01-02"
source_file = "widgets.txt"

[[summary]]
id = "a1"
text = "Alpha paragraph: the widget council met in March 2019."

[[summary]]
id = "a2"
text = "Beta paragraph: widget exports reached 5 million."

[[actors]]
id = "council"
name = "Widget Council"
kind = "organisation"

[[timeline]]
id = "e-council"
date = "2019-03"
title = "The widget council meets"
detail = "The council met."
actors = ["council"]
quote = "the widget council met in March 2019"

[[figures]]
id = "f-exports"
label = "Widget exports"
value = 5
unit = "widgets"
scale = "million"
quote = "widget exports reached 5 million"
"#;

fn small_brief(dir: &TempDir) -> String {
    dir.write("widgets.txt", SMALL_SOURCE);
    let path = dir.write("widgets.toml", SMALL_BRIEF);
    path_str(&path)
}

#[test]
fn file_reads_another_brief_for_every_lookup() {
    let dir = TempDir::new("file");
    let file = small_brief(&dir);

    let timeline = ok(&["show", "timeline", "--file", &file]);
    assert!(timeline.contains("e-council") && timeline.contains("Mar 2019"));
    assert!(!timeline.contains("e-heiligendamm"));
    // The global option may come before the command too.
    assert_eq!(ok(&["--file", &file, "show", "timeline"]), timeline);

    let hits = json(&["search", "widget", "--file", &file, "--json"]);
    let ids: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"f-exports") && ids.contains(&"e-council"),
        "{ids:?}"
    );

    let found = json(&["get", "f-exports", "--file", &file, "--json"]);
    assert_eq!(found["item"]["value"], 5.0);
    assert!(ok(&["get", "f-exports", "--file", &file]).contains("5 million widgets"));

    let cite = ok(&["cite", "e-council", "--file", &file]);
    assert!(cite.contains("Ada Author and Ben Writer"), "{cite}");
    assert!(cite.contains("Widget Notes No. 7"), "{cite}");
    assert!(cite.contains("para. 1"), "{cite}");

    // Items of the embedded brief are not in this one.
    let output = run(&["get", "e-heiligendamm", "--file", &file]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_empty_section_exits_1() {
    let dir = TempDir::new("empty");
    let file = small_brief(&dir);
    let output = run(&["show", "positions", "--file", &file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("positions"));
    let output = run(&["show", "positions", "--file", &file, "--json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output).trim(), "[]");
}

#[test]
fn a_broken_or_missing_brief_exits_2_naming_the_file() {
    let dir = TempDir::new("broken");
    let broken = path_str(&dir.write("broken.toml", "[meta]\ntitle = 3\n"));
    let missing = path_str(&dir.0.join("missing.toml"));
    for file in [&broken, &missing] {
        for command in [
            &["show", "summary"][..],
            &["search", "x"],
            &["get", "p1"],
            &["cite", "p1"],
        ] {
            let mut args = command.to_vec();
            args.extend(["--file", file.as_str()]);
            let output = run(&args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            assert!(stdout(&output).is_empty());
            let name = Path::new(file).file_name().unwrap().to_str().unwrap();
            assert!(stderr(&output).contains(name), "{}", stderr(&output));
        }
    }
}
