//! Actors: who the report speaks of — countries (by name, demonym or capital), organisations,
//! forums, legislatures, agencies, companies and titled people — each with every span where
//! the text names it.
//!
//! Rules, in order: known names from [`lexicon`]; titled people and shaped names from
//! [`patterns`]; acronyms the text defines become aliases; a person's short forms
//! (`President Hu`, `Hu`) become aliases where the text uses them. A mention inside a longer
//! mention of another actor does not count (`China` in `China National Petroleum
//! Corporation`), and a country or capital named only as a venue (`in Germany`, `a visit to
//! Moscow`) is not an actor.

pub mod lexicon;
pub mod patterns;
pub mod people;
pub mod tables;
pub mod venue;

use std::collections::HashSet;
use std::hash::BuildHasher;
use std::ops::Range;

use crate::brief::ActorKind;

use self::lexicon::{Form, LEXICON};
use super::{ActorCandidate, Document};

/// An actor while it is being gathered.
#[derive(Debug, Clone)]
struct Draft {
    name: String,
    kind: ActorKind,
    /// Every surface form the text uses, the name among them.
    forms: Vec<String>,
    role: Option<String>,
    affiliation: Option<usize>,
    mentions: Vec<(Range<usize>, Form)>,
    /// The lexicon's entry, for lexicon actors.
    known: Option<usize>,
    /// Named by a personal name, so its short forms (`Hu`, `Trump`) name it too.
    person: bool,
}

/// Every actor the text names, in order of first mention, with unique slug ids.
///
/// Spans are byte ranges into `doc.text`, inside the body's paragraphs; the front matter is
/// not read. An actor's `aliases` are the other forms the text uses for it; `affiliation` is
/// the id of a country the text ties a person or body to (`Chinese President`, `Russia's
/// Foreign Minister`, `China National Petroleum Corporation`).
pub fn extract(doc: &Document) -> Vec<ActorCandidate> {
    let text = doc.text.as_str();
    let mut drafts: Vec<Draft> = Vec::new();
    for block in &doc.paragraphs {
        let Some(range) = checked(text, &block.span) else {
            continue;
        };
        gather_known(text, range.clone(), &mut drafts);
        gather_titled(text, range.clone(), &mut drafts);
        gather_named(text, range.clone(), &mut drafts);
        gather_acronyms(text, range, &mut drafts);
    }
    add_short_forms(doc, &mut drafts);
    drop_contained_mentions(&mut drafts);
    finish(text, &drafts)
}

/// The span when it lies on `char` boundaries inside `text`.
fn checked(text: &str, span: &Range<usize>) -> Option<Range<usize>> {
    text.get(span.clone()).map(|_| span.clone())
}

fn gather_known(text: &str, range: Range<usize>, drafts: &mut Vec<Draft>) {
    for hit in LEXICON.find(text, range) {
        let index = drafts
            .iter()
            .position(|d| d.known == Some(hit.actor))
            .unwrap_or_else(|| {
                let known = &LEXICON.actors[hit.actor];
                drafts.push(Draft {
                    name: known.name.clone(),
                    kind: known.kind,
                    forms: Vec::new(),
                    role: None,
                    affiliation: None,
                    mentions: Vec::new(),
                    known: Some(hit.actor),
                    person: false,
                });
                drafts.len() - 1
            });
        mention(&mut drafts[index], text, hit.span, hit.form);
    }
}

fn mention(draft: &mut Draft, text: &str, span: Range<usize>, form: Form) {
    let surface = &text[span.clone()];
    if !draft.forms.iter().any(|f| f == surface) {
        draft.forms.push(surface.to_string());
    }
    if !draft.mentions.iter().any(|(s, _)| *s == span) {
        draft.mentions.push((span, form));
    }
}

/// The country draft whose mention ends just before `at` (`Chinese ` or `Russia's `).
fn country_before(text: &str, at: usize, drafts: &[Draft]) -> Option<(usize, usize)> {
    drafts.iter().enumerate().find_map(|(index, draft)| {
        if draft.kind != ActorKind::Country {
            return None;
        }
        draft.mentions.iter().find_map(|(span, _)| {
            let gap = text.get(span.end..at)?;
            matches!(gap, " " | "'s " | "’s " | "' ").then_some((index, span.start))
        })
    })
}

