//! Labels of amounts an actor acts on. In `Congress capped the maximum individual grant
//! award at $25 million` the subject is who acts, not what is counted: the amount belongs to
//! the verb's object (`maximum individual grant award`), or, where the verb takes the amount
//! itself (`Congress provided $50 million each fiscal year for the program`), to what it is
//! for, after the amount or in a `For X,` phrase opening the sentence.

use std::sync::LazyLock;

use regex::Regex;

use super::phrase::{
    STATISTIC_VERBS, from_last_article, phrase_back, phrase_forward, trim_determiners,
};
use crate::import::dates;

/// Verbs of giving, asking, setting and spending in present and irregular past forms that
/// are no nouns (regular past forms in `-ed` are found by their ending).
#[rustfmt::skip]
const ACTION_VERBS: &[&str] = &[
    "provides", "proposes", "allocates", "appropriates", "authorizes", "reduces", "raises",
    "paid", "pays", "spends", "gave", "gives", "lent", "lends", "invests", "obligates",
    "imposes", "sought", "seeks", "made", "makes", "receives", "sets",
];
/// The same verbs' base forms, which are verbs only after `to` or a modal (`to allocate`,
/// `would provide`); elsewhere many are nouns (`grant`, `request`, `cap`).
#[rustfmt::skip]
const BASE_VERBS: &[&str] = &[
    "provide", "request", "propose", "allocate", "appropriate", "authorize", "award", "cap",
    "limit", "set", "raise", "reduce", "increase", "cut", "pay", "spend", "give", "grant",
    "lend", "invest", "transfer", "obligate", "impose", "fix", "seek", "make", "receive",
];
/// Past forms of verbs whose subject acts on the amount or on someone else (`directed EDA
/// to allocate`), never what the amount measures.
#[rustfmt::skip]
const AGENT_PAST: &[&str] = &[
    "provided", "requested", "proposed", "allocated", "appropriated", "authorized", "awarded",
    "capped", "limited", "raised", "reduced", "cut", "spent", "granted", "invested",
    "transferred", "obligated", "imposed", "fixed", "directed", "required", "encouraged",
    "allowed", "instructed", "announced", "rescinded", "pledged", "committed", "offered",
];
/// Irregular past participles.
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "fallen", "risen", "grown", "gone", "been", "done", "seen", "given", "taken", "shown",
];
/// Words after which a base form is a verb.
#[rustfmt::skip]
const MODALS: &[&str] = &[
    "to", "would", "will", "may", "might", "can", "could", "should", "must", "shall", "not",
];
/// Verbs whose subject is what the amount measures, like the statistic verbs.
#[rustfmt::skip]
const COPULAS: &[&str] = &[
    "be", "been", "being", "remain", "remains", "remained", "become", "becomes", "became",
];
/// Statistic verbs that may also take an object (`increased the spending limit to`).
const TRANSITIVE_STATISTIC: &[&str] = &["increased", "decreased", "doubled", "tripled"];
/// Verbs whose subject receives the amount: it names the amount unless an object does
/// (`received its third contract for $256.8 million`).
const RECEIVING: &[&str] = &["received", "receives", "receive", "obtained", "won"];
/// Words before a past participle that make it an adjective (`the FY2025 enacted level`).
#[rustfmt::skip]
const BEFORE_ADJECTIVES: &[&str] = &[
    "the", "a", "an", "its", "their", "this", "these", "those", "his", "her", "our", "several",
    "many", "some", "all", "any", "each", "newly", "previously", "recently",
];
/// Words that join a verb's object to its amount (`at`, `to`).
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "at", "to", "from", "of", "by", "for", "with", "in", "on", "as", "between", "into",
];
/// Words that may close an object before its link (`reduced the loan authority further to`,
/// `phased out between`).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "further", "again", "also", "back", "instead", "once", "still", "out", "up", "down", "off",
];
/// Participles between an object and the amount they restate (`awards ranging from`).
#[rustfmt::skip]
const RESTATING: &[&str] = &[
    "ranging", "totaling", "totalling", "amounting", "costing", "valued", "worth", "accounting",
];
/// Prepositions of place, time or means that end an object's noun phrase (`fund ARPA-H under
/// the existing structure at`).
#[rustfmt::skip]
const ADJUNCTS: &[&str] = &[
    "under", "through", "during", "in", "within", "since", "after", "before", "via", "across",
    "among", "over", "into", "onto", "from", "with", "without",
];
/// Words after `For` opening a sentence that name no purpose (`For example, …`).
#[rustfmt::skip]
const NOT_PURPOSES: &[&str] = &[
    "example", "instance", "comparison", "reference", "context", "purposes", "this", "that",
    "these", "those", "each", "some", "most",
];

