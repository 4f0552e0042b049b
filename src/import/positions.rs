//! Positions: who takes what stance on which issue, from clauses with a stance verb
//! (`welcomed`, `vetoed`, `seeks`, `called for`, `rejected`, `warned`, `agreed`,
//! `estimated`, `launched`…) whose subject — or passive agent (`rejected by the Senate`) —
//! is an actor. One position per actor per sentence. Where a person voices a country's view
//! (`as pointed out by Chinese Foreign Minister Yang Jiechi`), the country holds the position
//! and the person is `stated_by`.
//!
//! The verb families live in [`verbs`]; this file finds subjects and builds the candidates.

mod acted_on;
pub mod issue;
pub mod reference;
pub mod verbs;

use std::ops::Range;

use crate::brief::ActorKind;

use super::{ActorCandidate, Document, PositionCandidate};
use crate::brief::sentences;

/// Words before an actor that make it the object of a preposition, not a subject.
const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "at",
    "with",
    "from",
    "to",
    "against",
    "on",
    "by",
    "for",
    "between",
    "over",
    "into",
    "toward",
    "towards",
    "about",
    "than",
    "including",
    "per",
    "via",
    "under",
    "among",
    "like",
    "as",
];

/// People who speak for the body after them (`officials from the European Union`), so a
/// preposition after them does not make that body an object.
const SPOKESPEOPLE: &[&str] = &[
    "officials",
    "leaders",
    "representatives",
    "members",
    "diplomats",
    "negotiators",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ministers",
    "lawmakers",
    "delegates",
];

/// What may stand between two actors of one subject (`Oman, Kuwait and Saudi Arabia`).
const JOINERS: &[&str] = &[",", "and", ", and", "or", "-", "both", "nor", "&"];

/// Words before a person that make them the voice of a view (`as pointed out by`, `said`).
const VOICES: &[&str] = &[
    "pointed out by",
    "noted by",
    "stated by",
    "stressed by",
    "emphasized by",
    "emphasised by",
    "according to",
    "said",
    "says",
    "wrote",
    "added",
];

/// At most this many words between a subject and its verb (`has reportedly`, `in March`).
const MAX_GAP_WORDS: usize = 6;

/// The positions `doc` states, in text order. `actors` are the document's actors, whose
/// mentions (byte spans into `doc.text`) decide subjects; `quote` is the whole sentence
/// (a byte range into `doc.text`), `issue` the verb's object (a few words of the sentence),
/// `summary` the verb phrase as the sentence words it.
pub fn extract(doc: &Document, actors: &[ActorCandidate]) -> Vec<PositionCandidate> {
    let text = doc.text.as_str();
    let mut mentions: Vec<(Range<usize>, usize)> = actors
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.mentions.iter().map(move |m| (m.clone(), i)))
        .filter(|(m, _)| text.get(m.clone()).is_some())
        .collect();
    mentions.sort_by_key(|(m, _)| m.start);
    let mut out = Vec::new();
    let mut previous_start = 0;
    for block in &doc.paragraphs {
        if text.get(block.span.clone()).is_none() {
            continue;
        }
        let from = previous_start;
        previous_start = block.span.start;
        for sentence in sentences::split_lines(text, block.span.clone()) {
            let mut held: Vec<usize> = Vec::new();
            for clause in clauses(text, sentence.clone()) {
                let found = positions_in_clause(text, (from, &clause), &mentions, actors);
                for (holder, stated_by, verb) in found {
                    if held.contains(&holder) {
                        continue;
                    }
                    held.push(holder);
                    out.push(candidate(
                        text,
                        &sentence,
                        &verb,
                        &actors[holder],
                        stated_by.map(|s| &actors[s]),
                    ));
                }
            }
        }
    }
    out
}

/// A sentence cut at semicolons: each part states its own stance.
fn clauses(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    for (at, _) in text[sentence.clone()].match_indices(';') {
        out.push(start..sentence.start + at);
        start = sentence.start + at + 1;
    }
    out.push(start..sentence.end);
    out
}

