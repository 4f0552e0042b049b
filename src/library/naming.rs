//! The id a brief gets in the library: its series and number, else a slug of its title.

use crate::brief::Meta;

/// Longest id made from a title, in bytes; the cut falls between words.
const MAX_TITLE_ID: usize = 60;

/// `eai-background-brief-346` for EAI Background Brief No. 346, `crs-in-focus-if11175` for
/// CRS In Focus IF11175; a brief without both gets a slug of its title (ASCII, accents
/// transliterated, at most 60 bytes), and `brief` when even that is empty. The store adds
/// `-2`, `-3`… when the id is taken.
pub fn base_id(meta: &Meta) -> String {
    let slug = match (&meta.series, &meta.number) {
        (Some(series), Some(number)) => slug::slugify(format!("{series} {number}")),
        _ => shorten(&slug::slugify(&meta.title)),
    };
    if slug.is_empty() {
        "brief".to_string()
    } else {
        slug
    }
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
    fn without_a_number_the_title_is_slugged_and_cut_between_words() {
        assert_eq!(base_id(&meta("Égypte: l'été", None, None)), "egypte-l-ete");
        let long = "word ".repeat(30);
        let id = base_id(&meta(&long, Some("Series"), None));
        assert!(id.len() <= MAX_TITLE_ID && id.ends_with("word"), "{id}");
        assert_eq!(base_id(&meta("???", None, None)), "brief");
    }
}
