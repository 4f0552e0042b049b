//! The views: `render(&App, &Theme, frame)` draws the header, tabs, body and status line,
//! dispatching to one module per pane, overlay or slide kind, plus the drawing helpers they
//! share (blocks, list rows, previews). Where things go comes from `layout`, the same
//! numbers `update` and the mouse use; which style they take comes from the `Theme`.

pub mod actors;
pub mod chrome;
pub mod detail;
pub mod diff;
pub mod figures;
pub mod help;
pub mod library;
pub mod positions;
pub mod search;
pub mod slides;
pub mod status_bar;
pub mod summary;
pub mod timeline;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

use crate::app::{App, Mode, Pane};
use crate::theme::Theme;

pub use crate::content::{counted, item_counts, item_line, section_tag};
pub use crate::layout::{
    Areas, MIN_HEIGHT, MIN_WIDTH, WIDE, areas, cells_for, fit, header_rows, inner, pane_split,
    split_body, split_detail, tab_spans, tail_within, too_small, truncate, width_of, wrap,
};

/// Draws the whole screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    draw(app, theme, frame.area(), frame.buffer_mut());
}

/// Draws into any buffer, for tests and benchmarks as much as the terminal.
pub fn draw(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if app.mode == Mode::Present
        && let Some(slides) = &app.slides
    {
        let screen = slides::SlideScreen {
            deck: &slides.deck,
            state: &slides.talk,
            theme: &theme.slides,
            role: slides.role,
            leaves: !slides.leave_quits,
        };
        slides::render(&screen, area, buf);
        return;
    }
    if too_small(area) {
        // Keys are typed blind here: say which still act (`keymap::action_for_app`).
        let mut quit = crate::keymap::quit_keys();
        let ctrl_c = crate::keymap::TERMINAL_KEYS[0].0;
        if !quit.contains(&ctrl_c) {
            quit.push(ctrl_c);
        }
        let quit: Vec<String> = quit.into_iter().map(crate::keymap::Key::name).collect();
        let suspend = crate::keymap::TERMINAL_KEYS[1].0.name();
        let note = Paragraph::new(vec![
            Line::styled("Terminal too small", theme.title),
            Line::raw(format!(
                "{}×{}: needs {MIN_WIDTH}×{MIN_HEIGHT}",
                area.width, area.height
            )),
            Line::styled(
                format!("{} quit · {suspend} suspend", quit.join("/")),
                theme.key,
            ),
        ])
        .wrap(Wrap { trim: true });
        ratatui::widgets::Widget::render(note, area, buf);
        return;
    }
    let areas = areas(area);
    chrome::draw_header(app, theme, areas.header, buf);
    chrome::draw_tabs(app, theme, areas.tabs, buf);
    match &app.detail {
        Some(detail) => detail::render(app, theme, detail, areas.body, buf),
        None => match app.pane {
            Pane::Summary => summary::render(app, theme, areas.body, buf),
            Pane::Timeline => timeline::render(app, theme, areas.body, buf),
            Pane::Figures => figures::render(app, theme, areas.body, buf),
            Pane::Positions => positions::render(app, theme, areas.body, buf),
            Pane::Actors => actors::render(app, theme, areas.body, buf),
        },
    }
    // The help opened from the Library pane or the diff view is drawn over them.
    let beneath = if app.mode == Mode::Help {
        app.before_help
    } else {
        app.mode
    };
    match beneath {
        Mode::Library => library::render(app, theme, areas.body, buf),
        Mode::Diff => diff::render(app, theme, areas.body, buf),
        Mode::Search => search::render(app, theme, areas.body, buf),
        Mode::Browse | Mode::Help | Mode::Present => {}
    }
    if app.mode == Mode::Help {
        help::render(app, theme, areas.body, buf);
    }
    status_bar::render_problems(app, theme, areas.body, buf);
    status_bar::render(app, theme, areas.status, buf);
    match beneath {
        Mode::Library => library::draw_header(app, theme, areas.header, buf),
        Mode::Diff => diff::draw_header(app, theme, areas.header, buf),
        _ => {}
    }
}

/// A bordered block, brighter when it holds the focus.
pub fn block<'a>(theme: &Theme, title: impl Into<Line<'a>>, focused: bool) -> Block<'a> {
    let style = if focused {
        theme.border_focus
    } else {
        theme.border
    };
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(style)
        .title(title)
}

