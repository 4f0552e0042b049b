//! Item ids as a reader types them: `P1` and `POS-Pipelines` name `p1` and `pos-pipelines`.

use super::fold::{Folding, fold_str};
use crate::brief::{Brief, ItemRef};

/// Case folding only: ids differ by case at most in what a reader types, never by accent.
const CASE_ONLY: Folding = Folding {
    case: true,
    accents: false,
};

/// The item `id` names: the exact id first, else the one id equal to it ignoring case (in
/// any script). None when nothing matches, or when two ids differ only by case and neither
/// is exactly `id` (ambiguous, so `get`/`cite` report it as unknown with suggestions).
pub fn resolve_id(brief: &Brief, id: &str) -> Option<ItemRef> {
    if let Some(item) = brief.find(id) {
        return Some(item);
    }
    let wanted = fold_str(id, CASE_ONLY);
    let mut found = brief
        .ids()
        .into_iter()
        .filter(|candidate| fold_str(candidate, CASE_ONLY) == wanted);
    match (found.next(), found.next()) {
        (Some(only), None) => brief.find(only),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::load_embedded;

    #[test]
    fn ids_resolve_whatever_their_case() {
        let brief = load_embedded().unwrap();
        let exact = brief.find("pos-pipelines").unwrap();
        assert_eq!(resolve_id(&brief, "pos-pipelines"), Some(exact));
        assert_eq!(resolve_id(&brief, "POS-Pipelines"), Some(exact));
        assert_eq!(resolve_id(&brief, "P1"), brief.find("p1"));
        assert_eq!(resolve_id(&brief, "pos-pipeline"), None);
        assert_eq!(resolve_id(&brief, ""), None);
    }

    #[test]
    fn ids_differing_only_by_case_need_the_exact_one() {
        let mut brief = load_embedded().unwrap();
        let mut twin = brief.summary[0].clone();
        twin.id = "P1".to_string();
        brief.summary.push(twin);
        assert_eq!(
            resolve_id(&brief, "P1").map(|i| i.index),
            Some(brief.summary.len() - 1)
        );
        assert_eq!(resolve_id(&brief, "p1").map(|i| i.index), Some(0));
        assert_eq!(
            resolve_id(&brief, "p1".to_uppercase().as_str()).map(|i| i.index),
            Some(brief.summary.len() - 1)
        );
    }
}
