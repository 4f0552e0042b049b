//! The timeline pane: events in order, grouped by year, each date at its own precision;
//! relative and undated events marked as such, and a compact axis over the years.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Pane};
use crate::brief::{BriefDate, Point, TimelineEvent};
use crate::theme::Theme;
use crate::ui::{block, draw_row, fit, row_style, split_body, visible, width_of};

/// The mark before an event: solid when the text dates it, hollow when it does not.
pub fn marker(date: &BriefDate) -> &'static str {
    match date {
        BriefDate::Point(_) => "●",
        BriefDate::Span(..) => "◆",
        BriefDate::Before(_) | BriefDate::After(_) | BriefDate::Undated => "○",
    }
}

/// The year column: the year on the first event of each group, blank below it.
fn year_label(events: &[TimelineEvent], index: usize) -> String {
    let year = |i: usize| events.get(i).map(|e| e.date.year());
    let this = year(index).flatten();
    if index > 0 && year(index - 1).flatten() == this {
        return String::new();
    }
    // The undated group's date column says "undated" on every row: a dash is enough here.
    this.map_or_else(|| "—".to_string(), |y| y.to_string())
}

/// The date column never takes more cells than this: "15 May 1862" fits, and the rarer
/// spans and relative dates ("after 15 May 2021") take the room they need in their own row
/// rather than widening every row.
pub const DATE_COLUMN: usize = 11;

/// Cells of the year column (with a space before its rule) and of the date column: the
/// widest year (four digits but for very old or far dates) and the widest date, at most
/// `DATE_COLUMN`. Stops looking at dates once one fills the column, so a long timeline costs
/// little on each frame.
fn column_widths(events: &[TimelineEvent]) -> (usize, usize) {
    let year_width = events
        .iter()
        .filter_map(|e| e.date.year())
        .map(|y| {
            if (1000..=9999).contains(&y) {
                4
            } else {
                y.to_string().len()
            }
        })
        .max()
        .unwrap_or(0)
        .max(4)
        + 1;
    let mut date_width = 0;
    for event in events {
        date_width = date_width.max(width_of(&event.date.short()).min(DATE_COLUMN));
        if date_width == DATE_COLUMN {
            break;
        }
    }
    (year_width, date_width)
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (list_area, preview_area) = split_body(area);
    let events = &app.brief.timeline;
    let list = app.list(Pane::Timeline);
    let outer = block(theme, " Timeline · by year ", true).title_bottom(Line::styled(
        " ● dated  ◆ span  ○ relative or undated ",
        theme.muted,
    ));
    let rows = outer.inner(list_area);
    outer.render(list_area, buf);
    let (year_width, date_width) = column_widths(events);
    // The mark, the year and its rule, the event's mark, the date and two spaces.
    let lead = 2 + year_width + 1 + 2 + date_width + 2;
    let title_room = usize::from(rows.width).saturating_sub(lead);
    let tag_width = crate::ui::brief_column_width(app, title_room);
    for (row, index) in visible(events.len(), list.offset, rows.height).enumerate() {
        let event = &events[index];
        let (mark, style) = row_style(theme, index == list.selected, true);
        let date_style = if event.date.is_inexact() {
            theme.inexact
        } else {
            theme.base
        };
        let (brief, title) = app.split_mark(&event.title);
        // A date wider than the column keeps its cells: the title moves over for that row.
        let date = event.date.short();
        let overflow = width_of(&date).saturating_sub(date_width);
        let title_width = (title_room - tag_width).saturating_sub(overflow);
        let mut spans = vec![
            Span::styled(fit(&year_label(events, index), year_width), theme.label),
            Span::styled("│", theme.muted),
            Span::styled(format!("{} ", marker(&event.date)), date_style),
            Span::styled(format!("{date:<date_width$}"), date_style),
            Span::raw("  "),
        ];
        spans.extend(crate::ui::brief_column(brief, tag_width, theme));
        spans.push(Span::raw(fit(title, title_width)));
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
    render_preview(app, theme, preview_area, buf);
}

fn render_preview(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let outer = block(theme, " Event ", false);
    let inner = outer.inner(area);
    outer.render(area, buf);
    let Some(event) = app.brief.timeline.get(app.list(Pane::Timeline).selected) else {
        return;
    };
    let mut lines = axis_lines(app, theme, event, inner.width);
    lines.push(Line::raw(""));
    lines.push(Line::styled(event.title.clone(), theme.title));
    let date_style = if event.date.is_inexact() {
        theme.inexact
    } else {
        theme.label
    };
    let mut date = vec![Span::styled(event.date.long(), date_style)];
    if matches!(event.date, BriefDate::Before(_) | BriefDate::After(_)) {
        date.push(Span::styled(" (exact date not given)", theme.inexact));
    }
    lines.push(Line::from(date));
    if let Some(note) = &event.date_note {
        lines.push(Line::styled(format!("Date: {note}"), theme.inexact));
    }
    lines.push(Line::raw(""));
    lines.push(Line::raw(event.detail.clone()));
    let who: Vec<&str> = event
        .actors
        .iter()
        .map(|a| app.brief.actor_name(a))
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("Actors ", theme.label),
        Span::raw(who.join(", ")),
    ]));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

