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
use crate::present::channel::{self, Heard, Published};

/// Whether, and how, the loop talks to the slide channel.
#[derive(Debug)]
pub enum Link {
    /// No channel: the explorer, or the slides on their own.
    Unlinked,
    /// A presenter publishes its position to this file.
    Publish {
        path: PathBuf,
        /// The last position written, so an unchanged one is not written again.
        last: Option<Published>,
    },
    /// A follower reads its presenter's position from this file.
    Follow {
        path: PathBuf,
        /// The last thing read, so only a change becomes an action.
        last: Option<Heard>,
    },
}

impl Link {
    /// A presenter's link to the channel file at `path`.
    pub fn presenter(path: PathBuf) -> Link {
        Link::Publish { path, last: None }
    }

    /// A follower's link to the channel file at `path`.
    pub fn follower(path: PathBuf) -> Link {
        Link::Follow { path, last: None }
    }

    pub fn is_unlinked(&self) -> bool {
        matches!(self, Link::Unlinked)
    }

    /// Event source: for a follower, what the presenter did since the last call, as an
    /// action; `None` when nothing changed or there is no follower.
    pub fn heard(&mut self) -> Option<Action> {
        let Link::Follow { path, last } = self else {
            return None;
        };
        let heard = channel::listen(path);
        if last.as_ref() == Some(&heard) {
            return None;
        }
        let action = follow(&heard);
        *last = Some(heard);
        Some(Action::Present(action))
    }

    /// Sink: for a presenter, writes the talk's position if it changed. A failure comes back
    /// as an action that says why in the footer.
    pub fn publish(&mut self, app: &App, live: bool) -> Option<Action> {
        let Link::Publish { path, last } = self else {
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
        let failed = channel::publish(path, &published).err().map(|error| {
            let message = format!("cannot publish to {}: {error}", path.display());
            Action::Present(PresentAction::PublishFailed(message))
        });
        *last = Some(published);
        failed
    }

    /// What to do should the loop never return (the terminal gone): a presenter still
    /// tells its followers it has left.
    pub fn on_abandon(&self) -> Box<dyn Fn() + Send> {
        match self {
            Link::Publish { path, .. } => {
                let path = path.clone();
                Box::new(move || mark_ended(&path))
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
    }
}

/// Rewrites the channel's last position as ended, for a presenter that cannot finish its loop.
fn mark_ended(path: &Path) {
    if let Heard::Live(mut published) = channel::listen(path) {
        published.live = false;
        let _ = channel::publish(path, &published);
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
    }

    #[test]
    fn a_presenter_publishes_only_changes_and_a_follower_hears_only_changes() {
        let path =
            std::env::temp_dir().join(format!("briefing-link-test-{}.json", std::process::id()));
        let mut presenter = Link::presenter(path.clone());
        let mut follower = Link::follower(path.clone());
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
        std::fs::remove_file(&path).expect("clean up");
    }

    #[test]
    fn a_presenter_that_cannot_publish_says_why() {
        // Under a regular file, so no directory can be made there, whoever else shares /tmp.
        let file = tempfile::NamedTempFile::new().expect("a temporary file");
        let path = file.path().join("channel.json");
        let mut presenter = Link::presenter(path);
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
}
