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

/// Lays out rows as aligned columns two spaces apart, indented by `indent`, so the table fits
/// `width`: wrapping columns wrap at spaces, and a word too long for its column is cut with
/// "…" rather than broken. An id column is at most a third of the width; a longer id goes
/// on a line of its own, the rest of its row beneath. A cell may hold several lines. A
/// header line comes first when any column has a header. Trailing spaces are trimmed.
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
    let measure = |measure: fn(&Styled) -> usize| -> Vec<usize> {
        columns
            .iter()
            .enumerate()
            .map(|(index, column)| {
                groups
                    .iter()
                    .flat_map(|group| &group.rows)
                    .filter_map(|row| row.get(index).map(measure))
                    .chain(std::iter::once(column.header.width()))
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    };
    let mut natural = measure(Styled::longest_line);
    let words = measure(Styled::longest_word);
    for (index, column) in columns.iter().enumerate() {
        if column.wrap == Wrap::Never {
            natural[index] = id_width(groups, index, column.header.width(), width);
        }
    }
    let widths = column_widths(columns, &natural, &words, indent, width);

    let mut lines = Vec::new();
    if columns.iter().any(|column| !column.header.is_empty()) {
        let header: Vec<Styled> = columns
            .iter()
            .map(|column| Styled::with(column.header, Style::Heading))
            .collect();
        lines.extend(layout_row(&header, columns, &widths, indent, width));
    }
    for (index, group) in groups.iter().enumerate() {
        if let Some(heading) = &group.heading {
            if index > 0 {
                lines.push(Styled::new());
            }
            lines.extend(heading.wrap_words(width));
        }
        for row in &group.rows {
            lines.extend(layout_row(row, columns, &widths, indent, width));
        }
    }
    lines
}

/// An id column's width: its longest id up to a third of the table's width. When most ids
/// are longer than that, the column shrinks to its header, as each id then goes on a line
/// of its own anyway, and the rest of the row is indented beneath it.
fn id_width(groups: &[Group], index: usize, header: usize, width: usize) -> usize {
    let cap = (width / 3).max(MIN_WRAP_WIDTH);
    let ids: Vec<usize> = groups
        .iter()
        .flat_map(|group| &group.rows)
        .filter_map(|row| row.get(index).map(Styled::longest_line))
        .collect();
    let fitting = ids.iter().filter(|&&id| id <= cap).count();
    if fitting * 2 < ids.len() {
        return header.max(2);
    }
    ids.into_iter()
        .filter(|&id| id <= cap)
        .chain(std::iter::once(header))
        .max()
        .unwrap_or(0)
}

/// Ids take at most a third of the width; other columns keep their natural width, and
/// wrapping columns share what is left, the narrow ones first, so a short column is never
/// wrapped to make room for a long one. When that does not fit, fixed columns wrap too, down
/// to their longest word; and if even that is too wide, the widest columns give way until
/// the table fits.
fn column_widths(
    columns: &[Column<'_>],
    natural: &[usize],
    words: &[usize],
    indent: usize,
    width: usize,
) -> Vec<usize> {
    let room = width.saturating_sub(indent + GAP * columns.len().saturating_sub(1));
    let natural: Vec<usize> = columns
        .iter()
        .zip(natural)
        .map(|(column, &natural)| match column.wrap {
            Wrap::Never => natural.min((width / 3).max(MIN_WRAP_WIDTH)),
            _ => natural,
        })
        .collect();

    let mut widths = share_widths(columns, &natural, words, room, &[Wrap::Always]);
    if widths.iter().sum::<usize>() > room {
        widths = share_widths(
            columns,
            &natural,
            words,
            room,
            &[Wrap::Always, Wrap::IfNeeded],
        );
    }
    while widths.iter().sum::<usize>() > room {
        let Some(widest) = (0..widths.len()).max_by_key(|&i| widths[i]) else {
            break;
        };
        if widths[widest] <= 1 {
            break;
        }
        widths[widest] -= 1;
    }
    widths
}

fn share_widths(
    columns: &[Column<'_>],
    natural: &[usize],
    words: &[usize],
    room: usize,
    wrapping: &[Wrap],
) -> Vec<usize> {
    let kept: usize = columns
        .iter()
        .zip(natural)
        .filter(|(column, _)| !wrapping.contains(&column.wrap))
        .map(|(_, width)| width)
        .sum();
    let mut remaining = room.saturating_sub(kept);
    let mut widths = natural.to_vec();
    let mut sharing: Vec<usize> = (0..columns.len())
        .filter(|&i| wrapping.contains(&columns[i].wrap))
        .collect();
    sharing.sort_by_key(|&i| natural[i].min(columns[i].max));
    let mut left = sharing.len();
    for index in sharing {
        let share = remaining / left.max(1);
        // A fixed column wraps no narrower than its longest word; a wrapping one keeps at
        // least a few words' room.
        let floor = match columns[index].wrap {
            Wrap::IfNeeded => words[index],
            _ => MIN_WRAP_WIDTH,
        };
        let chosen = natural[index]
            .min(columns[index].max)
            .min(share)
            .max(floor.min(natural[index]));
        widths[index] = chosen;
        remaining = remaining.saturating_sub(chosen);
        left -= 1;
    }
    widths
}

/// The lines of one row. An id wider than its column goes first on a line of its own (cut
/// with "…" only if it is wider than the whole table), the rest of the row beneath it.
fn layout_row(
    cells: &[Styled],
    columns: &[Column<'_>],
    widths: &[usize],
    indent: usize,
    width: usize,
) -> Vec<Styled> {
    let mut lines = Vec::new();
    let mut start = indent;
    let mut placed: Vec<Styled> = Vec::with_capacity(cells.len());
    for ((cell, &column), kind) in cells.iter().zip(widths).zip(columns) {
        if kind.wrap == Wrap::Never && cell.longest_line() > column {
            let at = if start + cell.width() <= width {
                start
            } else {
                indent
            };
            let mut line = Styled::new();
            line.pad(at);
            line.append(&cell.truncate(width.saturating_sub(at)));
            lines.push(line);
            placed.push(Styled::new());
        } else {
            placed.push(cell.clone());
        }
        start += column + GAP;
    }
    let wrapped: Vec<Vec<Styled>> = placed
        .iter()
        .zip(widths)
        .map(|(cell, &width)| cell.wrap_words(width))
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    let overflowed = !lines.is_empty();
    lines.extend((0..height).map(|row| {
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
    }));
    // An id alone on its line leaves an empty line when the rest of the row is empty.
    if overflowed {
        lines.retain(|line| !line.is_empty());
    }
    lines
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
