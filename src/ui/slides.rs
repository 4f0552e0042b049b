//! Draws the slide mode: the slide itself, the footer, speaker notes, help, and the
//! presenter's view with the next slide beside the current one.
//!
//! Pure: everything drawn comes from the `Deck` and the `Presentation`; nothing here changes
//! state or reads the clock. The bodies of the slide kinds live in `slides/body.rs`.

mod body;
mod text;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use crate::present::keys::{self, Role};
use crate::present::presentation::{Countdown, Presentation, clock};
use crate::present::{Deck, Slide};
use crate::theme::SlideTheme;

pub use text::wrap;

/// What the slide mode draws from.
#[derive(Debug, Clone, Copy)]
pub struct SlideScreen<'a> {
    pub deck: &'a Deck,
    pub state: &'a Presentation,
    pub theme: &'a SlideTheme,
    pub role: Role,
}

/// Draws the whole slide mode into `area`.
pub fn render(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    let state = screen.state;
    if state.blanked {
        return;
    }
    let show_footer = state.footer || !state.jump.is_empty() || state.status.is_some();
    let [main, footer_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::from(show_footer)),
    ])
    .areas(area);
    if screen.role == Role::Presenter {
        render_presenter(screen, main, buf);
    } else if state.notes {
        let [slide_area, notes_area] = if main.width >= 120 {
            Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(main)
        } else {
            Layout::vertical([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(main)
        };
        render_slide_at(screen, state.slide, slide_area, buf);
        render_notes(screen, notes_area, buf);
    } else {
        render_slide_at(screen, state.slide, main, buf);
    }
    if show_footer {
        render_footer(screen, footer_area, buf);
    }
    if state.help {
        render_help(screen, main, buf);
    }
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

/// The fewest cells of progress bar worth showing the long key hint for.
const MIN_BAR_WITH_HINT: usize = 20;

/// One row: where we are, a slim progress bar, key hints, the timer (a follower: the session
/// it follows). As the screen narrows the hints shrink to "? help", then the timer is cut
/// with "…", and "? help" goes only when even that does not fit.
fn render_footer(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    let (state, theme) = (screen.state, screen.theme);
    let left = if state.jump.is_empty() {
        format!(" slide {} of {} ", state.slide + 1, state.count)
    } else {
        format!(" go to slide {}▏ Enter ", state.jump)
    };
    let (right, right_style) = if screen.role == Role::Follower {
        let session = state
            .session
            .as_deref()
            .map_or_else(String::new, |name| format!(" session {name}"));
        let following = format!("following{session}");
        // A follower's note outranks the session it already names.
        let room = usize::from(area.width)
            .saturating_sub(text::width(&left) + text::width(keys::HELP_HINT) + 4);
        let crowded = state
            .status
            .as_deref()
            .is_some_and(|status| text::width(status) + text::width(&following) + 2 > room);
        let following = if crowded { String::new() } else { following };
        (following, theme.footer)
    } else {
        timer_text(state, theme)
    };
    // A message outranks the timer: while one shows, the timer steps aside if both do not fit.
    let message_crowded = state.status.as_deref().is_some_and(|status| {
        text::width(&left) + text::width(status) + text::width(keys::HELP_HINT) + 22
            > usize::from(area.width)
    });
    let right = if message_crowded {
        String::new()
    } else {
        right
    };
    let (left, hint, right) = footer_parts(
        left,
        keys::footer_hint(screen.role),
        &right,
        usize::from(area.width),
        state
            .status
            .as_deref()
            .map_or(MIN_BAR_WITH_HINT, |status| text::width(status) + 1),
    );
    let fixed = text::width(&left) + text::width(&hint) + text::width(&right);
    let middle_width = usize::from(area.width).saturating_sub(fixed);
    let mut spans = vec![Span::styled(
        left,
        if state.jump.is_empty() {
            theme.footer
        } else {
            theme.status
        },
    )];
    if let Some(status) = &state.status {
        let shown = text::truncate(status, middle_width);
        let used = text::width(&shown);
        spans.push(Span::styled(shown, theme.status));
        spans.push(Span::raw(" ".repeat(middle_width.saturating_sub(used))));
    } else {
        let done = if state.count == 0 {
            0
        } else {
            (middle_width * (state.slide + 1)).div_ceil(state.count)
        };
        spans.push(Span::styled("━".repeat(done), theme.progress_done));
        spans.push(Span::styled(
            "─".repeat(middle_width.saturating_sub(done)),
            theme.progress_todo,
        ));
    }
    spans.push(Span::styled(hint, theme.footer));
    spans.push(Span::styled(right, right_style));
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// The footer's left part, key hint and right part as they fit `width` cells. The right part
/// keeps a fixed width while there is room, so the progress bar does not twitch as the timer
/// text changes.
/// The long hint shows only when `middle` cells (the status, or a bar) still fit beside it.
fn footer_parts(
    left: String,
    hint: &str,
    right: &str,
    width: usize,
    middle: usize,
) -> (String, String, String) {
    let full_hint = format!(" {hint} ");
    let short_hint = format!(" {} ", keys::HELP_HINT);
    let (padded, bare) = if right.trim().is_empty() {
        (String::new(), String::new())
    } else {
        (format!(" {right:>16} "), format!(" {} ", right.trim()))
    };
    let cells = |parts: [&str; 3]| parts.iter().map(|part| text::width(part)).sum::<usize>();
    let candidates = [
        (&full_hint, &padded, middle),
        (&short_hint, &padded, 1),
        (&short_hint, &bare, 0),
    ];
    for (hint, right, bar) in candidates {
        if cells([&left, hint, right]) + bar <= width {
            return (left, hint.clone(), right.clone());
        }
    }
    let left = text::truncate(&left, width);
    let mut room = width.saturating_sub(text::width(&left));
    let hint = if text::width(&short_hint) + 2 <= room {
        room -= text::width(&short_hint);
        short_hint
    } else {
        String::new()
    };
    let right = text::truncate(&bare, room);
    (left, hint, right)
}

/// "4:05", "4:05 paused", "12:30 left", "0:30 over", or a hint to start it.
fn timer_text(state: &Presentation, theme: &SlideTheme) -> (String, ratatui::style::Style) {
    let elapsed = state.elapsed();
    let paused = if state.timer.is_running() {
        ""
    } else {
        " paused"
    };
    if !state.timer.is_running() && elapsed.is_zero() {
        let planned = state
            .timer
            .limit
            .map(|limit| format!("{} talk · ", clock(limit)))
            .unwrap_or_default();
        return (format!("{planned}t starts timer"), theme.footer);
    }
    match state.countdown() {
        Countdown::None => (format!("{}{paused}", clock(elapsed)), theme.footer),
        Countdown::Plenty(left) => (format!("{} left{paused}", clock(left)), theme.footer),
        Countdown::Near(left) => (format!("{} left!{paused}", clock(left)), theme.warn),
        Countdown::Over(over) => (format!("{} over{paused}", clock(over)), theme.over),
    }
}

/// The speaker notes: the presenter's own words, then each item behind the slide and its
/// quote.
fn render_notes(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    let theme = screen.theme;
    let block = Block::default()
        .borders(Borders::TOP | Borders::LEFT)
        .border_style(theme.border)
        .title(Span::styled(" Speaker notes ", theme.heading));
    let inner = block.inner(area);
    block.render(area, buf);
    let Some(slide) = screen.deck.slide(screen.state.slide) else {
        return;
    };
    let lines = notes_lines(slide, theme, usize::from(inner.width.saturating_sub(1)));
    text::render_fitted(lines, theme, inner, buf);
}

/// Notes as groups of lines, one group per note, so overflow cuts between them.
fn notes_lines(slide: &Slide, theme: &SlideTheme, width: usize) -> Vec<Vec<Line<'static>>> {
    let mut groups = Vec::new();
    if let Some(notes) = &slide.notes {
        groups.push(
            wrap(notes, width)
                .into_iter()
                .map(|line| Line::styled(line, theme.text))
                .collect(),
        );
    }
    let mut seen = std::collections::HashSet::new();
    for source in &slide.sources {
        if !seen.insert(source.quote.as_str()) {
            continue;
        }
        let mut group = vec![Line::from(vec![Span::styled(
            text::truncate(&source.title, width),
            theme.heading,
        )])];
        group.extend(
            wrap(
                &format!("“{}” ({})", source.quote, source.id),
                width.saturating_sub(2),
            )
            .into_iter()
            .map(|line| Line::styled(format!("  {line}"), theme.muted)),
        );
        groups.push(group);
    }
    if groups.is_empty() {
        groups.push(
            wrap("No items stand behind this slide.", width)
                .into_iter()
                .map(|line| Line::styled(line, theme.muted))
                .collect(),
        );
    }
    groups
}

fn render_help(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    let theme = screen.theme;
    let lines = keys::help_lines(screen.role);
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
fn render_presenter(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    let theme = screen.theme;
    let state = screen.state;
    let [current, side] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area);
    render_slide_at(screen, state.slide, current, buf);
    let [timer_area, next_area, notes_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Percentage(45),
        Constraint::Fill(1),
    ])
    .areas(side);
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
    // Two rows, so the position and the timer wrap rather than fall off a narrow side panel.
    Paragraph::new(timer_line)
        .wrap(ratatui::widgets::Wrap { trim: false })
        .block(
            Block::default()
                .borders(Borders::LEFT)
                .border_style(theme.border),
        )
        .render(timer_area, buf);
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
    render_notes(screen, notes_area, buf);
}

#[cfg(test)]
mod tests;
