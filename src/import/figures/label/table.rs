//! Labels and periods of amounts in a table's rows: the row's first cell with words, or,
//! where the row is keyed by a number (`2005 | $25 million`) or the amount is itself the
//! row's key (`$0 to $24,800 | 10% of the amount over $0`), the header of the amount's
//! column; a column headed by a date (`FY2016`) gives its cells' period.
//!
//! A table is the run of lines with bars around the amount's row, up to a blank line (the
//! readers keep one row a line and a table's rows in one paragraph).

use std::ops::Range;

use super::super::amount::Amount;
use super::phrase::phrase_forward;

/// More words of letters alone than this in the amount's cell make it a cell of prose.
const PROSE_WORDS: usize = 6;

/// The row holding `amount`: its byte range in `text`, when the line has cells.
fn row(text: &str, amount: &Amount) -> Option<Range<usize>> {
    let start = text[..amount.span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[amount.span.end..]
        .find('\n')
        .map_or(text.len(), |i| amount.span.end + i);
    let line = &text[start..end];
    (line.contains(" | ") || line.starts_with("| ")).then_some(start..end)
}

/// In a table row (`Salaries and expenses | $3.0 billion | $3.2 billion`), the row's first
/// cell with words, when it is not the amount's own cell; else its column's header.
pub(super) fn table_row(text: &str, amount: &Amount) -> Option<String> {
    let row = row(text, amount)?;
    let line = &text[row.clone()];
    let own = amount.span.start - row.start;
    let own_cell = line[..own].rfind('|').map_or(0, |i| i + 1)
        ..line[own..].find('|').map_or(line.len(), |i| own + i);
    // `Aug. 15, 1971 | President Nixon proclaimed a surcharge up to 10% on certain imports`:
    // an amount in a cell of prose is named by the prose, not by the column.
    let prose = line[own_cell]
        .split_whitespace()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .count()
        > PROSE_WORDS;
    let header = || {
        if prose {
            return None;
        }
        let cell = header_cell(text, row.start, line[..own].matches('|').count())?;
        let name = header_name(&text[cell]);
        (!name.is_empty() && !name.contains(|c: char| c.is_ascii_digit())).then(|| name.to_string())
    };
    let mut at = 0;
    for cell in line.split('|') {
        let range = at..at + cell.len();
        at += cell.len() + 1;
        let words = cell.trim();
        if range.contains(&own) {
            // The amount keys its row (`$0 to $24,800 | …`): its column names it.
            return header();
        }
        if words.is_empty() {
            continue;
        }
        // A row keyed by a number or a year (`2005 | $25 million`): the column's header
        // names the amount.
        if words.contains(|c: char| c.is_ascii_digit()) {
            return header();
        }
        if words.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            return phrase_forward(words).or_else(|| Some(words.to_string()));
        }
    }
    None
}

/// The header cell (its byte range, trimmed) over `amount`'s column, when the amount sits in
/// a table row: for a period from a column headed by a date.
pub(super) fn column_header(text: &str, amount: &Amount) -> Option<Range<usize>> {
    let row = row(text, amount)?;
    let column = text[row.start..amount.span.start].matches('|').count();
    header_cell(text, row.start, column)
}

/// Cell `column` of the header over the row starting at `row_start`: the nearest line above
/// in the table with bars and no digit (a table may restart its header under a subheading:
/// `If taxable income is: | Then, tax is:`), else the table's first line (`Program | FY2016
/// | FY2017`).
fn header_cell(text: &str, row_start: usize, column: usize) -> Option<Range<usize>> {
    let table_start = text[..row_start].rfind("\n\n").map_or(0, |i| i + 2);
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut at = table_start;
    for line in text[table_start..row_start].split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if body.contains('|') {
            lines.push(at..at + body.len());
        }
        at += line.len();
    }
    let is_header =
        |line: &&Range<usize>| !text[(*line).clone()].contains(|c: char| c.is_ascii_digit());
    let header = lines.iter().rev().find(is_header).or(lines.first())?;
    let mut cell_start = header.start;
    for (index, cell) in text[header.clone()].split('|').enumerate() {
        if index == column {
            let lead = cell.len() - cell.trim_start().len();
            let start = cell_start + lead;
            return Some(start..start + cell.trim().len());
        }
        cell_start += cell.len() + 1;
    }
    None
}

/// A header cell as a name: `If taxable income is:` → `taxable income`, `Then, tax is:` →
/// `tax`, `Exports:` → `Exports`. A header phrased as a condition keeps its noun.
fn header_name(cell: &str) -> &str {
    let mut name = cell.trim().trim_end_matches(':').trim_end();
    for opener in [
        "If ", "if ", "When ", "when ", "Then, ", "then, ", "Then ", "then ",
    ] {
        name = name.strip_prefix(opener).unwrap_or(name);
    }
    for verb in [" is", " are", " was", " were"] {
        name = name.strip_suffix(verb).unwrap_or(name);
    }
    name.trim()
}
