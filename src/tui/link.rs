//! The presenter/follower channel as one more event source and sink of the runner's loop.
//!
//! A follower's loop asks `heard` each turn: what the presenter published becomes a slide
//! action (`FollowSlide`, `PresenterLeft`, `NoPresenter`), applied like a key. A presenter's
//! loop calls `publish` each turn: the talk's position goes to the channel file when it
//! changed. The slide logic never sees the channel, only those actions.

use std::path::{Path, PathBuf};

use crate::action::Action;
use crate::app::App;
use crate::present::PresentAction;
use crate::present::channel::{self, Claim, Heard, Published};

/// Whether, and how, the loop talks to the slide channel.
#[derive(Debug)]
pub enum Link {
    /// No channel: the explorer, or the slides on their own.
    Unlinked,
    /// A presenter publishes its position to this file, while it holds the session.
    Publish {
        path: PathBuf,
        /// The session, claimed before the screen changed; nothing is published once it is
        /// released.
        claim: Claim,
        /// The deck's fingerprint (`channel::fingerprint`), published beside the position.
        deck: String,
        /// The last position written, so an unchanged one is not written again.
        last: Option<Published>,
    },
    /// A follower reads its presenter's position from this file.
    Follow {
        path: PathBuf,
        /// This follower's deck fingerprint: a presenter showing another deck is not followed.
        deck: String,
        /// The last thing read, so only a change becomes an action.
        last: Option<Heard>,
    },
}

impl Link {
    /// A presenter's link to the channel file at `path`, publishing the fingerprint `deck`
    /// while it holds `claim` (`channel::claim` of that path).
    pub fn presenter(path: PathBuf, deck: String, claim: Claim) -> Link {
        Link::Publish {
            path,
            claim,
            deck,
            last: None,
        }
    }

    /// A follower's link to the channel file at `path`, following only a presenter whose
    /// deck fingerprint is `deck`.
    pub fn follower(path: PathBuf, deck: String) -> Link {
        Link::Follow {
            path,
            deck,
            last: None,
        }
    }

    pub fn is_unlinked(&self) -> bool {
        matches!(self, Link::Unlinked)
    }

    /// Event source: for a follower, what the presenter did since the last call, as an
    /// action; `None` when nothing changed or there is no follower.
    pub fn heard(&mut self) -> Option<Action> {
        let Link::Follow { path, deck, last } = self else {
            return None;
        };
        let heard = channel::listen_deck(path, deck);
        if last.as_ref() == Some(&heard) {
            return None;
        }
        let action = follow(&heard);
        *last = Some(heard);
        Some(Action::Present(action))
    }

    /// Sink: for a presenter, writes the talk's position if it changed, while it holds the
    /// session. A failure comes back as an action that says why in the footer.
    pub fn publish(&mut self, app: &App, live: bool) -> Option<Action> {
        let Link::Publish {
            path,
            claim,
            deck,
            last,
        } = self
        else {
            return None;
        };
        let talk = &app.slides.as_ref()?.talk;
        let published = Published {
            slide: talk.slide,
            count: talk.count,
            blanked: talk.blanked,
            live,
            pid: std::process::id(),
        };
        if last.as_ref() == Some(&published) {
            return None;
        }
        let written = claim.while_held(|| channel::publish_deck(path, &published, deck))?;
        let failed = written.err().map(|error| {
            let message = format!("cannot publish to {}: {error}", path.display());
            Action::Present(PresentAction::PublishFailed(message))
        });
        *last = Some(published);
        failed
    }

    /// Lets go of a presenter's session: another presenter may start at once. Publishes
    /// nothing after.
    pub fn release(&self) {
        if let Link::Publish { claim, .. } = self {
            claim.release();
        }
    }

    /// What to do the moment a signal says the program must end (the loop may take a turn
    /// to notice, and longer should the terminal have gone): a presenter tells its followers
    /// it has left, then lets go of its session, so a new presenter need not wait for this
    /// process to finish leaving.
    pub fn on_stop(&self) -> Box<dyn Fn() + Send> {
        match self {
            Link::Publish {
                path, claim, deck, ..
            } => {
                let (path, claim, deck) = (path.clone(), claim.clone(), deck.clone());
                Box::new(move || {
                    claim.while_held(|| mark_ended(&path, &deck));
                    claim.release();
                })
            }
            _ => Box::new(|| {}),
        }
    }
}

/// The slide action a follower takes on what it heard.
pub fn follow(heard: &Heard) -> PresentAction {
    match heard {
        Heard::Nothing => PresentAction::NoPresenter,
        Heard::Live(published) => PresentAction::FollowSlide {
            slide: published.slide,
            count: published.count,
            blanked: published.blanked,
        },
        Heard::Ended(published) => PresentAction::PresenterLeft(published.slide),
        Heard::OtherDeck(published) => PresentAction::FollowerNote(format!(
            // Short enough for the footer beside "slide 10 of 12" and the help hint at 80
            // columns.
            "presenter's deck differs (on slide {}); not following",
            published.slide + 1
        )),
        Heard::Ignored(note) => PresentAction::FollowerNote(note.clone()),
    }
}

