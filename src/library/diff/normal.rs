//! Text as `diff` compares it: what differs between two editions of one report only in
//! typography (curly or straight quotes, dashes, ligatures, non-breaking or doubled spaces,
//! spaces beside punctuation, soft hyphens, case) is erased, so the .txt and the PDF of a report compare equal.
//!
//! Unicode compatibility normalisation (NFKC, from `unicode-normalization`) turns ligatures
//! (`ﬁ` → `fi`), non-breaking and thin spaces, full-width forms and `…` into plain text;
//! `regex`'s Unicode property classes pick out quotation marks (`Quotation_Mark`), dashes
//! (`Dash`: hyphen, en and em dash, minus sign…) and invisible format characters (`Cf`: soft
//! hyphen, zero-width space) and punctuation (`P`); case is lowered. No table of ours decides
//! what a quote or a dash is, beyond four apostrophe look-alikes Unicode does not class as
//! quotation marks (and the ASCII punctuation the fast path spells out, checked by a test).

use std::sync::LazyLock;

use std::borrow::Cow;

use regex::Regex;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Every quotation mark, and the apostrophe look-alikes PDFs use (`ʼ`, `` ` ``, `´`, `′`).
static QUOTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{Quotation_Mark}\x{02BC}\x{0060}\x{00B4}\x{2032}]")
        .expect("a fixed pattern of Unicode classes compiles")
});
/// Every dash and hyphen, the minus sign included.
static DASHES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Dash}").expect("a fixed Unicode class compiles"));
/// Characters that print nothing: the soft hyphen, zero-width spaces and joiners.
static INVISIBLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Cf}").expect("a fixed Unicode class compiles"));
/// White space beside punctuation, which PDFs and text files place differently
/// (`policy,Russian`, `policy, Russian`).
static SPACED_PUNCTUATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(\p{P})\s*").expect("a fixed Unicode class compiles"));

/// `text` with typography erased: NFKC, every quotation mark as `'`, every dash as `-`,
/// format characters dropped, lower case, white-space runs made one space, none beside
/// punctuation, none at either end. Two texts that differ only in typography give the same
/// string; words, digits and punctuation other than quotes and dashes are kept.
///
/// ASCII text (most quotes) takes a single pass that gives the same result (a test checks
/// it against the general way).
pub fn normal(text: &str) -> String {
    if text.is_ascii() {
        normal_ascii(text)
    } else {
        normal_unicode(text)
    }
}

/// The general way, for any text.
fn normal_unicode(text: &str) -> String {
    let compatible: Cow<'_, str> = if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().collect())
    };
    let quotes = QUOTES.replace_all(&compatible, "'");
    let dashes = DASHES.replace_all(&quotes, "-");
    let visible = INVISIBLE.replace_all(&dashes, "");
    let lower = visible.to_lowercase();
    let spaced = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    SPACED_PUNCTUATION.replace_all(&spaced, "$1").into_owned()
}

/// The same for ASCII text, in one pass: ASCII is its own NFKC, its only quotation marks
/// are `'`, `"` and `` ` ``, its only dash `-`, and it has no format characters.
fn normal_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_whitespace() {
            gap = !out.is_empty();
            continue;
        }
        let c = match c {
            '"' | '`' => '\'',
            c => c.to_ascii_lowercase(),
        };
        if gap && !is_ascii_punctuation(c) && !out.ends_with(is_ascii_punctuation) {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

/// ASCII characters of Unicode's punctuation categories (`\p{P}`); `$ + < = > ^ | ~` and
/// the backtick are symbols.
fn is_ascii_punctuation(c: char) -> bool {
    matches!(
        c,
        '!' | '"'
            | '#'
            | '%'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | ','
            | '-'
            | '.'
            | '/'
            | ':'
            | ';'
            | '?'
            | '@'
            | '['
            | '\\'
            | ']'
            | '_'
            | '{'
            | '}'
    )
}

#[cfg(test)]
mod tests {
    use super::{normal, normal_ascii, normal_unicode};

    /// Each pair differs only in typography.
    const SAME: &[(&str, &str)] = &[
        ("Mexico's exports", "Mexico’s exports"),
        ("the \"Plan\"", "the “Plan”"),
        ("‘quoted’ «twice»", "'quoted' \"twice\""),
        ("2019-2024", "2019–2024"),
        ("a pause - then", "a pause — then"),
        ("-5 percent", "−5 percent"),
        ("US$5 billion", "US$5\u{a0}billion"),
        ("two  spaces\tand\na line", "two spaces and a line"),
        ("financial", "ﬁnancial"),
        ("inflow", "inﬂow"),
        ("modernization", "modern\u{ad}ization"),
        ("word", "wo\u{200b}rd"),
        ("Energy Star", "ENERGY STAR"),
        ("China's plan…", "China’s plan..."),
        ("FY２０２５", "FY2025"),
        ("Mexicoʼs", "Mexico's"),
        ("policy,Russian", "policy, Russian"),
        ("a pause - then", "a pause-then"),
        ("( PRC )", "(PRC)"),
    ];
    /// Each pair differs in words, digits or other punctuation.
    const DIFFERENT: &[(&str, &str)] = &[
        ("US$5.1 billion", "US$5.8 billion"),
        ("supports", "opposes"),
        ("2019-2024", "2019-2025"),
        ("a, b", "a; b"),
        ("résumé", "resume"),
        ("its", "it's"),
        ("a rose", "arose"),
    ];

    #[test]
    fn typography_alone_is_erased() {
        for (a, b) in SAME {
            assert_eq!(normal(a), normal(b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn words_digits_and_other_punctuation_are_kept() {
        for (a, b) in DIFFERENT {
            assert_ne!(normal(a), normal(b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn the_ascii_pass_agrees_with_the_general_way() {
        const CHARS: &[char] = &[
            'a', 'B', 'z', '0', '9', ' ', ' ', '\t', '\n', '\u{b}', '\'', '"', '`', '-', '.', ',',
            '$', '+', '<', '=', '>', '^', '|', '~', '!', '#', '%', '&', '(', ')', '*', '/', ':',
            ';', '?', '@', '[', '\\', ']', '_', '{', '}',
        ];
        let mut state = 346_u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 12) {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push(CHARS[(state >> 33) as usize % CHARS.len()]);
            }
            assert_eq!(normal_ascii(&text), normal_unicode(&text), "{text:?}");
        }
        for c in (0_u8..128).map(char::from) {
            let text = format!("a {c} b");
            assert_eq!(normal_ascii(&text), normal_unicode(&text), "{c:?}");
        }
    }

    #[test]
    fn plain_text_is_case_folded_and_spaced_only_between_words() {
        assert_eq!(normal("  U.S. arms sales 2020 "), "u.s.arms sales 2020");
        assert_eq!(normal(""), "");
    }
}
