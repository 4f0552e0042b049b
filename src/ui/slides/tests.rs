//! Rendering tests: every slide at 80×24 and 160×48, overlays, and styles.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

use super::{SlideScreen, render};
use crate::brief::deck::SlideKind;
use crate::present::keys::Role;
use crate::present::{Body, Deck, Presentation};
use crate::theme::SlideTheme;

fn deck() -> Deck {
    let brief = crate::brief::load_embedded().expect("embedded brief loads");
    Deck::build(&brief, None)
}

fn draw(
    deck: &Deck,
    state: &Presentation,
    role: Role,
    theme: &SlideTheme,
    size: (u16, u16),
) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("test terminal");
    terminal
        .draw(|frame| {
            let screen = SlideScreen {
                deck,
                state,
                theme,
                role,
                leaves: false,
            };
            render(&screen, frame.area(), frame.buffer_mut());
        })
        .expect("draws");
    terminal.backend().buffer().clone()
}

fn text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width);
    buffer
        .content
        .chunks(width)
        .map(|row| {
            row.iter()
                .map(ratatui::buffer::Cell::symbol)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen's text as drawn in colour at `size`, for the role given.
fn screen_text(deck: &Deck, state: &Presentation, role: Role, size: (u16, u16)) -> String {
    text(&draw(deck, state, role, &SlideTheme::colour(), size))
}

/// Something of the slide's own content that must be on screen as plain text.
fn fragment(body: &Body) -> String {
    let head = |text: &str| text.chars().take(14).collect::<String>();
    match body {
        Body::Title { byline, .. } => byline.clone(),
        Body::Point { bullets, headline } => bullets
            .first()
            .map_or_else(|| head(headline), |bullet| head(&bullet.text)),
        Body::Timeline { .. } => "No date in the text".to_string(),
        Body::Figures { cards } => head(&cards[0].label),
        Body::Chart { bars, .. } => bars[0].text.clone(),
        Body::Matrix { rows, .. } => rows[0].issue.clone(),
        Body::Bullets { bullets } => head(&bullets[0].text),
        Body::Closing { .. } => "Lai Hongyi".to_string(),
    }
}

#[test]
fn every_slide_renders_at_80x24_and_160x48() {
    let deck = deck();
    let theme = SlideTheme::colour();
    for size in [(80, 24), (160, 48)] {
        for index in 0..deck.len() {
            let state = Presentation::new(deck.len(), index);
            let buffer = draw(&deck, &state, Role::Solo, &theme, size);
            let screen = text(&buffer);
            let slide = &deck.slides[index];
            assert!(
                screen.contains(&format!("slide {} of {}", index + 1, deck.len())),
                "footer of slide {} at {size:?}:\n{screen}",
                index + 1
            );
            assert!(
                screen.contains(&fragment(&slide.body)),
                "slide {} at {size:?} lacks {:?}:\n{screen}",
                index + 1,
                fragment(&slide.body)
            );
            if size == (80, 24) && slide.kind != SlideKind::Title {
                assert!(
                    screen.contains(&slide.title),
                    "heading of {}:\n{screen}",
                    slide.title
                );
            }
            let name = format!(
                "slide_{:02}_{}_{}x{}",
                index + 1,
                slide.kind.name(),
                size.0,
                size.1
            );
            insta::assert_snapshot!(name, screen);
        }
    }
}

#[test]
fn a_slide_that_overflows_says_how_much_more_there_is() {
    let deck = deck();
    let diplomacy = deck
        .slides
        .iter()
        .position(|slide| slide.title == "Diplomacy")
        .expect("a diplomacy slide");
    let state = Presentation::new(deck.len(), diplomacy);
    let fits = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(!fits.contains("more"), "{fits}");
    let small = screen_text(&deck, &state, Role::Solo, (80, 18));
    assert!(small.contains("▼ 2 more"), "{small}");
    let large = screen_text(&deck, &state, Role::Solo, (160, 48));
    assert!(!large.contains("more"), "{large}");
    assert!(
        large.contains("Outstanding global issues should be solved"),
        "{large}"
    );
}

#[test]
fn tiny_terminals_do_not_panic() {
    let deck = deck();
    for index in 0..deck.len() {
        let mut state = Presentation::new(deck.len(), index);
        for size in [(1, 1), (20, 5), (40, 10)] {
            for role in [Role::Solo, Role::Presenter] {
                state.notes = role == Role::Solo;
                state.help = index == 0;
                draw(&deck, &state, role, &SlideTheme::colour(), size);
            }
        }
    }
}

#[test]
fn notes_show_the_quotes_behind_the_slide() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 1);
    state.notes = true;
    let screen = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(screen.contains("Speaker notes"), "{screen}");
    assert!(
        screen.contains("“On 8 June 2007, President Hu Jintao"),
        "{screen}"
    );
    let wide = screen_text(&deck, &state, Role::Solo, (160, 48));
    insta::assert_snapshot!("notes_160x48", wide);
}