fn gather_titled(text: &str, range: Range<usize>, drafts: &mut Vec<Draft>) {
    for found in people::titled(text, range) {
        let title = &text[found.title.clone()];
        let country = country_before(text, found.title.start, drafts);
        let Some(name_span) = found.name.clone() else {
            // "Iran's Foreign Minister": a role the text names without a person.
            if let Some((country, start)) = country.filter(|_| people::is_office(title)) {
                let name = text[start..found.title.end].to_string();
                let index = find_or_add(drafts, &name, found.kind);
                drafts[index].role.get_or_insert_with(|| title.to_string());
                drafts[index].affiliation.get_or_insert(country);
                mention(&mut drafts[index], text, found.title.clone(), Form::Name);
            }
            continue;
        };
        let name = &text[name_span.clone()];
        let index = match drafts.iter().position(|d| same_person(d, name)) {
            Some(index) => {
                let draft = &mut drafts[index];
                if name.split(' ').count() > draft.name.split(' ').count() {
                    draft.name = name.to_string();
                }
                index
            }
            None => find_or_add(drafts, name, found.kind),
        };
        let role = match country {
            Some((_, start)) => text[start..found.title.end].to_string(),
            None => title.to_string(),
        };
        let draft = &mut drafts[index];
        draft.person = true;
        draft.role.get_or_insert(role);
        if let Some((country, _)) = country {
            draft.affiliation.get_or_insert(country);
        }
        mention(draft, text, found.title.start..name_span.end, Form::Name);
    }
}

/// Whether a person draft and a name are the same person: equal names, or one a single word
/// that is the other's first or last word (`Hu` and `Hu Jintao`, `Trump` and `Donald Trump`).
fn same_person(draft: &Draft, name: &str) -> bool {
    if !matches!(draft.kind, ActorKind::Leader | ActorKind::Official) {
        return false;
    }
    let a: Vec<&str> = draft.name.split(' ').collect();
    let b: Vec<&str> = name.split(' ').collect();
    let short_of = |short: &[&str], long: &[&str]| {
        short.len() == 1 && (long.first() == short.first() || long.last() == short.first())
    };
    a == b || short_of(&a, &b) || short_of(&b, &a)
}

fn find_or_add(drafts: &mut Vec<Draft>, name: &str, kind: ActorKind) -> usize {
    if let Some(index) = drafts.iter().position(|d| d.name == name) {
        return index;
    }
    drafts.push(Draft {
        name: name.to_string(),
        kind,
        forms: Vec::new(),
        role: None,
        affiliation: None,
        mentions: Vec::new(),
        known: None,
        person: false,
    });
    drafts.len() - 1
}

fn gather_named(text: &str, range: Range<usize>, drafts: &mut Vec<Draft>) {
    for found in patterns::named(text, range) {
        let mut span = found.span.clone();
        let hits = LEXICON.find(text, span.clone());
        // A known name, or a run holding a known organisation ("G20 and the World Bank").
        let holds_known = hits
            .iter()
            .any(|hit| LEXICON.actors[hit.actor].kind != ActorKind::Country);
        if LEXICON.lookup(&text[span.clone()]).is_some() || holds_known {
            continue;
        }
        // A country before a ministry's own name is its owner, not part of the name
        // ("U.S. Bureau of Labor Statistics"); a company keeps it ("China National …").
        let leading = hits.iter().find(|hit| hit.span.start == span.start);
        let owner_prefix = leading.filter(|hit| {
            found.kind == ActorKind::Organisation
                && text[hit.span.end..].starts_with(' ')
                && text[hit.span.end + 1..span.end].split_whitespace().count() >= 2
        });
        if let Some(hit) = owner_prefix {
            span.start = hit.span.end + 1;
        }
        let country_of = |actor: usize| drafts.iter().position(|d| d.known == Some(actor));
        // A body belongs to the country it is named after or that stands just before it
        // ("China National Petroleum Corporation", "Iran's Armed Forces").
        let country = leading
            .and_then(|hit| country_of(hit.actor))
            .or_else(|| country_before(text, span.start, drafts).map(|(c, _)| c))
            .filter(|&c| drafts[c].kind == ActorKind::Country);
        let index = find_or_add(drafts, &text[span.clone()], found.kind);
        if let Some(country) = country {
            drafts[index].affiliation.get_or_insert(country);
        }
        mention(&mut drafts[index], text, span, Form::Name);
    }
}

fn gather_acronyms(text: &str, range: Range<usize>, drafts: &mut Vec<Draft>) {
    for found in patterns::acronyms(text, range) {
        let long = &text[found.long.clone()];
        let short = &text[found.short.clone()];
        let owner = drafts
            .iter()
            .position(|d| d.mentions.iter().any(|(s, _)| *s == found.long))
            .or_else(|| {
                patterns::is_organisation_name(long)
                    .then(|| find_or_add(drafts, long, ActorKind::Organisation))
            });
        if let Some(index) = owner {
            if drafts[index].mentions.is_empty() {
                mention(&mut drafts[index], text, found.long.clone(), Form::Name);
            }
            mention(&mut drafts[index], text, found.short, Form::Name);
            let _ = short;
        }
    }
}

