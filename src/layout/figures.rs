//! The Figures pane's columns: how the label, value and period share a row, by priority,
//! so the label is never the column squeezed out.

/// Cells the label keeps before the value and period get any (or the widest label, when
/// narrower).
pub const LABEL_FLOOR: usize = 16;
/// Cells the value keeps before the period gets any (or the widest value, when narrower).
pub const VALUE_FLOOR: usize = 16;
/// Cells the period keeps before the columns widen (or the widest period, when narrower):
/// a year and room to spare.
pub const PERIOD_FLOOR: usize = 6;

/// The widths, in cells, of the Figures pane's columns; the row's marker and the two
/// gaps of two cells between columns come on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureColumns {
    pub label: usize,
    pub value: usize,
    pub period: usize,
}

/// The columns for a list `width` cells wide (the pane's inside) whose widest label, value
/// and period are `labels`, `values` and `periods` cells. In order of importance, the label
/// gets up to [`LABEL_FLOOR`], the value up to [`VALUE_FLOOR`], the period up to
/// [`PERIOD_FLOOR`]; what is left widens the value to its widest, then the period, then the
/// label. A text wider than its column is cut with `…` (the preview shows it whole).
pub fn figure_columns(width: usize, labels: usize, values: usize, periods: usize) -> FigureColumns {
    let mut left = width.saturating_sub(2 + 4);
    let mut take = |want: usize| {
        let got = want.min(left);
        left -= got;
        got
    };
    let mut label = take(labels.min(LABEL_FLOOR));
    let mut value = take(values.min(VALUE_FLOOR));
    let mut period = take(periods.min(PERIOD_FLOOR));
    value += take(values.saturating_sub(value));
    period += take(periods.saturating_sub(period));
    label += take(usize::MAX);
    FigureColumns {
        label,
        value,
        period,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_keeps_its_room_when_values_are_long() {
        // R48694 at 100 columns: the list's inside is 46 cells, its values up to 30, its
        // periods 11; the label took what was left, nothing.
        let columns = figure_columns(46, 63, 30, 11);
        assert_eq!(columns.label, LABEL_FLOOR);
        assert_eq!(columns.label + columns.value + columns.period, 46 - 6);
        assert!(columns.value >= VALUE_FLOOR && columns.period >= PERIOD_FLOOR);
    }

    #[test]
    fn room_to_spare_widens_value_then_period_then_label() {
        let columns = figure_columns(96, 63, 30, 11);
        assert_eq!((columns.value, columns.period), (30, 11));
        assert_eq!(columns.label, 96 - 6 - 30 - 11);
        // Narrow texts take no more than they need; the label gets the rest.
        let columns = figure_columns(46, 20, 5, 4);
        assert_eq!(
            columns,
            FigureColumns {
                label: 31,
                value: 5,
                period: 4
            }
        );
    }

    #[test]
    fn a_narrow_pane_gives_the_label_its_floor_first() {
        assert_eq!(
            figure_columns(20, 63, 30, 11),
            FigureColumns {
                label: 14,
                value: 0,
                period: 0
            }
        );
        assert_eq!(
            figure_columns(0, 63, 30, 11),
            FigureColumns {
                label: 0,
                value: 0,
                period: 0
            }
        );
    }
}
