//! Taking the terminal and giving it back: raw mode, the alternate screen, the mouse,
//! bracketed paste and the cursor, on every way out, and the signals that ask for it.
//!
//! A watcher thread (signal-hook's iterator) records what arrives; the loop checks at least
//! every turn (200 ms) and acts through the normal path:
//! - SIGTERM, SIGHUP, SIGINT and SIGQUIT end the loop like q (in raw mode Ctrl-C and Ctrl-\
//!   are keys, so these come from `kill` or a closed terminal). When the terminal has gone
//!   away, crossterm 0.29 can spin inside `poll` reading end-of-file and never return; so if
//!   the loop has not finished a second after the signal, the watcher gives back what it
//!   can and exits with 128 + the signal number, as a shell reports a process killed by it.
//!   What must not wait for the loop (a presenter marking its channel ended and letting go
//!   of its session) the watcher does the moment the signal comes (`on_stop`).
//! - A terminal that has gone (a closed window) cannot be restored: `give_back` then says
//!   nothing rather than "Failed to restore terminal" (`terminal_gone`).
//! - SIGTSTP from outside (`kill -TSTP`) suspends as Ctrl-Z does: the terminal is given
//!   back, the process stops (SIGSTOP, which cannot be caught), and on SIGCONT it takes the
//!   terminal again and redraws everything.

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{Command, execute};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

/// How long the watcher gives the loop to return after a termination signal.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);
/// Signals that end the program, each restoring the terminal first.
const TERMINATING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

/// Whether the program takes the mouse. The slides' presenter and follower leave it to the
/// terminal, so text can still be selected there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mouse {
    Captured,
    Left,
}

/// Asks the terminal to report clicks, the wheel, and motion only while a button is held
/// (xterm's modes 1000 and 1002, with 1006's SGR coordinates). crossterm's
/// `EnableMouseCapture` also turns on 1003, which reports every movement of the pointer and
/// wakes the loop for nothing. `DisableMouseCapture` turns all of them off again.
#[derive(Debug, Clone, Copy)]
struct ButtonMouseCapture;

impl Command for ButtonMouseCapture {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str(BUTTON_MOUSE_MODES)
    }
}

/// The escape sequences of `ButtonMouseCapture`: no 1003 (any-motion tracking).
pub const BUTTON_MOUSE_MODES: &str = "\x1b[?1000h\x1b[?1002h\x1b[?1006h";

/// The program was ended by a signal; the process should exit with 128 + `signal`.
#[derive(Debug, thiserror::Error)]
#[error("{}", match *.signal {
    SIGTERM => "terminated by SIGTERM",
    SIGHUP => "the terminal hung up (SIGHUP)",
    SIGINT => "interrupted by SIGINT",
    SIGQUIT => "quit by SIGQUIT",
    _ => "stopped by a signal",
})]
pub struct Terminated {
    pub signal: i32,
}

impl Terminated {
    /// Whether `signal` asks the program to stop (SIGTERM, SIGINT): it then ends quietly,
    /// with 128 + `signal`, as no failure.
    pub fn is_request_to_stop(signal: i32) -> bool {
        signal == SIGTERM || signal == SIGINT
    }
}

/// The terminal as the loop holds it: what was taken, and what the signals asked for.
#[derive(Debug)]
pub struct Held {
    mouse: Mouse,
    /// The number of a terminating signal once one arrives, else 0.
    stop: Arc<AtomicUsize>,
    /// Set by a SIGTSTP from outside until the loop suspends.
    suspend: Arc<AtomicBool>,
}

impl Held {
    /// Whether a terminating signal arrived: the loop must return soon.
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed) != 0
    }

    /// Whether a SIGTSTP arrived since the last call.
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }

    /// Gives the terminal back, stops the process, and on SIGCONT (`fg`) takes the terminal
    /// again and clears it, so the next draw repaints everything.
    pub fn suspend(&self, terminal: &mut DefaultTerminal) -> Result<()> {
        give_back(self.mouse);
        signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
        if self.mouse == Mouse::Captured {
            execute!(io::stdout(), ButtonMouseCapture)?;
        }
        terminal.clear()?;
        Ok(())
    }
}

/// Leaves the terminal as the shell expects it: no mouse reporting, no bracketed paste,
/// cooked mode, the main screen and a visible cursor, each tried even when one before
/// failed. Best effort: it runs while leaving. When the terminal has gone (a hang-up: the
/// errors `terminal_gone` names) there is nothing to restore and nothing is said; another
/// failure is said on standard error.
pub fn give_back(mouse: Mouse) {
    let mut out = io::stdout();
    if mouse == Mouse::Captured {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, DisableBracketedPaste);
    // Raw mode first, as ratatui::restore does: it matters more than the screen.
    let raw = disable_raw_mode();
    let screen = execute!(out, LeaveAlternateScreen);
    for error in [raw.err(), screen.err()].into_iter().flatten() {
        if !terminal_gone(&error) {
            eprintln!("briefing: cannot restore the terminal: {error}");
        }
    }
    let _ = execute!(out, Show);
}

