//! The positions pane: every position in a list, and beside it the actor × issue matrix of
//! who holds which stance on what, with a cell cursor that selects a position.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Pane};
use crate::brief::{Brief, Position};
use crate::layout::{Grid, grid, matrix_split as split};
use crate::theme::Theme;
use crate::ui::{block, draw_row, fit, row_style, truncate, visible};

/// Short heading for an actor column: its name if short, else a short alias, else cut.
pub fn short_name(brief: &Brief, id: &str, col: usize) -> String {
    let Some(actor) = brief.actor(id) else {
        return truncate(id, col - 1);
    };
    if actor.name.chars().count() < col {
        return actor.name.clone();
    }
    actor
        .aliases
        .iter()
        .filter(|alias| alias.chars().count() < col)
        .min_by_key(|alias| alias.len())
        .cloned()
        .unwrap_or_else(|| truncate(&actor.name, col - 1))
}

fn who(brief: &Brief, position: &Position) -> String {
    let names: Vec<String> = position
        .actors
        .iter()
        .map(|a| brief.actor_name(a).to_string())
        .collect();
    crate::brief::join_names(&names)
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (list_area, matrix_area) = split(area);
    let positions = &app.brief.positions;
    let list = app.list(Pane::Positions);
    let outer = block(theme, " Positions · stance · issue · who ", true);
    let rows = outer.inner(list_area);
    outer.render(list_area, buf);
    let tag_width = crate::ui::brief_column_width(app, usize::from(rows.width).saturating_sub(11));
    for (row, index) in visible(positions.len(), list.offset, rows.height).enumerate() {
        let position = &positions[index];
        let (mark, style) = row_style(theme, index == list.selected, true);
        let (brief, issue) = app.split_mark(&position.issue);
        let mut spans = vec![Span::styled(fit(position.stance.verb(), 9), theme.label)];
        spans.extend(crate::ui::brief_column(brief, tag_width, theme));
        spans.push(Span::raw(format!("{issue} · ")));
        spans.push(Span::styled(who(&app.brief, position), theme.muted));
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
    render_matrix(app, theme, matrix_area, buf);
}

fn issues(count: usize) -> String {
    crate::ui::counted(count, "more issue", "more issues")
}

fn actors(count: usize) -> String {
    crate::ui::counted(count, "more actor", "more actors")
}

/// The matrix's title: how to move, or how many actor columns are hidden on which side.
fn matrix_title(left: usize, right: usize) -> String {
    match (left, right) {
        (0, 0) => " Who stands where · ←/→ move between cells ".to_string(),
        (0, right) => format!(" Who stands where · {} ▶ ", actors(right)),
        (left, 0) => format!(" Who stands where · ◀ {} ", actors(left)),
        (left, right) => format!(" Who stands where · ◀ {left} · {} ▶ ", actors(right)),
    }
}

/// The actor headings of the visible columns, with ◀ and ▶ where columns are hidden.
fn header(app: &App, theme: &Theme, g: &Grid, left: bool, right: bool) -> Line<'static> {
    let mut header = vec![Span::raw(" ".repeat(g.issue_width.saturating_sub(1)))];
    header.push(Span::styled(if left { "◀ " } else { "  " }, theme.key));
    for actor in app.matrix.actors.iter().skip(g.first_col).take(g.columns) {
        header.push(Span::styled(
            fit(&short_name(&app.brief, actor, g.col), g.col),
            theme.label,
        ));
    }
    if right {
        header.push(Span::styled("▶", theme.key));
    }
    Line::from(header)
}

fn render_matrix(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let matrix = &app.matrix;
    let g = grid(app, area);
    let (left, right) = (g.first_col, matrix.actors.len() - g.columns - g.first_col);
    let title = matrix_title(left, right);
    block(theme, title, false)
        .title_bottom(Line::styled(" · none  + more than one ", theme.muted))
        .render(area, buf);
    let inner = g.inner;
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let selected = app.list(Pane::Positions).selected;
    let width = usize::from(inner.width);
    let header = header(app, theme, &g, left > 0, right > 0);
    buf.set_line(inner.x, inner.y, &header, inner.width);
    let mut y = inner.y + 1;
    let last_row = matrix.issues.len().min(g.first_row + g.rows);
    for row in g.first_row..last_row {
        // In the All-briefs scope, the issue after its brief's tag: `IF10753 Funding`.
        let label = match app.split_mark(&matrix.issues[row]) {
            (Some(tag), issue) => format!("{tag} {issue}"),
            (None, issue) => issue.to_string(),
        };
        let mut spans = vec![Span::raw(fit(&label, g.issue_width)), Span::raw(" ")];
        for col in g.first_col..g.first_col + g.columns {
            let here: Vec<usize> = matrix.positions_at(row, col).collect();
            let text = match here.as_slice() {
                [] => "·".to_string(),
                [one] => app.brief.positions[*one].stance.verb().to_string(),
                [one, ..] => format!("{}+", app.brief.positions[*one].stance.verb()),
            };
            let is_cursor = here.contains(&selected) && col == app.cell_col;
            let style = if is_cursor {
                theme.selected
            } else if here.contains(&selected) {
                theme.selected_dim
            } else if here.is_empty() {
                theme.muted
            } else {
                theme.base
            };
            let cell = fit(&text, g.col - 1);
            spans.push(Span::styled(cell, style));
            spans.push(Span::raw(" "));
        }
        buf.set_line(inner.x, y, &Line::from(spans), inner.width);
        y += 1;
    }
    let below = matrix.issues.len() - last_row;
    if (g.first_row > 0 || below > 0) && y < inner.bottom() {
        let sign = match (g.first_row, below) {
            (0, below) => format!("▼ {} · j/k scroll", issues(below)),
            (above, 0) => format!("▲ {} above", issues(above)),
            (above, below) => format!("▲ {above} above · ▼ {}", issues(below)),
        };
        buf.set_line(inner.x, y, &Line::styled(sign, theme.muted), inner.width);
    }
    if let Some(position) = app.brief.positions.get(selected) {
        let about = Rect::new(
            inner.x,
            y + 1,
            inner.width,
            inner.bottom().saturating_sub(y + 1),
        );
        let text = vec![
            Line::from(vec![
                Span::styled(
                    format!(
                        "{} {} ",
                        who(&app.brief, position),
                        position.stance.verb_before_issue(position.actors.len())
                    ),
                    theme.label,
                ),
                Span::raw(crate::content::issue_in_sentence(
                    &app.brief,
                    &position.issue,
                )),
            ]),
            Line::styled(truncate(&position.summary, width * 2), theme.base),
        ];
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(about, buf);
    }
}
