//! Moving between the Library pane and the scopes it opens: Esc from the top of a brief
//! returns to the pane, each scope keeps the reader's place, All briefs is not read again
//! to go back to it, and the filter shown again is selected.

use crate::action::Action;
use crate::app::{App, LibraryAction, LibraryRequest, ListPos, Mode, Pane, Request, Scope};
use crate::tui::library::Books;
use crate::tui::library::testing::{act, shelf_app};

fn lib(action: LibraryAction) -> Action {
    Action::Library(action)
}

fn type_filter(app: &mut App, books: &Books, text: &str) {
    for c in text.chars() {
        act(app, books, lib(LibraryAction::Filter(c)));
    }
}

fn scope(app: &App) -> Option<Scope> {
    app.shelf.as_ref().and_then(|s| s.scope.clone())
}

/// Selects the brief whose id matches `filter` and opens it.
fn open_brief(app: &mut App, books: &Books, filter: &str) {
    act(app, books, lib(LibraryAction::FilterClear));
    type_filter(app, books, filter);
    act(app, books, lib(LibraryAction::Open));
}

fn open_all(app: &mut App, books: &Books) {
    act(app, books, lib(LibraryAction::SelectFirst));
    act(app, books, lib(LibraryAction::Open));
}

#[test]
fn esc_from_the_top_of_a_brief_returns_to_the_library_pane() {
    let (mut app, books) = shelf_app(80, 24);
    open_brief(&mut app, &books, "taiwan");
    assert_eq!(app.mode, Mode::Browse);
    assert!(app.at_top_of_shelf() && app.can_go_back());
    // An open detail closes first, as before.
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    act(&mut app, &books, Action::DrillDown);
    assert!(app.detail.is_some() && !app.at_top_of_shelf());
    act(&mut app, &books, Action::Back);
    assert_eq!(app.mode, Mode::Browse);
    assert!(app.detail.is_none());
    // Then the Library pane, which asks whether the folder changed.
    app.apply(Action::Back);
    assert_eq!(app.mode, Mode::Library);
    assert_eq!(
        app.request.take(),
        Some(Request::Library(LibraryRequest::Relist))
    );
    // And Esc there returns to the brief where it was.
    act(&mut app, &books, Action::Back);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.pane, Pane::Timeline);
    assert_eq!(app.brief.meta.title, "Taiwan: Arms Sales");
}

#[test]
fn a_single_brief_opened_alone_still_has_no_library_to_go_back_to() {
    let mut app = App::new(crate::brief::load_embedded().unwrap());
    assert!(!app.can_go_back());
    app.apply(Action::Back);
    assert_eq!(app.mode, Mode::Browse);
}

#[test]
fn all_briefs_chosen_again_is_where_the_reader_left_it_not_read_again() {
    let (mut app, books) = shelf_app(80, 24);
    open_all(&mut app, &books);
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    for _ in 0..3 {
        act(&mut app, &books, Action::SelectNext);
    }
    let at = app.list(Pane::Timeline);
    assert_eq!(at.selected, 3);
    // L, then All briefs again: no reading, the same place.
    app.apply(lib(LibraryAction::Show));
    app.request = None;
    app.apply(lib(LibraryAction::SelectFirst));
    app.apply(lib(LibraryAction::Open));
    assert_eq!(app.request, None, "not read again");
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!((app.pane, app.list(Pane::Timeline)), (Pane::Timeline, at));

    // A brief opened meanwhile keeps its own place, and All briefs comes back whole.
    act(&mut app, &books, lib(LibraryAction::Show));
    open_brief(&mut app, &books, "ceasefr");
    assert_eq!(scope(&app), Some(Scope::Brief("us-iran-ceasefire".into())));
    assert_eq!(
        app.pane,
        Pane::Summary,
        "a brief not seen before opens at its top"
    );
    assert!(app.stashed_all.is_some(), "All briefs is kept aside");
    act(&mut app, &books, Action::FocusPane(Pane::Actors));
    act(&mut app, &books, Action::SelectNext);
    act(&mut app, &books, lib(LibraryAction::Show));
    open_all(&mut app, &books);
    assert_eq!(app.request, None, "All briefs was kept, not read again");
    assert_eq!(scope(&app), Some(Scope::All));
    assert_eq!(app.brief.meta.title, "All briefs");
    assert_eq!((app.pane, app.list(Pane::Timeline)), (Pane::Timeline, at));
    assert!(
        app.shelf
            .as_ref()
            .unwrap()
            .places
            .contains_key(&Scope::Brief("us-iran-ceasefire".into()))
    );
    // And the brief again: where it was left.
    act(&mut app, &books, lib(LibraryAction::Show));
    open_brief(&mut app, &books, "ceasefr");
    assert_eq!(app.pane, Pane::Actors);
    assert_eq!(app.list(Pane::Actors).selected, 1);
}

