//! Imports every report in the shared corpus (text, Markdown, PDF) and checks each result
//! the way `briefing check` does: the brief is written as TOML, read back and validated.
//!
//! Run with `cargo run --release --example import_corpus [FOLDER]`; FOLDER defaults to
//! `../shared/corpus` beside the repository. Prints one line a file and a total; exits 1
//! when any file fails, and 0 with a message when the folder is absent.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use briefing::brief::load::{Format, load_str};
use briefing::cli::{ExportFormat, export_string};
use briefing::import::{import_file, imported_line, is_report};

fn reports(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for path in entries.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
            if path.is_dir() {
                folders.push(path);
            } else if is_report(&path) && path.file_name().is_some_and(|name| name != "README.md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn main() -> ExitCode {
    let folder = std::env::args_os().nth(1).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    if !folder.is_dir() {
        println!("skipped: {} is absent", folder.display());
        return ExitCode::SUCCESS;
    }
    let (mut passed, mut failed) = (0, 0);
    let started = Instant::now();
    for path in reports(&folder) {
        let name = path
            .strip_prefix(&folder)
            .unwrap_or(&path)
            .display()
            .to_string();
        let start = Instant::now();
        let result = import_file(&path)
            .map_err(|error| error.lines().join("; "))
            .and_then(|brief| {
                let toml = export_string(&brief, ExportFormat::Toml).map_err(|e| e.to_string())?;
                load_str(&toml, Format::Toml, &name, &|_| {
                    Err(briefing::brief::BriefError::Empty { file: name.clone() })
                })
                .map_err(|error| format!("check: {}", error.lines().join("; ")))?;
                Ok(brief)
            });
        match result {
            Ok(brief) => {
                passed += 1;
                println!("ok   {}", imported_line(&name, &brief, start.elapsed()));
            }
            Err(error) => {
                failed += 1;
                println!("FAIL {name}: {error}");
            }
        }
    }
    println!(
        "{} files: {passed} imported and checked, {failed} failed ({:.2} s)",
        passed + failed,
        started.elapsed().as_secs_f64()
    );
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
