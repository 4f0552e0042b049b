//! What a presenter sees: the blanked sign, the deck's title, titles in any script, notes
//! that scroll, and the positions slide at 80×24.

use super::*;

#[test]
fn a_decks_own_title_shows_on_its_title_slide() {
    let brief = crate::brief::load_embedded().unwrap();
    let spec = crate::brief::deck::load_str(
        "[[slides]]\nkind = \"title\"\ntitle = \"Partners of convenience\"\n",
        "deck.toml",
        &brief,
    )
    .unwrap();
    let deck = Deck::build(&brief, Some(&spec));
    let state = Presentation::new(deck.len(), 0);
    let plain = Deck::build(&brief, None);
    let draw_at = |deck: &Deck, size| screen_text(deck, &state, Role::Solo, size);
    for size in [(80, 24), (160, 48)] {
        let screen = draw_at(&deck, size);
        // The deck's title is drawn (in block letters where they fit) in place of the brief's.
        assert_ne!(screen, draw_at(&plain, size), "the deck's title is shown");
        let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("China-Russia Relations: New Opportunities"),
            "the brief's title stays beneath: {screen}"
        );
    }
    let narrow = draw_at(&deck, (40, 20));
    assert!(narrow.contains("Partners of"), "{narrow}");
}

#[test]
fn a_presenters_blank_darkens_the_audience_only() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 3);
    state.blanked = true;
    for size in [(80, 24), (160, 48)] {
        let screen = screen_text(&deck, &state, Role::Presenter, size);
        assert!(screen.contains("audience blanked · any key"), "{screen}");
        assert!(screen.contains("Speaker notes"), "the notes stay: {screen}");
        assert!(
            screen.contains("t starts timer"),
            "the timer stays: {screen}"
        );
        let follower = screen_text(&deck, &state, Role::Follower, size);
        assert!(
            follower.chars().all(|c| c == ' ' || c == '\n'),
            "{follower}"
        );
    }
}

#[test]
fn titles_the_block_font_cannot_draw_are_set_in_plain_text_at_160x48() {
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    for title in [
        "Российско-китайские отношения",
        "中俄关系的新机遇",
        "Hu meets Путин at Heiligendamm",
    ] {
        let mut deck = deck();
        if let Body::Title { title: own, .. } = &mut deck.slides[0].body {
            *own = title.to_string();
        }
        let timeline = deck
            .slides
            .iter()
            .position(|slide| matches!(slide.body, Body::Timeline { .. }))
            .expect("a timeline slide");
        deck.slides[timeline].title = title.to_string();
        let drawable = crate::ui::slides::text::drawable_in_block_letters;
        for index in [0, timeline] {
            let state = Presentation::new(deck.len(), index);
            let screen = screen_text(&deck, &state, Role::Solo, (160, 48));
            // A title the font cannot draw at all is plain text whole; in a mixed one, each
            // word the font lacks is there as plain text (its line's other words with it).
            if !title.split_whitespace().any(drawable) {
                assert!(
                    squeeze(&screen).contains(&squeeze(title)),
                    "{title:?} on slide {index}:\n{screen}"
                );
            }
            for word in title.split_whitespace().filter(|word| !drawable(word)) {
                assert!(
                    squeeze(&screen).contains(word),
                    "{word:?} on slide {index}:\n{screen}"
                );
            }
        }
    }
    // Latin titles keep their block letters.
    assert!(crate::ui::slides::text::drawable_in_block_letters(
        "China-Russia Relations"
    ));
    assert!(!crate::ui::slides::text::drawable_in_block_letters(
        "Hu meets Путин"
    ));
}

