//! Folding text for comparison: case in every script, accents, Unicode normal form and runs of
//! white space, with a map from each folded character back to the original text.
//!
//! Canonical decomposition comes from `unicode-normalization` and full case folding (ß → ss,
//! final σ, Cyrillic, Greek…) from `caseless`, so no table of ours decides what a letter is.

use caseless::Caseless;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Which differences folding erases. Text and query are folded the same way, so they meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Folding {
    /// Fold case (`Москва` → `москва`); false for a query with a capital (smart case).
    pub case: bool,
    /// Drop combining marks after decomposition (`Zürich` → `zurich`); false for a query
    /// that carries an accent itself, which then matches exactly.
    pub accents: bool,
}

impl Folding {
    /// What a plain query compares with: case and accents folded.
    pub const LOOSE: Folding = Folding {
        case: true,
        accents: true,
    };
}

/// A folded text: canonically decomposed, folded as asked, white-space runs made one space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// For each char of `text`, the index of the char of the original it came from; `None`
    /// when that is the identity (the common case: plain text, one char per char).
    map: Option<Vec<u32>>,
}

impl Folded {
    /// Whether the folded text is ASCII, so byte indices are char indices.
    pub fn is_ascii(&self) -> bool {
        self.text.is_ascii()
    }

    /// The original char index of folded char `index`.
    pub fn original(&self, index: usize) -> usize {
        self.view().original(index)
    }

    /// The same, borrowed.
    pub fn view(&self) -> FoldedRef<'_> {
        FoldedRef {
            text: &self.text,
            map: self.map.as_deref(),
        }
    }
}

/// A folded text borrowed from wherever it is kept (an index keeps all of a brief's in one
/// buffer), with its map back to the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoldedRef<'a> {
    pub text: &'a str,
    pub map: Option<&'a [u32]>,
}

impl FoldedRef<'_> {
    /// The original char index of folded char `index`.
    pub fn original(&self, index: usize) -> usize {
        match self.map {
            None => index,
            Some(map) => map.get(index).map_or(index, |&i| i as usize),
        }
    }
}

/// Folds `text` as `folding` asks. Positions in the result map back with [`Folded::original`].
pub fn fold(text: &str, folding: Folding) -> Folded {
    let mut folded = String::with_capacity(text.len());
    let map = fold_into(text, folding, &mut folded);
    Folded { text: folded, map }
}

/// Appends `text` folded to `out`; returns the map from each appended char to the char of
/// `text` it came from, or None when that is the identity. One allocation at most, so an
/// index can fold a whole brief into one buffer.
pub fn fold_into(text: &str, folding: Folding, out: &mut String) -> Option<Vec<u32>> {
    if text.is_ascii() && !has_odd_space(text) {
        let start = out.len();
        out.push_str(text);
        if folding.case {
            out[start..].make_ascii_lowercase();
        }
        return None;
    }
    let mut map: Vec<u32> = Vec::with_capacity(text.len());
    let mut identity = true;
    let mut last_space = false;
    for (index, c) in text.chars().enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        if c.is_whitespace() {
            if last_space {
                identity = false;
            } else {
                identity &= c == ' ' && map.len() == index as usize;
                out.push(' ');
                map.push(index);
            }
            last_space = true;
            continue;
        }
        last_space = false;
        let before = map.len();
        decompose_canonical(c, |part| {
            if folding.accents && is_combining_mark(part) {
                return;
            }
            if folding.case {
                for lower in std::iter::once(part).default_case_fold() {
                    out.push(lower);
                    map.push(index);
                }
            } else {
                out.push(part);
                map.push(index);
            }
        });
        identity &= map.len() == before + 1 && before == index as usize;
    }
    (!identity).then_some(map)
}

/// Folds a query word the same way as the text it is compared with.
pub fn fold_str(text: &str, folding: Folding) -> String {
    fold(text, folding).text
}

/// Whether a query term carries an accent of its own (a combining mark once decomposed).
pub fn has_accent(text: &str) -> bool {
    text.chars().any(|c| {
        let mut marked = false;
        decompose_canonical(c, |part| marked |= is_combining_mark(part));
        marked
    })
}

