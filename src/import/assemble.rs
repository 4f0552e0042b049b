//! Assembly: the document, its meta and the extractors' candidates become one `Brief` with
//! ids, paragraph links and `origin = "import"`, ready for `validate`.
//!
//! (Being built: today only the paragraphs are assembled.)

use crate::brief::{Brief, BriefDate, Meta, Paragraph};

use super::{Document, MetaFacts};

/// Builds a brief from `doc`: runs every extractor over it and assembles the items.
///
/// The brief's `meta.source` is `doc.text`, so every quote is a slice of it. Fields the
/// report does not state stay empty (`published` is `undated`, the title is "Untitled
/// report" only when the report has none).
pub fn build(doc: &Document, facts: &MetaFacts) -> Brief {
    let summary = doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, block)| Paragraph {
            id: format!("p{}", i + 1),
            section: block.section.clone(),
            text: doc.text[block.span.clone()].to_string(),
        })
        .collect();
    Brief {
        meta: Meta {
            title: facts
                .title
                .clone()
                .unwrap_or_else(|| "Untitled report".to_string()),
            subtitle: None,
            series: facts.series.clone(),
            number: facts.number.clone(),
            authors: facts.authors.clone(),
            publisher: None,
            published: facts.published.clone().unwrap_or(BriefDate::Undated),
            source: doc.text.clone(),
            source_file: None,
            origin: Some("import".to_string()),
        },
        summary,
        actors: Vec::new(),
        themes: Vec::new(),
        timeline: Vec::new(),
        figures: Vec::new(),
        positions: Vec::new(),
        deck: None,
    }
}
