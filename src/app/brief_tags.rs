//! The short names the All-briefs scope gives briefs in its rows (`IF10753`, `IF10753-2`,
//! `346`), where `library::merge` marked each title with the brief's whole id.

use std::collections::HashMap;

use super::{App, Scope, Shelf};
use crate::brief::ItemRef;
use crate::library::Entry;
use crate::library::merge::BRIEF_MARK;

/// The widest a brief's tag is shown, in cells; a longer one is cut with "…".
pub const TAG_MAX: usize = 12;

/// The short name of a brief: its number as the report prints it (`IF10753`), after the
/// series' first word when the number is only digits (`EAI 346`), with the `-2`, `-3`… its
/// id carries when it is a later version in the library (`IF10753-2`, the id being made
/// from series and number); a brief without series and number by its id.
pub fn brief_tag(entry: &Entry) -> String {
    let Some(summary) = &entry.summary else {
        return entry.id.clone();
    };
    let (Some(series), Some(number)) = (&summary.series, &summary.number) else {
        return entry.id.clone();
    };
    let mut tag = if number.chars().all(|c| c.is_ascii_digit()) {
        let word = series.split_whitespace().next().unwrap_or_default();
        format!("{word} {number}").trim().to_string()
    } else {
        number.clone()
    };
    let base = slug::slugify(format!("{series} {number}"));
    if let Some(rest) = entry.id.strip_prefix(&base)
        && rest.starts_with('-')
    {
        tag.push_str(rest);
    }
    tag
}

/// Each entry that loads (the others are in no merged row) with its tag, by id
/// (`brief_tag`); briefs whose tags would be the same (two files of one report given on the
/// command line) are tagged by their ids instead, so a tag always names one brief.
pub fn tags_of(entries: &[Entry]) -> HashMap<String, String> {
    let entries: Vec<&Entry> = entries.iter().filter(|e| e.summary.is_some()).collect();
    let tags: Vec<String> = entries.iter().map(|entry| brief_tag(entry)).collect();
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for tag in &tags {
        *uses.entry(tag).or_default() += 1;
    }
    entries
        .iter()
        .zip(&tags)
        .map(|(entry, tag)| {
            let tag = if uses[tag.as_str()] > 1 {
                entry.id.clone()
            } else {
                tag.clone()
            };
            (entry.id.clone(), tag)
        })
        .collect()
}

impl Shelf {
    /// The tag of the brief with this id, when it is on the shelf.
    pub fn tag(&self, id: &str) -> Option<&str> {
        self.tags.get(id).map(String::as_str)
    }
}

impl App {
    /// The shelf, while the panes show every brief merged.
    fn all_briefs(&self) -> Option<&Shelf> {
        self.shelf
            .as_ref()
            .filter(|shelf| shelf.scope == Some(Scope::All))
    }

    /// Cells of the brief column in the All-briefs scope's rows: the widest tag (at most
    /// `TAG_MAX`); 0 elsewhere, where rows have no such column.
    pub fn tag_width(&self) -> usize {
        self.all_briefs().map_or(0, |shelf| {
            shelf
                .tags
                .values()
                .map(|tag| crate::layout::width_of(tag))
                .max()
                .unwrap_or(0)
                .min(TAG_MAX)
        })
    }

    /// In the All-briefs scope, the tag of the brief an item comes from (its id is
    /// `BRIEF/ITEM`); `None` elsewhere.
    pub fn item_tag(&self, item: ItemRef) -> Option<&str> {
        let listed = self.all_briefs()?;
        let (brief, _) = self.brief.id_of(item)?.split_once('/')?;
        listed.tag(brief)
    }

    /// In the All-briefs scope, a text `library::merge` marked with its brief (`BRIEF ·
    /// text`) split into that brief's tag and the text after the mark; elsewhere, or when the
    /// text is not marked with a brief of the shelf, no tag and the text whole.
    pub fn split_mark<'a>(&'a self, text: &'a str) -> (Option<&'a str>, &'a str) {
        let Some(listed) = self.all_briefs() else {
            return (None, text);
        };
        match text.split_once(BRIEF_MARK) {
            Some((brief, rest)) => match listed.tag(brief) {
                Some(tag) => (Some(tag), rest),
                None => (None, text),
            },
            None => (None, text),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::library::{Counts, Summary};

    fn entry(id: &str, series: Option<&str>, number: Option<&str>) -> Entry {
        Entry {
            id: id.to_string(),
            file: PathBuf::from(format!("{id}.toml")),
            summary: Some(Summary {
                title: "T".to_string(),
                published: "2026-04-20".to_string(),
                series: series.map(str::to_string),
                number: number.map(str::to_string),
                counts: Counts::default(),
            }),
            problems: Vec::new(),
        }
    }

    #[test]
    fn a_brief_is_tagged_by_its_number_and_the_suffix_of_a_second_version() {
        let crs = |id| entry(id, Some("In Focus"), Some("IF10753"));
        assert_eq!(brief_tag(&crs("in-focus-if10753")), "IF10753");
        assert_eq!(brief_tag(&crs("in-focus-if10753-2")), "IF10753-2");
        let eai = entry(
            "eai-background-brief-346",
            Some("EAI Background Brief"),
            Some("346"),
        );
        assert_eq!(brief_tag(&eai), "EAI 346");
        assert_eq!(
            brief_tag(&entry("china-russia", None, None)),
            "china-russia"
        );
        // A file named otherwise (given on the command line) is still tagged by its number.
        assert_eq!(brief_tag(&crs("IF10753v6-energy")), "IF10753");
    }

    #[test]
    fn two_briefs_that_would_share_a_tag_are_tagged_by_their_ids() {
        let tags = tags_of(&[
            entry("IF10753v6-energy", Some("In Focus"), Some("IF10753")),
            entry("IF10753v7-energy", Some("In Focus"), Some("IF10753")),
            entry("in-focus-if1", Some("In Focus"), Some("IF1")),
        ]);
        assert_eq!(tags["IF10753v6-energy"], "IF10753v6-energy");
        assert_eq!(tags["IF10753v7-energy"], "IF10753v7-energy");
        assert_eq!(tags["in-focus-if1"], "IF1");
    }
}
