//! The actors known by name before reading: countries (keshvar's list of countries with their
//! common names and nationality adjectives, plus our own table of demonyms and capitals used
//! as metonyms), and international organisations, forums, legislatures and armed groups.
//!
//! All names are matched case-sensitively, as whole words, leftmost-longest, by one
//! Aho-Corasick automaton built once.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::brief::ActorKind;

use super::tables::{
    AMBIGUOUS_COUNTRY_NAMES, DISPLAY_NAMES, EXTRA_COUNTRY_NAMES, METONYMS, ORGANISATIONS,
};

/// An actor the lexicon knows: its id, display name and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
}

/// How a surface form names its actor, which decides whether a mention can be a mere venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The actor's own name or acronym ("China", "NATO").
    Name,
    /// A nationality adjective ("Chinese"): never a venue.
    Demonym,
    /// A capital or seat standing for a government ("Beijing", "the Kremlin").
    Metonym,
}

/// One match of a known name in a text: byte span, which actor, and how it was named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub span: std::ops::Range<usize>,
    pub actor: usize,
    pub form: Form,
}

/// The lexicon: actors and the surface forms that name them.
pub struct Lexicon {
    pub actors: Vec<Known>,
    forms: Vec<(usize, Form)>,
    automaton: Option<AhoCorasick>,
}

/// The lexicon, built on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

impl Lexicon {
    fn build() -> Lexicon {
        let mut actors = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut forms = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut add = |patterns: &mut Vec<String>, surface: &str, actor: usize, form: Form| {
            if seen.insert(surface.to_string()) {
                patterns.push(surface.to_string());
                forms.push((actor, form));
            }
        };
        let mut by_code: Vec<(String, usize)> = Vec::new();
        // Our own tables' forms, and the list's, kept apart: ours are added first and win.
        let mut ours: Vec<(String, usize, Form)> = Vec::new();
        let mut listed: Vec<(String, usize, Form)> = Vec::new();
        for country in keshvar::CountryIterator::new() {
            let code = format!("{:?}", country.alpha2());
            let names: Vec<&str> = country
                .unofficial_name_list()
                .iter()
                .chain(std::iter::once(&country.iso_short_name()))
                .copied()
                .filter(|name| is_plain_name(name) && !AMBIGUOUS_COUNTRY_NAMES.contains(name))
                .collect();
            let name = DISPLAY_NAMES
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, name)| *name)
                .or_else(|| names.first().copied())
                .unwrap_or_else(|| country.iso_short_name());
            let index = actors.len();
            actors.push(Known {
                id: super::slug(name),
                name: name.to_string(),
                kind: ActorKind::Country,
            });
            for surface in &names {
                listed.push(((*surface).to_string(), index, Form::Name));
                if surface.starts_with("United ") {
                    listed.push((format!("the {surface}"), index, Form::Name));
                }
            }
            if let Some(demonym) = country.maybe_nationality().filter(|d| is_plain_name(d)) {
                listed.push((demonym.to_string(), index, Form::Demonym));
            }
            if let Some((_, names, demonyms)) = EXTRA_COUNTRY_NAMES.iter().find(|e| e.0 == code) {
                ours.extend(names.iter().map(|n| ((*n).to_string(), index, Form::Name)));
                ours.extend(
                    demonyms
                        .iter()
                        .map(|d| ((*d).to_string(), index, Form::Demonym)),
                );
            }
            by_code.push((code, index));
        }
        for (surface, index, form) in &ours {
            add(&mut patterns, surface, *index, *form);
        }
        // A form the list gives to two countries ("American" for the United States and the
        // Northern Mariana Islands) names neither, unless our table settles it.
        let mut owners: HashMap<&str, HashSet<usize>> = HashMap::new();
        for (surface, index, _) in &listed {
            owners.entry(surface.as_str()).or_default().insert(*index);
        }
        for (surface, index, form) in &listed {
            if owners.get(surface.as_str()).is_none_or(|o| o.len() == 1) {
                add(&mut patterns, surface, *index, *form);
            }
        }
        for (surface, code) in METONYMS {
            if let Some((_, index)) = by_code.iter().find(|(c, _)| c == code) {
                add(&mut patterns, surface, *index, Form::Metonym);
            }
        }
        for (id, name, kind, others) in ORGANISATIONS {
            let index = actors.len();
            actors.push(Known {
                id: (*id).to_string(),
                name: (*name).to_string(),
                kind: *kind,
            });
            for surface in std::iter::once(name).chain(others.iter()) {
                add(&mut patterns, surface, index, Form::Name);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            // A DFA over 1,600 names takes milliseconds to build on every run; the NFA is
            // fast enough for reports of a few thousand words.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .ok();
        Lexicon {
            actors,
            forms,
            automaton,
        }
    }

    /// Every whole-word match of a known name in `text[range]`, as spans into `text`.
    /// "Mexico" in "New Mexico" and "US" in "US$" are not matches.
    pub fn find(&self, text: &str, range: std::ops::Range<usize>) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let slice = &text[range.clone()];
        automaton
            .find_iter(slice)
            .filter(|found| {
                let before = slice[..found.start()].chars().next_back();
                let after = slice[found.end()..].chars().next();
                let surface = &slice[found.start()..found.end()];
                let word_before = before.is_some_and(char::is_alphanumeric);
                let word_after = after.is_some_and(|c| c.is_alphanumeric() || c == '$');
                let after_new =
                    slice[..found.start()].ends_with("New ") && !surface.starts_with("New");
                !word_before && !word_after && !after_new
            })
            .map(|found| {
                let (actor, form) = self.forms[found.pattern().as_usize()];
                Hit {
                    span: range.start + found.start()..range.start + found.end(),
                    actor,
                    form,
                }
            })
            .collect()
    }

    /// The known actor whose name or any surface form is exactly `name`.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        if let Some(index) = self.actors.iter().position(|actor| actor.name == name) {
            return Some(index);
        }
        let automaton = self.automaton.as_ref()?;
        automaton
            .find(name)
            .filter(|found| found.start() == 0 && found.end() == name.len())
            .map(|found| self.forms[found.pattern().as_usize()].0)
    }
}

