//! Both formats: each brief round trips through TOML and JSON export unchanged, the binary's
//! JSON loads to the same brief, and the examples in docs/brief-format.md load.

use std::path::Path;

use briefing::brief::load::Format;
use briefing::brief::{self, Brief};
use briefing::cli::{ExportFormat, export_string};

use super::{corpus, example, export_json, fixture, no_source_file, shipped};

fn assert_round_trip(brief: &Brief) {
    for format in [ExportFormat::Toml, ExportFormat::Json] {
        let text = export_string(brief, format).expect("export");
        let read_format = match format {
            ExportFormat::Toml => Format::Toml,
            ExportFormat::Json => Format::Json,
        };
        let again = brief::load_str(&text, read_format, "exported", &no_source_file)
            .unwrap_or_else(|error| panic!("{format:?} export does not load: {error}"));
        assert_eq!(&again, brief, "{format:?} round trip");
        assert_eq!(
            export_string(&again, format).expect("export again"),
            text,
            "{format:?} export is stable"
        );
    }
}

#[test]
fn shipped_brief_round_trips_in_both_formats() {
    assert_round_trip(&shipped());
}

#[test]
fn example_round_trips_in_both_formats() {
    assert_round_trip(&example());
}

#[test]
fn corpus_brief_round_trips_in_both_formats() {
    assert_round_trip(&corpus());
}

#[test]
fn exported_json_from_the_binary_loads_to_the_same_brief() {
    let dir = std::env::temp_dir().join(format!("briefing-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("brief.json");
    let json = export_json(None);
    std::fs::write(&path, serde_json::to_string(&json).expect("json")).expect("write");
    let loaded = brief::load_file(&path).expect("the exported JSON loads");
    assert_eq!(loaded, shipped());
    std::fs::remove_dir_all(&dir).ok();
}

/// The first fenced block of `language` in the format documentation.
fn doc_block(language: &str) -> String {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/brief-format.md"))
            .expect("docs/brief-format.md");
    let fence = format!("```{language}\n");
    let start = doc.find(&fence).expect("a fenced block") + fence.len();
    let end = doc[start..].find("```").expect("the block ends") + start;
    doc[start..end].to_string()
}

#[test]
fn the_documented_examples_load() {
    let toml = brief::load_str(
        &doc_block("toml"),
        Format::Toml,
        "example.toml",
        &no_source_file,
    )
    .expect("the TOML example in docs/brief-format.md loads");
    assert_eq!(
        briefing::cli::counts(&toml),
        "2 paragraphs, 2 actors, 1 theme, 1 event, 2 figures, 1 position"
    );
    let source = std::fs::read_to_string(fixture("example.txt")).expect("example.txt");
    let json = brief::load_str(&doc_block("json"), Format::Json, "example.json", &|name| {
        assert_eq!(name, "example.txt");
        Ok(source.clone())
    })
    .expect("the JSON example in docs/brief-format.md loads");
    assert_eq!(json.timeline[0].paragraph.as_deref(), Some("p1"));
}
