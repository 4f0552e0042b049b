//! The status line: where the reader is ("Timeline · item 3 of 11"), then a message or the
//! keys that work here, taken from the key map.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Focus, Mode, StatusKind};
use crate::keymap;
use crate::theme::Theme;
use crate::ui::{truncate, width_of};

/// "Timeline · item 3 of 11", "Detail · related 2 of 9", "Search · result 1 of 4".
pub fn location(app: &App) -> String {
    let (list, len) = app.focus_position();
    let at = if len == 0 {
        "empty".to_string()
    } else {
        format!("{} of {len}", list.selected + 1)
    };
    match (app.mode, app.focus()) {
        (Mode::Help, _) => "Help".to_string(),
        (_, Focus::Results) => {
            if len == 0 {
                "Search".to_string()
            } else {
                format!("Search · result {at}")
            }
        }
        (_, Focus::Related) => {
            let id = app
                .detail
                .as_ref()
                .and_then(|d| app.brief.id_of(d.item))
                .unwrap_or_default();
            format!("{} › {id} · related {at}", app.pane.title())
        }
        (_, Focus::Pane(pane)) => format!("{} · item {at}", pane.title()),
    }
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let place = format!(" {} ", location(app));
    let mut spans = vec![
        Span::styled(place.clone(), theme.tab_active),
        Span::raw(" "),
    ];
    let mut used = width_of(&place) + 1;
    let mut hints = keymap::hints(app.mode);
    if !app.can_go_back() {
        hints.retain(|(_, word)| *word != "back");
    }
    // The way to every other key stays on screen however narrow the line gets.
    let help = hints
        .iter()
        .position(|(_, word)| *word == "help")
        .map(|at| hints.remove(at));
    let piece_width = |keys: &str, word: &str| width_of(keys) + 1 + width_of(word) + 2;
    let reserved = help
        .as_ref()
        .map_or(0, |(keys, word)| piece_width(keys, word));
    if let Some(status) = &app.status {
        let style = match status.kind {
            StatusKind::Info => theme.info,
            StatusKind::Error => theme.error,
        };
        // The message first; "? help" at the right end when both fit.
        let text_width = width_of(&status.text);
        let help_fits = used + text_width + 2 + reserved <= width;
        let room = width.saturating_sub(used);
        spans.push(Span::styled(truncate(&status.text, room), style));
        if let (true, Some((keys, word))) = (help_fits, help) {
            let gap = width - used - text_width - reserved;
            spans.push(Span::raw(" ".repeat(gap)));
            spans.push(Span::styled(keys, theme.key));
            spans.push(Span::styled(format!(" {word}  "), theme.muted));
        }
    } else {
        for (keys, word) in hints.into_iter().chain(help) {
            let piece = piece_width(&keys, word);
            let room = if word == "help" {
                width
            } else {
                width.saturating_sub(reserved)
            };
            if used + piece > room {
                continue;
            }
            spans.push(Span::styled(keys, theme.key));
            spans.push(Span::styled(format!(" {word}  "), theme.muted));
            used += piece;
        }
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// After a failed reload: every problem, in a box above the status line, until the next key.
pub fn render_problems(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) {
    if app.errors.is_empty() {
        return;
    }
    let width = body.width.saturating_sub(2).max(1);
    let inner_width = usize::from(width.saturating_sub(2));
    let lines: Vec<Line> = app
        .errors
        .iter()
        .flat_map(|problem| crate::ui::wrap(problem, inner_width))
        .map(|line| Line::styled(line, theme.error))
        .collect();
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(body.height);
    let area = Rect::new(
        body.x + 1,
        body.bottom().saturating_sub(height),
        width,
        height,
    );
    ratatui::widgets::Widget::render(ratatui::widgets::Clear, area, buf);
    let block = crate::ui::block(
        theme,
        " Reload failed · still showing the last good brief ",
        true,
    );
    ratatui::widgets::Widget::render(
        ratatui::widgets::Paragraph::new(lines).block(block),
        area,
        buf,
    );
}
