//! The state of a talk: which slide, what is typed for a jump, the timer, and what is shown.
//!
//! Pure: `update` applies a `PresentAction` and never reads the clock. The runner feeds the
//! time in with `Tick`, so timer tests pass timestamps of their own.

use std::time::Duration;

pub use super::timer::{Countdown, Timer, clock, parse_duration};

/// Rows one notes-scroll key moves: a few lines, so a quote's beginning stays in sight.
const NOTES_STEP: u16 = 3;
/// A bound on the notes' scroll, far past any notes, so it cannot wrap; the view clamps to
/// the real length.
const NOTES_MAX: u16 = 2000;

/// What a presenter can ask of the deck, and what the runner tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PresentAction {
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    /// Go to a slide by index (0-based), clamped to the deck.
    GoToSlide(usize),
    /// A digit of a slide number to jump to.
    TypeJumpDigit(u8),
    /// Removes the last digit typed.
    EraseJumpDigit,
    /// Jumps to the number typed; with nothing typed, opens the explorer at the slide's item.
    Confirm,
    /// Steps back one thing: forgets the number typed and closes the help; else closes the
    /// notes; else, with nothing left to close, asks the host to `Leave`.
    Cancel,
    ToggleTimer,
    ResetTimer,
    Blank,
    Unblank,
    ToggleNotes,
    /// Scrolls the speaker notes of the current slide a few lines down or up.
    ScrollNotes {
        down: bool,
    },
    ToggleFooter,
    ToggleHelp,
    /// Opens the explorer at the current slide's first item; handled by whoever hosts the
    /// presentation.
    OpenInExplorer,
    /// The runner's clock: time since the talk's process started.
    Tick(Duration),
    /// A follower found no presenter in its session (yet).
    NoPresenter,
    /// Leaves the slides for where they were opened from (`p` in the explorer); handled by
    /// whoever hosts the presentation, which ignores it where leaving would end the talk
    /// (`briefing present`: only the quit key does that).
    Leave,
    /// A follower's presenter is on this slide (0-based) of a deck of `count` slides,
    /// blanked or not: go there, and note when the decks differ.
    FollowSlide {
        slide: usize,
        count: usize,
        blanked: bool,
    },
    /// A follower's presenter has quit, or died, on this slide (0-based): stay there.
    PresenterLeft(usize),
    /// A presenter could not publish its position; says why in the footer.
    PublishFailed(String),
    /// A follower heard something it must not follow (a presenter showing another deck, an
    /// untrusted channel file): it stays on its slide and keeps this note in the footer.
    FollowerNote(String),
    Quit,
}

/// Everything about a talk in progress except the deck itself.
// Each flag is an independent toggle of what the screen shows.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    /// Index of the current slide, always below `count` (or 0 for an empty deck).
    pub slide: usize,
    pub count: usize,
    /// Digits typed towards a jump.
    pub jump: String,
    pub timer: Timer,
    /// The latest time the runner told us.
    pub now: Duration,
    pub blanked: bool,
    pub notes: bool,
    pub footer: bool,
    pub help: bool,
    pub quit: bool,
    /// Rows the speaker notes are scrolled, and the slide that scroll belongs to: another
    /// slide's notes start at the top (`notes_offset`).
    pub notes_scroll: (usize, u16),
    /// A short message for the footer, cleared by the next action.
    pub status: Option<String>,
    /// The session a presenter publishes to or a follower follows, when there is one.
    pub session: Option<String>,
    /// A follower's standing note (waiting, the presenter left): the footer shows it again
    /// whenever the next action clears the status.
    pub note: Option<String>,
}

impl Presentation {
    /// A talk over `count` slides opening at `start` (0-based, clamped).
    pub fn new(count: usize, start: usize) -> Presentation {
        Presentation {
            slide: start.min(count.saturating_sub(1)),
            count,
            jump: String::new(),
            timer: Timer::default(),
            now: Duration::ZERO,
            blanked: false,
            notes: false,
            footer: true,
            help: false,
            quit: false,
            notes_scroll: (0, 0),
            status: None,
            session: None,
            note: None,
        }
    }

    /// Names the session the talk is published to or followed from.
    #[must_use]
    pub fn with_session(mut self, session: Option<String>) -> Presentation {
        self.session = session;
        self
    }

    /// Makes the timer count down from `limit`.
    #[must_use]
    pub fn with_duration(mut self, limit: Option<Duration>) -> Presentation {
        self.timer.limit = limit;
        self
    }

