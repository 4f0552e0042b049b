//! (stub; being built)
use super::{Document, FigureCandidate};
pub fn extract(doc: &Document) -> Vec<FigureCandidate> {
    let _ = doc;
    Vec::new()
}