/// A name written in Latin letters, without the list's parenthesised or inverted forms.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(|c| {
            c.is_alphabetic() && (c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c))
                || matches!(c, ' ' | '-' | '\'' | '.')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(&str, String)> {
        LEXICON
            .find(text, 0..text.len())
            .into_iter()
            .map(|hit| (&text[hit.span], LEXICON.actors[hit.actor].name.clone()))
            .collect()
    }

    #[test]
    fn finds_countries_by_name_demonym_and_capital() {
        let rows: &[(&str, &[(&str, &str)])] = &[
            (
                "China and Russia met.",
                &[("China", "China"), ("Russia", "Russia")],
            ),
            ("The Chinese side agreed.", &[("Chinese", "China")]),
            (
                "Beijing and Moscow disagree.",
                &[("Beijing", "China"), ("Moscow", "Russia")],
            ),
            (
                "U.S.-Iran talks",
                &[("U.S.", "United States"), ("Iran", "Iran")],
            ),
            (
                "the United States said",
                &[("the United States", "United States")],
            ),
            (
                "Tehran warned Canberra.",
                &[("Tehran", "Iran"), ("Canberra", "Australia")],
            ),
            ("North Korea tested", &[("North Korea", "North Korea")]),
            (
                "American and British troops",
                &[("American", "United States"), ("British", "United Kingdom")],
            ),
            (
                "the UAE and Saudi Arabia",
                &[
                    ("UAE", "United Arab Emirates"),
                    ("Saudi Arabia", "Saudi Arabia"),
                ],
            ),
        ];
        for (text, expected) in rows {
            let found = names(text);
            let expected: Vec<(&str, String)> = expected
                .iter()
                .map(|(s, n)| (*s, (*n).to_string()))
                .collect();
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn finds_organisations_longest_first() {
        let found = names("the UN Security Council and NATO and the G8+5 Summit");
        assert_eq!(
            found,
            [
                (
                    "UN Security Council",
                    "United Nations Security Council".to_string()
                ),
                ("NATO", "NATO".to_string()),
                ("G8+5 Summit", "G8+5".to_string()),
            ]
        );
    }

    #[test]
    fn partial_words_and_lookalikes_are_not_names() {
        for text in [
            "US$33.4 billion",
            "New Mexico and New Jersey",
            "Chinatown",
            "the Usual suspects",
            "Indiana",
            "Rhode Island and Island hopping",
        ] {
            assert_eq!(names(text), [], "{text}");
        }
    }
}
