//! The figures pane: a table of the numbers the brief states, and a bar chart of each
//! series with its growth factor, labelled as computed rather than quoted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Pane};
use crate::content::{period, series_chart};
use crate::theme::Theme;
use crate::ui::{block, draw_row, fit, row_style, split_body, visible, width_of};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (list_area, preview_area) = split_body(area);
    let figures = &app.brief.figures;
    let list = app.list(Pane::Figures);
    let outer = block(theme, " Figures · as stated in the brief ", true);
    let inner = outer.inner(list_area);
    outer.render(list_area, buf);
    let (mut labels, mut values, mut periods) = (5, 5, 6);
    for figure in figures {
        labels = labels.max(width_of(app.split_mark(&figure.label).1));
        values = values.max(width_of(&figure.display_value()));
        periods = periods.max(width_of(&period(figure)));
    }
    // In the All-briefs scope a brief column comes first, when the label keeps its room
    // beside the value and period at their floors; the label's column then holds both.
    let inner_width = usize::from(inner.width);
    let floors = crate::layout::VALUE_FLOOR + crate::layout::PERIOD_FLOOR + 6;
    let tag_width = crate::ui::brief_column_width(app, inner_width.saturating_sub(floors));
    let columns = crate::layout::figure_columns(inner_width - tag_width, labels, values, periods);
    let (label_width, value_width, period_width) =
        (columns.label + tag_width, columns.value, columns.period);
    let header = format!(
        "  {}{}  {}  {}",
        fit("Brief", tag_width),
        fit("Label", label_width - tag_width),
        fit("Value", value_width),
        fit("Period", period_width)
    );
    if inner.height > 0 {
        buf.set_stringn(
            inner.x,
            inner.y,
            header,
            usize::from(inner.width),
            theme.label,
        );
    }
    let rows = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    for (row, index) in visible(figures.len(), list.offset, rows.height).enumerate() {
        let figure = &figures[index];
        let (mark, style) = row_style(theme, index == list.selected, true);
        let (brief, label) = app.split_mark(&figure.label);
        let mut spans: Vec<Span> = crate::ui::brief_column(brief, tag_width, theme)
            .into_iter()
            .collect();
        spans.extend([
            Span::raw(fit(label, label_width - tag_width)),
            Span::raw("  "),
            Span::raw(fit(&figure.display_value(), value_width)),
            Span::raw("  "),
            Span::raw(fit(&period(figure), period_width)),
        ]);
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
    render_preview(app, theme, preview_area, buf);
}

fn render_preview(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let outer = block(theme, " Figure ", false);
    let inner = outer.inner(area);
    outer.render(area, buf);
    let Some(figure) = app.brief.figures.get(app.list(Pane::Figures).selected) else {
        return;
    };
    let mut lines = vec![
        Line::styled(figure.label.clone(), theme.title),
        Line::from(vec![
            Span::styled(figure.display_value(), theme.label),
            Span::raw(
                figure
                    .period
                    .as_ref()
                    .map(|p| format!(" · {}", p.long()))
                    .unwrap_or_default(),
            ),
            Span::styled(
                if figure.approximate {
                    " · the text says \"about\""
                } else {
                    ""
                },
                theme.muted,
            ),
        ]),
    ];
    if let Some(detail) = &figure.detail {
        lines.push(Line::raw(detail.clone()));
    }
    lines.push(Line::raw(""));
    match &figure.series {
        Some(series) => lines.extend(series_chart(app, theme, series, Some(figure), inner.width)),
        None => {
            lines.push(Line::styled(
                "Not part of a series: nothing to compare it with.",
                theme.muted,
            ));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}
