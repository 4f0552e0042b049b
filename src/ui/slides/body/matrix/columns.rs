//! How wide each column of the positions slide is, chosen by priority so that actor and
//! issue names stay whole words, and the names as they fit those widths.

use crate::brief::Stance;
use crate::present::{Heading, MatrixRow};
use crate::ui::slides::text::{truncate, width, wrap};

use super::stance_word;

/// The most lines an actor's name is wrapped over in the heading.
const HEADING_ROWS: usize = 3;
/// The most lines an issue's name is wrapped over, when the slide has the rows.
const ISSUE_ROWS: usize = 2;
/// Cells of the "+2▶" sign for actor columns that do not fit.
const HIDDEN_SIGN: usize = 4;
/// Columns (gap included) are widened evenly up to this when room is left over.
const EVEN_COLUMN: usize = 16;

/// Widths in cells: of the issue column, and of each actor column shown (without the
/// one-cell gap after it). Columns that do not fit are left off the right end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Plan {
    pub issue_width: usize,
    pub columns: Vec<usize>,
}

/// Gives `full` cells out by priority. First every column the least that keeps its name in
/// whole words (a name or short name over at most `HEADING_ROWS` lines) and its stances
/// readable (short forms, "acts+1"), and the issue column its longest word; as many actor
/// columns as fit that way are shown. What is left goes, in order, to the stances as full
/// verbs, to issue names on one line, to actor names on one line, then evenly to the
/// actor columns up to `EVEN_COLUMN`.
pub(super) fn plan(actors: &[Heading], rows: &[MatrixRow], full: usize) -> Plan {
    let cells_of = |column: usize| rows.iter().filter_map(move |row| row.cells.get(column));
    let least: Vec<usize> = (0..actors.len())
        .map(|column| {
            let stances = cells_of(column)
                .map(|cell| cheapest_cell(cell))
                .max()
                .unwrap_or(1);
            name_need(&actors[column]).max(stances).max(1)
        })
        .collect();
    let issue_best = rows.iter().map(|row| width(&row.issue)).max().unwrap_or(0);
    let issue_word = rows
        .iter()
        .flat_map(|row| row.issue.split_whitespace())
        .map(width)
        .max()
        .unwrap_or(0);
    let mut issue_width = issue_word.max(12).min(issue_best).min(full * 3 / 10).max(6);
    let all: usize = least.iter().map(|need| need + 1).sum();
    let sign = if issue_width + 1 + all <= full {
        0
    } else {
        HIDDEN_SIGN
    };
    let mut columns: Vec<usize> = Vec::new();
    let mut used = issue_width + 1;
    for &need in &least {
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
    let verbs: Vec<usize> = (0..columns.len())
        .map(|column| {
            cells_of(column)
                .map(|cell| full_cell(cell))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let cost: usize = columns
        .iter()
        .zip(&verbs)
        .map(|(&cells, &want)| want.saturating_sub(cells))
        .sum();
    if cost <= spare {
        for (cells, &want) in columns.iter_mut().zip(&verbs) {
            grow(cells, want, &mut spare);
        }
    }
    grow(&mut issue_width, issue_best, &mut spare);
    for (column, cells) in columns.iter_mut().enumerate() {
        // The fewest heading lines the spare cells allow: a name on one line, else on two.
        let actor = &actors[column];
        let affordable = (1..HEADING_ROWS)
            .flat_map(|rows| {
                [
                    lines_need(&actor.name, rows),
                    lines_need(&actor.short, rows),
                ]
            })
            .filter(|&need| need.saturating_sub(*cells) <= spare)
            .min_by_key(|&need| (wrap_rows(actor, need), need));
        if let Some(need) = affordable {
            grow(cells, need, &mut spare);
        }
    }
    // Then full names where a short one stands in ("United States" for "US").
    for (column, cells) in columns.iter_mut().enumerate() {
        let name = width(&actors[column].name);
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

/// The fewest cells in which a name shows in whole words over at most `HEADING_ROWS`
/// lines, the better of the actor's name and short name.
fn name_need(actor: &Heading) -> usize {
    lines_need(&actor.name, HEADING_ROWS).min(lines_need(&actor.short, HEADING_ROWS))
}

/// The fewest cells in which `name` wraps at word boundaries onto at most `rows` lines; a
/// word longer than that needs its own width.
fn lines_need(name: &str, rows: usize) -> usize {
    let longest = name.split_whitespace().map(width).max().unwrap_or(0);
    (longest..width(name))
        .find(|&cells| wrap(name, cells).len() <= rows)
        .unwrap_or_else(|| width(name))
}

/// How many heading lines an actor's name takes in a column `cells` wide.
fn wrap_rows(actor: &Heading, cells: usize) -> usize {
    actor_heading(actor, cells).len()
}

/// An actor's name for a column `cells` wide: the full name on one line if it fits, else
/// the short name on one line, else the one of them that needs fewer cells wrapped at word
/// boundaries (over at most `HEADING_ROWS` lines); else one line cut with "…".
pub(super) fn actor_heading(actor: &Heading, cells: usize) -> Vec<String> {
    for name in [&actor.name, &actor.short] {
        if width(name) <= cells {
            return vec![name.clone()];
        }
    }
    let name = if lines_need(&actor.short, HEADING_ROWS) < lines_need(&actor.name, HEADING_ROWS) {
        &actor.short
    } else {
        &actor.name
    };
    let lines = wrap(name, cells);
    let whole = name.split_whitespace().all(|word| width(word) <= cells);
    if whole && lines.len() <= HEADING_ROWS {
        return lines;
    }
    vec![truncate_words(name, cells)]
}

/// Each issue's name as the rows it takes in a column `cells` wide: one row when it fits;
/// wrapped at word boundaries over up to `ISSUE_ROWS` rows when all issues so wrapped still
/// fit `body_rows`; else cut with "…".
pub(super) fn issue_lines(rows: &[MatrixRow], cells: usize, body_rows: usize) -> Vec<Vec<String>> {
    let wrapped: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let lines = wrap(&row.issue, cells);
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
    if needed <= body_rows {
        return wrapped;
    }
    rows.iter()
        .map(|row| vec![truncate_words(&row.issue, cells)])
        .collect()
}

/// `text` in `cells` cells, cut after the last whole word that fits with "…"; cut mid-word
/// only when not even the first word fits.
fn truncate_words(text: &str, cells: usize) -> String {
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

/// Cells of a cell's stances as full verbs joined ("acts/seeks").
fn full_cell(cell: &[Stance]) -> usize {
    width(&cell.iter().map(|s| s.verb()).collect::<Vec<_>>().join("/"))
}

/// The fewest cells a cell's stances can be shown in (see `cell_text`).
fn cheapest_cell(cell: &[Stance]) -> usize {
    let short = cell
        .iter()
        .map(|stance| stance_word(*stance))
        .collect::<Vec<_>>()
        .join("/");
    let first = cell.first().map_or(0, |stance| width(stance_word(*stance)));
    let counted = if cell.len() > 1 {
        first + 1 + (cell.len() - 1).to_string().len()
    } else {
        first
    };
    full_cell(cell).min(width(&short)).min(counted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(name: &str, short: &str) -> Heading {
        Heading {
            name: name.to_string(),
            short: short.to_string(),
        }
    }

    fn row(issue: &str, cells: Vec<Vec<Stance>>) -> MatrixRow {
        MatrixRow {
            issue: issue.to_string(),
            cells,
        }
    }

    #[test]
    fn a_cut_name_ends_at_a_whole_word() {
        let issue = "Missile defence in Eastern Europe";
        assert_eq!(truncate_words(issue, 40), issue);
        assert_eq!(truncate_words(issue, 17), "Missile defence…");
        assert_eq!(truncate_words(issue, 8), "Missile…");
        assert_eq!(
            truncate_words("Unilateralism", 6),
            "Unila…",
            "one overlong word"
        );
    }

    #[test]
    fn actor_names_wrap_at_words_or_use_the_short_name() {
        let oil = heading("Russian oil companies", "Russian oil companies");
        assert_eq!(actor_heading(&oil, 21), ["Russian oil companies"]);
        assert_eq!(actor_heading(&oil, 11), ["Russian oil", "companies"]);
        assert_eq!(actor_heading(&oil, 9), ["Russian", "oil", "companies"]);
        assert_eq!(actor_heading(&oil, 8), ["Russian…"]);
        let cnpc = heading("China National Petroleum Corporation", "CNPC");
        assert_eq!(actor_heading(&cnpc, 12), ["CNPC"]);
        assert_eq!(name_need(&cnpc), 4);
        assert_eq!(name_need(&oil), 9, "the longest word, three lines");
    }

    #[test]
    fn widths_go_to_whole_names_first_then_full_verbs_issues_and_one_line_names() {
        use Stance::{Acts, Opposes, Seeks};
        let actors = [
            heading("China", "China"),
            heading("United States", "US"),
            heading("Russian oil companies", "Russian oil companies"),
        ];
        let rows = [
            row(
                "Missile defence in Eastern Europe",
                vec![vec![Acts, Seeks], vec![Opposes], vec![]],
            ),
            row("Oil and gas pipelines", vec![vec![], vec![], vec![Acts]]),
        ];
        // Narrow: every name whole ("companies" needs 9), short verbs, issues their
        // longest word at least.
        let narrow = plan(&actors, &rows, 40);
        assert_eq!(narrow.columns.len(), 3);
        assert!(narrow.columns[2] >= 9, "{narrow:?}");
        assert!(narrow.issue_width >= "pipelines".len(), "{narrow:?}");
        let used = narrow.issue_width + 1 + narrow.columns.iter().map(|c| c + 1).sum::<usize>();
        assert!(used <= 40, "{narrow:?}");
        // Wide: full verbs, whole issues, names on one line.
        let wide = plan(&actors, &rows, 120);
        assert_eq!(wide.issue_width, 33);
        assert!(wide.columns[0] >= "acts/seeks".len(), "{wide:?}");
        assert!(wide.columns[1] >= "United States".len(), "{wide:?}");
        assert!(wide.columns[2] >= "Russian oil companies".len(), "{wide:?}");
        // Too narrow for all: columns drop off the right, the first always shown.
        let tiny = plan(&actors, &rows, 24);
        assert!(
            !tiny.columns.is_empty() && tiny.columns.len() < 3,
            "{tiny:?}"
        );
    }
}
