//! The positions slide: actors across, issues down, a stance word in each cell.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::brief::Stance;
use crate::present::{Heading, MatrixRow};
use crate::theme::SlideTheme;

use crate::ui::slides::text::{pad, truncate, width, wrap};

/// Issues down, actors across; a cell names the stance. Narrow screens abbreviate stances and
/// wrap actor names; what still does not fit is cut with a visible sign.
pub(super) fn render_matrix(
    actors: &[Heading],
    rows: &[MatrixRow],
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    let full = usize::from(area.width);
    let issue_width = rows
        .iter()
        .map(|row| width(&row.issue))
        .max()
        .unwrap_or(0)
        .min(full * 3 / 10)
        .max(6);
    let spare = full.saturating_sub(issue_width + 1);
    // As many actors as fit at 5 cells a column or more.
    let shown = actors.len().min(spare / 6).max(1);
    let hidden = actors.len() - shown.min(actors.len());
    let sign_width = if hidden > 0 { 3 } else { 0 };
    let column = (spare.saturating_sub(sign_width) / shown).min(16);
    let cell_width = column.saturating_sub(1);
    let header_rows = 3;
    let headings: Vec<Vec<String>> = actors
        .iter()
        .take(shown)
        .map(|actor| actor_heading(actor, cell_width, header_rows))
        .collect();
    let mut lines: Vec<Line> = Vec::new();
    for header_row in 0..header_rows {
        let mut spans = vec![Span::raw(" ".repeat(issue_width + 1))];
        for heading in &headings {
            // Bottom-align names so one-line names sit on the row above the cells.
            let offset = header_rows - heading.len();
            let text = header_row
                .checked_sub(offset)
                .and_then(|row| heading.get(row))
                .map_or("", String::as_str);
            spans.push(Span::styled(pad(text, column), theme.heading));
        }
        if hidden > 0 && header_row == header_rows - 1 {
            spans.push(Span::styled(format!("+{hidden}▶"), theme.more));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled(
        "─".repeat((issue_width + 1 + column * shown).min(full)),
        theme.border,
    ));
    let legend = stance_legend(rows, shown, cell_width);
    let legend_rows = usize::from(!legend.is_empty());
    let body_rows = usize::from(area.height).saturating_sub(lines.len() + 1 + legend_rows);
    let spacing = usize::from(rows.len() * 2 <= body_rows);
    let fits = rows.len() * (1 + spacing) <= body_rows + 1;
    let visible = if fits {
        rows.len()
    } else {
        body_rows.saturating_sub(1)
    };
    for (index, row) in rows.iter().take(visible).enumerate() {
        if index > 0 && spacing > 0 {
            lines.push(Line::default());
        }
        let mut spans = vec![Span::styled(
            format!("{} ", pad(&truncate(&row.issue, issue_width), issue_width)),
            theme.text,
        )];
        for cell in row.cells.iter().take(shown) {
            let text = cell_text(cell, cell_width).0;
            let style = cell
                .first()
                .map_or(theme.muted, |stance| theme.stance(*stance));
            let text = if text.is_empty() {
                "·".to_string()
            } else {
                text
            };
            spans.push(Span::styled(pad(&text, column), style));
        }
        lines.push(Line::from(spans));
    }
    if visible < rows.len() {
        lines.push(Line::styled(
            format!("▼ {} more issues", rows.len() - visible),
            theme.more,
        ));
    }
    if !legend.is_empty() {
        lines.push(Line::styled(truncate(&legend, full), theme.muted));
    }
    Paragraph::new(lines).render(area, buf);
}

/// An actor's name for a matrix column, as the explorer's matrix names it: the full name
/// on one line if it fits, else the short name; a name of several words wrapped at word
/// boundaries over at most `rows` lines when every word fits; else one line cut with "…".
fn actor_heading(actor: &Heading, cell_width: usize, rows: usize) -> Vec<String> {
    for name in [&actor.name, &actor.short] {
        if width(name) <= cell_width {
            return vec![name.clone()];
        }
    }
    let name = if width(&actor.short) < width(&actor.name) {
        &actor.short
    } else {
        &actor.name
    };
    let lines = wrap(name, cell_width);
    let whole = name
        .split_whitespace()
        .all(|word| width(word) <= cell_width);
    if whole && lines.len() <= rows.min(2) {
        return lines;
    }
    vec![truncate(name, cell_width)]
}

/// A cell's stances in `cell_width` cells, whole words only: the verbs ("acts/seeks"),
/// else their short forms ("acts/seek"), else the first and a count ("acts+1"). Returns the
/// text and whether short forms were used (for the legend).
fn cell_text(cell: &[Stance], cell_width: usize) -> (String, bool) {
    let verbs: Vec<&str> = cell.iter().map(|stance| stance.verb()).collect();
    let joined = verbs.join("/");
    if width(&joined) <= cell_width {
        return (joined, false);
    }
    let short: Vec<&str> = cell.iter().map(|stance| stance_word(*stance, 0)).collect();
    let joined = short.join("/");
    if width(&joined) <= cell_width {
        return (joined, true);
    }
    let first = short.first().copied().unwrap_or_default();
    (format!("{first}+{}", cell.len().saturating_sub(1)), true)
}

/// "prop proposes · opp opposes": what each shortened stance in the shown columns stands
/// for, in the order first met; empty when nothing was shortened.
fn stance_legend(rows: &[MatrixRow], shown: usize, cell_width: usize) -> String {
    let mut seen: Vec<Stance> = Vec::new();
    for row in rows {
        for cell in row.cells.iter().take(shown) {
            let (text, short) = cell_text(cell, cell_width);
            if !short {
                continue;
            }
            // With "acts+1" only the first stance is on screen.
            let on_screen = if text.contains('+') {
                &cell[..1]
            } else {
                &cell[..]
            };
            for stance in on_screen {
                if stance_word(*stance, 0) != stance.verb() && !seen.contains(stance) {
                    seen.push(*stance);
                }
            }
        }
    }
    seen.iter()
        .map(|stance| format!("{} {}", stance_word(*stance, 0), stance.verb()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The stance as a word, shortened for narrow columns (`width` 0: always the short form).
fn stance_word(stance: Stance, width: usize) -> &'static str {
    if width >= stance.verb().len() {
        return stance.verb();
    }
    match stance {
        Stance::Supports => "supp",
        Stance::Opposes => "opp",
        Stance::Seeks => "seek",
        Stance::Proposes => "prop",
        Stance::Rejects => "rej",
        Stance::Warns => "warn",
        Stance::Agrees => "agr",
        Stance::Assesses => "asmt",
        Stance::Acts => "acts",
    }
}
