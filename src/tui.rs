//! The one runner: raw mode and the alternate screen, the one event loop for the explorer,
//! the slides, the presenter and the follower, and the few things `update` asks of the
//! outside world (clipboard, reload, suspend).
//!
//! The loop takes events from the terminal, the clock (`Tick` for the slides' timer) and,
//! for a presenter or follower, the slide channel (`link.rs`); each becomes an `Action` that
//! `App::apply` applies; one redraw follows whatever changed. A presenter's position goes
//! back out to the channel after every turn.
//!
//! The terminal is restored on every way out: quit, error, panic (ratatui's hook, wrapped to
//! also release the mouse), SIGTERM and SIGHUP. For the signals, a watcher thread
//! (signal-hook's iterator) records the signal for the loop, which checks it at least every
//! 200 ms and returns through the normal path. When the terminal has gone away, crossterm
//! 0.29 can spin inside `poll` reading end-of-file and never return; so if the loop has not
//! finished a second after the signal, the watcher restores what it can and exits with
//! 128 + the signal number, as a shell reports a process killed by it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

mod link;

pub use link::Link;

use crate::action::Action;
use crate::app::{App, Mode, Request};
use crate::brief::{self, Brief};
use crate::cli::ColorChoice;
use crate::present::PresentAction;
use crate::theme::Theme;
use crate::{keymap, ui};

/// How long the loop waits for input before it checks for a termination signal, reads the
/// clock for the slides' timer (which shows seconds) and listens to the channel.
const TURN: Duration = Duration::from_millis(200);
/// How long the watcher gives the loop to return after a termination signal.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);

/// Runs the explorer on `brief` until the reader quits; `file` is where `r` reloads from.
pub fn run(brief: &Brief, file: Option<PathBuf>, color: ColorChoice) -> Result<()> {
    let mut app = App::new(brief.clone());
    app.source = file;
    run_app(app, color, Link::Unlinked)
}

/// Runs an `App` already set up (the slides open, say) until the reader quits, in the
/// colours `color` asks for. With a `link`, the slides publish to or follow the channel;
/// then the mouse is left to the terminal, so text can still be selected there.
pub fn run_app(mut app: App, color: ColorChoice, mut link: Link) -> Result<()> {
    let theme = Theme::for_choice(color);
    let mouse = if link.is_unlinked() {
        Mouse::Captured
    } else {
        Mouse::Left
    };
    // SIGTERM and SIGHUP end the loop like q, so the terminal is restored and a presenter
    // tells its followers it has gone; should the loop be stuck on a vanished terminal, the
    // presenter still tells them before the process exits.
    let on_abandon = link.on_abandon();
    in_terminal(mouse, on_abandon, |terminal, stop| {
        let result = event_loop(terminal, &mut app, &theme, &mut link, stop);
        // Whatever ended the loop, followers hear that the presenter has gone.
        let _ = link.publish(&app, false);
        result
    })
}

/// Whether the program takes the mouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mouse {
    Captured,
    Left,
}

/// The program was ended by a signal; the process should exit with 128 + `signal`.
#[derive(Debug, thiserror::Error)]
#[error("{}", match *.signal {
    signal_hook::consts::SIGTERM => "terminated by SIGTERM",
    signal_hook::consts::SIGHUP => "the terminal hung up (SIGHUP)",
    _ => "stopped by a signal",
})]
pub struct Terminated {
    pub signal: i32,
}

/// Takes the terminal (raw mode, alternate screen), runs `body`, and gives the terminal back
/// on every way out: return, error, panic, SIGTERM and SIGHUP. `body` must return soon after
/// `stop` becomes non-zero (a signal's number). Should it not, because the terminal has gone
/// away, the watcher calls `on_abandon`, restores what it can and exits (module comment).
fn in_terminal<T>(
    mouse: Mouse,
    on_abandon: Box<dyn Fn() + Send>,
    body: impl FnOnce(&mut DefaultTerminal, &AtomicUsize) -> Result<T>,
) -> Result<T> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        bail!(
            "this needs a terminal, and standard output is not one; for plain text try `briefing show summary` or `briefing present --outline`"
        );
    }
    // Set to the number of a termination signal when one arrives.
    let stop = Arc::new(AtomicUsize::new(0));
    let finished = Arc::new(AtomicBool::new(false));
    let signals = watch_signals(Arc::clone(&stop), Arc::clone(&finished), on_abandon)?;
    let mut terminal = ratatui::try_init().context("cannot set up the terminal")?;
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        ratatui_hook(info);
    }));
    let result = match mouse {
        Mouse::Captured => execute!(io::stdout(), EnableMouseCapture)
            .context("cannot enable the mouse")
            .and_then(|()| body(&mut terminal, &stop)),
        Mouse::Left => body(&mut terminal, &stop),
    };
    if mouse == Mouse::Captured {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    ratatui::restore();
    finished.store(true, Ordering::SeqCst);
    signals.close();
    let value = result?;
    match i32::try_from(stop.load(Ordering::Relaxed)).unwrap_or(0) {
        0 => Ok(value),
        signal => Err(Terminated { signal }.into()),
    }
}

