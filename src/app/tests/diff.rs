//! The diff view: Ctrl-d on a brief with another version asks the runner to compare the two,
//! the changes come grouped added, removed, changed, and Esc returns to the Library pane.

use crate::action::Action;
use crate::app::{LibraryAction, LibraryRequest, Mode, Request, Status, StatusKind};
use crate::library::ChangeKind;
use crate::tui::library::testing::{act, shelf_app, versions_app};

fn lib(action: LibraryAction) -> Action {
    Action::Library(action)
}

/// The versions shelf with the diff of taiwan-v1 → taiwan-v2 open.
fn diff_app() -> (crate::app::App, crate::tui::library::Books) {
    let (mut app, books) = versions_app(80, 24);
    for c in "taiwan".chars() {
        act(&mut app, &books, lib(LibraryAction::Filter(c)));
    }
    act(&mut app, &books, lib(LibraryAction::Compare));
    (app, books)
}

#[test]
fn the_newer_version_is_compared_with_the_older_one() {
    let (mut app, _) = versions_app(80, 24);
    // Newest first: example (2025), taiwan-v2 (June 2021), taiwan-v1 (March 2021).
    assert!(!app.can_compare(), "example has no other version");
    app.apply(lib(LibraryAction::SelectNext));
    let shelf = app.shelf.as_ref().expect("shelf");
    assert_eq!(
        shelf.selected_entry().map(|e| e.id.as_str()),
        Some("taiwan-v2")
    );
    assert_eq!(
        shelf
            .versions_of("taiwan-v2")
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        ["taiwan-v1"]
    );
    assert!(app.can_compare());
    app.apply(lib(LibraryAction::Compare));
    assert_eq!(
        app.request,
        Some(Request::Library(LibraryRequest::Diff {
            old: "taiwan-v1".to_string(),
            new: "taiwan-v2".to_string(),
        }))
    );
    // From the older version, the pair is the same, older first.
    app.request = None;
    app.apply(lib(LibraryAction::SelectNext));
    assert_eq!(
        app.shelf
            .as_ref()
            .and_then(|s| s.selected_entry())
            .map(|e| e.id.as_str()),
        Some("taiwan-v1")
    );
    app.apply(lib(LibraryAction::Compare));
    assert!(matches!(
        &app.request,
        Some(Request::Library(LibraryRequest::Diff { old, new })) if old == "taiwan-v1" && new == "taiwan-v2"
    ));
}

#[test]
fn the_diff_lists_added_then_removed_then_changed_with_both_versions_named() {
    let (app, _) = diff_app();
    assert_eq!(app.mode, Mode::Diff);
    let view = app.diff.as_ref().expect("a diff");
    assert_eq!(
        (view.old.id.as_str(), view.new.id.as_str()),
        ("taiwan-v1", "taiwan-v2")
    );
    assert_eq!(view.old.published, "15 Mar 2021");
    let kinds: Vec<ChangeKind> = view.diff.changes.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed]
    );
    let changed = &view.diff.changes[2];
    assert_eq!(changed.fields[0].field, "value");
    assert_eq!(changed.fields[0].old, "US$5.1 billion");
    assert_eq!(changed.fields[0].new, "US$5.8 billion");
    assert!(view.diff.meta.iter().any(|f| f.field == "published"));
}

#[test]
fn keys_move_through_the_changes_scroll_the_quotes_and_esc_returns_to_the_library() {
    let (mut app, books) = diff_app();
    act(&mut app, &books, Action::SelectNext);
    assert_eq!(app.diff.as_ref().map(|v| v.list.selected), Some(1));
    act(&mut app, &books, Action::SelectLast);
    act(&mut app, &books, Action::SelectNext);
    assert_eq!(
        app.diff.as_ref().map(|v| v.list.selected),
        Some(2),
        "clamped"
    );
    act(&mut app, &books, Action::SelectFirst);
    assert_eq!(app.diff.as_ref().map(|v| v.list.selected), Some(0));
    // A short change fits: paging does not scroll past its end.
    act(&mut app, &books, Action::SelectPageDown);
    assert_eq!(
        app.diff.as_ref().map(|v| v.scroll),
        Some(crate::layout::diff_max_scroll(&app))
    );
    act(&mut app, &books, Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Help);
    act(&mut app, &books, Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Diff);
    act(&mut app, &books, Action::Back);
    assert_eq!(app.mode, Mode::Library);
    assert!(app.diff.is_none());
    assert_eq!(
        app.shelf.as_ref().map(|s| s.filter.as_str()),
        Some("taiwan"),
        "the Library pane as it was left"
    );
}

