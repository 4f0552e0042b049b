//! The actors pane: everyone the brief speaks of, with how many events, figures and
//! positions name them; Enter lists them all.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Pane};
use crate::brief::ItemRef;
use crate::theme::Theme;
use crate::ui::{
    self, PreviewLine, block, draw_row, fit, row_style, split_body, visible, width_of,
};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (list_area, preview_area) = split_body(area);
    let actors = &app.brief.actors;
    let list = app.list(Pane::Actors);
    let outer = block(
        theme,
        " Actors · how many events, figures, positions name them ",
        true,
    );
    let inner = outer.inner(list_area);
    outer.render(list_area, buf);
    let rows = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    // Columns by priority: the counts and the kind whole, the name in what is left. Each
    // count column is as wide as its largest count (at least its heading), so four-digit
    // counts across all briefs keep the table in line.
    let counts: Vec<(usize, usize, usize)> = visible(actors.len(), list.offset, rows.height)
        .map(|index| app.links.actor_counts(index))
        .collect();
    let widths = count_widths(app);
    let counts_width = widths.iter().map(|w| w + 1).sum::<usize>();
    let kind_width = actors
        .iter()
        .map(|a| width_of(a.kind.name()))
        .max()
        .unwrap_or(0);
    let name_width = actors
        .iter()
        .map(|a| width_of(&a.name))
        .max()
        .unwrap_or(0)
        .min(usize::from(rows.width).saturating_sub(2 + 1 + counts_width + 2 + kind_width));
    if inner.height > 0 {
        let [evt, fig, pos] = widths;
        let header = format!(
            "  {}  {:>evt$} {:>fig$} {:>pos$}  Kind",
            fit("Actor", name_width),
            "Evt",
            "Fig",
            "Pos"
        );
        buf.set_stringn(
            inner.x,
            inner.y,
            header,
            usize::from(inner.width),
            theme.label,
        );
    }
    for (row, index) in visible(actors.len(), list.offset, rows.height).enumerate() {
        let actor = &actors[index];
        let (mark, style) = row_style(theme, index == list.selected, true);
        let (events, figures, positions) = counts[row];
        let [evt, fig, pos] = widths;
        let spans = vec![
            Span::raw(fit(&actor.name, name_width)),
            Span::raw(" "),
            Span::styled(
                format!(" {events:>evt$} {figures:>fig$} {positions:>pos$}"),
                theme.label,
            ),
            Span::styled(format!("  {}", actor.kind.name()), theme.muted),
        ];
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
    render_preview(app, theme, preview_area, buf);
}

/// Cells of the events, figures and positions columns: the largest count of each over every
/// actor (not only those in view, so the columns stay put while scrolling), at least the
/// width of its three-letter heading.
fn count_widths(app: &App) -> [usize; 3] {
    let (events, figures, positions) = app.links.most_counts();
    [events, figures, positions].map(|count| count.to_string().len().max(3))
}

fn render_preview(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(actor) = app.brief.actors.get(app.list(Pane::Actors).selected) else {
        block(theme, " Actor ", false).render(area, buf);
        return;
    };
    let items: &[ItemRef] = app.links.of_actor(app.list(Pane::Actors).selected);
    let title = if items.is_empty() {
        " Actor ".to_string()
    } else {
        format!(
            " Actor · named in {} ",
            ui::counted(items.len(), "item", "items")
        )
    };
    let outer = block(theme, title, false);
    let inner = outer.inner(area);
    outer.render(area, buf);
    let mut lines = vec![Line::styled(actor.name.clone(), theme.title)];
    let mut facts = vec![actor.kind.name().to_string()];
    if let Some(role) = &actor.role {
        facts.push(role.clone());
    }
    if let Some(affiliation) = &actor.affiliation {
        facts.push(format!("of {}", app.brief.actor_name(affiliation)));
    }
    lines.push(Line::styled(facts.join(" · "), theme.label));
    if !actor.aliases.is_empty() {
        lines.push(Line::from(vec![
            Span::styled("Also called ", theme.muted),
            Span::raw(actor.aliases.join(", ")),
        ]));
    }
    lines.push(Line::raw(""));
    if items.is_empty() {
        lines.push(Line::styled(
            "Named in the text, but no event, figure or position involves it.",
            theme.muted,
        ));
    }
    let mut lines: Vec<PreviewLine> = lines.into_iter().map(PreviewLine::Text).collect();
    let tag_width = ui::brief_column_width(app, usize::from(inner.width).saturating_sub(9));
    for item in items {
        let mut spans = vec![Span::styled(
            format!("{:<9}", ui::section_tag(item.section)),
            theme.pane_tag,
        )];
        spans.extend(ui::brief_column(app.item_tag(*item), tag_width, theme));
        spans.push(Span::raw(ui::item_line(app, *item)));
        lines.push(PreviewLine::Item(Line::from(spans)));
    }
    let lines = ui::fit_preview(theme, lines, inner, "Enter opens the full list");
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}
