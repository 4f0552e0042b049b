//! Aligned tables for the lookups: columns two spaces apart, wrapping the columns that may
//! wrap so a table fits the terminal's width.

use unicode_width::UnicodeWidthStr;

use super::text::{Style, Styled};

/// Whether a column's cells may wrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrap {
    /// Never: ids stay whole, so they can be copied.
    Never,
    /// Only when the table cannot fit otherwise.
    IfNeeded,
    /// Shares the width the other columns leave.
    Always,
}

/// A column of a [`table`]: its header and whether its cells may wrap to fit the width.
#[derive(Debug, Clone, Copy)]
pub struct Column<'a> {
    pub header: &'a str,
    pub wrap: Wrap,
    /// The widest a wrapping column grows, leaving the rest to the others.
    pub max: usize,
}

impl<'a> Column<'a> {
    /// A column that never wraps, for ids.
    pub fn id(header: &'a str) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::Never,
            max: usize::MAX,
        }
    }

    /// A column kept at its natural width unless the table cannot fit otherwise.
    pub fn fixed(header: &'a str) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::IfNeeded,
            max: usize::MAX,
        }
    }

    pub fn wrapping(header: &'a str) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::Always,
            max: usize::MAX,
        }
    }

    pub fn wrapping_at_most(header: &'a str, max: usize) -> Column<'a> {
        Column {
            header,
            wrap: Wrap::Always,
            max,
        }
    }
}

/// Rows under an optional heading line; the groups of one table share its column widths.
#[derive(Debug, Clone, Default)]
pub struct Group {
    pub heading: Option<Styled>,
    pub rows: Vec<Vec<Styled>>,
}

const GAP: usize = 2;
/// A wrapping column is never squeezed below this, even if the table then overflows.
const MIN_WRAP_WIDTH: usize = 10;

/// Lays out rows as aligned columns two spaces apart, indented by `indent`, wrapping the
/// wrapping columns so the table fits `width`. A cell may hold several lines. A header line
/// comes first when any column has a header. Trailing spaces are trimmed.
pub fn table(
    columns: &[Column<'_>],
    rows: Vec<Vec<Styled>>,
    indent: usize,
    width: usize,
) -> Vec<Styled> {
    grouped_table(
        columns,
        &[Group {
            heading: None,
            rows,
        }],
        indent,
        width,
    )
}

/// A [`table`] in groups, each led by its heading, with a blank line between groups.
pub fn grouped_table(
    columns: &[Column<'_>],
    groups: &[Group],
    indent: usize,
    width: usize,
) -> Vec<Styled> {
    let natural: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            groups
                .iter()
                .flat_map(|group| &group.rows)
                .filter_map(|row| row.get(index).map(Styled::longest_line))
                .chain(std::iter::once(column.header.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let widths = column_widths(columns, &natural, indent, width);

    let mut lines = Vec::new();
    if columns.iter().any(|column| !column.header.is_empty()) {
        let header: Vec<Styled> = columns
            .iter()
            .map(|column| Styled::with(column.header, Style::Heading))
            .collect();
        lines.extend(layout_row(&header, &widths, indent));
    }
    for (index, group) in groups.iter().enumerate() {
        if let Some(heading) = &group.heading {
            if index > 0 {
                lines.push(Styled::new());
            }
            lines.push(heading.clone());
        }
        for row in &group.rows {
            lines.extend(layout_row(row, &widths, indent));
        }
    }
    lines
}

/// Columns keep their natural width and wrapping columns share what is left, the narrow ones
/// first, so a short column is never wrapped to make room for a long one. When that does not
/// fit, fixed columns wrap too; only ids never do, and may make the table overflow.
fn column_widths(
    columns: &[Column<'_>],
    natural: &[usize],
    indent: usize,
    width: usize,
) -> Vec<usize> {
    let widths = share_widths(columns, natural, indent, width, &[Wrap::Always]);
    let used = indent + GAP * columns.len().saturating_sub(1) + widths.iter().sum::<usize>();
    if used <= width {
        return widths;
    }
    share_widths(
        columns,
        natural,
        indent,
        width,
        &[Wrap::Always, Wrap::IfNeeded],
    )
}

fn share_widths(
    columns: &[Column<'_>],
    natural: &[usize],
    indent: usize,
    width: usize,
    wrapping: &[Wrap],
) -> Vec<usize> {
    let gaps = GAP * columns.len().saturating_sub(1);
    let kept: usize = columns
        .iter()
        .zip(natural)
        .filter(|(column, _)| !wrapping.contains(&column.wrap))
        .map(|(_, width)| width)
        .sum();
    let mut remaining = width.saturating_sub(indent + gaps + kept);
    let mut widths = natural.to_vec();
    let mut sharing: Vec<usize> = (0..columns.len())
        .filter(|&i| wrapping.contains(&columns[i].wrap))
        .collect();
    sharing.sort_by_key(|&i| natural[i].min(columns[i].max));
    let mut left = sharing.len();
    for index in sharing {
        let share = remaining / left.max(1);
        let chosen = natural[index]
            .min(columns[index].max)
            .min(share)
            .max(MIN_WRAP_WIDTH.min(natural[index]));
        widths[index] = chosen;
        remaining = remaining.saturating_sub(chosen);
        left -= 1;
    }
    widths
}

fn layout_row(cells: &[Styled], widths: &[usize], indent: usize) -> Vec<Styled> {
    let wrapped: Vec<Vec<Styled>> = cells
        .iter()
        .zip(widths)
        .map(|(cell, &width)| cell.wrap(width))
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    (0..height)
        .map(|row| {
            let mut line = Styled::new();
            let mut start = indent;
            for (column, parts) in wrapped.iter().enumerate() {
                if let Some(part) = parts.get(row).filter(|part| !part.is_empty()) {
                    line.pad(start);
                    line.append(part);
                }
                start += widths[column] + GAP;
            }
            line
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_table_wraps_fixed_columns_but_not_ids() {
        let rows = vec![vec![
            Styled::plain("an-id-that-is-long"),
            Styled::plain("a label of some length to wrap"),
            Styled::plain("about US$250 billion"),
        ]];
        let columns = [
            Column::id("id"),
            Column::wrapping("label"),
            Column::fixed("value"),
        ];
        let lines = table(&columns, rows, 0, 50);
        assert!(lines.iter().all(|line| line.width() <= 50), "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|line| line.text().starts_with("an-id-that-is-long"))
        );
    }

    #[test]
    fn table_fits_the_width_by_wrapping_the_wrapping_column() {
        let rows = vec![vec![
            Styled::plain("id-1"),
            Styled::plain("a long label that cannot fit in the space left for it"),
            Styled::plain("US$1"),
        ]];
        let columns = [
            Column::id("id"),
            Column::wrapping("label"),
            Column::fixed("value"),
        ];
        let lines = table(&columns, rows, 2, 40);
        assert!(lines.len() > 2, "the label should wrap: {lines:?}");
        assert!(lines.iter().all(|line| line.width() <= 40));
        let value_column = lines[0].text().find("value").unwrap();
        assert_eq!(lines[1].text().find("US$1"), Some(value_column));
    }
}