#[test]
fn notes_below_the_slide_are_a_closed_box_at_80x24() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 1);
    state.notes = true;
    for theme in [SlideTheme::colour(), SlideTheme::plain()] {
        let buffer = draw(&deck, &state, Role::Solo, &theme, (80, 24));
        let screen = text(&buffer);
        let rows: Vec<&str> = screen.lines().collect();
        let top = rows
            .iter()
            .position(|row| row.contains("Speaker notes"))
            .expect("the notes' title");
        // The footer is the last row; the box ends on the one above it.
        let bottom = rows.len() - 2;
        assert!(rows[top].ends_with('┐'), "{screen}");
        assert!(
            rows[bottom].starts_with('└') && rows[bottom].ends_with('┘'),
            "{screen}"
        );
        for row in &rows[top + 1..bottom] {
            assert!(row.starts_with('│') && row.ends_with('│'), "{screen}");
        }
        insta::assert_snapshot!("notes_80x24", screen);
    }
}

#[test]
fn help_lists_the_keys_from_the_keymap() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 0);
    state.help = true;
    let screen = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(screen.contains("next slide"), "{screen}");
    assert!(screen.contains("blank the screen"), "{screen}");
    insta::assert_snapshot!("help_80x24", screen);
}

#[test]
fn blank_shows_nothing_at_all() {
    let deck = deck();
    let mut state = Presentation::new(deck.len(), 3);
    state.blanked = true;
    let screen = screen_text(&deck, &state, Role::Solo, (80, 24));
    assert!(screen.chars().all(|c| c == ' ' || c == '\n'), "{screen}");
}

#[test]
fn the_presenter_sees_the_next_slide_notes_and_timer() {
    let deck = deck();
    let state = Presentation::new(deck.len(), 0);
    let screen = screen_text(&deck, &state, Role::Presenter, (160, 48));
    assert!(screen.contains("Now 1 of 20"), "{screen}");
    assert!(screen.contains("Next: 2 of 20"), "{screen}");
    assert!(screen.contains("Speaker notes"), "{screen}");
    insta::assert_snapshot!("presenter_160x48", screen);
    let last = Presentation::new(deck.len(), deck.len() - 1);
    let screen = screen_text(&deck, &last, Role::Presenter, (80, 24));
    assert!(screen.contains("Next: end of the deck"), "{screen}");
}

#[test]
fn no_style_sets_a_background_and_plain_sets_no_colour() {
    let deck = deck();
    for index in 0..deck.len() {
        let mut state = Presentation::new(deck.len(), index);
        state.notes = index % 2 == 0;
        let coloured = draw(&deck, &state, Role::Solo, &SlideTheme::colour(), (120, 36));
        assert!(
            coloured.content.iter().all(|cell| cell.bg == Color::Reset),
            "slide {} sets a background",
            index + 1
        );
        assert!(coloured.content.iter().any(|cell| cell.fg != Color::Reset));
        let plain = draw(&deck, &state, Role::Solo, &SlideTheme::plain(), (120, 36));
        assert!(
            plain
                .content
                .iter()
                .all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset),
            "slide {} has colour without colour",
            index + 1
        );
    }
}

#[test]
fn another_brief_renders_every_slide_with_its_heading() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/us-iran-ceasefire.toml");
    let brief = crate::brief::load_file(&path).expect("fixture loads");
    let deck = Deck::build(&brief, None);
    for size in [(80, 24), (160, 48)] {
        for index in 0..deck.len() {
            let state = Presentation::new(deck.len(), index);
            let screen = text(&draw(&deck, &state, Role::Solo, &SlideTheme::plain(), size));
            let slide = &deck.slides[index];
            assert!(
                screen.contains(&format!("slide {} of {}", index + 1, deck.len())),
                "{screen}"
            );
            if size == (80, 24) && slide.kind != SlideKind::Title {
                assert!(screen.contains(&slide.title), "{}:\n{screen}", slide.title);
            }
        }
    }
}

mod footer;
mod presenting;