/// Starts the thread that records SIGTERM and SIGHUP, and exits the process if the event
/// loop does not return soon after one (see the module comment).
fn watch_signals(
    stop: Arc<AtomicUsize>,
    finished: Arc<AtomicBool>,
    on_abandon: Box<dyn Fn() + Send>,
) -> Result<signal_hook::iterator::Handle> {
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
    ])
    .context("cannot listen for termination signals")?;
    let handle = signals.handle();
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            stop.store(usize::try_from(signal).unwrap_or(1), Ordering::SeqCst);
            std::thread::sleep(SIGNAL_GRACE);
            if !finished.load(Ordering::SeqCst) {
                on_abandon();
                let _ = execute!(io::stdout(), DisableMouseCapture);
                ratatui::restore();
                std::process::exit(128 + signal);
            }
        }
    });
    Ok(handle)
}

/// The one event loop: events in, actions out, one redraw decision per turn.
fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    link: &mut Link,
    stop: &AtomicUsize,
) -> Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let started = Instant::now();
    let mut dirty = true;
    loop {
        if app.should_quit || stop.load(Ordering::Relaxed) != 0 {
            return Ok(());
        }
        if app.mode == Mode::Present {
            // The slides' timer shows seconds: tell it the time, and redraw.
            let now = PresentAction::Tick(started.elapsed());
            app.update(Action::Present(now));
            dirty = true;
        }
        let from_channel = [link.heard(), link.publish(app, true)];
        for action in from_channel.into_iter().flatten() {
            app.apply(action);
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| ui::render(app, theme, frame))?;
            dirty = false;
        }
        if !event::poll(TURN)? {
            continue;
        }
        if let Some(action) = action_for_event(app, &event::read()?) {
            dispatch(terminal, app, action)?;
            dirty = true;
        }
    }
}

/// What a terminal event means; `None` (and so no redraw) for anything the explorer ignores:
/// key releases, unbound keys, mouse moves.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => keymap::action_for_app(app, *key),
        Event::Mouse(mouse) if app.mode == Mode::Present => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::Present(PresentAction::NextSlide)),
            MouseEventKind::ScrollUp => Some(Action::Present(PresentAction::PreviousSlide)),
            _ => None,
        },
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Action::SelectNext),
            MouseEventKind::ScrollUp => Some(Action::SelectPrevious),
            MouseEventKind::Down(MouseButton::Left) => {
                crate::layout::action_at(app, mouse.column, mouse.row)
            }
            _ => None,
        },
        Event::Resize(columns, rows) => Some(Action::Resize(*columns, *rows)),
        _ => None,
    }
}

/// Applies an action and its follow-ups, then carries out what `update` requested.
fn dispatch(terminal: &mut DefaultTerminal, app: &mut App, action: Action) -> Result<()> {
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
            }
        }
        Some(Request::Suspend) => suspend(terminal)?,
    }
    Ok(())
}

fn reload(path: &Path) -> Action {
    match brief::load_file(path) {
        Ok(brief) => Action::ReplaceBrief(Box::new(brief)),
        Err(error) => Action::ReportReloadFailure(error.lines()),
    }
}

/// Ctrl-Z: give the terminal back, stop, and on `fg` take it again and redraw everything.
fn suspend(terminal: &mut DefaultTerminal) -> Result<()> {
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    terminal.clear()?;
    Ok(())
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
    }

    #[test]
    fn osc52_carries_standard_base64_with_padding() {
        assert_eq!(osc52(""), "\x1b]52;c;\x07");
        assert_eq!(osc52("f"), "\x1b]52;c;Zg==\x07");
        assert_eq!(osc52("“é”"), "\x1b]52;c;4oCcw6nigJ0=\x07");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
