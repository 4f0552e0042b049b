//! People found by their titles: `President Hu Jintao`, `Chinese Foreign Minister Yang
//! Jiechi`, `Vice President JD Vance`, and offices the text names without a person
//! (`Iran's Foreign Minister`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::brief::ActorKind;

/// A title followed by a name (or by nothing): spans of each part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Titled {
    pub title: Range<usize>,
    /// The name after the title, when there is one.
    pub name: Option<Range<usize>>,
    pub kind: ActorKind,
}

/// Titles of heads of state or government; the others make an `official`.
const LEADER_TITLES: &[&str] = &[
    "President",
    "Prime Minister",
    "Premier",
    "Chancellor",
    "King",
    "Queen",
    "Crown Prince",
    "Supreme Leader",
    "Emir",
    "Sultan",
    "General Secretary",
    "leader",
];

/// Upper- and lower-case letters of the Latin alphabets, as small classes: the full Unicode
/// classes cost milliseconds to compile on every run.
const UPPER: &str = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ";
const LOWER: &str = "a-zß-öø-ÿāăąćčďđēėęěğġģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž";

/// One word of a personal name: `Hu`, `McConnell`, `Doe-Smith`, `O'Brien`, `JD`, `M.`.
fn name_token() -> String {
    format!(
        r"(?:[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:-[{UPPER}]?[{LOWER}]+)?|[{UPPER}]'[{UPPER}][{LOWER}]+|[{UPPER}]{{2}}|[{UPPER}]\.)"
    )
}

static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    // Longer titles first: the alternation takes the first that matches.
    let titles = [
        r"Vice President",
        r"President",
        r"Deputy Prime Minister",
        r"Prime Minister",
        r"Foreign Minister",
        r"Defen[cs]e Minister",
        r"Finance Minister",
        r"Trade Minister",
        r"Minister of (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)?",
        r"Minister",
        r"Secretary of State",
        r"Secretary of Defen[cs]e",
        r"Secretary of the Treasury",
        r"Secretary of (?:Homeland Security|Health and Human Services|Veterans Affairs|Housing and Urban Development|the [A-Z][a-z]+|[A-Z][a-z]+)",
        r"Secretary-General",
        r"Secretary General",
        r"Foreign Secretary",
        r"Defen[cs]e Secretary",
        r"Secretary",
        r"Senator",
        r"Sen\.",
        r"Representative",
        r"Rep\.",
        r"General",
        r"Gen\.",
        r"Admiral",
        r"Adm\.",
        r"Chairman",
        r"Chairwoman",
        r"Chancellor",
        r"Premier",
        r"Crown Prince",
        r"King",
        r"Queen",
        r"Supreme Leader",
        r"Ambassador",
        r"Governor",
        r"Speaker",
        r"Emir",
        r"Sultan",
        r"General Secretary",
        r"National Security Advis[eo]r",
        r"Special Envoy",
        r"Envoy",
        r"Deputy Secretary",
        r"Under Secretary",
        r"Assistant Secretary",
        r"Attorney General",
        r"Director",
        r"Commander",
        r"Chief Executive",
        r"Ayatollah",
        r"leader",
        r"spokesperson",
        r"spokesman",
        r"spokeswoman",
    ];
    let token = name_token();
    // Titles may stack ("Commander Admiral Richard Correll"): the run is the title.
    let title = titles.join("|");
    let pattern = format!(
        r"(?-u:\b)(?P<title>(?:{title})(?:[ ]+(?:{title})){{0,2}})(?:[ \t\n]+(?P<name>{token}(?:[ \t\n]+{token}){{0,2}}))?"
    );
    Regex::new(&pattern).expect("the title pattern is a fixed, valid regex")
});

/// Words that end a name even though they are capitalised (and the months, `MONTH_NAMES`).
const NOT_NAME_WORDS: &[&str] = &[
    "Administration",
    "Government",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "In",
    "On",
    "At",
];

/// Titles that name an office even without a person (`Iran's Foreign Minister`); bare
/// `Minister` or `General` after a country name does not.
const OFFICES: &[&str] = &[
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Finance Minister",
    "Trade Minister",
    "Secretary of State",
    "Secretary of Defense",
    "Secretary of Defence",
    "Secretary of the Treasury",
    "Foreign Secretary",
    "Defence Secretary",
    "Defense Secretary",
    "Supreme Leader",
    "Crown Prince",
    "King",
    "Queen",
    "Chancellor",
    "Premier",
    "Ambassador",
];

/// Whether a title names an office a text may speak of without naming its holder.
pub fn is_office(title: &str) -> bool {
    OFFICES.contains(&title) || title.starts_with("Minister of ")
}

/// Whether a title (or the last of stacked titles) makes a head of state or government.
pub fn is_leader_title(title: &str) -> bool {
    !title.ends_with("Vice President") && LEADER_TITLES.iter().any(|t| title.ends_with(t))
}

