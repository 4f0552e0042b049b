//! Amounts in a paragraph: a number (digits or words) with its currency, scale, percent or
//! counted noun, the hedge words before it, and a second number when the text gives a range.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::brief::Scale;

use crate::import::dates;

use super::words::{self, Compound, counted_noun, duration_compound, hedge_before};

/// One amount the text states, before it gets a label and a period.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Amount {
    /// The number expression: currency, number(s), scale, unit word; not the hedge.
    pub span: Range<usize>,
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: String,
    pub scale: Option<Scale>,
    pub hedge: Option<String>,
    /// The counted noun phrase after a count (`deployed nuclear warheads`).
    pub noun: Option<String>,
    /// Written inside parentheses right after a noun: `computer equipment ($34.6 billion)`,
    /// `a cut of $2.6 billion (-74%)`.
    pub in_parentheses: bool,
    /// A count written as a compound adjective: `a 15-point plan`.
    pub compound: bool,
}

fn rx(pattern: &str) -> Regex {
    crate::import::dates::compile(pattern)
}

const WORD_NUMBERS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
];

/// A currency sign or code, then a number in digits or words.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?i)(?P<cur>US\$|U\.S\. \$|A\$|AU\$|AUD\s?|C\$|CA\$|NZ\$|HK\$|S\$|R\$|USD\s?|EUR\s?|GBP\s?|\$|€|£|¥)?(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(?P<word>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)\b)",
    )
});
static SCALE: LazyLock<Regex> = LazyLock::new(|| {
    rx(r"^(?:\s?(?P<w>thousand|million|billion|trillion)\b|(?P<s>bn|mn|tn|m|k)\b)")
});
static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?i)^\s?(?:(?P<pp>percentage points?|pp\b)|(?P<bp>basis points?|bps?\b)|(?P<pc>%|percent\b|per cent\b))",
    )
});
static CURRENCY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?i)^\s(?:of\s)?(?:(?P<usd>(?:U\.S\.|US|American)\s)?dollars|(?P<eur>euros?)|(?P<cny>yuan|renminbi|RMB)|(?P<jpy>yen)|(?P<gbp>pounds sterling)|(?P<inr>rupees))\b",
    )
});
static RANGE_JOIN: LazyLock<Regex> = LazyLock::new(|| rx(r"^\s?(?:-|–|—|to|and)\s?"));

/// Every amount in `text[range]` that `skip` (dates, already claimed spans) does not cover.
pub(crate) fn scan(text: &str, range: Range<usize>, skip: &[Range<usize>]) -> Vec<Amount> {
    let slice = &text[range.clone()];
    let mut out: Vec<Amount> = Vec::new();
    let mut claimed_to = range.start;
    for caps in NUMBER.captures_iter(slice) {
        let Some(whole) = caps.get(0) else { continue };
        let start = range.start + whole.start();
        if start < claimed_to {
            continue;
        }
        let number_span = caps
            .name("num")
            .or_else(|| caps.name("word"))
            .map(|m| range.start + m.start()..range.start + m.end());
        let Some(number_span) = number_span else {
            continue;
        };
        if skip
            .iter()
            .any(|s| s.start < number_span.end && number_span.start < s.end)
        {
            continue;
        }
        let currency = caps.name("cur").map(|m| currency_code(m.as_str()));
        let Some(mut amount) = read_amount(
            text,
            start,
            &number_span,
            currency,
            range.end,
            Reading::First,
        ) else {
            continue;
        };
        if let Some(upper) = read_upper(text, &amount, range.end) {
            amount.upper = Some(upper.value);
            if amount.scale.is_none() {
                amount.scale = upper.scale;
            }
            if amount.unit.is_empty() || amount.unit == "count" && upper.unit != "count" {
                amount.unit.clone_from(&upper.unit);
                amount.noun.clone_from(&upper.noun);
            }
            amount.span.end = upper.span.end;
        }
        if amount.unit.is_empty() {
            continue;
        }
        claimed_to = amount.span.end;
        out.push(amount);
    }
    out
}

/// Whether an amount is read on its own (or as the first of a range) or as the upper end
/// of a range, where a dash before it joins, not codes (`$5-$10 billion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    First,
    Upper,
}

