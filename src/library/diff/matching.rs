//! Pairing one section's items across two versions of a brief, in time near-linear in the
//! number of items, with the result the all-pairs comparison would give.
//!
//! The rule (docs/library.md): a pair of an old and a new item scores the similarity of their
//! quotes (Sørensen–Dice over character bigrams, white space ignored; 1.0 when equal) plus
//! 0.5 when they mean the same (share a meaning key). A pair stands when its items mean the
//! same, when their quotes are at least [`QUOTE_SIMILARITY`] alike and share more than
//! [`SHARED_WORDS`] of the wordier one's words (bigrams alone find `increase` in
//! `decrease`), or when they keep the same key facts (an event's date, a figure's value and
//! unit) and their quotes share more than [`FACT_WORDS`] of the shorter one's words (and
//! [`FACT_WORDS_OF_WORDIER`] of the other's), or more than [`PLACE_WORDS`] of the wordier
//! one's while beginning in the same sentence of the same paragraph: a sentence reworded
//! around its facts. Pairs that stand are taken best first,
//! ties in document order, each item once.
//!
//! Scoring every pair made a 1,564-item brief against itself take 30 s. Instead:
//! 1. Equal quote and a shared key (score 1.5, the best there is) pair first, through a hash
//!    map, in document order: exactly what the greedy rule takes first. Two versions of one
//!    report pair almost everything here.
//! 2. Among the items left, candidates come only from indexes: the same quote, a shared
//!    meaning key, the same facts, or one of the rarest words of the quote (enough of them
//!    that any quote sharing [`SHARED_WORDS`] is reached). Before the similarity is computed
//!    (from bigram lists sorted once per item) come the cheap tests: bigram counts that allow
//!    [`QUOTE_SIMILARITY`], then the shared words.
//! 3. The candidates are taken best first, as the rule says.
//!
//! The result is the one every pair would give, as the tests check, except where two bounds
//! keep the work linear on purpose:
//! - in a group of items with one quote, one meaning key or the same facts that would make
//!   more than [`GROUP_PAIRS`] pairs, an old item is compared with only the [`FANOUT`] new
//!   ones around its own place in the group (equals pair in order anyway);
//! - an old quote whose rarest words are each in hundreds of new quotes (a quote of common
//!   words, or two unrelated reports on one subject) stops looking once those words reach
//!   [`WORD_REACH`] new items; without this bound, unrelated reports cost every pair.

mod quote;

use std::collections::{HashMap, HashSet, VecDeque};

use quote::{Quote, Share, Words, dice, may_reach, more_than, rarest, shared_words};
#[cfg(test)]
use quote::{bigrams_of, words_of};

/// Two quotes at least this alike (Sørensen–Dice, 0 to 1) are one item in two versions.
pub const QUOTE_SIMILARITY: f64 = 0.6;
/// What meaning the same adds to a pair's score.
const SAME_MEANING: f64 = 0.5;
/// A group of unmatched items sharing a quote or a meaning key is compared pair by pair while
/// it makes at most this many pairs (old items × new items in it); in a larger group an old
/// item is compared with the [`FANOUT`] new ones around its own place in the group.
pub const GROUP_PAIRS: usize = 128 * 128;
/// How many new items of an over-large group each old item of it is compared with.
pub const FANOUT: usize = 64;
/// An old quote looks for alike quotes through its rarest words only while the new items
/// those words reach add up to at most this many (see the module's note).
pub const WORD_REACH: usize = 256;
/// Two quotes that do not mean the same must share more than this share (numerator,
/// denominator: two fifths) of the distinct words of the wordier one to count as alike;
/// bigrams alone find `increase` in `decrease`.
pub const SHARED_WORDS: Share = (2, 5);
/// Two quotes of items with the same key facts count as one item reworded when they share
/// more than this share (one half) of the distinct words of the shorter quote: a sentence
/// cut down to its fact, or the fact's sentence grown around it…
pub const FACT_WORDS: Share = (1, 2);
/// …and more than this share (one fifth) of the wordier one's, so that a short quote
/// (`Data as of February 2026.`) is not found inside any long one with its date.
pub const FACT_WORDS_OF_WORDIER: Share = (1, 5);
/// …or more than this share (one quarter) of the wordier one's words, when both quotes
/// begin in the same sentence of the same paragraph: that sentence rewritten.
pub const PLACE_WORDS: Share = (1, 4);

