//! The Library pane and an All-briefs timeline, as snapshots at both sizes, with the selected
//! row's style and a broken file's problem checked cell by cell.

use ratatui::style::Modifier;

use super::*;
use crate::app::LibraryAction;
use crate::tui::library::testing::{act, shelf_app};

#[test]
fn library_pane_and_all_briefs_timeline_at_both_sizes() {
    for (width, height) in [(80, 24), (160, 48)] {
        let theme = Theme::monochrome();
        let (mut app, books) = shelf_app(width, height);
        insta::assert_snapshot!(
            format!("library_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        for c in "arms".chars() {
            act(&mut app, &books, Action::Library(LibraryAction::Filter(c)));
        }
        insta::assert_snapshot!(
            format!("library_filtered_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        act(
            &mut app,
            &books,
            Action::Library(LibraryAction::FilterClear),
        );
        act(
            &mut app,
            &books,
            Action::Library(LibraryAction::SelectFirst),
        );
        act(&mut app, &books, Action::Library(LibraryAction::Open));
        act(&mut app, &books, Action::FocusPane(Pane::Timeline));
        insta::assert_snapshot!(
            format!("all_briefs_timeline_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
    }
}

#[test]
fn the_selected_brief_is_reversed_and_a_broken_one_names_its_problem() {
    let theme = Theme::monochrome();
    let (app, _) = shelf_app(80, 24);
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "U.S.-Iran Ceasefire").expect("the newest brief, first");
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find(buf, "All briefs: 3 briefs").expect("the All briefs row");
    // The header's count says why it is one more than the row's.
    assert!(find(buf, "Library · 4 briefs, 1 broken").is_some());
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(
        find(
            buf,
            "broken-brief  broken: tests/fixtures/broken/broken-brief.toml:3:13"
        )
        .is_some()
    );
}

#[test]
fn a_broken_brief_opened_from_the_library_is_named_not_called_a_reload() {
    let theme = Theme::monochrome();
    let (mut app, books) = shelf_app(80, 24);
    act(&mut app, &books, Action::Library(LibraryAction::SelectLast));
    act(&mut app, &books, Action::Library(LibraryAction::Open));
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    assert!(find(buf, "Cannot open broken-brief.toml").is_some());
    assert!(find(buf, "Reload failed").is_none());
    assert!(find(buf, "still showing the last good brief").is_none());
}

#[test]
fn a_tiny_library_pane_does_not_panic() {
    let theme = Theme::monochrome();
    for (width, height) in [(40, 12), (20, 5), (1, 1)] {
        let (app, _) = shelf_app(width, height);
        draw_app(&app, &theme);
    }
}

#[test]
fn while_every_brief_is_read_the_pane_says_how_far_and_how_to_stop() {
    let theme = Theme::monochrome();
    let (mut app, _) = shelf_app(80, 24);
    app.apply(Action::Library(LibraryAction::SelectFirst));
    app.apply(Action::Library(LibraryAction::Open));
    app.request = None;
    app.apply(Action::Library(LibraryAction::Progress {
        read: 312,
        total: 1000,
    }));
    let terminal = draw_app(&app, &theme);
    insta::assert_snapshot!("library_reading_80x24", terminal.backend());
    let buf = terminal.backend().buffer();
    assert!(find(buf, "Reading briefs… 312 of 1,000 · Esc stops").is_some());
    assert!(find(buf, "All briefs: Reading briefs… 312 of 1,000 (Esc stops)").is_some());
    app.apply(Action::Library(LibraryAction::Progress {
        read: 1000,
        total: 1000,
    }));
    let terminal = draw_app(&app, &theme);
    assert!(find(terminal.backend().buffer(), "Merging 1,000 briefs…").is_some());
}

#[test]
fn all_briefs_rows_name_their_brief_in_a_short_column_and_matches_stay_on_their_letters() {
    let theme = Theme::monochrome();
    let (mut app, books) = shelf_app(160, 40);
    act(
        &mut app,
        &books,
        Action::Library(LibraryAction::SelectFirst),
    );
    act(&mut app, &books, Action::Library(LibraryAction::Open));
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    assert!(find(buf, "IF99001    Howitzer sale approved").is_some());
    assert!(
        find(buf, "taiwan-v1 · Howitzer").is_none(),
        "no id before the title"
    );
    // Where a title would keep too little room, it keeps it all: the preview names the brief.
    act(&mut app, &books, Action::Resize(100, 30));
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    assert!(
        find(buf, "  Howitzer sa").is_some(),
        "{:?}",
        terminal.backend()
    );
    assert!(find(buf, "IF99001").is_none());
    act(&mut app, &books, Action::StartSearch);
    for c in "howitzer".chars() {
        act(&mut app, &books, Action::SearchInput(c));
    }
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "IF99001    Howitzer sale approved")
        .unwrap_or_else(|| panic!("a result row: {:?}", terminal.backend()));
    let h = x + u16::try_from("IF99001    ".len()).unwrap();
    assert_eq!(buf[(h, y)].symbol(), "H");
    assert!(
        buf[(h, y)].modifier.contains(Modifier::UNDERLINED),
        "the match"
    );
    assert!(!buf[(h - 2, y)].modifier.contains(Modifier::UNDERLINED));
}

/// The tab row (the second) of a drawing, as text.
fn tab_row(app: &crate::app::App) -> String {
    let terminal = draw_app(app, &Theme::monochrome());
    let buf = terminal.backend().buffer();
    (0..buf.area.width).map(|x| buf[(x, 1)].symbol()).collect()
}

#[test]
fn the_library_shows_no_pane_tabs_for_none_can_be_chosen_there() {
    for (width, height) in [(80, 24), (120, 40)] {
        let (mut app, books) = shelf_app(width, height);
        // Nothing open yet, and digits type into the filter: no tabs.
        assert_eq!(tab_row(&app).trim(), "", "{width}×{height}");
        act(
            &mut app,
            &books,
            Action::Library(LibraryAction::Filter('2')),
        );
        assert_eq!(app.mode, crate::app::Mode::Library);
        assert_eq!(app.shelf.as_ref().map(|s| s.filter.as_str()), Some("2"));
        act(
            &mut app,
            &books,
            Action::Library(LibraryAction::FilterClear),
        );
        // A brief open: its tabs while browsing it, none on the Library pane over it, nor in
        // the help opened there.
        act(&mut app, &books, Action::Library(LibraryAction::Open));
        assert_eq!(app.mode, crate::app::Mode::Browse);
        assert!(tab_row(&app).contains("Summary"), "{width}×{height}");
        act(&mut app, &books, Action::Back);
        assert_eq!(app.mode, crate::app::Mode::Library);
        assert_eq!(tab_row(&app).trim(), "", "{width}×{height}");
        act(&mut app, &books, Action::ToggleHelp);
        assert_eq!(tab_row(&app).trim(), "", "{width}×{height}");
    }
}
