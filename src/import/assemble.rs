//! Assembly: the document, its meta and the extractors' candidates become one `Brief` with
//! unique ids, paragraphs with their sections, themes from the headings, items tied to their
//! paragraph and to the actors their quote names, and `origin = "import"`, ready for
//! `validate`.

mod items;

use std::collections::{HashMap, HashSet};

use crate::brief::{Actor, Brief, BriefDate, Meta, Paragraph};

use super::{
    ActorCandidate, Document, EventCandidate, FigureCandidate, MetaFacts, PositionCandidate,
    actors, dates, figures, positions, themes, timeline,
};

/// What the extractors found in a document, before assembly.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Candidates {
    pub actors: Vec<ActorCandidate>,
    pub events: Vec<EventCandidate>,
    pub figures: Vec<FigureCandidate>,
    pub positions: Vec<PositionCandidate>,
}

/// Builds a brief from `doc`: runs every extractor over it and assembles the items.
///
/// The brief's `meta.source` is `doc.text`, so every quote is a slice of it. Fields the
/// report does not state stay empty (`published` is `undated`, the title is "Untitled
/// report" only when the report has none).
pub fn build(doc: &Document, facts: &MetaFacts) -> Brief {
    assemble(doc, facts, &extract(doc, facts))
}

/// Runs the extractors: actors first, since positions need their mentions.
pub fn extract(doc: &Document, facts: &MetaFacts) -> Candidates {
    let actors = actors::extract(doc);
    let positions = positions::extract(doc, &actors);
    // Found once: the timeline takes the events among them, the figures their periods.
    let mentions = dates::in_document(doc);
    Candidates {
        events: timeline::extract_with(doc, &mentions, facts.published.as_ref()),
        figures: figures::extract_with(doc, &mentions),
        positions,
        actors,
    }
}

/// Assembles candidates into a brief that passes `validate` for any document whose text has
/// something besides white space:
///
/// - paragraphs `p1`, `p2`… are the document's non-blank paragraphs, verbatim, with their
///   section; a document without paragraphs becomes one paragraph of its trimmed text;
/// - ids are unique across the brief (actor slugs, theme slugs, `ev-…`, `fig-…`, `pos-…`,
///   with `-2`, `-3` on a clash);
/// - an item whose quote is empty, off the text's `char` boundaries or in no paragraph is
///   left out, as is a figure with no unit or a non-finite value and a position whose actor
///   is unknown; references to unknown actors are dropped;
/// - each item's `paragraph` is the first paragraph containing its quote (the loader's
///   rule), its themes that paragraph's section theme, and its actors those named in the
///   quote (for a position: its holder);
/// - the timeline is in the loader's order (stable, by date).
pub fn assemble(doc: &Document, facts: &MetaFacts, candidates: &Candidates) -> Brief {
    let mut used = HashSet::new();
    let (summary, spans, sections) = paragraphs(doc, &mut used);
    let actor_ids = actor_ids(&candidates.actors, &mut used);
    let actors = brief_actors(&candidates.actors, &actor_ids);
    let section_doc = Document {
        text: String::new(),
        paragraphs: sections,
        front: Vec::new(),
    };
    let themes = themes::extract(&section_doc, &mut used);
    let context = items::Context {
        text: &doc.text,
        summary: &summary,
        spans: &spans,
        themes: &themes.of_paragraph,
        actors: &candidates.actors,
        actor_ids: &actor_ids,
    };
    let mut timeline = items::events(&context, &candidates.events, &mut used);
    timeline.sort_by(|a, b| a.date.cmp(&b.date));
    let figures = items::figures(&context, &candidates.figures, &mut used);
    let positions = items::positions(&context, &candidates.positions, &mut used);
    Brief {
        meta: meta(doc, facts),
        summary,
        actors,
        themes: themes.themes,
        timeline,
        figures,
        positions,
        deck: None,
    }
}

fn meta(doc: &Document, facts: &MetaFacts) -> Meta {
    let non_empty = |value: &Option<String>| {
        value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    Meta {
        title: non_empty(&facts.title).unwrap_or_else(|| "Untitled report".to_string()),
        subtitle: None,
        series: non_empty(&facts.series),
        number: non_empty(&facts.number),
        authors: facts
            .authors
            .iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect(),
        publisher: None,
        published: facts.published.clone().unwrap_or(BriefDate::Undated),
        source: doc.text.clone(),
        source_file: None,
        origin: Some("import".to_string()),
    }
}

/// The brief's paragraphs, their spans in the text, and the blocks they come from (for
/// their sections).
fn paragraphs(
    doc: &Document,
    used: &mut HashSet<String>,
) -> (
    Vec<Paragraph>,
    Vec<std::ops::Range<usize>>,
    Vec<super::Block>,
) {
    let mut blocks: Vec<super::Block> = doc
        .paragraphs
        .iter()
        .filter(|b| {
            doc.text
                .get(b.span.clone())
                .is_some_and(|t| !t.trim().is_empty())
        })
        .cloned()
        .collect();
    if blocks.is_empty() {
        let trimmed = doc.text.trim();
        if !trimmed.is_empty() {
            let start = doc.text.len() - doc.text.trim_start().len();
            blocks.push(super::Block {
                span: start..start + trimmed.len(),
                section: None,
            });
        }
    }
    let summary = blocks
        .iter()
        .enumerate()
        .map(|(i, block)| Paragraph {
            id: actors::unique(&format!("p{}", i + 1), "p", used),
            section: block
                .section
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            text: doc.text[block.span.clone()].to_string(),
        })
        .collect();
    let spans = blocks.iter().map(|b| b.span.clone()).collect();
    (summary, spans, blocks)
}

/// Each candidate's id in the brief, unique across it.
fn actor_ids(candidates: &[ActorCandidate], used: &mut HashSet<String>) -> HashMap<String, String> {
    let mut ids = HashMap::new();
    for candidate in candidates {
        if ids.contains_key(&candidate.id) {
            continue;
        }
        let base = actors::slug(&candidate.id);
        let id = actors::unique(&base, "actor", used);
        ids.insert(candidate.id.clone(), id);
    }
    ids
}

fn brief_actors(candidates: &[ActorCandidate], ids: &HashMap<String, String>) -> Vec<Actor> {
    let mut seen = HashSet::new();
    candidates
        .iter()
        .filter(|c| seen.insert(c.id.clone()))
        .filter_map(|c| {
            let name = c.name.trim();
            Some(Actor {
                id: ids.get(&c.id)?.clone(),
                name: if name.is_empty() {
                    c.id.clone()
                } else {
                    name.to_string()
                },
                kind: c.kind,
                aliases: c.aliases.clone(),
                role: c.role.clone(),
                affiliation: c.affiliation.as_ref().and_then(|a| ids.get(a)).cloned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
