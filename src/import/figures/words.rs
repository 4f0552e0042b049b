//! The words around a number that decide what it is: labels and codes before it
//! (`Section 232`), hedges (`more than`), the noun a count counts, duration adjectives.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::amount::Amount;
use crate::import::dates;

/// Words before a number that make it a label, not an amount (`Section 232`, `P.L. 117`).
#[rustfmt::skip]
const LABEL_WORDS: &[&str] = &[
    "section", "sec.", "§", "§§", "article", "title", "no.", "nos.", "number", "p.l.", "law",
    "h.r.", "s.", "res.", "h.res.", "s.res.", "rule", "order", "page", "pages", "p.", "pp.",
    "figure", "table", "box", "annex", "chapter", "part", "vol.", "volume", "#", "eo", "e.o.",
    "route", "form", "docket", "case", "amendment", "bill", "resolution", "paragraph", "clause",
    "tier", "phase", "level", "step", "version", "item", "footnote", "note", "appendix",
    "congress", "session", "u.s.c.", "c.f.r.", "stat.", "fr", "id.",
];
/// Words before a number word that make it a reference, not a count (`the two sides`).
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "both",
    "next", "last", "past", "first", "other", "each", "every", "which", "what", "latter",
    "former", "remaining", "same", "said", "further", "additional", "another",
];
/// Words after a number that are not the counted noun.
#[rustfmt::skip]
pub(super) const NOT_NOUNS: &[&str] = &[
    "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than",
    "that", "the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "will", "would", "could", "can", "may", "might", "should", "must", "do", "did", "does",
    "it", "they", "he", "she", "we", "this", "these", "those", "which", "who", "per", "percent",
    "times", "more", "less", "fewer", "other", "such", "so", "but", "if", "into", "over",
    "under", "between", "among", "after", "before", "since", "during", "about", "out", "up",
    "down", "each", "respectively", "only", "also", "not", "all", "both", "there", "here",
    "then", "when", "where", "while", "previously", "percentage", "worth", "greater", "higher",
    "lower", "larger", "smaller", "above", "below", "ago", "later", "earlier", "apart",
];
/// Units of measure written with capitals, which the counted-noun rule would skip.
#[rustfmt::skip]
const MEASURES: &[&str] = &[
    "TWh", "GWh", "MWh", "kWh", "GW", "MW", "kW", "Btu", "MMBtu", "Bcf", "Tcf", "MMT", "Mt",
    "MMbbl", "Mb/d", "MMcf", "psi", "mph", "mpg", "km", "kg", "lb", "lbs", "ft", "mi", "cm", "mm",
];
/// Units of length, area, volume and mass written in lower case: a count of them measures
/// something the unit does not name (`2.96 million sq. miles` of surface area).
#[rustfmt::skip]
const MEASURE_WORDS: &[&str] = &[
    "miles", "mile", "acres", "acre", "hectares", "hectare", "kilometers", "kilometres",
    "meters", "metres", "feet", "foot", "inches", "yards", "tons", "tonnes", "ton", "tonne",
    "pounds", "kilograms", "ounces", "gallons", "liters", "litres", "barrels", "bushels",
    "cubic", "square",
];

/// Whether a count's noun is a unit of measure (`sq. miles`, `acres`, `TWh`, `barrels`)
/// rather than the thing counted (`warheads`, `troops`).
pub(super) fn is_measure(noun: &str) -> bool {
    let head = noun.rsplit(' ').next().unwrap_or(noun);
    ["sq.", "sq ", "square ", "cubic ", "cu."]
        .iter()
        .any(|m| noun.starts_with(m))
        || MEASURES.contains(&head)
        || MEASURE_WORDS.contains(&head)
}

/// Duration words: `a two-week ceasefire` is a kind of ceasefire, not a figure.
#[rustfmt::skip]
pub(super) const DURATIONS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
];
/// The text's own hedge words before a number, longest first.
#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "not to exceed", "not exceeding", "not less than", "not more than", "not fewer than",
    "no fewer than", "approximately", "no more than", "no less than", "in excess of", "greater than",
    "higher than", "fewer than", "upwards of", "an estimated", "as much as", "as many as",
    "as high as", "as low as", "more than", "less than", "lower than", "just under",
    "just over", "well over", "estimated", "at least", "at most", "close to", "roughly",
    "nearly", "almost", "around", "approx.", "about", "above", "below", "under", "up to",
    "some", "over",
];