/// An item as matching sees it: its quote, the keys that say what it means and its key
/// facts, all normalised (`diff::normal`), so equal strings mean equal up to typography;
/// and where its quote begins.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub quote: String,
    pub meaning: Vec<String>,
    /// What stays true of the item however it is worded (an event's date, a figure's value
    /// and unit); `None` for a kind of item that has none (positions, actors).
    pub facts: Option<String>,
    /// The paragraph and the sentence within it where the quote begins (`diff/place.rs`);
    /// `None` when unknown.
    pub place: Option<String>,
}

impl Item {
    fn shares_meaning(&self, other: &Item) -> bool {
        self.meaning.iter().any(|key| other.meaning.contains(key))
    }

    fn shares_facts(&self, other: &Item) -> bool {
        self.facts.is_some() && self.facts == other.facts
    }

    fn shares_place(&self, other: &Item) -> bool {
        self.place.is_some() && self.place == other.place
    }
}

/// What two items have in common besides their quotes, as the rule weighs it.
#[derive(Debug, Clone, Copy)]
struct Common {
    meaning: bool,
    facts: bool,
    place: bool,
}

impl Common {
    fn of(a: &Item, b: &Item) -> Common {
        Common {
            meaning: a.shares_meaning(b),
            facts: a.shares_facts(b),
            place: a.shares_place(b),
        }
    }
}

/// For each old item (by index), the index of the new item it is paired with, or `None`
/// when it has none (it was removed). Each new item is paired at most once.
#[cfg(test)]
pub fn pair(old: &[Item], new: &[Item]) -> Vec<Option<usize>> {
    pair_rest(old, new, pair_equal(old, new))
}

/// Step 1's pairs (see [`pair_equal`]), and the items it left for step 2.
#[derive(Debug, Clone)]
pub struct Paired {
    matched: Vec<Option<usize>>,
    taken: Vec<bool>,
}

impl Paired {
    /// The items without a pair whose facts some item of the other version without a pair
    /// has (old, new; each in order): the only ones whose place the rule may weigh.
    pub fn left_with_common_facts(&self, old: &[Item], new: &[Item]) -> (Vec<usize>, Vec<usize>) {
        fn facts<'a>(items: &'a [Item], left: &[usize]) -> HashSet<&'a str> {
            left.iter()
                .filter_map(|&i| items[i].facts.as_deref())
                .collect()
        }
        fn sharing(items: &[Item], left: &[usize], other: &HashSet<&str>) -> Vec<usize> {
            left.iter()
                .copied()
                .filter(|&i| items[i].facts.as_deref().is_some_and(|f| other.contains(f)))
                .collect()
        }
        let old_left: Vec<usize> = (0..old.len())
            .filter(|&o| self.matched[o].is_none())
            .collect();
        let new_left: Vec<usize> = (0..new.len()).filter(|&n| !self.taken[n]).collect();
        (
            sharing(old, &old_left, &facts(new, &new_left)),
            sharing(new, &new_left, &facts(old, &old_left)),
        )
    }
}

/// Steps 2 and 3 on what step 1 left: for each old item, as [`pair`] gives it. Between the
/// two a caller may fill in what only left-over items need (their place).
pub fn pair_rest(old: &[Item], new: &[Item], paired: Paired) -> Vec<Option<usize>> {
    let Paired {
        mut matched,
        mut taken,
    } = paired;
    let old_left: Vec<usize> = (0..old.len()).filter(|&o| matched[o].is_none()).collect();
    let new_left: Vec<usize> = (0..new.len()).filter(|&n| !taken[n]).collect();
    if old_left.is_empty() || new_left.is_empty() {
        return matched;
    }
    let mut candidates = candidates(old, new, &old_left, &new_left);
    // Best first; ties in document order, so equal items pair up in order.
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for (_, o, n) in candidates {
        if matched[o].is_none() && !taken[n] {
            matched[o] = Some(n);
            taken[n] = true;
        }
    }
    matched
}

