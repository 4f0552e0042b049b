//! What a figure measures and when: a short noun phrase of its sentence as label, and the
//! date near it in the same sentence as period.

use std::ops::Range;

use crate::brief::BriefDate;

use super::amount::Amount;
use crate::import::dates::DateMention;

mod action;
mod duration;
mod phrase;
mod table;
mod unit_only;

use phrase::{after_verb, changed_by, from_last_article, phrase_back, phrase_forward, subject};
use table::{column_header, table_row};

/// Longest label, in bytes, before it is cut at a word boundary.
const LABEL_MAX: usize = 70;

/// The label of `amount` in `sentence`, from the first rule that finds words: the noun a
/// count counts; a table row's key under its subheading; the noun phrase before a
/// parenthesised amount (`computer equipment ($34.6 billion)`). A duration then takes what
/// lasts (`label/duration.rs`); any other amount the phrase after `of` or `in` (`60% of
/// Mexico's exports`, `$100 billion in additional funding`), the noun before `of` (`a
/// surplus of $1.7 billion`), what changed by it, the phrase it restates, the phrase inside
/// its brackets, what an actor acts on (`label/action.rs`), the noun an amount modifies (`a
/// 10% tariff`), the sentence's subject before a statistic verb. The words are the
/// sentence's own (a table's subheading and row key joined by a comma), first letter
/// capitalised.
pub(crate) fn label(text: &str, sentence: &Range<usize>, amount: &Amount) -> String {
    let before = &text[sentence.start..amount.span.start];
    let after = &text[amount.span.end..sentence.end];
    let hedge_len = amount.hedge.as_ref().map_or(0, String::len);
    let before_hedge = before.trim_end();
    let before_hedge = before_hedge
        .get(..before_hedge.len().saturating_sub(hedge_len))
        .unwrap_or(before_hedge);
    // A duration's unit (`14 days`) says how long, not what lasts.
    let duration = duration::is_duration(&amount.unit);
    let counted = amount
        .noun
        .clone()
        .filter(|noun| !duration || !duration::is_duration(noun));
    let counted = counted.and_then(|noun| {
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
    let found = counted.or_else(|| table_row(text, amount)).or_else(|| {
        amount
            .in_parentheses
            .then(|| before.trim_end_matches(['(', ' ', '-', '+', '−']))
            // `$30.8 billion (-9%)`: the words before the bracket are another amount.
            .filter(|words| !ends_with_amount(words))
            .and_then(phrase_back)
    });
    // A duration is named by what lasts, or, failing that, by its unit as the text words it
    // (`consecutive fiscal years`): the rules below read subjects and neighbours, which
    // name who waits or acts (`President Trump imposed a tariff for 150 days`).
    let found = if duration {
        found
            .or_else(|| {
                let unit = amount.noun.as_deref().unwrap_or(&amount.unit);
                duration::label(before_hedge, after, unit)
            })
            .or_else(|| unit_only::label(before_hedge))
            .or_else(|| amount.noun.clone().filter(|noun| noun.contains(' ')))
    } else {
        found.or_else(|| other_label(text, sentence, amount, before_hedge, after))
    };
    let label = finish(&found.unwrap_or_else(|| amount.unit.clone()));
    if label.is_empty() {
        finish(&amount.unit)
    } else {
        label
    }
}

/// The label of an amount that is no duration, once a count's noun, a table and a bracket
/// have named nothing: see [`label`].
fn other_label(
    text: &str,
    sentence: &Range<usize>,
    amount: &Amount,
    before_hedge: &str,
    after: &str,
) -> Option<String> {
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
        .or_else(|| {
            before_hedge
                .trim_end()
                .strip_suffix(" of")
                .and_then(phrase_back)
                .and_then(|phrase| after_verb(&phrase))
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
        .or_else(|| in_brackets(before_hedge))
        .or_else(|| action::label(before_hedge, after))
        // The subject of an action verb is who acts: a noun phrase right before the amount
        // names it better (`to award grants in areas with populations below 200,000`).
        .or_else(|| action::near_subject_of_action(before_hedge))
        .or_else(|| subject(before_hedge))
        .or_else(|| phrase_back(before_hedge))
        .or_else(|| subject(&text[sentence.start..amount.span.start]))
        .or_else(|| unit_only::label(before_hedge))
}

/// `rural areas (areas with populations below 200,000)`: an amount inside brackets is named
/// inside them, by the noun phrase before it, never by the sentence's subject outside.
fn in_brackets(before: &str) -> Option<String> {
    let open = before.rfind('(')?;
    if before[open..].contains(')') {
        return None;
    }
    let inside = &before[open + 1..];
    // `(down $400.0 million`, `(removing about 1,300`: a change or a clause, not a name.
    if inside.split_whitespace().count() < 3 || inside.contains(['/', '$']) {
        return None;
    }
    let phrase = phrase_back(inside)?;
    let last = phrase.rsplit(' ').next().unwrap_or(&phrase);
    let named = !(last.ends_with("ly")
        || last.ends_with("ing")
        || matches!(last, "up" | "down" | "times" | "plus")
        || phrase.contains(|c: char| c.is_ascii_digit())
        || action::is_verb(last));
    named.then_some(phrase)
}

fn is_money_or_share(amount: &Amount) -> bool {
    amount.unit.len() == 3 && amount.unit.chars().all(|c| c.is_ascii_uppercase())
        || amount.unit.starts_with("percent")
        || amount.unit == "basis points"
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