#[test]
fn the_open_brief_chosen_again_is_shown_as_left() {
    let (mut app, books) = shelf_app(80, 24);
    open_brief(&mut app, &books, "taiwan");
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    act(&mut app, &books, Action::SelectNext);
    act(&mut app, &books, lib(LibraryAction::Show));
    open_brief(&mut app, &books, "taiwan");
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.pane, Pane::Timeline);
    assert_eq!(app.list(Pane::Timeline).selected, 1);
}

#[test]
fn the_filter_shown_again_is_selected_and_typing_replaces_it() {
    let (mut app, books) = shelf_app(80, 24);
    type_filter(&mut app, &books, "taiwan");
    act(&mut app, &books, lib(LibraryAction::Open));
    act(&mut app, &books, lib(LibraryAction::Show));
    let shelf = app.shelf.as_ref().unwrap();
    assert!(shelf.filter_selected);
    assert_eq!(shelf.filter, "taiwan", "the list is as it was left");
    type_filter(&mut app, &books, "ceas");
    let shelf = app.shelf.as_ref().unwrap();
    assert_eq!(shelf.filter, "ceas", "not taiwanceas");
    assert!(!shelf.filter_selected);
    act(&mut app, &books, lib(LibraryAction::FilterDeleteChar));
    assert_eq!(app.shelf.as_ref().unwrap().filter, "cea");
    // Backspace on a selected filter clears it.
    act(&mut app, &books, lib(LibraryAction::Open));
    act(&mut app, &books, lib(LibraryAction::Show));
    act(&mut app, &books, lib(LibraryAction::FilterDeleteChar));
    let shelf = app.shelf.as_ref().unwrap();
    assert_eq!(shelf.filter, "");
    assert_eq!(
        shelf.list,
        ListPos {
            selected: 0,
            offset: 0
        }
    );
}

#[test]
fn p_in_all_briefs_presents_the_brief_of_the_selected_item() {
    use crate::present::{Deck, PresentAction};
    let (mut app, books) = shelf_app(80, 24);
    open_all(&mut app, &books);
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    let howitzer = app
        .brief
        .timeline
        .iter()
        .position(|e| e.id == "taiwan-v1/e-approval")
        .expect("the event");
    act(&mut app, &books, Action::Select(howitzer));
    act(&mut app, &books, Action::StartPresentation);
    assert_eq!(app.mode, Mode::Present);
    let slides = app.slides.as_ref().expect("slides");
    assert_eq!(slides.of_brief.as_deref(), Some("taiwan-v1"));
    assert_eq!(slides.deck.title, "Taiwan: Arms Sales");
    let alone = crate::brief::load_file(&crate::tui::library::testing::fixture(
        "library/taiwan-v1.toml",
    ))
    .unwrap();
    assert_eq!(
        slides.deck.len(),
        Deck::build(&alone, None).len(),
        "one brief's deck"
    );
    let here = slides.deck.slide(slides.talk.slide).expect("a slide");
    assert!(
        here.items.iter().any(|i| i.index == howitzer),
        "on the slide showing the item"
    );
    // Enter opens the slide's item in All briefs; Esc returns to the slide.
    act(
        &mut app,
        &books,
        Action::Present(PresentAction::OpenInExplorer),
    );
    assert_eq!(app.mode, Mode::Browse);
    let opened = app.detail.as_ref().expect("a detail").item;
    assert!(app.brief.id_of(opened).unwrap().starts_with("taiwan-v1/"));
    act(&mut app, &books, Action::Back);
    assert_eq!(app.mode, Mode::Present);
    // Another brief's item: its own deck.
    act(&mut app, &books, Action::Present(PresentAction::Quit));
    let other = app
        .brief
        .timeline
        .iter()
        .position(|e| e.id.starts_with("us-iran-ceasefire/"))
        .unwrap();
    act(&mut app, &books, Action::Select(other));
    act(&mut app, &books, Action::StartPresentation);
    let slides = app.slides.as_ref().expect("slides");
    assert_eq!(slides.of_brief.as_deref(), Some("us-iran-ceasefire"));
}
