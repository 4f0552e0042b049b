//! The command line: argument types, dispatch, and the commands that check and export a brief.
//!
//! Lookups live in `cli/lookup.rs`; the explorer and the slide mode are reached from here.

mod across;
mod failure;
pub mod import;
mod item;
pub mod library;
pub mod lookup;
mod results;
pub mod scope;
mod section;
mod show;
mod suggest;
mod table;
mod text;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::brief::{self, Brief};
use crate::import::ImportError;

/// Exit status for "nothing found", as grep uses it.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status for usage and input errors, as clap uses it.
pub const EXIT_USAGE: u8 = 2;

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
    /// Remove a brief from the library (its file), without asking
    #[command(after_help = "Examples:\n  briefing remove eai-background-brief-346")]
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

/// Parses the arguments, runs the command and turns any error into a message and exit status:
/// 0 when a reader closed the pipe early, 1 when a lookup found nothing, 2 for a usage, input
/// or write error (a full disk). With `--json` the error is also a JSON object on stdout
/// (`cli/failure.rs`).
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return clap_exit(&error),
    };
    let json = cli.command.as_ref().is_some_and(failure::prints_json);
    // Whatever a command printed is flushed here, so a write error is reported, not lost.
    let result = run(cli).and_then(|code| {
        io::stdout()
            .flush()
            .context("cannot write to standard output")?;
        Ok(code)
    });
    match result {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) if error.downcast_ref::<crate::tui::Terminated>().is_some() => {
            failure::report(&error, false, EXIT_USAGE);
            // As a shell reports a process ended by a signal.
            let signal = error
                .downcast_ref::<crate::tui::Terminated>()
                .map_or(0, |terminated| terminated.signal);
            ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX))
        }
        Err(error) if error.downcast_ref::<scope::NotFound>().is_some() => {
            failure::report(&error, json, EXIT_NOT_FOUND);
            ExitCode::from(EXIT_NOT_FOUND)
        }
        Err(error) => {
            let status = failure::exit_status(&error);
            failure::report(&error, json, status);
            ExitCode::from(status)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let mut global = cli.global;
    // Every command reads the settings, and says the same of a bad file: each problem,
    // located, on standard error; the defaults stand in. The full-screen modes also put the
    // first on their status line.
    let settings = crate::settings::init(global.config.as_deref(), global.theme, global.no_mouse);
    for problem in &settings.problems {
        eprintln!("briefing: {problem}");
    }
    let mut paths = cli.paths;
    let explore_shelf = paths.len() > 1 || paths.iter().any(|p| p.is_dir());
    if cli.command.is_none() && global.file.is_none() && (paths.is_empty() || explore_shelf) {
        require_capable_terminal("the explorer")?;
        crate::tui::library::explore(&paths, global.color)?;
        return Ok(ExitCode::SUCCESS);
    }
    anyhow::ensure!(
        paths.len() <= 1,
        "give one brief FILE with a command or --file"
    );
    // `briefing FILE show figures` names the brief as `--file FILE` does.
    global.file = either_file(paths.pop(), global.file)?;
    match cli.command {
        None => {
            require_capable_terminal("the explorer")?;
            let file = global.file.clone();
            let brief = load_brief(file.as_deref())?;
            crate::tui::run(&brief, file, global.color)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check { file }) => check(either_file(file, global.file)?.as_deref()),
        Some(Command::Export { file, format }) => {
            let brief = load_brief(either_file(file, global.file)?.as_deref())?;
            export(&brief, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Import(args)) => import::run(&args),
        Some(Command::Search(args)) => results::search(&args, &global),
        Some(Command::Show(args)) => lookup::show(&args, &global),
        Some(Command::Get(args)) => lookup::get(&args, &global),
        Some(Command::Cite(args)) => lookup::cite(&args, &global),
        Some(Command::Add(args)) => library::add(&args, &global),
        Some(Command::List(args)) => library::list(&args, &global),
        Some(Command::Remove(args)) => library::remove(&args, &global),
        Some(Command::Diff(args)) => library::diff(&args, &global),
        Some(Command::Present(args)) => {
            if !args.outline {
                require_capable_terminal("the slide mode")?;
            }
            crate::present::runner::run(&args, &global)
        }
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            // Generated into memory first: clap_complete panics on a write error.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "briefing", &mut script);
            let mut out = io::stdout().lock();
            out.write_all(&script)
                .and_then(|()| out.flush())
                .context("cannot write the completions")?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// What clap's own exit would do, but with write errors seen: help and version go to stdout
/// (a closed pipe ends quietly with 0, another write error with 2), usage errors to stderr
/// with 2.
fn clap_exit(error: &clap::Error) -> ExitCode {
    if error.use_stderr() {
        let _ = error.print();
        return ExitCode::from(EXIT_USAGE);
    }
    let rendered = error.render();
    let text = if io::stdout().is_terminal() && !dumb_terminal() {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(write) if write.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(write) => {
            let _ = writeln!(
                io::stderr(),
                "briefing: cannot write to standard output: {write}"
            );
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// `TERM=dumb`: a terminal that takes no cursor movement, colours or alternate screen.
pub fn dumb_terminal() -> bool {
    std::env::var_os("TERM").is_some_and(|term| term == "dumb")
}

/// Refuses to start a full-screen mode on a terminal that cannot draw one.
fn require_capable_terminal(mode: &str) -> Result<()> {
    if dumb_terminal() {
        anyhow::bail!(
            "{mode} needs a capable terminal, and TERM is \"dumb\"; set TERM (e.g. xterm-256color), or use the lookups: briefing show, search, get, cite, present --outline"
        );
    }
    Ok(())
}

/// A command's own FILE argument or the global `--file`, but not two different ones.
pub(crate) fn either_file(
    positional: Option<PathBuf>,
    flag: Option<PathBuf>,
) -> Result<Option<PathBuf>> {
    match (positional, flag) {
        (Some(a), Some(b)) if a != b => anyhow::bail!(
            "two briefs given: {} and --file {}; give one",
            a.display(),
            b.display()
        ),
        (Some(file), _) | (None, Some(file)) => Ok(Some(file)),
        (None, None) => Ok(None),
    }
}

/// The brief in `file` (a report is imported, with its one stderr line), or the embedded one.
pub fn load_brief(file: Option<&Path>) -> Result<Brief, ImportError> {
    match file {
        Some(path) if crate::import::is_report(path) => {
            let started = std::time::Instant::now();
            let brief = crate::import::import_file(path)?;
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let _ = writeln!(
                io::stderr().lock(),
                "{}",
                crate::import::imported_line(&name, &brief, started.elapsed())
            );
            Ok(brief)
        }
        Some(path) => crate::import::load_path(path),
        None => Ok(brief::load_embedded()?),
    }
}

fn check(file: Option<&Path>) -> Result<ExitCode> {
    let name = file.map_or_else(|| "embedded brief".to_string(), |p| p.display().to_string());
    match load_brief(file) {
        Ok(brief) => {
            let mut out = io::stdout().lock();
            let name = crate::brief::escape::visible(&name);
            writeln!(out, "ok: {name}: {}", counts(&brief))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            let lines = error.lines();
            // Buffered: a file with 100,000 problems is one write, not 100,000.
            let mut err = io::BufWriter::new(io::stderr().lock());
            for line in &lines {
                writeln!(err, "{line}")?;
            }
            let plural = if lines.len() == 1 { "" } else { "s" };
            let name = crate::brief::escape::visible(&name);
            writeln!(err, "{name}: {} problem{plural} found", lines.len())?;
            err.flush()?;
            Ok(ExitCode::from(1))
        }
    }
}

/// "9 paragraphs, 14 actors, …": the size of each section.
pub fn counts(brief: &Brief) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    [
        count(brief.summary.len(), "paragraph", "paragraphs"),
        count(brief.actors.len(), "actor", "actors"),
        count(brief.themes.len(), "theme", "themes"),
        count(brief.timeline.len(), "event", "events"),
        count(brief.figures.len(), "figure", "figures"),
        count(brief.positions.len(), "position", "positions"),
    ]
    .join(", ")
}

/// The brief as text in the chosen format; loading it again gives an equal brief.
pub fn export_string(brief: &Brief, format: ExportFormat) -> Result<String> {
    match format {
        ExportFormat::Toml => {
            toml::to_string_pretty(brief).context("cannot write the brief as TOML")
        }
        ExportFormat::Json => {
            serde_json::to_string_pretty(brief).context("cannot write the brief as JSON")
        }
    }
}

fn export(brief: &Brief, format: ExportFormat) -> Result<()> {
    let text = export_string(brief, format)?;
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// A reader who pipes into `head` closes the pipe early; that is not an error.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io_error| io_error.kind() == io::ErrorKind::BrokenPipe)
    })
}
