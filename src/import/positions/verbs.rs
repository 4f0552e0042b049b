//! Stance verbs: one family of verb forms (and a few nouns: `desire`, `intention to`) per
//! stance, and how the words after a verb become a position's issue and summary.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::brief::Stance;

/// A stance verb found in a text: its byte span and the stance it states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    pub span: Range<usize>,
    pub stance: Stance,
}

/// The verb families, each a regex of lower-case word forms, matched as whole words.
const FAMILIES: &[(Stance, &str)] = &[
    (
        Stance::Supports,
        r"support(?:s|ed|ing)?|backs|backed|backing|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|favou?r(?:s|ed)|prais(?:e|es|ed)|reacted positively|believ(?:e|es|ed) that|approv(?:e|es|ed)|encourag(?:e|es|ed)|champion(?:s|ed)|expressed support|(?:is|are|was|were) supportive",
    ),
    (
        Stance::Opposes,
        r"oppos(?:e|es|ed|ing)|object(?:s|ed)? to|veto(?:es|ed)?|condemn(?:s|ed|ing)?|criticiz(?:e|es|ed)|criticis(?:e|es|ed)|denounc(?:e|es|ed)|resist(?:s|ed)?|counterbalance|protest(?:s|ed)|block(?:s|ed)|expressed opposition|critical of|skeptical of|sceptical of|wary of",
    ),
    (
        Stance::Seeks,
        r"seek(?:s|ing)?|sought|aim(?:s|ed)? (?:to|at)|want(?:s|ed)?|hop(?:e|es|ed) to|intend(?:s|ed)? to|intention to|desire|striv(?:e|es|ing)|pursu(?:e|es|ed|ing)|demand(?:s|ed)?|request(?:s|ed)?|conditioned|push(?:es|ed)? for|press(?:es|ed)? for|plan(?:s|ned)? to|pledg(?:e|es|ed) to|vow(?:s|ed) to|promis(?:e|es|ed) to|(?:is|are|was|were|remains?) committed to|prioritiz(?:e|es|ed)|prioritis(?:e|es|ed)",
    ),
    (
        Stance::Proposes,
        r"propos(?:e|es|ed|ing)|suggest(?:s|ed)|call(?:s|ed)? for|urg(?:e|es|ed)|recommend(?:s|ed)?|put forward|offer(?:s|ed)|called on|introduc(?:e|es|ed) (?:a |an |the )?(?:bill|bills|legislation|measures?|resolutions?|amendments?)",
    ),
    (
        Stance::Rejects,
        r"reject(?:s|ed)?|refus(?:e|es|ed)|den(?:y|ies|ied)|dismiss(?:es|ed)|turn(?:s|ed)? down|rebuff(?:s|ed)",
    ),
    (
        Stance::Warns,
        r"warn(?:s|ed)?|caution(?:s|ed)|threaten(?:s|ed)?|expressed concerns?|raised concerns?|voiced concerns?|concerned (?:about|that|over)",
    ),
    (
        Stance::Agrees,
        r"agree(?:s|d)?|sign(?:s|ed)|reach(?:es|ed)? (?:an? )?(?:agreement|deal|accord)|accept(?:s|ed)|conclud(?:e|es|ed) an? (?:agreement|deal|treaty)",
    ),
    (
        Stance::Assesses,
        r"assess(?:es|ed)?|estimat(?:e|es|ed)|judg(?:e|es|ed)|conclud(?:e|es|ed) that|expect(?:s|ed)?|consider(?:s|ed)?|found that|determin(?:e|es|ed) that|argu(?:e|es|ed) that|maintain(?:s|ed) that|highlight(?:s|ed) that|stress(?:es|ed) that|emphasi[sz](?:e|es|ed) that|insist(?:s|ed) that|describ(?:e|es|ed) (?:the|it|this|that|them)\b(?u:[^.;]){0,40}? as|(?:said|says|wrote|writes|stated|states|declared|announced)(?: on social media| in a statement)?(?: on [A-Z][a-z]+ [0-9]{1,2})?(?: that| it| they| he| she|,? (?:\x22|(?u:\u201c)))",
    ),
    (
        Stance::Acts,
        r"launch(?:es|ed)?|struck|impos(?:e|es|ed)|deploy(?:s|ed)?|(?:is|are) building|buil(?:ds|t)|carr(?:y|ies|ied) out|attacked|transmit(?:s|ted)|invad(?:e|es|ed)|sanctioned|fir(?:e|es|ed|ing) (?:on|at|into)|started firing|conduct(?:s|ed)|(?:is|are) teaming up|team(?:s|ed) up|spent|purchas(?:e|es|ed)|bought|invest(?:s|ed)|brokered|mediat(?:e|es|ed)|seiz(?:e|es|ed)|tested|cut off|suspend(?:s|ed)|withdr(?:ew|aws)|announc(?:e|es|ed)|pass(?:es|ed)|enact(?:s|ed)|authoriz(?:e|es|ed)|authoris(?:e|es|ed)|appropriated|levied|rais(?:e|es|ed)|lower(?:s|ed)|reduc(?:e|es|ed)|increas(?:e|es|ed)|expand(?:s|ed)|terminat(?:e|es|ed)|extend(?:s|ed)|renew(?:s|ed)|establish(?:es|ed)|creat(?:e|es|ed)|adopt(?:s|ed)|issu(?:e|es|ed)|order(?:s|ed)|direct(?:s|ed)|negotiat(?:e|es|ed)|ratifi(?:es|ed)|join(?:s|ed)|host(?:s|ed)|provid(?:e|es|ed)|suppl(?:ies|ied)|export(?:s|ed)|sold|deliver(?:s|ed)",
    ),
];

