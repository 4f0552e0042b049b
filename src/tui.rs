//! The one runner: raw mode and the alternate screen, the one event loop for the explorer,
//! the slides, the presenter and the follower, and the few things `update` asks of the
//! outside world (clipboard, reload, suspend).
//!
//! The loop takes events from the terminal (in batches: `events.rs`), the clock (`Tick` for
//! the slides' timer) and, for a presenter or follower, the slide channel (`link.rs`); each
//! becomes an `Action` that `App::apply` applies; one redraw follows whatever changed. A presenter's position goes
//! back out to the channel after every turn.
//!
//! Taking the terminal and giving it back on every way out (quit, error, panic, signals)
//! lives in `terminal.rs`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Result;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};

mod events;
pub mod library;
mod link;
pub mod reading;
mod search;
mod terminal;

pub use link::Link;
use search::Searcher;
pub use terminal::Terminated;
use terminal::{Held, Mouse, in_terminal};

use crate::action::Action;
use crate::app::{App, Mode, Request, Status, StatusKind};
use crate::brief::Brief;
use crate::cli::ColorChoice;
use crate::present::PresentAction;
use crate::settings::{self, ThemeChoice};
use crate::theme::Theme;
use crate::{keymap, ui};

/// How long the loop waits for input before it checks for a termination signal, reads the
/// clock for the slides' timer (which shows seconds) and listens to the channel.
const TURN: Duration = Duration::from_millis(200);

/// How often the loop looks for the search worker's answers while they are coming: well
/// under a frame, so results show as soon as they are ready.
const ANSWER_POLL: Duration = Duration::from_millis(8);

/// Runs the explorer on `brief` until the reader quits; `file` is where `r` reloads from.
pub fn run(brief: &Brief, file: Option<PathBuf>, color: ColorChoice) -> Result<()> {
    let mut app = App::new(brief.clone());
    app.source = file;
    run_app(app, color, Link::Unlinked)
}

/// Runs an `App` already set up (the slides open, say) until the reader quits, in the
/// colours `color` asks for. With a `link`, the slides publish to or follow the channel;
/// then the mouse is left to the terminal, so text can still be selected there.
///
/// The settings (`settings::current`: the theme, the mouse, the keys) apply; the first of
/// their problems goes to the status line (`cli::run` says them all on standard error), and
/// the defaults stand in.
pub fn run_app(app: App, color: ColorChoice, link: Link) -> Result<()> {
    run_with(app, color, link, None)
}

/// Runs the explorer over a shelf of briefs: the Library pane reads them from `books`.
pub fn run_shelf(app: App, books: &library::Books, color: ColorChoice) -> Result<()> {
    run_with(app, color, Link::Unlinked, Some(books))
}

fn run_with(
    mut app: App,
    color: ColorChoice,
    mut link: Link,
    books: Option<&library::Books>,
) -> Result<()> {
    let settings = settings::current();
    let theme = Theme::for_settings(color, resolve_theme(settings.theme, color));
    // (`cli::run` has said every problem on standard error.)
    if let Some(problem) = settings.problems.first() {
        app.status = Some(Status {
            kind: StatusKind::Error,
            text: format!("Settings: {problem}"),
        });
    }
    let mouse = if link.is_unlinked() && settings.mouse {
        Mouse::Captured
    } else {
        Mouse::Left
    };
    // SIGTERM and SIGHUP end the loop like q, so the terminal is restored. A presenter
    // tells its followers it has gone and lets go of its session the moment the signal
    // comes (`Link::on_stop`), not a loop's turn later, nor a second later should the loop
    // be stuck on a vanished terminal: a new presenter can start at once.
    let on_stop = link.on_stop();
    in_terminal(mouse, on_stop, |terminal, held| {
        let result = event_loop(terminal, &mut app, &theme, &mut link, held, books);
        // Whatever ended the loop, followers hear that the presenter has gone, and the
        // session is free while the terminal is given back.
        let _ = link.publish(&app, false);
        link.release();
        result
    })
}

/// How long `--theme auto` waits for the terminal to say its background colour: enough for
/// a local terminal or a near SSH host; a terminal that does not answer at all is usually
/// recognised sooner (terminal-colorsaurus sends a second query every terminal answers).
const THEME_QUERY: Duration = Duration::from_millis(150);

