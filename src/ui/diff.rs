//! The diff view: what changed between two versions of a report. Above, the changes grouped
//! added, removed, changed (`+`, `−`, `~`); below, the selected change's fields and both
//! quotes side by side, or stacked when narrow.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::app::{App, Mode, VersionDiff};
use crate::content::diff::{
    change_lines, change_title, changed_fields, group_heading, item_word, kind_style, mark, summary,
};
use crate::layout::{diff_split, fit, truncate, width_of};
use crate::library::{Change, ChangeKind};
use crate::theme::Theme;
use crate::ui::{block, draw_row, row_style, visible};

/// A row of the list of changes.
enum Row<'a> {
    /// The brief's own facts that changed (title, date…), on one line.
    Meta(String),
    Heading(ChangeKind, usize),
    /// A change, by its index in the diff.
    Change(usize, &'a Change),
}

fn rows(view: &VersionDiff) -> Vec<Row<'_>> {
    let mut rows = Vec::new();
    if !view.diff.meta.is_empty() {
        let facts: Vec<String> = view
            .diff
            .meta
            .iter()
            .map(|f| format!("{}: {} → {}", f.field, f.old, f.new))
            .collect();
        rows.push(Row::Meta(facts.join(" · ")));
    }
    let mut group = None;
    for (index, change) in view.diff.changes.iter().enumerate() {
        if group != Some(change.kind) {
            group = Some(change.kind);
            rows.push(Row::Heading(change.kind, view.count(change.kind)));
        }
        rows.push(Row::Change(index, change));
    }
    rows
}

/// Draws the diff view over `body`.
pub fn render(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) {
    let Some(view) = &app.diff else { return };
    Clear.render(body, buf);
    let (list_area, text_area) = diff_split(Some(view), body);
    render_list(view, theme, list_area, buf);
    let title = match view.selected() {
        Some(_) => format!(
            " Change {} of {} ",
            view.list.selected + 1,
            view.diff.changes.len()
        ),
        None => " Change ".to_string(),
    };
    let outer = block(theme, title, false);
    let inner = outer.inner(text_area);
    let lines = change_lines(view, theme, usize::from(inner.width));
    let below = lines
        .len()
        .saturating_sub(usize::from(view.scroll) + usize::from(inner.height));
    let outer = if below > 0 {
        let keys = crate::keymap::hint_keys(Mode::Diff, "scroll")
            .map_or_else(String::new, |keys| format!(" · {keys} scrolls"));
        outer.title_bottom(Line::styled(
            format!(
                " ▼ {below} more {}{keys} ",
                if below == 1 { "row" } else { "rows" }
            ),
            theme.key,
        ))
    } else {
        outer
    };
    outer.render(text_area, buf);
    Paragraph::new(lines)
        .scroll((view.scroll, 0))
        .render(inner, buf);
}

fn render_list(view: &VersionDiff, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let outer = block(theme, format!(" What changed · {} ", summary(view)), true);
    let inner = outer.inner(area);
    outer.render(area, buf);
    if inner.height == 0 {
        return;
    }
    let rows = rows(view);
    if view.diff.changes.is_empty() {
        let note = "No changes to events, figures, positions or actors.";
        let y = inner.y + u16::try_from(rows.len()).unwrap_or(0).min(inner.height - 1);
        buf.set_line(
            inner.x + 2,
            y,
            &Line::styled(note, theme.muted),
            inner.width.saturating_sub(2),
        );
    }
    // Rebuilt each frame from the selection alone: the list scrolls just enough to show it.
    let at = rows
        .iter()
        .position(|row| matches!(row, Row::Change(i, _) if *i == view.list.selected))
        .unwrap_or(0);
    let offset = at.saturating_sub(usize::from(inner.height).saturating_sub(1));
    let width = usize::from(inner.width).saturating_sub(2);
    for (line, index) in visible(rows.len(), offset, inner.height).enumerate() {
        let y = inner.y + u16::try_from(line).unwrap_or(u16::MAX);
        match &rows[index] {
            Row::Meta(text) => {
                let spans = vec![Span::styled(truncate(text, width), theme.muted)];
                draw_row(buf, inner, y, "  ", theme.base, spans);
            }
            Row::Heading(kind, count) => {
                let spans = vec![Span::styled(group_heading(*kind, *count), theme.title)];
                draw_row(buf, inner, y, "", theme.base, spans);
            }
            Row::Change(i, change) => {
                let (marker, style) = row_style(theme, *i == view.list.selected, true);
                draw_row(
                    buf,
                    inner,
                    y,
                    marker,
                    style,
                    change_spans(change, theme, width),
                );
            }
        }
    }
}

/// `+ event    Congress notified`; a change adds its fields: `~ figure   Sales · value`.
fn change_spans(change: &Change, theme: &Theme, width: usize) -> Vec<Span<'static>> {
    let lead = format!(
        "{} {} ",
        mark(change.kind),
        fit(item_word(change.section), 8)
    );
    let fields = changed_fields(change);
    let tail = if fields.is_empty() {
        String::new()
    } else {
        format!(" · {fields}")
    };
    let room = width.saturating_sub(width_of(&lead) + width_of(&tail));
    vec![
        Span::styled(lead, kind_style(theme, change.kind)),
        Span::raw(truncate(change_title(change), room)),
        Span::styled(tail, theme.changed),
    ]
}

/// The header while the diff view is up: the report, and the dates of the two versions
/// compared (their ids head the quotes' columns).
pub fn draw_header(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(view) = &app.diff else { return };
    Clear.render(area, buf);
    let left = format!(" What changed · {}", view.new.title);
    let right = format!("{} → {} ", view.old.published, view.new.published);
    let width = usize::from(area.width);
    let right = truncate(
        &right,
        width.saturating_sub(width_of(&left) + 1).max(width / 2),
    );
    let left = truncate(&left, width.saturating_sub(width_of(&right)));
    let gap = width.saturating_sub(width_of(&left) + width_of(&right));
    let line = Line::from(vec![
        Span::styled(left, theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.muted),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}