static PATTERNS: LazyLock<Vec<(Stance, Regex)>> = LazyLock::new(|| {
    FAMILIES
        .iter()
        .map(|(stance, forms)| {
            // Lower case only, ASCII word boundaries: verbs follow their subject, and case
            // folding over these alternations would cost milliseconds to compile every run.
            let regex = Regex::new(&format!(r"(?-u)\b(?:{forms})\b"))
                .expect("the verb families are fixed, valid regexes");
            (*stance, regex)
        })
        .collect()
});

/// The stance verbs in `text[range]`, in text order; where two overlap, the one starting
/// first (then the longer) wins.
pub fn find(text: &str, range: Range<usize>) -> Vec<Verb> {
    let slice = &text[range.clone()];
    let mut found: Vec<Verb> = PATTERNS
        .iter()
        .flat_map(|(stance, regex)| {
            regex.find_iter(slice).map(move |m| Verb {
                span: range.start + m.start()..range.start + m.end(),
                stance: *stance,
            })
        })
        .collect();
    // After a determiner a verb form is a noun or an adjective: `the issue of`, `a request`,
    // `the proposed rule`. The nouns the families name on purpose stay.
    found.retain(|verb| {
        let form = &text[verb.span.clone()];
        let previous = text[range.start..verb.span.start]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("")
            .to_lowercase();
        form == "desire" || form == "intention to" || !NOUN_MARKERS.contains(&previous.as_str())
    });
    found.sort_by_key(|v| (v.span.start, std::cmp::Reverse(v.span.end)));
    let mut out: Vec<Verb> = Vec::new();
    for verb in found {
        if out
            .last()
            .is_none_or(|last| verb.span.start >= last.span.end)
        {
            out.push(verb);
        }
    }
    out
}

/// Determiners, and prepositions other than `to`: a word after one is a noun or an
/// adjective, not a verb (`the request`, `rules on exports`, `with support from`).
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any", "no",
    "each", "every", "on", "of", "in", "with", "from", "for", "about", "against", "without",
    "into", "over", "under", "among", "between", "than",
];

/// Words after which the verb's object ends.
const OBJECT_ENDS: &[&str] = &[
    " which ",
    " who ",
    " but ",
    " while ",
    " because ",
    " although ",
    " as ",
    " after ",
    " before ",
    " when ",
    " since ",
    " despite ",
];

/// Words the issue may not start with.
const LEADING: &[&str] = &[
    "that", "to", "the", "a", "an", "for", "on", "at", "with", "of", "in", "into", "over", "about",
    "from", "and", "or",
];

