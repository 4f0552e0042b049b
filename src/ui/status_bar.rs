//! The status line: where the reader is ("Timeline · item 3 of 11"), then a message or the
//! keys that work here, taken from the key map.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Focus, Mode, StatusKind};
use crate::keymap;
use crate::theme::Theme;
use crate::ui::{truncate, width_of};

/// "Timeline · item 3 of 11", "Detail · related 2 of 9", "Search · result 1 of 4",
/// "Library · row 2 of 6", "Diff · change 3 of 7".
pub fn location(app: &App) -> String {
    let (list, len) = app.focus_position();
    let at = if len == 0 {
        "empty".to_string()
    } else {
        format!("{} of {len}", list.selected + 1)
    };
    match (app.mode, app.focus()) {
        (Mode::Help, _) => "Help".to_string(),
        (Mode::Diff, _) => match &app.diff {
            Some(view) if !view.diff.changes.is_empty() => format!(
                "Diff · change {} of {}",
                view.list.selected + 1,
                view.diff.changes.len()
            ),
            _ => "Diff · no changes".to_string(),
        },
        (Mode::Library, _) => app.shelf.as_ref().map_or_else(
            || "Library".to_string(),
            |shelf| {
                format!(
                    "Library · row {} of {}",
                    shelf.list.selected + 1,
                    shelf.len()
                )
            },
        ),
        (_, Focus::Results) => {
            if len == 0 {
                "Search".to_string()
            } else {
                format!("Search · result {at}")
            }
        }
        (_, Focus::Related) => {
            let mut path = vec![app.pane.title().to_string()];
            let opened = app.history.iter().filter_map(|place| place.detail.as_ref());
            for detail in opened.chain(app.detail.as_ref()) {
                path.push(app.brief.id_of(detail.item).unwrap_or_default().to_string());
            }
            match app.detail.as_ref() {
                Some(detail) if detail.on_text => format!("{} · text", path.join(" › ")),
                _ => format!("{} · related {at}", path.join(" › ")),
            }
        }
        (_, Focus::Pane(pane)) => format!("{} · item {at}", pane.title()),
    }
}

/// `text` cut from the left to `width` cells, marked with `…`: the end of a path is the
/// part that says where the reader is.
pub fn cut_left(text: &str, width: usize) -> String {
    if width_of(text) <= width {
        return text.to_string();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = width_of(&c.to_string());
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

/// Hints that stay on the line however narrow it gets, in this order at the right end:
/// the way to every other key, the way out, the way back to the Library pane, and in a
/// detail the way in.
fn kept(app: &App, word: &str) -> bool {
    match word {
        "help" | "quit" | "library" => true,
        "open" => app.detail.is_some(),
        _ => false,
    }
}

/// While every brief is read, what the status line says of it (unless something else is
/// said): in the Library pane, where Esc stops it, and over All briefs read again by `r`.
fn reading_status(app: &App) -> Option<crate::app::Status> {
    app.shelf
        .as_ref()
        .and_then(|shelf| shelf.reading)
        .filter(|_| matches!(app.mode, Mode::Library | Mode::Browse))
        .map(|reading| crate::app::Status {
            kind: StatusKind::Info,
            text: match keymap::hint_keys(Mode::Library, "back") {
                Some(keys) if app.mode == Mode::Library => {
                    format!("{} · {keys} stops", crate::content::reading_note(reading))
                }
                _ => crate::content::reading_note(reading),
            },
        })
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    // The whole path, cut from the left so where the reader is stays, in at most half the
    // line: the rest is for the keys.
    let place = format!(" {} ", cut_left(&location(app), (width / 2).max(8)));
    let mut spans = vec![
        Span::styled(place.clone(), theme.tab_active),
        Span::raw(" "),
    ];
    let mut used = width_of(&place) + 1;
    let mut hints = keymap::hints(app.mode);
    if !app.can_go_back() {
        hints.retain(|(_, word)| *word != "back");
    }
    if app.mode == Mode::Library && !app.can_compare() {
        hints.retain(|(_, word)| *word != "diff");
    }
    if app.pane != crate::app::Pane::Positions || app.detail.is_some() {
        hints.retain(|(_, word)| *word != "cell");
    }
    // `y` copies the item's quote: not offered where there is none (an actor).
    if app.mode == crate::app::Mode::Browse
        && app
            .current_item()
            .and_then(|item| app.brief.quote_of(item))
            .is_none()
    {
        hints.retain(|(_, word)| *word != "copy");
    }
    // At the top of a brief of the shelf, back is the way to the Library pane: say so.
    if app.at_top_of_shelf() {
        for (_, word) in &mut hints {
            if *word == "back" {
                *word = "library";
            }
        }
    }
    // In a detail the same keys do other things (`App::detail_key`): say which.
    if let Some(detail) = &app.detail {
        for (_, word) in &mut hints {
            *word = match (*word, detail.on_text) {
                ("move", true) => "scroll",
                ("pane", true) => "related",
                ("pane", false) => "text",
                (word, _) => word,
            };
        }
    }
    let piece_width = |keys: &str, word: &str| width_of(keys) + 1 + width_of(word) + 2;
    // The kept hints are reserved first; the others fill what is left, in table order.
    let reserved: usize = hints
        .iter()
        .filter(|(_, word)| kept(app, word))
        .map(|(keys, word)| piece_width(keys, word))
        .sum();
    let help = hints
        .iter()
        .position(|(_, word)| *word == "help")
        .map(|at| hints.remove(at));
    let reading = reading_status(app);
    if let Some(status) = app.status.as_ref().or(reading.as_ref()) {
        let style = match status.kind {
            StatusKind::Info => theme.info,
            StatusKind::Error => theme.error,
        };
        // The message first; "? help" at the right end when both fit.
        let reserved = help
            .as_ref()
            .map_or(0, |(keys, word)| piece_width(keys, word));
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
        let mut reserved = reserved;
        for (keys, word) in hints.into_iter().chain(help) {
            let piece = piece_width(&keys, word);
            let keep = kept(app, word);
            if keep {
                reserved = reserved.saturating_sub(piece);
            }
            if used + piece + reserved > width {
                continue;
            }
            spans.push(Span::styled(keys, theme.key));
            spans.push(Span::styled(format!(" {word}  "), theme.muted));
            used += piece;
        }
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// After a failed reload or opening: every problem, in a box headed by what failed
/// (`App::errors_title`), above the status line, until the next key.
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
    let block = crate::ui::block(theme, format!(" {} ", app.errors_title), true);
    ratatui::widgets::Widget::render(
        ratatui::widgets::Paragraph::new(lines).block(block),
        area,
        buf,
    );
}
