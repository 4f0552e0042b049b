//! The short names the All-briefs scope gives briefs in its rows (`IF10753`, `IF10753-2`,
//! `346`), where `library::merge` marked each title with the brief's whole id.

use std::collections::HashMap;

use super::{App, Scope, Shelf};
use crate::brief::ItemRef;
use crate::layout::width_of;
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
/// command line) are tagged by their ids instead, and tags are then made short
/// (`short_tags`), so a tag always names one brief and fits the column whole.
pub fn tags_of(entries: &[Entry]) -> HashMap<String, String> {
    let entries: Vec<&Entry> = entries.iter().filter(|e| e.summary.is_some()).collect();
    let tags: Vec<String> = entries.iter().map(|entry| brief_tag(entry)).collect();
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for tag in &tags {
        *uses.entry(tag).or_default() += 1;
    }
    let whole: Vec<String> = entries
        .iter()
        .zip(&tags)
        .map(|(entry, tag)| {
            if uses[tag.as_str()] > 1 {
                entry.id.clone()
            } else {
                tag.clone()
            }
        })
        .collect();
    entries
        .iter()
        .map(|entry| entry.id.clone())
        .zip(short_tags(&whole))
        .collect()
}

/// Distinct tags (`tags`, in order) made at most [`TAG_MAX`] cells and still distinct. A
/// wider tag is cut to its first cells and `…` (`russia-s-nu…`). Where two cut tags would be
/// the same, one that is not the start of the other keeps its end from the word where they
/// part, after the `…` (`russia-s-nuclear-weapons-2` is `russia-s…-2` beside
/// `russia-s-nu…`; `u-s-mexico-border-security` beside `u-s-mexico-trade-relations` is
/// `u…border-se…`); should tags still agree, the last resort numbers them (`russia-s-…#2`).
pub fn short_tags(tags: &[String]) -> Vec<String> {
    let plain: Vec<String> = tags
        .iter()
        .map(|tag| {
            if width_of(tag) <= TAG_MAX {
                tag.clone()
            } else {
                format!("{}…", head(tag, TAG_MAX - 1))
            }
        })
        .collect();
    let mut short = plain.clone();
    for (i, tag) in tags.iter().enumerate() {
        let rivals: Vec<&String> = (0..tags.len())
            .filter(|&j| j != i && plain[j] == plain[i])
            .map(|j| &tags[j])
            .collect();
        if rivals.is_empty() || width_of(tag) <= TAG_MAX {
            continue;
        }
        let parted = rivals
            .iter()
            .map(|rival| common_prefix(tag, rival))
            .max()
            .unwrap_or(0);
        if parted >= tag.len() {
            // The start of a rival, which keeps its own end: the plain cut tells them apart.
            continue;
        }
        let word = if tag[parted..].starts_with(SEPARATORS) {
            parted
        } else {
            tag[..parted].rfind(SEPARATORS).unwrap_or(parted)
        };
        let room = TAG_MAX - 2;
        let end = if width_of(&tag[word..]) <= room {
            tag[word..].to_string()
        } else if width_of(&tag[parted..]) <= room {
            tag[parted..].to_string()
        } else {
            format!("{}…", head(&tag[parted..], room - 1))
        };
        let start = head(tag, TAG_MAX - 1 - width_of(&end));
        short[i] = format!("{}…{end}", start.trim_end_matches(SEPARATORS));
    }
    number_the_same(&mut short);
    short
}

/// Where words of an id or number part.
const SEPARATORS: [char; 3] = ['-', ' ', '_'];

/// The last resort of `short_tags`: tags still the same after the second and later are
/// numbered (`…#2`), counting from their first.
fn number_the_same(tags: &mut [String]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for tag in tags.iter_mut() {
        let count = seen.entry(tag.clone()).or_default();
        *count += 1;
        if *count > 1 {
            let mark = format!("…#{count}");
            *tag = format!(
                "{}{mark}",
                head(tag, TAG_MAX.saturating_sub(width_of(&mark)))
            );
        }
    }
}

/// The longest start of `text` at most `cells` wide, whole characters.
fn head(text: &str, cells: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += width_of(c.encode_utf8(&mut [0; 4]));
        if used > cells {
            return &text[..i];
        }
    }
    text
}

/// Bytes `a` and `b` share at their start, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or_else(|| a.len().min(b.len()), |((i, _), _)| i)
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
                .map(|tag| width_of(tag))
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
        // Then cut to the column (`short_tags`).
        assert_eq!(tags["IF10753v6-energy"], "IF10753v6-e…");
        assert_eq!(tags["IF10753v7-energy"], "IF10753v7-e…");
        assert_eq!(tags["in-focus-if1"], "IF1");
    }

    fn shorts(tags: &[&str]) -> Vec<String> {
        short_tags(&tags.iter().map(|t| (*t).to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn cut_tags_keep_the_end_that_tells_their_briefs_apart() {
        // The library's .txt and PDF of one report, and two reports alike at the start.
        let tags = shorts(&[
            "russia-s-nuclear-weapons",
            "russia-s-nuclear-weapons-2",
            "u-s-mexico-trade-relations",
            "u-s-mexico-trade-relations-2",
            "u-s-mexico-border-security",
            "australia-background-and-u-s-relations-2",
            "IF10753",
        ]);
        assert_eq!(
            tags,
            [
                "russia-s-nu…",
                "russia-s…-2",
                // The start of its `-2`: the plain cut.
                "u-s-mexico-…",
                "u-s-mexic…-2",
                "u…border-se…",
                "australia-b…",
                "IF10753",
            ]
        );
        // A tag the width of the column stays whole; none is wider.
        assert_eq!(shorts(&["abcdefghijkl"]), ["abcdefghijkl"]);
        for tag in &tags {
            assert!(width_of(tag) <= TAG_MAX, "{tag}");
        }
    }

    #[test]
    fn short_tags_are_always_distinct() {
        let long = "a-very-long-common-start-x";
        let tags = shorts(&[
            "a-very-long-common-start-x-and-end",
            "a-very-long-common-start-y-and-end",
            long,
            &format!("{long}-2"),
            &format!("{long}-3"),
            "界界界界界界界界-1",
            "界界界界界界界界-2",
        ]);
        let mut seen = std::collections::HashSet::new();
        for tag in &tags {
            assert!(width_of(tag) <= TAG_MAX, "{tag}");
            assert!(seen.insert(tag), "{tag} twice in {tags:?}");
        }
    }
}
