//! The diff view as snapshots at 80×24 and 120×40, the Library pane offering it, and the
//! cells that carry meaning without colour: marks in words, changed words underlined.

use ratatui::style::Modifier;

use super::*;
use crate::app::LibraryAction;
use crate::tui::library::testing::{act, versions_app};

/// The versions shelf at this size, the diff of taiwan-v1 → taiwan-v2 open.
fn diff_at(width: u16, height: u16) -> App {
    let (mut app, books) = versions_app(width, height);
    act(&mut app, &books, Action::Library(LibraryAction::SelectNext));
    act(&mut app, &books, Action::Library(LibraryAction::Compare));
    app
}

#[test]
fn the_diff_view_at_both_sizes() {
    let theme = Theme::monochrome();
    for (width, height) in [(80, 24), (120, 40)] {
        let (mut app, books) = versions_app(width, height);
        act(&mut app, &books, Action::Library(LibraryAction::SelectNext));
        insta::assert_snapshot!(
            format!("library_versions_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        act(&mut app, &books, Action::Library(LibraryAction::Compare));
        insta::assert_snapshot!(
            format!("diff_added_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        act(&mut app, &books, Action::SelectLast);
        insta::assert_snapshot!(
            format!("diff_changed_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
    }
}

#[test]
fn without_colour_the_changed_words_are_underlined_and_the_rest_is_not() {
    let theme = Theme::monochrome();
    let mut app = diff_at(80, 24);
    app.apply(Action::SelectLast);
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let screen = format!("{:?}", terminal.backend());
    assert!(screen.contains("~ figure"), "{screen}");
    assert!(
        screen.contains("value: US$5.1 billion → US$5.8 billion"),
        "{screen}"
    );
    let (old_x, y) = find(buf, "US$5.1 billion in").expect("the old quote");
    assert!(buf[(old_x, y)].modifier.contains(Modifier::UNDERLINED));
    let (new_x, new_y) = find(buf, "US$5.8 billion in").expect("the new quote, beside it");
    assert_eq!(new_y, y, "side by side");
    assert!(new_x > old_x);
    assert!(buf[(new_x, y)].modifier.contains(Modifier::UNDERLINED));
    let (same_x, same_y) = find(buf, "billion in 2020").expect("words in both");
    assert!(
        !buf[(same_x + 8, same_y)]
            .modifier
            .contains(Modifier::UNDERLINED)
    );
}

#[test]
fn the_rows_say_added_removed_and_changed_in_marks_and_words() {
    let theme = Theme::monochrome();
    let app = diff_at(120, 40);
    let screen = format!("{:?}", draw_app(&app, &theme).backend());
    for text in [
        "Added · 1",
        "Removed · 1",
        "Changed · 1",
        "+ event",
        "− event",
        "~ figure",
        "3 changes: 1 added, 1 removed, 1 changed",
        "Diff · change 1 of 3",
    ] {
        assert!(screen.contains(text), "{text}: {screen}");
    }
}

#[test]
fn narrow_the_quotes_are_stacked() {
    let mut app = diff_at(50, 30);
    app.apply(Action::SelectLast);
    let view = app.diff.as_ref().expect("a diff");
    let lines: Vec<String> = crate::content::diff::change_lines(view, &Theme::monochrome(), 48)
        .iter()
        .map(ToString::to_string)
        .collect();
    let old = lines
        .iter()
        .position(|l| l.starts_with("OLD · 15 Mar 2021"));
    let new = lines
        .iter()
        .position(|l| l.starts_with("NEW · 20 Jun 2021"));
    assert!(old.is_some() && new.is_some() && old < new, "{lines:#?}");
    assert!(!lines.iter().any(|l| l.contains('│')), "{lines:#?}");
}

#[test]
fn a_tiny_diff_view_does_not_panic() {
    let theme = Theme::monochrome();
    for (width, height) in [(40, 10), (20, 5), (1, 1)] {
        let mut app = diff_at(width, height);
        app.apply(Action::SelectLast);
        app.apply(Action::SelectPageDown);
        draw_app(&app, &theme);
    }
}
