//! Quick lookups that print and exit: search, show, get and cite.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::GlobalArgs;

#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// What to look for; several words must all match
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// Only items of this section
    #[arg(long = "in", value_name = "SECTION")]
    pub section: Option<String>,
    /// At most this many results
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// summary, timeline, figures, positions or actors
    #[arg(value_name = "SECTION")]
    pub section: String,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct GetArgs {
    /// The item's id, as `briefing search` prints it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct CiteArgs {
    /// The item's id, as `briefing search` prints it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

pub fn search(_args: &SearchArgs, _global: &GlobalArgs) -> Result<ExitCode> {
    anyhow::bail!("`briefing search` is not available yet")
}

pub fn show(_args: &ShowArgs, _global: &GlobalArgs) -> Result<ExitCode> {
    anyhow::bail!("`briefing show` is not available yet")
}

pub fn get(_args: &GetArgs, _global: &GlobalArgs) -> Result<ExitCode> {
    anyhow::bail!("`briefing get` is not available yet")
}

pub fn cite(_args: &CiteArgs, _global: &GlobalArgs) -> Result<ExitCode> {
    anyhow::bail!("`briefing cite` is not available yet")
}