    /// Applies an action. Returns a follow-up for the host when the action means more than
    /// the presentation can do itself (opening the explorer).
    pub fn update(&mut self, action: PresentAction) -> Option<PresentAction> {
        if !matches!(action, PresentAction::Tick(_)) {
            self.status.clone_from(&self.note);
        }
        let last = self.count.saturating_sub(1);
        match action {
            PresentAction::NextSlide => self.go(self.slide.saturating_add(1)),
            PresentAction::PreviousSlide => self.go(self.slide.saturating_sub(1)),
            PresentAction::FirstSlide => self.go(0),
            PresentAction::LastSlide => self.go(last),
            PresentAction::GoToSlide(index) => self.go(index),
            PresentAction::ScrollNotes { down } => {
                let (slide, rows) = self.notes_scroll;
                let rows = if slide == self.slide { rows } else { 0 };
                let rows = if down {
                    rows.saturating_add(NOTES_STEP).min(NOTES_MAX)
                } else {
                    rows.saturating_sub(NOTES_STEP)
                };
                self.notes_scroll = (self.slide, rows);
            }
            PresentAction::TypeJumpDigit(digit) => {
                // Six digits is more slides than any talk; ignore the rest.
                if digit < 10 && self.jump.len() < 6 {
                    self.jump.push(char::from(b'0' + digit));
                }
            }
            PresentAction::EraseJumpDigit => {
                self.jump.pop();
            }
            PresentAction::Confirm => {
                if self.jump.is_empty() {
                    return Some(PresentAction::OpenInExplorer);
                }
                let number: usize = self.jump.parse().unwrap_or(0);
                if number == 0 || number > self.count {
                    self.status = Some(format!(
                        "no slide {number}: the deck has slides 1 to {}",
                        self.count
                    ));
                    self.jump.clear();
                } else {
                    self.go(number - 1);
                }
            }
            PresentAction::Cancel => return self.step_back(),
            PresentAction::ToggleTimer => self.timer.toggle(self.now),
            PresentAction::ResetTimer => {
                self.timer.banked = Duration::ZERO;
                if self.timer.is_running() {
                    self.timer.running_since = Some(self.now);
                }
            }
            PresentAction::Blank => self.blanked = true,
            PresentAction::Unblank => self.blanked = false,
            PresentAction::ToggleNotes => self.notes = !self.notes,
            PresentAction::ToggleFooter => self.footer = !self.footer,
            PresentAction::ToggleHelp => self.help = !self.help,
            PresentAction::OpenInExplorer => {
                self.status = Some(
                    "the presenter and follower views do not open the explorer; briefing present does"
                        .to_string(),
                );
            }
            PresentAction::Tick(now) => self.now = now.max(self.now),
            PresentAction::Leave => {}
            PresentAction::NoPresenter => {
                let note = match &self.session {
                    Some(session) => format!("waiting for a presenter · session {session}"),
                    None => "waiting for a presenter".to_string(),
                };
                self.keep_note(Some(note));
            }
            PresentAction::FollowSlide {
                slide,
                count,
                blanked,
            } => {
                self.go(slide);
                self.blanked = blanked;
                let differs = (count != self.count).then(|| {
                    format!(
                        "the presenter's deck has {count} slides, this one {}",
                        self.count
                    )
                });
                self.keep_note(differs);
            }
            PresentAction::PresenterLeft(slide) => {
                self.go(slide);
                self.blanked = false;
                let note = format!("the presenter has left; staying on slide {}", slide + 1);
                self.keep_note(Some(note));
            }
            PresentAction::PublishFailed(message) => self.status = Some(message),
            PresentAction::FollowerNote(note) => self.keep_note(Some(note)),
            PresentAction::Quit => self.quit = true,
        }
        None
    }

    /// Esc: forgets a number typed and closes the help; else closes the notes; else, with
    /// nothing left to close, asks the host to leave.
    fn step_back(&mut self) -> Option<PresentAction> {
        if !self.jump.is_empty() || self.help {
            self.jump.clear();
            self.help = false;
        } else if self.notes {
            self.notes = false;
        } else {
            return Some(PresentAction::Leave);
        }
        None
    }

    /// A follower's standing note: shown now, and again whenever an action clears the status.
    fn keep_note(&mut self, note: Option<String>) {
        self.note = note;
        self.status.clone_from(&self.note);
    }

    /// Moves to a slide, clamped; any half-typed jump is dropped.
    fn go(&mut self, index: usize) {
        self.slide = index.min(self.count.saturating_sub(1));
        self.jump.clear();
    }

    /// Rows the current slide's notes are scrolled by; the view clamps it to their length.
    pub fn notes_offset(&self) -> u16 {
        match self.notes_scroll {
            (slide, rows) if slide == self.slide => rows,
            _ => 0,
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.timer.elapsed(self.now)
    }

    pub fn countdown(&self) -> Countdown {
        self.timer.countdown(self.now)
    }

    /// What the clock shows, to the second: the elapsed whole seconds and whether it runs.
    /// Everything the timer draws (elapsed, left, over, paused) follows from these and the
    /// fixed limit, so the runner redraws after a `Tick` only when this changes.
    pub fn clock_face(&self) -> (u64, bool) {
        (self.elapsed().as_secs(), self.timer.is_running())
    }

    pub fn is_last(&self) -> bool {
        self.slide + 1 >= self.count
    }
}

#[cfg(test)]
mod tests;
