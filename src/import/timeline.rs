//! Timeline: dated events from the document's sentences.
//!
//! (Stub in this branch so assembly can call it; the dates helper's version replaces it.)

use crate::brief::BriefDate;

use super::{Document, EventCandidate};

/// The dated events of `doc`, each quoting its sentence; `published` anchors relative dates.
/// This stub finds none.
pub fn extract(doc: &Document, published: Option<&BriefDate>) -> Vec<EventCandidate> {
    let _ = (doc, published);
    Vec::new()
}
