//! Labels for amounts the other rules leave unnamed, which would otherwise be labelled by
//! their unit alone (`USD`, `Percent`): the key of a `key: amount` list item, the noun phrase
//! a participle clause restates (`FDI inflows, accounting for $710 million`), and what is
//! set or moved to or from an amount (`raised the limit to $10 billion`).

use super::phrase::{from_last_article, phrase_back, trim_determiners};

/// Participles that restate the noun phrase before their comma as an amount.
const RESTATING: &[&str] = &[
    ", accounting for",
    ", totaling",
    ", totalling",
    ", amounting to",
    ", worth",
    ", valued at",
    ", representing",
    ", or",
];

/// Words before an amount that say what is set to, moved from or fixed at it.
const SET_AT: &[&str] = &[" to", " from", " at"];

/// The label of an amount from `before`, the sentence up to the amount (its hedge left out),
/// or `None` when none of these shapes is there.
pub(super) fn label(before: &str) -> Option<String> {
    let before = before.trim_end();
    let names = |label: &String| {
        // `28%, or $9.3 billion`, `FY2003: $1.4 billion`: another amount or a date names
        // nothing.
        let first = label.split(' ').next().unwrap_or("");
        let last = label.rsplit(' ').next().unwrap_or("").to_lowercase();
        // `typically for three to five years`: a range's first number names nothing.
        // `8,760 hours per year, or 24 hours`: a unit of time alone names nothing.
        let number = matches!(
            last.as_str(),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        ) || !label.contains(' ') && super::duration::is_duration(label);
        label.starts_with(char::is_alphabetic)
            && !first.contains(|c: char| c.is_ascii_digit())
            && !number
    };
    // `extend the statute of limitations from 5 to 10 years`: a range whose first bound has
    // no unit of its own is set from that bound.
    let before = match before.rsplitn(4, ' ').collect::<Vec<_>>()[..] {
        ["to", number, "from", rest] if number.chars().all(|c| c.is_ascii_digit()) => {
            return set_at(rest).filter(names);
        }
        _ => before,
    };
    key_before_colon(before)
        .filter(names)
        .or_else(|| {
            RESTATING
                .iter()
                .find_map(|p| before.strip_suffix(p))
                .and_then(phrase_back)
                .filter(names)
        })
        .or_else(|| {
            SET_AT
                .iter()
                .find_map(|p| before.strip_suffix(p))
                .and_then(set_at)
                .filter(names)
        })
}

/// `NPS: $24.2 billion (52%), FS: $10.8 billion`: the words before the colon, back to the
/// last comma, semicolon, dash, bracket or bar, when they are one to six words.
fn key_before_colon(before: &str) -> Option<String> {
    let rest = before.strip_suffix(':')?;
    let start = rest
        .rfind([',', ';', '—', '–', '(', ')', '|', '\n', ':'])
        .map_or(0, |at| {
            at + rest[at..].chars().next().map_or(1, char::len_utf8)
        });
    let key = rest[start..].trim();
    let words: Vec<&str> = key.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || !key.contains(char::is_alphabetic) {
        return None;
    }
    trim_determiners(words)
}

/// `raised the limit to $10 billion`, `fixing the indirect cost rate at 15%`, `reduces the
/// eSLR from 6%`: the noun phrase after the verb, from its last article on.
fn set_at(rest: &str) -> Option<String> {
    let phrase = phrase_back(rest)?;
    let phrase = from_last_article(&phrase);
    let words: Vec<&str> = phrase.split(' ').collect();
    let verb = |w: &&str| {
        w.len() > 4
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ing") || w.ends_with("ed"))
    };
    let from = words.iter().rposition(verb).map_or(0, |at| at + 1);
    // `had fallen from 18%`: a verb alone names nothing.
    if words[from..].iter().all(|w| super::action::is_verb(w)) {
        return None;
    }
    trim_determiners(words[from..].to_vec())
}
