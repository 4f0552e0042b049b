//! The issue of a position when the verb's own object does not name it: the noun phrase a
//! relative clause points back to (`a 15-point proposal, which Iran rejected`), the subject
//! of a passive (`Four similar measures were rejected by the House`), and the words a cut
//! issue must not end on.

use std::ops::Range;

/// Words an issue does not end on once cut to length (`funding through the` → `funding`).
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "through", "into",
    "and", "or", "that", "which", "who", "will", "would", "can", "could", "may", "its", "their",
    "his", "her", "as", "than", "any", "be", "is", "are", "was", "were",
];

/// Words that end a noun phrase read backwards (a verb, a preposition, a conjunction).
const PHRASE_START: &[&str] = &[
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "and",
    "or",
    "that",
    "as",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "reportedly",
];

/// Determiners: a noun phrase read backwards opens at one.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "this", "these",
];

/// The noun phrase the verb at `verb` acts on when it stands before the verb: the
/// antecedent of `which`/`that` (`a 15-point proposal, which Iran rejected`) or the
/// subject of a passive (`measures were rejected by …`). `sentence` and `verb` are byte
/// ranges into `text`; `None` when neither shape is there.
pub fn before_verb(text: &str, sentence: &Range<usize>, verb: &Range<usize>) -> Option<String> {
    let before = text.get(sentence.start..verb.start)?.trim_end();
    let after = text.get(verb.end..sentence.end)?.trim_start();
    let lower = before.to_lowercase();
    let passive = ["were", "was", "been", "be", "are", "is"]
        .iter()
        .find_map(|aux| lower.strip_suffix(aux).filter(|r| r.ends_with(' ')))
        .filter(|_| after.is_empty() || after.starts_with("by ") || after.starts_with(['.', ',']));
    let head = if let Some(rest) = passive {
        &before[..rest.trim_end().len()]
    } else {
        let at = [", which ", " which ", ", that "]
            .iter()
            .filter_map(|w| lower.rfind(w))
            .max()?;
        before[..at].trim_end_matches([',', ' '])
    };
    noun_phrase_back(head)
}

/// Up to six words read back from the end of `text`, stopping at a comma, a determiner or
/// a word of [`PHRASE_START`].
fn noun_phrase_back(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for word in text.rsplit(' ') {
        if word.ends_with([',', ';', ':']) || PHRASE_START.contains(&word.to_lowercase().as_str()) {
            break;
        }
        if word.is_empty() {
            continue;
        }
        if DETERMINERS.contains(&word.to_lowercase().as_str()) {
            break; // the phrase opens at its determiner
        }
        words.push(word);
        if words.len() == 6 {
            break;
        }
    }
    words.reverse();
    (!words.is_empty()).then(|| words.join(" "))
}

/// `words` without trailing function words (`funding for the` → `funding`) or a trailing
/// comma, and without
/// leading dashes; unchanged when nothing would be left.
pub fn trim_dangling<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = words.to_vec();
    while out.len() > 1
        && out
            .last()
            .is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str()))
    {
        out.pop();
    }
    if let Some(last) = out.last_mut() {
        // `support, reject,` cut inside a list: the comma was the list's, not the issue's.
        let bare = last.trim_end_matches([',', ';', ':']);
        if !bare.is_empty() {
            *last = bare;
        }
    }
    if let Some(first) = out.first_mut() {
        let bare = first.trim_start_matches(['—', '–', '-']);
        if !bare.is_empty() {
            *first = bare;
        }
    }
    out
}

/// Where `stop` ends the object in `rest` (the text after the verb), as a byte offset; `None`
/// when it does not occur. A comma that opens the rest of a list (`maintain, limit, or
/// expand`) does not end it: the object is the whole list and what it governs.
pub fn object_stop(rest: &str, stop: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = rest[from..].find(stop) {
        let at = from + found;
        if stop != ", " || !continues_list(&rest[at + stop.len()..]) {
            return Some(at);
        }
        from = at + stop.len();
    }
    None
}