/// Rewrites the channel's last position as ended, for a presenter stopped by a signal.
fn mark_ended(path: &Path, deck: &str) {
    if let Heard::Live(mut published) = channel::listen_deck(path, deck) {
        published.live = false;
        let _ = channel::publish_deck(path, &published, deck);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::Presentation;
    use crate::present::keys::Role;

    fn presenting(slide: usize) -> App {
        let brief = crate::brief::load_embedded().expect("embedded brief");
        let talk = Presentation::new(30, slide);
        App::presenting(brief, None, talk, Role::Presenter)
    }

    #[test]
    fn what_a_follower_hears_becomes_a_slide_action() {
        let at = |slide, live| Published {
            slide,
            count: 9,
            blanked: true,
            live,
            pid: 1,
        };
        assert_eq!(follow(&Heard::Nothing), PresentAction::NoPresenter);
        assert_eq!(
            follow(&Heard::Live(at(3, true))),
            PresentAction::FollowSlide {
                slide: 3,
                count: 9,
                blanked: true
            }
        );
        assert_eq!(
            follow(&Heard::Ended(at(4, false))),
            PresentAction::PresenterLeft(4)
        );
        let PresentAction::FollowerNote(note) = follow(&Heard::OtherDeck(at(5, true))) else {
            panic!("another deck is not followed");
        };
        assert!(
            note.contains("differs") && note.contains("slide 6"),
            "{note}"
        );
        // Whole in an 80-column footer: " slide 10 of 12 ", the note, "? help".
        assert!(
            " slide 10 of 12 ".len() + note.chars().count() + " ? help".len() + 2 <= 80,
            "{note}"
        );
        assert_eq!(
            follow(&Heard::Ignored("a symlink".to_string())),
            PresentAction::FollowerNote("a symlink".to_string())
        );
    }

    #[test]
    fn a_presenter_publishes_only_changes_and_a_follower_hears_only_changes() {
        // The channel folder must be private (0700): the presenter creates it so.
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("channel").join("present-test.json");
        let claim = channel::claim(&path).expect("the session is free");
        let mut presenter = Link::presenter(path.clone(), "deck".to_string(), claim);
        let mut follower = Link::follower(path.clone(), "deck".to_string());
        let mut app = presenting(2);
        assert_eq!(presenter.publish(&app, true), None);
        let heard = follower.heard();
        assert!(
            matches!(
                heard,
                Some(Action::Present(PresentAction::FollowSlide { slide: 2, .. }))
            ),
            "{heard:?}"
        );
        assert_eq!(follower.heard(), None, "nothing new");
        app.apply(Action::Present(PresentAction::NextSlide));
        assert_eq!(presenter.publish(&app, true), None);
        assert!(matches!(
            follower.heard(),
            Some(Action::Present(PresentAction::FollowSlide { slide: 3, .. }))
        ));
        assert_eq!(presenter.publish(&app, false), None);
        assert_eq!(
            follower.heard(),
            Some(Action::Present(PresentAction::PresenterLeft(3)))
        );
    }

    #[test]
    fn a_presenter_that_cannot_publish_says_why() {
        // A regular file where the channel folder should be: nothing can be published.
        let folder = tempfile::tempdir().expect("a private temporary folder");
        let blocker = folder.path().join("not-a-folder");
        std::fs::write(&blocker, "").expect("write");
        let path = blocker.join("channel.json");
        let claim = channel::claim(&folder.path().join("held").join("present-x.json"))
            .expect("a session held elsewhere");
        let mut presenter = Link::presenter(path, "deck".to_string(), claim);
        let failed = presenter.publish(&presenting(0), true);
        assert!(
            matches!(
                &failed,
                Some(Action::Present(PresentAction::PublishFailed(message)))
                    if message.contains("cannot publish")
            ),
            "{failed:?}"
        );
        assert!(Link::Unlinked.heard().is_none());
    }

    #[test]
    fn a_presenter_stopped_by_a_signal_lets_go_of_its_session_at_once() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("channel").join("present-stop.json");
        let claim = channel::claim(&path).expect("the session is free");
        let mut old = Link::presenter(path.clone(), "deck".to_string(), claim);
        let mut follower = Link::follower(path.clone(), "deck".to_string());
        let app = presenting(4);
        assert_eq!(old.publish(&app, true), None);
        assert!(
            channel::claim(&path).is_err(),
            "refused while a live presenter holds it"
        );
        // The signal watcher's part, while this process is still alive and leaving.
        old.on_stop()();
        assert_eq!(
            follower.heard(),
            Some(Action::Present(PresentAction::PresenterLeft(4))),
            "followers hear it has left"
        );
        let claim = channel::claim(&path).expect("a new presenter starts at once");
        let mut new = Link::presenter(path.clone(), "deck".to_string(), claim);
        assert_eq!(new.publish(&presenting(0), true), None);
        // The old loop's last word, when it gets there, does not spoil the new talk.
        assert_eq!(old.publish(&presenting(7), false), None);
        assert!(
            matches!(
                follower.heard(),
                Some(Action::Present(PresentAction::FollowSlide { slide: 0, .. }))
            ),
            "the follower follows the new presenter"
        );
        assert_eq!(follower.heard(), None, "and nothing else came");
    }
}
