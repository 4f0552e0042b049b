//! The figures pane: a table of the numbers the brief states, and a bar chart of each
//! series with its growth factor, labelled as computed rather than quoted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, Pane};
use crate::brief::{Brief, Figure, format_number};
use crate::ui::{block, draw_row, fit, row_style, split_body, visible, width_of};

/// The period column: the figure's date at its precision, or a dash.
fn period(figure: &Figure) -> String {
    figure
        .period
        .as_ref()
        .map_or_else(|| "—".to_string(), crate::brief::BriefDate::short)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (list_area, preview_area) = split_body(area);
    let figures = &app.brief.figures;
    let list = app.list(Pane::Figures);
    let outer = block(app, " Figures · as stated in the brief ", true);
    let inner = outer.inner(list_area);
    outer.render(list_area, buf);
    let value_width = figures
        .iter()
        .map(|f| width_of(&f.display_value()))
        .max()
        .unwrap_or(0)
        .max(5);
    let period_width = figures
        .iter()
        .map(|f| width_of(&period(f)))
        .max()
        .unwrap_or(0)
        .max(6);
    let label_width = usize::from(inner.width).saturating_sub(2 + value_width + period_width + 4);
    let header = format!(
        "  {}  {}  {}",
        fit("Label", label_width),
        fit("Value", value_width),
        fit("Period", period_width)
    );
    if inner.height > 0 {
        buf.set_stringn(
            inner.x,
            inner.y,
            header,
            usize::from(inner.width),
            app.theme.label,
        );
    }
    let rows = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    for (row, index) in visible(figures.len(), list.offset, rows.height).enumerate() {
        let figure = &figures[index];
        let (mark, style) = row_style(app, index == list.selected, true);
        let spans = vec![
            Span::raw(fit(&figure.label, label_width)),
            Span::raw("  "),
            Span::raw(fit(&figure.display_value(), value_width)),
            Span::raw("  "),
            Span::raw(fit(&period(figure), period_width)),
        ];
        draw_row(buf, rows, rows.y + row as u16, mark, style, spans);
    }
    render_preview(app, preview_area, buf);
}

fn render_preview(app: &App, area: Rect, buf: &mut Buffer) {
    let outer = block(app, " Figure ", false);
    let inner = outer.inner(area);
    outer.render(area, buf);
    let Some(figure) = app.brief.figures.get(app.list(Pane::Figures).selected) else {
        return;
    };
    let mut lines = vec![
        Line::styled(figure.label.clone(), app.theme.title),
        Line::from(vec![
            Span::styled(figure.display_value(), app.theme.label),
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
                app.theme.muted,
            ),
        ]),
    ];
    if let Some(detail) = &figure.detail {
        lines.push(Line::raw(detail.clone()));
    }
    lines.push(Line::raw(""));
    match &figure.series {
        Some(series) => lines.extend(series_chart(app, series, Some(figure), inner.width)),
        None => {
            lines.push(Line::styled(
                "Not part of a series: nothing to compare it with.",
                app.theme.muted,
            ));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

/// The figures of a series in order of their period.
pub fn series_of<'a>(brief: &'a Brief, series: &str) -> Vec<&'a Figure> {
    let mut figures: Vec<&Figure> = brief
        .figures
        .iter()
        .filter(|f| f.series.as_deref() == Some(series))
        .collect();
    figures.sort_by(|a, b| a.period.cmp(&b.period));
    figures
}

/// "×5.6": how many times the last value is the first, when both are positive.
pub fn growth_factor(first: &Figure, last: &Figure) -> Option<f64> {
    let (a, b) = (first.absolute_value(), last.absolute_value());
    (a > 0.0 && b > 0.0 && first.unit == last.unit).then(|| b / a)
}

/// One bar per figure of the series, scaled to the largest, then the computed growth.
pub fn series_chart(
    app: &App,
    series: &str,
    selected: Option<&Figure>,
    width: u16,
) -> Vec<Line<'static>> {
    let figures = series_of(&app.brief, series);
    let mut lines = vec![Line::styled(format!("Series: {series}"), app.theme.label)];
    let max = figures
        .iter()
        .map(|f| f.absolute_value())
        .fold(0.0_f64, f64::max);
    let period_width = figures
        .iter()
        .map(|f| width_of(&period(f)))
        .max()
        .unwrap_or(0);
    let value_width = figures
        .iter()
        .map(|f| width_of(&f.display_value()))
        .max()
        .unwrap_or(0);
    let bar_room = usize::from(width)
        .saturating_sub(period_width + value_width + 3)
        .max(1);
    for figure in &figures {
        let share = if max > 0.0 {
            figure.absolute_value() / max
        } else {
            0.0
        };
        let cells = crate::ui::cells_for(share, bar_room).max(1);
        let is_selected = selected.is_some_and(|s| s.id == figure.id);
        let bar_style = if is_selected {
            app.theme.selected
        } else {
            app.theme.bar
        };
        lines.push(Line::from(vec![
            Span::raw(fit(&period(figure), period_width)),
            Span::raw(" "),
            Span::styled("█".repeat(cells), bar_style),
            Span::raw(" ".repeat(bar_room - cells + 1)),
            Span::raw(figure.display_value()),
        ]));
    }
    if let (Some(first), Some(last)) = (figures.first(), figures.last())
        && figures.len() > 1
        && let Some(factor) = growth_factor(first, last)
    {
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "×{} growth, {} to {}",
                    format_number(round1(factor)),
                    period(first),
                    period(last)
                ),
                app.theme.computed,
            ),
            Span::styled(
                format!(
                    " (computed: {} ÷ {}; not stated in the brief)",
                    last.display_value(),
                    first.display_value()
                ),
                app.theme.muted,
            ),
        ]));
    }
    lines
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}
