//! The search overlay: the query, the ranked results with the pane each comes from and the
//! matched characters highlighted, or a plain "no match".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

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
    // The cursor is at the end of the query: past the box, the query scrolls so its end
    // shows, "…" where its start was cut ("/ " and the cursor take 3 cells).
    let shown = ui::tail_within(&search.query, usize::from(inner.width).saturating_sub(3));
    // A reopened query is shown selected: the next character typed replaces it.
    let query = if search.query_selected {
        Span::styled(shown, theme.selected)
    } else {
        Span::raw(shown)
    };
    let prompt = Line::from(vec![
        Span::styled("/ ", theme.key),
        query,
        Span::styled("▏", theme.key),
    ]);
    buf.set_line(inner.x, inner.y, &prompt, inner.width);
    // Under the query, where the eye is: a paste that did not all fit says so first.
    let cut = search.cut.then(|| {
        format!(
            "Query full: {} characters at most, the rest was left out · ",
            crate::app::QUERY_LIMIT
        )
    });
    let beside = cut.as_deref().map_or(0, width_of);
    let (count, count_style) = if search.query.trim().is_empty() {
        (
            "Type to search titles, text, quotes, actors and their other names.".to_string(),
            theme.muted,
        )
    } else if search.pending {
        // The worker is still searching: what shows is the best so far, or the last answer.
        let n = search.hits.len();
        (
            format!(
                "{n} {} so far · searching…",
                if n == 1 { "result" } else { "results" }
            ),
            theme.muted,
        )
    } else if search.hits.is_empty() {
        // The query in the note is cut with "…" so the closing quote always shows.
        let room = usize::from(inner.width).saturating_sub("No match for \"\".".len() + beside);
        (
            format!("No match for \"{}\".", ui::truncate(&search.query, room)),
            theme.error,
        )
    } else if search.total > search.hits.len() {
        (
            format!(
                "{} results, the best {} listed",
                search.total,
                search.hits.len()
            ),
            theme.muted,
        )
    } else {
        let n = search.hits.len();
        (
            format!("{n} {}", if n == 1 { "result" } else { "results" }),
            theme.muted,
        )
    };
    let mut spans: Vec<Span> = cut
        .map(|note| Span::styled(note, theme.error))
        .into_iter()
        .collect();
    spans.push(Span::styled(count, count_style));
    if inner.height > 1 {
        buf.set_line(inner.x, inner.y + 1, &Line::from(spans), inner.width);
    }
    let (rows, preview) = crate::layout::results_split(area);
    if let (Some(preview), Some(hit)) = (preview, search.hits.get(search.list.selected)) {
        render_preview(app, theme, hit, preview, buf);
    }
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

/// The selected result as its detail would show it, matches highlighted, scrolled so the
/// first shows (as fzf's preview): the reader can judge a result without opening it.
fn render_preview(app: &App, theme: &Theme, hit: &Hit, area: Rect, buf: &mut Buffer) {
    let kind = ui::section_tag(hit.item.section);
    let id = app.brief.id_of(hit.item).unwrap_or_default();
    let outer = block(theme, format!(" {kind} · {id} "), false);
    let inner = outer.inner(area);
    outer.render(area, buf);
    let lines = crate::content::hit_lines(app, theme, hit);
    let row = crate::layout::match_row(app, hit, inner.width);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((crate::layout::scroll_to(row, inner.height), 0))
        .render(inner, buf);
}

