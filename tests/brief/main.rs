//! The briefs as data: the shipped brief against its source text, the example and the corpus
//! brief in tests/fixtures, and the export round trip in both formats.
//! `source.rs` holds the briefs against their source text, `export.rs` what the export must
//! list (every date, number and stance the text states), `formats.rs` the round trips and
//! the documented examples. The briefs and helpers below are shared.

mod export;
mod formats;
mod source;

use std::path::{Path, PathBuf};
use std::process::Command;

use briefing::brief::{self, Brief, BriefError};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn shipped() -> Brief {
    brief::load_embedded().expect("the shipped brief loads")
}

fn example() -> Brief {
    brief::load_file(&fixture("example.toml")).expect("the example brief loads")
}

fn corpus() -> Brief {
    brief::load_file(&fixture("us-iran-ceasefire.toml")).expect("the corpus brief loads")
}

/// Exported text carries its source inline, so nothing else may be read.
fn no_source_file(name: &str) -> Result<String, BriefError> {
    Err(BriefError::Empty {
        file: format!("unexpected source_file {name}"),
    })
}

fn export_json(file: Option<&Path>) -> Value {
    let mut command = Command::new(env!("CARGO_BIN_EXE_briefing"));
    command.arg("export");
    if let Some(file) = file {
        command.arg(file);
    }
    let output = command
        .args(["--format", "json"])
        .output()
        .expect("run briefing");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("export prints JSON")
}
