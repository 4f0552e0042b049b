//! Text as `diff` compares it: what differs between two editions of one report only in
//! typography (curly or straight quotes, dashes, ligatures, non-breaking or doubled spaces,
//! spaces beside punctuation, soft hyphens, case) is erased, so the .txt and the PDF of a report compare equal.
//!
//! Unicode compatibility normalisation (NFKC, from `unicode-normalization`) turns ligatures
//! (`ﬁ` → `fi`), non-breaking and thin spaces, full-width forms and `…` into plain text;
//! `regex`'s Unicode property classes pick out quotation marks (`Quotation_Mark`), dashes
//! (`Dash`: hyphen, en and em dash, minus sign…) and invisible format characters (`Cf`: soft
//! hyphen, zero-width space); `caseless` folds case. No table of ours decides what a quote
//! or a dash is, beyond four apostrophe look-alikes Unicode does not class as quotation marks.

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

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
/// format characters dropped, case folded, white-space runs made one space, none beside
/// punctuation, none at either end. Two texts that differ only in typography give the same
/// string; words, digits and punctuation other than quotes and dashes are kept.
pub fn normal(text: &str) -> String {
    let compatible: String = text.nfkc().collect();
    let quotes = QUOTES.replace_all(&compatible, "'");
    let dashes = DASHES.replace_all(&quotes, "-");
    let visible = INVISIBLE.replace_all(&dashes, "");
    let folded = caseless::default_case_fold_str(&visible);
    let spaced = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    SPACED_PUNCTUATION.replace_all(&spaced, "$1").into_owned()
}

#[cfg(test)]
mod tests {
    use super::normal;

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
    fn plain_text_is_case_folded_and_spaced_only_between_words() {
        assert_eq!(normal("  U.S. arms sales 2020 "), "u.s.arms sales 2020");
        assert_eq!(normal(""), "");
    }
}
