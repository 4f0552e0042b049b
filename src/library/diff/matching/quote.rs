//! A quote as the pairing rule reads it: its distinct words (numbered once per diff) and its
//! character bigrams, and the measures taken between two quotes: Sørensen–Dice over the
//! bigrams, the words they share, and the cheap bound that skips a similarity that cannot
//! reach [`QUOTE_SIMILARITY`].

use std::collections::HashMap;

use super::{QUOTE_SIMILARITY, SHARED_WORDS};

/// A quote as the similarity rule reads it: its distinct words (numbered, sorted), how many
/// there are (words the other version never uses included), and its sorted bigrams.
#[derive(Debug, Clone, Default)]
pub struct Quote {
    pub words: Vec<u32>,
    pub distinct: usize,
    pub bigrams: Vec<u64>,
}

/// A share of a quote's distinct words: more than `numerator / denominator` of them.
pub type Share = (usize, usize);

/// How many distinct words two quotes have in common (words are numbered, so this is one
/// merge of two sorted lists).
pub fn shared_words(a: &Quote, b: &Quote) -> usize {
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
    shared
}

/// Whether `shared` words are more than `share` of `words`.
pub fn more_than(shared: usize, (part, whole): Share, words: usize) -> bool {
    shared * whole > part * words
}

/// Words of normalised quotes (runs of letters and digits), numbered on first sight in the
/// new version.
#[derive(Default)]
pub struct Words<'a> {
    pub ids: HashMap<&'a str, u32>,
}

impl<'a> Words<'a> {
    /// A new quote: its distinct words numbered (new words get the next numbers), sorted.
    pub fn number(&mut self, text: &'a str) -> Quote {
        let mut ids: Vec<u32> = words_of(text)
            .map(|word| {
                let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
                *self.ids.entry(word).or_insert(next)
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        Quote {
            distinct: ids.len(),
            words: ids,
            bigrams: bigrams_of(text),
        }
    }

    /// An old quote: its distinct words that the new version uses, and how many distinct
    /// words it has in all.
    pub fn quote(&self, text: &str) -> Quote {
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
pub fn rarest(quote: &Quote, by_word: &[Vec<usize>]) -> Vec<u32> {
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

/// The words of a normalised quote: runs of letters and digits.
pub fn words_of(text: &str) -> impl Iterator<Item = &str> {
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
pub fn may_reach(a: &[u64], b: &[u64]) -> bool {
    let (short, long) = (a.len().min(b.len()), a.len().max(b.len()));
    short > 0 && ratio(2 * short, short + long) >= QUOTE_SIMILARITY
}

/// `part / whole` as a float; counts of bigrams stay far below 2^52, so nothing is lost.
#[allow(clippy::cast_precision_loss)]
fn ratio(part: usize, whole: usize) -> f64 {
    part as f64 / whole as f64
}
