//! The All-briefs scope's tables at the sizes readers use: the Actors pane's count columns
//! stay in line when a count reaches four digits, and the Timeline leaves its titles room.

use super::*;
use crate::brief::Brief;
use crate::tui::library::testing::{act, all_briefs_of, open_all_briefs, shelf_app};

/// The embedded brief with `copies` more events naming China (and its own id), so China's
/// event count across all briefs passes 1,000.
fn busy_brief(copies: usize) -> Brief {
    let mut brief = load_embedded().unwrap();
    let china = brief
        .actors
        .iter()
        .find(|a| a.name == "China")
        .expect("China")
        .id
        .clone();
    let template = brief.timeline[0].clone();
    for n in 0..copies {
        let mut event = template.clone();
        event.id = format!("e-busy-{n}");
        event.actors = vec![china.clone()];
        brief.timeline.push(event);
    }
    brief
}

/// The test shelf's All briefs opened at `width`×`height` on `pane`.
fn all_briefs_at(width: u16, height: u16, pane: Pane) -> App {
    let (mut app, books) = shelf_app(width, height);
    open_all_briefs(&mut app, &books);
    act(&mut app, &books, Action::FocusPane(pane));
    app
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn actor_counts_of_four_digits_keep_the_columns_in_line() {
    let theme = Theme::monochrome();
    let briefs = vec![
        ("busy".to_string(), busy_brief(1_200)),
        ("eai".to_string(), load_embedded().unwrap()),
    ];
    let (mut app, books) = all_briefs_of(briefs, 80, 24);
    act(&mut app, &books, Action::FocusPane(Pane::Actors));
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (_, header) = find(buf, "Evt").expect("the header");
    let heading = row_text(buf, header);
    let column_end = |word: &str| {
        heading
            .find(word)
            .map(|at| heading[..at].chars().count() + 2)
    };
    let (evt, fig, pos) = (
        column_end("Evt").unwrap(),
        column_end("Fig").unwrap(),
        column_end("Pos").unwrap(),
    );
    let kind = heading[..heading.find("Kind").unwrap()].chars().count();
    let mut rows = 0;
    for y in header + 1..buf.area.height {
        let row: Vec<char> = row_text(buf, y).chars().collect();
        if row.first() == Some(&'╰') {
            break;
        }
        if row.get(kind).is_none_or(|c| !c.is_alphabetic()) {
            continue;
        }
        rows += 1;
        for end in [evt, fig, pos] {
            assert!(
                row[end].is_ascii_digit() && row[end + 1] == ' ',
                "a count ends under its heading at {end}: {}",
                row.iter().collect::<String>()
            );
        }
    }
    assert!(rows > 3, "{}", terminal.backend());
    let china = app
        .brief
        .actors
        .iter()
        .position(|a| a.name == "China")
        .unwrap();
    let (events, _, _) = app.links.actor_counts(china);
    assert!(events >= 1_000, "{events}");
    assert!(
        find(buf, "▶ China")
            .is_some_and(|(_, y)| row_text(buf, y).contains(&format!(" {events} "))),
        "{}",
        terminal.backend()
    );
}

#[test]
fn the_all_briefs_figures_name_their_brief_where_the_label_keeps_its_room() {
    let theme = Theme::monochrome();
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
        let app = all_briefs_at(width, height, Pane::Figures);
        let terminal = draw_app(&app, &theme);
        let buf = terminal.backend().buffer();
        let (_, y) = find(buf, "Label").expect("the header row");
        let header = row_text(buf, y);
        assert!(
            header.contains("Brief"),
            "{width}x{height}: {}",
            terminal.backend()
        );
    }
}

#[test]
fn the_all_briefs_timeline_gives_its_titles_room_at_every_size() {
    let theme = Theme::monochrome();
    for (width, height) in [(80, 24), (100, 30), (120, 40), (200, 60)] {
        let app = all_briefs_at(width, height, Pane::Timeline);
        let terminal = draw_app(&app, &theme);
        insta::assert_snapshot!(
            format!("all_briefs_timeline_columns_{width}x{height}"),
            terminal.backend()
        );
        let buf = terminal.backend().buffer();
        // The year and the date take what they need, not a fixed 8 and the widest date.
        let (x, y) = find(buf, "2 Mar 2021").expect("a dated row");
        let row = row_text(buf, y);
        let after: String = row
            .chars()
            .skip(usize::from(x) + "2 Mar 2021".len())
            .collect();
        assert!(
            after.starts_with("   ") && !after.starts_with("    "),
            "the date column is 11 cells, then two spaces: {row}"
        );
        let title = if width >= 120 || width == 80 {
            "IF99001    Howitzer sale approved"
        } else {
            // Where the brief column would squeeze the title, the title keeps the room.
            "Howitzer sale approved"
        };
        assert!(find(buf, title).is_some(), "{}", terminal.backend());
    }
}

#[test]
fn while_r_reads_all_briefs_again_the_status_line_says_how_far() {
    let theme = Theme::monochrome();
    let (mut app, books) = shelf_app(80, 24);
    open_all_briefs(&mut app, &books);
    app.apply(Action::Reload);
    assert!(app.request.take().is_some(), "the runner is asked");
    app.apply(Action::Library(crate::app::LibraryAction::Progress {
        read: 1,
        total: 3,
    }));
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (_, y) = find(buf, "Reading briefs… 1 of 3").expect("progress on the status line");
    assert_eq!(y, 23);
    assert!(
        find(buf, "stops").is_none(),
        "Esc does not stop it from the panes"
    );
}
