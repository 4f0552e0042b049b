//! Whether and where one pattern matches one field: a literal occurrence (best placed among
//! the words), else the letters in order within a short stretch, scored by skim.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use super::Field;
use super::fold::{Folded, FoldedRef, Folding, fold};
use super::query::{Kind, Pattern};
use super::rank::{Tier, WordClass, literal_score, scattered_score};
use super::records::OriginalRef;

/// Fuzzy terms up to this many characters stretch over a field by a fixed slack (see
/// [`max_span`]), so a longer term's match implies its prefix's: the longest term whose hits
/// may be narrowed from its prefix's hits.
pub const NARROW_MAX_LEN: usize = 8;

/// One pattern's match in one field, in the field's folded characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub tier: Tier,
    /// Score within the tier.
    pub within: i64,
    /// Folded char range of a literal match; for scattered letters the stretch they lie in.
    pub start: usize,
    pub end: usize,
}

/// What the matcher needs of a field: its kind, original text (rebuilt only for a pattern
/// typed with capitals or accents) and loose folding.
#[derive(Debug, Clone, Copy)]
pub struct Haystack<'a> {
    pub field: Field,
    pub original: OriginalRef<'a>,
    pub folded: FoldedRef<'a>,
}

/// Matches `pattern` in a field; `own` is false for an involved actor's or theme's names.
pub fn find(
    matcher: &SkimMatcherV2,
    pattern: &Pattern,
    field: &Haystack<'_>,
    own: bool,
) -> Option<Found> {
    if pattern.folding == Folding::LOOSE {
        find_in(matcher, pattern, field.field, field.folded.text, own)
    } else {
        // Capitals or accents: the loose check must pass first, then the exact form decides.
        let possible = match pattern.kind {
            Kind::Fuzzy => is_subsequence(&pattern.loose, field.folded.text),
            _ => field.folded.text.contains(pattern.loose.as_str()),
        };
        if !possible {
            return None;
        }
        let exact = fold(&field.original.text(), pattern.folding);
        find_in(matcher, pattern, field.field, &exact.text, own)
    }
}

/// The matched characters of `pattern` in a field, as folded char indices, and the folding
/// they index (the loose one unless the pattern asks for capitals or accents).
pub fn positions(
    matcher: &SkimMatcherV2,
    pattern: &Pattern,
    field: &Haystack<'_>,
) -> Option<(Vec<usize>, Option<Folded>)> {
    let exact =
        (pattern.folding != Folding::LOOSE).then(|| fold(&field.original.text(), pattern.folding));
    let haystack = exact
        .as_ref()
        .map_or(field.folded.text, |f| f.text.as_str());
    let found = find_in(matcher, pattern, field.field, haystack, true)?;
    if found.tier == Tier::Scattered {
        let chars: Vec<char> = haystack.chars().collect();
        let window: String = chars[found.start..found.end].iter().collect();
        let (_, indices) = matcher.fuzzy_indices(&window, &pattern.text)?;
        Some((
            indices.into_iter().map(|i| i + found.start).collect(),
            exact,
        ))
    } else {
        Some(((found.start..found.end).collect(), exact))
    }
}

fn find_in(
    matcher: &SkimMatcherV2,
    pattern: &Pattern,
    field: Field,
    haystack: &str,
    own: bool,
) -> Option<Found> {
    let needle = pattern.text.as_str();
    let literal = match pattern.kind {
        Kind::Fuzzy | Kind::Exact => best_occurrence(haystack, needle, &pattern.finder),
        Kind::Prefix => haystack
            .starts_with(needle)
            .then(|| (0, classify(haystack, 0, needle.len()))),
        Kind::Suffix => haystack.ends_with(needle).then(|| {
            let start = haystack.len() - needle.len();
            (start, classify(haystack, start, needle.len()))
        }),
    };
    let tier = if own { Tier::Own } else { Tier::Linked };
    if let Some((byte, class)) = literal {
        let field_chars = char_count(haystack, haystack.len());
        let start = char_count(haystack, byte);
        let needle_chars = char_count(needle, needle.len());
        return Some(Found {
            tier,
            within: literal_score(class, field, field_chars, needle_chars),
            start,
            end: start + needle_chars,
        });
    }
    if pattern.kind != Kind::Fuzzy || !is_subsequence(needle, haystack) {
        return None;
    }
    let (start, end) = scattered_window(needle, haystack, field)?;
    let window = char_slice(haystack, start, end);
    let skim = matcher.fuzzy_match(window, needle)?;
    Some(Found {
        tier: Tier::Scattered,
        within: scattered_score(skim, field),
        start,
        end,
    })
}

