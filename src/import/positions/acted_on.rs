//! Actors a verb acts on rather than actors who act: the object of a telling verb (`Congress
//! directed EDA to provide …`), and the noun before a stance verb used as a passive (`The
//! ESF was established by Section 10`) or as a participle after a noun (`a British penal
//! colony established in 1788`). Such a noun holds no position; only a `by` agent may.

use std::ops::Range;

/// Past participles among the verb families' forms that do not end in `-ed`.
const IRREGULAR: &[&str] = &["sought", "struck", "built", "spent", "bought", "sold"];

/// Participles that, after a form of `be`, say the subject's own stance (`Iran is opposed
/// to`, `Japan is concerned about`), not what was done to it.
const STANCE_ADJECTIVES: &[&str] = &["opposed", "concerned", "committed", "determined"];

/// Forms of `be` (and `get`) that make a participle after them passive.
#[rustfmt::skip]
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten",
];

/// Words that may stand between `be` and its participle (`was later established`).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "also", "not", "never", "later", "then", "first", "since", "now", "still", "already",
    "jointly", "thus", "further", "again", "originally", "initially", "subsequently", "long",
    "last", "even", "just", "only", "once", "often", "soon", "yet", "ever", "well", "far",
    "much", "too", "both", "together",
];

/// Nouns for people or bodies who act for the actor named before them (`Chinese officials
/// announced in March`, `the Australian government announced on Monday`): after one of
/// them a verb is the actor's own, not a participle.
#[rustfmt::skip]
const ACTING_NOUNS: &[&str] = &[
    "government", "governments", "officials", "official", "authorities", "forces", "military",
    "militaries", "troops", "leaders", "leader", "leadership", "lawmakers", "legislators",
    "legislature", "parliament", "ministry", "ministers", "minister", "delegation", "delegates",
    "negotiators", "diplomats", "regime", "administration", "navy", "army", "side", "sides",
    "representatives", "members", "spokesperson", "spokesman", "spokeswoman", "president",
    "cabinet",
];

/// Nouns for bodies, groups and documents that hold or voice an actor's stance as subject
/// of a verb in the present or past (`the two countries signed`, `Russia's nuclear policy
/// seeks`, `a 2022 National Intelligence Council assessment stated`, `FHWA and New York
/// agencies signed`); not used for participles (`the agency established in 1965`).
#[rustfmt::skip]
const SPEAKING_NOUNS: &[&str] = &[
    "countries", "nations", "allies", "partners", "parties", "agency", "agencies", "department",
    "departments", "court", "courts", "committee", "committees", "commission", "council",
    "board", "panel", "states", "policy", "doctrine", "strategy", "plan", "budget", "request",
    "proposal", "statement", "report", "assessment", "analysis", "review", "memo",
    "memorandum", "letter", "testimony", "guidance", "estimate", "estimates", "declaration",
    "rule", "rules", "regulation", "regulations", "order",
];

/// Determiners and possessive pronouns: a verb form after one is a noun.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "any", "some", "many", "several", "few", "more", "most", "other", "such", "no", "every",
];

/// Prepositions: a participle right after one modifies the noun after it.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "with", "for", "of", "in", "on", "at", "from", "into", "under", "over", "about", "against",
    "than", "without", "between", "among", "per", "via",
];

/// Words before a verb that make it finite, not a participle after a noun: auxiliaries,
/// conjunctions, relative pronouns and pronouns.
#[rustfmt::skip]
const NOT_NOUNS: &[&str] = &[
    "has", "have", "had", "and", "or", "but", "nor", "which", "who", "that", "it", "they", "he",
    "she", "we", "also", "then", "not", "never", "to", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "do", "later", "first", "since", "jointly",
    "subsequently", "recently", "previously", "already", "once", "formally", "itself",
    "themselves", "each", "both", "all", "sometimes", "often", "always", "usually", "again",
    "ever", "still", "now", "soon", "thus", "therefore", "instead", "together",
];

/// Words after a participle that open an adjunct rather than an object (`established in
/// 1788`, `imposed under Section 232`). Not `to`, which as often opens the verb's own
/// complement (`sought to ease`).
#[rustfmt::skip]
const ADJUNCTS: &[&str] = &[
    "in", "on", "at", "by", "under", "through", "with", "during", "after", "before", "since",
    "as", "for", "from", "into", "between", "within", "without", "upon", "via", "until",
    "pursuant", "over", "across", "around", "against", "following",
];

