//! Search over every item of a brief, as a reader means it: the query syntax fzf users know
//! plus `"phrases"`, literal words before names linked to an item before scattered letters,
//! every script and accent folded, British and American spellings alike, and a worker that
//! answers the latest query off the input thread. Nothing here knows about the screen.
//!
//! The parts: [`query`] parses, [`fold`] and [`spelling`] decide what counts as the same
//! text, [`matching`] finds a pattern in a field, [`rank`] holds the ranking rules,
//! [`records`] and [`index`] build and run the index, [`worker`] runs it in the background,
//! and [`ids`] resolves item ids as a reader types them.

pub mod fold;
pub mod ids;
pub mod index;
pub mod matching;
pub mod query;
pub mod rank;
pub mod records;
pub mod spelling;
pub mod worker;

#[cfg(test)]
mod examples;

use crate::brief::ItemRef;

pub use ids::resolve_id;
pub use index::{Outcome, SearchIndex};
pub use query::Query;
pub use worker::{Answer, SearchSession, SearchWorker};

/// Which part of an item a hit matched, so a result can say why it is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// An event's title, a figure's label and value, a position's summary, an actor's name.
    Title,
    /// A paragraph's text, an event's or figure's detail.
    Text,
    Quote,
    Date,
    Issue,
    /// The name of an actor the item involves.
    Actor,
    /// Another name of an actor ("Beijing" for China).
    Alias,
    Theme,
    /// The item's id, when a term is the id itself.
    Id,
}

impl Field {
    /// The field's name as results and `search --json` print it: "title", "alias"…
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
            Field::Quote => "quote",
            Field::Date => "date",
            Field::Issue => "issue",
            Field::Actor => "actor",
            Field::Alias => "alias",
            Field::Theme => "theme",
            Field::Id => "id",
        }
    }
}

/// A ranked result: the item, its score, and the field text with the matched characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub item: ItemRef,
    /// Higher is better; only the order within one query means anything.
    pub score: i64,
    /// The field shown for this hit: where the best-scoring term matched.
    pub field: Field,
    /// The field's original text, as in the brief.
    pub text: String,
    /// Indices of matched characters (chars, not bytes) in `text`, ascending; empty for a
    /// query of only exclusions.
    pub positions: Vec<usize>,
}

/// The query syntax as the help, `briefing search --help` and the README give it: each form
/// (as the README spells it) and what it means. `Query::parse` is the rule; tests hold this
/// table to the parser and to the README, so the three cannot drift apart.
pub const SYNTAX: [(&str, &str); 7] = [
    ("a b", "every term must match"),
    ("'term", "the exact characters"),
    ("\"two words\"", "an exact phrase"),
    ("^term", "at the start of a field"),
    ("term$", "at the end of a field"),
    ("!term", "leave out items that match"),
    ("a | b", "either term matches"),
];

/// Where to begin showing a hit's text in `room` cells so its matches show with a little
/// context before them: 0 when they fit from the start, else a word start shortly before the
/// first match. The explorer's results and `briefing search` both cut their excerpts here.
pub fn excerpt_start(text: &str, positions: &[usize], room: usize) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let (Some(&first), Some(&last)) = (positions.first(), positions.last()) else {
        return 0;
    };
    if chars.len() <= room || last + 1 < room {
        return 0;
    }
    // A quarter of the room for context, but never so much that the excerpt ends short.
    let mut start = first
        .saturating_sub(room / 4)
        .min(chars.len().saturating_sub(room.saturating_sub(2)));
    // Begin at a word rather than mid-word, when one starts before the match.
    if let Some(space) = chars
        .get(start..first.max(start))
        .and_then(|before| before.iter().position(|c| c.is_whitespace()))
    {
        start += space + 1;
    }
    start.min(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_syntax_table_names_forms_the_parser_knows_and_the_readme_gives() {
        let readme = include_str!("../README.md");
        let paragraph = readme
            .lines()
            .find(|line| line.starts_with("Search queries follow fzf"))
            .expect("the README's search paragraph");
        for (form, _) in SYNTAX {
            assert!(
                paragraph.contains(&format!("`{form}`")),
                "the README does not give `{form}`"
            );
        }
        // Each form parses as what it says.
        let brief = crate::brief::load_embedded().expect("embedded brief");
        let index = SearchIndex::new(&brief);
        let count = |query: &str| index.search(query).len();
        assert_eq!(
            Query::parse("a b").groups.len(),
            2,
            "two terms, both needed"
        );
        assert_eq!(Query::parse("a | b").groups.len(), 1, "one group: either");
        assert!(count("'pipelines") > 0 && count("'pipelinesx") == 0);
        assert!(count("\"oil and gas\"") > 0);
        assert!(
            count("\"gas and oil\"") < count("oil gas"),
            "a phrase keeps its order"
        );
        assert!(count("pipelines | vetoed") > count("pipelines"));
        assert!(count("!pipelines") < count("!zzzz"));
        assert!(count("^china") > 0 && count("china$") < count("china"));
    }

    #[test]
    fn a_name_lists_its_actor_before_a_figure_labelled_with_it_alone() {
        // An importer labelled a figure with a name alone: both fill their title with the
        // query, so their scores tie, and the figure comes first in the brief.
        let mut brief = crate::brief::load_embedded().expect("embedded brief");
        let actor = (brief.actors.iter())
            .find(|a| a.name.contains(' ') && a.aliases.is_empty())
            .expect("an actor named in two words");
        let name = actor.name.clone();
        brief.figures[0].label.clone_from(&name);
        let index = SearchIndex::new(&brief);
        let hits = index.search(&name.to_lowercase());
        assert_eq!(hits[0].score, hits[1].score, "{:?}", &hits[..2]);
        assert_eq!(hits[0].item.section, crate::brief::Section::Actors);
        assert_eq!(hits[1].item.section, crate::brief::Section::Figures);
    }

    #[test]
    fn excerpts_start_at_a_word_shortly_before_the_first_match() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        // Fits from the start: no cut.
        assert_eq!(excerpt_start(text, &[0, 1, 2], 80), 0);
        assert_eq!(excerpt_start(text, &[4, 5, 6], 20), 0);
        // "twelve" starts at char 56: begin at a word before it, keeping it in view.
        let start = excerpt_start(text, &[56, 57], 20);
        assert!(start > 0 && start <= 56, "{start}");
        assert!(text[start..].starts_with(|c: char| c.is_alphanumeric()));
        assert_eq!(text[..start].chars().last(), Some(' '));
        assert!(
            text.len() - start <= 20 + 6,
            "the excerpt does not end short: {start}"
        );
        assert_eq!(excerpt_start(text, &[], 10), 0);
    }
}
