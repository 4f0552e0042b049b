//! A figure series as lines of bars, scaled to the largest value, with the growth computed.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::brief::{Brief, Figure, format_number};
use crate::layout::{cells_for, fit, width_of};
use crate::theme::Theme;

/// The period column: the figure's date at its precision, or a dash.
pub fn period(figure: &Figure) -> String {
    figure
        .period
        .as_ref()
        .map_or_else(|| "—".to_string(), crate::brief::BriefDate::short)
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
    theme: &Theme,
    series: &str,
    selected: Option<&Figure>,
    width: u16,
) -> Vec<Line<'static>> {
    let figures = series_of(&app.brief, series);
    let mut lines = vec![Line::styled(format!("Series: {series}"), theme.label)];
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
        let cells = cells_for(share, bar_room).max(1);
        let is_selected = selected.is_some_and(|s| s.id == figure.id);
        let bar_style = if is_selected {
            theme.selected
        } else {
            theme.bar
        };
        lines.push(Line::from(vec![
            Span::raw(fit(&period(figure), period_width)),
            Span::raw(" "),
            Span::styled("█".repeat(cells), bar_style),
            Span::raw(" ".repeat(bar_room - cells + 1)),
            Span::raw(figure.display_value()),
        ]));
    }
    // Growth is over time: not between undated values (two versions of one report state
    // the same figure) nor within one period.
    if let (Some(first), Some(last)) = (figures.first(), figures.last())
        && figures.len() > 1
        && first.period.is_some()
        && last.period.is_some()
        && first.period != last.period
        && let Some(factor) = growth_factor(first, last)
    {
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "×{} growth, {} to {}",
                    format_number(round_factor(factor)),
                    period(first),
                    period(last)
                ),
                theme.computed,
            ),
            Span::styled(
                format!(
                    " (computed: {} ÷ {}; not stated in the brief)",
                    last.display_value(),
                    first.display_value()
                ),
                theme.muted,
            ),
        ]));
    }
    lines
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A growth factor to one decimal, or two below ×2, so a small change (1,718 → 1,770
/// warheads, ×1.03) does not read as no change (×1).
fn round_factor(factor: f64) -> f64 {
    if factor < 2.0 {
        (factor * 100.0).round() / 100.0
    } else {
        round1(factor)
    }
}

#[cfg(test)]
mod factor_tests {
    use super::round_factor;

    #[test]
    fn a_small_growth_keeps_two_decimals_a_large_one_one() {
        assert!((round_factor(1770.0 / 1718.0) - 1.03).abs() < 1e-9);
        assert!((round_factor(33.4 / 6.0) - 5.6).abs() < 1e-9);
    }
}

#[cfg(test)]
mod chart_tests {
    use super::series_chart;
    use crate::app::App;
    use crate::theme::Theme;

    fn text(lines: &[ratatui::text::Line<'_>]) -> String {
        lines
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn growth_is_computed_between_periods_only() {
        let theme = Theme::monochrome();
        let mut brief = crate::brief::load_embedded().expect("embedded brief");
        let series = "China-Russia trade";
        let chart = text(&series_chart(
            &App::new(brief.clone()),
            &theme,
            series,
            None,
            60,
        ));
        assert!(chart.contains("growth"), "{chart}");
        // The same values undated, as two versions of one report state them: no growth.
        for figure in brief
            .figures
            .iter_mut()
            .filter(|f| f.series.as_deref() == Some(series))
        {
            figure.period = None;
        }
        let chart = text(&series_chart(&App::new(brief), &theme, series, None, 60));
        assert!(!chart.contains("growth"), "{chart}");
    }
}
