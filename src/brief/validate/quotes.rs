//! Quotes and paragraphs against the source: each paragraph verbatim and in order, each
//! quote inside a paragraph, whose id the loader fills in.
//!
//! Linear in the brief: paragraphs are found once, giving their byte spans in the source; a
//! quote is looked for in the paragraph it names first, then all remaining quotes at once in
//! a few passes over the source, so no quote rescans the whole source (issue 12 §5).

use foldhash::{HashMap, HashMapExt};

use super::{Finding, id_anchor, tag};
use crate::brief::{Brief, Section};
use find::{Place, find_all};

mod find;

/// Each paragraph must appear verbatim in the source, after the one before it. Returns each
/// paragraph's byte span in the source (`None` when it is not there).
pub(super) fn check_summary(
    brief: &Brief,
    findings: &mut Vec<Finding>,
) -> Vec<Option<(usize, usize)>> {
    let source = brief.meta.source.as_str();
    let mut search_from = 0;
    let mut spans = Vec::with_capacity(brief.summary.len());
    for (index, paragraph) in brief.summary.iter().enumerate() {
        let from = findings.len();
        let anchor = id_anchor(&paragraph.id);
        let id = &paragraph.id;
        if paragraph.text.trim().is_empty() {
            findings.push(
                Finding::new(anchor, format!("paragraph {id:?} has no text")).in_field("text"),
            );
            spans.push(None);
        } else if let Some(at) = source[search_from..].find(&paragraph.text) {
            let start = search_from + at;
            search_from = start + paragraph.text.len();
            spans.push(Some((start, search_from)));
        } else {
            let message = if source.contains(&paragraph.text) {
                format!(
                    "paragraph {id:?} is out of order: the source has it before the paragraph listed ahead of it"
                )
            } else {
                format!(
                    "paragraph {id:?} is not in the source text verbatim: {}",
                    excerpt(&paragraph.text)
                )
            };
            findings.push(Finding::new(anchor, message).in_field("text"));
            spans.push(None);
        }
        tag(findings, from, Section::Summary, index);
    }
    spans
}

/// Every quote must be an exact substring of the source, inside one of the paragraphs; an
/// item without `paragraph` gets the id of the first paragraph holding its quote, and one
/// with it must name a paragraph that holds the quote.
///
/// Quotes not settled by the paragraph they name are found together, in a few passes over
/// the source ([`find_all`]).
pub(super) fn assign_paragraphs(
    brief: &mut Brief,
    spans: &[Option<(usize, usize)>],
    findings: &mut Vec<Finding>,
) {
    let items = quoted(brief);
    // Paragraph texts by id (the first of a duplicated id, as `Brief::paragraph` finds it).
    let mut texts: HashMap<&str, &str> = HashMap::with_capacity(brief.summary.len());
    for paragraph in &brief.summary {
        texts.entry(&paragraph.id).or_insert(&paragraph.text);
    }
    // Quotes to look for, each once, and each item's index among them.
    let mut patterns: Vec<&str> = Vec::new();
    let mut pattern_of: HashMap<&str, usize> = HashMap::with_capacity(items.len());
    let mut wanted: Vec<Option<usize>> = Vec::with_capacity(items.len());
    for item in &items {
        let settled = item.quote.trim().is_empty()
            || item
                .given
                .and_then(|given| texts.get(given))
                .is_some_and(|text| text.contains(item.quote));
        wanted.push((!settled).then(|| {
            *pattern_of.entry(item.quote).or_insert_with(|| {
                patterns.push(item.quote);
                patterns.len() - 1
            })
        }));
    }
    let ordered: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(number, span)| span.map(|(start, end)| (start, end, number)))
        .collect();
    let places = find_all(&brief.meta.source, &patterns, &ordered);
    let mut assigned = Vec::new();
    for (item, pattern) in items.iter().zip(wanted) {
        let from = findings.len();
        match resolve(brief, item, pattern.map(|p| places[p])) {
            Ok(Some(found)) => assigned.push((item.section, item.index, found)),
            Ok(None) => {}
            Err(finding) => {
                findings.push(finding);
                tag(findings, from, item.section, item.index);
            }
        }
    }
    for (section, index, found) in assigned {
        let slot = match section {
            Section::Timeline => &mut brief.timeline[index].paragraph,
            Section::Figures => &mut brief.figures[index].paragraph,
            _ => &mut brief.positions[index].paragraph,
        };
        *slot = Some(found);
    }
}

/// An event, figure or position as far as its quote is concerned.
struct Quoted<'a> {
    section: Section,
    index: usize,
    kind: &'static str,
    id: &'a str,
    quote: &'a str,
    given: Option<&'a str>,
}

fn quoted(brief: &Brief) -> Vec<Quoted<'_>> {
    let events = brief.timeline.iter().enumerate().map(|(index, e)| Quoted {
        section: Section::Timeline,
        index,
        kind: "timeline event",
        id: &e.id,
        quote: &e.quote,
        given: e.paragraph.as_deref(),
    });
    let figures = brief.figures.iter().enumerate().map(|(index, f)| Quoted {
        section: Section::Figures,
        index,
        kind: "figure",
        id: &f.id,
        quote: &f.quote,
        given: f.paragraph.as_deref(),
    });
    let positions = brief.positions.iter().enumerate().map(|(index, p)| Quoted {
        section: Section::Positions,
        index,
        kind: "position",
        id: &p.id,
        quote: &p.quote,
        given: p.paragraph.as_deref(),
    });
    events.chain(figures).chain(positions).collect()
}

/// The verdict on one item's quote: `Ok(None)` when its own `paragraph` holds it (or it is
/// empty and already refused), `Ok(Some(id))` for the paragraph to fill in.
fn resolve(
    brief: &Brief,
    item: &Quoted<'_>,
    place: Option<Place>,
) -> Result<Option<String>, Finding> {
    let Quoted {
        kind,
        id,
        quote,
        given,
        ..
    } = *item;
    let anchor = || id_anchor(id);
    if quote.trim().is_empty() {
        return Err(Finding::new(
            anchor(),
            format!("{kind} {id:?}: quote is empty; give the exact sentence from the source"),
        )
        .in_field("quote"));
    }
    let Some(place) = place else {
        return Ok(None);
    };
    if !place.in_source {
        return Err(Finding::new(
            anchor(),
            format!(
                "{kind} {id:?}: quote not found in the source text: {}",
                excerpt(quote)
            ),
        )
        .in_field("quote"));
    }
    let holder = place
        .paragraph
        .map(|number| brief.summary[number].id.as_str());
    match (holder, given) {
        (None, _) => Err(Finding::new(
            anchor(),
            format!(
                "{kind} {id:?}: the quote is in the source but in no [[summary]] paragraph; add its paragraph: {}",
                excerpt(quote)
            ),
        )
        .in_field("quote")),
        (Some(found), Some(given)) => Err(Finding::new(
            anchor(),
            format!("{kind} {id:?}: paragraph is {given:?} but the quote is in {found:?}"),
        )
        .in_field("paragraph")),
        (Some(found), None) => Ok(Some(found.to_string())),
    }
}

/// A quote shortened for an error line, with any control characters made visible.
pub(super) fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    let shown: String = text.chars().take(MAX).collect();
    let ellipsis = if text.chars().count() > MAX {
        "…"
    } else {
        ""
    };
    format!("{:?}", format!("{shown}{ellipsis}"))
}