/// True when the number at `number_span` (its currency sign at `start`) is part of a code,
/// an ordinal, a longer number, a time, a label (`Section 232`, `Pillar 2`) or, for a
/// number word, a reference (`the two sides`). `first` is false for the upper end of a
/// range, where a dash before the number joins the range.
pub(super) fn not_an_amount(
    text: &str,
    start: usize,
    number_span: &Range<usize>,
    limit: usize,
    first: bool,
    is_word: bool,
    has_currency: bool,
) -> bool {
    let before = text[..start].chars().next_back();
    let after_text = &text[number_span.end..limit];
    let after = after_text.chars().next();
    // Part of a code, an ordinal or a longer number: `IF11175`, `15th`, `F-35`, `117-58`, `1990s`.
    if before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        || first
            && text[..start].ends_with(['-', '/', ':', '.'])
            && text[..start]
                .trim_end_matches(['-', '/', ':', '.'])
                .ends_with(|c: char| c.is_alphanumeric())
        || after.is_some_and(char::is_alphabetic) && !super::amount::is_scale_suffix(after_text)
        || after_text.starts_with(':') && after_text[1..].starts_with(|c: char| c.is_ascii_digit())
        || after_text.starts_with('/') && after_text[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    let previous = word_before(text, start).to_lowercase();
    if LABEL_WORDS.contains(&previous.as_str()) {
        return true;
    }
    // `the two sides`, `the country's two main forces`: a reference, not a count.
    if is_word
        && (DETERMINERS.contains(&previous.as_str())
            || previous.ends_with("'s")
            || previous.ends_with("s'"))
    {
        return true;
    }
    // `Pillar 2`, `Phase 3`: a number that is part of a name.
    let previous_raw = word_before(text, start);
    !is_word
        && !has_currency
        && previous_raw.len() > 1
        && previous_raw.starts_with(char::is_uppercase)
        && previous_raw.chars().skip(1).all(char::is_lowercase)
        && !NOT_NOUNS.contains(&previous.as_str())
        && !DETERMINERS.contains(&previous.as_str())
        && !HEDGES.contains(&previous.as_str())
}

/// The noun phrase a count counts: lower-case words after the number up to a function word
/// or punctuation, at most four (`deployed strategic nuclear delivery vehicles`).
pub(super) fn counted_noun(text: &str, at: usize, limit: usize) -> Option<String> {
    let rest = &text[at..limit];
    if !rest.starts_with(' ') {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    let mut pieces = rest.split(' ').skip(1).peekable();
    while let Some(word) = pieces.next() {
        // `sq. miles`: an abbreviated measure word does not end the phrase.
        if matches!(word, "sq." | "cu." | "sq" | "square" | "cubic") {
            words.push(word);
            continue;
        }
        // `0.58 TWh`, `30 GW`: a unit of measure, written in its own case.
        if words.is_empty() {
            let unit = word.trim_end_matches([',', '.', ';', ':', ')']);
            if MEASURES.contains(&unit) {
                return Some(unit.to_string());
            }
        }
        // `2,000 U.S. troops`, `30 Chinese vessels`: a proper adjective before the noun; a
        // word ending in a stop that is not an abbreviation (`Congresses.`) ends the sentence.
        if is_proper_adjective(word) && words.len() < 6 {
            words.push(word);
            continue;
        }
        let clean = word.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
        let ends_phrase = clean.len() != word.len();
        // `deployed and nondeployed vehicles`: adjectives joined by a conjunction.
        if matches!(clean, "and" | "or")
            && !ends_phrase
            && words.last().is_some_and(|w| w.ends_with("ed"))
        {
            words.push(clean);
            continue;
        }
        let ok = !clean.is_empty()
            && clean.chars().next().is_some_and(char::is_lowercase)
            && clean
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !NOT_NOUNS.contains(&clean);
        if !ok {
            break;
        }
        words.push(clean);
        if ends_phrase || words.len() >= 8 || pieces.peek().is_none() {
            break;
        }
    }
    while words.last().is_some_and(|w| {
        matches!(*w, "and" | "or" | "sq." | "cu." | "sq" | "square" | "cubic")
            || w.starts_with(char::is_uppercase)
    }) {
        words.pop();
    }
    // The head is a noun, not a verb or an adjective left hanging.
    while let Some(last) = words.last() {
        if last.ends_with("ing") || last.ends_with("ed") || last.ends_with("ly") {
            words.pop();
        } else {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// An abbreviation (`U.S.`, `EU`, `NATO`) or a demonym (`Chinese`, `Iranian`, `Israeli`,
/// `British`): words that may stand between a number and the noun it counts.
fn is_proper_adjective(word: &str) -> bool {
    let ends_sentence = word.ends_with('.') && !word[..word.len() - 1].contains('.');
    if word.len() < 2 || ends_sentence || !word.starts_with(char::is_uppercase) {
        return false;
    }
    let abbreviation = word.len() <= 6 && word.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    let demonym = word.chars().all(char::is_alphabetic)
        && ["an", "ese", "ish", "i", "ic"]
            .iter()
            .any(|end| word.ends_with(end));
    abbreviation || demonym
}

/// The word just before byte `at` (after white space or an opening parenthesis).
pub(super) fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let start = before
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == '(')
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// The hedge right before the amount, in the text's own words and case.
pub(super) fn hedge_before(text: &str, at: usize) -> Option<String> {
    let before = dates::window_before(text, at, 32).trim_end();
    let lower = before.to_lowercase();
    HEDGES
        .iter()
        .find(|h| {
            lower.ends_with(*h)
                && lower[..lower.len() - h.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .and_then(|h| before.get(before.len() - h.len()..))
        .map(str::to_string)
}

/// `a fifth of the country`, `two-thirds of members`, `half of the budget`: a share.
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    dates::compile(
        r"(?i)\b(?:(?P<n>a|one|two|three|four)[ -])?(?P<d>half|halves|thirds?|quarters?|fifths?|tenths?) of\b",
    )
});

/// The shares written as fractions in `text[range]`, as percent amounts (`a fifth of` →
/// 20 percent, rounded to one decimal); the span is the fraction without `of`.
pub(super) fn fractions(text: &str, range: Range<usize>) -> Vec<Amount> {
    let slice = &text[range.clone()];
    FRACTION
        .captures_iter(slice)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            // `a third of`, `two-thirds of`, `half of`; not `the third of three factors` or
            // `the first half of`.
            let previous = word_before(text, range.start + whole.start()).to_lowercase();
            let bare_half = caps.name("n").is_none()
                && caps["d"].eq_ignore_ascii_case("half")
                && !["the", "first", "second", "latter", "other", "each"]
                    .contains(&previous.as_str());
            if caps.name("n").is_none() && !bare_half {
                return None;
            }
            let numerator = match caps.name("n").map(|m| m.as_str().to_lowercase()) {
                Some(n) if n == "two" => 2.0,
                Some(n) if n == "three" => 3.0,
                Some(n) if n == "four" => 4.0,
                _ => 1.0,
            };
            let denominator = match caps["d"].to_lowercase().trim_end_matches('s') {
                "half" | "halve" => 2.0,
                "third" => 3.0,
                "quarter" => 4.0,
                "fifth" => 5.0,
                _ => 10.0,
            };
            let value: f64 = numerator / denominator * 100.0;
            let start = range.start + whole.start();
            let end = range.start + whole.end() - " of".len();
            Some(Amount {
                span: start..end,
                value: (value * 10.0).round() / 10.0,
                upper: None,
                unit: "percent".to_string(),
                scale: None,
                hedge: hedge_before(text, start),
                noun: None,
                in_parentheses: false,
                compound: false,
            })
        })
        .collect()
}

/// What a `-word` right after a number makes of it.
pub(super) enum Compound {
    /// `-week ceasefire`: a length in that unit (plural), and the bytes of `-week`.
    Length(String, usize),
    /// `-Year Plan` (part of a name), a duration after a unit, or a number word in another
    /// compound (`two-way`, an adjective).
    NotAFigure,
    /// Not a duration compound.
    Other,
}

/// A duration adjective (`two-week`, `15-year`) at the start of `after` (the text right
/// after the number): before a common noun it is a length, before a name it is part of
/// the name (`Five-Year Plan`). `has_unit` is true when the number already has a unit,
/// `is_word` when it is spelt out (`two`).
pub(super) fn duration_compound(after: &str, has_unit: bool, is_word: bool) -> Compound {
    let Some(rest) = after.strip_prefix('-') else {
        return Compound::Other;
    };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let singular = word.to_lowercase();
    let singular = singular.trim_end_matches('s');
    if word.is_empty() {
        return Compound::Other;
    }
    if !DURATIONS.contains(&singular) {
        return if is_word {
            Compound::NotAFigure
        } else {
            Compound::Other
        };
    }
    let next = rest[word.len()..].strip_prefix(' ').unwrap_or("");
    if has_unit || !next.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Compound::NotAFigure;
    }
    Compound::Length(format!("{singular}s"), 1 + word.len())
}