/// The best-placed literal occurrence of `needle`: a whole word, else a word start, else a
/// word end, else the first. Returns its byte offset and class.
fn best_occurrence(
    haystack: &str,
    needle: &str,
    finder: &Finder<'_>,
) -> Option<(usize, WordClass)> {
    let mut best: Option<(usize, WordClass)> = None;
    for byte in finder.find_iter(haystack.as_bytes()) {
        let class = classify(haystack, byte, needle.len());
        if best.is_none_or(|(_, seen)| class > seen) {
            best = Some((byte, class));
            if class == WordClass::WholeWord {
                break;
            }
        }
    }
    best
}

/// How the bytes `start..start + len` of `text` sit among its words.
/// Looks at the four chars around the two ends only, so it costs the same on any length.
pub fn classify(text: &str, start: usize, len: usize) -> WordClass {
    let before = text[..start].chars().next_back();
    let after = text[start + len..].chars().next();
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let first_is_word = text[start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let last_is_word = text[..start + len]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let starts = boundary(before) || !first_is_word;
    let ends = boundary(after) || !last_is_word;
    match (starts, ends) {
        (true, true) => WordClass::WholeWord,
        (true, false) => WordClass::WordStart,
        (false, true) => WordClass::WordEnd,
        (false, false) => WordClass::Inside,
    }
}

/// Whether the characters of `needle` occur in order in `haystack` (bytes suffice: UTF-8
/// keeps a char's bytes together, so a char subsequence is a byte subsequence).
pub fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.as_bytes();
    for &b in needle.as_bytes() {
        match memchr::memchr(b, rest) {
            Some(at) => rest = &rest[at + 1..],
            None => return false,
        }
    }
    true
}

/// Which kinds of bytes a folded text holds, one bit each: `a`–`z`, `0`–`9`, and the
/// remaining bytes in 27 classes by value. A text cannot hold a term whose mask has a bit its
/// own lacks; checking that costs one AND per record.
pub fn char_mask(text: &str) -> u64 {
    text.bytes().fold(0, |mask, b| {
        let bit = match b {
            b'a'..=b'z' => b - b'a',
            b'0'..=b'9' => 26 + b - b'0',
            b' ' | 1 => return mask,
            _ => 36 + b % 27,
        };
        mask | 1 << bit
    })
}

/// The first short stretch (in chars) holding the needle's letters in order; see [`max_span`].
fn scattered_window(needle: &str, haystack: &str, field: Field) -> Option<(usize, usize)> {
    let allowed = max_span(field, needle.chars().count());
    if haystack.is_ascii() && needle.is_ascii() {
        compact_window(needle.as_bytes(), haystack.as_bytes(), allowed)
    } else {
        let wanted: Vec<char> = needle.chars().collect();
        let chars: Vec<char> = haystack.chars().collect();
        compact_window(&wanted, &chars, allowed)
    }
}

/// The first stretch `start..end`, at most `allowed` long, holding the wanted items in order.
/// Without the bound, any long paragraph matches any short word letter by letter ("pipeline"
/// in "President Vladimir Putin at the sidelines"), and such hits drown real ones.
pub fn compact_window<T: PartialEq + Copy>(
    wanted: &[T],
    haystack: &[T],
    allowed: usize,
) -> Option<(usize, usize)> {
    let (&first, rest) = wanted.split_first()?;
    let mut from = 0;
    while let Some(offset) = haystack.get(from..)?.iter().position(|&c| c == first) {
        let begin = from + offset;
        let limit = (begin + allowed).min(haystack.len());
        let mut needed = rest.iter().peekable();
        let mut end = begin + 1;
        for (index, &c) in haystack[begin + 1..limit].iter().enumerate() {
            let Some(&&next) = needed.peek() else { break };
            if c == next {
                needed.next();
                end = begin + index + 2;
            }
        }
        if needed.peek().is_none() {
            return Some((begin, end));
        }
        from = begin + 1;
    }
    None
}