const ISSUE_WORDS: usize = 6;
const SUMMARY_WORDS: usize = 14;

/// The issue (the verb's object, at most six words, first letter capitalised) and the
/// summary (the verb and its object as the sentence words them, at most fourteen words,
/// capitalised, quotation marks left out) of a stance verb in `sentence`. Both are made of
/// the sentence's own words;
/// neither is empty (the verb itself stands in when nothing follows it).
pub fn object_and_summary(text: &str, sentence: &Range<usize>, verb: &Verb) -> (String, String) {
    let rest = &text[verb.span.end.min(sentence.end)..sentence.end];
    let mut end = rest.len();
    // A comma inside a number ("2,000") does not end the object.
    for stop in [", ", ";", ": ", "(", " \u{2014} ", " - "] {
        if let Some(at) = super::issue::object_stop(rest, stop) {
            end = end.min(at);
        }
    }
    for stop in OBJECT_ENDS {
        if let Some(at) = rest.find(stop) {
            end = end.min(at);
        }
    }
    let mut object = rest[..end]
        .trim()
        .trim_end_matches(['.', '!', '?', '"', '”', ','])
        .trim_end_matches(['.', '!', '?']);
    if object.is_empty() {
        // "One common desire, as pointed out by …, is to establish …": after the aside.
        object = rest
            .rsplit(", ")
            .next()
            .unwrap_or("")
            .trim()
            .trim_end_matches(['.', '!', '?', '"', '”']);
        for copula in ["is ", "are ", "was ", "were "] {
            object = object.strip_prefix(copula).unwrap_or(object);
        }
    }
    let mut words: Vec<&str> = object.split_whitespace().collect();
    loop {
        while words
            .first()
            .is_some_and(|w| LEADING.contains(&w.to_lowercase().as_str()))
        {
            words.remove(0);
        }
        // `debated the issue of nuclear arms control`: the issue is what follows.
        if !super::issue::strip_wrapper(&mut words) {
            break;
        }
    }
    if !super::issue::names_something(&words) {
        // `established in 1788`: a date or a number alone is no issue.
        words.clear();
    }
    let verb_text = &text[verb.span.clone()];
    let passive_agent = words.first().is_some_and(|w| *w == "by");
    let issue = match super::issue::before_verb(text, sentence, &verb.span) {
        Some(antecedent) if words.is_empty() || passive_agent => antecedent,
        _ if words.is_empty() => verb_text.to_string(),
        _ => super::issue::trim_dangling(&words[..words.len().min(ISSUE_WORDS)]).join(" "),
    };
    let phrase: Vec<&str> = std::iter::once(verb_text)
        .chain(object.split_whitespace())
        .collect();
    let summary = phrase[..phrase.len().min(SUMMARY_WORDS)].join(" ");
    let unquoted = |text: &str| text.replace(['"', '“', '”'], "");
    (
        capitalise(&unquoted(&issue)),
        capitalise(&unquoted(&summary)),
    )
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stances(text: &str) -> Vec<(&str, Stance)> {
        find(text, 0..text.len())
            .into_iter()
            .map(|v| (&text[v.span], v.stance))
            .collect()
    }

    #[test]
    fn each_family_finds_its_forms() {
        let rows: &[(&str, &[(&str, Stance)])] = &[
            ("They welcomed the deal.", &[("welcomed", Stance::Supports)]),
            ("It backs the plan.", &[("backs", Stance::Supports)]),
            ("Both had vetoed sanctions.", &[("vetoed", Stance::Opposes)]),
            (
                "She objected to the toll.",
                &[("objected to", Stance::Opposes)],
            ),
            ("It is seeking technology.", &[("seeking", Stance::Seeks)]),
            ("It aims to grow.", &[("aims to", Stance::Seeks)]),
            (
                "He called for a review.",
                &[("called for", Stance::Proposes)],
            ),
            (
                "He had suggested talks.",
                &[("suggested", Stance::Proposes)],
            ),
            ("Iran rejected it.", &[("rejected", Stance::Rejects)]),
            ("They refused to pay.", &[("refused", Stance::Rejects)]),
            (
                "He warned that strikes could resume.",
                &[("warned", Stance::Warns)],
            ),
            ("Both agreed to a ceasefire.", &[("agreed", Stance::Agrees)]),
            (
                "They reached an agreement.",
                &[("reached an agreement", Stance::Agrees)],
            ),
            (
                "The agency estimated costs.",
                &[("estimated", Stance::Assesses)],
            ),
            (
                "It concluded that it failed.",
                &[("concluded that", Stance::Assesses)],
            ),
            ("Israel launched operations.", &[("launched", Stance::Acts)]),
            (
                "It is teaming up with firms.",
                &[("is teaming up", Stance::Acts)],
            ),
            (
                "He argued that it failed.",
                &[("argued that", Stance::Assesses)],
            ),
            (
                "She wrote on social media that it ends.",
                &[("wrote on social media that", Stance::Assesses)],
            ),
            ("He wrote, \"It ends.\"", &[("wrote, \"", Stance::Assesses)]),
            (
                "He described the talks as a failure.",
                &[("described the talks as", Stance::Assesses)],
            ),
            (
                "Members expressed concern about it.",
                &[("expressed concern", Stance::Warns)],
            ),
            ("It plans to expand.", &[("plans to", Stance::Seeks)]),
            (
                "Some are critical of it.",
                &[("critical of", Stance::Opposes)],
            ),
            (
                "Japan is concerned about it.",
                &[("concerned about", Stance::Warns)],
            ),
            (
                "She introduced a bill.",
                &[("introduced a bill", Stance::Proposes)],
            ),
            ("Congress passed the act.", &[("passed", Stance::Acts)]),
            ("He said it would end.", &[("said it", Stance::Assesses)]),
            ("It announced tariffs.", &[("announced", Stance::Acts)]),
            (
                "It announced that tariffs rise.",
                &[("announced that", Stance::Assesses)],
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(stances(text), *expected, "{text}");
        }
    }

    #[test]
    fn nouns_and_lookalikes_are_not_verbs() {
        for text in [
            "The agreement holds.",
            "The supporters left.",
            "A backlog grew.",
            "Seekers of truth.",
            "The warning lights.",
            "Came back home.",
            "He said so.",
            "She wrote a book.",
            "The planned route.",
            "A passing remark.",
            "They debated the issue of arms control.",
            "Congress reviewed the proposed rule and a request.",
            "Rules on exports changed.",
            "They acted with support from allies.",
        ] {
            assert_eq!(stances(text), [], "{text}");
        }
    }

    #[test]
    fn issue_is_the_object_and_summary_the_verb_phrase() {
        let rows: &[(&str, &str, &str)] = &[
            (
                "Oman welcomed the ceasefire announcement; others did not.",
                "Ceasefire announcement",
                "Welcomed the ceasefire announcement",
            ),
            (
                "China is also seeking Russia's military technology to modernise its military.",
                "Russia's military technology to modernise",
                "Seeking Russia's military technology to modernise its military",
            ),
            (
                "They warned that talks, if any, fail.",
                "Talks",
                "Warned that talks",
            ),
            ("Iran rejected.", "Rejected", "Rejected"),
            (
                "Congress could consider whether to maintain, limit, or expand presidential authorities.",
                "Whether to maintain, limit, or expand",
                "Consider whether to maintain, limit, or expand presidential authorities",
            ),
            (
                "Some Members have considered the issue of nuclear arms control with Russia.",
                "Nuclear arms control with Russia",
                "Considered the issue of nuclear arms control with Russia",
            ),
            (
                "The United States has invested in defense infrastructure at northern sites.",
                "Defense infrastructure at northern sites",
                "Invested in defense infrastructure at northern sites",
            ),
            (
                "One desire, as pointed out by him, is to establish a new order.",
                "Establish a new order",
                "Desire to establish a new order",
            ),
        ];
        for (text, issue, summary) in rows {
            let sentence = 0..text.len();
            let verb = find(text, sentence.clone()).remove(0);
            let (got_issue, got_summary) = object_and_summary(text, &sentence, &verb);
            assert_eq!(
                (got_issue.as_str(), got_summary.as_str()),
                (*issue, *summary),
                "{text}"
            );
        }
    }
}
