//! Pairing one section's items across two versions of a brief, in time near-linear in the
//! number of items, with the result the all-pairs comparison would give.
//!
//! The rule (docs/library.md): a pair of an old and a new item scores the similarity of their
//! quotes (Sørensen–Dice over character bigrams, white space ignored; 1.0 when equal) plus
//! 0.5 when they mean the same (share a meaning key). Pairs at least [`QUOTE_SIMILARITY`]
//! alike or meaning the same are taken best first, ties in document order, each item once.
//!
//! Scoring every pair made a 1,564-item brief against itself take 30 s. Instead:
//! 1. Equal quote and a shared key (score 1.5, the best there is) pair first, through a hash
//!    map, in document order: exactly what the greedy rule takes first. Two versions of one
//!    report pair almost everything here.
//! 2. Among the items left, candidates come only from indexes: the same quote, a shared
//!    meaning key, or one of the rarest words of the quote (enough of them that any quote
//!    sharing [`SHARED_WORDS`] is reached). Before the similarity is computed (from bigram
//!    lists sorted once per item) come the cheap tests: bigram counts that allow
//!    [`QUOTE_SIMILARITY`], then the shared words.
//! 3. The candidates are taken best first, as the rule says.
//!
//! The rule has one refinement: quotes that do not mean the same count as alike only when
//! they also share more than [`SHARED_WORDS`] of their words (bigrams alone find `increase`
//! in `decrease`; on the corpus it changed no pairing). With it, the result is the one every
//! pair would give, as the tests check, except where two bounds keep the work linear on
//! purpose:
//! - in a group of items with one quote or one meaning key that would make more than
//!   [`GROUP_PAIRS`] pairs, an old item is compared with only the [`FANOUT`] new ones around
//!   its own place in the group (equals pair in order anyway);
//! - an old quote whose rarest words are each in hundreds of new quotes (a quote of common
//!   words, or two unrelated reports on one subject) stops looking once those words reach
//!   [`WORD_REACH`] new items; without this bound, unrelated reports cost every pair.

use std::collections::{HashMap, VecDeque};

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
pub const SHARED_WORDS: (usize, usize) = (2, 5);

/// An item as matching sees it: its quote and the keys that say what it means, both already
/// normalised (`diff::normal`), so equal strings mean equal up to typography.
#[derive(Debug, Clone)]
pub struct Item {
    pub quote: String,
    pub meaning: Vec<String>,
}

impl Item {
    fn shares_meaning(&self, other: &Item) -> bool {
        self.meaning.iter().any(|key| other.meaning.contains(key))
    }
}

