//! What a figure measures and when: a short noun phrase of its sentence as label, and the
//! date near it in the same sentence as period.

use std::ops::Range;

use crate::brief::BriefDate;

use super::amount::Amount;
use crate::import::dates::DateMention;

mod table;
mod unit_only;

use table::{column_header, table_row};

/// Longest label, in bytes, before it is cut at a word boundary.
const LABEL_MAX: usize = 70;

/// Words that end a noun phrase read backwards or forwards.
#[rustfmt::skip]
const BREAKS: &[&str] = &[
    "and", "or", "but", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than",
    "that", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "could", "can", "may", "might", "should", "must", "which", "who", "while", "including",
    "included", "includes", "include", "such", "like", "compared", "about", "some", "nearly",
    "almost", "over", "under", "around", "approximately", "roughly", "more", "less", "up",
    "least", "reached", "totaled", "grew", "rose", "fell", "increased", "decreased", "declined",
    "accounted", "accounting", "amounted", "stood", "exceeded", "valued", "went", "spent",
    "imposed", "announced", "said", "stated", "allocating", "request", "requested", "then",
    "there", "it", "they", "its", "their", "his", "her", "this", "these", "those", "through",
    "until", "during", "since", "before", "after", "within", "per", "each", "not", "no",
];
/// Words a label does not start with.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "this", "these", "of", "with", "for", "in",
    "on", "to", "by", "and", "or",
];
/// Verbs that tie a subject to an amount: `Mexico's GDP was $1.8 trillion`.
#[rustfmt::skip]
const STATISTIC_VERBS: &[&str] = &[
    "was", "were", "is", "are", "totaled", "totalled", "reached", "grew", "rose", "fell",
    "increased", "decreased", "declined", "dropped", "accounted", "amounted", "stood",
    "exceeded", "valued", "averaged", "doubled", "went", "has", "have", "had", "spent",
    "accounts", "totals", "reaches", "stands", "exceeds", "amounts", "grows", "rises", "falls",
    "includes", "included", "will", "would", "could", "may", "can",
];

/// The label of `amount` in `sentence`, from the first rule that finds words: the noun a
/// count counts; the noun phrase before a parenthesised amount (`computer equipment
/// ($34.6 billion)`); the phrase after `of` or `in` (`60% of Mexico's exports`, `$100
/// billion in additional funding`); the noun before `of` (`a surplus of $1.7 billion`); the
/// noun an amount modifies (`a 10% tariff`); the sentence's subject before its verb. The
/// words are the sentence's own, first letter capitalised.
pub(crate) fn label(text: &str, sentence: &Range<usize>, amount: &Amount) -> String {
    let before = &text[sentence.start..amount.span.start];
    let after = &text[amount.span.end..sentence.end];
    let hedge_len = amount.hedge.as_ref().map_or(0, String::len);
    let before_hedge = before.trim_end();
    let before_hedge = before_hedge
        .get(..before_hedge.len().saturating_sub(hedge_len))
        .unwrap_or(before_hedge);
    let counted = amount.noun.clone().and_then(|noun| {
        let rest = text[amount.span.end..sentence.end].trim_start();
        let rest = rest.strip_prefix(noun.as_str()).unwrap_or(rest);
        let of_phrase = rest
            .trim_start()
            .strip_prefix("of ")
            .and_then(phrase_forward);
        match of_phrase {
            Some(of) if !is_money_or_share(amount) => Some(format!("{noun} of {of}")),
            // `surface area (2.96 million sq. miles)`, `a height of 10 feet`: a unit of
            // measure does not say what is measured where the words before it do.
            _ if super::words::is_measure(&noun)
                && (amount.in_parentheses || before_hedge.trim_end().ends_with(" of")) =>
            {
                None
            }
            _ => Some(noun),
        }
    });
    // `60% ($752.0 billion) of Mexico's trade`: look past a parenthesis after the amount.
    let after = after.trim_start();
    let after = match after.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) => rest.trim_start(),
        None => after,
    };
    let found = counted
        .or_else(|| table_row(text, amount))
        .or_else(|| {
            amount
                .in_parentheses
                .then(|| before.trim_end_matches(['(', ' ', '-', '+', '−']))
                // `$30.8 billion (-9%)`: the words before the bracket are another amount.
                .filter(|words| !ends_with_amount(words))
                .and_then(phrase_back)
        })
        .or_else(|| {
            let purpose = || {
                ["for ", "on ", "to "]
                    .iter()
                    .find_map(|p| after.strip_prefix(p))
                    .filter(|_| is_money_or_share(amount))
            };
            after
                .strip_prefix("of ")
                .or_else(|| after.strip_prefix("worth of "))
                .or_else(|| after.strip_prefix("in "))
                .or_else(purpose)
                .map(|rest| rest.trim_start_matches(['"', '“', '‘']))
                .filter(|rest| rest.starts_with(char::is_alphabetic))
                .and_then(phrase_forward)
        })
        .or_else(|| {
            before_hedge
                .trim_end()
                .strip_suffix(" of")
                .and_then(phrase_back)
        })
        .or_else(|| changed_by(before_hedge))
        // `an additional amount, not to exceed 30%,`: the noun phrase the amount restates.
        .or_else(|| {
            before_hedge
                .trim_end()
                .strip_suffix(',')
                .and_then(phrase_back)
                .map(|phrase| from_last_article(&phrase))
        })
        .or_else(|| subject(before_hedge))
        .or_else(|| phrase_back(before_hedge))
        .or_else(|| subject(&text[sentence.start..amount.span.start]))
        .or_else(|| unit_only::label(before_hedge))
        .unwrap_or_else(|| amount.unit.clone());
    let label = finish(&found);
    if label.is_empty() {
        finish(&amount.unit)
    } else {
        label
    }
}

