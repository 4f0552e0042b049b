//! The indexed pairing against the rule applied to every pair (the way `diff` worked before),
//! on generated sections with every kind of edit; and the bigram similarity against `strsim`.

use super::*;

/// The distinct words of a quote, as a set.
fn word_set(quote: &str) -> std::collections::BTreeSet<&str> {
    words_of(quote).collect()
}

/// The rule applied to every pair of items, the way `diff` worked before it had indexes
/// (plus the shared-words condition and the rule for reworded facts): what [`pair`] must
/// reproduce.
fn pair_all(old: &[Item], new: &[Item]) -> Vec<Option<usize>> {
    let old_words: Vec<_> = old.iter().map(|item| word_set(&item.quote)).collect();
    let new_words: Vec<_> = new.iter().map(|item| word_set(&item.quote)).collect();
    let mut pairs = Vec::new();
    for (o, a) in old.iter().enumerate() {
        for (n, b) in new.iter().enumerate() {
            let (wa, wb) = (&old_words[o], &new_words[n]);
            let shared = wa.intersection(wb).count();
            let (fewer, more) = (wa.len().min(wb.len()), wa.len().max(wb.len()));
            let alike = if a.quote == b.quote {
                1.0
            } else {
                strsim::sorensen_dice(&a.quote, &b.quote)
            };
            let same = a.shares_meaning(b);
            let similar = alike >= QUOTE_SIMILARITY && shared * 5 > 2 * more;
            let same_place = a.place.is_some() && a.place == b.place;
            let reworded_fact = a.facts.is_some()
                && a.facts == b.facts
                && ((shared * 2 > fewer && shared * 5 > more) || (same_place && shared * 4 > more));
            if a.quote == b.quote || similar || same || reworded_fact {
                pairs.push((alike + if same { SAME_MEANING } else { 0.0 }, o, n));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut matched = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    for (_, o, n) in pairs {
        if matched[o].is_none() && !taken[n] {
            matched[o] = Some(n);
            taken[n] = true;
        }
    }
    matched
}

fn item(quote: &str, meaning: &[&str]) -> Item {
    Item {
        quote: quote.to_string(),
        meaning: meaning.iter().map(|key| (*key).to_string()).collect(),
        ..Item::default()
    }
}

/// A fixed pseudo-random sequence (a linear congruential generator), so every run tests the
/// same sections.
struct Sequence(u64);

impl Sequence {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize % n
    }
}

const WORDS: &[&str] = &[
    "funding", "billion", "million", "percent", "research", "defense", "energy", "health",
    "science", "agency", "program", "increase", "decrease", "fy2025", "fy2026", "request",
    "congress", "the", "of", "for", "in", "nasa", "nsf", "doe", "nih", "dod", "total",
];

/// A section of `count` items with quotes from a small vocabulary (so words repeat, as in a
/// report on one subject), some quotes and keys shared by several items; most with facts
/// (from a few values, so several items share them) and a place (three to a paragraph).
fn section(seq: &mut Sequence, count: usize) -> Vec<Item> {
    (0..count)
        .map(|i| {
            let length = 4 + seq.below(14);
            let mut quote: Vec<String> = (0..length)
                .map(|_| WORDS[seq.below(WORDS.len())].to_string())
                .collect();
            quote.push(format!("${}", seq.below(400)));
            let key = format!("label {}|usd|fy{}", seq.below(count / 3 + 1), seq.below(3));
            let mut quote = quote.join(" ");
            if i % 7 == 0 && i > 0 {
                quote = format!("shared sentence {}", i % 3);
            }
            let facts = (seq.below(4) > 0).then(|| format!("{}|usd", seq.below(count / 4 + 2)));
            Item {
                quote,
                meaning: vec![key],
                facts,
                place: Some(format!("p{}#{}", i / 3, seq.below(3))),
            }
        })
        .collect()
}

/// The next version of `old`: items removed, added, reworded (a word or the figure, or the
/// sentence rewritten around its facts), moved, and relabelled, each by chance.
fn revise(seq: &mut Sequence, old: &[Item]) -> Vec<Item> {
    let mut new = Vec::new();
    for item in old {
        match seq.below(12) {
            0 => {}
            1 => {
                let mut words: Vec<&str> = item.quote.split(' ').collect();
                let at = seq.below(words.len());
                words[at] = WORDS[seq.below(WORDS.len())];
                new.push(Item {
                    quote: words.join(" "),
                    ..item.clone()
                });
            }
            2 => new.push(Item {
                quote: format!("{} ${}", item.quote, seq.below(99)),
                meaning: vec![format!("relabelled {}", seq.below(5))],
                ..item.clone()
            }),
            3 => {
                new.push(item.clone());
                new.push(section(seq, 2).remove(1));
            }
            4 => {
                // Rewritten around its facts: a few of its words kept, the rest new, the
                // label changed; in its place or moved.
                let kept = item.quote.split(' ').take(1 + seq.below(4));
                let added = (0..seq.below(12)).map(|_| WORDS[seq.below(WORDS.len())]);
                new.push(Item {
                    quote: kept.chain(added).collect::<Vec<_>>().join(" "),
                    meaning: vec![format!("rewritten {}", seq.below(5))],
                    facts: item.facts.clone(),
                    place: if seq.below(2) == 0 {
                        item.place.clone()
                    } else {
                        None
                    },
                });
            }
            _ => new.push(item.clone()),
        }
    }
    for _ in 0..old.len() / 5 {
        let (a, b) = (seq.below(new.len()), seq.below(new.len()));
        new.swap(a, b);
    }
    new
}

#[test]
fn indexed_pairing_equals_every_pair_on_revised_sections() {
    let mut seq = Sequence(346);
    let mut by_facts = 0;
    for count in [0, 1, 2, 5, 30, 150] {
        for _ in 0..3 {
            let old = section(&mut seq, count);
            let new = revise(&mut seq, &old);
            let paired = pair(&old, &new);
            assert_eq!(paired, pair_all(&old, &new), "{count} items");
            assert_eq!(
                pair(&new, &old),
                pair_all(&new, &old),
                "{count} items, reversed"
            );
            by_facts += paired
                .iter()
                .enumerate()
                .filter_map(|(o, n)| Some((&old[o], &new[(*n)?])))
                .filter(|(a, b)| stands_only_by_facts(a, b))
                .count();
        }
    }
    // The sections exercise the rule for reworded facts, not only the others.
    assert!(by_facts >= 5, "{by_facts} pairs stood by their facts alone");
}

/// Whether a pair stands only because its items keep their facts: different quotes, no
/// meaning in common, and not alike enough otherwise.
fn stands_only_by_facts(a: &Item, b: &Item) -> bool {
    let (wa, wb) = (word_set(&a.quote), word_set(&b.quote));
    let shared = wa.intersection(&wb).count();
    let similar = strsim::sorensen_dice(&a.quote, &b.quote) >= QUOTE_SIMILARITY
        && shared * 5 > 2 * wa.len().max(wb.len());
    a.quote != b.quote && !a.shares_meaning(b) && !similar
}

#[test]
fn indexed_pairing_equals_every_pair_on_unrelated_sections() {
    let mut seq = Sequence(2007);
    let (a, b) = (section(&mut seq, 300), section(&mut seq, 250));
    assert_eq!(pair(&a, &b), pair_all(&a, &b));
}

#[test]
fn equal_items_pair_in_document_order() {
    let old = [
        item("same", &["k"]),
        item("same", &["k"]),
        item("other", &["x"]),
    ];
    let new = [item("same", &["k"]), item("same", &["k"])];
    assert_eq!(pair(&old, &new), [Some(0), Some(1), None]);
}

#[test]
fn a_reworded_quote_or_a_shared_meaning_pairs_and_a_stranger_does_not() {
    let old = [
        item(
            "U.S. arms sales to Taiwan totaled US$5.1 billion in 2020.",
            &["sales"],
        ),
        item("Congress was notified on 4 March 2021.", &["notified"]),
        item("Nothing alike at all here.", &["lonely"]),
    ];
    let new = [
        item("Completely different words.", &["notified"]),
        item(
            "U.S. arms sales to Taiwan totaled US$5.8 billion in 2020.",
            &["other"],
        ),
        item("Unrelated too, entirely so.", &["strange"]),
    ];
    assert_eq!(pair(&old, &new), [Some(1), Some(0), None]);
}

#[test]
fn thousands_of_identical_items_pair_in_order_without_trying_every_pair() {
    // 4,000 × 4,000 equal quotes: all pair in step 1; with distinct keys, step 2 proposes
    // FANOUT each, around their place. Either way this returns at once instead of scoring
    // 16 million pairs, and pairs the k-th with the k-th as the rule does.
    let old: Vec<Item> = (0..4_000)
        .map(|_| item("the same sentence", &["k"]))
        .collect();
    let matched = pair(&old, &old);
    assert!(matched.iter().enumerate().all(|(o, n)| *n == Some(o)));
    let keyed = |prefix: &str| -> Vec<Item> {
        (0..4_000)
            .map(|i| item("the same sentence", &[&format!("{prefix}{i}")]))
            .collect()
    };
    let matched = pair(&keyed("a"), &keyed("b"));
    assert!(matched.iter().enumerate().all(|(o, n)| *n == Some(o)));
}

/// On ASCII text; beyond it `strsim` divides by bytes where it means characters.
#[test]
fn bigram_similarity_agrees_with_strsim() {
    let pairs = [
        ("night", "nacht"),
        (
            "U.S. arms sales totaled US$5.1 billion",
            "U.S. arms sales totaled US$5.8 billion",
        ),
        ("a b c", "abc"),
        ("aaaa", "aa"),
        ("x", "xy"),
        ("", "abc"),
        ("the plan was announced", "announced was the plan"),
    ];
    for (a, b) in pairs {
        let ours = if a == b {
            1.0
        } else {
            dice(&bigrams_of(a), &bigrams_of(b))
        };
        let theirs = strsim::sorensen_dice(a, b);
        assert!(
            (ours - theirs).abs() < 1e-12,
            "{a:?} {b:?}: {ours} vs {theirs}"
        );
    }
}

/// The figures and events of `brief` as `diff` hands them to [`pair`].
fn figures_and_events(brief: &crate::brief::Brief) -> [Vec<Item>; 2] {
    use crate::library::diff::{items, kinds, place_items};
    let mut figures = items(brief, &brief.figures, &kinds::FIGURES);
    let mut events = items(brief, &brief.timeline, &kinds::EVENTS);
    place_items(
        brief,
        &brief.figures,
        &kinds::FIGURES,
        &mut figures,
        0..brief.figures.len(),
    );
    place_items(
        brief,
        &brief.timeline,
        &kinds::EVENTS,
        &mut events,
        0..brief.timeline.len(),
    );
    [figures, events]
}

/// Real reports, which tests may not read from the corpus: run by hand as
/// `PAIRS=old.toml:new.toml,… cargo test --release --lib real_pairs -- --ignored --nocapture`
/// (absolute paths; briefs from `briefing import`; `SECTION=events` for one section).
/// Prints the time of both ways and fails when they pair differently. docs/library.md gives
/// the pairs it was run on.
#[test]
#[ignore = "reads the briefs named in $PAIRS"]
fn real_pairs_pair_as_every_pair_does() {
    let pairs = std::env::var("PAIRS").unwrap_or_default();
    for (old, new) in pairs
        .split(',')
        .filter_map(|pairing| pairing.split_once(':'))
    {
        let load = |file: &str| crate::brief::load_file(std::path::Path::new(file)).unwrap();
        let (old_items, new_items) = (
            figures_and_events(&load(old)),
            figures_and_events(&load(new)),
        );
        for (section, (a, b)) in ["figures", "events"]
            .iter()
            .zip(old_items.iter().zip(&new_items))
        {
            if std::env::var("SECTION").is_ok_and(|only| only != *section) {
                continue;
            }
            let started = std::time::Instant::now();
            let indexed = pair(a, b);
            let fast = started.elapsed();
            let started = std::time::Instant::now();
            let all = pair_all(a, b);
            let slow = started.elapsed();
            eprintln!(
                "{old} → {new}, {section}: {}×{} items, {} paired; indexed {fast:?}, every pair {slow:?}",
                a.len(),
                b.len(),
                indexed.iter().flatten().count()
            );
            assert_eq!(indexed, all, "{old} → {new}, {section}");
        }
    }
}
