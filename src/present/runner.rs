//! `briefing present`: on its own the talk runs inside the explorer's app (`tui.rs`), so
//! Enter can open a slide's item; the presenter view and the follower run here.
//!
//! This loop enters the terminal with `ratatui::init()` (which also installs a panic hook
//! that restores it), always leaves through `ratatui::restore()`, ends on SIGTERM and SIGHUP
//! as on q, and feeds the clock in as `Tick` actions.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Args;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use super::channel::{self, Heard, Published};
use super::keys::{self, Role};
use super::presentation::{PresentAction, Presentation, parse_duration};
use super::theme::SlideTheme;
use super::{Deck, outline};
use crate::brief::deck::load_file;
use crate::cli::{GlobalArgs, either_file, load_brief};
use crate::theme::Theme;
use crate::tui::Mouse;
use crate::ui::slides::{self, SlideScreen};

/// How often the screen refreshes without input: the timer shows seconds.
const FRAME: Duration = Duration::from_millis(200);

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
    /// Present the slides of this deck file ([[slides]] in TOML) instead of the brief's
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
    let explorer_theme = Theme::for_choice(global.color);
    let theme = explorer_theme.slides;
    let role = match (args.presenter, args.follow) {
        (true, _) => Role::Presenter,
        (_, true) => Role::Follower,
        _ => Role::Solo,
    };
    let state = Presentation::new(deck.len(), args.start - 1).with_duration(args.duration);
    if role == Role::Solo {
        // On its own, the talk runs inside the explorer's app, so Enter can open a slide's
        // item and Esc come back; leaving the slides leaves the program.
        let mut app = crate::app::App::presenting(brief, explorer_theme, spec, state);
        app.source = file;
        crate::tui::run_app(app)?;
        return Ok(ExitCode::SUCCESS);
    }
    let channel_path = channel::session_path(&args.session);
    // A second presenter in the session is refused before the screen changes.
    let _claim = match role {
        Role::Presenter => Some(
            channel::claim(&channel_path)
                .with_context(|| format!("cannot present in session {:?}", args.session))?,
        ),
        _ => None,
    };
    let talk = Talk {
        fingerprint: channel::fingerprint(&format!("{deck:?}")),
        deck,
        state: state.with_session(Some(args.session.clone())),
        theme,
        role,
        channel: channel_path,
    };
    // SIGTERM and SIGHUP (a closed SSH session) end the loop like q, so the terminal is
    // restored and a presenter tells its followers it has gone; should the loop be stuck on
    // a vanished terminal, the presenter still tells them before the process exits.
    let channel_path = talk.channel.clone();
    let presenting = role == Role::Presenter;
    let on_abandon = Box::new(move || {
        if presenting {
            mark_ended(&channel_path);
        }
    });
    crate::tui::in_terminal(Mouse::Left, on_abandon, |terminal, stop| {
        talk.run(terminal, stop)
    })
    .context("the slide mode failed")?;
    Ok(ExitCode::SUCCESS)
}

struct Talk {
    deck: Deck,
    /// The deck's content, for followers to check they show the same slides.
    fingerprint: String,
    state: Presentation,
    theme: SlideTheme,
    role: Role,
    channel: PathBuf,
}

impl Talk {
    fn run(mut self, terminal: &mut DefaultTerminal, stop: &AtomicUsize) -> Result<()> {
        let started = Instant::now();
        let mut last_published = None;
        let result = self.run_loop(terminal, stop, &mut last_published, started);
        // Whatever ended the loop, followers hear that the presenter has gone.
        if self.role == Role::Presenter {
            self.publish(&mut last_published, false);
        }
        result
    }

    fn run_loop(
        &mut self,
        terminal: &mut DefaultTerminal,
        stop: &AtomicUsize,
        last_published: &mut Option<Published>,
        started: Instant,
    ) -> Result<()> {
        let mut follower = FollowerView::default();
        loop {
            self.state.update(PresentAction::Tick(started.elapsed()));
            match self.role {
                Role::Presenter => self.publish(last_published, true),
                Role::Follower => {
                    follower.follow(&mut self.state, &self.channel, &self.fingerprint);
                }
                Role::Solo => {}
            }
            terminal.draw(|frame| {
                let screen = SlideScreen {
                    deck: &self.deck,
                    state: &self.state,
                    theme: &self.theme,
                    role: self.role,
                };
                slides::render(&screen, frame.area(), frame.buffer_mut());
            })?;
            if self.state.quit || stop.load(Ordering::Relaxed) != 0 {
                return Ok(());
            }
            if !event::poll(FRAME)? {
                continue;
            }
            let Event::Key(key) = event::read()? else {
                continue;
            };
            let Some(action) = keys::action_for(&self.state, self.role, key) else {
                continue;
            };
            let mut next = Some(action);
            while let Some(action) = next {
                next = self.state.update(action);
            }
        }
    }

    /// Publishes the position when it changed; a failure shows in the footer, once.
    fn publish(&mut self, last: &mut Option<Published>, live: bool) {
        let published = Published {
            slide: self.state.slide,
            count: self.state.count,
            blanked: self.state.blanked,
            live,
            pid: std::process::id(),
        };
        if last.as_ref() == Some(&published) {
            return;
        }
        if let Err(error) = channel::publish_deck(&self.channel, &published, &self.fingerprint) {
            self.state.update(PresentAction::PublishFailed(format!(
                "cannot publish to {}: {error}",
                self.channel.display()
            )));
        }
        *last = Some(published);
    }
}

/// Rewrites the channel's last position as ended, for a presenter that cannot finish its loop.
fn mark_ended(path: &std::path::Path) {
    if let Heard::Live(mut published) = channel::listen(path) {
        published.live = false;
        let _ = channel::publish(path, &published);
    }
}

/// What a follower last heard, so it only changes the screen when the presenter moves.
#[derive(Default)]
struct FollowerView {
    heard: Option<Heard>,
}

impl FollowerView {
    fn follow(&mut self, state: &mut Presentation, path: &std::path::Path, deck: &str) {
        let heard = channel::listen_deck(path, deck);
        if self.heard.as_ref() == Some(&heard) {
            return;
        }
        self.heard = Some(heard.clone());
        state.update(PresentAction::Heard(heard));
    }
}
