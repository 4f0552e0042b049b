//! Where the slide mode puts the speaker notes, so `update` can bound their scroll with the
//! numbers `ui/slides.rs` draws with (the same splits, kept in step by its tests).

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::App;
use crate::present::keys::Role;
use crate::present::presentation::Presentation;

/// The notes panel (with its top and left border) on a `screen`, or `None` when notes do
/// not show: a presenter always has them in the side column under the next slide; others
/// when `n` is on, beside the slide from 120 columns, else below it.
pub fn notes_area(screen: Rect, role: Role, state: &Presentation) -> Option<Rect> {
    let show_footer = state.footer || !state.jump.is_empty() || state.status.is_some();
    let [main, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::from(show_footer)),
    ])
    .areas(screen);
    if role == Role::Presenter {
        let [_, side] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(main);
        let [_, _, notes] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Percentage(30),
            Constraint::Fill(1),
        ])
        .areas(side);
        return Some(notes);
    }
    if !state.notes {
        return None;
    }
    let [_, notes] = if main.width >= 120 {
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(main)
    } else {
        Layout::vertical([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(main)
    };
    Some(notes)
}

/// The furthest the current slide's notes scroll: their rows less the panel's, with a row
/// kept for the "above" sign; 0 when they fit.
pub fn notes_max_scroll(app: &App) -> u16 {
    let Some(slides) = &app.slides else {
        return 0;
    };
    let screen = Rect::new(0, 0, app.size.0, app.size.1);
    let Some(area) = notes_area(screen, slides.role, &slides.talk) else {
        return 0;
    };
    let Some(slide) = slides.deck.slide(slides.talk.slide) else {
        return 0;
    };
    // Inside the top and left border; the text keeps a cell free on the right.
    let (width, height) = (area.width.saturating_sub(2), area.height.saturating_sub(1));
    let rows = crate::content::notes_rows(slide, usize::from(width));
    if rows <= usize::from(height) || height < 3 {
        return 0;
    }
    u16::try_from(rows - usize::from(height - 1)).unwrap_or(u16::MAX)
}
