//! Draws the slide mode: the slide itself, the footer, speaker notes, help, and the
//! presenter's view with the next slide beside the current one.
//!
//! Pure: everything drawn comes from the `Deck` and the `Presentation`; nothing here changes
//! state or reads the clock. The bodies of the slide kinds live in `slides/body.rs`.

mod body;
mod footer;
mod text;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::layout::{NotesPanel, SlideAreas};
use crate::present::keys::{self, Role};
use crate::present::presentation::{PresentAction, Presentation};
use crate::present::{Deck, Slide};
use crate::theme::SlideTheme;

pub use text::wrap;

use footer::{render_footer, timer_text};

/// What the slide mode draws from.
#[derive(Debug, Clone, Copy)]
pub struct SlideScreen<'a> {
    pub deck: &'a Deck,
    pub state: &'a Presentation,
    pub theme: &'a SlideTheme,
    pub role: Role,
    /// The slides were opened with `p`: Esc, with nothing nearer to close, goes back to the
    /// explorer, and the footer and help say so.
    pub leaves: bool,
}

/// Draws the whole slide mode into `area`.
pub fn render(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    let state = screen.state;
    // A presenter's `b` blanks the audience only: the presenter keeps the notes, the timer
    // and a sign saying so.
    if state.blanked && screen.role != Role::Presenter {
        return;
    }
    let areas = crate::layout::slide_areas(area, screen.role, state);
    if screen.role == Role::Presenter {
        render_presenter(screen, &areas, buf);
        if state.blanked {
            render_blanked_sign(screen.theme, areas.slide, buf);
        }
    } else {
        render_slide_at(screen, state.slide, areas.slide, buf);
        if let Some(notes) = areas.notes {
            render_notes(screen, notes, buf);
        }
    }
    if let Some(footer) = areas.footer {
        render_footer(screen, footer, buf);
    }
    if state.help {
        render_help(screen, areas.main, buf);
    }
}

/// The presenter's reminder that the audience sees a dark screen: over the top row (a
/// margin) of the current slide.
fn render_blanked_sign(theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
    let sign = " audience blanked · any key ";
    let width = sign.chars().count() as u16;
    if area.height == 0 || area.width < width {
        return;
    }
    let x = area.x + (area.width - width) / 2;
    buf.set_string(x, area.y, sign, theme.over);
}

fn render_slide_at(screen: &SlideScreen, index: usize, area: Rect, buf: &mut Buffer) {
    match screen.deck.slide(index) {
        Some(slide) => render_slide(slide, screen.theme, area, buf),
        None => Paragraph::new("This deck has no slides.")
            .style(screen.theme.muted)
            .render(area, buf),
    }
}

/// Draws one slide, with margins that grow with the screen.
pub fn render_slide(slide: &Slide, theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
    let inner = Rect {
        x: area.x + margin_x(area.width),
        y: area.y + margin_y(area.height),
        width: area.width.saturating_sub(2 * margin_x(area.width)),
        height: area.height.saturating_sub(2 * margin_y(area.height)),
    };
    if inner.width < 4 || inner.height < 2 {
        return;
    }
    if matches!(slide.body, crate::present::Body::Title { .. }) {
        body::render(&slide.body, theme, inner, buf);
        return;
    }
    // Where the body already speaks in block letters, the heading stays small.
    let big_heading = !matches!(
        slide.body,
        crate::present::Body::Point { .. } | crate::present::Body::Figures { .. }
    );
    let heading_height = text::render_heading(&slide.title, big_heading, theme, inner, buf);
    let gap = if inner.height >= 30 { 2 } else { 1 };
    let body_area = Rect {
        y: inner.y + heading_height + gap,
        height: inner.height.saturating_sub(heading_height + gap),
        ..inner
    };
    body::render(&slide.body, theme, body_area, buf);
}

fn margin_x(width: u16) -> u16 {
    (width / 20).max(1)
}

fn margin_y(height: u16) -> u16 {
    if height < 12 { 0 } else { (height / 16).max(1) }
}

/// The speaker notes: the presenter's own words, then each item behind the slide and its
/// quote, in the panel `layout::slide_areas` placed.
fn render_notes(screen: &SlideScreen, panel: NotesPanel, buf: &mut Buffer) {
    let theme = screen.theme;
    let block = Block::default()
        .borders(panel.borders)
        .border_style(theme.border)
        .title(Span::styled(" Speaker notes ", theme.heading));
    block.render(panel.area, buf);
    let Some(slide) = screen.deck.slide(screen.state.slide) else {
        return;
    };
    let groups = crate::content::notes_lines(slide, theme, usize::from(panel.text.width));
    render_scrolled(groups, screen.state.notes_offset(), theme, panel.text, buf);
}