/// (holder, `stated_by`, verb span) for each stance verb of the clause with a subject.
/// `from` is where pronouns may look back to: the start of the previous paragraph.
fn positions_in_clause(
    text: &str,
    (from, clause): (usize, &Range<usize>),
    mentions: &[(Range<usize>, usize)],
    actors: &[ActorCandidate],
) -> Vec<(usize, Option<usize>, verbs::Verb)> {
    let quoted = quoted_spans(text, clause);
    let bracketed = bracketed_spans(text, clause);
    let inside = |span: &Range<usize>, spans: &[Range<usize>]| {
        spans
            .iter()
            .any(|s| s.start <= span.start && span.end <= s.end)
    };
    let here: Vec<(Range<usize>, usize)> = mentions
        .iter()
        .filter(|(m, _)| clause.start <= m.start && m.end <= clause.end)
        .filter(|(m, _)| !inside(m, &quoted) && !inside(m, &bracketed))
        .cloned()
        .collect();
    let voice = voice_in(text, &here, actors);
    let mention_ends: Vec<usize> = here.iter().map(|(m, _)| m.end).collect();
    let mut out = Vec::new();
    for verb in verbs::find(text, clause.clone()) {
        if inside(&verb.span, &quoted)
            || inside(&verb.span, &bracketed)
            || acted_on::in_a_compound(text, &verb.span, &mention_ends)
        {
            continue;
        }
        let mut holders = agent_after(text, &verb.span, &here);
        // `The ESF was established …`, `a colony established in 1788`: the words before
        // name what was acted on; only a `by` agent holds the position.
        if holders.is_empty() && acted_on::is_passive(text, clause.start, &verb.span, &mention_ends)
        {
            continue;
        }
        // `U.S. goods exports increased`, `China and Russia share positions on many
        // international issues`: a common noun right before the verb is its subject.
        let noun_subject = holders.is_empty()
            && acted_on::has_noun_subject(text, clause.start, &verb.span, &mention_ends);
        if holders.is_empty() && !noun_subject {
            holders = subject_before(text, clause.start, &verb.span, &here, &bracketed);
        }
        if holders.is_empty() && voice.is_none() && !noun_subject {
            let gap_start = text[clause.start..verb.span.start]
                .rfind([',', ';', ':'])
                .map_or(clause.start, |at| clause.start + at + 1);
            let gap = without_brackets(text, gap_start..verb.span.start, &bracketed);
            if let Some(pronoun) = reference::pronoun_in(&gap) {
                let window = (from, verb.span.start);
                holders = reference::antecedent(text, mentions, window, actors, pronoun);
            }
        }
        let holders: Vec<usize> = holders
            .into_iter()
            .filter(|&h| voice != Some(h) || actors[h].affiliation.is_none())
            .collect();
        if holders.is_empty() {
            if let Some(person) = voice {
                let country = actors[person]
                    .affiliation
                    .as_ref()
                    .and_then(|id| actors.iter().position(|a| &a.id == id));
                match country {
                    Some(country) => out.push((country, Some(person), verb.clone())),
                    None => out.push((person, None, verb.clone())),
                }
            }
            continue;
        }
        for holder in holders {
            let stated_by = voice
                .filter(|&v| actors[v].affiliation.as_deref() == Some(actors[holder].id.as_str()));
            out.push((holder, stated_by, verb.clone()));
        }
    }
    out
}