/// One line of a preview: text that may wrap, or an item kept to one row.
pub enum PreviewLine {
    Text(Line<'static>),
    Item(Line<'static>),
}

/// The lines of a preview fitted to `area`: items cut to one row each, and when not
/// everything fits, a last row saying how many items are left out and how to see them.
pub fn fit_preview(
    theme: &Theme,
    lines: Vec<PreviewLine>,
    area: Rect,
    more: &str,
) -> Vec<Line<'static>> {
    let width = usize::from(area.width).max(1);
    let height = usize::from(area.height);
    let rows = |line: &PreviewLine| match line {
        PreviewLine::Text(line) => wrap(&line.to_string(), width).len().max(1),
        PreviewLine::Item(_) => 1,
    };
    let total: usize = lines.iter().map(rows).sum();
    let fits = total <= height;
    let mut used = 0;
    let mut out = Vec::new();
    let mut left_out = 0;
    for line in lines {
        let need = rows(&line);
        let room = if fits {
            height
        } else {
            height.saturating_sub(1)
        };
        if used + need > room || left_out > 0 {
            left_out += usize::from(matches!(line, PreviewLine::Item(_)));
            continue;
        }
        used += need;
        out.push(match line {
            PreviewLine::Text(line) => line,
            PreviewLine::Item(line) => cut_line(line, width),
        });
    }
    if !fits && height > 0 {
        let sign = if left_out > 0 {
            format!("▼ {left_out} more · {more}")
        } else {
            format!("▼ {more}")
        };
        out.push(Line::styled(truncate(&sign, width), theme.key));
    }
    out
}

/// A line cut to `width` cells, its spans' styles kept, "…" where it was cut.
fn cut_line(line: Line<'static>, width: usize) -> Line<'static> {
    if width_of(&line.to_string()) <= width {
        return line;
    }
    let mut left = width;
    let mut spans = Vec::new();
    for span in line.spans {
        if left == 0 {
            break;
        }
        let text = span.content.to_string();
        let cut = if width_of(&text) < left {
            text
        } else {
            truncate(&text, left)
        };
        left = left.saturating_sub(width_of(&cut));
        spans.push(Span::styled(cut, span.style));
    }
    Line::from(spans)
}

/// Text with some characters (by index) in another style.
pub fn marked_spans<'a>(
    text: &str,
    positions: &[usize],
    base: Style,
    mark: Style,
) -> Vec<Span<'a>> {
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut run = String::new();
    let mut run_marked = false;
    for (index, c) in text.chars().enumerate() {
        let marked = positions.binary_search(&index).is_ok();
        if marked != run_marked && !run.is_empty() {
            let style = if run_marked { mark } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_marked = marked;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_marked { mark } else { base }));
    }
    spans
}

/// A row keeps at least this many cells for its title before it gives any to a brief column.
pub const TITLE_ROOM: usize = 24;

/// Cells the All-briefs scope's brief column takes in a row whose title would otherwise have
/// `room` cells, its gap included; 0 elsewhere, and where the title would be left fewer than
/// `TITLE_ROOM` cells (the title comes first: the preview and the detail name the brief).
pub fn brief_column_width(app: &App, room: usize) -> usize {
    match app.tag_width() {
        0 => 0,
        width if room < width + 2 + TITLE_ROOM => 0,
        width => width + 2,
    }
}

/// The brief column of a row in the All-briefs scope: the brief's tag, muted, padded to
/// `width` cells (`brief_column_width`); nothing when the scope has no such column.
pub fn brief_column(tag: Option<&str>, width: usize, theme: &Theme) -> Option<Span<'static>> {
    (width > 0).then(|| {
        let tag = truncate(tag.unwrap_or(""), width.saturating_sub(2));
        Span::styled(fit(&tag, width), theme.muted)
    })
}

/// A list's first visible row after `offset`, for drawing rows by hand.
pub fn visible(len: usize, offset: usize, height: u16) -> std::ops::Range<usize> {
    let start = offset.min(len);
    start..(start + usize::from(height)).min(len)
}

/// The marker and style of a list row: "▶ " and the selection style when selected.
pub fn row_style(theme: &Theme, selected: bool, focused: bool) -> (&'static str, Style) {
    match (selected, focused) {
        (true, true) => ("▶ ", theme.selected),
        (true, false) => ("▷ ", theme.selected_dim),
        _ => ("  ", theme.base),
    }
}

/// Draws one list row: marker, then the spans, the whole row in the row style.
pub fn draw_row(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    marker: &str,
    style: Style,
    spans: Vec<Span>,
) {
    if y >= area.bottom() {
        return;
    }
    // Only the marker and the text take the row style, not the padding after it: a
    // selection move then rewrites fewer cells.
    let mut all = vec![Span::styled(marker.to_string(), style)];
    all.extend(
        spans
            .into_iter()
            .map(|span| Span::styled(span.content, span.style.patch(style))),
    );
    while all.len() > 1
        && all
            .last()
            .is_some_and(|span| span.content.trim().is_empty())
    {
        all.pop();
    }
    if let Some(last) = all.last_mut() {
        let trimmed = last.content.trim_end().to_string();
        last.content = trimmed.into();
    }
    // Cut what does not fit, and say so with "…".
    let mut room = usize::from(area.width);
    let mut cut_at = None;
    for (index, span) in all.iter_mut().enumerate() {
        let width = span.width();
        if width > room {
            span.content = truncate(span.content.trim_end(), room).into();
            cut_at = Some(index + 1);
            break;
        }
        room -= width;
    }
    if let Some(len) = cut_at {
        all.truncate(len);
    }
    buf.set_line(area.x, y, &Line::from(all), area.width);
}

#[cfg(test)]
mod tests;