/// For each old item (by index), the index of the new item it is paired with, or `None`
/// when it has none (it was removed). Each new item is paired at most once.
pub fn pair(old: &[Item], new: &[Item]) -> Vec<Option<usize>> {
    let mut matched = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    pair_equal(old, new, &mut matched, &mut taken);
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
/// linear in the number of keys.
fn pair_equal(old: &[Item], new: &[Item], matched: &mut [Option<usize>], taken: &mut [bool]) {
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
        quotes[n] = Quote {
            words: words.number(&new[n].quote),
            distinct: 0,
            bigrams: bigrams_of(&new[n].quote),
        };
        quotes[n].distinct = quotes[n].words.len();
    }
    let mut by_word: Vec<Vec<usize>> = vec![Vec::new(); words.ids.len()];
    let mut by_quote = Groups::default();
    let mut by_key = Groups::default();
    for &o in old_left {
        by_quote.count_old(&old[o].quote);
        for key in &old[o].meaning {
            by_key.count_old(key);
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
    }
    let mut found = Vec::new();
    // Per new item: the old item it was last proposed for; whether a word proposed it.
    let mut proposed_for = vec![usize::MAX; new.len()];
    let mut touched_by = vec![false; new.len()];
    let mut touched = Vec::new();
    let mut quote_ranks = HashMap::new();
    let mut key_ranks = HashMap::new();
    for &o in old_left {
        let item = &old[o];
        let own = words.quote(&item.quote);
        let mut propose = |n: usize, found: &mut Vec<(f64, usize, usize)>| {
            if proposed_for[n] == o {
                return;
            }
            proposed_for[n] = o;
            let same = item.shares_meaning(&new[n]);
            if let Some(alike) = similarity(&item.quote, &own, &new[n].quote, &quotes[n], same) {
                found.push((alike + if same { SAME_MEANING } else { 0.0 }, o, n));
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

/// A quote as the similarity rule reads it: its distinct words (numbered, sorted), how many
/// there are (words the other version never uses included), and its sorted bigrams.
#[derive(Debug, Clone, Default)]
struct Quote {
    words: Vec<u32>,
    distinct: usize,
    bigrams: Vec<u64>,
}

/// How alike two quotes are, when the rule lets the pair stand: 1.0 for equal quotes; else
/// their Sørensen–Dice, when they mean the same (`same`), or when it reaches
/// [`QUOTE_SIMILARITY`] and they share more than [`SHARED_WORDS`] of the distinct words of
/// the wordier one. `None` when the pair does not stand. The cheap tests (bigram counts,
/// shared words) come before the similarity.
fn similarity(a: &str, qa: &Quote, b: &str, qb: &Quote, same: bool) -> Option<f64> {
    if a == b {
        return Some(1.0);
    }
    if same {
        return Some(dice(&qa.bigrams, &qb.bigrams));
    }
    if !may_reach(&qa.bigrams, &qb.bigrams) || !share_words(qa, qb) {
        return None;
    }
    Some(dice(&qa.bigrams, &qb.bigrams)).filter(|&alike| alike >= QUOTE_SIMILARITY)
}

/// Whether the two quotes share more than [`SHARED_WORDS`] of the wordier one's words.
fn share_words(a: &Quote, b: &Quote) -> bool {
    let (mut i, mut j, mut shared) = (0, 0, 0_usize);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].cmp(&b.words[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let (part, whole) = SHARED_WORDS;
    shared * whole > part * a.distinct.max(b.distinct)
}

/// New items grouped by a string (a quote, a meaning key), in document order, and how many
/// old items have each string.
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

/// Words of normalised quotes (runs of letters and digits), numbered on first sight in the
/// new version.
#[derive(Default)]
struct Words<'a> {
    ids: HashMap<&'a str, u32>,
}

impl<'a> Words<'a> {
    /// The distinct words of a new quote, numbered (new words get the next numbers), sorted.
    fn number(&mut self, text: &'a str) -> Vec<u32> {
        let mut ids: Vec<u32> = words_of(text)
            .map(|word| {
                let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
                *self.ids.entry(word).or_insert(next)
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// An old quote: its distinct words that the new version uses, and how many distinct
    /// words it has in all.
    fn quote(&self, text: &str) -> Quote {
        let mut all: Vec<&str> = words_of(text).collect();
        all.sort_unstable();
        all.dedup();
        let mut words: Vec<u32> = all
            .iter()
            .filter_map(|w| self.ids.get(w).copied())
            .collect();
        words.sort_unstable();
        Quote {
            words,
            distinct: all.len(),
            bigrams: bigrams_of(text),
        }
    }
}

/// Of the quote's `d` distinct words, the `d - ⌊2d/5⌋` that the fewest new items use
/// (words no new item uses count first), those some new item uses: a quote sharing more
/// than [`SHARED_WORDS`] (two fifths) of the words shares at least one of these.
fn rarest(quote: &Quote, by_word: &[Vec<usize>]) -> Vec<u32> {
    let (part, whole) = SHARED_WORDS;
    let probed = quote.distinct - quote.distinct * part / whole;
    let unused = quote.distinct - quote.words.len();
    let mut used: Vec<(usize, u32)> = quote
        .words
        .iter()
        .map(|&id| (by_word[id as usize].len(), id))
        .collect();
    used.sort_unstable();
    used.into_iter()
        .take(probed.saturating_sub(unused))
        .map(|(_, id)| id)
        .collect()
}

fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// The character bigrams of `text` with white space left out (as `strsim::sorensen_dice`
/// takes them), each pair of chars packed in a `u64`, sorted so two lists intersect in one
/// merge.
pub fn bigrams_of(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut grams: Vec<u64> = chars
        .windows(2)
        .map(|pair| (u64::from(pair[0]) << 32) | u64::from(pair[1]))
        .collect();
    grams.sort_unstable();
    grams
}

/// Sørensen–Dice of two sorted bigram lists: twice the bigrams in common (counted with
/// their repeats) over the bigrams of both, 0 to 1; 0 when either has none.
pub fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0_usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    ratio(2 * common, a.len() + b.len())
}

/// Whether two bigram lists of these lengths could be [`QUOTE_SIMILARITY`] alike: at best
/// the shorter is all in common, giving `2·short / (short + long)`.
fn may_reach(a: &[u64], b: &[u64]) -> bool {
    let (short, long) = (a.len().min(b.len()), a.len().max(b.len()));
    short > 0 && ratio(2 * short, short + long) >= QUOTE_SIMILARITY
}

/// `part / whole` as a float; counts of bigrams stay far below 2^52, so nothing is lost.
#[allow(clippy::cast_precision_loss)]
fn ratio(part: usize, whole: usize) -> f64 {
    part as f64 / whole as f64
}

#[cfg(test)]
mod tests;
