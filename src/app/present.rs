//! The slide mode as a view of the same `App`: `p` opens the deck, Enter on a slide opens the
//! explorer at the slide's first item, and Esc there returns to the same slide; Esc on a
//! slide, with nothing nearer to close, returns to where `p` was pressed.

use crate::brief::ItemRef;
use crate::brief::deck::DeckSpec;
use crate::present::keys::Role;
use crate::present::{Deck, PresentAction, Presentation};

use super::{App, Mode, Status, StatusKind};

/// The deck of the brief on display and where the talk stands in it.
#[derive(Debug, Clone, PartialEq)]
pub struct SlideMode {
    pub deck: Deck,
    pub talk: Presentation,
    /// Set while the reader looks at a slide's item in the explorer: the history depth to
    /// return to the slide from.
    pub returning: Option<usize>,
    /// Leaving the slides leaves the program: `briefing present`, as opposed to `p`.
    pub leave_quits: bool,
    /// The deck file the slides come from (`--deck`), kept to rebuild them on a reload.
    pub spec: Option<DeckSpec>,
    /// Alone, publishing to followers, or following a presenter: which keys work and what
    /// the screen shows. Only `Solo` opens the explorer from a slide.
    pub role: Role,
    /// In the All-briefs scope, the brief whose deck this is (`app/brief_deck.rs`).
    pub of_brief: Option<String>,
}

impl SlideMode {
    pub(super) fn new(deck: Deck) -> SlideMode {
        let talk = Presentation::new(deck.len(), 0);
        SlideMode {
            deck,
            talk,
            returning: None,
            leave_quits: false,
            spec: None,
            role: Role::Solo,
            of_brief: None,
        }
    }
}

impl App {
    /// An app that opens on the slides of the brief (or of `spec`) where `talk` stands, and
    /// quits when they are left: what `briefing present` runs, so that alone (`Role::Solo`)
    /// Enter can still open the explorer.
    pub fn presenting(
        brief: crate::brief::Brief,
        spec: Option<DeckSpec>,
        talk: Presentation,
        role: Role,
    ) -> App {
        let mut app = App::new(brief);
        let deck = Deck::build(&app.brief, spec.as_ref());
        let mut slides = SlideMode::new(deck);
        slides.talk = talk;
        slides.spec = spec;
        slides.leave_quits = true;
        slides.role = role;
        app.slides = Some(slides);
        app.mode = Mode::Present;
        app
    }

    /// `p`: the slides, on the slide that shows the item the reader is on (the one of fewest
    /// items among those showing it, so a point before an overview); when no slide shows
    /// it, where they were left, or from the first.
    pub(super) fn start_presentation(&mut self) {
        if !self.slides_of_current_brief() {
            return;
        }
        if self.slides.is_none() {
            self.slides = Some(SlideMode::new(Deck::build(&self.brief, None)));
        }
        let item = self.current_item();
        if let Some(slides) = &mut self.slides {
            slides.returning = None;
            slides.talk.quit = false;
            let here = slides.deck.slide(slides.talk.slide);
            let shown_here = item.is_some_and(|item| here.is_some_and(|s| s.items.contains(&item)));
            let showing = item.and_then(|item| {
                (0..slides.deck.len())
                    .filter(|&index| {
                        slides
                            .deck
                            .slide(index)
                            .is_some_and(|slide| slide.items.contains(&item))
                    })
                    .min_by_key(|&index| slides.deck.slide(index).map_or(0, |s| s.items.len()))
            });
            if let (false, Some(index)) = (shown_here, showing) {
                slides.talk.update(PresentAction::GoToSlide(index));
            }
        }
        self.mode = Mode::Present;
    }

    /// Applies a slide action; leaving the slides or opening an item hands back to the
    /// explorer.
    pub(super) fn present(&mut self, action: PresentAction) {
        let scrolls_notes = matches!(action, PresentAction::ScrollNotes { .. });
        self.present_one(action);
        // The notes stop at their end, so the first key back up moves them.
        if scrolls_notes {
            let max = crate::layout::notes_max_scroll(self);
            if let Some(slides) = &mut self.slides {
                let (slide, rows) = slides.talk.notes_scroll;
                slides.talk.notes_scroll = (slide, rows.min(max));
            }
        }
    }