/// Whether `after` (the text after a comma) finishes a list of single lower-case words:
/// `limit, or expand …`, `and modify …`.
fn continues_list(after: &str) -> bool {
    let mut words = after.split(' ');
    for word in words.by_ref() {
        if word == "and" || word == "or" {
            return words
                .next()
                .is_some_and(|w| !w.is_empty() && w.chars().all(char::is_lowercase));
        }
        let Some(bare) = word.strip_suffix(',') else {
            return false;
        };
        if bare.is_empty() || !bare.chars().all(char::is_lowercase) {
            return false;
        }
    }
    false
}

/// Nouns that only wrap the issue: `the issue of X`, `the question of X` is about X.
const WRAPPERS: &[&str] = &[
    "issue",
    "issues",
    "question",
    "questions",
    "matter",
    "subject",
];

/// Drops a leading wrapper noun and its `of` (`issue of nuclear arms control` → `nuclear arms
/// control`); whether it dropped one.
pub fn strip_wrapper(words: &mut Vec<&str>) -> bool {
    let wraps = words.len() > 2
        && WRAPPERS.contains(&words[0].to_lowercase().as_str())
        && words[1].eq_ignore_ascii_case("of");
    if wraps {
        words.drain(..2);
    }
    wraps
}

/// Whether `words` name something: at least one word of three letters or more that is not a
/// month's name. `1788`, `April 2025` and `15%` name nothing a position could be on.
pub fn names_something(words: &[&str]) -> bool {
    words.iter().any(|word| {
        let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        letters.chars().count() >= 3 && crate::brief::month_from_name(&letters).is_none()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue(sentence: &str, verb: &str) -> Option<String> {
        let at = sentence.find(verb).unwrap_or_else(|| unreachable!());
        before_verb(sentence, &(0..sentence.len()), &(at..at + verb.len()))
    }

    #[test]
    fn the_issue_before_the_verb() {
        let table = [
            (
                "The United States sent a 15-point proposal, which Iran rejected.",
                "rejected",
                Some("15-point proposal"),
            ),
            (
                "Four similar measures were rejected by the House and Senate.",
                "rejected",
                Some("Four similar measures"),
            ),
            ("Iran said that Congress rejected it.", "rejected", None),
            ("Iran rejected the proposal.", "rejected", None),
            ("Iran was pleased and welcomed the deal.", "welcomed", None),
        ];
        for (sentence, verb, want) in table {
            assert_eq!(issue(sentence, verb).as_deref(), want, "{sentence}");
        }
    }

    #[test]
    fn a_list_of_words_after_a_comma_continues_the_object() {
        assert_eq!(
            object_stop("maintain, limit, or expand powers, he said", ", "),
            Some(33)
        );
        assert_eq!(object_stop("support, and modify plans", ", "), None);
        assert_eq!(object_stop("the deal, which Iran rejected", ", "), Some(8));
        assert_eq!(object_stop("the deal, Iran and Oman said", ", "), Some(8));
        assert_eq!(object_stop("the deal; more", ";"), Some(8));
    }

    #[test]
    fn dates_and_numbers_alone_name_nothing() {
        assert!(!names_something(&["in", "1788"]));
        assert!(!names_something(&["April", "2025"]));
        assert!(!names_something(&["15%"]));
        assert!(names_something(&["the", "treaty"]));
    }

    #[test]
    fn cut_issues_do_not_end_on_function_words() {
        let table: [(&[&str], &[&str]); 4] = [
            (&["funding", "through", "the"], &["funding"]),
            (
                &["—the", "University", "Center", "program"],
                &["the", "University", "Center", "program"],
            ),
            (&["of"], &["of"]),
            (&["support,", "reject,"], &["support,", "reject"]),
        ];
        for (words, want) in table {
            assert_eq!(trim_dangling(words), want);
        }
    }
}
