//! Figures: numbers the document states, with unit, scale, period and hedge.
//!
//! (Stub in this branch so assembly can call it; the figures helper's version replaces it.)

use super::{Document, FigureCandidate};

/// The figures of `doc`, each quoting its sentence. This stub finds none.
pub fn extract(doc: &Document) -> Vec<FigureCandidate> {
    let _ = doc;
    Vec::new()
}
