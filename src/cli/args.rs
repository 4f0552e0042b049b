//! The command line's arguments: the program's, the options every command takes, and the
//! commands, each with its `--help` examples (clap's derive; doc comments are help text).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::{import, library, lookup};

#[derive(Debug, Parser)]
#[command(
    name = "briefing",
    subcommand_precedence_over_arg = true,
    version,
    about = "Read, search and present policy briefs in the terminal",
    long_about = "Read, search and present policy briefs in the terminal.\n\n\
        With no command, opens the explorer on the briefs or folders given, or on the \
        library ($BRIEFING_LIBRARY, else ~/.local/share/briefing) with the embedded brief \
        (EAI Background Brief No. 346, China-Russia Relations) always in it.",
    after_help = "Examples:\n  briefing                        explore the library and the embedded brief\n  \
        briefing my-brief.toml          explore another brief\n  \
        briefing a.toml b.toml briefs/  choose among these briefs (the Library pane, L)\n  \
        briefing search pipeline        find items without opening the explorer\n  \
        briefing present                present the brief as slides"
)]
pub struct Cli {
    /// Briefs (TOML, JSON), reports (.txt, .md, .html, .pdf: imported) or folders to open in the explorer; the library when omitted
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

// Doc comments here are --help text, where backticks would print literally.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Read this brief (TOML, JSON, or a report to import) instead of the library
    #[arg(long, global = true, value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// When to colour output: auto colours only a terminal, and honours NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Colours for a dark or light background; auto asks the terminal (NO_COLOR still wins)
    #[arg(long, global = true, value_enum, value_name = "THEME")]
    pub theme: Option<crate::settings::ThemeChoice>,

    /// Read the settings from FILE instead of ~/.config/briefing/config.toml
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Leave the mouse to the terminal, for its own text selection
    #[arg(long, global = true)]
    pub no_mouse: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a brief and print its counts, or every problem found
    #[command(after_help = "Examples:\n  briefing check\n  briefing check my-brief.toml")]
    Check {
        /// Brief to check; the embedded brief when omitted
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Turn a report (.txt, .md, .html, .pdf) into a brief that `check` accepts
    #[command(
        after_help = "Examples:\n  briefing import report.pdf -o report.toml\n  briefing import page.md --format json"
    )]
    Import(import::ImportArgs),
    /// Print the normalised brief as TOML or JSON (source text inline)
    #[command(
        after_help = "Examples:\n  briefing export --format json > brief.json\n  briefing export my-brief.toml --format toml"
    )]
    Export {
        /// Brief to export; the embedded brief when omitted
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ExportFormat::Toml)]
        format: ExportFormat,
    },
    /// Search every item of the library (or one brief) and print the best matches, one a line
    #[command(after_help = lookup::search_help())]
    Search(lookup::SearchArgs),
    /// Print a whole section as plain text that fits the terminal
    #[command(
        after_help = "Examples:\n  briefing show timeline\n  briefing show figures --json\n  briefing show positions --brief eai-background-brief-346\n\nWith several briefs in the library, the section of all of them merged (the timeline by\ndate, ids BRIEF/ITEM, each row naming its brief); --brief ID shows one brief's."
    )]
    Show(lookup::ShowArgs),
    /// Print one item in full: text, date or value, actors, themes, quote and paragraph
    #[command(
        after_help = "Examples:\n  briefing get f-trade-2006\n  briefing get pos-pipelines --json\n  briefing get eai-background-brief-346/f-trade-2006\n  briefing get p1 --brief eai-background-brief-346\n\nAn id is BRIEF/ITEM, or ITEM alone when one brief of the library has it; otherwise\nthe briefs that have it are listed (exit status 1)."
    )]
    Get(lookup::GetArgs),
    /// Print a citation line for an item, ready to paste into notes
    #[command(
        after_help = "Examples:\n  briefing cite e-heiligendamm\n  briefing cite f-arms-spending --json\n  briefing cite eai-background-brief-346/f-trade-2006\n  briefing cite p2 --brief eai-background-brief-346\n\nThe citation is of the brief the item comes from: its authors, title, series and\nnumber, date, and the paragraphs the item is drawn from."
    )]
    Cite(lookup::CiteArgs),
    /// Copy briefs into the library, or import reports; the same content twice is refused
    #[command(
        after_help = "Examples:\n  briefing add brief-346.toml\n  briefing add reports/*.json\n\nThe library is the folder $BRIEFING_LIBRARY, else ~/.local/share/briefing on Linux."
    )]
    Add(library::AddArgs),
    /// List the briefs in the library, newest first: id, date, series, title and counts
    #[command(
        after_help = "Examples:\n  briefing list\n  briefing list --json\n\nBriefs are listed newest first by publication date (ties by id), with the built-in\nbrief among them; files that do not load come last, each with its problems."
    )]
    List(library::ListArgs),
    /// Remove a brief from the library (its file), without asking; the built-in brief cannot be
    /// removed
    #[command(after_help = "Examples:\n  briefing remove crs-in-focus-if10753-2")]
    Remove(library::RemoveArgs),
    /// Show what changed between two versions of a brief: items added, removed and changed
    #[command(
        after_help = "Examples:\n  briefing diff crs-in-focus-if10753 crs-in-focus-if10753-2\n  briefing diff old.toml new.toml --json"
    )]
    Diff(library::DiffArgs),
    /// Present the brief as slides: full screen, presenter view, follower, or an outline
    Present(crate::present::runner::PresentArgs),
    /// Print shell completions
    #[command(
        after_help = "Examples:\n  briefing completions bash > ~/.local/share/bash-completion/completions/briefing\n  briefing completions zsh > ~/.zfunc/_briefing"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Toml,
    Json,
}