/// Fractional year of a point, for placing it on the axis.
fn when(point: Point) -> f64 {
    match point {
        Point::Day { year, month, day } => {
            f64::from(year) + (f64::from(month) - 1.0) / 12.0 + f64::from(day) / 366.0
        }
        Point::Month { year, month } => f64::from(year) + (f64::from(month) - 0.5) / 12.0,
        Point::Year(year) => f64::from(year) + 0.5,
    }
}

fn anchor(date: &BriefDate) -> Option<(f64, Option<f64>)> {
    match date {
        BriefDate::Point(point) | BriefDate::Before(point) | BriefDate::After(point) => {
            Some((when(*point), None))
        }
        BriefDate::Span(start, end) => Some((when(*start), Some(when(*end)))),
        BriefDate::Undated => None,
    }
}

/// A one-line axis from the first to the last dated year, every event marked and the
/// selected one emphasised, and a note when the selected event cannot be placed.
fn axis_lines(
    app: &App,
    theme: &Theme,
    selected: &TimelineEvent,
    width: u16,
) -> Vec<Line<'static>> {
    let dated: Vec<(f64, Option<f64>)> = app
        .brief
        .timeline
        .iter()
        .filter_map(|e| anchor(&e.date))
        .collect();
    let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.0).min_by(f64::total_cmp),
        dated
            .iter()
            .map(|d| d.1.unwrap_or(d.0))
            .max_by(f64::total_cmp),
    ) else {
        return vec![Line::styled(
            "No dated events to place on an axis.",
            theme.muted,
        )];
    };
    let first_year = first.floor();
    let last_year = last.floor();
    let left = format!("{first_year:.0} ");
    let right = format!(" {last_year:.0}");
    let cells = usize::from(width).saturating_sub(left.len() + right.len());
    if cells < 4 {
        return Vec::new();
    }
    let span = (last_year + 1.0 - first_year).max(1.0);
    let column = |t: f64| -> usize { crate::ui::cells_for((t - first_year) / span, cells - 1) };
    let mut axis: Vec<char> = vec!['─'; cells];
    for (start, end) in &dated {
        if let Some(end) = end {
            for cell in axis.iter_mut().take(column(*end) + 1).skip(column(*start)) {
                *cell = '━';
            }
        }
        axis[column(*start)] = '●';
    }
    let chosen = anchor(&selected.date).map(|(start, end)| (column(start), end.map(column)));
    let mut spans = vec![Span::styled(left, theme.muted)];
    // One span per run of cells in the same style, not one per cell.
    let mut run = String::new();
    let mut run_here = false;
    for (i, c) in axis.into_iter().enumerate() {
        let here = chosen.is_some_and(|(s, e)| i == s || e.is_some_and(|e| (s..=e).contains(&i)));
        if here != run_here && !run.is_empty() {
            let style = if run_here {
                theme.selected
            } else {
                theme.muted
            };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_here = here;
        run.push(if here && c != '━' { '◉' } else { c });
    }
    if !run.is_empty() {
        let style = if run_here {
            theme.selected
        } else {
            theme.muted
        };
        spans.push(Span::styled(run, style));
    }
    spans.push(Span::styled(right, theme.muted));
    let mut lines = vec![Line::from(spans)];
    let note = match &selected.date {
        BriefDate::Undated => Some("not on the axis: the text gives no date"),
        BriefDate::Before(_) => Some("marked at the date it happened before"),
        BriefDate::After(_) => Some("marked at the date it happened after"),
        _ => None,
    };
    if let Some(note) = note {
        lines.push(Line::styled(note, theme.inexact));
    }
    lines
}