#[test]
fn a_long_quote_scrolls_and_moving_to_another_change_starts_at_its_top() {
    let (mut app, books) = diff_app();
    // At 40×12 the quotes of the changed figure do not fit.
    act(&mut app, &books, Action::Resize(40, 12));
    act(&mut app, &books, Action::SelectLast);
    let max = crate::layout::diff_max_scroll(&app);
    assert!(max > 0, "the change is taller than its box");
    let page = crate::layout::diff_text_height(&app) - 1;
    act(&mut app, &books, Action::SelectPageDown);
    assert_eq!(app.diff.as_ref().map(|v| v.scroll), Some(page.min(max)));
    for _ in 0..max {
        act(&mut app, &books, Action::SelectPageDown);
    }
    assert_eq!(app.diff.as_ref().map(|v| v.scroll), Some(max));
    act(&mut app, &books, Action::SelectPageUp);
    assert!(app.diff.as_ref().is_some_and(|v| v.scroll < max));
    act(&mut app, &books, Action::SelectPageDown);
    act(&mut app, &books, Action::SelectPrevious);
    assert_eq!(app.diff.as_ref().map(|v| v.scroll), Some(0));
    // Growing the screen clamps the scroll to what is left to show.
    act(&mut app, &books, Action::SelectLast);
    act(&mut app, &books, Action::SelectPageDown);
    act(&mut app, &books, Action::Resize(160, 48));
    assert_eq!(app.diff.as_ref().map(|v| v.scroll), Some(0));
}

#[test]
fn a_brief_without_another_version_or_all_briefs_says_there_is_nothing_to_compare() {
    let (mut app, books) = shelf_app(80, 24);
    assert!(!app.can_compare());
    act(&mut app, &books, lib(LibraryAction::Compare));
    assert_eq!(app.mode, Mode::Library);
    assert!(app.request.is_none());
    assert!(matches!(
        &app.status,
        Some(Status { kind: StatusKind::Info, text }) if text.contains("no other version")
    ));
    act(&mut app, &books, lib(LibraryAction::SelectFirst));
    act(&mut app, &books, lib(LibraryAction::Compare));
    assert!(matches!(
        &app.status,
        Some(Status { text, .. }) if text.starts_with("Select a brief")
    ));
}

#[test]
fn the_two_imported_versions_of_if10753_show_real_changes() {
    let fixture = crate::tui::library::testing::fixture;
    let paths = [
        fixture("library/IF10753v6-energy-star-program.md"),
        fixture("library/IF10753v7-energy-star-program.md"),
    ];
    let (books, entries) = crate::tui::library::Books::of_paths(&paths);
    let mut app = crate::tui::library::start(
        &books,
        entries,
        crate::brief::load_embedded().expect("embedded brief loads"),
    );
    app.update(Action::Resize(80, 24));
    act(&mut app, &books, lib(LibraryAction::Compare));
    let view = app.diff.as_ref().expect("the two versions compared");
    assert!(view.old.id.starts_with("IF10753v6"), "{}", view.old.id);
    assert!(view.new.id.starts_with("IF10753v7"), "{}", view.new.id);
    let titles = |kind: ChangeKind| -> Vec<(&str, &str)> {
        fn title(side: Option<&crate::library::ItemSide>) -> &str {
            side.map_or("", |side| side.title.as_str())
        }
        view.diff
            .changes
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| (title(c.old.as_ref()), title(c.new.as_ref())))
            .collect()
    };
    // Version 7 moved the $36 million into a sentence of its own: the same figure, relabelled.
    let changed = titles(ChangeKind::Changed);
    assert!(
        changed.contains(&("ENERGY STAR: US$36 million", "Total funding: US$36 million")),
        "{changed:?}"
    );
    let added = titles(ChangeKind::Added);
    assert!(
        added.contains(&("", "USD: not less than US$33,024,000")),
        "{added:?}"
    );
}
