//! A matrix cell's stances as text that fits its column: the verbs, their short forms, or
//! the first and a count; and the legend of the short forms on screen. The Positions pane
//! and the positions slide both write their cells with it, and `columns` measures them.

use super::text::width_of as width;
use crate::brief::Stance;

/// A cell's stances in `cells` cells, whole words only: the verbs ("acts/seeks"), else
/// their short forms ("acts/seek"), else the first and a count ("acts+1"). Returns the text
/// and whether short forms were used (for the legend). An empty cell gives "".
pub fn cell_text(cell: &[Stance], cells: usize) -> (String, bool) {
    let verbs: Vec<&str> = cell.iter().map(|stance| stance.verb()).collect();
    let joined = verbs.join("/");
    if width(&joined) <= cells {
        return (joined, false);
    }
    let short: Vec<&str> = cell.iter().map(|stance| stance_word(*stance)).collect();
    let joined = short.join("/");
    if width(&joined) <= cells {
        return (joined, true);
    }
    let first = short.first().copied().unwrap_or_default();
    (format!("{first}+{}", cell.len().saturating_sub(1)), true)
}

/// A cell's text in `cells` cells (see `cell_text`) as its parts, written joined by "/":
/// one a stance, in the cell's order, when each shows ("acts", "seeks"); else one part
/// standing for the whole cell ("acts+1"). An empty cell gives one empty part.
pub fn cell_parts(cell: &[Stance], cells: usize) -> Vec<String> {
    let (text, _) = cell_text(cell, cells);
    if cell.len() > 1 && text.contains('+') {
        vec![text]
    } else {
        text.split('/').map(str::to_string).collect()
    }
}

/// Cells of a cell's stances as full verbs joined ("acts/seeks": 10).
pub fn full_width(cell: &[Stance]) -> usize {
    width(&cell.iter().map(|s| s.verb()).collect::<Vec<_>>().join("/"))
}

/// The fewest cells a cell's stances can be shown in (see `cell_text`).
pub fn least_width(cell: &[Stance]) -> usize {
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
    full_width(cell).min(width(&short)).min(counted)
}

/// "prop proposes · opp opposes": what each short form among `cells` (each a cell's
/// stances and the cells it is written in) stands for, in the order first met; empty when
/// nothing was shortened.
pub fn legend<'a>(cells: impl IntoIterator<Item = (&'a [Stance], usize)>) -> String {
    let mut seen: Vec<Stance> = Vec::new();
    for (cell, cells) in cells {
        let (text, short) = cell_text(cell, cells);
        if !short {
            continue;
        }
        // With "acts+1" only the first stance is on screen.
        let on_screen = if text.contains('+') { &cell[..1] } else { cell };
        for stance in on_screen {
            if stance_word(*stance) != stance.verb() && !seen.contains(stance) {
                seen.push(*stance);
            }
        }
    }
    seen.iter()
        .map(|stance| format!("{} {}", stance_word(*stance), stance.verb()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The stance's short form, for narrow columns: at most four cells.
pub fn stance_word(stance: Stance) -> &'static str {
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

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::{Acts, Opposes, Proposes, Seeks};

    #[test]
    fn a_cell_reads_as_verbs_then_short_forms_then_a_count() {
        let cell = [Acts, Seeks];
        assert_eq!(cell_text(&cell, 10), ("acts/seeks".to_string(), false));
        assert_eq!(cell_text(&cell, 9), ("acts/seek".to_string(), true));
        assert_eq!(cell_text(&cell, 6), ("acts+1".to_string(), true));
        assert_eq!(least_width(&cell), 6);
        assert_eq!(full_width(&cell), 10);
        assert_eq!(cell_text(&[], 4), (String::new(), false));
        assert_eq!(least_width(&[Opposes]), 3);
    }

    #[test]
    fn a_cell_has_a_part_a_stance_unless_counted() {
        assert_eq!(cell_parts(&[Acts, Seeks], 10), ["acts", "seeks"]);
        assert_eq!(cell_parts(&[Acts, Seeks], 9), ["acts", "seek"]);
        assert_eq!(cell_parts(&[Acts, Seeks], 6), ["acts+1"]);
        assert_eq!(cell_parts(&[Opposes], 3), ["opp"]);
    }

    #[test]
    fn the_legend_names_only_short_forms_on_screen() {
        let cells: [(&[Stance], usize); 3] = [(&[Proposes], 4), (&[Opposes], 8), (&[Acts], 4)];
        assert_eq!(legend(cells), "prop proposes");
        // "opp+1": the second stance is not on screen, so not in the legend.
        assert_eq!(legend([(&[Opposes, Proposes][..], 5)]), "opp opposes");
        assert_eq!(legend([(&[Opposes][..], 7)]), "");
    }
}