/// Whether the stance verb at `verb` is used as a passive or a participle, so the words
/// before it name what it acted on: a past participle (`established`, `sought`) after a form
/// of `be` (`was established`, `has been reportedly sought`, not `is opposed to`), after a
/// preposition (`with enacted funding levels`), or right
/// after a common noun with no object after it (`a colony established in 1788`, `U.S. goods
/// exports increased from`), unless that noun is one that acts for an actor (`Chinese
/// officials announced in March`). `clause_start` bounds the look back; `mention_ends` are
/// where actor mentions end, so a name's last word (`the Senate passed`) is no common noun.
pub fn is_passive(
    text: &str,
    clause_start: usize,
    verb: &Range<usize>,
    mention_ends: &[usize],
) -> bool {
    let form = &text[verb.clone()];
    let first = form.split_whitespace().next().unwrap_or("").to_lowercase();
    let participle =
        first.len() > 3 && first.ends_with("ed") || IRREGULAR.contains(&first.as_str());
    if !participle || STANCE_ADJECTIVES.contains(&first.as_str()) {
        return false;
    }
    let before = &text[clause_start..verb.start];
    let mut words = before.split_whitespace().rev().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_lowercase()
    });
    let Some(previous) = words.next() else {
        return false;
    };
    let mut word = previous.clone();
    for _ in 0..3 {
        if !(ADVERBS.contains(&word.as_str()) || word.len() > 4 && word.ends_with("ly")) {
            break;
        }
        match words.next() {
            Some(next) => word = next,
            None => return false,
        }
    }
    // `with enacted FY2025 levels`, `for proposed rules`: after a preposition a participle
    // is an adjective.
    if BE.contains(&word.as_str()) || PREPOSITIONS.contains(&previous.as_str()) {
        return true;
    }
    let word_end = clause_start + before.trim_end().len();
    !mention_ends.contains(&word_end) && after_a_noun(text, before, &previous, verb)
}

/// `a highway user-supported fund`: a verb form joined by a hyphen to a word before it is
/// part of a compound adjective, unless that word is an actor's name (`the Pakistan-brokered
/// ceasefire`, `the House-passed bill` say who brokered and who passed).
pub fn in_a_compound(text: &str, verb: &Range<usize>, mention_ends: &[usize]) -> bool {
    text[..verb.start].ends_with('-') && !mention_ends.contains(&(verb.start - 1))
}

/// Whether the word right before the stance verb at `verb` is a common noun, written in
/// lower case, that is the verb's subject (`U.S. goods exports increased`, `on many
/// international issues`, `the agency issues rules`), so an actor named before it only
/// modifies that subject. Not so after a noun that acts for an actor (`Chinese officials
/// said`), after an actor's name, an auxiliary, a pronoun, a determiner, an adverb, or for
/// the families' nouns (`a common desire`).
pub fn has_noun_subject(
    text: &str,
    clause_start: usize,
    verb: &Range<usize>,
    mention_ends: &[usize],
) -> bool {
    let form = &text[verb.clone()];
    if form == "desire" || form.starts_with("intention") {
        return false;
    }
    let before = text[clause_start..verb.start].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let lower = last.to_lowercase();
    let plain_word = last.len() >= 3
        && last.starts_with(|c: char| c.is_lowercase())
        && last.chars().all(|c| c.is_alphabetic() || c == '-');
    // `Congress in effect pursued`, `at times`: a noun after a preposition is an adjunct.
    let after_preposition = before[..before.len() - last.len()]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()));
    plain_word
        && !after_preposition
        && !mention_ends.contains(&(clause_start + before.len()))
        && !SPEAKING_NOUNS.contains(&lower.as_str())
        && !NOT_NOUNS.contains(&lower.as_str())
        && !ACTING_NOUNS.contains(&lower.as_str())
        && !BE.contains(&lower.as_str())
        && !DETERMINERS.contains(&lower.as_str())
        && !PREPOSITIONS.contains(&lower.as_str())
        && !ADVERBS.contains(&lower.as_str())
        && !lower.ends_with("ly")
}

/// `a colony established in 1788`: `previous` (the word before the verb, lower-cased) is a
/// common noun written in lower case, and the verb's form is followed by an adjunct, a stop
/// or nothing rather than an object.
fn after_a_noun(text: &str, before: &str, previous: &str, verb: &Range<usize>) -> bool {
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let lower_case_word = last.starts_with(|c: char| c.is_lowercase())
        && last.chars().all(|c| c.is_alphabetic() || c == '-');
    if !lower_case_word
        || NOT_NOUNS.contains(&previous)
        || ACTING_NOUNS.contains(&previous)
        || previous.ends_with("ly")
    {
        return false;
    }
    let rest = text[verb.end..].trim_start();
    if rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '—']) {
        return true;
    }
    let next = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    ADJUNCTS.contains(&next.as_str())
}

/// `Congress directed EDA to provide …`, `urged Iran to agree …`: the actor is the object
/// of the verb before it, told to act, not a holder of the stance; `gap` is the text between
/// the actor and the stance verb, `previous_word` the word before the actor, lower-cased.
pub fn is_told_to_act(gap: &str, previous_word: &str) -> bool {
    const TELLING: &[&str] = &[
        "urge",
        "urges",
        "ask",
        "asks",
        "require",
        "requires",
        "allow",
        "allows",
        "direct",
        "directs",
        "encourage",
        "encourages",
        "help",
        "helps",
        "enable",
        "enables",
        "tell",
        "tells",
        "told",
        "press",
        "presses",
        "want",
        "wants",
        "permit",
        "permits",
        "lead",
        "leads",
        "led",
        "compel",
        "compels",
        "instruct",
        "instructs",
        "invite",
        "invites",
    ];
    gap.trim() == "to"
        && (TELLING.contains(&previous_word)
            || previous_word.len() > 4 && previous_word.ends_with("ed"))
}