    fn present_one(&mut self, action: PresentAction) {
        let Some(slides) = &mut self.slides else {
            return;
        };
        let mut next = Some(action);
        while let Some(action) = next {
            next = match action {
                PresentAction::OpenInExplorer if slides.role == Role::Solo => {
                    let item = slides
                        .deck
                        .slide(slides.talk.slide)
                        .and_then(|slide| slide.items.first().copied());
                    let Some(item) = item else {
                        slides.talk.status = Some("Nothing to open on this slide".to_string());
                        return;
                    };
                    let number = slides.talk.slide + 1;
                    slides.returning = Some(self.history.len());
                    self.mode = Mode::Browse;
                    self.open_from_slide(item);
                    self.status = Some(Status {
                        kind: StatusKind::Info,
                        text: format!("Esc: back to slide {number}"),
                    });
                    return;
                }
                // Esc with nothing nearer to close: back to where `p` was pressed. Where
                // leaving would end the program (`briefing present`) only the quit key does.
                PresentAction::Leave if !slides.leave_quits => {
                    slides.talk.update(PresentAction::Quit)
                }
                other => slides.talk.update(other),
            };
        }
        if slides.talk.quit {
            slides.talk.quit = false;
            self.mode = Mode::Browse;
            if slides.leave_quits {
                self.should_quit = true;
            }
        }
    }

    fn open_from_slide(&mut self, item: ItemRef) {
        self.open(item);
    }

    /// Esc in the explorer after Enter on a slide: back to that slide once the reader is
    /// back where the slide left them. Returns whether it went back to the slide.
    pub(super) fn return_to_slides(&mut self) -> bool {
        let Some(depth) = self.slides.as_ref().and_then(|slides| slides.returning) else {
            return false;
        };
        if self.history.len() > depth + 1 {
            return false;
        }
        if self.history.len() > depth
            && let Some(place) = self.history.pop()
        {
            self.restore(place);
        }
        if let Some(slides) = &mut self.slides {
            slides.returning = None;
        }
        self.mode = Mode::Present;
        true
    }

