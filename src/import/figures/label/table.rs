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

/// Bytes kept for a row's name beside its table's subheading.
const KEY_ROOM: usize = 24;
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
    // `Standard Deduction:` over `Joint | $32,200`, `Joint Returns` over `$0 to $24,800 |
    // 10% …`: the table's subheading says whose or which the row's amount is.
    let under = |name: Option<String>, header_named: bool| {
        let name = name?;
        Some(match subheading(text, row.start) {
            Some(heading) => {
                // The same room for every row of a table, unless a long name needs more.
                let room = super::LABEL_MAX.saturating_sub(name.len().max(KEY_ROOM) + 2);
                let heading = shortened(heading, room);
                if header_named {
                    format!("{name}, {heading}")
                } else {
                    format!("{heading}, {name}")
                }
            }
            None => name,
        })
    };
    let mut at = 0;
    for cell in line.split('|') {
        let range = at..at + cell.len();
        at += cell.len() + 1;
        let words = cell.trim();
        if range.contains(&own) {
            // The amount keys its row (`$0 to $24,800 | …`): its column names it.
            return under(header(), true);
        }
        if words.is_empty() {
            continue;
        }
        // A row keyed by a number or a year (`2005 | $25 million`): the column's header
        // names the amount.
        if words.contains(|c: char| c.is_ascii_digit()) {
            return under(header(), true);
        }
        if words.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            return under(
                phrase_forward(words).or_else(|| Some(words.to_string())),
                false,
            );
        }
    }
    None
}

/// The subheading over the table row starting at `row_start`: the nearest line above it
/// without bars, in the row's paragraph or in one of the two paragraphs before (readers
/// give a one-cell row a paragraph of its own), when it is shaped as a heading: at most
/// eight words, no number outside brackets, no stop at its end, no caption, source, note or
/// unit (`Table 1. …`, `(in millions of dollars)`). A heading found past another paragraph
/// must end with a colon (`Limitation on Itemized Deductions:`; such a heading may have ten
/// words, and a note before it on its line is left out), and one without a colon
/// must sit inside the table, with rows within two paragraphs above it, not over it like a
/// section heading.
fn subheading(text: &str, row_start: usize) -> Option<&str> {
    let above = &text[..row_start];
    let mut lines = above.rsplit('\n').skip(1).peekable();
    // Lines of the row's own paragraph, then the paragraphs before it.
    while let Some(line) = lines.next_if(|l| !l.trim().is_empty()) {
        if !line.contains('|') {
            return heading_shaped(line);
        }
    }
    let paragraph_start = above.rfind("\n\n").map_or(0, |at| at + 2);
    let paragraphs: Vec<&str> = above[..paragraph_start]
        .trim_end()
        .rsplit("\n\n")
        .take(4)
        .collect();
    for (back, paragraph) in paragraphs.iter().enumerate().take(2) {
        if paragraph.contains('|') {
            return None;
        }
        let Some(heading) = heading_shaped(paragraph) else {
            continue;
        };
        let colon = paragraph.trim_end().ends_with(':');
        let inside = paragraphs[back + 1..]
            .iter()
            .take(2)
            .any(|p| p.contains(" | "));
        // `Joint` over `Single` over `Head of Household | $157,900`: stacked short lines are
        // a column the layout broke apart, not a heading.
        let stacked = paragraphs
            .get(back + 1)
            .is_some_and(|p| !p.contains('|') && heading_shaped(p).is_some());
        let placed = colon || back == 0 && inside && !stacked;
        if !placed {
            return None;
        }
        return Some(heading);
    }
    None
}

/// `heading` in at most `room` bytes, so that the row's own name beside it is never cut: up
/// to the last preposition that fits after its first two words (`Additional Standard
/// Deduction for the Elderly or the Blind` → `Additional Standard Deduction`).
fn shortened(heading: &str, room: usize) -> &str {
    if heading.len() <= room {
        return heading;
    }
    let mut best = None;
    let mut at = 0;
    for (i, word) in heading.split(' ').enumerate() {
        if i >= 2
            && at - 1 <= room
            && matches!(
                word,
                "for" | "of" | "on" | "in" | "by" | "to" | "with" | "per"
            )
        {
            best = Some(at - 1);
        }
        at += word.len() + 1;
    }
    best.map_or(heading, |end| &heading[..end])
}

/// `Temporary Senior Deduction (2025 to 2028):` → `Temporary Senior Deduction`, when `line`
/// is shaped as a table's subheading (see [`subheading`]).
fn heading_shaped(line: &str) -> Option<&str> {
    let mut line = line.trim();
    if line.contains('\n') || line.ends_with(['.', '!', '?', ';', ',']) {
        return None;
    }
    let colon = line.ends_with(':');
    // `(Suspended through 2025) Standard Deduction:`: a heading joined onto a note.
    if colon {
        let note_end = if line.starts_with('(') {
            line.find(')').map(|at| at + 1)
        } else {
            line.rfind(". ").map(|at| at + 2)
        };
        line = note_end.map_or(line, |at| line[at..].trim_start());
    }
    let name = line.trim_end_matches(':').trim_end();
    let name = name.split_once(" (").map_or(name, |(head, _)| head).trim();
    let lower = name.to_lowercase();
    let apparatus = [
        "table",
        "figure",
        "source",
        "note",
        "see ",
        "footnote",
        "in millions",
        "in billions",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    let unit = ["million", "billion", "thousand", "dollars", "percent"]
        .iter()
        .any(|u| lower.contains(u));
    let words = name.split_whitespace().count();
    let number = name.contains(|c: char| c.is_ascii_digit());
    let longest = if colon { 10 } else { 8 };
    (name.starts_with(char::is_alphabetic) && words <= longest && !number && !apparatus && !unit)
        .then_some(name)
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