#[test]
fn a_line_the_block_font_lacks_is_plain_and_the_other_lines_keep_block_letters() {
    use crate::ui::slides::text::{BigLine, big_fit};
    let title = "China-Russia Relations и Путин";
    // 20 glyphs a line at 160 columns: the Cyrillic words fall on the second line only.
    let fit = big_fit(title, 160, 20).expect("fits");
    assert_eq!(
        fit.lines,
        [
            BigLine {
                text: "China-Russia".to_string(),
                block: true
            },
            BigLine {
                text: "Relations и Путин".to_string(),
                block: false
            },
        ]
    );
    assert_eq!(
        fit.height,
        8 + 1,
        "a block line's glyph height, one row for the plain"
    );
    // At 120 columns (15 glyphs a line) the words wrap over "Relations и" and "Путин":
    // plain lines next to each other share one row.
    let fit = big_fit(title, 120, 20).expect("fits");
    let texts: Vec<(&str, bool)> = fit
        .lines
        .iter()
        .map(|line| (line.text.as_str(), line.block))
        .collect();
    assert_eq!(
        texts,
        [("China-Russia", true), ("Relations и Путин", false)]
    );
    // Nothing the font can draw: no block letters at all, the caller sets it plain.
    assert!(big_fit("Российско-китайские отношения", 160, 20).is_none());

    let mut deck = deck();
    if let Body::Title { title: own, .. } = &mut deck.slides[0].body {
        *own = title.to_string();
    }
    let state = Presentation::new(deck.len(), 0);
    let screen = screen_text(&deck, &state, Role::Solo, (160, 48));
    let rows: Vec<&str> = screen.lines().collect();
    let plain = rows
        .iter()
        .position(|row| row.trim() == "Relations и Путин")
        .unwrap_or_else(|| panic!("the second line in plain text, whole:\n{screen}"));
    assert!(!screen.contains("China-Russia Relations и"), "{screen}");
    // The rows above it are the first line's block letters, not a blank gap.
    let glyphs = rows[plain.saturating_sub(8)..plain]
        .iter()
        .filter(|row| row.chars().any(|c| "▀▄█▌▐▖▗▘▝▚▞▙▛▜▟".contains(c)))
        .count();
    assert!(glyphs >= 6, "block letters above the plain line:\n{screen}");
    // The plain line is bold, in the colour the block letters have.
    let buffer = draw(&deck, &state, Role::Solo, &SlideTheme::colour(), (160, 48));
    let x = rows[plain]
        .find('R')
        .map(|byte| rows[plain][..byte].chars().count());
    let cell = &buffer[(
        u16::try_from(x.unwrap()).unwrap(),
        u16::try_from(plain).unwrap(),
    )];
    assert!(cell.modifier.contains(ratatui::style::Modifier::BOLD));
}

#[test]
fn speaker_notes_scroll_with_their_own_keys_at_80x24() {
    use crate::present::presentation::PresentAction;
    let deck = deck();
    // The slide with the most items behind it: its notes overflow the presenter's panel.
    let busy = (0..deck.len())
        .max_by_key(|&i| deck.slide(i).map_or(0, |s| s.sources.len()))
        .unwrap();
    let mut state = Presentation::new(deck.len(), busy);
    let at = |state: &Presentation| screen_text(&deck, state, Role::Presenter, (80, 24));
    let first = at(&state);
    assert!(first.contains("more · J"), "{first}");
    assert!(!first.contains("above"), "{first}");
    // The sign names the key at 80 columns; where the footer has room, it does too.
    let wide = screen_text(&deck, &state, Role::Presenter, (160, 48));
    assert!(
        wide.contains("J/K notes"),
        "the footer names the keys: {wide}"
    );
    state.update(PresentAction::ScrollNotes { down: true });
    let scrolled = at(&state);
    assert!(scrolled.contains("▲ 3 above · K"), "{scrolled}");
    assert_eq!(state.slide, busy, "scrolling the notes keeps the slide");
    for _ in 0..200 {
        state.update(PresentAction::ScrollNotes { down: true });
    }
    let end = at(&state);
    assert!(!end.contains("more · J"), "the end of the notes: {end}");
    for _ in 0..=200 {
        state.update(PresentAction::ScrollNotes { down: false });
    }
    assert_eq!(at(&state), first, "back at the top");
    // Another slide's notes start at the top.
    state.update(PresentAction::PreviousSlide);
    assert_eq!(state.notes_offset(), 0);
    let keys = crate::present::keys::help_lines(Role::Presenter, false);
    assert!(
        keys.iter()
            .any(|(k, help)| k == "J ]" && help.contains("notes down"))
    );
}

