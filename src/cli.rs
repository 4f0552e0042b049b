//! The command line: parsing, dispatch to each command, and how a failure becomes a message
//! and an exit status. The argument types are in `cli/args.rs`, `check` and `export` (and
//! loading the brief a command names) in `cli/brief_file.rs`, the lookups in
//! `cli/lookup.rs`; the explorer and the slide mode are reached from here.

mod across;
mod args;
mod brief_file;
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
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

pub use args::{Cli, ColorChoice, Command, ExportFormat, GlobalArgs};
pub(crate) use brief_file::either_file;
use brief_file::{check, export};
pub use brief_file::{counts, export_string, load_brief};

/// Exit status for "nothing found", as grep uses it.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status for usage and input errors, as clap uses it.
pub const EXIT_USAGE: u8 = 2;

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
            // As a shell reports a process ended by a signal: 128 + its number. Told to
            // stop (SIGTERM, SIGINT) is no failure and says nothing; a hang-up or SIGQUIT
            // says why on stderr.
            let signal = error
                .downcast_ref::<crate::tui::Terminated>()
                .map_or(0, |terminated| terminated.signal);
            if !crate::tui::Terminated::is_request_to_stop(signal) {
                failure::report(&error, false, EXIT_USAGE);
            }
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

/// A reader who pipes into `head` closes the pipe early; that is not an error.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io_error| io_error.kind() == io::ErrorKind::BrokenPipe)
    })
}