    /// After a reload: the deck of the new brief, on the same slide if it still exists.
    pub(super) fn rebuild_deck(&mut self) {
        if let Some(slides) = &mut self.slides {
            slides.deck = Deck::build(&self.brief, slides.spec.as_ref());
            let mut talk = slides.talk.clone();
            talk.count = slides.deck.len();
            talk.slide = talk.slide.min(talk.count.saturating_sub(1));
            slides.talk = talk;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::action::Action;
    use crate::app::{App, Mode, Pane};
    use crate::brief::Section;
    use crate::present::PresentAction;

    fn app() -> App {
        App::new(crate::brief::load_embedded().expect("embedded brief"))
    }

    fn slide(app: &App) -> usize {
        app.slides.as_ref().map_or(usize::MAX, |s| s.talk.slide)
    }

    #[test]
    fn p_opens_the_deck_and_q_leaves_it_for_the_explorer() {
        let mut app = app();
        app.update(Action::StartPresentation);
        assert_eq!(app.mode, Mode::Present);
        let first = slide(&app);
        assert_eq!(first, 1, "the slide of the first summary paragraph");
        app.update(Action::Present(PresentAction::NextSlide));
        assert_eq!(slide(&app), 2);
        app.update(Action::Present(PresentAction::Quit));
        assert_eq!(app.mode, Mode::Browse);
        assert!(!app.should_quit, "q leaves the slides, not the program");
        app.update(Action::StartPresentation);
        assert_eq!(slide(&app), first, "back on the reader's item");
        app.update(Action::Present(PresentAction::GoToSlide(13)));
        app.update(Action::Present(PresentAction::Quit));
        app.update(Action::FocusPane(Pane::Positions));
        app.update(Action::StartPresentation);
        assert_eq!(
            slide(&app),
            13,
            "the overview shows the first position: stay"
        );
    }

    #[test]
    fn esc_closes_what_is_open_on_the_slides_then_goes_back_to_where_p_was_pressed() {
        let mut app = app();
        app.update(Action::FocusPane(Pane::Positions));
        app.update(Action::Select(2));
        app.update(Action::DrillDown);
        app.update(Action::StartPresentation);
        let esc = |app: &mut App| app.update(Action::Present(PresentAction::Cancel));
        let talk = |app: &App| app.slides.as_ref().unwrap().talk.clone();
        app.update(Action::Present(PresentAction::ToggleNotes));
        app.update(Action::Present(PresentAction::ToggleHelp));
        app.update(Action::Present(PresentAction::TypeJumpDigit(3)));
        esc(&mut app);
        assert!(
            talk(&app).jump.is_empty() && !talk(&app).help,
            "first the help"
        );
        assert_eq!(app.mode, Mode::Present);
        esc(&mut app);
        assert!(!talk(&app).notes, "then the notes");
        assert_eq!(app.mode, Mode::Present);
        esc(&mut app);
        assert_eq!(app.mode, Mode::Browse, "then back to the explorer");
        assert!(!app.should_quit);
        assert_eq!(app.pane, Pane::Positions);
        assert_eq!(
            app.detail.as_ref().map(|d| d.item.index),
            Some(2),
            "as it was when p was pressed"
        );
    }

    #[test]
    fn esc_does_not_end_briefing_present_only_its_quit_key_does() {
        use crate::present::{Deck, Presentation};
        let brief = crate::brief::load_embedded().expect("embedded brief");
        let deck = Deck::build(&brief, None);
        let talk = Presentation::new(deck.len(), 3);
        let mut app = App::presenting(brief, None, talk, crate::present::keys::Role::Solo);
        app.update(Action::Present(PresentAction::Cancel));
        assert_eq!(app.mode, Mode::Present);
        assert!(!app.should_quit);
        assert_eq!(slide(&app), 3);
    }

    #[test]
    fn enter_on_a_slide_opens_its_first_item_and_esc_returns_to_the_slide() {
        let mut app = app();
        app.update(Action::StartPresentation);
        // Slide 14: who stands where; its first item is the first position.
        for digit in [1, 4] {
            app.update(Action::Present(PresentAction::TypeJumpDigit(digit)));
        }
        app.update(Action::Present(PresentAction::Confirm));
        assert_eq!(slide(&app), 13);
        app.update(Action::Present(PresentAction::Confirm));
        assert_eq!(app.mode, Mode::Browse);
        assert_eq!(app.pane, Pane::Positions);
        let detail = app.detail.as_ref().expect("a detail is open");
        assert_eq!(detail.item.section, Section::Positions);
        assert_eq!(detail.item.index, 0);
        assert_eq!(
            app.status.as_ref().map(|status| status.text.as_str()),
            Some("Esc: back to slide 14"),
            "the reader learns the way back"
        );
        // Wandering further in the explorer, Esc first retraces those steps.
        app.update(Action::DrillDown);
        let deeper = app.history.len();
        app.update(Action::Back);
        assert!(app.history.len() < deeper);
        assert_eq!(app.mode, Mode::Browse);
        app.update(Action::Back);
        assert_eq!(app.mode, Mode::Present);
        assert_eq!(slide(&app), 13, "the same slide");
        assert!(app.detail.is_none(), "the explorer is as it was before");
    }

    #[test]
    fn enter_on_a_slide_with_no_item_says_there_is_nothing_to_open() {
        let mut app = app();
        app.update(Action::StartPresentation);
        let last = app.slides.as_ref().unwrap().deck.len() - 1;
        for index in [0, last] {
            app.update(Action::Present(PresentAction::GoToSlide(index)));
            assert!(
                app.slides
                    .as_ref()
                    .unwrap()
                    .deck
                    .slide(index)
                    .unwrap()
                    .items
                    .is_empty()
            );
            app.update(Action::Present(PresentAction::Confirm));
            assert_eq!(app.mode, Mode::Present, "stays on the slide");
            assert_eq!(slide(&app), index);
            let talk = &app.slides.as_ref().unwrap().talk;
            assert_eq!(
                talk.status.as_deref(),
                Some("Nothing to open on this slide")
            );
        }
    }

    #[test]
    fn p_opens_the_slide_that_shows_the_current_item() {
        let mut app = app();
        // The third position: on the matrix overview and on its own point slide.
        app.update(Action::FocusPane(Pane::Positions));
        app.update(Action::Select(2));
        let item = app.current_item().unwrap();
        app.update(Action::StartPresentation);
        let slides = app.slides.as_ref().unwrap();
        let shown = slides.deck.slide(slides.talk.slide).unwrap();
        assert!(shown.items.contains(&item), "{:?}", shown.title);
        let fewest = (0..slides.deck.len())
            .filter_map(|i| slides.deck.slide(i))
            .filter(|s| s.items.contains(&item))
            .map(|s| s.items.len())
            .min();
        assert_eq!(Some(shown.items.len()), fewest, "the most specific slide");
        assert_ne!(slide(&app), 0);
    }

    #[test]
    fn briefing_present_quits_when_the_slides_are_left_but_still_explores() {
        use crate::present::{Deck, Presentation};
        let brief = crate::brief::load_embedded().expect("embedded brief");
        let deck = Deck::build(&brief, None);
        let talk = Presentation::new(deck.len(), 13);
        let mut app = App::presenting(brief, None, talk, crate::present::keys::Role::Solo);
        assert_eq!(app.mode, Mode::Present);
        assert_eq!(slide(&app), 13);
        app.update(Action::Present(PresentAction::Confirm));
        assert_eq!(app.mode, Mode::Browse);
        assert!(app.detail.is_some());
        app.update(Action::Back);
        assert_eq!(app.mode, Mode::Present);
        app.update(Action::Present(PresentAction::Quit));
        assert!(app.should_quit);
    }

    #[test]
    fn a_reload_rebuilds_the_deck_on_the_same_slide() {
        let mut app = app();
        app.update(Action::StartPresentation);
        app.update(Action::Present(PresentAction::LastSlide));
        let last = slide(&app);
        let brief = app.brief.clone();
        app.update(Action::ReplaceBrief(Box::new(brief)));
        assert_eq!(slide(&app), last);
    }
}