/// `increasing SNAP benefit amounts by approximately 21%`: what changed by the amount,
/// after the verb that changed it (`-ing` or `-ed`).
fn changed_by(before: &str) -> Option<String> {
    let rest = before.trim_end().strip_suffix(" by")?;
    let phrase = phrase_back(rest)?;
    let mut words: Vec<&str> = phrase.split(' ').collect();
    let verb = |w: &&str| {
        w.len() > 4
            && w.starts_with(char::is_lowercase)
            && (w.ends_with("ing") || w.ends_with("ed"))
    };
    if let Some(last) = words
        .iter()
        .rposition(verb)
        .filter(|&i| i + 1 < words.len())
    {
        words.drain(..=last);
    }
    trim_determiners(words)
}

/// `receive an additional amount` → `additional amount`: a noun phrase opens at its article.
fn from_last_article(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    match words
        .iter()
        .rposition(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
    {
        Some(at) if at + 1 < words.len() => words[at + 1..].join(" "),
        _ => phrase.to_string(),
    }
}

fn is_money_or_share(amount: &Amount) -> bool {
    amount.unit.len() == 3 && amount.unit.chars().all(|c| c.is_ascii_uppercase())
        || amount.unit.starts_with("percent")
        || amount.unit == "basis points"
}

/// Up to five words read backwards from the end of `text`, stopping at punctuation or a
/// function word.
fn phrase_back(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for word in text.trim_end().rsplit(' ') {
        let stops_after = word.ends_with([',', ';', ':', '(', ')']) || word.starts_with('(');
        if stops_after && !words.is_empty() || word.ends_with([',', ';', ':']) {
            break;
        }
        let clean = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.');
        if clean.is_empty() || BREAKS.contains(&clean.to_lowercase().as_str()) {
            break;
        }
        words.push(clean);
        if words.len() == 5 {
            break;
        }
    }
    words.reverse();
    trim_determiners(words)
}

/// Up to six words read forwards, stopping at punctuation or a function word (`of` kept
/// once: `Mexico's total trade in goods` stops at `in`).
fn phrase_forward(text: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for word in text.split(' ') {
        // `U.S.`, `D.C.`: a word with an inner dot keeps its final one.
        let dotted = word
            .strip_suffix('.')
            .is_some_and(|stem| stem.len() > 1 && stem.contains('.'));
        let clean = if dotted {
            word
        } else {
            word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        };
        let lower = clean.to_lowercase();
        let participle =
            !words.is_empty() && clean.starts_with(char::is_lowercase) && lower.ends_with("ed");
        if word.starts_with('(') {
            break;
        }
        // `total goods and services trade`: a conjunction inside the phrase.
        if matches!(lower.as_str(), "and" | "or") && !words.is_empty() && clean.len() == word.len()
        {
            words.push(clean);
            continue;
        }
        if clean.is_empty() || participle || BREAKS.contains(&lower.as_str()) {
            break;
        }
        words.push(clean);
        if clean.len() != word.len() || words.len() == 6 {
            break;
        }
    }
    trim_determiners(words)
}

/// The words from the start of the clause holding the amount to its verb, after a leading
/// date phrase: `In 2024, Mexico's GDP was` → `Mexico's GDP`.
fn subject(before: &str) -> Option<String> {
    let cut = [
        ";",
        ":",
        ", ",
        " that ",
        " which ",
        " while ",
        " whereas ",
        " where ",
    ]
    .iter()
    .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
    .max()
    .unwrap_or(0);
    let clause = &before[cut..];
    let mut words: Vec<&str> = Vec::new();
    for word in clause.split_whitespace() {
        let clean = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.');
        let lower = clean.to_lowercase();
        let is_verb = STATISTIC_VERBS.contains(&lower.as_str())
            || !words.is_empty()
                && clean.len() > 4
                && clean.ends_with("ed")
                && clean.starts_with(char::is_lowercase);
        if is_verb {
            return trim_determiners(words);
        }
        words.push(clean);
        if words.len() > 8 {
            break;
        }
    }
    None
}

fn trim_determiners(mut words: Vec<&str>) -> Option<String> {
    while words.last().is_some_and(|w| matches!(*w, "and" | "or")) {
        words.pop();
    }
    while words
        .first()
        .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
    {
        words.remove(0);
    }
    words.retain(|w| w.chars().any(char::is_alphanumeric));
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether `text` ends with an amount (`$30.8 billion`, `12%`, `$7`) rather than words
/// (`Budget Activity 6.4`).
fn ends_with_amount(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or("");
    last.starts_with(['$', '€', '£', '¥'])
        || last.ends_with('%')
        || ["thousand", "million", "billion", "trillion"].contains(&last)
}

/// Whether `label` is no more than the name of `unit` (`USD`, `Percent`, `Count`), as the
/// last rule gives when nothing in the sentence names the amount.
pub(crate) fn is_unit_only(label: &str, unit: &str) -> bool {
    label == finish(unit)
}

fn finish(label: &str) -> String {
    let mut label: String = label
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”'))
        .collect();
    label = label.trim().trim_end_matches(['.', ',']).to_string();
    if label.len() > LABEL_MAX {
        let mut end = LABEL_MAX;
        while !label.is_char_boundary(end) {
            end -= 1;
        }
        let cut = label[..end].rfind(' ').unwrap_or(end);
        label.truncate(cut);
    }
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => label,
    }
}

/// The period of `amount`: a date right after it (`$1.7 billion in 1993`, `60% of Mexico's
/// 2024 total trade`), else the nearest date before it in its clause (`In 2024, … $840
/// billion`), else a date later in the sentence with no other amount between, else, in a
/// table, the date heading its column. Bounds and undated mentions are not periods.
pub(crate) fn period(
    text: &str,
    sentence: &Range<usize>,
    amount: &Amount,
    dates: &[&DateMention],
    amounts_between: impl Fn(usize, usize) -> bool,
) -> Option<BriefDate> {
    let usable = |m: &&&DateMention| {
        matches!(m.date, BriefDate::Point(_) | BriefDate::Span(..))
            && sentence.contains(&m.span.start)
            && !ends_a_name(text, m.span.start)
    };
    let after = dates
        .iter()
        .filter(usable)
        .filter(|m| m.span.start >= amount.span.end)
        .find(|m| {
            let gap = &text[amount.span.end..m.span.start];
            gap.len() <= 40 && !gap.contains(';') && !amounts_between(amount.span.end, m.span.start)
        });
    if let Some(m) = after {
        return Some(m.date.clone());
    }
    let before = dates
        .iter()
        .filter(usable)
        .rfind(|m| m.span.end <= amount.span.start)
        .filter(|m| !text[m.span.end..amount.span.start].contains(';'));
    if let Some(m) = before {
        return Some(m.date.clone());
    }
    dates
        .iter()
        .filter(usable)
        .find(|m| {
            m.span.start >= amount.span.end && !amounts_between(amount.span.end, m.span.start)
        })
        .or_else(|| {
            // `Program | FY2016 | FY2017` over `Highways | $2 | $9`: the column's date.
            let header = column_header(text, amount)?;
            dates.iter().find(|m| {
                matches!(m.date, BriefDate::Point(_) | BriefDate::Span(..))
                    && header.start <= m.span.start
                    && m.span.end <= header.end
            })
        })
        .map(|m| m.date.clone())
}

/// `the Trade Act of 1974`, `the Treaty of 1951`: a year that closes a capitalised name.
fn ends_a_name(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.strip_suffix(" of").is_some_and(|rest| {
        rest.rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    })
}