/// `Auto` made dark or light by asking the terminal (OSC 11, through terminal-colorsaurus);
/// dark when it does not answer in time. Asks nothing when colour is off anyway.
fn resolve_theme(theme: ThemeChoice, color: ColorChoice) -> ThemeChoice {
    if theme != ThemeChoice::Auto || !crate::theme::colour_wanted(color) {
        return theme;
    }
    let mut options = terminal_colorsaurus::QueryOptions::default();
    options.timeout = THEME_QUERY;
    match terminal_colorsaurus::theme_mode(options) {
        Ok(terminal_colorsaurus::ThemeMode::Light) => ThemeChoice::Light,
        _ => ThemeChoice::Dark,
    }
}

/// The one event loop: events in, actions out, one redraw decision per turn.
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    link: &mut Link,
    held: &Held,
    books: Option<&library::Books>,
) -> Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let searcher = Searcher::new(std::sync::Arc::clone(&app.index));
    let reader = reading::Reader::new();
    let started = Instant::now();
    let mut dirty = true;
    loop {
        if app.should_quit || held.stopped() {
            return Ok(());
        }
        if held.take_suspend() {
            // SIGTSTP from outside: as Ctrl-Z.
            held.suspend(terminal)?;
            dirty = true;
        }
        if app.mode == Mode::Present {
            // The slides' timer shows seconds: tell it the time, and redraw only when the
            // second it shows changes (a still slide sends nothing).
            dirty |= tick(app, started.elapsed());
        }
        let from_channel = [link.heard(), link.publish(app, true)];
        for action in from_channel.into_iter().flatten() {
            app.apply(action);
            dirty = true;
        }
        for action in searcher.answered().into_iter().chain(reader.answered()) {
            app.apply(action);
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| ui::render(app, theme, frame))?;
            dirty = false;
        }
        // While results or briefs are coming, look for them often; else wait a whole turn
        // for input.
        let reading = app.shelf.as_ref().is_some_and(|s| s.reading.is_some());
        let wait = if app.search.pending || reading {
            ANSWER_POLL
        } else {
            TURN
        };
        // Everything readable is taken and applied before the next draw or wait.
        let mut batch = events::read_batch(wait)?;
        while let Some(action) = events::next_action(app, &mut batch) {
            let workers = Workers {
                searcher: &searcher,
                reader: &reader,
            };
            dispatch(terminal, held, app, &workers, action, books)?;
            dirty = true;
            if app.should_quit || held.stopped() {
                break;
            }
        }
    }
}

/// Tells the slides the time (`now` since the loop began); whether what the clock shows
/// changed and so the screen must be redrawn.
fn tick(app: &mut App, now: Duration) -> bool {
    let face = |app: &App| app.slides.as_ref().map(|slides| slides.talk.clock_face());
    let before = face(app);
    app.update(Action::Present(PresentAction::Tick(now)));
    face(app) != before
}

/// What a terminal event means; `None` (and so no redraw) for anything the explorer ignores:
/// key releases, unbound keys, mouse moves.
///
/// While the screen is too small to show more than a note, only keys that quit or suspend
/// (`keymap::action_for_app`) and resizes act: clicks and pastes would land blind.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::action_for_app(app, *key),
        Event::Resize(columns, rows) => Some(Action::Resize(*columns, *rows)),
        _ if crate::layout::too_small_for(app) => None,
        Event::Mouse(mouse) if app.mode == Mode::Present => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::Present(PresentAction::NextSlide)),
            MouseEventKind::ScrollUp => Some(Action::Present(PresentAction::PreviousSlide)),
            _ => None,
        },
        // The Library pane and the diff view draw over the panes: clicks there must not
        // reach them.
        Event::Mouse(_) if matches!(app.mode, Mode::Library | Mode::Diff) => None,
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::SelectNext),
            MouseEventKind::ScrollUp => Some(Action::SelectPrevious),
            MouseEventKind::Down(MouseButton::Left) => {
                crate::layout::action_at(app, mouse.column, mouse.row)
            }
            _ => None,
        },
        // A paste is one event (bracketed paste), and counts only in the search box.
        Event::Paste(text) if app.mode == Mode::Search => {
            Some(Action::PasteIntoSearch(text.clone()))
        }
        _ => None,
    }
}

/// The threads the loop hands work to: the search worker, the reading of all briefs.
struct Workers<'a> {
    searcher: &'a Searcher,
    reader: &'a reading::Reader,
}

