//! Noun phrases of a sentence read from a point backwards or forwards, its subject, and the
//! words that end them: the pieces every label rule is made of.

/// Words that end a noun phrase read backwards or forwards.
#[rustfmt::skip]
pub(super) const BREAKS: &[&str] = &[
    "and", "or", "but", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than",
    "that", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "could", "can", "may", "might", "should", "must", "which", "who", "while", "including",
    "included", "includes", "include", "such", "like", "compared", "about", "some", "nearly",
    "almost", "over", "under", "around", "approximately", "roughly", "more", "less", "up",
    "least", "reached", "totaled", "grew", "rose", "fell", "increased", "decreased", "declined",
    "accounted", "accounting", "amounted", "stood", "exceeded", "valued", "went", "spent",
    "imposed", "announced", "said", "stated", "allocating", "request", "requested", "then",
    "there", "it", "they", "its", "their", "his", "her", "this", "these", "those", "through",
    "until", "during", "since", "before", "after", "within", "per", "each", "not", "no", "if",
    "when", "where", "whether", "unless", "although", "though", "because",
];
/// Words a label does not start with.
#[rustfmt::skip]
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "this", "these", "of", "with", "for", "in",
    "on", "to", "by", "and", "or", "but",
];
/// Verbs that tie a subject to an amount: `Mexico's GDP was $1.8 trillion`.
#[rustfmt::skip]
pub(super) const STATISTIC_VERBS: &[&str] = &[
    "was", "were", "is", "are", "totaled", "totalled", "reached", "grew", "rose", "fell",
    "increased", "decreased", "declined", "dropped", "accounted", "amounted", "stood",
    "exceeded", "valued", "averaged", "doubled", "went", "has", "have", "had", "spent",
    "accounts", "totals", "reaches", "stands", "exceeds", "amounts", "grows", "rises", "falls",
    "includes", "included", "will", "would", "could", "may", "can",
];

/// `increasing SNAP benefit amounts by approximately 21%`: what changed by the amount,
/// after the verb that changed it (`-ing` or `-ed`).
pub(super) fn changed_by(before: &str) -> Option<String> {
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

/// `Congress provided loan authority` → `loan authority`: the words after the phrase's last
/// verb (`-ed`), when any follow it.
pub(super) fn after_verb(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    // A verb follows its subject's name or an auxiliary; `largest proposed reduction` is
    // an adjective's.
    let verb = |(i, w): &(usize, &&str)| {
        w.len() > 4
            && w.starts_with(char::is_lowercase)
            && w.ends_with("ed")
            && i.checked_sub(1).is_some_and(|p| {
                words[p].starts_with(char::is_uppercase)
                    && !words[p].contains(|c: char| c.is_ascii_digit())
                    || matches!(words[p], "has" | "have" | "had")
            })
    };
    match words.iter().enumerate().rfind(verb).map(|(i, _)| i) {
        Some(at) if at + 1 < words.len() => trim_determiners(words[at + 1..].to_vec()),
        _ => Some(phrase.to_string()),
    }
}

/// `receive an additional amount` → `additional amount`: a noun phrase opens at its article.
pub(super) fn from_last_article(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    match words
        .iter()
        .rposition(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
    {
        Some(at) if at + 1 < words.len() => words[at + 1..].join(" "),
        _ => phrase.to_string(),
    }
}

/// Up to five words read backwards from the end of `text`, stopping at punctuation or a
/// function word.
pub(super) fn phrase_back(text: &str) -> Option<String> {
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
pub(super) fn phrase_forward(text: &str) -> Option<String> {
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
        // `national-security-related` is an adjective, not a participle.
        let participle = !words.is_empty()
            && clean.starts_with(char::is_lowercase)
            && lower.ends_with("ed")
            && !clean.contains('-');
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
/// date phrase: `In 2024, Mexico's GDP was` → `Mexico's GDP`. A clause opened by `when` or
/// `because`, or after a dash, is the amount's own (`when the corporate tax rate was cut
/// from 46%`), unless its subject is a pronoun (`when it reached $149,250`: the clause
/// before names it). A negation ends a subject (`their emissions do not exceed`); a
/// question is none (`whether products may be`).
pub(super) fn subject(before: &str) -> Option<String> {
    const CUTS: &[&str] = &[
        ";",
        ":",
        ", ",
        " that ",
        " which ",
        " while ",
        " whereas ",
        " where ",
    ];
    const INNER: &[&str] = &[" when ", " because ", " if ", "—"];
    subject_after(before, &[CUTS, INNER].concat())
        .filter(|words| !PRONOUNS.contains(&words.to_lowercase().as_str()))
        .or_else(|| subject_after(before, CUTS))
}

/// Verbs that report what another clause states (past forms: `states`, `reports` are
/// nouns as often).
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "estimated", "reported", "projected", "noted", "found", "stated", "indicated", "expected",
    "concluded", "assumed", "argued", "said", "predicted", "calculated", "indicates",
];
/// Pronouns, which name nothing on their own.
#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "it", "they", "this", "these", "those", "he", "she", "we", "that", "which", "who",
];

/// [`subject`] of the clause after the last of `cuts` in `before`.
fn subject_after(before: &str, cuts: &[&str]) -> Option<String> {
    let cut = cuts
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let clause: Vec<&str> = before[cut..].split_whitespace().collect();
    let mut words: Vec<&str> = Vec::new();
    for (i, word) in clause.iter().enumerate() {
        let clean = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '.');
        let lower = clean.to_lowercase();
        let is_verb = STATISTIC_VERBS.contains(&lower.as_str())
            || !words.is_empty()
                && clean.len() > 4
                && clean.ends_with("ed")
                && clean.starts_with(char::is_lowercase);
        // `EPA estimated revenue from the payments would average`: what a reporting verb
        // reports has its own subject and verb.
        let reported = REPORTING.contains(&clean)
            && !words
                .last()
                .is_none_or(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
            && clause[i + 1..]
                .iter()
                .any(|w| STATISTIC_VERBS.contains(&w.to_lowercase().as_str()));
        if reported {
            words.clear();
            continue;
        }
        if is_verb {
            return trim_determiners(words);
        }
        if matches!(
            lower.as_str(),
            "not" | "does" | "do" | "did" | "must" | "shall" | "should" | "might"
        ) {
            return trim_determiners(words);
        }
        if lower == "whether" {
            return None;
        }
        words.push(clean);
        if words.len() > 8 {
            break;
        }
    }
    None
}

pub(super) fn trim_determiners(mut words: Vec<&str>) -> Option<String> {
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
