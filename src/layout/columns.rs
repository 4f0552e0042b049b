//! How wide each column of an actor × issue matrix is, chosen by priority so that actor and
//! issue names stay whole words, and the names as they fit those widths. The Positions
//! pane's grid and the positions slide both lay out with it.

use super::text::{truncate, width_of as width, wrap};

/// The most lines an issue's name is wrapped over, when there are the rows.
const ISSUE_ROWS: usize = 2;
/// Columns (gap included) are widened evenly up to this when room is left over.
const EVEN_COLUMN: usize = 16;

/// One actor column as the plan sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column<'a> {
    /// The actor's name: "China National Petroleum Corporation".
    pub name: &'a str,
    /// Its short name, or the name again: "CNPC" (see `Brief::actor_short_name`).
    pub short: &'a str,
    /// Cells of its widest stance cell at its cheapest (`stances::least_width`).
    pub least: usize,
    /// Cells of its widest stance cell as full verbs (`stances::full_width`).
    pub full: usize,
}

/// How a matrix is fitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most lines an actor's name is wrapped over in the heading.
    pub heading_rows: usize,
    /// Cells kept after the last column for the sign of columns that do not fit.
    pub sign: usize,
    /// When not every actor column fits, the issue column takes at least this many tenths
    /// of the width (never more than its longest name) before columns are counted in.
    pub issue_tenths: usize,
}

/// What the issue column is planned from, in cells: its longest name and longest word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IssueWidths {
    pub name: usize,
    pub word: usize,
}

impl IssueWidths {
    /// Measures the issues' names.
    pub fn of<'a>(issues: impl IntoIterator<Item = &'a str>) -> IssueWidths {
        issues
            .into_iter()
            .fold(IssueWidths::default(), |widths, issue| IssueWidths {
                name: widths.name.max(width(issue)),
                word: issue
                    .split_whitespace()
                    .map(width)
                    .fold(widths.word, usize::max),
            })
    }
}

/// Widths in cells: of the issue column, and of each actor column shown (without the
/// one-cell gap after it), from the first shown on. Columns that do not fit are left off
/// the right end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub issue_width: usize,
    pub columns: Vec<usize>,
}

/// Gives `full` cells out by priority to the issue column and the actor columns from
/// `first` on. First every column the least that keeps its name in whole words (a name or
/// short name over at most `limits.heading_rows` lines) and its stances readable (short
/// forms, "acts+1"), and the issue column its floor (see `issue_floor`); as many actor
/// columns as fit that way are shown, the first always. What is left goes, in order, to
/// the stances as full verbs, to issue names on one line, to actor names on fewer lines,
/// then evenly to the actor columns up to `EVEN_COLUMN`.
pub fn plan(
    actors: &[Column],
    first: usize,
    issues: IssueWidths,
    full: usize,
    limits: Limits,
) -> Plan {
    let mut issue_width = issue_floor(actors, issues, full, limits);
    let actors = &actors[first.min(actors.len())..];
    let issue_best = issues.name;
    let sign = if fits(actors, full.saturating_sub(issue_width + 1), limits) {
        0
    } else {
        limits.sign
    };
    let mut columns: Vec<usize> = Vec::new();
    let mut used = issue_width + 1;
    // Measured one by one: a merged library's matrix has thousands of actors.
    for actor in actors {
        let need = least_width(actor, limits.heading_rows);
        if used + need + 1 + sign > full && !columns.is_empty() {
            break;
        }
        columns.push(need);
        used += need + 1;
    }
    let mut spare = full.saturating_sub(used + sign);
    let grow = |current: &mut usize, want: usize, spare: &mut usize| {
        let more = want.saturating_sub(*current).min(*spare);
        *current += more;
        *spare -= more;
    };
    // Full verbs in every column or in none, so one stance reads the same across a row.
    let cost: usize = columns
        .iter()
        .zip(actors)
        .map(|(&cells, actor)| actor.full.saturating_sub(cells))
        .sum();
    if cost <= spare {
        for (cells, actor) in columns.iter_mut().zip(actors) {
            grow(cells, actor.full, &mut spare);
        }
    }
    grow(&mut issue_width, issue_best, &mut spare);
    for (cells, actor) in columns.iter_mut().zip(actors) {
        // The fewest heading lines the spare cells allow: a name on one line, else on two.
        let affordable = (1..limits.heading_rows)
            .flat_map(|rows| [lines_need(actor.name, rows), lines_need(actor.short, rows)])
            .filter(|&need| need.saturating_sub(*cells) <= spare)
            .min_by_key(|&need| (actor_heading(actor, need, limits.heading_rows).len(), need));
        if let Some(need) = affordable {
            grow(cells, need, &mut spare);
        }
    }
    // Then full names where a short one stands in ("United States" for "US").
    for (cells, actor) in columns.iter_mut().zip(actors) {
        let name = width(actor.name);
        if name.saturating_sub(*cells) <= spare {
            grow(cells, name, &mut spare);
        }
    }
    let mut even = 1;
    while even < EVEN_COLUMN {
        let cost: usize = columns
            .iter()
            .map(|&cells| (even + 1).saturating_sub(cells + 1))
            .sum();
        if cost > spare {
            break;
        }
        even += 1;
    }
    for cells in &mut columns {
        *cells = (*cells).max(even - 1);
    }
    Plan {
        issue_width,
        columns,
    }
}