/// Step 1: an equal quote and a shared meaning key, the first such new item for each old
/// item in document order. Each queue drops taken items as it is read, so the whole step is
/// linear in the number of keys. Reads no item's facts or place.
pub fn pair_equal(old: &[Item], new: &[Item]) -> Paired {
    let mut matched = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    let mut queues: HashMap<(&str, &str), VecDeque<usize>> = HashMap::new();
    for (n, item) in new.iter().enumerate() {
        for key in &item.meaning {
            queues.entry((&item.quote, key)).or_default().push_back(n);
        }
    }
    for (o, item) in old.iter().enumerate() {
        let mut first: Option<usize> = None;
        for key in &item.meaning {
            let Some(queue) = queues.get_mut(&(item.quote.as_str(), key.as_str())) else {
                continue;
            };
            while queue.front().is_some_and(|&n| taken[n]) {
                queue.pop_front();
            }
            if let Some(&n) = queue.front() {
                first = Some(first.map_or(n, |f| f.min(n)));
            }
        }
        if let Some(n) = first {
            matched[o] = Some(n);
            taken[n] = true;
        }
    }
    Paired { matched, taken }
}

/// Step 2: every pair of a left-over old and new item that an index proposes and the rule
/// accepts, as (score, old, new).
fn candidates(
    old: &[Item],
    new: &[Item],
    old_left: &[usize],
    new_left: &[usize],
) -> Vec<(f64, usize, usize)> {
    let mut words = Words::default();
    let mut quotes: Vec<Quote> = vec![Quote::default(); new.len()];
    for &n in new_left {
        quotes[n] = words.number(&new[n].quote);
    }
    let mut by_word: Vec<Vec<usize>> = vec![Vec::new(); words.ids.len()];
    let (mut by_quote, mut by_key, mut by_facts) =
        (Groups::default(), Groups::default(), Groups::default());
    for &o in old_left {
        by_quote.count_old(&old[o].quote);
        for key in &old[o].meaning {
            by_key.count_old(key);
        }
        if let Some(facts) = &old[o].facts {
            by_facts.count_old(facts);
        }
    }
    for &n in new_left {
        for &id in &quotes[n].words {
            by_word[id as usize].push(n);
        }
        by_quote.add(&new[n].quote, n);
        for key in &new[n].meaning {
            by_key.add(key, n);
        }
        if let Some(facts) = &new[n].facts {
            by_facts.add(facts, n);
        }
    }
    let mut found = Vec::new();
    // Per new item: the old item it was last proposed for; whether a word proposed it.
    let mut proposed_for = vec![usize::MAX; new.len()];
    let mut touched_by = vec![false; new.len()];
    let mut touched = Vec::new();
    let (mut quote_ranks, mut key_ranks, mut facts_ranks) =
        (HashMap::new(), HashMap::new(), HashMap::new());
    for &o in old_left {
        let item = &old[o];
        let own = words.quote(&item.quote);
        let mut propose = |n: usize, found: &mut Vec<(f64, usize, usize)>| {
            if proposed_for[n] == o {
                return;
            }
            proposed_for[n] = o;
            let common = Common::of(item, &new[n]);
            if let Some(alike) = similarity(&item.quote, &own, &new[n].quote, &quotes[n], common) {
                let meaning = if common.meaning { SAME_MEANING } else { 0.0 };
                found.push((alike + meaning, o, n));
            }
        };
        for &n in by_quote.near(&item.quote, &mut quote_ranks) {
            propose(n, &mut found);
        }
        for key in &item.meaning {
            for &n in by_key.near(key, &mut key_ranks) {
                propose(n, &mut found);
            }
        }
        if let Some(facts) = &item.facts {
            for &n in by_facts.near(facts, &mut facts_ranks) {
                propose(n, &mut found);
            }
        }
        // Rarest first, while the items reached stay within WORD_REACH.
        let mut reach = 0;
        for id in rarest(&own, &by_word) {
            let posting = &by_word[id as usize];
            reach += posting.len();
            if reach > WORD_REACH {
                break;
            }
            for &n in posting {
                // Equal quotes came through their group above.
                if !touched_by[n] && new[n].quote != item.quote {
                    touched_by[n] = true;
                    touched.push(n);
                }
            }
        }
        for n in touched.drain(..) {
            touched_by[n] = false;
            propose(n, &mut found);
        }
    }
    found
}