/// The widest stretch of a field a scattered term of this many characters may span. Names
/// and titles are short, so an abbreviation across words matches there as in fzf ("mdef"
/// for "missile defence"); in prose, a term matches a word with a letter or two missing,
/// not letters strewn over a sentence ("veto" in "believed that outstanding"). The slack is
/// fixed up to [`NARROW_MAX_LEN`] characters.
pub fn max_span(field: Field, term_length: usize) -> usize {
    match field {
        Field::Text | Field::Quote => term_length + (term_length / 3).max(2),
        _ => term_length + term_length.max(NARROW_MAX_LEN),
    }
}

/// Number of chars in `text[..byte]`.
fn char_count(text: &str, byte: usize) -> usize {
    if text.is_ascii() {
        byte
    } else {
        text[..byte].chars().count()
    }
}

/// `text`'s chars `start..end` as a str.
fn char_slice(text: &str, start: usize, end: usize) -> &str {
    if text.is_ascii() {
        return &text[start..end];
    }
    let mut offsets = text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()));
    let from = offsets.nth(start).unwrap_or(text.len());
    let to = offsets.nth(end - start - 1).unwrap_or(text.len());
    &text[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classed_by_their_boundaries() {
        let text = "president hu met humans thus jinhu";
        let at = |word: &str| text.find(word).unwrap();
        assert_eq!(classify(text, at("hu "), 2), WordClass::WholeWord);
        assert_eq!(classify(text, at("humans"), 2), WordClass::WordStart);
        assert_eq!(classify(text, at("hus"), 2), WordClass::Inside);
        assert_eq!(classify(text, text.len() - 2, 2), WordClass::WordEnd);
        // Punctuation in the term stands for its own boundary.
        assert_eq!(classify("g8+5 summit", 0, 4), WordClass::WholeWord);
    }

    #[test]
    fn the_best_placed_occurrence_wins() {
        let best = |text: &str, needle: &str| best_occurrence(text, needle, &Finder::new(needle));
        assert_eq!(
            best("thus human hu", "hu"),
            Some((11, WordClass::WholeWord))
        );
        assert_eq!(best("thus human", "hu"), Some((5, WordClass::WordStart)));
        assert_eq!(best("thus", "hu"), Some((1, WordClass::Inside)));
        assert_eq!(best("thus", "xy"), None);
        let moscow = "москва-река";
        assert_eq!(best(moscow, "москва"), Some((0, WordClass::WholeWord)));
        assert_eq!(
            best("подмосковье", "моск"),
            Some((6, WordClass::Inside)),
            "bytes"
        );
    }

    #[test]
    fn subsequence_is_a_byte_check() {
        assert!(is_subsequence("mdef", "missile defence"));
        assert!(!is_subsequence("fedm", "missile defence"));
        assert!(is_subsequence("мск", "москва"));
    }

    #[test]
    fn compact_match_bounds_the_span() {
        let chars = |text: &str| text.chars().collect::<Vec<char>>();
        let folded = chars("xa-b-c-d");
        assert_eq!(compact_window(&chars("abcd"), &folded, 7), Some((1, 8)));
        assert_eq!(compact_window(&chars("abcd"), &folded, 6), None);
        let spread = chars(&format!("a{}bcd", " ".repeat(20)));
        assert_eq!(compact_window(&chars("abcd"), &spread, 12), None);
        assert_eq!(compact_window(&chars("dcba"), &folded, 12), None);
        let later = chars("a      xabc");
        assert_eq!(compact_window(&chars("abc"), &later, 4), Some((8, 11)));
        assert_eq!(max_span(Field::Quote, 4), 6);
        assert_eq!(max_span(Field::Title, 4), 12);
    }

    #[test]
    fn the_slack_is_fixed_up_to_the_narrowing_length() {
        for field in [Field::Text, Field::Title] {
            let slack = |n: usize| max_span(field, n) - n;
            assert!(
                (1..NARROW_MAX_LEN).all(|n| slack(n + 1) <= slack(n)),
                "{field:?}"
            );
        }
    }

    #[test]
    fn char_slices_of_non_ascii_text() {
        assert_eq!(char_slice("Zürich", 1, 3), "ür");
        assert_eq!(char_slice("москва", 0, 6), "москва");
        assert_eq!(char_count("москва", "мо".len()), 2);
    }
}
