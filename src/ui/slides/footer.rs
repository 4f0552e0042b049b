//! The slides' footer row: where the talk is, a progress bar, key hints and the timer (or,
//! for a follower, the session it follows), shrinking in order as the screen narrows.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{SlideScreen, text};
use crate::present::keys::{self, Role};
use crate::present::presentation::{Countdown, Presentation, clock};
use crate::theme::SlideTheme;

/// The fewest cells of progress bar worth showing the long key hint for.
const MIN_BAR_WITH_HINT: usize = 20;

/// One row: where we are, a slim progress bar, key hints, the timer (a follower: the session
/// it follows). As the screen narrows the hints shrink to "? help", then the timer is cut
/// with "…", and "? help" goes only when even that does not fit.
pub(super) fn render_footer(screen: &SlideScreen, area: Rect, buf: &mut Buffer) {
    let (state, theme) = (screen.state, screen.theme);
    let short = keys::short_hint(screen.leaves, state.notes);
    let left = if state.jump.is_empty() {
        format!(" slide {} of {} ", state.slide + 1, state.count)
    } else {
        let confirm = keys::key_for(&crate::present::PresentAction::Confirm);
        format!(" go to slide {}▏ {confirm} ", state.jump)
    };
    let (right, right_style) = if screen.role == Role::Follower {
        let session = state
            .session
            .as_deref()
            .map_or_else(String::new, |name| format!(" session {name}"));
        let following = format!("following{session}");
        // A follower's note outranks the session it already names.
        let room =
            usize::from(area.width).saturating_sub(text::width(&left) + text::width(&short) + 4);
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
        text::width(&left) + text::width(status) + text::width(&short) + 22
            > usize::from(area.width)
    });
    let right = if message_crowded {
        String::new()
    } else {
        right
    };
    let (left, hint, right) = footer_parts(
        left,
        &keys::footer_hint(screen.role, state.notes, screen.leaves),
        &short,
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

/// The footer's left part, key hint (the `short` one when the whole does not fit) and right
/// part as they fit `width` cells. The right part
/// keeps a fixed width while there is room, so the progress bar does not twitch as the timer
/// text changes.
/// The long hint shows only when `middle` cells (the status, or a bar) still fit beside it.
fn footer_parts(
    left: String,
    hint: &str,
    short: &str,
    right: &str,
    width: usize,
    middle: usize,
) -> (String, String, String) {
    let full_hint = format!(" {hint} ");
    let short_hint = format!(" {short} ");
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
pub(super) fn timer_text(
    state: &Presentation,
    theme: &SlideTheme,
) -> (String, ratatui::style::Style) {
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
        let key = keys::key_for(&crate::present::PresentAction::ToggleTimer);
        let start = if key.is_empty() {
            "timer stopped".to_string()
        } else {
            format!("{key} starts timer")
        };
        return (format!("{planned}{start}"), theme.footer);
    }
    match state.countdown() {
        Countdown::None => (format!("{}{paused}", clock(elapsed)), theme.footer),
        Countdown::Plenty(left) => (format!("{} left{paused}", clock(left)), theme.footer),
        Countdown::Near(left) => (format!("{} left!{paused}", clock(left)), theme.warn),
        Countdown::Over(over) => (format!("{} over{paused}", clock(over)), theme.over),
    }
}
