//! The Library pane: the filter, then "All briefs" and one row per brief (date, title,
//! series and number, counts), or a broken file with its first located problem.

use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use crate::app::{App, Mode, Scope, Shelf, ShelfRow};
use crate::content::counted;
use crate::library::Entry;
use crate::theme::Theme;
use crate::ui::{block, draw_row, row_style, truncate, visible};

/// Draws the Library pane over `body`.
pub fn render(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) {
    let Some(shelf) = &app.shelf else { return };
    Clear.render(body, buf);
    let title = format!(" Library · {} ", shelf_count(shelf));
    let help = crate::keymap::hint_keys(Mode::Library, "help")
        .map_or_else(String::new, |keys| format!("· {keys} every key "));
    let outer = block(theme, title, true)
        .title_bottom(Line::styled(format!(" type to filter {help}"), theme.muted));
    let inner = outer.inner(body);
    outer.render(body, buf);
    if inner.height == 0 {
        return;
    }
    // A filter shown again is selected: the next character typed replaces it.
    let filter = if shelf.filter_selected {
        Span::styled(shelf.filter.clone(), theme.selected)
    } else {
        Span::raw(shelf.filter.clone())
    };
    let prompt = Line::from(vec![
        Span::styled("Filter: ", theme.key),
        filter,
        Span::styled("▏", theme.key),
    ]);
    buf.set_line(inner.x, inner.y, &prompt, inner.width);
    let rows = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    // Rebuilt each frame from the selection alone: the list scrolls just enough to show it.
    let offset = shelf
        .list
        .selected
        .saturating_sub(usize::from(rows.height).saturating_sub(1));
    let width = usize::from(rows.width).saturating_sub(2);
    for (row, index) in visible(shelf.len(), offset, rows.height).enumerate() {
        let (mark, style) = row_style(theme, index == shelf.list.selected, true);
        let spans = match shelf.row(index) {
            Some(ShelfRow::All) => all_spans(shelf, theme, width),
            Some(ShelfRow::Brief(entry)) => {
                let versions = shelf.versions_of(&entry.id).len() + 1;
                entry_spans(entry, theme, width, current(app, &entry.id), versions)
            }
            None => continue,
        };
        let y = rows.y + u16::try_from(row).unwrap_or(u16::MAX);
        draw_row(buf, rows, y, mark, style, spans);
    }
    if shelf.shown.is_empty() && !shelf.filter.is_empty() && rows.height > 1 {
        let note = Line::styled(
            format!("No brief matches \"{}\".", shelf.filter),
            theme.error,
        );
        buf.set_line(rows.x + 2, rows.y + 1, &note, rows.width.saturating_sub(2));
    }
}

fn current(app: &App, id: &str) -> bool {
    app.shelf
        .as_ref()
        .and_then(|s| s.scope.as_ref())
        .is_some_and(|scope| *scope == Scope::Brief(id.to_string()))
}

/// How many briefs the folder holds, and how many of them are broken (`11 briefs, 2
/// broken`), so the count agrees with the "All briefs" row, which merges those that load.
fn shelf_count(shelf: &Shelf) -> String {
    let all = counted(shelf.entries.len(), "brief", "briefs");
    match shelf.entries.len() - shelf.loadable() {
        0 => all,
        broken => format!("{all}, {broken} broken"),
    }
}

fn all_spans(shelf: &Shelf, theme: &Theme, width: usize) -> Vec<Span<'static>> {
    if let Some(reading) = shelf.reading {
        let stop = crate::keymap::hint_keys(Mode::Library, "back")
            .map_or_else(String::new, |keys| format!(" ({keys} stops)"));
        let text = format!(
            "All briefs: {}{stop}",
            crate::content::reading_note(reading)
        );
        return vec![Span::styled(truncate(&text, width), theme.info)];
    }
    let text = format!(
        "All briefs: {} merged (timeline, actors, figures, search)",
        counted(shelf.loadable(), "brief", "briefs")
    );
    vec![Span::styled(truncate(&text, width), theme.title)]
}

/// `2021-03-15  Taiwan: Arms Sales · CRS In Focus IF11175 · 2 versions · 3 events, 2
/// figures…` (`versions` counting this one, said when more than one); a broken file as
/// `id  broken: file:line:column: message`.
fn entry_spans(
    entry: &Entry,
    theme: &Theme,
    width: usize,
    open: bool,
    versions: usize,
) -> Vec<Span<'static>> {
    let Some(summary) = &entry.summary else {
        let problem = entry.problems.first().map_or("", String::as_str);
        let text = truncate(&format!("{}  broken: {problem}", entry.id), width);
        return vec![Span::styled(text, theme.error)];
    };
    let date = format!("{:<10}  ", summary.published);
    let mut rest = summary.title.clone();
    let series: Vec<&str> = [summary.series.as_deref(), summary.number.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !series.is_empty() {
        rest.push_str(" · ");
        rest.push_str(&series.join(" "));
    }
    if versions > 1 {
        let _ = write!(rest, " · {versions} versions");
    }
    let c = summary.counts;
    let _ = write!(
        rest,
        " · {}, {}, {}, {}",
        counted(c.events, "event", "events"),
        counted(c.figures, "figure", "figures"),
        counted(c.positions, "position", "positions"),
        counted(c.actors, "actor", "actors")
    );
    if open {
        rest.push_str(" (open)");
    }
    let room = width.saturating_sub(date.len());
    vec![
        Span::styled(date, theme.muted),
        Span::raw(truncate(&rest, room)),
    ]
}

/// The header while the Library pane is up: what it lists, and which brief is open.
pub fn draw_header(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(shelf) = &app.shelf else { return };
    Clear.render(area, buf);
    let left = format!(" Library · {}", shelf_count(shelf));
    let right = match &shelf.scope {
        Some(_) => format!("open: {} ", app.brief.meta.title),
        None => "nothing open yet ".to_string(),
    };
    let width = usize::from(area.width);
    let right = truncate(&right, width.saturating_sub(crate::ui::width_of(&left) + 1));
    let gap = width.saturating_sub(crate::ui::width_of(&left) + crate::ui::width_of(&right));
    let line = Line::from(vec![
        Span::styled(left, theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.muted),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}
