//! Taking the terminal's input in batches: every event already read or readable is taken
//! before the loop draws or sleeps again, and a run of characters typed (or pasted without
//! bracketed paste) into the search box becomes one query update.
//!
//! crossterm reads the terminal 1,024 bytes at a time. Its default event source (mio, with
//! edge-triggered epoll) never looks again at bytes left in the terminal after a read until
//! new bytes arrive, so the tail of a burst sat there until the next key press. Cargo.toml
//! turns on crossterm's `use-dev-tty` source (poll(2), level-triggered), and `read_batch`
//! drains it; one batch then costs one redraw, however many keys it holds.

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};

use crate::action::Action;
use crate::app::App;

/// The most events taken in one batch before the loop applies them and redraws: a burst of
/// 100,000 characters is then shown in steps, never held until it has all arrived.
pub const BATCH_EVENTS: usize = 4_096;

/// How long `read_batch` waits for the next event of a batch already begun. crossterm's
/// `use-dev-tty` source answers a zero timeout with "nothing" even when it holds events
/// (crossterm issue #839), so a batch ends on a millisecond of quiet instead.
const DRAIN_WAIT: Duration = Duration::from_millis(1);

/// Waits up to `wait` for input, then takes every event that is readable at once (up to
/// `BATCH_EVENTS`), in order. Empty when nothing arrived within `wait`.
///
/// # Errors
/// The terminal failing to be polled or read (it has gone away).
pub fn read_batch(wait: Duration) -> io::Result<VecDeque<Event>> {
    let mut batch = VecDeque::new();
    if !event::poll(wait)? {
        return Ok(batch);
    }
    batch.push_back(event::read()?);
    while batch.len() < BATCH_EVENTS && event::poll(DRAIN_WAIT)? {
        batch.push_back(event::read()?);
    }
    Ok(batch)
}

/// Takes the next action of `batch` for the app as it stands, skipping events that mean
/// nothing; `None` once the batch is spent. Call it again after applying each action: what
/// a key means depends on the mode the previous one left.
///
/// A run of characters typed into the search box comes out as one `PasteIntoSearch`, so the
/// query is searched and the screen drawn once for the run. Inside such a run an Enter or a
/// Tab followed by another character is a line break or tab of text pasted without bracketed
/// paste, and becomes a space (as a bracketed paste's would) rather than opening a result.
pub fn next_action(app: &App, batch: &mut VecDeque<Event>) -> Option<Action> {
    while let Some(event) = batch.pop_front() {
        let Some(action) = super::action_for_event(app, &event) else {
            continue;
        };
        let Action::SearchInput(first) = action else {
            return Some(action);
        };
        let mut typed = String::from(first);
        while let Some(next) = batch.front() {
            match super::action_for_event(app, next) {
                Some(Action::SearchInput(c)) => typed.push(c),
                None if !is_break(next) => {}
                _ if is_break(next) && types(app, batch.get(1)) => typed.push(' '),
                _ => break,
            }
            batch.pop_front();
        }
        return Some(if typed.chars().count() == 1 {
            Action::SearchInput(first)
        } else {
            Action::PasteIntoSearch(typed)
        });
    }
    None
}

/// An Enter or Tab press: a line break or tab when it comes inside pasted text.
fn is_break(event: &Event) -> bool {
    matches!(event, Event::Key(key)
        if key.kind != KeyEventKind::Release && matches!(key.code, KeyCode::Enter | KeyCode::Tab))
}

/// Whether `event` types a character into the search box.
fn types(app: &App, event: Option<&Event>) -> bool {
    event.is_some_and(|event| {
        matches!(
            super::action_for_event(app, event),
            Some(Action::SearchInput(_))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn text(text: &str) -> Vec<Event> {
        text.chars().map(|c| key(KeyCode::Char(c))).collect()
    }

    /// Applies the whole batch as the runner does; returns the actions taken.
    fn run(app: &mut App, events: Vec<Event>) -> Vec<Action> {
        let mut batch: VecDeque<Event> = events.into();
        let mut taken = Vec::new();
        while let Some(action) = next_action(app, &mut batch) {
            taken.push(action.clone());
            app.apply(action);
        }
        taken
    }

    fn app() -> App {
        let mut app = App::new(crate::brief::load_embedded().expect("embedded brief"));
        app.update(Action::Resize(100, 30));
        app
    }

    #[test]
    fn a_burst_typed_into_search_is_one_query_update_and_keys_after_it_still_act() {
        let mut app = app();
        let mut events = text("/pipeline");
        events.push(key(KeyCode::Esc));
        events.extend(text("j"));
        let taken = run(&mut app, events);
        assert_eq!(
            taken,
            vec![
                Action::StartSearch,
                Action::PasteIntoSearch("pipeline".into()),
                Action::CancelSearch,
                Action::SelectNext,
            ]
        );
        assert_eq!(app.search.query, "pipeline");
        assert_eq!(app.list(crate::app::Pane::Summary).selected, 1);
    }

    #[test]
    fn line_breaks_inside_a_plain_paste_are_spaces_but_a_last_enter_opens_the_result() {
        let mut app = app();
        let mut events = text("/pipe");
        events.push(key(KeyCode::Enter));
        events.extend(text("line"));
        events.push(key(KeyCode::Tab));
        events.extend(text("s"));
        events.push(key(KeyCode::Enter));
        let taken = run(&mut app, events);
        assert_eq!(taken[1], Action::PasteIntoSearch("pipe line s".into()));
        assert_eq!(taken[2], Action::DrillDown, "{taken:?}");
        assert!(app.detail.is_some(), "the last Enter opened the result");
    }

    #[test]
    fn a_single_character_is_still_a_single_input_and_unbound_keys_are_skipped() {
        let mut app = app();
        let mut release = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        let events = vec![
            key(KeyCode::Char('/')),
            key(KeyCode::Char('o')),
            Event::Key(release),
            Event::FocusGained,
        ];
        let taken = run(&mut app, events);
        assert_eq!(taken, vec![Action::StartSearch, Action::SearchInput('o')]);
    }

    #[test]
    fn a_burst_longer_than_a_query_is_cut_once_with_a_note() {
        let mut app = app();
        let mut events = text("/");
        events.extend(text(&"oil ".repeat(700)));
        events.push(key(KeyCode::Esc));
        let taken = run(&mut app, events);
        assert_eq!(taken.len(), 3, "start, one update, cancel");
        assert_eq!(
            app.search.query.chars().count(),
            crate::app::QUERY_LIMIT,
            "cut to the limit"
        );
        assert_eq!(app.mode, crate::app::Mode::Browse, "Esc after it acted");
    }
}
