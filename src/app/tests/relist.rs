//! The Library pane keeps up with `briefing add` and `remove` run in another shell while the
//! explorer is open: the listing is read again when the pane is shown, on `r`, and when a
//! brief will not open because its file is gone; the reader is told plainly.

use std::path::Path;

use crate::action::Action;
use crate::app::{App, LibraryAction, Mode, Pane, Scope};
use crate::tui::library::Books;
use crate::tui::library::testing::{act, fixture, library_app};

fn lib(action: LibraryAction) -> Action {
    Action::Library(action)
}

fn ids(app: &App) -> Vec<String> {
    let shelf = app.shelf.as_ref().expect("a shelf");
    shelf.entries.iter().map(|e| e.id.clone()).collect()
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn open(app: &mut App, books: &Books, filter: &str) {
    act(app, books, lib(LibraryAction::FilterClear));
    for c in filter.chars() {
        act(app, books, lib(LibraryAction::Filter(c)));
    }
    act(app, books, lib(LibraryAction::Open));
}

/// What `briefing add` leaves in the folder: a brief file (written elsewhere, renamed in),
/// its source text beside it.
fn add_example(folder: &Path) {
    std::fs::copy(fixture("example.txt"), folder.join("example.txt")).expect("copied");
    let staged = folder.join(".adding-example");
    std::fs::copy(fixture("example.toml"), &staged).expect("copied");
    std::fs::rename(staged, folder.join("example.toml")).expect("renamed");
}

#[test]
fn briefs_added_and_removed_meanwhile_show_when_the_pane_is_shown_again() {
    let (mut app, books, folder) = library_app();
    open(&mut app, &books, "taiwan");
    assert_eq!(app.brief.meta.title, "Taiwan: Arms Sales");
    std::fs::remove_file(folder.path().join("taiwan-v1.toml")).expect("removed");
    add_example(folder.path());
    act(&mut app, &books, lib(LibraryAction::Show));
    assert_eq!(app.mode, Mode::Library);
    let listed = ids(&app);
    assert!(listed.contains(&"example".to_string()), "{listed:?}");
    assert!(!listed.contains(&"taiwan-v1".to_string()), "{listed:?}");
    assert!(
        listed.contains(&"eai-background-brief-346".to_string()),
        "the embedded brief stays"
    );
    assert_eq!(
        status(&app),
        "\"Taiwan: Arms Sales\" was removed from the library: still showing it as it was read"
    );
    // Nothing changed since: shown again, nothing is said.
    act(&mut app, &books, Action::Back);
    act(&mut app, &books, lib(LibraryAction::Show));
    assert_eq!(ids(&app), listed);
    assert_eq!(status(&app), "");
}

#[test]
fn a_brief_whose_file_is_gone_says_so_instead_of_no_such_file() {
    let (mut app, books, folder) = library_app();
    assert_eq!(app.mode, Mode::Library);
    // Removed while the pane is up: nothing has listed the folder since.
    std::fs::remove_file(folder.path().join("us-iran-ceasefire.toml")).expect("removed");
    open(&mut app, &books, "ceasefire");
    assert_eq!(app.mode, Mode::Library);
    let said = status(&app);
    assert!(
        said.starts_with("Cannot open: us-iran-ceasefire was removed from the library (its file ")
            && said.ends_with("us-iran-ceasefire.toml is gone)"),
        "{said}"
    );
    assert!(!ids(&app).contains(&"us-iran-ceasefire".to_string()));
}

#[test]
fn r_reads_the_open_brief_again_where_the_reader_is_or_says_it_is_gone() {
    let (mut app, books, folder) = library_app();
    open(&mut app, &books, "taiwan");
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    act(&mut app, &books, Action::SelectNext);
    let file = folder.path().join("taiwan-v1.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("Howitzer sale approved", "Howitzer sale cleared"),
    )
    .unwrap();
    act(&mut app, &books, Action::Reload);
    assert_eq!(status(&app), "Read \"Taiwan: Arms Sales\" again");
    assert_eq!(
        (app.pane, app.list(Pane::Timeline).selected),
        (Pane::Timeline, 1)
    );
    assert!(
        app.brief
            .timeline
            .iter()
            .any(|e| e.title == "Howitzer sale cleared")
    );
    // Removed: r keeps what was read, and says why there is nothing newer.
    std::fs::remove_file(&file).unwrap();
    act(&mut app, &books, Action::Reload);
    assert_eq!(
        status(&app),
        "\"Taiwan: Arms Sales\" was removed from the library: still showing it as it was read"
    );
    assert_eq!(app.brief.meta.title, "Taiwan: Arms Sales");
    // The embedded brief has no file to read again.
    act(&mut app, &books, lib(LibraryAction::Show));
    open(&mut app, &books, "346");
    act(&mut app, &books, Action::Reload);
    assert!(
        status(&app).contains("no file to reload"),
        "{}",
        status(&app)
    );
}

#[test]
fn r_in_all_briefs_reads_every_brief_again_with_those_added_keeping_the_place() {
    let (mut app, books, folder) = library_app();
    act(&mut app, &books, lib(LibraryAction::SelectFirst));
    act(&mut app, &books, lib(LibraryAction::Open));
    assert_eq!(app.brief.meta.subtitle.as_deref(), Some("3 briefs"));
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    act(&mut app, &books, Action::SelectNext);
    add_example(folder.path());
    act(&mut app, &books, Action::Reload);
    assert_eq!(app.brief.meta.subtitle.as_deref(), Some("4 briefs"));
    assert_eq!(
        app.shelf.as_ref().and_then(|s| s.scope.clone()),
        Some(Scope::All)
    );
    assert_eq!(
        (app.pane, app.list(Pane::Timeline).selected),
        (Pane::Timeline, 1)
    );
    assert!(
        app.brief
            .timeline
            .iter()
            .any(|e| e.id.starts_with("example/")),
        "the brief added is in"
    );
}

#[test]
fn all_briefs_read_before_a_change_is_read_again_when_chosen() {
    let (mut app, books, folder) = library_app();
    act(&mut app, &books, lib(LibraryAction::SelectFirst));
    act(&mut app, &books, lib(LibraryAction::Open));
    add_example(folder.path());
    act(&mut app, &books, lib(LibraryAction::Show));
    assert_eq!(
        status(&app),
        "The library changed (1 brief added): r reads All briefs again"
    );
    act(&mut app, &books, lib(LibraryAction::SelectFirst));
    act(&mut app, &books, lib(LibraryAction::Open));
    assert_eq!(app.brief.meta.subtitle.as_deref(), Some("4 briefs"));
}
