//! "Did you mean": the ids closest to one that names nothing.

/// At most this many suggestions.
const MAX_SUGGESTIONS: usize = 3;

/// The known ids nearest to `wanted`, nearest first: ids that contain it or that it contains
/// (ignoring case), then ids within a few edits of it.
pub fn nearest<'a>(wanted: &str, ids: &[&'a str]) -> Vec<&'a str> {
    let wanted = wanted.to_lowercase();
    let allowed = (wanted.chars().count() / 3).clamp(1, 3);
    let mut scored: Vec<(usize, usize, &str)> = ids
        .iter()
        .enumerate()
        .filter_map(|(order, &id)| {
            let lower = id.to_lowercase();
            let distance = edit_distance(&wanted, &lower);
            let contained =
                wanted.len() >= 2 && (lower.contains(&wanted) || wanted.contains(&lower));
            if distance <= allowed {
                Some((distance, order, id))
            } else if contained {
                Some((allowed + 1, order, id))
            } else {
                None
            }
        })
        .collect();
    scored.sort_unstable();
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, id)| id)
        .collect()
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 5] = [
        "e-heiligendamm",
        "f-trade-1992",
        "f-trade-2006",
        "p1",
        "china",
    ];

    #[test]
    fn a_typo_suggests_the_id() {
        assert_eq!(nearest("e-heilgendamm", &IDS), ["e-heiligendamm"]);
        assert_eq!(nearest("CHINA", &IDS), ["china"]);
    }

    #[test]
    fn a_fragment_suggests_the_ids_containing_it() {
        assert_eq!(nearest("trade", &IDS), ["f-trade-1992", "f-trade-2006"]);
    }

    #[test]
    fn nothing_close_suggests_nothing() {
        assert!(nearest("zzzzzzzz", &IDS).is_empty());
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