/// Spans between double quotation marks, straight or curly.
fn quoted_spans(text: &str, clause: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text[clause.clone()].char_indices() {
        let at = clause.start + at;
        match (c, open) {
            ('"', None) | ('“', _) => open = Some(at),
            ('"' | '”', Some(start)) => {
                out.push(start..at + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Spans inside parentheses, which hold asides rather than the clause's subject.
fn bracketed_spans(text: &str, clause: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open = Vec::new();
    for (at, c) in text[clause.clone()].char_indices() {
        match c {
            '(' => open.push(clause.start + at),
            ')' => {
                if let Some(start) = open.pop() {
                    out.push(start..clause.start + at + 1);
                }
            }
            _ => {}
        }
    }
    out
}

/// The person voicing the clause (`as pointed out by P`, `said P`), if any.
fn voice_in(
    text: &str,
    here: &[(Range<usize>, usize)],
    actors: &[ActorCandidate],
) -> Option<usize> {
    here.iter().enumerate().find_map(|(index, (span, actor))| {
        if !matches!(actors[*actor].kind, ActorKind::Leader | ActorKind::Official) {
            return None;
        }
        // Skip a country named just before the person ("Chinese Foreign Minister …").
        let mut start = span.start;
        if let Some((previous, _)) = index.checked_sub(1).map(|i| &here[i])
            && text
                .get(previous.end..span.start)
                .is_some_and(|gap| matches!(gap, " " | "'s "))
        {
            start = previous.start;
        }
        // Only the words just before: the longest voice phrase plus slack, never the whole
        // text so far (that was a copy per mention, quadratic in the document).
        let before = crate::import::dates::window_before(text, start, 48)
            .trim_end()
            .to_lowercase();
        VOICES.iter().any(|v| before.ends_with(v)).then_some(*actor)
    })
}

/// The actors of a passive agent right after the verb (`rejected by the House and Senate`).
fn agent_after(text: &str, verb: &Range<usize>, here: &[(Range<usize>, usize)]) -> Vec<usize> {
    let rest = &text[verb.end..];
    let Some(after_by) = rest.strip_prefix(" by ") else {
        return Vec::new();
    };
    let start = verb.end + rest.len() - after_by.len();
    let after_the = start + after_by.strip_prefix("the ").map_or(0, |_| 4);
    let Some(first) = here
        .iter()
        .position(|(m, _)| m.start == start || m.start == after_the)
    else {
        return Vec::new();
    };
    let mut group = vec![here[first].1];
    let mut end = here[first].0.end;
    for (m, actor) in &here[first + 1..] {
        if !text.get(end..m.start).is_some_and(is_joiner) {
            break;
        }
        group.push(*actor);
        end = m.end;
    }
    group.dedup();
    group
}

/// Whether the text between two mentions joins them into one subject.
pub fn is_joiner(gap: &str) -> bool {
    let gap = gap.trim();
    let gap = gap.strip_suffix(" the").unwrap_or(gap);
    JOINERS.contains(&gap)
}

/// The actors of the subject closest before the verb in the clause: the nearest mention not
/// governed by a preposition, at most [`MAX_GAP_WORDS`] words (asides in parentheses not
/// counted) before the verb, with the actors joined to it by `,`, `and`, `or`.
fn subject_before(
    text: &str,
    clause_start: usize,
    verb: &Range<usize>,
    here: &[(Range<usize>, usize)],
    bracketed: &[Range<usize>],
) -> Vec<usize> {
    let before: Vec<&(Range<usize>, usize)> = here
        .iter()
        .filter(|(m, _)| m.start >= clause_start && m.end <= verb.start)
        .collect();
    let Some(&last) = before.last() else {
        return Vec::new();
    };
    let gap = without_brackets(text, last.0.end..verb.start, bracketed);
    let gap = gap.trim_start_matches(['\'', '’', 's']);
    if gap.contains([',', ':', '"', '“', '”']) || gap.split_whitespace().count() > MAX_GAP_WORDS
    {
        return Vec::new();
    }
    let mut group = vec![last.1];
    let mut first = last.0.start;
    for (m, actor) in before.iter().rev().skip(1) {
        if !is_joiner(&without_brackets(text, m.end..first, bracketed)) {
            break;
        }
        group.push(*actor);
        first = m.start;
    }
    let mut words = text[clause_start..first]
        .split_whitespace()
        .rev()
        .filter(|w| *w != "the" && *w != "The")
        .map(str::to_lowercase);
    let previous_word = words.next().unwrap_or_default();
    let speaker = words.next().unwrap_or_default();
    if PREPOSITIONS.contains(&previous_word.as_str()) && !SPOKESPEOPLE.contains(&speaker.as_str()) {
        return Vec::new();
    }
    if acted_on::is_told_to_act(gap, &previous_word) {
        return Vec::new();
    }
    group.reverse();
    group.dedup();
    group
}

/// The text of `span` with the bracketed asides inside it left out; empty for an empty or
/// reversed span (two mentions that overlap).
fn without_brackets(text: &str, span: Range<usize>, bracketed: &[Range<usize>]) -> String {
    if span.start >= span.end {
        return String::new();
    }
    let mut inner: Vec<&Range<usize>> = bracketed
        .iter()
        .filter(|b| b.start >= span.start && b.end <= span.end)
        .collect();
    inner.sort_by_key(|b| b.start);
    let mut out = String::new();
    let mut at = span.start;
    for b in inner {
        // A bracket nested in one already skipped starts before `at`.
        if b.start >= at {
            out.push_str(&text[at..b.start]);
        }
        at = at.max(b.end);
    }
    out.push_str(&text[at..span.end]);
    out
}

fn candidate(
    text: &str,
    sentence: &Range<usize>,
    verb: &verbs::Verb,
    holder: &ActorCandidate,
    stated_by: Option<&ActorCandidate>,
) -> PositionCandidate {
    let (issue, summary) = verbs::object_and_summary(text, sentence, verb);
    PositionCandidate {
        actor: holder.id.clone(),
        stated_by: stated_by.map(|p| p.id.clone()),
        stance: verb.stance,
        issue,
        summary,
        quote: sentence.clone(),
    }
}

#[cfg(test)]
mod tests;
