//! Tests of `Presentation::update`: paging, jumping, the timer, blanking, notes, following.

use super::*;
use PresentAction::*;

fn talk(count: usize) -> Presentation {
    Presentation::new(count, 0)
}

fn apply(p: &mut Presentation, actions: &[PresentAction]) {
    for action in actions {
        p.update(action.clone());
    }
}

#[test]
fn paging_stops_at_both_ends() {
    let mut p = talk(3);
    apply(&mut p, &[PreviousSlide]);
    assert_eq!(p.slide, 0);
    apply(&mut p, &[NextSlide, NextSlide, NextSlide, NextSlide]);
    assert_eq!(p.slide, 2);
    assert!(p.is_last());
    apply(&mut p, &[FirstSlide]);
    assert_eq!(p.slide, 0);
    apply(&mut p, &[LastSlide]);
    assert_eq!(p.slide, 2);
}

#[test]
fn a_number_then_confirm_jumps_to_that_slide() {
    let mut p = talk(20);
    apply(&mut p, &[TypeJumpDigit(1), TypeJumpDigit(2)]);
    assert_eq!(p.jump, "12");
    assert_eq!(p.slide, 0, "typing alone does not move");
    assert_eq!(p.update(Confirm), None);
    assert_eq!(p.slide, 11);
    assert!(p.jump.is_empty());
}

#[test]
fn a_jump_out_of_range_stays_put_and_says_why() {
    let mut p = talk(20);
    apply(
        &mut p,
        &[NextSlide, TypeJumpDigit(4), TypeJumpDigit(0), Confirm],
    );
    assert_eq!(p.slide, 1);
    assert_eq!(
        p.status.as_deref(),
        Some("no slide 40: the deck has slides 1 to 20")
    );
    apply(&mut p, &[TypeJumpDigit(0), Confirm]);
    assert_eq!(p.slide, 1);
    apply(&mut p, &[NextSlide]);
    assert_eq!(p.status, None, "the next action clears the message");
}

#[test]
fn erase_and_cancel_edit_the_jump() {
    let mut p = talk(20);
    apply(
        &mut p,
        &[TypeJumpDigit(1), TypeJumpDigit(5), EraseJumpDigit, Confirm],
    );
    assert_eq!(p.slide, 0);
    apply(&mut p, &[TypeJumpDigit(9), Cancel, Confirm]);
    assert_eq!(p.slide, 0);
    apply(&mut p, &[TypeJumpDigit(3), NextSlide]);
    assert!(p.jump.is_empty(), "moving drops a half-typed jump");
}

#[test]
fn confirm_with_nothing_typed_asks_to_open_the_explorer() {
    let mut p = talk(5);
    assert_eq!(p.update(Confirm), Some(OpenInExplorer));
    p.update(OpenInExplorer);
    assert!(p.status.is_some());
}

#[test]
fn the_timer_counts_only_while_running() {
    let mut p = talk(5);
    let at = Duration::from_secs;
    apply(&mut p, &[Tick(at(10)), ToggleTimer, Tick(at(70))]);
    assert_eq!(p.elapsed(), at(60));
    apply(&mut p, &[ToggleTimer, Tick(at(500))]);
    assert_eq!(p.elapsed(), at(60), "paused");
    apply(&mut p, &[ToggleTimer, Tick(at(530))]);
    assert_eq!(p.elapsed(), at(90));
    apply(&mut p, &[ResetTimer, Tick(at(540))]);
    assert_eq!(p.elapsed(), at(10));
    apply(&mut p, &[Tick(at(1))]);
    assert_eq!(p.now, at(540), "time never runs backwards");
}

#[test]
fn a_duration_counts_down_and_warns_near_the_end() {
    let at = Duration::from_secs;
    let mut p = talk(5).with_duration(Some(at(20 * 60)));
    apply(&mut p, &[ToggleTimer, Tick(at(60))]);
    assert_eq!(p.countdown(), Countdown::Plenty(at(19 * 60)));
    apply(&mut p, &[Tick(at(18 * 60 + 1))]);
    assert_eq!(p.countdown(), Countdown::Near(at(119)));
    apply(&mut p, &[Tick(at(20 * 60 + 30))]);
    assert_eq!(p.countdown(), Countdown::Over(at(30)));
    assert_eq!(talk(5).countdown(), Countdown::None);
}

#[test]
fn blank_notes_footer_help_and_quit_toggle() {
    let mut p = talk(5);
    apply(&mut p, &[Blank]);
    assert!(p.blanked);
    apply(&mut p, &[Unblank, ToggleNotes, ToggleFooter, ToggleHelp]);
    assert!(!p.blanked && p.notes && !p.footer && p.help);
    apply(&mut p, &[Cancel]);
    assert!(!p.help);
    apply(&mut p, &[Quit]);
    assert!(p.quit);
}

#[test]
fn a_follower_goes_where_it_hears_and_keeps_its_note() {
    let mut p = talk(5).with_session(Some("default".to_string()));
    p.update(NoPresenter);
    let waiting = Some("waiting for a presenter · session default".to_string());
    assert_eq!(p.status, waiting);
    p.update(ToggleNotes);
    assert_eq!(p.status, waiting, "the note outlives a key");
    p.update(FollowSlide {
        slide: 3,
        count: 5,
        blanked: true,
    });
    assert_eq!((p.slide, p.blanked, p.status.as_deref()), (3, true, None));
    p.update(FollowSlide {
        slide: 3,
        count: 7,
        blanked: true,
    });
    assert_eq!(
        p.status.as_deref(),
        Some("the presenter's deck has 7 slides, this one 5")
    );
    p.update(PresenterLeft(2));
    assert_eq!(p.slide, 2);
    assert!(!p.blanked);
    assert_eq!(
        p.status.as_deref(),
        Some("the presenter has left; staying on slide 3")
    );
    p.update(PublishFailed("cannot publish".to_string()));
    assert_eq!(p.status.as_deref(), Some("cannot publish"));
}

#[test]
fn start_is_clamped_and_an_empty_deck_is_safe() {
    assert_eq!(Presentation::new(5, 99).slide, 4);
    let mut empty = talk(0);
    apply(&mut empty, &[NextSlide, LastSlide, GoToSlide(3)]);
    assert_eq!(empty.slide, 0);
}
