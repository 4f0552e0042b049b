//! Bodies found by the shape of their names rather than a list: ministries and agencies
//! (`Department of Energy`, `Energy Information Administration`), companies (`China National
//! Petroleum Corporation`), and acronyms the text defines (`Congressional Research Service
//! (CRS)`). Titled people are in [`super::people`].

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::brief::ActorKind;

/// An organisation or company named by its shape, with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub span: Range<usize>,
    pub kind: ActorKind,
}

/// An acronym the text defines: the long form's span and the acronym's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acronym {
    pub long: Range<usize>,
    pub short: Range<usize>,
}

static ORGANISATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[A-Z][A-Za-z0-9'&.\-]*[ ]+(?:(?:of|for|on|and)[ ]+(?:the[ ]+)?)?){1,5}(?:Agency|Administration|Service|Commission|Bureau|Office|Council|Committee|Institute|Authority|Organi[sz]ation|Association|Federation|Union|Bank|Fund|Party|Army|Navy|Forces|Corps|Guard|Ministry|Department)(?-u:\b)",
    )
    .expect("the organisation pattern is a fixed, valid regex")
});

static DEPARTMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[A-Z][A-Za-z.]*[ ]){0,2}(?:Department|Ministry|Office|Bureau|Institute) (?:of|for) (?:the )?[A-Z][A-Za-z0-9'\-]*(?:(?:,? and | )[A-Z][A-Za-z0-9'\-]*){0,3}",
    )
    .expect("the department pattern is a fixed, valid regex")
});

static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:[A-Z][A-Za-z0-9&'.\-]*[ ]+){1,5}(?:Corporation|Corp\.|Inc\.|Incorporated|Company|Co\.|Ltd\.|Limited|Holdings|Airlines)",
    )
    .expect("the company pattern is a fixed, valid regex")
});

static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(([A-Z][A-Za-z0-9&+.\-]{0,8}[A-Z0-9+])\)")
        .expect("the acronym pattern is a fixed, valid regex")
});

/// Leading words a capitalised run picks up at the start of a sentence; not part of a name.
const LEADING_NOISE: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "By",
    "For",
    "From",
    "If",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "Its",
    "Their",
    "His",
    "Her",
    "Both",
    "Each",
    "Per",
    "While",
    "When",
    "With",
    "After",
    "Before",
    "During",
    "Under",
    "Since",
    "Although",
    "Despite",
    "However",
    "Meanwhile",
    "Also",
    "Some",
    "Many",
    "Several",
    "Other",
    "Any",
    "All",
    "No",
    "Previous",
    "Recent",
    "Former",
    "Then",
    "Under",
    "Through",
    "Whether",
    "Among",
];

/// Nouns that make a defined long form an organisation.
const ORGANISATION_NOUNS: &[&str] = &[
    "Agency",
    "Administration",
    "Service",
    "Commission",
    "Bureau",
    "Office",
    "Council",
    "Committee",
    "Institute",
    "Authority",
    "Organization",
    "Organisation",
    "Association",
    "Federation",
    "Union",
    "Bank",
    "Fund",
    "Party",
    "Army",
    "Navy",
    "Forces",
    "Corps",
    "Guard",
    "Ministry",
    "Department",
    "Court",
    "Corporation",
    "Company",
    "Group",
    "Alliance",
    "Forum",
    "Center",
    "Centre",
    "Board",
    "Reserve",
    "Command",
    "Secretariat",
    "Parliament",
    "Assembly",
    "Protection",
    "Representative",
    "Tribunal",
    "Police",
    "Coalition",
    "Movement",
    "Front",
    "Cabinet",
    "Legislature",
    "Government",
];

/// Organisations and companies in `text[range]` named by their shape, leading sentence
/// words stripped; a name must keep at least two words.
pub fn named(text: &str, range: Range<usize>) -> Vec<Named> {
    let slice = &text[range.clone()];
    let mut found = Vec::new();
    let patterns = [
        (&*DEPARTMENT, ActorKind::Organisation),
        (&*ORGANISATION, ActorKind::Organisation),
        (&*COMPANY, ActorKind::Company),
    ];
    for (pattern, kind) in patterns {
        let mut from = 0;
        while let Some(m) = slice.get(from..).and_then(|_| pattern.find_at(slice, from)) {
            from = m.end();
            let after = &slice[m.end()..];
            // "U.S. Bureau" of "U.S. Bureau of Labor Statistics" (the longer pattern has it);
            // "Party" of "Party-state"; "Department of Defense Appropriations Act".
            let cut_short = after.starts_with(" of ") || after.starts_with(" for ");
            let a_law = m.as_str().ends_with(" Act");
            if cut_short || a_law || after.starts_with('-') {
                continue;
            }
            let mut span = strip_leading_noise(slice, m.start()..m.end());
            // "Department of Defense and Iran's …": a known name after `and` starts another
            // actor, so the name ends before `and` and the search resumes at that name.
            if let Some(at) = slice[span.clone()].find(" and ") {
                let next = span.start + at + 5;
                let known = super::lexicon::LEXICON.find(slice, next..span.end);
                let next_word = next + slice[next..].strip_prefix("the ").map_or(0, |_| 4);
                if known
                    .first()
                    .is_some_and(|hit| hit.span.start == next || hit.span.start == next_word)
                {
                    span.end = span.start + at;
                    from = next;
                }
            }
            let words = slice[span.clone()].split_whitespace().count();
            if words >= 2 {
                found.push(Named {
                    span: range.start + span.start..range.start + span.end,
                    kind,
                });
            }
        }
    }
    found
}