/// The label of an amount whose clause's last verb before it is an action verb: its object
/// (`capped the maximum individual grant award at`), or, where the verb takes the amount
/// itself, what the amount is for. `before` is the sentence up to the amount (its hedge left
/// out), `after` the sentence after it. `None` when the last verb is not an action verb, or
/// nothing but the subject names the amount.
pub(super) fn label(before: &str, after: &str) -> Option<String> {
    let clause = clause(before);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let verb = last_verb(&words)?;
    let mut object = &words[verb + 1..];
    // `increased the limit to $15 million and the loan authority to $75 million`: a second
    // object after an amount and `and` shares the verb.
    if let Some(and) = object.iter().rposition(|w| *w == "and")
        && object[..and]
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
    {
        object = &object[and + 1..];
    }
    let linked = object
        .last()
        .is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()));
    if linked {
        return object_phrase(object);
    }
    // `authorized the most recent $118 billion`: a few words before the amount without a
    // link are its own modifiers; the verb takes the amount.
    if object.len() > 3
        || object
            .iter()
            .any(|w| w.contains(['(', ')', ',']) || *w == "to")
    {
        return None;
    }
    if RECEIVING.contains(&words[verb]) {
        return None;
    }
    purpose_after(after).or_else(|| purpose_before(before))
}

/// Where the clause's last verb before the amount is one whose subject acts (`Congress
/// directed DOT to award … (areas with populations below 200,000)`), the subject names who
/// acts, not what is counted: the noun phrase right before the amount, when there is one
/// and it holds no verb (`provide USDA`, `to deduct`) and is no mere modifier.
pub(super) fn near_subject_of_action(before: &str) -> Option<String> {
    let words: Vec<&str> = clause(before).split_whitespace().collect();
    let verb = last_verb(&words)?;
    let acts = ACTION_VERBS.contains(&words[verb])
        || BASE_VERBS.contains(&words[verb])
        || AGENT_PAST.contains(&words[verb]);
    if !acts {
        return None;
    }
    let phrase = phrase_back(before)?;
    let lead = before
        .rfind(phrase.as_str())
        .map_or("", |at| before[..at].trim_end());
    // `to deduct $3,096`: an infinitive, not a noun.
    if lead.ends_with(" to") || lead.ends_with('—') {
        return None;
    }
    let mut words: Vec<&str> = phrase
        .rsplit(['—', '–'])
        .next()
        .unwrap_or(&phrase)
        .split(' ')
        .skip_while(|w| w.contains(|c: char| c.is_ascii_digit()))
        .collect();
    while words
        .last()
        .is_some_and(|w| RESTATING.contains(w) || w.ends_with("ly"))
    {
        words.pop();
    }
    let verb_like = |w: &&str| {
        is_verb(w)
            || w.ends_with("ing") && words.len() == 1
            || BEFORE_ADJECTIVES.contains(&w.to_lowercase().as_str())
    };
    if words.iter().any(verb_like) {
        return None;
    }
    trim_determiners(words)
}

/// Whether `word` is a year or fiscal year (`2025`, `FY2026`, `FY2022-FY2026`).
fn is_year(word: &str) -> bool {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| dates::compile(r"^(?:FY\s?)?\d{4}(?:[-–](?:FY)?\d{2,4})?[,.]?$"));
    YEAR.is_match(word)
}

/// Whether `word` reads as a verb (`allocate`, `provided`, `fallen`) rather than part of a
/// noun phrase.
pub(super) fn is_verb(word: &str) -> bool {
    BASE_VERBS.contains(&word)
        || ACTION_VERBS.contains(&word)
        || PARTICIPLES.contains(&word)
        || word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase)
}

/// The clause holding the end of `before`: after its last `;`, `:`, `, ` or relative word.
fn clause(before: &str) -> &str {
    let cut = [";", ":", ", ", " that ", " which ", " while ", " whereas "]
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    &before[cut..]
}

/// The index of the last verb in `words` when it is an action verb; `None` when the last verb
/// is a statistic verb or copula (`was`, `reached`, `to be`: its subject names the amount) or
/// there is none.
fn last_verb(words: &[&str]) -> Option<usize> {
    for (i, word) in words.iter().enumerate().rev() {
        let clean = word.trim_matches(|c: char| !c.is_alphanumeric());
        if clean.is_empty() || clean.contains(|c: char| !c.is_ascii_alphabetic()) {
            continue;
        }
        let lower = clean.to_lowercase();
        if STATISTIC_VERBS.contains(&lower.as_str()) {
            let has_object = words[i + 1..]
                .iter()
                .any(|w| !LINKS.contains(&w.to_lowercase().as_str()));
            return (TRANSITIVE_STATISTIC.contains(&lower.as_str()) && has_object).then_some(i);
        }
        if COPULAS.contains(&lower.as_str()) {
            return None;
        }
        let Some(previous) = i.checked_sub(1).map(|p| words[p]) else {
            continue;
        };
        let adjective =
            BEFORE_ADJECTIVES.contains(&previous.to_lowercase().as_str()) || is_year(previous);
        let regular = clean.len() > 4
            && clean.ends_with("ed")
            && clean.starts_with(char::is_lowercase)
            && !word.contains('-')
            && !adjective;
        let base = BASE_VERBS.contains(&clean) && MODALS.contains(&previous);
        if regular || base || ACTION_VERBS.contains(&clean) || RECEIVING.contains(&clean) {
            return Some(i);
        }
    }
    None
}

