//! Whether a hyphen at a line end belongs to the word (`dual-` + `capable` →
//! `dual-capable`) or only splits it (`devel-` + `opment` → `development`), judged by how
//! the same document writes the word elsewhere, then by a short list of words that head
//! hyphenated compounds.

use std::collections::HashSet;

/// Words that, before a line-end hyphen, head a compound rather than a split word.
const COMPOUND_HEADS: &[&str] = &[
    "dual",
    "middle",
    "long",
    "short",
    "high",
    "low",
    "self",
    "well",
    "full",
    "large",
    "small",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "year",
    "first",
    "second",
    "third",
    "cost",
    "time",
    "state",
    "government",
    "market",
    "nuclear",
    "trade",
];

/// The words of a document, as it writes them away from line ends.
#[derive(Debug, Default)]
pub struct Vocabulary {
    hyphenated: HashSet<String>,
    plain: HashSet<String>,
}

impl Vocabulary {
    /// Collects the words of `text`, lower-cased, skipping each line's last word when it
    /// ends in a hyphen (the case being judged).
    pub fn from_text(text: &str) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        for line in text.lines() {
            for word in line.split_whitespace() {
                if word.ends_with('-') {
                    continue;
                }
                let word: String = word
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                if word.contains('-') {
                    vocabulary.hyphenated.insert(word);
                } else if !word.is_empty() {
                    vocabulary.plain.insert(word);
                }
            }
        }
        vocabulary
    }

    /// Whether `head-` at a line end followed by `tail` keeps its hyphen: the document
    /// writes `head-tail` elsewhere; or it never writes `headtail` and `head` is a usual
    /// compound head (`long-term`, `middle-income`).
    pub fn keeps_hyphen(&self, head: &str, tail: &str) -> bool {
        let head = head.to_lowercase();
        let tail = tail.to_lowercase();
        if self.hyphenated.contains(&format!("{head}-{tail}")) {
            return true;
        }
        if self.plain.contains(&format!("{head}{tail}")) {
            return false;
        }
        COMPOUND_HEADS.contains(&head.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_decides_then_the_compound_heads() {
        let vocabulary =
            Vocabulary::from_text("dual-capable systems and\ndevelopment aid devel-\n");
        assert!(vocabulary.keeps_hyphen("dual", "capable"));
        assert!(!vocabulary.keeps_hyphen("devel", "opment"));
        assert!(vocabulary.keeps_hyphen("middle", "income"));
        assert!(!vocabulary.keeps_hyphen("govern", "ment"));
    }
}
