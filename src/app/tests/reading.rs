//! Reading every brief for the All-briefs scope happens on the runner's thread: the Library
//! pane shows how far it has come, stays usable, and Esc stops it, so a late answer is
//! dropped.

use crate::action::Action;
use crate::app::{LibraryAction, LibraryRequest, Mode, Reading, Request, Scope};
use crate::tui::library::testing::shelf_app;

fn lib(action: LibraryAction) -> Action {
    Action::Library(action)
}

/// The Library pane with "All briefs" asked for, the runner's request taken (not answered).
fn reading_app() -> (crate::app::App, crate::tui::library::Books) {
    let (mut app, books) = shelf_app(80, 24);
    app.apply(lib(LibraryAction::SelectFirst));
    app.apply(lib(LibraryAction::Open));
    assert_eq!(
        app.request.take(),
        Some(Request::Library(LibraryRequest::OpenAll))
    );
    (app, books)
}

fn reading(app: &crate::app::App) -> Option<Reading> {
    app.shelf.as_ref().and_then(|s| s.reading)
}

/// What the runner would answer for all briefs, read at once.
fn all_briefs_answer(app: &crate::app::App, books: &crate::tui::library::Books) -> Action {
    let shelf = app.shelf.as_ref().expect("a shelf");
    books
        .answer(shelf, &LibraryRequest::OpenAll)
        .pop()
        .expect("an answer")
}

#[test]
fn opening_all_briefs_notes_the_reading_and_progress_moves_it_on() {
    let (mut app, books) = reading_app();
    assert_eq!(reading(&app), Some(Reading { read: 0, total: 3 }));
    assert_eq!(
        app.mode,
        Mode::Library,
        "the pane stays while briefs are read"
    );
    app.apply(lib(LibraryAction::Progress { read: 2, total: 3 }));
    assert_eq!(reading(&app), Some(Reading { read: 2, total: 3 }));
    // Keys still work meanwhile.
    app.apply(lib(LibraryAction::SelectNext));
    assert_eq!(app.shelf.as_ref().map(|s| s.list.selected), Some(1));
    let answer = all_briefs_answer(&app, &books);
    app.apply(answer);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.brief.meta.title, "All briefs");
    assert_eq!(reading(&app), None);
}

#[test]
fn esc_stops_the_reading_and_its_late_answer_is_dropped() {
    let (mut app, books) = reading_app();
    app.apply(Action::Back);
    assert_eq!(app.mode, Mode::Library);
    assert_eq!(reading(&app), None);
    assert_eq!(
        app.request.take(),
        Some(Request::Library(LibraryRequest::Stop))
    );
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.starts_with("Stopped reading"))
    );
    app.apply(lib(LibraryAction::Progress { read: 3, total: 3 }));
    assert_eq!(reading(&app), None, "progress after the stop is ignored");
    let answer = all_briefs_answer(&app, &books);
    app.apply(answer);
    assert_eq!(app.mode, Mode::Library, "the late answer is dropped");
    assert_eq!(app.shelf.as_ref().and_then(|s| s.scope.clone()), None);
}

#[test]
fn opening_one_brief_while_reading_wins_over_the_reading() {
    let (mut app, books) = reading_app();
    let late = all_briefs_answer(&app, &books);
    app.apply(lib(LibraryAction::SelectNext));
    crate::tui::library::testing::act(&mut app, &books, lib(LibraryAction::Open));
    let opened = app.brief.meta.title.clone();
    assert_ne!(opened, "All briefs");
    assert_eq!(reading(&app), None);
    app.apply(late);
    assert_eq!(
        app.brief.meta.title, opened,
        "all briefs arriving late is dropped"
    );
    assert!(matches!(
        app.shelf.as_ref().and_then(|s| s.scope.clone()),
        Some(Scope::Brief(_))
    ));
}

#[test]
fn ctrl_c_quits_while_reading() {
    let (mut app, _) = reading_app();
    let quit = crate::keymap::action_for_app(
        &app,
        ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char('c'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        ),
    )
    .expect("bound");
    app.apply(quit);
    assert!(app.should_quit);
}
