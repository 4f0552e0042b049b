//! The search overlay: the query, the ranked results with the pane each comes from and the
//! matched characters highlighted, or a plain "no match".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use crate::app::App;
use crate::search::{Field, Hit};
use crate::theme::Theme;
use crate::ui::{self, block, draw_row, row_style, visible, width_of};

pub fn render(app: &App, theme: &Theme, body: Rect, buf: &mut Buffer) {
    let area = crate::layout::search_popup(body);
    Clear.render(area, buf);
    let outer = block(theme, " Search every item ", true).title_bottom(Line::styled(
        " 'exact ^start end$ !not · ↑/↓ select · Enter open · Esc cancel ",
        theme.muted,
    ));
    let inner = outer.inner(area);
    outer.render(area, buf);
    if inner.height == 0 {
        return;
    }
    let search = &app.search;
    // A reopened query is shown selected: the next character typed replaces it.
    let query = if search.query_selected {
        Span::styled(search.query.clone(), theme.selected)
    } else {
        Span::raw(search.query.clone())
    };
    let prompt = Line::from(vec![
        Span::styled("/ ", theme.key),
        query,
        Span::styled("▏", theme.key),
    ]);
    buf.set_line(inner.x, inner.y, &prompt, inner.width);
    let count = if search.query.trim().is_empty() {
        Line::styled(
            "Type to search titles, text, quotes, actors and their other names.",
            theme.muted,
        )
    } else if search.pending {
        // The worker is still searching: what shows is the best so far, or the last answer.
        let n = search.hits.len();
        Line::styled(
            format!(
                "{n} {} so far · searching…",
                if n == 1 { "result" } else { "results" }
            ),
            theme.muted,
        )
    } else if search.hits.is_empty() {
        Line::styled(format!("No match for \"{}\".", search.query), theme.error)
    } else {
        let n = search.hits.len();
        Line::styled(
            format!("{n} {}", if n == 1 { "result" } else { "results" }),
            theme.muted,
        )
    };
    if inner.height > 1 {
        buf.set_line(inner.x, inner.y + 1, &count, inner.width);
    }
    let rows = crate::layout::results_area(area);
    for (row, index) in visible(search.hits.len(), search.list.offset, rows.height).enumerate() {
        let hit = &search.hits[index];
        let (mark, style) = row_style(theme, index == search.list.selected, true);
        draw_row(
            buf,
            rows,
            rows.y + row as u16,
            mark,
            style,
            hit_spans(app, theme, hit, rows.width),
        );
    }
}

/// "Position  …build pipelines carrying…  quote": the pane, the matched text around its
/// first match with matches highlighted, and the field matched.
fn hit_spans(app: &App, theme: &Theme, hit: &Hit, width: u16) -> Vec<Span<'static>> {
    let tag = format!("{:<9}", ui::section_tag(hit.item.section));
    let field = format!(" {}", hit.field.name());
    let room = usize::from(width).saturating_sub(2 + width_of(&tag) + width_of(&field));
    if !matches!(hit.field, Field::Title | Field::Text | Field::Quote) {
        // The name's field is said inline, so its column is not needed.
        let room = usize::from(width).saturating_sub(2 + width_of(&tag));
        return named_hit_spans(app, theme, hit, tag, room);
    }
    let chars: Vec<char> = hit.text.chars().collect();
    let start = crate::search::excerpt_start(&hit.text, &hit.positions, room);
    let lead = start > 0;
    let available = room.saturating_sub(usize::from(lead));
    let end = (start + available).min(chars.len());
    let tail = end < chars.len();
    let end = if tail { end.saturating_sub(1) } else { end };
    let window: String = chars[start.min(end)..end].iter().collect();
    let positions: Vec<usize> = hit
        .positions
        .iter()
        .filter(|p| (start..end).contains(*p))
        .map(|p| p - start)
        .collect();
    let mut spans = vec![Span::styled(tag, theme.pane_tag)];
    if lead {
        spans.push(Span::styled("…", theme.muted));
    }
    spans.extend(ui::marked_spans(
        &window,
        &positions,
        theme.base,
        theme.matched,
    ));
    if tail {
        spans.push(Span::styled("…", theme.muted));
    }
    let used: usize = spans.iter().map(Span::width).sum();
    let pad = usize::from(width).saturating_sub(2 + used + width_of(&field));
    spans.push(Span::raw(" ".repeat(pad)));
    spans.push(Span::styled(field, theme.muted));
    spans
}

/// "Position  Vetoed tough sanctions… · actor: China": when the match is in a name the
/// item involves (an actor, an alias, a theme, a date, an issue), the item's own title comes
/// first, so results matching the same name can be told apart.
fn named_hit_spans(
    app: &App,
    theme: &Theme,
    hit: &Hit,
    tag: String,
    room: usize,
) -> Vec<Span<'static>> {
    let label = format!(" · {}: ", hit.field.name());
    let name_width = width_of(&label) + width_of(&hit.text);
    let title = ui::truncate(
        &app.brief.title_of(hit.item),
        room.saturating_sub(name_width),
    );
    let mut spans = vec![
        Span::styled(tag, theme.pane_tag),
        Span::styled(title, theme.base),
        Span::styled(label, theme.muted),
    ];
    spans.extend(ui::marked_spans(
        &hit.text,
        &hit.positions,
        theme.base,
        theme.matched,
    ));
    spans
}
