//! Venues: a country or capital named only as the place where something happens (`in
//! Germany`, `a visit to Moscow`, `in Heiligendamm, Germany`) is not an actor there.

use std::ops::Range;

/// Words before a place that make it the place where something happens, not an actor.
const VENUE_WORDS: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "across",
    "throughout",
    "within",
    "around",
    "outside",
];
const TRAVEL_WORDS: &[&str] = &["visit", "visits", "trip", "travel", "traveled", "travelled"];

/// Whether a country or capital is named here only as a venue: after `in`, `at`, `near`…
/// (with or without `the`), after a visit or trip `to`, or as the country after a town
/// (`in Heiligendamm, Germany`).
pub fn is_venue(text: &str, span: &Range<usize>) -> bool {
    let before = &text[..span.start];
    let mut words = before
        .split(|c: char| c.is_whitespace())
        .rev()
        .filter(|w| !w.is_empty());
    let Some(mut previous) = words.next() else {
        return false;
    };
    if previous == "the" {
        previous = words.next().unwrap_or("");
    }
    if VENUE_WORDS.contains(&previous.to_lowercase().as_str()) {
        return true;
    }
    if previous == "to" && words.next().is_some_and(|w| TRAVEL_WORDS.contains(&w)) {
        return true;
    }
    // "in Heiligendamm, Germany": a town, a comma, then the country.
    if let Some(town) = previous.strip_suffix(',')
        && town.chars().next().is_some_and(char::is_uppercase)
    {
        return words
            .next()
            .is_some_and(|w| VENUE_WORDS.contains(&w.to_lowercase().as_str()));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_after_venue_words_are_venues() {
        let rows: &[(&str, &str, bool)] = &[
            ("The summit in Germany ended.", "Germany", true),
            ("He met them at the Kremlin.", "Kremlin", true),
            ("During his visit to Moscow, he spoke.", "Moscow", true),
            ("It was held in Heiligendamm, Germany.", "Germany", true),
            ("Trade with China grew.", "China", false),
            ("China agreed.", "China", false),
            ("Pipelines from Russia to China.", "China", false),
        ];
        for (text, place, venue) in rows {
            let at = text.find(place).expect("place in text");
            assert_eq!(is_venue(text, &(at..at + place.len())), *venue, "{text}");
        }
    }
}