#[test]
fn who_stands_where_keeps_every_name_whole_at_80x24_and_120x40() {
    let deck = deck();
    let index = (0..deck.len())
        .find(|&i| matches!(deck.slide(i).unwrap().body, Body::Matrix { .. }))
        .expect("a matrix slide");
    let Body::Matrix { actors, rows } = &deck.slide(index).unwrap().body else {
        unreachable!("found as a matrix")
    };
    let state = Presentation::new(deck.len(), index);
    for size in [(80, 24), (120, 40)] {
        let screen = screen_text(&deck, &state, Role::Solo, size);
        let words: Vec<&str> = screen.split_whitespace().collect();
        // Nothing cut: no "…", and every word of each actor's name (or short name) and of
        // each issue is on screen whole.
        assert!(!screen.contains('…'), "{size:?}:\n{screen}");
        for actor in actors {
            let whole = |name: &str| name.split_whitespace().all(|word| words.contains(&word));
            assert!(
                whole(&actor.name) || whole(&actor.short),
                "{} at {size:?}:\n{screen}",
                actor.name
            );
        }
        for row in rows {
            for word in row.issue.split_whitespace() {
                assert!(words.contains(&word), "{word} at {size:?}:\n{screen}");
            }
        }
        // Stances whole too: a verb, or a short form the legend explains.
        for word in &words {
            for part in word.split('/') {
                let stance_like = [
                    "acts", "seeks", "seek", "opposes", "opp", "supports", "supp", "proposes",
                    "prop",
                ];
                if part.len() >= 3 && stance_like.iter().any(|s| s.starts_with(part)) {
                    assert!(stance_like.contains(&part), "{part:?} cut in:\n{screen}");
                }
            }
        }
        // 80×24 is the slide_14_positions_80x24 snapshot of every slide; 120×40 is here.
        if size == (120, 40) {
            insta::assert_snapshot!("who_stands_where_120x40", screen);
        }
    }
}

#[test]
fn the_notes_stop_at_their_end_so_one_key_back_up_moves_them() {
    use crate::action::Action;
    use crate::app::App;
    use crate::present::presentation::PresentAction;
    let brief = crate::brief::load_embedded().unwrap();
    let deck = deck();
    let busy = (0..deck.len())
        .max_by_key(|&i| deck.slide(i).map_or(0, |s| s.sources.len()))
        .unwrap();
    for (role, size) in [
        (Role::Presenter, (80, 24)),
        (Role::Presenter, (160, 48)),
        (Role::Solo, (80, 24)),
        (Role::Solo, (120, 40)),
    ] {
        let mut talk = Presentation::new(deck.len(), busy);
        talk.notes = true;
        let mut app = App::presenting(brief.clone(), None, talk, role);
        app.update(Action::Resize(size.0, size.1));
        let screen = |app: &App| {
            let slides = app.slides.as_ref().unwrap();
            screen_text(&slides.deck, &slides.talk, role, size)
        };
        for _ in 0..200 {
            app.update(Action::Present(PresentAction::ScrollNotes { down: true }));
        }
        let end = screen(&app);
        assert!(
            !end.contains("more · J") && end.contains("above · K"),
            "{end}"
        );
        app.update(Action::Present(PresentAction::ScrollNotes { down: false }));
        let up = screen(&app);
        assert!(
            up.contains("more · J"),
            "one key up shows the end again: {up}"
        );
    }
}
