//! `briefing present`: reads the arguments, builds the deck and the talk, and hands them to
//! the one runner (`tui.rs`) as an `App` on its slides. Alone, Enter there opens a slide's
//! item in the explorer; a presenter publishes to the session's channel and a follower
//! follows it, both through the runner's loop.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;

use super::channel;
use super::keys::Role;
use super::presentation::{Presentation, parse_duration};
use super::{Deck, outline};
use crate::app::App;
use crate::brief::deck::load_file;
use crate::cli::{GlobalArgs, either_file, load_brief};
use crate::tui::Link;

// Doc comments here are --help text.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Keys: → Space l PgDn next · ← h PgUp back · Home/g first · End/G last\n  \
    number then Enter: go to slide · t timer · b blank · n notes · f footer · ? help · q leave\n\n\
    Examples:\n  briefing present\n  briefing present --outline > handout.md\n  \
    briefing present --presenter --duration 20m     (laptop)\n  \
    briefing present --follow                       (projector)"
)]
pub struct PresentArgs {
    /// Brief to present; the embedded brief when omitted
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Print the deck as Markdown (titles and bullets) and exit
    #[arg(long)]
    pub outline: bool,
    /// Open at this slide (1 is the first)
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub start: usize,
    /// Present the slides of this deck file (`[[slides]]` in TOML) instead of the brief's
    #[arg(long, value_name = "FILE")]
    pub deck: Option<PathBuf>,
    /// Presenter view: current and next slide, notes and timer; publishes its position
    #[arg(long, conflicts_with = "follow")]
    pub presenter: bool,
    /// Show the slide a presenter in the same session is on, and follow it
    #[arg(long)]
    pub follow: bool,
    /// Planned length of the talk (20m, 90s, 1h30m, 12:30): the timer counts down
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub duration: Option<Duration>,
    /// Session name shared by a presenter and its followers
    #[arg(long, value_name = "NAME", default_value = channel::DEFAULT_SESSION)]
    pub session: String,
}

/// Runs `briefing present`.
pub fn run(args: &PresentArgs, global: &GlobalArgs) -> Result<ExitCode> {
    let file = either_file(args.file.clone(), global.file.clone())?;
    let brief = load_brief(file.as_deref())?;
    let spec = args
        .deck
        .as_deref()
        .map(|path| load_file(path, &brief))
        .transpose()?;
    let deck = Deck::build(&brief, spec.as_ref());
    if args.outline {
        let mut out = io::stdout().lock();
        out.write_all(outline::markdown(&deck).as_bytes())?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.start == 0 || args.start > deck.len() {
        anyhow::bail!(
            "--start {}: the deck has slides 1 to {}",
            args.start,
            deck.len()
        );
    }
    let role = match (args.presenter, args.follow) {
        (true, _) => Role::Presenter,
        (_, true) => Role::Follower,
        _ => Role::Solo,
    };
    let session = (role != Role::Solo).then(|| args.session.clone());
    let talk = Presentation::new(deck.len(), args.start - 1)
        .with_duration(args.duration)
        .with_session(session);
    let channel_path = channel::session_path(&args.session);
    // Followers check they show the same slides as the presenter, by content.
    let fingerprint = channel::fingerprint(&format!("{deck:?}"));
    let link = match role {
        // On its own, the talk runs inside the explorer's app, so Enter can open a slide's
        // item and Esc come back; leaving the slides leaves the program.
        Role::Solo => Link::Unlinked,
        // A second presenter in the session is refused before the screen changes; the
        // claim is held for the whole talk, and let go as soon as the talk ends.
        Role::Presenter => {
            let claim = channel::claim(&channel_path)
                .with_context(|| format!("cannot present in session {:?}", args.session))?;
            Link::presenter(channel_path, fingerprint, claim)
        }
        Role::Follower => Link::follower(channel_path, fingerprint),
    };
    let mut app = App::presenting(brief, spec, talk, role);
    app.source = file;
    let result = crate::tui::run_app(app, global.color, link);
    match result {
        // Told to stop by a signal is no failure of the slides: `cli::main` ends as the
        // signal asks (128 + its number).
        Err(error) if role == Role::Solo || error.is::<crate::tui::Terminated>() => {
            return Err(error);
        }
        result => result.context("the slide mode failed")?,
    }
    Ok(ExitCode::SUCCESS)
}
