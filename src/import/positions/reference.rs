//! Who a pronoun subject stands for: `they` and `both sides` for the nearest pair of
//! countries or bodies named together before it (`China and Russia`, `Beijing and Moscow`),
//! `he` and `she` for the nearest person named before it, looking back no further than the
//! start of the previous paragraph.

use std::ops::Range;

use crate::brief::ActorKind;

use super::super::ActorCandidate;

/// What a subject pronoun asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    Plural,
    Person,
}

/// Plural subjects: `they`, `both sides`, `the two countries`…
const PLURAL: &[&str] = &[
    "they",
    "both sides",
    "the two sides",
    "both countries",
    "the two countries",
    "both governments",
    "the two governments",
];

/// The pronoun ending the subject before a verb: `gap` is the text between the clause's
/// last comma (or start) and the verb, and the pronoun must be within its last four words.
pub fn pronoun_in(gap: &str) -> Option<Pronoun> {
    let words: Vec<String> = gap.split_whitespace().map(str::to_lowercase).collect();
    let tail = &words[words.len().saturating_sub(4)..];
    let joined = tail.join(" ");
    if PLURAL.iter().any(|p| {
        joined == *p
            || joined.starts_with(&format!("{p} "))
            || joined.contains(&format!(" {p} "))
            || joined.ends_with(&format!(" {p}"))
    }) {
        return Some(Pronoun::Plural);
    }
    tail.iter()
        .any(|w| w == "he" || w == "she")
        .then_some(Pronoun::Person)
}

/// The actors a pronoun stands for: mentions (sorted, byte spans) ending before `before` and
/// starting at or after `from`, nearest first.
pub fn antecedent(
    text: &str,
    mentions: &[(Range<usize>, usize)],
    (from, before): (usize, usize),
    actors: &[ActorCandidate],
    pronoun: Pronoun,
) -> Vec<usize> {
    let earlier: Vec<&(Range<usize>, usize)> = mentions
        .iter()
        .filter(|(m, _)| m.start >= from && m.end <= before)
        .collect();
    match pronoun {
        Pronoun::Person => earlier
            .iter()
            .rev()
            .find(|(_, a)| matches!(actors[*a].kind, ActorKind::Leader | ActorKind::Official))
            .map(|(_, a)| vec![*a])
            .unwrap_or_default(),
        Pronoun::Plural => {
            let collective =
                |a: usize| !matches!(actors[a].kind, ActorKind::Leader | ActorKind::Official);
            for pair in earlier.windows(2).rev() {
                let (first, second) = (pair[0], pair[1]);
                let gap = text.get(first.0.end..second.0.start).unwrap_or("");
                if first.1 != second.1
                    && collective(first.1)
                    && collective(second.1)
                    && super::is_joiner(gap)
                {
                    return vec![first.1, second.1];
                }
            }
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_pronouns_by_kind() {
        let rows: &[(&str, Option<Pronoun>)] = &[
            ("as they had", Some(Pronoun::Plural)),
            ("Both sides have", Some(Pronoun::Plural)),
            ("the two countries jointly", Some(Pronoun::Plural)),
            ("he", Some(Pronoun::Person)),
            ("She also", Some(Pronoun::Person)),
            ("it", None),
            ("the theory", None),
            ("the shed", None),
        ];
        for (gap, expected) in rows {
            assert_eq!(pronoun_in(gap), *expected, "{gap}");
        }
    }
}