fn strip_leading_noise(slice: &str, mut span: Range<usize>) -> Range<usize> {
    loop {
        let rest = &slice[span.clone()];
        let Some((first, _)) = rest.split_once(char::is_whitespace) else {
            return span;
        };
        let possessive = first.ends_with("'s") || first.ends_with('’');
        if !LEADING_NOISE.contains(&first) && !possessive {
            return span;
        }
        let skip = rest[first.len()..]
            .find(|c: char| !c.is_whitespace())
            .map_or(rest.len(), |at| first.len() + at);
        span.start += skip;
    }
}

/// Acronyms defined in `text[range]` by a parenthesis after their long form, where the long
/// form is a run of capitalised words starting with the acronym's first letter.
pub fn acronyms(text: &str, range: Range<usize>) -> Vec<Acronym> {
    let slice = &text[range.clone()];
    let mut found = Vec::new();
    for captures in ACRONYM.captures_iter(slice) {
        let (Some(whole), Some(short)) = (captures.get(0), captures.get(1)) else {
            continue;
        };
        if short.as_str().chars().filter(|c| c.is_uppercase()).count() < 2 {
            continue;
        }
        let before = slice[..whole.start()].trim_end();
        let Some(long) = capitalised_run(before) else {
            continue;
        };
        let initial = short.as_str().chars().next();
        // Drop leading words until the long form starts with the acronym's letter.
        let mut start = long;
        while start < before.len() {
            let first = before[start..].chars().next();
            if first.map(|c| c.to_ascii_uppercase()) == initial.map(|c| c.to_ascii_uppercase())
                && first.is_some_and(char::is_uppercase)
            {
                break;
            }
            start = before[start..]
                .find(' ')
                .map_or(before.len(), |at| start + at + 1);
        }
        if start >= before.len() {
            continue;
        }
        found.push(Acronym {
            long: range.start + start..range.start + before.len(),
            short: range.start + short.start()..range.start + short.end(),
        });
    }
    found
}

/// Where the run of capitalised words (with `of`, `for`, `and`, `the`, `on` between them)
/// that ends `before` starts; `None` when the last word is not capitalised.
fn capitalised_run(before: &str) -> Option<usize> {
    let mut start = before.len();
    for (words, (at, word)) in word_starts_backwards(before).enumerate() {
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let connector = matches!(word, "of" | "for" | "and" | "the" | "on" | "&");
        if !(capital || (connector && words > 0)) || words >= 10 {
            break;
        }
        start = at;
    }
    // Never start on a connector.
    while let Some(word) = before[start..].split(' ').next() {
        if matches!(word, "of" | "for" | "and" | "the" | "on" | "&") {
            start += word.len() + 1;
        } else {
            break;
        }
    }
    (start < before.len()).then_some(start)
}

fn word_starts_backwards(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = text.len();
    std::iter::from_fn(move || {
        if end == 0 {
            return None;
        }
        let start = text[..end].rfind(' ').map_or(0, |at| at + 1);
        let word = &text[start..end];
        end = start.saturating_sub(1);
        if word.is_empty() {
            return None;
        }
        Some((start, word))
    })
}

/// Whether a long form defined with an acronym names an organisation.
pub fn is_organisation_name(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|last| ORGANISATION_NOUNS.contains(&last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(&str, ActorKind)> {
        named(text, 0..text.len())
            .into_iter()
            .map(|n| (&text[n.span], n.kind))
            .collect()
    }

    #[test]
    fn organisations_and_companies_by_shape() {
        let rows: &[(&str, &[(&str, ActorKind)])] = &[
            (
                "The Energy Information Administration said",
                &[("Energy Information Administration", ActorKind::Organisation)],
            ),
            (
                "the Department of Energy and others",
                &[("Department of Energy", ActorKind::Organisation)],
            ),
            (
                "In fact, China National Petroleum Corporation is",
                &[("China National Petroleum Corporation", ActorKind::Company)],
            ),
            (
                "Acme Widget Company sells",
                &[("Acme Widget Company", ActorKind::Company)],
            ),
            ("the agency and the company", &[]),
            ("The Commission met", &[]),
            (
                "the Food and Drug Administration said",
                &[("Food and Drug Administration", ActorKind::Organisation)],
            ),
            (
                "the U.S. Bureau of Labor Statistics",
                &[("U.S. Bureau of Labor Statistics", ActorKind::Organisation)],
            ),
            ("the Department of Defense Appropriations Act", &[]),
        ];
        for (text, expected) in rows {
            assert_eq!(names(text), *expected, "{text}");
        }
    }

    #[test]
    fn acronyms_defined_in_parentheses() {
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            (
                "the Congressional Research Service (CRS) reported",
                Some(("Congressional Research Service", "CRS")),
            ),
            (
                "in the United Nations Security Council (UNSC) as",
                Some(("United Nations Security Council", "UNSC")),
            ),
            (
                "measures under the War Powers Resolution (P.L. 93-148)",
                None,
            ),
            ("a plan (which failed)", None),
            ("the agency (EIA)", None),
        ];
        for (text, expected) in rows {
            let found: Vec<(&str, &str)> = acronyms(text, 0..text.len())
                .into_iter()
                .map(|a| (&text[a.long], &text[a.short]))
                .collect();
            assert_eq!(
                found,
                expected.iter().copied().collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
