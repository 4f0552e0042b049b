//! Labels of durations (`14 days`, `24 months`, `10 years`): what lasts that long, never the
//! unit alone (`Days`) nor the sentence's actor (`President Trump imposed a tariff for 150
//! days`). In order: the span it measures (`38 days from nomination to final Senate vote`,
//! `25 years must have elapsed since the event`); what must happen within it (`Schools must
//! provide access within 45 days`); what it is a stretch of (`13 weeks of benefits`); the
//! noun phrase it belongs to (`a waiting period of 14 days`, `a surcharge for up to 150
//! days`, or, after a bare `period`, what the period is for: `called to active duty for a
//! period of 179 days`); what it is for (`states have 24 months to submit state plans`);
//! what it is the length of (`the average number of days … was 66.5 days`, `The surcharge
//! lasted 127 days`).

use super::phrase::{BREAKS, from_last_article, phrase_back, phrase_forward, trim_determiners};

/// Characters that end a span: `from nomination to final Senate vote`.
const SPAN_END: &[char] = &[',', ';', '(', ')', '.', ':'];
/// Words before a duration that make it a deadline for what comes before them.
#[rustfmt::skip]
const DEADLINES: &[&str] = &[
    " within", " not later than", " no later than", " not more than", " no more than",
];
/// Nouns too bare to name a duration: the phrase before them does (`provide care for a
/// period of 30 days`).
#[rustfmt::skip]
const BARE: &[&str] = &[
    "period", "time", "duration", "length", "span", "total", "average", "maximum", "minimum",
    "length of time", "time frame", "timeframe", "interval",
];
/// Verbs that give a duration to their subject (`The surcharge lasted 127 days`).
#[rustfmt::skip]
const LASTING: &[&str] = &[
    "was", "were", "is", "are", "be", "lasted", "lasts", "last", "took", "takes", "take",
    "elapsed", "remained", "remains", "averaged", "averages", "ran", "runs", "spanned",
];
/// Modals and `to` that open the verb phrase of what must happen by a deadline.
const MODALS: &[&str] = &[
    "must", "shall", "should", "may", "will", "would", "can", "could", "to",
];
/// Words that close a subject before its verb of lasting (`an HSR filing would take`).
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "would", "will", "can", "could", "may", "might", "must", "shall", "should", "has", "have",
    "had", "already", "generally", "usually", "typically", "often", "also",
];
/// Words that end what happens (`submit additional evidence with the notice`).
#[rustfmt::skip]
const PHRASE_ENDS: &[&str] = &[
    "with", "on", "in", "at", "under", "through", "during", "after", "before", "by", "from",
    "if", "when", "unless", "as", "for", "within",
];
/// Single words that say how, not what (`20% or greater for 30 years`).
#[rustfmt::skip]
const NOT_THINGS: &[&str] = &[
    "greater", "more", "less", "longer", "shorter", "higher", "lower", "older", "above",
    "below", "effect", "place", "force", "total", "all", "each", "both", "effective",
    "available", "valid", "eligible", "active", "open", "responsible", "liable",
];

/// Whether `unit` is a unit of time (`days`, `years`, `business days`).
pub(super) fn is_duration(unit: &str) -> bool {
    let head = unit.rsplit(' ').next().unwrap_or(unit).to_lowercase();
    super::super::words::DURATIONS.contains(&head.trim_end_matches('s'))
}

