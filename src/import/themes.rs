//! Themes: the report's own section headings, one theme each, so items group the way the
//! report groups them. Headings that only mark the document's structure (`Summary`,
//! `Introduction`, `Conclusion`…) are not themes.

use std::collections::HashSet;
use std::hash::BuildHasher;

use crate::brief::Theme;

use super::Document;
use super::actors::{slug, unique};

/// Headings that name a part of the document rather than a subject (compared lower-case).
const STRUCTURAL: &[&str] = &[
    "summary",
    "executive summary",
    "introduction",
    "overview",
    "background",
    "conclusion",
    "conclusions",
    "references",
    "notes",
    "endnotes",
    "sources",
    "appendix",
    "contents",
    "table of contents",
    "acknowledgements",
    "acknowledgments",
    "about the authors",
    "author information",
    "disclaimer",
];

/// The themes of `doc` and, for each of its paragraphs, the id of its theme.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Themes {
    pub themes: Vec<Theme>,
    /// One entry per `doc.paragraphs`, in order.
    pub of_paragraph: Vec<Option<String>>,
}

/// One theme per distinct, non-structural section heading, in order of first appearance;
/// ids are slugs of the heading made unique against `used` (and added to it), `theme` when the
/// heading has no ASCII letter or digit.
pub fn extract<S: BuildHasher>(doc: &Document, used: &mut HashSet<String, S>) -> Themes {
    let mut themes: Vec<Theme> = Vec::new();
    let mut by_heading: Vec<(String, String)> = Vec::new();
    let mut of_paragraph = Vec::with_capacity(doc.paragraphs.len());
    for block in &doc.paragraphs {
        let heading = block
            .section
            .as_deref()
            .map(str::trim)
            .filter(|h| !h.is_empty() && !STRUCTURAL.contains(&h.to_lowercase().as_str()));
        let Some(heading) = heading else {
            of_paragraph.push(None);
            continue;
        };
        let id = if let Some((_, id)) = by_heading.iter().find(|(h, _)| h == heading) {
            id.clone()
        } else {
            let id = unique(&slug(heading), "theme", used);
            themes.push(Theme {
                id: id.clone(),
                name: heading.to_string(),
            });
            by_heading.push((heading.to_string(), id.clone()));
            id
        };
        of_paragraph.push(Some(id));
    }
    Themes {
        themes,
        of_paragraph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Block;

    fn doc(sections: &[Option<&str>]) -> Document {
        Document {
            text: "x".repeat(sections.len()),
            paragraphs: sections
                .iter()
                .enumerate()
                .map(|(i, s)| Block {
                    span: i..i + 1,
                    section: s.map(str::to_string),
                })
                .collect(),
            front: Vec::new(),
        }
    }

    #[test]
    fn each_heading_is_one_theme_and_paragraphs_carry_it() {
        let doc = doc(&[
            None,
            Some("Executive Summary"),
            Some("Trade and Investment"),
            Some("Trade and Investment"),
            Some("Defense"),
        ]);
        let mut used = HashSet::from(["defense".to_string()]);
        let found = extract(&doc, &mut used);
        let names: Vec<(&str, &str)> = found
            .themes
            .iter()
            .map(|t| (t.id.as_str(), t.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("trade-and-investment", "Trade and Investment"),
                ("defense-2", "Defense")
            ]
        );
        assert_eq!(
            found.of_paragraph,
            [
                None,
                None,
                Some("trade-and-investment".to_string()),
                Some("trade-and-investment".to_string()),
                Some("defense-2".to_string())
            ]
        );
    }

    #[test]
    fn a_heading_without_ascii_gets_a_plain_id() {
        let found = extract(&doc(&[Some("経済")]), &mut HashSet::new());
        assert_eq!(found.themes[0].id, "theme");
        assert_eq!(found.themes[0].name, "経済");
    }

    #[test]
    fn no_headings_no_themes() {
        let found = extract(&doc(&[None, None]), &mut HashSet::new());
        assert!(found.themes.is_empty());
        assert_eq!(found.of_paragraph, [None, None]);
    }
}