/// Applies an action and its follow-ups, then carries out what `update` requested.
fn dispatch(
    terminal: &mut DefaultTerminal,
    held: &Held,
    app: &mut App,
    workers: &Workers,
    action: Action,
    books: Option<&library::Books>,
) -> Result<()> {
    let searcher = workers.searcher;
    app.apply(action);
    match app.request.take() {
        None => {}
        Some(Request::Copy(text)) => {
            let mut out = io::stdout();
            out.write_all(osc52(&text).as_bytes())?;
            out.flush()?;
            app.update(Action::ConfirmCopied);
        }
        Some(Request::Reload) => {
            if let Some(path) = app.source.clone() {
                app.update(reload(&path));
                searcher.set_index(&app.index);
            }
        }
        Some(Request::Search(query)) => searcher.submit(&app.index, &query),
        Some(Request::Suspend) => held.suspend(terminal)?,
        Some(Request::Library(request)) => {
            if let Some(books) = books {
                library::carry_out(books, app, workers.reader, request);
            }
        }
    }
    Ok(())
}

fn reload(path: &Path) -> Action {
    match crate::import::load_path(path) {
        Ok(brief) => Action::ReplaceBrief(Box::new(brief)),
        Err(error) => Action::ReportReloadFailure(error.lines()),
    }
}

/// The escape sequence asking the terminal to put `text` on the clipboard (OSC 52).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent};

    fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    }

    #[test]
    fn only_events_that_mean_something_cause_a_redraw() {
        let mut app = App::new(crate::brief::load_embedded().unwrap());
        app.update(Action::Resize(80, 24));
        let key = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        let mut release = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for_event(&app, &Event::Key(release)), None);
        assert_eq!(action_for_event(&app, &key(KeyCode::Char('x'))), None);
        assert_eq!(
            action_for_event(&app, &mouse(MouseEventKind::Moved, 5, 5)),
            None
        );
        assert_eq!(action_for_event(&app, &Event::FocusGained), None);
        assert_eq!(
            action_for_event(&app, &key(KeyCode::Char('j'))),
            Some(Action::SelectNext)
        );
        assert_eq!(
            action_for_event(&app, &mouse(MouseEventKind::ScrollDown, 5, 5)),
            Some(Action::SelectNext)
        );
        assert_eq!(
            action_for_event(&app, &Event::Resize(100, 30)),
            Some(Action::Resize(100, 30))
        );
        let paste = Event::Paste("a b\nc".to_string());
        assert_eq!(action_for_event(&app, &paste), None, "not while browsing");
        app.update(Action::StartSearch);
        assert_eq!(
            action_for_event(&app, &paste),
            Some(Action::PasteIntoSearch("a b\nc".to_string()))
        );
    }

    #[test]
    fn on_the_too_small_screen_clicks_and_pastes_do_nothing_and_a_resize_still_acts() {
        let mut app = App::new(crate::brief::load_embedded().unwrap());
        app.update(Action::StartSearch);
        app.update(Action::Resize(20, 5));
        let click = mouse(MouseEventKind::Down(MouseButton::Left), 3, 3);
        assert_eq!(action_for_event(&app, &click), None);
        let wheel = mouse(MouseEventKind::ScrollDown, 3, 3);
        assert_eq!(action_for_event(&app, &wheel), None);
        let paste = Event::Paste("oil".to_string());
        assert_eq!(action_for_event(&app, &paste), None);
        assert_eq!(
            action_for_event(&app, &Event::Resize(80, 24)),
            Some(Action::Resize(80, 24))
        );
        app.update(Action::Resize(80, 24));
        assert_eq!(
            action_for_event(&app, &paste),
            Some(Action::PasteIntoSearch("oil".to_string()))
        );
    }

    #[test]
    fn a_still_slide_is_redrawn_only_when_its_clock_shows_a_new_second() {
        let mut app = App::new(crate::brief::load_embedded().unwrap());
        app.update(Action::Resize(80, 24));
        app.update(Action::StartPresentation);
        assert!(app.slides.is_some());
        let ms = Duration::from_millis;
        assert!(!tick(&mut app, ms(200)), "timer stopped: nothing changes");
        assert!(!tick(&mut app, ms(5_000)), "timer stopped: nothing changes");
        app.update(Action::Present(PresentAction::ToggleTimer));
        assert!(!tick(&mut app, ms(5_400)), "same second");
        assert!(tick(&mut app, ms(6_000)), "a new second shows");
        assert!(!tick(&mut app, ms(6_200)));
        assert!(!tick(&mut app, ms(6_800)));
        assert!(tick(&mut app, ms(7_000)));
    }

    #[test]
    fn osc52_carries_standard_base64_with_padding() {
        assert_eq!(osc52(""), "\x1b]52;c;\x07");
        assert_eq!(osc52("f"), "\x1b]52;c;Zg==\x07");
        assert_eq!(osc52("“é”"), "\x1b]52;c;4oCcw6nigJ0=\x07");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