/// The first actor column to show so that the one at `cursor` shows too: the leftmost from
/// which the columns up to the cursor's fit `full` cells at their least widths, beside the
/// issue column's floor and the sign of hidden columns (as `plan` lays them out).
pub fn first_shown(
    actors: &[Column],
    issues: IssueWidths,
    full: usize,
    limits: Limits,
    cursor: usize,
) -> usize {
    let Some(last) = actors.len().checked_sub(1) else {
        return 0;
    };
    let cursor = cursor.min(last);
    let room = full.saturating_sub(issue_floor(actors, issues, full, limits) + 1 + limits.sign);
    // Leftwards from the cursor's column while the columns fit.
    let mut used = 0;
    let mut first = cursor;
    for index in (0..=cursor).rev() {
        used += least_width(&actors[index], limits.heading_rows) + 1;
        if used > room {
            break;
        }
        first = index;
    }
    first
}

/// The least cells of the issue column in a matrix `full` cells wide: its longest word (at
/// least 12 cells, at least 6 and at most three tenths of `full`), never more than its
/// longest name; when not every actor column fits beside that, at least
/// `limits.issue_tenths` of `full` (never more than the longest name).
pub fn issue_floor(actors: &[Column], issues: IssueWidths, full: usize, limits: Limits) -> usize {
    let IssueWidths { name: best, word } = issues;
    let floor = word.max(12).min(best).min(full * 3 / 10).max(6);
    if fits(actors, full.saturating_sub(floor + 1), limits) {
        floor
    } else {
        floor.max(best.min(full * limits.issue_tenths / 10))
    }
}

/// Whether all `actors` fit `room` cells at their least widths, each with its gap; stops
/// measuring at the first that does not.
fn fits(actors: &[Column], room: usize, limits: Limits) -> bool {
    let mut used = 0;
    actors.iter().all(|actor| {
        used += least_width(actor, limits.heading_rows) + 1;
        used <= room
    })
}

/// The fewest cells an actor column takes: its name whole over at most `heading_rows`
/// lines, and its widest stance cell at its cheapest; at least one.
pub fn least_width(actor: &Column, heading_rows: usize) -> usize {
    lines_need(actor.name, heading_rows)
        .min(lines_need(actor.short, heading_rows))
        .max(actor.least)
        .max(1)
}

/// The fewest cells in which `name` wraps at word boundaries onto at most `rows` lines; a
/// word longer than that needs its own width.
fn lines_need(name: &str, rows: usize) -> usize {
    let longest = name.split_whitespace().map(width).max().unwrap_or(0);
    (longest..width(name))
        .find(|&cells| wrap(name, cells).len() <= rows)
        .unwrap_or_else(|| width(name))
}

/// An actor's name for a column `cells` wide: the full name on one line if it fits, else
/// the short name on one line, else the one of them that needs fewer cells wrapped at word
/// boundaries (over at most `heading_rows` lines); else one line cut with "…".
pub fn actor_heading(actor: &Column, cells: usize, heading_rows: usize) -> Vec<String> {
    for name in [actor.name, actor.short] {
        if width(name) <= cells {
            return vec![name.to_string()];
        }
    }
    let name = if lines_need(actor.short, heading_rows) < lines_need(actor.name, heading_rows) {
        actor.short
    } else {
        actor.name
    };
    let lines = wrap(name, cells);
    let whole = name.split_whitespace().all(|word| width(word) <= cells);
    if whole && lines.len() <= heading_rows {
        return lines;
    }
    vec![truncate_words(name, cells)]
}

/// Each issue's name as the rows it takes in a column `cells` wide: one row when it fits;
/// wrapped at word boundaries over up to two rows when all issues so wrapped still fit
/// `body_rows` (see `wrapped_issues`); else cut after a whole word with "…".
pub fn issue_lines(issues: &[&str], cells: usize, body_rows: usize) -> Vec<Vec<String>> {
    wrapped_issues(issues, cells, body_rows).unwrap_or_else(|| {
        issues
            .iter()
            .map(|issue| vec![truncate_words(issue, cells)])
            .collect()
    })
}

/// Every issue's name wrapped at word boundaries over up to two rows of `cells` cells (the
/// second cut after a whole word with "…" when needed), if all of them so wrapped fit
/// `body_rows`; `None` otherwise, without wrapping any when there are more issues than rows.
pub fn wrapped_issues(issues: &[&str], cells: usize, body_rows: usize) -> Option<Vec<Vec<String>>> {
    if issues.len() > body_rows {
        return None;
    }
    let wrapped: Vec<Vec<String>> = issues
        .iter()
        .map(|issue| {
            let lines = wrap(issue, cells);
            if lines.len() <= ISSUE_ROWS {
                return lines;
            }
            let rest = lines[ISSUE_ROWS - 1..].join(" ");
            let mut kept = lines[..ISSUE_ROWS - 1].to_vec();
            kept.push(truncate_words(&rest, cells));
            kept
        })
        .collect();
    let needed: usize = wrapped.iter().map(Vec::len).sum();
    (needed <= body_rows).then_some(wrapped)
}

/// `text` in `cells` cells, cut after the last whole word that fits with "…"; cut mid-word
/// only when not even the first word fits.
pub fn truncate_words(text: &str, cells: usize) -> String {
    if width(text) <= cells {
        return text.to_string();
    }
    let mut kept = String::new();
    for word in text.split_whitespace() {
        let longer = if kept.is_empty() {
            word.to_string()
        } else {
            format!("{kept} {word}")
        };
        if width(&longer) + 1 > cells {
            break;
        }
        kept = longer;
    }
    if kept.is_empty() {
        truncate(text, cells)
    } else {
        format!("{kept}…")
    }
}

#[cfg(test)]
mod tests;
