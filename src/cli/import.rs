//! `briefing import FILE [-o OUT] [--format toml|json]`: a report (text, Markdown, HTML,
//! PDF) becomes a brief, printed or written, with one stderr line saying what was found.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;

use super::{ExportFormat, export_string};
use crate::import;

/// Exit status when the report cannot be imported.
pub const EXIT_IMPORT_FAILED: u8 = 1;

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// Report to import: .txt, .md, .markdown, .html, .htm or .pdf
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write the brief here instead of to standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Brief format; by default JSON when OUT ends in .json, else TOML
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
}

/// Imports the report and prints or writes the brief. An import error is printed to stderr
/// (one problem a line) and gives exit status 1.
pub fn run(args: &ImportArgs) -> Result<ExitCode> {
    let format = args.format.unwrap_or_else(|| match &args.output {
        Some(out)
            if crate::brief::load::Format::of_path(out) == crate::brief::load::Format::Json =>
        {
            ExportFormat::Json
        }
        _ => ExportFormat::Toml,
    });
    if let Some(out) = &args.output
        && same_file(out, &args.file)
    {
        anyhow::bail!(
            "{}: the output would overwrite the report; choose another OUT",
            out.display()
        );
    }
    let started = Instant::now();
    let brief = match import::import_file(&args.file) {
        Ok(brief) => brief,
        Err(error) => {
            let mut err = io::stderr().lock();
            for line in error.lines() {
                writeln!(err, "briefing: {line}")?;
            }
            return Ok(ExitCode::from(EXIT_IMPORT_FAILED));
        }
    };
    let elapsed = started.elapsed();
    let mut text = export_string(&brief, format)?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    if let Some(out) = &args.output {
        std::fs::write(out, &text)
            .with_context(|| format!("{}: cannot write the brief", out.display()))?;
    } else {
        let mut stdout = io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()?;
    }
    let name = args.file.file_name().map_or_else(
        || args.file.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    writeln!(
        io::stderr().lock(),
        "{}",
        import::imported_line(&name, &brief, elapsed)
    )?;
    Ok(ExitCode::SUCCESS)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