/// "Position  …build pipelines carrying…  quote": the pane, the matched text around its
/// first match with matches highlighted, and the field matched.
fn hit_spans(app: &App, theme: &Theme, hit: &Hit, width: u16) -> Vec<Span<'static>> {
    let tag = format!("{:<9}", ui::section_tag(hit.item.section));
    // In the All-briefs scope the brief has a column of its own, out of the text.
    let tag_width = ui::brief_column_width(
        app,
        usize::from(width).saturating_sub(2 + width_of(&tag) + 8),
    );
    let mut lead = vec![Span::styled(tag.clone(), theme.pane_tag)];
    lead.extend(ui::brief_column(app.item_tag(hit.item), tag_width, theme));
    let (_, text) = app.split_mark(&hit.text);
    let cut = hit.text.chars().count() - text.chars().count();
    let hit = &Hit {
        text: text.to_string(),
        positions: hit
            .positions
            .iter()
            .filter_map(|p| p.checked_sub(cut))
            .collect(),
        ..hit.clone()
    };
    let field = format!(" {}", hit.field.name());
    let room = usize::from(width).saturating_sub(2 + width_of(&tag) + tag_width + width_of(&field));
    if !matches!(hit.field, Field::Title | Field::Text | Field::Quote) {
        // The name's field is said inline, so its column is not needed.
        let room = usize::from(width).saturating_sub(2 + width_of(&tag) + tag_width);
        return named_hit_spans(app, theme, hit, lead, room);
    }
    let chars: Vec<char> = hit.text.chars().collect();
    let start = crate::search::excerpt_start(&hit.text, &hit.positions, room);
    let cut_before = start > 0;
    let available = room.saturating_sub(usize::from(cut_before));
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
    let mut spans = lead;
    if cut_before {
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
    lead: Vec<Span<'static>>,
    room: usize,
) -> Vec<Span<'static>> {
    let label = format!(" · {}: ", hit.field.name());
    let name_width = width_of(&label) + width_of(&hit.text);
    let title = app.brief.title_of(hit.item);
    let title = ui::truncate(app.split_mark(&title).1, room.saturating_sub(name_width));
    let mut spans = lead;
    spans.extend([
        Span::styled(title, theme.base),
        Span::styled(label, theme.muted),
    ]);
    spans.extend(ui::marked_spans(
        &hit.text,
        &hit.positions,
        theme.base,
        theme.matched,
    ));
    spans
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Modifier;

    use crate::action::Action;
    use crate::app::App;
    use crate::theme::Theme;

    /// The screen after searching `query` at this size, and where the preview's title is.
    fn searched(size: (u16, u16), query: &str) -> (Terminal<TestBackend>, Option<(u16, u16)>) {
        let mut app = App::new(crate::brief::load_embedded().unwrap());
        app.apply(Action::Resize(size.0, size.1));
        app.apply(Action::StartSearch);
        query
            .chars()
            .for_each(|c| app.apply(Action::SearchInput(c)));
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        let theme = Theme::monochrome();
        terminal
            .draw(|frame| crate::ui::render(&app, &theme, frame))
            .unwrap();
        let buf = terminal.backend().buffer().clone();
        let title = (0..size.1).find_map(|y| {
            let row: String = (0..size.0).map(|x| buf[(x, y)].symbol()).collect();
            let at = row.find("Position · pos-pipelines")?;
            Some((u16::try_from(row[..at].chars().count()).unwrap(), y))
        });
        (terminal, title)
    }

    /// The row of the search box that holds the prompt, as text.
    fn prompt_row(terminal: &Terminal<TestBackend>) -> String {
        let buf = terminal.backend().buffer();
        let area = buf.area;
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .find(|row| row.contains("│/ "))
            .expect("a prompt row")
    }

    #[test]
    fn a_query_longer_than_the_box_scrolls_so_its_end_and_the_cursor_show() {
        let long = "trade between china and russia oil gas pipeline arms sales energy summit";
        let (terminal, _) = searched((80, 24), long);
        let row = prompt_row(&terminal);
        assert!(row.contains("│/ …"), "cut at the start: {row}");
        assert!(row.contains("energy summit▏"), "the end shows: {row}");
        let (terminal, _) = searched((80, 24), "pipeline");
        assert!(prompt_row(&terminal).contains("│/ pipeline▏ "));
        // Wide characters are measured in cells: the cursor still shows inside the box.
        let (terminal, _) = searched((60, 24), &"中国".repeat(30));
        let row = prompt_row(&terminal);
        // (A wide character's second cell reads as a space here.)
        assert!(row.contains("│/ …") && row.contains("国 ▏"), "{row}");
        let inside = row.split('│').nth(2).expect("the box's inside");
        assert!(inside.ends_with('▏'), "the cursor is inside the box: {row}");
    }

    #[test]
    fn the_preview_goes_beside_the_results_under_them_or_nowhere() {
        let (_, beside) = searched((160, 48), "pipeline");
        let (x, y) = beside.expect("a preview at 160x48");
        assert!(x > 80 && y == 6, "beside the list: {x},{y}");
        let (_, under) = searched((80, 48), "pipeline");
        let (x, y) = under.expect("a preview at 80x48");
        assert!(x < 10 && y > 10, "under the list: {x},{y}");
        let (terminal, none) = searched((80, 24), "pipeline");
        assert_eq!(none, None, "{}", terminal.backend());
    }

    #[test]
    fn the_preview_highlights_the_matched_characters() {
        let (terminal, title) = searched((160, 48), "'pipelines");
        let (x, y) = title.unwrap();
        let buf = terminal.backend().buffer();
        let marked: String = (y + 1..48)
            .flat_map(|row| (x..160).map(move |col| (col, row)))
            .map(|cell| &buf[cell])
            .filter(|cell| cell.style().add_modifier.contains(Modifier::UNDERLINED))
            .map(ratatui::buffer::Cell::symbol)
            .collect();
        assert_eq!(marked, "pipelines", "{}", terminal.backend());
    }
}
