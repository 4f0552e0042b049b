//! Where the slide mode puts things: the slide, the footer, the presenter's side column and
//! the speaker notes. `ui/slides.rs` draws with these rectangles and `update` bounds the
//! notes' scroll with them, so the two cannot disagree.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Borders;

use crate::app::App;
use crate::present::keys::Role;
use crate::present::presentation::Presentation;

/// From this width the notes sit beside the slide; narrower, below it.
const NOTES_BESIDE: u16 = 120;

/// The rectangles of the slide mode on one screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlideAreas {
    /// Everything above the footer: the help is centred over it.
    pub main: Rect,
    /// The footer row, when it shows (`f` hides it; a typed number or a note shows it).
    pub footer: Option<Rect>,
    /// The current slide.
    pub slide: Rect,
    /// The presenter's side column: the position and timer (two rows, a left border).
    pub timer: Option<Rect>,
    /// The presenter's side column: the next slide's panel (a top and a left border).
    pub next: Option<Rect>,
    pub notes: Option<NotesPanel>,
}

/// The speaker notes' panel: its rectangle, the sides that have a border and the
/// rectangle its text is wrapped into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotesPanel {
    pub area: Rect,
    /// A panel beside the slide (or in the presenter's column) borders the slide with its
    /// left side and has the screen's edge on its right: top and left. Below the slide it is
    /// a closed box.
    pub borders: Borders,
    /// Inside the borders; open on the right, the text keeps a cell free there.
    pub text: Rect,
}

impl NotesPanel {
    fn new(area: Rect, borders: Borders) -> NotesPanel {
        let left = u16::from(borders.contains(Borders::LEFT));
        let top = u16::from(borders.contains(Borders::TOP));
        // The right border, or a free cell before the screen's edge.
        let right = 1;
        let bottom = u16::from(borders.contains(Borders::BOTTOM));
        let text = Rect {
            x: area.x + left.min(area.width),
            y: area.y + top.min(area.height),
            width: area.width.saturating_sub(left + right),
            height: area.height.saturating_sub(top + bottom),
        };
        NotesPanel {
            area,
            borders,
            text,
        }
    }
}

/// Splits `screen` for `role` and `state`: a presenter has the current slide on the left
/// (60%) and, on the right, the timer, the next slide and the notes, always; others the
/// slide alone, or with `n` the notes beside it from 120 columns, else below it.
pub fn slide_areas(screen: Rect, role: Role, state: &Presentation) -> SlideAreas {
    let show_footer = state.footer || !state.jump.is_empty() || state.status.is_some();
    let [main, footer] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::from(show_footer)),
    ])
    .areas(screen);
    let footer = show_footer.then_some(footer);
    if role == Role::Presenter {
        let [current, column] =
            Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
                .areas(main);
        let [timer, next, notes] = Layout::vertical([
            Constraint::Length(2),
            // The next slide is a glance; the notes get the room.
            Constraint::Percentage(30),
            Constraint::Fill(1),
        ])
        .areas(column);
        return SlideAreas {
            main,
            footer,
            slide: current,
            timer: Some(timer),
            next: Some(next),
            notes: Some(NotesPanel::new(notes, Borders::TOP | Borders::LEFT)),
        };
    }
    let (slide, notes) = if !state.notes {
        (main, None)
    } else if main.width >= NOTES_BESIDE {
        let [slide, notes] =
            Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
                .areas(main);
        (
            slide,
            Some(NotesPanel::new(notes, Borders::TOP | Borders::LEFT)),
        )
    } else {
        let [slide, notes] =
            Layout::vertical([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(main);
        (slide, Some(NotesPanel::new(notes, Borders::ALL)))
    };
    SlideAreas {
        main,
        footer,
        slide,
        timer: None,
        next: None,
        notes,
    }
}

/// The notes panel on a `screen`, or `None` when notes do not show (`slide_areas`).
pub fn notes_area(screen: Rect, role: Role, state: &Presentation) -> Option<NotesPanel> {
    slide_areas(screen, role, state).notes
}

/// The furthest the current slide's notes scroll: their rows less the panel's, with a row
/// kept for the "above" sign; 0 when they fit.
pub fn notes_max_scroll(app: &App) -> u16 {
    let Some(slides) = &app.slides else {
        return 0;
    };
    let screen = Rect::new(0, 0, app.size.0, app.size.1);
    let Some(panel) = notes_area(screen, slides.role, &slides.talk) else {
        return 0;
    };
    let Some(slide) = slides.deck.slide(slides.talk.slide) else {
        return 0;
    };
    let (width, height) = (panel.text.width, panel.text.height);
    let rows = crate::content::notes_rows(slide, usize::from(width));
    if rows <= usize::from(height) || height < 3 {
        return 0;
    }
    u16::try_from(rows - usize::from(height - 1)).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_below_the_slide_are_a_closed_box_and_beside_it_open_on_the_screen_edge() {
        let mut state = Presentation::new(20, 1);
        state.notes = true;
        for (width, height) in [(80, 24), (100, 30), (119, 40)] {
            let screen = Rect::new(0, 0, width, height);
            let areas = slide_areas(screen, Role::Solo, &state);
            let notes = areas.notes.expect("notes show");
            assert_eq!(notes.borders, Borders::ALL, "{width}×{height}");
            assert_eq!(notes.area.right(), width, "as wide as the screen");
            assert!(
                notes.text.right() < notes.area.right(),
                "inside the right border"
            );
            assert!(
                notes.text.bottom() < notes.area.bottom(),
                "above the bottom one"
            );
            assert!(areas.slide.bottom() <= notes.area.y, "below the slide");
        }
        for role in [Role::Solo, Role::Presenter] {
            let screen = Rect::new(0, 0, 160, 48);
            let notes = notes_area(screen, role, &state).expect("notes show");
            assert_eq!(notes.borders, Borders::TOP | Borders::LEFT, "{role:?}");
            assert_eq!(notes.area.right(), 160, "against the screen's edge");
        }
    }
}
