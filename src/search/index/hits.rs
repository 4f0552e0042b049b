//! Turning a run's scored records into hits: the best `limit` in order (`rank::tie_rank` on
//! a tie), each with its shown field's original text and the characters matched in it.

use super::super::fold::original_positions;
use super::super::matching::positions;
use super::super::query::Query;
use super::super::rank::tie_rank;
use super::super::{Field, Hit};
use super::{Scored, SearchIndex, Shown};

impl SearchIndex {
    /// The best `limit` of `scored`, best first, ties by [`tie_rank`] then in document order,
    /// as hits.
    pub(super) fn best(&self, query: &Query, mut scored: Vec<Scored>, limit: usize) -> Vec<Hit> {
        // A query of only exclusions lists items, not answers: in document order.
        let listing = !query.has_positive();
        let tie = |s: &Scored| {
            if listing {
                0
            } else {
                tie_rank(self.data.records[s.record as usize].item.section)
            }
        };
        let order = |a: &Scored, b: &Scored| {
            (b.score.cmp(&a.score))
                .then(tie(a).cmp(&tie(b)))
                .then(a.record.cmp(&b.record))
        };
        if limit < scored.len() {
            if limit == 0 {
                return Vec::new();
            }
            scored.select_nth_unstable_by(limit - 1, order);
            scored.truncate(limit);
        }
        scored.sort_unstable_by(order);
        scored.iter().map(|s| self.hit(query, s)).collect()
    }

    /// A hit: the shown field's text and the characters every positive group matched in it.
    fn hit(&self, query: &Query, scored: &Scored) -> Hit {
        let record = &self.data.records[scored.record as usize];
        let entry = match scored.shown {
            Shown::Own(index) => self.data.entries(record).get(index),
            Shown::Actor(actor, index) => self.data.actor(actor).get(index),
            Shown::Theme(theme) => self.data.theme(theme),
            Shown::Id => None,
        };
        let Some(entry) = entry else {
            let id = self.data.id(record);
            return Hit {
                item: record.item,
                score: scored.score,
                field: Field::Id,
                text: id.to_string(),
                positions: if scored.shown == Shown::Id {
                    (0..id.chars().count()).collect()
                } else {
                    Vec::new()
                },
            };
        };
        let text = self.data.text(entry);
        let mut found: Vec<usize> = Vec::new();
        for group in query.groups.iter().filter(|g| !g.negated) {
            let first = group
                .patterns
                .iter()
                .find_map(|pattern| positions(&self.matcher, pattern, &self.haystack(entry)));
            if let Some((folded_positions, exact)) = first {
                let folding = exact.as_ref().map_or(self.data.folded(entry), |f| f.view());
                found.extend(original_positions(&text, folding, &folded_positions));
            }
        }
        found.sort_unstable();
        found.dedup();
        Hit {
            item: record.item,
            score: scored.score,
            field: entry.field,
            text: text.into_owned(),
            positions: found,
        }
    }
}