/// Finds later uses of each person's short forms and each defined acronym: `President Hu`,
/// `Hu`, `CRS`, as whole words in the paragraphs.
fn add_short_forms(doc: &Document, drafts: &mut [Draft]) {
    let text = doc.text.as_str();
    for draft in drafts.iter_mut() {
        let mut forms: Vec<String> = Vec::new();
        if draft.person {
            let words: Vec<&str> = draft.name.split(' ').collect();
            if words.len() > 1 {
                for short in [words[0], words[words.len() - 1]] {
                    if short.chars().count() >= 2 && short.chars().any(char::is_lowercase) {
                        forms.push(short.to_string());
                    }
                }
            }
        }
        // Acronyms and names already seen: find their other occurrences.
        forms.extend(
            draft
                .forms
                .iter()
                .filter(|f| f.chars().filter(|c| c.is_uppercase()).count() >= 2 && !f.contains(' '))
                .cloned(),
        );
        for form in forms {
            for block in &doc.paragraphs {
                let Some(slice) = text.get(block.span.clone()) else {
                    continue;
                };
                for (at, _) in slice.match_indices(form.as_str()) {
                    let start = block.span.start + at;
                    let end = start + form.len();
                    if is_whole_word(text, start..end) {
                        mention(draft, text, start..end, Form::Name);
                    }
                }
            }
        }
    }
}

fn is_whole_word(text: &str, span: Range<usize>) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric)
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '$')
}

/// Drops each mention that lies inside a longer mention (of any actor: `Hu` inside
/// `President Hu`, `China` inside `China National Petroleum Corporation`).
fn drop_contained_mentions(drafts: &mut [Draft]) {
    let all: Vec<(usize, Range<usize>)> = drafts
        .iter()
        .enumerate()
        .flat_map(|(i, d)| d.mentions.iter().map(move |(s, _)| (i, s.clone())))
        .collect();
    for draft in drafts.iter_mut() {
        draft.mentions.retain(|(span, _)| {
            !all.iter().any(|(_, outer)| {
                outer.start <= span.start && span.end <= outer.end && outer.len() > span.len()
            })
        });
    }
}

fn finish(text: &str, drafts: &[Draft]) -> Vec<ActorCandidate> {
    let keep: Vec<bool> = drafts
        .iter()
        .map(|draft| {
            let country = draft.kind == ActorKind::Country;
            draft.mentions.iter().any(|(span, form)| {
                !country || *form == Form::Demonym || !venue::is_venue(text, span)
            })
        })
        .collect();
    let mut order: Vec<usize> = (0..drafts.len()).filter(|&i| keep[i]).collect();
    order.sort_by_key(|&i| drafts[i].mentions.iter().map(|(s, _)| s.start).min());
    let mut used = HashSet::new();
    let ids: Vec<Option<String>> = (0..drafts.len())
        .map(|i| {
            keep[i].then(|| {
                let base = drafts[i]
                    .known
                    .map_or_else(|| slug(&drafts[i].name), |k| LEXICON.actors[k].id.clone());
                unique(&base, "actor", &mut used)
            })
        })
        .collect();
    order
        .into_iter()
        .filter_map(|i| {
            let draft = &drafts[i];
            let mut mentions: Vec<Range<usize>> =
                draft.mentions.iter().map(|(s, _)| s.clone()).collect();
            mentions.sort_by_key(|s| s.start);
            let used_forms: HashSet<&str> = mentions.iter().map(|s| &text[s.clone()]).collect();
            let aliases = draft
                .forms
                .iter()
                .filter(|f| **f != draft.name && used_forms.contains(f.as_str()))
                .cloned()
                .collect();
            Some(ActorCandidate {
                id: ids[i].clone()?,
                name: draft.name.clone(),
                kind: draft.kind,
                aliases,
                role: draft.role.clone(),
                affiliation: draft.affiliation.and_then(|a| ids[a].clone()),
                mentions,
            })
        })
        .collect()
}

/// A lower-case ASCII slug of a name: letters and digits, other runs become one `-`
/// (`Hu Jintao` → `hu-jintao`, `G8+5` → `g8-5`). Empty when the name has no ASCII letter
/// or digit.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') && c != '\'' && c != '’' && c != '.' {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// `base` (or `fallback` when `base` is empty), made unique against `used` with `-2`, `-3`…
pub fn unique<S: BuildHasher>(base: &str, fallback: &str, used: &mut HashSet<String, S>) -> String {
    let base = if base.is_empty() { fallback } else { base };
    let mut id = base.to_string();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests;