/// The label of a duration from `before`, the sentence up to it (its hedge left out),
/// `after`, the sentence after it, and its `unit` as written (`weeks`); `None` when the
/// sentence names nothing that lasts.
pub(super) fn label(before: &str, after: &str, unit: &str) -> Option<String> {
    let before = before.trim_end();
    if let Some(span) = span_after(after) {
        return Some(span);
    }
    if let Some(rest) = DEADLINES.iter().find_map(|d| before.strip_suffix(d))
        && let Some(what) = happening(rest)
    {
        return Some(what);
    }
    // `13 weeks of benefits`, `within three years of obligation`.
    if let Some(of) = after
        .trim_start()
        .strip_prefix("of ")
        .map(|r| r.trim_start_matches(['"', '“']))
        .filter(|r| r.starts_with(char::is_alphabetic))
        .and_then(phrase_forward)
    {
        return Some(format!("{unit} of {of}"));
    }
    match belongs_to(before) {
        Some(Owner::Named(phrase)) => return Some(phrase),
        Some(Owner::Unnamed) => return None,
        None => {}
    }
    if let Some(rest) = before.strip_suffix(" for") {
        return lasting_for(rest);
    }
    if let Some(rest) = after.trim_start().strip_prefix("to ") {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let verb = words.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !BREAKS.contains(w) && *w != "the"
        });
        if verb && let Some(purpose) = verb_phrase(&words) {
            return Some(format!("to {purpose}"));
        }
    }
    // `is generally 60 months`: an adverb may stand between the verb and the duration.
    let mut rest = before;
    for _ in 0..2 {
        let (head, verb) = rest.rsplit_once(' ').unwrap_or(("", rest));
        if LASTING.contains(&verb.to_lowercase().as_str()) {
            return what_lasts(head);
        }
        if !verb.ends_with("ly") {
            break;
        }
        rest = head;
    }
    None
}

/// `38 days from nomination to final Senate vote`, `25 years must have elapsed since the
/// event`: the span a duration measures.
fn span_after(after: &str) -> Option<String> {
    let rest = after.trim_start();
    let elapsed = ["elapsed since ", "passed since ", "lapsed since "]
        .iter()
        .find_map(|v| {
            rest.find(v)
                .filter(|&at| at < 24)
                .map(|at| at + v.len() - 6)
        });
    let (span, body) = if let Some(at) = elapsed {
        (&rest[at..], &rest[at + 6..])
    } else {
        let body = rest
            .strip_prefix("from ")
            .or_else(|| rest.strip_prefix("between "))?;
        (rest, body)
    };
    let end = body.find(SPAN_END).unwrap_or(body.len());
    let span = &span[..span.len() - body.len() + end];
    let words: Vec<&str> = span.split_whitespace().collect();
    let joined = elapsed.is_some() || body[..end].contains(" to ") || body[..end].contains(" and ");
    (joined && words.len() <= 14 && !span.contains(|c: char| c.is_ascii_digit()))
        .then(|| words.join(" "))
}

/// What a duration belongs to, when the words before it say it belongs to something.
enum Owner {
    Named(String),
    /// A bare `period` whose purpose nothing names.
    Unnamed,
}

/// `a waiting period of`: the noun phrase a duration belongs to. After a bare `period of`
/// or `for a period (not to exceed)`, what the period is for; `None` when there is no such
/// phrase.
fn belongs_to(before: &str) -> Option<Owner> {
    let (rest, of) = before
        .strip_suffix(" of")
        .map_or((before, false), |rest| (rest, true));
    let phrase = from_last_article(&phrase_back(rest)?);
    if !BARE.contains(&phrase.to_lowercase().as_str()) {
        let named = !phrase.contains(|c: char| c.is_ascii_digit());
        return (of && named).then_some(Owner::Named(phrase));
    }
    let owner = rest.trim_end();
    let owner = owner
        .strip_suffix(phrase.as_str())
        .unwrap_or(owner)
        .trim_end();
    let owner = ["a", "an", "the"]
        .iter()
        .find_map(|a| owner.strip_suffix(a))
        .unwrap_or(owner)
        .trim_end();
    // `would take an average of 144 hours`: the average of what takes that long.
    let found = match owner.rsplit_once(' ') {
        Some((head, verb)) if LASTING.contains(&verb) => what_lasts(head),
        _ => owner.strip_suffix(" for").and_then(lasting_for),
    };
    Some(found.map_or(Owner::Unnamed, Owner::Named))
}

/// `a surcharge for`, `provide care on an outpatient basis for`, `The EB period shall last
/// for`: what lasts a duration that follows `for`. A verb of lasting gives its subject; other
/// verbs right before `for` (`had been pending`) name nothing.
fn lasting_for(before: &str) -> Option<String> {
    let (head, last) = before.rsplit_once(' ').unwrap_or(("", before));
    if LASTING.contains(&last) {
        return what_lasts(head);
    }
    if last.ends_with("ed") || last.ends_with("ing") || last == "been" {
        return None;
    }
    happening(before).or_else(|| thing(before))
}