/// How alike two quotes are, when the rule lets the pair stand: 1.0 for equal quotes; else
/// their Sørensen–Dice, when the items mean the same; when it reaches [`QUOTE_SIMILARITY`]
/// and the quotes share more than [`SHARED_WORDS`] of the wordier one's words; or when the
/// items keep the same facts and the quotes share more than [`FACT_WORDS`] of the shorter
/// one's words (and [`FACT_WORDS_OF_WORDIER`] of the other's), or more than
/// [`PLACE_WORDS`] of the wordier one's from the same place.
/// `None` when the pair does not stand. The cheap tests (bigram counts, shared words) come
/// before the similarity.
fn similarity(a: &str, qa: &Quote, b: &str, qb: &Quote, common: Common) -> Option<f64> {
    if a == b {
        return Some(1.0);
    }
    if common.meaning {
        return Some(dice(&qa.bigrams, &qb.bigrams));
    }
    let (fewer, more) = (qa.distinct.min(qb.distinct), qa.distinct.max(qb.distinct));
    if common.facts {
        let shared = shared_words(qa, qb);
        let contained =
            more_than(shared, FACT_WORDS, fewer) && more_than(shared, FACT_WORDS_OF_WORDIER, more);
        if contained || (common.place && more_than(shared, PLACE_WORDS, more)) {
            return Some(dice(&qa.bigrams, &qb.bigrams));
        }
    }
    if !may_reach(&qa.bigrams, &qb.bigrams) || !more_than(shared_words(qa, qb), SHARED_WORDS, more)
    {
        return None;
    }
    Some(dice(&qa.bigrams, &qb.bigrams)).filter(|&alike| alike >= QUOTE_SIMILARITY)
}

/// New items grouped by a string (a quote, a meaning key, facts), in document order, and
/// how many old items have each string.
#[derive(Default)]
struct Groups<'a> {
    groups: HashMap<&'a str, Vec<usize>>,
    old: HashMap<&'a str, usize>,
}

impl<'a> Groups<'a> {
    fn add(&mut self, key: &'a str, n: usize) {
        self.groups.entry(key).or_default().push(n);
    }

    fn count_old(&mut self, key: &'a str) {
        *self.old.entry(key).or_default() += 1;
    }

    /// The new items of `key`'s group an old item of that key is compared with: all of them
    /// while the group makes at most [`GROUP_PAIRS`] pairs, else the [`FANOUT`] around the
    /// place this old item holds among the old items of that key (`ranks` counts them): the
    /// rule pairs equals in order, so the k-th old pairs near the k-th new.
    fn near<'k>(&self, key: &'k str, ranks: &mut HashMap<&'k str, usize>) -> &[usize] {
        let group = self.groups.get(key).map_or(&[][..], Vec::as_slice);
        let olds = self.old.get(key).copied().unwrap_or(0);
        if olds * group.len() <= GROUP_PAIRS {
            return group;
        }
        let rank = ranks.entry(key).or_insert(0);
        let start = rank
            .saturating_sub(FANOUT / 2)
            .min(group.len().saturating_sub(FANOUT));
        *rank += 1;
        &group[start..group.len().min(start + FANOUT)]
    }
}

#[cfg(test)]
mod tests;
