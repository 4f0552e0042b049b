//! The terminal runner. Until the explorer exists, it prints the brief's summary.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;

use crate::brief::Brief;

pub fn run(brief: &Brief, _file: Option<PathBuf>) -> Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{}", brief.citation())?;
    for paragraph in &brief.summary {
        writeln!(out, "\n{}", paragraph.text)?;
    }
    Ok(())
}