/// The noun phrase that lasts, its amount left out (`a 10% global tariff` → `global
/// tariff`); `None` for a phrase holding another number or a word that says how, not what.
fn thing(before: &str) -> Option<String> {
    // `… with Federal funds" for 12 months`: the end of a quotation or a bracket is no
    // phrase of this sentence's own.
    if before.ends_with(['"', '”', ')']) {
        return None;
    }
    let phrase = from_last_article(&phrase_back(before)?);
    let words: Vec<&str> = phrase
        .split(' ')
        .skip_while(|w| w.contains(|c: char| c.is_ascii_digit()))
        .collect();
    let last = words.last()?;
    let how = words.len() == 1 && (NOT_THINGS.contains(last) || last.ends_with("ly"));
    let verb = last.ends_with("ed") || last.ends_with("ing");
    let number = words
        .iter()
        .any(|w| w.contains(|c: char| c.is_ascii_digit()) || matches!(*w, "million" | "billion"));
    if how || verb || number {
        return None;
    }
    trim_determiners(words)
}

/// What must happen by a deadline: the verb phrase after the last modal of its clause
/// (`Schools must provide access within`); `None` for a verb alone (`to file within`).
fn happening(before: &str) -> Option<String> {
    let clause = before
        .rfind([',', ';', ':', '—', '('])
        .map_or(before, |at| {
            &before[at + before[at..].chars().next().map_or(1, char::len_utf8)..]
        });
    let words: Vec<&str> = clause.split_whitespace().collect();
    let (at, _) = words.iter().enumerate().rev().find(|(i, w)| {
        MODALS.contains(w)
            && words.get(i + 1).is_some_and(|next| {
                next.starts_with(|c: char| c.is_ascii_lowercase())
                    && !BREAKS.contains(next)
                    && !matches!(*next, "a" | "an" | "the")
            })
    })?;
    verb_phrase(&words[at + 1..]).filter(|phrase| phrase.contains(' '))
}

/// A verb phrase from the start of `words`: up to a word that adds a circumstance (`with`,
/// `on`, a participle), at most seven words.
fn verb_phrase(words: &[&str]) -> Option<String> {
    let mut phrase: Vec<&str> = Vec::new();
    for word in words {
        let clean = word.trim_end_matches([',', ';', ':', '.', ')']);
        let participle = clean.ends_with("ing") && clean.len() > 4 && phrase.len() >= 3;
        let ends = PHRASE_ENDS.contains(&clean) && !phrase.is_empty() || participle;
        if ends || phrase.len() == 7 {
            break;
        }
        phrase.push(clean);
        if clean.len() != word.len() {
            break;
        }
    }
    if phrase.iter().any(|w| w.contains('$')) {
        return None;
    }
    trim_determiners(phrase)
}

/// The subject of a clause ending in a verb of lasting: `The surcharge`, `the average number
/// of days from nomination to first committee hearing`, `preparing an HSR filing (would)`.
fn what_lasts(before: &str) -> Option<String> {
    let cut = [
        ";", ":", ", ", " that ", " which ", " while ", " when ", "(", ")", "—",
    ]
    .iter()
    .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
    .max()
    .unwrap_or(0);
    let mut words: Vec<&str> = before[cut..].split_whitespace().collect();
    while words.last().is_some_and(|w| AUXILIARIES.contains(w)) {
        words.pop();
    }
    let verb = |w: &&str| w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase);
    let digit = |w: &&str| w.contains(|c: char| c.is_ascii_digit());
    if words.len() > 12 || words.iter().any(|w| verb(w) || digit(w)) {
        return None;
    }
    // `Ketanji Brown Jackson waited`, `It took`: a person or a pronoun lasts nothing.
    let named = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let pronoun = matches!(
        words.first().map(|w| w.to_lowercase()).as_deref(),
        Some("it" | "they" | "this" | "he" | "she")
    );
    if named || pronoun {
        return None;
    }
    trim_determiners(words)
}