/// White space other than single spaces: tabs, newlines, runs. Such text takes the slow path.
fn has_odd_space(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b.is_ascii_whitespace() && (b != b' ' || bytes.get(i + 1) == Some(&b' ')))
}

/// Original char positions of folded positions `folded_positions`, ascending and unique, with
/// the combining marks that follow a matched base character included, so a highlight covers
/// the whole letter of decomposed (NFD) text.
pub fn original_positions(
    original: &str,
    folded: FoldedRef<'_>,
    folded_positions: &[usize],
) -> Vec<usize> {
    let mut positions: Vec<usize> = folded_positions
        .iter()
        .map(|&p| folded.original(p))
        .collect();
    positions.sort_unstable();
    positions.dedup();
    if folded.map.is_none() {
        return positions;
    }
    let chars: Vec<char> = original.chars().collect();
    let mut marks = Vec::new();
    for &p in &positions {
        let mut next = p + 1;
        while chars.get(next).is_some_and(|&c| is_combining_mark(c)) {
            marks.push(next);
            next += 1;
        }
    }
    positions.extend(marks);
    positions.sort_unstable();
    positions.dedup();
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXACT: Folding = Folding {
        case: false,
        accents: false,
    };

    #[test]
    fn case_folds_in_every_script() {
        assert_eq!(fold_str("Москва", Folding::LOOSE), "москва");
        assert_eq!(fold_str("ΑΘΉΝΑ", Folding::LOOSE), "αθηνα");
        assert_eq!(fold_str("Straße", Folding::LOOSE), "strasse");
        assert_eq!(fold_str("Москва", EXACT), "Москва");
    }

    #[test]
    fn accents_fold_unless_kept() {
        assert_eq!(fold_str("Zürich", Folding::LOOSE), "zurich");
        let kept = Folding {
            case: true,
            accents: false,
        };
        assert_eq!(fold_str("Zürich", kept), "zu\u{308}rich");
        assert!(has_accent("zürich"));
        assert!(!has_accent("zurich"));
        assert!(
            !has_accent("москва"),
            "Cyrillic letters are not accented Latin"
        );
    }

    #[test]
    fn decomposed_text_folds_like_composed_text() {
        let nfd = "Zu\u{308}rich";
        assert_eq!(
            fold_str(nfd, Folding::LOOSE),
            fold_str("Zürich", Folding::LOOSE)
        );
        let kept = Folding {
            case: true,
            accents: false,
        };
        assert_eq!(fold_str(nfd, kept), fold_str("Zürich", kept));
    }

    #[test]
    fn white_space_runs_become_one_space() {
        let folded = fold("two  \n words", Folding::LOOSE);
        assert_eq!(folded.text, "two words");
        assert_eq!(folded.original(4), 7, "w is char 7 of the original");
    }

    #[test]
    fn plain_ascii_needs_no_map() {
        let folded = fold("Missile Defence", Folding::LOOSE);
        assert_eq!(folded.text, "missile defence");
        assert!(folded.map.is_none() && folded.is_ascii());
    }

    #[test]
    fn positions_map_back_to_the_original_characters() {
        // "ß" folds to "ss": both folded chars point at the one original char.
        let folded = fold("Straße", Folding::LOOSE);
        assert_eq!(
            original_positions("Straße", folded.view(), &[4, 5, 6]),
            [4, 5]
        );
        // In decomposed text the combining mark is highlighted with its letter.
        let nfd = "Zu\u{308}rich";
        let folded = fold(nfd, Folding::LOOSE);
        assert_eq!(folded.text, "zurich");
        assert_eq!(
            original_positions(nfd, folded.view(), &[0, 1, 2]),
            [0, 1, 2, 3]
        );
        // Composed text: one char per char, so the positions stay.
        let composed = fold("Zürich", Folding::LOOSE);
        assert_eq!(
            original_positions("Zürich", composed.view(), &[1, 2]),
            [1, 2]
        );
    }
}