/// Lets go of ratatui's terminal once `give_back` has run. Dropping it shows the cursor
/// when ratatui last hid it, and prints "Failed to show the cursor" if that fails, as it
/// does on a terminal that has gone; so the cursor is shown here first, and a terminal
/// that cannot show it is forgotten rather than dropped (it holds only buffers and a handle
/// on standard output, which the process keeps anyway).
fn release(mut terminal: DefaultTerminal) {
    match terminal.show_cursor() {
        Ok(()) => drop(terminal),
        Err(error) => {
            if !terminal_gone(&error) {
                eprintln!("briefing: cannot show the cursor: {error}");
            }
            std::mem::forget(terminal);
        }
    }
}

/// Whether an error from the terminal means it is no longer there: ENXIO (its device has
/// gone, as after SIGHUP), EIO (the other side of the pseudo-terminal is closed) or EBADF
/// (standard output closed). Restoring such a terminal is pointless, and saying so is noise.
pub fn terminal_gone(error: &io::Error) -> bool {
    matches!(
        error.raw_os_error(),
        Some(libc::ENXIO | libc::EIO | libc::EBADF)
    )
}

/// Takes the terminal (raw mode, alternate screen, bracketed paste, the mouse if asked),
/// runs `body`, and gives the terminal back on every way out: return, error, panic and the
/// signals in the module comment. When a terminating signal comes, the watcher calls
/// `on_stop` at once (a presenter lets go of its session there). `body` must return soon
/// after `Held::stopped`. Should it not, because the terminal has gone away, the watcher
/// gives back what it can and exits (module comment). Fails when standard output is not a
/// terminal.
pub fn in_terminal<T>(
    mouse: Mouse,
    on_stop: Box<dyn Fn() + Send>,
    body: impl FnOnce(&mut DefaultTerminal, &Held) -> Result<T>,
) -> Result<T> {
    if !io::stdout().is_terminal() {
        bail!(
            "this needs a terminal, and standard output is not one; for plain text try `briefing show summary` or `briefing present --outline`"
        );
    }
    let held = Held {
        mouse,
        stop: Arc::new(AtomicUsize::new(0)),
        suspend: Arc::new(AtomicBool::new(false)),
    };
    let finished = Arc::new(AtomicBool::new(false));
    let signals = watch_signals(&held, Arc::clone(&finished), on_stop)?;
    // On a panic the terminal is given back (quietly when it has gone) before the message
    // prints; ratatui's own hook, which try_init sets, would complain about a gone terminal.
    let hook = std::panic::take_hook();
    let initialised = ratatui::try_init();
    let _ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        give_back(mouse);
        hook(info);
    }));
    let mut terminal = match initialised {
        Ok(terminal) => terminal,
        Err(error) => {
            give_back(mouse);
            return Err(error).context("cannot set up the terminal");
        }
    };
    let mut taken = execute!(io::stdout(), EnableBracketedPaste).context("cannot set up pasting");
    if mouse == Mouse::Captured {
        taken = taken.and_then(|()| {
            execute!(io::stdout(), ButtonMouseCapture).context("cannot enable the mouse")
        });
    }
    let result = taken.and_then(|()| body(&mut terminal, &held));
    give_back(mouse);
    release(terminal);
    finished.store(true, Ordering::SeqCst);
    signals.close();
    let value = result?;
    match i32::try_from(held.stop.load(Ordering::Relaxed)).unwrap_or(0) {
        0 => Ok(value),
        signal => Err(Terminated { signal }.into()),
    }
}

/// Starts the thread that records the signals for the loop, runs `on_stop` as soon as a
/// terminating one comes, and exits the process if the loop does not return soon after it
/// (see the module comment).
fn watch_signals(
    held: &Held,
    finished: Arc<AtomicBool>,
    on_stop: Box<dyn Fn() + Send>,
) -> Result<signal_hook::iterator::Handle> {
    let mut signals = signal_hook::iterator::Signals::new(TERMINATING.iter().chain(&[SIGTSTP]))
        .context("cannot listen for signals")?;
    let handle = signals.handle();
    let (stop, suspend, mouse) = (
        Arc::clone(&held.stop),
        Arc::clone(&held.suspend),
        held.mouse,
    );
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if signal == SIGTSTP {
                suspend.store(true, Ordering::SeqCst);
                continue;
            }
            stop.store(usize::try_from(signal).unwrap_or(1), Ordering::SeqCst);
            on_stop();
            std::thread::sleep(SIGNAL_GRACE);
            if !finished.load(Ordering::SeqCst) {
                give_back(mouse);
                std::process::exit(128 + signal);
            }
            return;
        }
    });
    Ok(handle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_that_has_gone_is_restored_quietly_and_other_failures_are_said() {
        for gone in [libc::ENXIO, libc::EIO, libc::EBADF] {
            assert!(terminal_gone(&io::Error::from_raw_os_error(gone)), "{gone}");
        }
        for other in [libc::ENOSPC, libc::EACCES, libc::ENOTTY] {
            assert!(
                !terminal_gone(&io::Error::from_raw_os_error(other)),
                "{other}"
            );
        }
        assert!(!terminal_gone(&io::Error::other("no errno")));
    }

    #[test]
    fn the_mouse_reports_motion_only_while_a_button_is_held() {
        let mut written = String::new();
        ButtonMouseCapture.write_ansi(&mut written).unwrap();
        assert!(
            written.contains("?1002h"),
            "button-event tracking: {written:?}"
        );
        assert!(
            !written.contains("?1003h"),
            "no any-motion tracking: {written:?}"
        );
        assert!(written.contains("?1006h"), "SGR coordinates: {written:?}");
    }
}
