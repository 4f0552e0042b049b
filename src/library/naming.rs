//! The id a brief gets in the library: its series and number, else a slug of its title; and
//! when two series names are one series.

use crate::brief::Meta;

/// Longest id made from a title, in bytes; the cut falls between words.
const MAX_TITLE_ID: usize = 60;

/// Words that only say "number" (`No. 346`, `Number 346`, `#346`), left out of an id.
const NUMBER_WORDS: &[&str] = &["no", "nos", "number"];

/// One style for every brief with a series and number: the slug of the series, then the slug
/// of the number (ASCII, lower case, words joined by `-`): `eai-background-brief-346` for EAI
/// Background Brief No. 346, `crs-in-focus-if11175` for CRS In Focus IF11175. Words that only
/// say "number" are left out (`No. 346` is `346`), and a number the series already ends with
/// is not repeated. A brief without both gets a slug of its title (accents transliterated, at
/// most 60 bytes), and `brief` when even that is empty. The store adds `-2`, `-3`… when the
/// id is taken. The importer names a series alike in every edition of a report
/// (`import/meta.rs`: the fuller name, with its publisher, wins).
pub fn base_id(meta: &Meta) -> String {
    let slug = match (&meta.series, &meta.number) {
        (Some(series), Some(number)) => series_number_id(series, number),
        _ => shorten(&slug::slugify(&meta.title)),
    };
    if slug.is_empty() {
        "brief".to_string()
    } else {
        slug
    }
}

/// `series` and `number` as one id (see [`base_id`]); empty when both slug to nothing.
fn series_number_id(series: &str, number: &str) -> String {
    let series = without_number_words(&slug::slugify(series));
    let number = without_number_words(&slug::slugify(number));
    if number.is_empty() || series == number || series.ends_with(&format!("-{number}")) {
        return series;
    }
    if series.is_empty() {
        return number;
    }
    format!("{series}-{number}")
}

/// A slug without the words that only say "number".
fn without_number_words(slug: &str) -> String {
    slug.split('-')
        .filter(|word| !word.is_empty() && !NUMBER_WORDS.contains(word))
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether two series names name one series: equal once slugged, or one the other with a
/// publisher's name before it (`In Focus` and `CRS In Focus`, as briefs added before the
/// importer preferred the fuller name may have it). Versions of one report are briefs of one
/// series and number.
pub fn same_series(a: &str, b: &str) -> bool {
    let (a, b) = (slug::slugify(a), slug::slugify(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty() && (short == long || long.ends_with(&format!("-{short}")))
}

fn shorten(slug: &str) -> String {
    if slug.len() <= MAX_TITLE_ID {
        return slug.to_string();
    }
    let cut = slug[..=MAX_TITLE_ID].rfind('-').unwrap_or(MAX_TITLE_ID);
    slug[..cut].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::BriefDate;

    fn meta(title: &str, series: Option<&str>, number: Option<&str>) -> Meta {
        Meta {
            title: title.to_string(),
            subtitle: None,
            series: series.map(str::to_string),
            number: number.map(str::to_string),
            authors: Vec::new(),
            publisher: None,
            published: BriefDate::Undated,
            source: String::new(),
            source_file: None,
            origin: None,
        }
    }

    #[test]
    fn series_and_number_name_the_brief() {
        let eai = meta("China-Russia", Some("EAI Background Brief"), Some("346"));
        assert_eq!(base_id(&eai), "eai-background-brief-346");
        let crs = meta("Taiwan", Some("CRS In Focus"), Some("IF11175"));
        assert_eq!(base_id(&crs), "crs-in-focus-if11175");
    }

    #[test]
    fn one_slug_style_whatever_the_spelling_of_the_number() {
        let eai = |number| base_id(&meta("C", Some("EAI Background Brief"), Some(number)));
        assert_eq!(eai("No. 346"), "eai-background-brief-346");
        assert_eq!(eai("#346"), "eai-background-brief-346");
        assert_eq!(eai("Number 346"), "eai-background-brief-346");
        let no = meta("C", Some("EAI Background Brief No."), Some("346"));
        assert_eq!(base_id(&no), "eai-background-brief-346");
        let repeated = meta("C", Some("Working Paper 12"), Some("12"));
        assert_eq!(base_id(&repeated), "working-paper-12");
        let lower = meta("T", Some("crs in focus"), Some("if11175"));
        assert_eq!(base_id(&lower), "crs-in-focus-if11175");
    }

    #[test]
    fn a_series_is_the_same_under_its_fuller_name() {
        assert!(same_series("In Focus", "CRS In Focus"));
        assert!(same_series("CRS Insight", "Insight"));
        assert!(same_series("In Focus", "in focus"));
        assert!(!same_series("In Focus", "Insight"));
        assert!(!same_series("Focus", "In Focus Plus"));
        assert!(!same_series("Legal Sidebar", "Sidebar Legal"));
        assert!(!same_series("", "In Focus"));
    }

    #[test]
    fn without_a_number_the_title_is_slugged_and_cut_between_words() {
        assert_eq!(base_id(&meta("Égypte: l'été", None, None)), "egypte-l-ete");
        let long = "word ".repeat(30);
        let id = base_id(&meta(&long, Some("Series"), None));
        assert!(id.len() <= MAX_TITLE_ID && id.ends_with("word"), "{id}");
        assert_eq!(base_id(&meta("???", None, None)), "brief");
    }
}
