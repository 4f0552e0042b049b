//! `render(&App, frame)`: the outer layout (header, tabs, body, status line), the dispatch to
//! each pane's view, and the geometry that `update` and mouse handling share with drawing.

pub mod actors;
pub mod detail;
pub mod figures;
pub mod help;
pub mod positions;
pub mod search;
pub mod slides;
pub mod status_bar;
pub mod summary;
pub mod timeline;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

use crate::action::Action;
use crate::app::{App, Focus, Mode, Pane};
use crate::brief::{ItemRef, Section};

/// Below this size the layout cannot be read; a note says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// From this width on, the list and its preview sit side by side; below, they are stacked.
pub const WIDE: u16 = 100;

/// The outer regions of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let [header, tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    Areas {
        header,
        tabs,
        body,
        status,
    }
}

/// The body split into the list (or detail text) and its companion.
pub fn split_body(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(48), Constraint::Percentage(52)])
                .areas(body);
        (left, right)
    } else {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body);
        (top, bottom)
    }
}

/// The body of an open detail: its text, and the related items (larger share to the text).
pub fn split_detail(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(body);
        (left, right)
    } else {
        let [top, bottom] =
            Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
        (top, bottom)
    }
}

/// A pane's list and preview areas.
pub fn pane_split(pane: Pane, body: Rect) -> (Rect, Rect) {
    if pane == Pane::Positions {
        positions::split(body)
    } else {
        split_body(body)
    }
}

/// Rows above a pane's list rows for column headings.
pub fn header_rows(pane: Pane) -> u16 {
    u16::from(matches!(pane, Pane::Figures | Pane::Actors))
}

fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Inside of a bordered block.
fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// Width and height of a pane's list rows (inside the border, below any header row).
pub fn pane_list_viewport(app: &App, pane: Pane) -> (u16, u16) {
    let (list, _) = pane_split(pane, areas(screen(app)).body);
    let rows = inner(list);
    (rows.width, rows.height.saturating_sub(header_rows(pane)))
}

/// Width and height of the open detail's related list.
pub fn related_viewport(app: &App) -> (u16, u16) {
    let (_, related) = split_detail(areas(screen(app)).body);
    let rows = inner(related);
    (rows.width, rows.height)
}

/// Width and height of the search results.
pub fn results_viewport(app: &App) -> (u16, u16) {
    let rows = search::results_area(search::popup_area(areas(screen(app)).body));
    (rows.width, rows.height)
}

/// The focused list's viewport, for paging.
pub fn list_viewport(app: &App) -> (u16, u16) {
    match app.focus() {
        Focus::Pane(pane) => pane_list_viewport(app, pane),
        Focus::Related => related_viewport(app),
        Focus::Results => results_viewport(app),
    }
}

/// Rows each item of a pane's list takes at this width.
pub fn row_heights(app: &App, pane: Pane, width: u16) -> Vec<usize> {
    match pane {
        Pane::Summary => app
            .brief
            .summary
            .iter()
            .map(|paragraph| summary::item_height(&paragraph.text, width))
            .collect(),
        _ => vec![1; app.len_of(pane)],
    }
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    draw(app, frame.area(), frame.buffer_mut());
}