/// The object between the verb and its link to the amount as a noun phrase: from its last
/// article, up to a preposition of place or time, closing adverbs and participles left out.
/// `None` when it holds another amount, a bracket, a dash, an infinitive (`allowed foreign
/// governments to convert`) or an example (`such as`), or is longer than a noun phrase.
fn object_phrase(object: &[&str]) -> Option<String> {
    let mut words = object[..object.len() - 1].to_vec();
    // `reduced the guaranteed minimums for FY2025 to`: a time inside the object is no part
    // of its name.
    while let Some(at) = words.iter().position(|w| is_year(w)) {
        let from = if at > 0 && matches!(words[at - 1], "for" | "in" | "of" | "since") {
            at - 1
        } else {
            at
        };
        words.drain(from..=at);
    }
    let other_clause = |w: &&str| {
        w.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, '$' | '%' | '(' | ')' | '—' | '–' | ',' | ';')
        }) || matches!(*w, "million" | "billion" | "trillion" | "dollars" | "such")
    };
    let infinitive = words
        .windows(2)
        .any(|pair| pair[0] == "to" && pair[1].starts_with(char::is_lowercase) && pair[1] != "the");
    if words.len() > 10 || infinitive || words.iter().any(other_clause) {
        return None;
    }
    while words.first().is_some_and(|w| ADJUNCTS.contains(w)) {
        words.remove(0);
    }
    if let Some(at) = words.iter().skip(1).position(|w| ADJUNCTS.contains(w)) {
        words.truncate(at + 1);
    }
    while words.last().is_some_and(|w| {
        ADVERBS.contains(w) || RESTATING.contains(w) || w.len() > 4 && w.ends_with("ly")
    }) {
        words.pop();
    }
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let phrase = from_last_article(&words.join(" "));
    trim_determiners(phrase.split(' ').collect())
}

/// `$50 million each fiscal year for the Local Agriculture Market Program`, `$5 million each
/// year in mandatory funding`: what follows the amount after words of time, when it is not
/// itself a time (`for FY2021`).
fn purpose_after(after: &str) -> Option<String> {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        dates::compile(
            r"^(?:\s*(?:for\s+)?(?:each|every|per|a|an)\s+(?:fiscal\s+|calendar\s+)?year|\s*annually|\s*(?:over|for|in)\s+(?:the\s+next\s+)?(?:\w+|\d+)\s+(?:fiscal\s+)?years|\s*in\s+(?:FY\s?)?\d{4}(?:\s*(?:-|–|to|through|and)\s*(?:FY\s?)?\d{2,4})?)+",
        )
    });
    let rest = TIME.find(after).map_or(after, |m| &after[m.end()..]);
    let rest = rest.trim_start().trim_start_matches(['"', '“']);
    let phrase = ["for ", "to ", "on ", "in "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .map(|r| r.trim_start_matches(['"', '“', '‘']))
        .filter(|r| r.starts_with(char::is_alphabetic))
        .and_then(phrase_forward)?;
    before_an_amount(&phrase)
}

/// `For DOE's national-security-related R&D in FY2026, the President requested`: the
/// purpose a sentence opens with.
fn purpose_before(before: &str) -> Option<String> {
    let rest = before.trim_start().strip_prefix("For ")?;
    let (opening, _) = rest.split_once(',')?;
    let phrase = before_an_amount(&phrase_forward(opening)?)?;
    let first = phrase.split(' ').next().unwrap_or("");
    (!NOT_PURPOSES.contains(&first.to_lowercase().as_str())).then_some(phrase)
}

/// The words of `phrase` before any number (`Tribal Transportation Program and $439` →
/// `Tribal Transportation Program`); `None` when it opens with one (`FY2021 and FY2022`).
fn before_an_amount(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase
        .split(' ')
        .take_while(|w| !w.contains(|c: char| c.is_ascii_digit() || c == '$'))
        .collect();
    trim_determiners(words).filter(|p| p.starts_with(char::is_alphabetic))
}