fn currency_code(sign: &str) -> &'static str {
    let sign = sign.trim().to_ascii_uppercase();
    match sign.as_str() {
        "A$" | "AU$" | "AUD" => "AUD",
        "C$" | "CA$" => "CAD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "R$" => "BRL",
        "EUR" | "€" => "EUR",
        "GBP" | "£" => "GBP",
        "¥" => "JPY",
        _ => "USD",
    }
}

fn word_value(word: &str) -> Option<f64> {
    let word = word.to_ascii_lowercase();
    if let Some((tens, ones)) = word.split_once('-') {
        return Some(word_value(tens)? + word_value(ones)?);
    }
    let word = word.trim_start_matches("a ").trim_start_matches("one ");
    WORD_NUMBERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// Reads the amount whose number is at `number_span` (its currency sign starts at `start`):
/// scale, percent or currency word or counted noun after it; `None` when it is not an
/// amount (a year, an ordinal, a code, a section number, a duration adjective, a number
/// word without a noun). A bare number comes back with an empty unit when it is the first
/// of a possible range (it may take its unit from the second), else as `None`.
fn read_amount(
    text: &str,
    start: usize,
    number_span: &Range<usize>,
    currency: Option<&'static str>,
    limit: usize,
    reading: Reading,
) -> Option<Amount> {
    let bare_ok = reading == Reading::First;
    let raw = &text[number_span.clone()];
    let is_word = !raw.starts_with(|c: char| c.is_ascii_digit());
    let value = if is_word {
        word_value(raw)?
    } else {
        raw.replace(',', "").parse::<f64>().ok()?
    };
    if words::not_an_amount(
        text,
        start,
        number_span,
        limit,
        reading == Reading::First,
        is_word,
        currency.is_some(),
    ) {
        return None;
    }
    let (mut end, scale, mut unit) = measure(text, number_span.end, limit, currency);
    let mut compound = false;
    // A duration adjective before a common noun (`a two-week ceasefire`) is a length of
    // time; a number word in another compound (`two-way`) is an adjective.
    match duration_compound(&text[end..limit], unit.is_some(), is_word) {
        Compound::Length(duration, len) => {
            unit = Some(duration);
            end += len;
            compound = true;
        }
        Compound::NotAFigure => return None,
        Compound::Other => {}
    }
    if let Some(rest) = text[end..limit].strip_prefix('-')
        && rest.starts_with(char::is_alphabetic)
        && !compound
    {
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if unit.is_none() {
            let plural = if word.ends_with('s') || (value - 1.0).abs() < f64::EPSILON {
                word.clone()
            } else {
                format!("{word}s")
            };
            unit = Some(plural);
            end += 1 + word.len();
            compound = true;
        }
    }
    let noun = counted_noun(text, end, limit);
    if unit.is_none() {
        match &noun {
            Some(phrase) => {
                // A count's span takes in its noun: `1,550 warheads`.
                let head = phrase.rsplit(' ').next().unwrap_or(phrase);
                let measure = ["sq.", "sq ", "square ", "cubic ", "cu."]
                    .iter()
                    .any(|m| phrase.starts_with(m));
                unit = Some(if measure { phrase } else { head }.to_string());
                if let Some(at) = text[end..limit].find(phrase.as_str()) {
                    end += at + phrase.len();
                }
            }
            // A number without a noun still counts something when it is scaled (`up to 1.2
            // million`), hedged (`more than 1,500`) or grouped in thousands (`1,500`).
            None if scale.is_some()
                || !is_word && (raw.contains(',') || hedge_before(text, start).is_some()) =>
            {
                unit = Some("count".to_string());
            }
            None => {}
        }
    }
    if is_word && (unit.is_none() || raw.eq_ignore_ascii_case("one") && scale.is_none()) {
        return None;
    }
    if (1800.0..=2100.0).contains(&value)
        && !raw.contains([',', '.'])
        && currency.is_none()
        && scale.is_none()
        && noun.is_none()
    {
        return None;
    }
    if unit.is_none() && !bare_ok {
        return None;
    }
    // `(-74%)`: a sign inside the bracket still makes the amount a bracketed one.
    let in_parentheses = text[..start]
        .trim_end_matches(['-', '+', '−'])
        .ends_with('(');
    Some(Amount {
        span: start..end,
        value,
        upper: None,
        unit: unit.unwrap_or_default(),
        scale,
        hedge: hedge_before(text, start),
        noun,
        in_parentheses,
        compound,
    })
}

pub(super) fn is_scale_suffix(after: &str) -> bool {
    SCALE.is_match(after) || after.starts_with('%')
}

fn scale_of(word: &str) -> Option<Scale> {
    match word.to_ascii_lowercase().as_str() {
        "thousand" | "k" => Some(Scale::Thousand),
        "million" | "m" | "mn" => Some(Scale::Million),
        "billion" | "bn" => Some(Scale::Billion),
        "trillion" | "tn" => Some(Scale::Trillion),
        _ => None,
    }
}

/// The scale (`billion`, `bn`), then the percent sign or word, or currency word, right after
/// a number ending at `at`: where they end, the scale, and the unit they give (the currency
/// sign's code when there is one).
fn measure(
    text: &str,
    at: usize,
    limit: usize,
    currency: Option<&'static str>,
) -> (usize, Option<Scale>, Option<String>) {
    let mut end = at;
    let mut scale = None;
    if let Some(caps) = SCALE.captures(&text[end..limit]) {
        let word = caps
            .name("w")
            .or_else(|| caps.name("s"))
            .map(|m| m.as_str());
        // A bare `m`/`k` after a plain number is more often a metre or a unit; only money takes it.
        let short = caps.name("s").is_some();
        if !short || currency.is_some() {
            scale = word.and_then(scale_of);
            end += caps.get(0).map_or(0, |m| m.end());
        }
    }
    let mut unit: Option<String> = currency.map(str::to_string);
    if unit.is_none() {
        if let Some(caps) = PERCENT.captures(&text[end..limit]) {
            unit = Some(
                if caps.name("pp").is_some() {
                    "percentage points"
                } else if caps.name("bp").is_some() {
                    "basis points"
                } else {
                    "percent"
                }
                .to_string(),
            );
            end += caps.get(0).map_or(0, |m| m.end());
        } else if let Some(caps) = CURRENCY_WORD.captures(&text[end..limit]) {
            let code = ["usd", "eur", "cny", "jpy", "gbp", "inr"]
                .iter()
                .find(|n| caps.name(n).is_some())
                .map_or("USD", |n| match *n {
                    "eur" => "EUR",
                    "cny" => "CNY",
                    "jpy" => "JPY",
                    "gbp" => "GBP",
                    "inr" => "INR",
                    _ => "USD",
                });
            unit = Some(code.to_string());
            end += caps.get(0).map_or(0, |m| m.end());
        }
    }
    (end, scale, unit)
}

/// A second number that makes a range with `first`: `5% to 10%`, `$5-$10 billion`,
/// `between 5 and 10 percent` (`and` only after `between`; never after `from`, which
/// states a change, not a range).
fn read_upper(text: &str, first: &Amount, limit: usize) -> Option<Amount> {
    let rest = &text[first.span.end..limit];
    let join = RANGE_JOIN.captures(rest)?.get(0)?;
    let word = join.as_str().trim();
    let lead = dates::window_before(text, first.span.start, 40).to_lowercase();
    let lead = lead.trim_end();
    let lead = first.hedge.as_ref().map_or(lead, |h| {
        lead.trim_end_matches(&h.to_lowercase()).trim_end()
    });
    match word {
        "and" if !lead.ends_with("between") => return None,
        "to" if lead.ends_with("from") => return None,
        _ => {}
    }
    let at = first.span.end + join.end();
    let caps = NUMBER.captures(&text[at..limit])?;
    if caps.get(0)?.start() != 0 {
        return None;
    }
    let number = caps.name("num").or_else(|| caps.name("word"))?;
    let number_span = at + number.start()..at + number.end();
    let currency = caps
        .name("cur")
        .map(|m| currency_code(m.as_str()))
        .or_else(|| (first.unit.len() == 3).then_some(first.unit.as_str()))
        .and_then(|c| {
            [
                "USD", "AUD", "CAD", "NZD", "HKD", "SGD", "BRL", "EUR", "GBP", "JPY",
            ]
            .into_iter()
            .find(|k| *k == c)
        });
    let upper = read_amount(text, at, &number_span, currency, limit, Reading::Upper)?;
    let units_differ = !first.unit.is_empty() && first.unit != "count" && upper.unit != first.unit;
    if units_differ || upper.value < first.value {
        return None;
    }
    Some(upper)
}