/// Draws into any buffer, for tests and benchmarks as much as the terminal.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if app.mode == Mode::Present
        && let Some(slides) = &app.slides
    {
        let screen = slides::SlideScreen {
            deck: &slides.deck,
            state: &slides.talk,
            theme: &slides.theme,
            role: crate::present::keys::Role::Solo,
        };
        slides::render(&screen, area, buf);
        return;
    }
    let theme = &app.theme;
    if too_small(area) {
        let note = Paragraph::new(vec![
            Line::styled("Terminal too small", theme.title),
            Line::raw(format!(
                "{}×{}: needs {MIN_WIDTH}×{MIN_HEIGHT}",
                area.width, area.height
            )),
        ])
        .wrap(Wrap { trim: true });
        ratatui::widgets::Widget::render(note, area, buf);
        return;
    }
    let areas = areas(area);
    draw_header(app, areas.header, buf);
    draw_tabs(app, areas.tabs, buf);
    match &app.detail {
        Some(detail) => detail::render(app, detail, areas.body, buf),
        None => match app.pane {
            Pane::Summary => summary::render(app, areas.body, buf),
            Pane::Timeline => timeline::render(app, areas.body, buf),
            Pane::Figures => figures::render(app, areas.body, buf),
            Pane::Positions => positions::render(app, areas.body, buf),
            Pane::Actors => actors::render(app, areas.body, buf),
        },
    }
    match app.mode {
        Mode::Search => search::render(app, areas.body, buf),
        Mode::Help => help::render(app, areas.body, buf),
        Mode::Browse | Mode::Present => {}
    }
    status_bar::render_problems(app, areas.body, buf);
    status_bar::render(app, areas.status, buf);
}

fn draw_header(app: &App, area: Rect, buf: &mut Buffer) {
    let meta = &app.brief.meta;
    let full_title = match &meta.subtitle {
        Some(subtitle) => format!("{}: {subtitle}", meta.title),
        None => meta.title.clone(),
    };
    let number = meta.number.as_ref().map(|number| format!("No. {number}"));
    let series = match (&meta.series, &number) {
        (Some(series), Some(number)) => Some(format!("{series} {number}")),
        (Some(series), None) => Some(series.clone()),
        (None, number) => number.clone(),
    };
    let join =
        |parts: [Option<String>; 2]| parts.into_iter().flatten().collect::<Vec<_>>().join(" · ");
    let long = join([series, Some(meta.published.long())]);
    let short = join([number, Some(meta.published.short())]);
    // Whole words before an ellipsis: the subtitle goes first, then the long forms on the right.
    let candidates = [
        (&full_title, &long),
        (&full_title, &short),
        (&meta.title, &long),
        (&meta.title, &short),
    ];
    let width = usize::from(area.width);
    // A space at each end, and at least two between.
    let fits = |title: &str, right: &str| width_of(title) + width_of(right) + 4 <= width;
    let (title, right) =
        if let Some((title, right)) = candidates.iter().find(|(title, right)| fits(title, right)) {
            ((*title).clone(), (*right).clone())
        } else {
            let room = width.saturating_sub(width_of(&short) + 3);
            if room >= 12 {
                (truncate(&meta.title, room), short.clone())
            } else {
                (
                    truncate(&meta.title, width.saturating_sub(1)),
                    String::new(),
                )
            }
        };
    let right = if right.is_empty() {
        right
    } else {
        format!("{right} ")
    };
    let gap = width.saturating_sub(1 + width_of(&title) + width_of(&right));
    let line = Line::from(vec![
        Span::raw(" "),
        Span::styled(title, app.theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, app.theme.muted),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// The tab labels and where each starts and ends on the tab row.
pub fn tab_spans(width: u16) -> Vec<(Pane, String, u16, u16)> {
    let long: Vec<String> = Pane::ALL
        .iter()
        .map(|pane| format!(" {} {} ", pane.index() + 1, pane.title()))
        .collect();
    let total: usize = long.iter().map(|label| width_of(label) + 1).sum::<usize>() + 1;
    let labels: Vec<String> = if total <= usize::from(width) {
        long
    } else {
        Pane::ALL
            .iter()
            .map(|pane| format!(" {} {} ", pane.index() + 1, truncate_plain(pane.title(), 4)))
            .collect()
    };
    let mut x: u16 = 1;
    labels
        .into_iter()
        .zip(Pane::ALL)
        .map(|(label, pane)| {
            let start = x;
            let end = start.saturating_add(width_of(&label) as u16);
            x = end.saturating_add(1);
            (pane, label, start, end)
        })
        .collect()
}

fn draw_tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    for (pane, label, start, end) in tab_spans(area.width) {
        if start >= area.width {
            break;
        }
        let active = pane == app.pane;
        let style = if active { theme.tab_active } else { theme.tab };
        buf.set_stringn(
            area.x + start,
            area.y,
            &label,
            usize::from(end.min(area.width) - start),
            style,
        );
    }
}

/// What a click or wheel turn at (column, row) means, if anything.
pub fn action_at(app: &App, column: u16, row: u16) -> Option<Action> {
    let area = screen(app);
    if too_small(area) || app.mode == Mode::Help {
        return None;
    }
    let areas = areas(area);
    if row == areas.tabs.y && app.mode == Mode::Browse {
        return tab_spans(areas.tabs.width)
            .into_iter()
            .find(|(_, _, start, end)| (*start..*end).contains(&column))
            .map(|(pane, ..)| Action::FocusPane(pane));
    }
    let (_, related) = split_detail(areas.body);
    match app.focus() {
        Focus::Results => {
            let rows = search::results_area(search::popup_area(areas.body));
            row_in(
                rows,
                column,
                row,
                &vec![1; app.search.hits.len()],
                app.search.list.offset,
            )
            .map(|index| click(index, app.search.list.selected))
        }
        Focus::Related => {
            let detail = app.detail.as_ref()?;
            row_in(
                inner(related),
                column,
                row,
                &vec![1; detail.related.len()],
                detail.list.offset,
            )
            .map(|index| click(index, detail.list.selected))
        }
        Focus::Pane(pane) => {
            let (list, preview) = pane_split(pane, areas.body);
            if pane == Pane::Positions
                && let Some(action) = positions::cell_at(app, preview, column, row)
            {
                return Some(action);
            }
            let mut rows = inner(list);
            rows.y += header_rows(pane);
            rows.height = rows.height.saturating_sub(header_rows(pane));
            let heights = row_heights(app, pane, rows.width);
            row_in(rows, column, row, &heights, app.list(pane).offset)
                .map(|index| click(index, app.list(pane).selected))
        }
    }
}

/// A click selects a row; a click on the row already selected opens it.
fn click(index: usize, selected: usize) -> Action {
    if index == selected {
        Action::DrillDown
    } else {
        Action::Select(index)
    }
}

/// The item index under a point of a list drawn from `offset` with these row heights.
fn row_in(rows: Rect, column: u16, row: u16, heights: &[usize], offset: usize) -> Option<usize> {
    if !rows.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let mut y = usize::from(row - rows.y);
    for (index, height) in heights.iter().enumerate().skip(offset) {
        if y < *height {
            return Some(index);
        }
        y -= height;
    }
    None
}

/// A bordered block, brighter when it holds the focus.
pub fn block<'a>(app: &App, title: impl Into<Line<'a>>, focused: bool) -> Block<'a> {
    let style = if focused {
        app.theme.border_focus
    } else {
        app.theme.border
    };
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(style)
        .title(title)
}