/// Notes from `offset` rows down (clamped so the last page is full), a blank row between
/// groups, with "▲ N above" and "▼ N more · J/K" signs when rows are out of sight.
fn render_scrolled(
    groups: Vec<Vec<Line<'static>>>,
    offset: u16,
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (index, group) in groups.into_iter().enumerate() {
        if index > 0 {
            lines.push(Line::default());
        }
        lines.extend(group);
    }
    let height = usize::from(area.height);
    if lines.len() <= height || height < 3 {
        Paragraph::new(lines).render(area, buf);
        return;
    }
    // At the end: the "above" sign, then the last rows.
    let start = usize::from(offset).min(lines.len() - (height - 1));
    let top = usize::from(start > 0);
    let mut room = height - top;
    if lines.len() - start > room {
        room -= 1;
    }
    let below = lines.len() - start - room;
    let mut shown: Vec<Line<'static>> = Vec::with_capacity(height);
    if start > 0 {
        let key = keys::key_for(&PresentAction::ScrollNotes { down: false });
        shown.push(Line::styled(
            sign(format!("▲ {start} above"), &key),
            theme.more,
        ));
    }
    shown.extend(lines.into_iter().skip(start).take(room));
    if below > 0 {
        let key = keys::key_for(&PresentAction::ScrollNotes { down: true });
        shown.push(Line::styled(
            sign(format!("▼ {below} more"), &key),
            theme.more,
        ));
    }
    Paragraph::new(shown).render(area, buf);
}

/// A scroll sign with the key that scrolls that way, when one is bound: "▼ 4 more · J".
fn sign(text: String, key: &str) -> String {
    if key.is_empty() {
        text
    } else {
        format!("{text} · {key}")
    }
}

fn render_help(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    let theme = screen.theme;
    let lines = keys::help_lines(screen.role, screen.leaves);
    let key_width = lines
        .iter()
        .map(|(keys, _)| text::width(keys))
        .max()
        .unwrap_or(0);
    let text_width = lines
        .iter()
        .map(|(_, help)| text::width(help))
        .max()
        .unwrap_or(0);
    let width = (key_width + text_width + 6).min(usize::from(area.width)) as u16;
    let height = (lines.len() + 2).min(usize::from(area.height)) as u16;
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(" Keys ", theme.heading))
        .title_bottom(Span::styled(" any key closes ", theme.muted));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let rows: Vec<Line> = lines
        .into_iter()
        .map(|(keys, help)| {
            Line::from(vec![
                Span::styled(format!(" {keys:>key_width$}  "), theme.key),
                Span::styled(help, theme.text),
            ])
        })
        .collect();
    Paragraph::new(rows).render(inner, buf);
}

/// The presenter's screen: the current slide large, the next one small, notes and timer.
fn render_presenter(screen: &SlideScreen, areas: &SlideAreas, buf: &mut Buffer) {
    let theme = screen.theme;
    let state = screen.state;
    render_slide_at(screen, state.slide, areas.slide, buf);
    if let Some(timer_area) = areas.timer {
        let (timer, timer_style) = timer_text(state, theme);
        let timer_line = Line::from(vec![
            Span::styled(
                format!(" Now {} of {} · ", state.slide + 1, state.count),
                theme.heading,
            ),
            Span::styled(
                timer,
                timer_style.add_modifier(ratatui::style::Modifier::BOLD),
            ),
        ]);
        // Two rows, so the position and the timer wrap rather than fall off a narrow side
        // panel.
        Paragraph::new(timer_line)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::LEFT)
                    .border_style(theme.border),
            )
            .render(timer_area, buf);
    }
    if let Some(next_area) = areas.next {
        let next_title = if state.is_last() {
            " Next: end of the deck ".to_string()
        } else {
            format!(" Next: {} of {} ", state.slide + 2, state.count)
        };
        let block = Block::default()
            .borders(Borders::TOP | Borders::LEFT)
            .border_style(theme.border)
            .title(Span::styled(next_title, theme.heading));
        let inner = block.inner(next_area);
        block.render(next_area, buf);
        if !state.is_last() {
            render_slide_at(screen, state.slide + 1, inner, buf);
        }
    }
    if let Some(notes) = areas.notes {
        render_notes(screen, notes, buf);
    }
}

#[cfg(test)]
mod tests;