/// Capitalised words that follow a title word without being a name ("General Motors",
/// "Rep. No.", "Attorney General Statutes").
const NOT_PERSONAL: &[&str] = &[
    "Motors",
    "Counsel",
    "Statutes",
    "Statute",
    "Laws",
    "Notes",
    "Mills",
    "Products",
    "Stat",
    "No",
    "Fund",
    "Act",
    "Code",
    "Schedule",
    "Order",
    "Electric",
    "Grant",
    "Memorial",
    "Assembly",
    "Staff",
    "Secretary",
    "Services",
    "Systems",
    "Funding",
    "Accounting",
];

/// Endings of English nouns that are not personal names ("Operations", "Dynamics").
const NOUN_ENDINGS: &[&str] = &[
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ics", "ance",
    "ence", "ship", "ure", "ures", "ings", "ogy", "ism", "ances", "ences",
];

/// Whether a capitalised word after a title can be part of a personal name; the first word
/// also must not end like an English noun (surnames may: `Sessions`).
fn could_be_name(word: &str, first: bool) -> bool {
    let noun_like = word.len() > 5 && NOUN_ENDINGS.iter().any(|e| word.ends_with(e));
    !(NOT_NAME_WORDS.contains(&word)
        || crate::brief::MONTH_NAMES.contains(&word)
        || NOT_PERSONAL.contains(&word)
        || first && noun_like)
}

/// Titles in `text[range]`, each with the name that follows it when there is one.
pub fn titled(text: &str, range: Range<usize>) -> Vec<Titled> {
    let slice = &text[range.clone()];
    TITLE
        .captures_iter(slice)
        .filter_map(|captures| {
            let title = captures.name("title")?;
            let name = captures.name("name").and_then(|name| {
                // Cut the name at the first word that cannot be part of one.
                let mut end = name.start();
                for word in name.as_str().split_whitespace() {
                    if !could_be_name(word, end == name.start()) {
                        break;
                    }
                    let at = name.as_str()[end - name.start()..].find(word)? + end;
                    end = at + word.len();
                }
                (end > name.start()).then(|| range.start + name.start()..range.start + end)
            });
            let kind = if is_leader_title(title.as_str()) {
                ActorKind::Leader
            } else {
                ActorKind::Official
            };
            Some(Titled {
                title: range.start + title.start()..range.start + title.end(),
                name,
                kind,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<(&str, Option<&str>)> {
        titled(text, 0..text.len())
            .into_iter()
            .map(|t| (&text[t.title], t.name.map(|n| &text[n])))
            .collect()
    }

    #[test]
    fn titles_take_the_name_that_follows() {
        type Row<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);
        let rows: &[Row] = &[
            (
                "STRATCOM Commander Admiral Richard Correll said",
                &[("Commander Admiral", Some("Richard Correll"))],
            ),
            (
                "PRC leader Xi Jinping spoke",
                &[("leader", Some("Xi Jinping"))],
            ),
            (
                "spokesperson Mao Ning said",
                &[("spokesperson", Some("Mao Ning"))],
            ),
            ("the leader of the group", &[("leader", None)]),
            (
                "Sen. Mitch McConnell said",
                &[("Sen.", Some("Mitch McConnell"))],
            ),
            (
                "Sen. Jeff Sessions and Rep. Jim Wright",
                &[
                    ("Sen.", Some("Jeff Sessions")),
                    ("Rep.", Some("Jim Wright")),
                ],
            ),
            (
                "General Motors and General Dynamics Land Systems",
                &[("General", None), ("General", None)],
            ),
            ("in Rep. No. 115", &[("Rep.", None)]),
            (
                "Secretary of Homeland Security Kristi Noem",
                &[("Secretary of Homeland Security", Some("Kristi Noem"))],
            ),
            (
                "President Hu Jintao met",
                &[("President", Some("Hu Jintao"))],
            ),
            (
                "Vice President JD Vance said",
                &[("Vice President", Some("JD Vance"))],
            ),
            (
                "said Secretary of State Marco Rubio.",
                &[("Secretary of State", Some("Marco Rubio"))],
            ),
            (
                "Foreign Minister Yang Jiechi",
                &[("Foreign Minister", Some("Yang Jiechi"))],
            ),
            ("President Trump in March", &[("President", Some("Trump"))]),
            (
                "Iran's Foreign Minister wrote",
                &[("Foreign Minister", None)],
            ),
            (
                "Sen. Jane Doe-Smith objected",
                &[("Sen.", Some("Jane Doe-Smith"))],
            ),
        ];
        for (text, expected) in rows {
            assert_eq!(titles(text), *expected, "{text}");
        }
    }

    #[test]
    fn leaders_and_officials_by_title() {
        let text = "Prime Minister Jane Roe and Ambassador John Poe";
        let kinds: Vec<ActorKind> = titled(text, 0..text.len())
            .into_iter()
            .map(|t| t.kind)
            .collect();
        assert_eq!(kinds, [ActorKind::Leader, ActorKind::Official]);
    }
}