/// `fraction` of `cells`, rounded and clamped to `0..=cells`: for bars and axis positions.
#[allow(
    clippy::cast_precision_loss,
    clippy::cast_sign_loss,
    reason = "screen widths are far below 2^52 and the result is clamped to 0..=cells"
)]
pub fn cells_for(fraction: f64, cells: usize) -> usize {
    let x = (fraction.clamp(0.0, 1.0) * cells as f64).round();
    (x as usize).min(cells)
}

/// Display width of a string in terminal cells.
pub fn width_of(text: &str) -> usize {
    Span::raw(text).width()
}

/// "1 event", "3 figures": a count with the noun in agreement.
pub fn counted(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

/// The counts of events, figures and positions that are not zero, as a phrase:
/// "1 event and 2 positions"; empty when all are zero.
pub fn item_counts(events: usize, figures: usize, positions: usize) -> String {
    let parts: Vec<String> = [
        (events, "event", "events"),
        (figures, "figure", "figures"),
        (positions, "position", "positions"),
    ]
    .into_iter()
    .filter(|(count, _, _)| *count > 0)
    .map(|(count, one, many)| counted(count, one, many))
    .collect();
    crate::brief::join_names(&parts)
}

/// One line of a preview: text that may wrap, or an item kept to one row.
pub enum PreviewLine {
    Text(Line<'static>),
    Item(Line<'static>),
}

/// The lines of a preview fitted to `area`: items cut to one row each, and when not
/// everything fits, a last row saying how many items are left out and how to see them.
pub fn fit_preview(
    app: &App,
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
        out.push(Line::styled(truncate(&sign, width), app.theme.key));
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

/// Cuts text to `width` cells, ending with "…" when anything was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if width_of(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = width_of(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Cuts text to `width` cells without a marker (for short tab labels).
fn truncate_plain(text: &str, width: usize) -> String {
    text.chars().take(width).collect()
}

/// Pads or cuts text to exactly `width` cells.
pub fn fit(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let pad = width.saturating_sub(width_of(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

/// Word-wraps to at most `width` cells a line, keeping the text's own line breaks; a word
/// longer than a line is cut by cells, so wide characters never overflow.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word: String = word.to_string();
            while width_of(&word) > width {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let (head, rest) = split_at_width(&word, width);
                word = rest;
                lines.push(head);
            }
            if line.is_empty() {
                line = word;
            } else if width_of(&line) + 1 + width_of(&word) <= width {
                line.push(' ');
                line.push_str(&word);
            } else {
                lines.push(std::mem::replace(&mut line, word));
            }
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Splits a word where its first `width` cells end; at least one character goes first, so
/// a wide character on a one-cell line still makes progress.
fn split_at_width(word: &str, width: usize) -> (String, String) {
    let mut used = 0;
    let mut end = 0;
    for (index, c) in word.char_indices() {
        let w = width_of(c.encode_utf8(&mut [0; 4]));
        if end > 0 && used + w > width {
            break;
        }
        used += w;
        end = index + c.len_utf8();
    }
    (word[..end].to_string(), word[end..].to_string())
}

/// The label a result or related item carries: which pane it comes from.
pub fn section_tag(section: Section) -> &'static str {
    match section {
        Section::Summary => "Summary",
        Section::Timeline => "Timeline",
        Section::Figures => "Figure",
        Section::Positions => "Position",
        Section::Actors => "Actor",
        Section::Themes => "Theme",
    }
}

/// One line naming an item in a list of mixed items: a date before an event, and so on.
pub fn item_line(app: &App, item: ItemRef) -> String {
    let brief = &app.brief;
    match item.section {
        Section::Timeline => brief
            .timeline
            .get(item.index)
            .map_or_else(String::new, |event| {
                format!("{}: {}", event.date.short(), event.title)
            }),
        Section::Positions => brief
            .positions
            .get(item.index)
            .map_or_else(String::new, |p| {
                let who: Vec<String> = p
                    .actors
                    .iter()
                    .map(|a| brief.actor_name(a).to_string())
                    .collect();
                format!(
                    "{} {} · {}",
                    crate::brief::join_names(&who),
                    p.stance.verb_for(who.len()),
                    p.issue
                )
            }),
        Section::Summary => brief
            .summary
            .get(item.index)
            .map_or_else(String::new, |p| format!("¶ {}: {}", p.id, p.text)),
        _ => brief.title_of(item),
    }
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

/// A list's first visible row after `offset`, for drawing rows by hand.
pub fn visible(len: usize, offset: usize, height: u16) -> std::ops::Range<usize> {
    let start = offset.min(len);
    start..(start + usize::from(height)).min(len)
}

/// The marker and style of a list row: "▶ " and the selection style when selected.
pub fn row_style(app: &App, selected: bool, focused: bool) -> (&'static str, Style) {
    match (selected, focused) {
        (true, true) => ("▶ ", app.theme.selected),
        (true, false) => ("▷ ", app.theme.selected_dim),
        _ => ("  ", app.theme.base),
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
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::style::{Color, Modifier};

    use super::*;
    use crate::brief::load_embedded;
    use crate::keymap;
    use crate::theme::Theme;

    fn app_at(width: u16, height: u16, theme: &Theme) -> App {
        let mut app = App::new(load_embedded().unwrap(), *theme);
        app.update(Action::Resize(width, height));
        app
    }

    fn apply(app: &mut App, actions: impl IntoIterator<Item = Action>) {
        actions.into_iter().for_each(|action| app.apply(action));
    }

    fn draw_app(app: &App) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
        terminal.draw(|frame| render(app, frame)).unwrap();
        terminal
    }

    /// Where a text first appears on screen.
    fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
        for y in 0..buf.area.height {
            let row: String = (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            if let Some(byte) = row.find(text) {
                let x = row[..byte].chars().count() as u16;
                return Some((x, y));
            }
        }
        None
    }

    fn snapshot_panes(width: u16, height: u16) {
        for pane in Pane::ALL {
            let mut app = app_at(width, height, &Theme::monochrome());
            apply(&mut app, [Action::FocusPane(pane), Action::SelectNext]);
            let terminal = draw_app(&app);
            insta::assert_snapshot!(
                format!("{}_{width}x{height}", pane.title().to_lowercase()),
                terminal.backend()
            );
        }
    }

    #[test]
    fn panes_at_80x24() {
        snapshot_panes(80, 24);
    }

    #[test]
    fn panes_at_160x48() {
        snapshot_panes(160, 48);
    }

    #[test]
    fn detail_search_and_help_at_both_sizes() {
        for (width, height) in [(80, 24), (160, 48)] {
            let mut app = app_at(width, height, &Theme::monochrome());
            apply(
                &mut app,
                [
                    Action::FocusPane(Pane::Timeline),
                    Action::SelectNext,
                    Action::SelectNext,
                    Action::SelectNext,
                    Action::SelectNext,
                    Action::DrillDown,
                ],
            );
            insta::assert_snapshot!(
                format!("detail_event_{width}x{height}"),
                draw_app(&app).backend()
            );
            apply(
                &mut app,
                [
                    Action::Back,
                    Action::FocusPane(Pane::Figures),
                    Action::DrillDown,
                ],
            );
            insta::assert_snapshot!(
                format!("detail_figure_{width}x{height}"),
                draw_app(&app).backend()
            );
            apply(&mut app, [Action::Back, Action::StartSearch]);
            apply(&mut app, "pipeline".chars().map(Action::SearchInput));
            insta::assert_snapshot!(format!("search_{width}x{height}"), draw_app(&app).backend());
            apply(&mut app, [Action::SearchClear]);
            apply(&mut app, "xqzv".chars().map(Action::SearchInput));
            insta::assert_snapshot!(
                format!("search_no_match_{width}x{height}"),
                draw_app(&app).backend()
            );
            apply(&mut app, [Action::CancelSearch, Action::ToggleHelp]);
            insta::assert_snapshot!(format!("help_{width}x{height}"), draw_app(&app).backend());
        }
    }

    #[test]
    fn a_failed_reload_lists_every_problem() {
        let mut app = app_at(80, 24, &Theme::monochrome());
        apply(
            &mut app,
            [Action::ReportReloadFailure(vec![
                "/tmp/b.toml:331:1: expected `.`, `=`".to_string(),
                "/tmp/b.toml:12:9: timeline e-x: the quote is not in the source text".to_string(),
            ])],
        );
        insta::assert_snapshot!("reload_failed_80x24", draw_app(&app).backend());
    }

    #[test]
    fn too_small_says_so() {
        let app = app_at(39, 12, &Theme::monochrome());
        insta::assert_snapshot!("too_small_39x12", draw_app(&app).backend());
        for (width, height) in [(1, 1), (2, 1), (1, 3), (40, 10), (0, 0)] {
            let app = app_at(width, height, &Theme::colour());
            let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
            draw(&app, buf.area, &mut buf);
        }
    }

    #[test]
    fn selected_row_is_marked_and_reversed_without_colour() {
        let mut app = app_at(80, 24, &Theme::monochrome());
        apply(
            &mut app,
            [Action::FocusPane(Pane::Timeline), Action::SelectNext],
        );
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        let (x, y) = find(buf, "China reported to spend").unwrap();
        assert_eq!(buf[(1, y)].symbol(), "▶");
        for column in [1, x, x + 5] {
            let cell = &buf[(column, y)];
            assert!(
                cell.modifier.contains(Modifier::REVERSED | Modifier::BOLD),
                "{column}"
            );
            assert_eq!(cell.fg, Color::Reset);
            assert_eq!(cell.bg, Color::Reset);
        }
        let (x, y) = find(buf, "China-Russia trade at").unwrap();
        assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
        assert_eq!(buf[(1, y)].symbol(), " ");
    }

    #[test]
    fn selected_row_is_coloured_with_colour() {
        let mut app = app_at(80, 24, &Theme::colour());
        apply(&mut app, [Action::FocusPane(Pane::Figures)]);
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        let (x, y) = find(buf, "US$6 billion").unwrap();
        assert_eq!(buf[(x, y)].bg, Color::Cyan);
        assert_eq!(buf[(x, y)].fg, Color::Black);
    }

    #[test]
    fn counts_and_verbs_agree_with_their_numbers() {
        assert_eq!(item_counts(1, 0, 2), "1 event and 2 positions");
        assert_eq!(item_counts(3, 1, 0), "3 events and 1 figure");
        assert_eq!(item_counts(0, 0, 0), "");
        assert_eq!(crate::brief::Stance::Opposes.verb_for(2), "oppose");
        assert_eq!(crate::brief::Stance::Opposes.verb_for(1), "opposes");
        let mut app = app_at(160, 48, &Theme::monochrome());
        apply(
            &mut app,
            [Action::FocusPane(Pane::Positions), Action::SelectNext],
        );
        let screen = draw_app(&app).backend().to_string();
        assert!(screen.contains("China and Russia oppose US"), "{screen}");
        assert!(!screen.contains("Russia opposes"), "{screen}");
    }

    /// How many items a preview's "▼ N more" line says are left out.
    fn left_out(screen: &str) -> usize {
        screen
            .split("▼ ")
            .nth(1)
            .and_then(|rest| rest.split(" more").next())
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0)
    }

    /// Screen lines containing any of the marks.
    fn lines_with(screen: &str, marks: &[&str]) -> usize {
        screen
            .lines()
            .filter(|line| marks.iter().any(|mark| line.contains(mark)))
            .count()
    }

    #[test]
    fn previews_account_for_every_item_at_80x24() {
        let mut app = app_at(80, 24, &Theme::monochrome());
        for index in 0..app.brief.summary.len() {
            apply(&mut app, [Action::Select(index)]);
            let screen = draw_app(&app).backend().to_string();
            let items = app.brief.items_in_paragraph(&app.brief.summary[index].id);
            let shown = lines_with(&screen, &["│• "]);
            assert_eq!(shown + left_out(&screen), items.len(), "{screen}");
        }
        apply(&mut app, [Action::FocusPane(Pane::Actors)]);
        for index in 0..app.brief.actors.len() {
            apply(&mut app, [Action::Select(index)]);
            let screen = draw_app(&app).backend().to_string();
            let items = app.brief.items_of_actor(&app.brief.actors[index].id);
            let shown = lines_with(&screen, &["│Timeline ", "│Figure ", "│Position "]);
            assert_eq!(shown + left_out(&screen), items.len(), "{screen}");
        }
    }

    #[test]
    fn matrix_columns_follow_the_cell_cursor() {
        let mut app = app_at(80, 24, &Theme::colour());
        apply(&mut app, [Action::FocusPane(Pane::Positions)]);
        let last = app.matrix.actors.len() - 1;
        for _ in 0..app.matrix.cells.len() {
            if app.cell_col == last {
                break;
            }
            apply(&mut app, [Action::SelectNextCell]);
        }
        assert_eq!(app.cell_col, last);
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        let screen = terminal.backend().to_string();
        assert!(screen.contains("Who stands where · ◀"), "{screen}");
        let heading = positions::short_name(&app.brief, &app.matrix.actors[last], 9);
        let (x, y) = find(buf, &heading).expect("the cursor's actor heading shows");
        // Some cell in the cursor's column is drawn as the cursor.
        let cursor =
            (y + 1..buf.area.height).find(|&row| buf[(x, row)].style().bg == app.theme.selected.bg);
        assert!(cursor.is_some(), "{screen}");
        // A click on a scrolled column selects that actor's cell, not the unscrolled one.
        let position = app.list(Pane::Positions).selected;
        assert_eq!(
            action_at(&app, x, cursor.unwrap_or_default()),
            Some(Action::SelectCell {
                position,
                actor: last
            })
        );
        // Hidden issue rows are announced.
        assert!(screen.contains("more issues"), "{screen}");
    }

    #[test]
    fn back_hint_shows_only_when_there_is_somewhere_to_go_back_to() {
        let mut app = app_at(160, 48, &Theme::monochrome());
        let screen = draw_app(&app).backend().to_string();
        assert!(!screen.contains("Esc back"), "{screen}");
        apply(&mut app, [Action::DrillDown]);
        let screen = draw_app(&app).backend().to_string();
        assert!(screen.contains("Esc back"), "{screen}");
    }

    #[test]
    fn a_status_message_keeps_the_help_hint() {
        let mut app = app_at(80, 24, &Theme::monochrome());
        app.status = Some(crate::app::Status {
            text: "Copied the quote.".to_string(),
            kind: crate::app::StatusKind::Info,
        });
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        let (_, y) = find(buf, "Copied the quote.").expect("the message shows");
        assert_eq!(y, 23);
        let (x, y) = find(buf, "? help").expect("the help hint stays");
        assert_eq!((y, x + 8), (23, 80), "{}", terminal.backend());
    }

    #[test]
    fn help_wraps_long_lines_and_names_the_mouse() {
        for width in [80, 200] {
            let app = app_at(width, 60, &Theme::monochrome());
            let text: Vec<String> = help::help_text(&app, 72)
                .iter()
                .map(ToString::to_string)
                .collect();
            assert!(text.iter().all(|line| width_of(line) <= 72), "{text:#?}");
            let all = text
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(all.contains("explore the slide's item"), "{all}");
            assert!(all.contains("wheel scrolls"), "{all}");
        }
    }

    #[test]
    fn help_overlay_clears_a_margin_around_itself() {
        let mut app = app_at(80, 24, &Theme::monochrome());
        apply(
            &mut app,
            [Action::FocusPane(Pane::Figures), Action::ToggleHelp],
        );
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        let (x, y) = find(buf, "╭ Keys").expect("the overlay shows");
        for row in y..y + 10 {
            assert_eq!(buf[(x - 1, row)].symbol(), " ", "{}", terminal.backend());
        }
    }

    #[test]
    fn results_matching_an_actor_name_show_their_own_titles() {
        let mut app = app_at(120, 40, &Theme::monochrome());
        apply(&mut app, [Action::StartSearch]);
        apply(&mut app, "china$".chars().map(Action::SearchInput));
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        // An event titled by itself, with the name it matched after it.
        assert!(
            find(
                buf,
                "Foreign Minister Yang Jiechi visits Moscow · actor: China"
            )
            .is_some(),
            "{}",
            terminal.backend()
        );
        // Not the bare name padded out, as before.
        assert!(
            find(buf, "Timeline China      ").is_none(),
            "{}",
            terminal.backend()
        );
    }

    #[test]
    fn search_highlights_the_matched_characters() {
        let mut app = app_at(80, 24, &Theme::monochrome());
        apply(&mut app, [Action::StartSearch]);
        apply(&mut app, "pipeline".chars().map(Action::SearchInput));
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        let (x, y) = find(buf, "pipelines carrying").unwrap();
        for offset in 0..8 {
            let cell = &buf[(x + offset, y)];
            assert!(
                cell.modifier
                    .contains(Modifier::BOLD | Modifier::UNDERLINED),
                "{offset}"
            );
        }
        assert!(!buf[(x + 9, y)].modifier.contains(Modifier::UNDERLINED));
        assert!(
            find(buf, "Position").is_some(),
            "results say which pane they come from"
        );
    }

    #[test]
    fn detail_highlights_the_quote_inside_its_paragraph() {
        let mut app = app_at(160, 48, &Theme::monochrome());
        apply(
            &mut app,
            [
                Action::FocusPane(Pane::Positions),
                Action::Select(6),
                Action::DrillDown,
            ],
        );
        let terminal = draw_app(&app);
        let buf = terminal.backend().buffer();
        let (x, y) = find(buf, "teaming").unwrap();
        assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
        let (x, y) = find(buf, "remains strong").unwrap();
        assert!(
            !buf[(x, y)].modifier.contains(Modifier::REVERSED),
            "the rest of the paragraph is plain"
        );
    }

    #[test]
    fn clicks_select_tabs_and_rows_and_open_the_selected_row() {
        let mut app = app_at(80, 24, &Theme::monochrome());
        let tabs = tab_spans(80);
        let (_, _, start, _) = tabs[2];
        assert_eq!(
            action_at(&app, start + 1, 1),
            Some(Action::FocusPane(Pane::Figures))
        );
        apply(&mut app, [Action::FocusPane(Pane::Timeline)]);
        // Row 3 is the first list row; row 5 the third event.
        assert_eq!(action_at(&app, 10, 5), Some(Action::Select(2)));
        assert_eq!(action_at(&app, 10, 3), Some(Action::DrillDown));
        assert_eq!(action_at(&app, 0, 23), None);
    }

    /// A tiny deterministic generator, so a failure can be replayed from its seed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    #[test]
    fn random_keys_at_random_sizes_never_panic() {
        let codes = [
            KeyCode::Char('j'),
            KeyCode::Char('k'),
            KeyCode::Char('g'),
            KeyCode::Char('G'),
            KeyCode::Char('h'),
            KeyCode::Char('l'),
            KeyCode::Char('/'),
            KeyCode::Char('?'),
            KeyCode::Char('y'),
            KeyCode::Char('r'),
            KeyCode::Char('1'),
            KeyCode::Char('4'),
            KeyCode::Char('5'),
            KeyCode::Char('p'),
            KeyCode::Char('i'),
            KeyCode::Char('!'),
            KeyCode::Char('\''),
            KeyCode::Char('^'),
            KeyCode::Char('$'),
            KeyCode::Char(' '),
            KeyCode::Char('w'),
            KeyCode::Char('u'),
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Char('é'),
        ];
        for seed in 1..=4_u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut app = app_at(80, 24, &Theme::colour());
            for _ in 0..300 {
                let action = match rng.below(20) {
                    0 => {
                        let width = if rng.below(4) == 0 {
                            rng.below(4)
                        } else {
                            rng.below(220)
                        };
                        let height = if rng.below(4) == 0 {
                            rng.below(4)
                        } else {
                            rng.below(70)
                        };
                        Some(Action::Resize(width as u16, height as u16))
                    }
                    1 => action_at(
                        &app,
                        rng.below(u64::from(app.size.0) + 1) as u16,
                        rng.below(u64::from(app.size.1) + 1) as u16,
                    ),
                    _ => {
                        let code = codes[rng.below(codes.len() as u64) as usize];
                        let modifiers = if rng.below(8) == 0 {
                            KeyModifiers::CONTROL
                        } else {
                            KeyModifiers::NONE
                        };
                        keymap::action_for_app(&app, KeyEvent::new(code, modifiers))
                    }
                };
                if let Some(action) = action {
                    if action == Action::Quit {
                        continue;
                    }
                    app.apply(action);
                    app.request = None;
                }
                let area = Rect::new(0, 0, app.size.0, app.size.1);
                let mut buf = Buffer::empty(area);
                draw(&app, area, &mut buf);
            }
        }
    }
}
