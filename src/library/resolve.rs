//! Ids across the library: `BRIEF/ITEM` names one item of one brief; an item id alone works
//! when exactly one brief has it, and otherwise yields the candidates. Item ids match with
//! ASCII case ignored, as `briefing get` takes them; the result spells each as its brief does.

use std::fmt;

use serde::Serialize;

use super::LibraryError;
use super::index::Index;

/// An item named with its brief: `eai-background-brief-346/f-trade-2006`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct QualifiedId {
    pub brief: String,
    pub item: String,
}

impl fmt::Display for QualifiedId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.brief, self.item)
    }
}

/// What an id names in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Exactly one item.
    Found(QualifiedId),
    /// An unqualified id that several briefs use: every one of them, sorted by brief.
    Ambiguous(Vec<QualifiedId>),
    /// No brief has it.
    NotFound,
}

/// Resolves `id` against the index; a `/` separates the brief from the item.
pub fn resolve(index: &Index, id: &str) -> Result<Resolution, LibraryError> {
    if let Some((brief, item)) = id.split_once('/') {
        return Ok(match index.item_of(brief, item)? {
            Some(item) => Resolution::Found(QualifiedId {
                brief: brief.to_string(),
                item,
            }),
            None => Resolution::NotFound,
        });
    }
    let mut candidates: Vec<QualifiedId> = index
        .briefs_with_item(id)?
        .into_iter()
        .map(|(brief, item)| QualifiedId { brief, item })
        .collect();
    Ok(match candidates.len() {
        0 => Resolution::NotFound,
        1 => Resolution::Found(candidates.remove(0)),
        _ => Resolution::Ambiguous(candidates),
    })
}
