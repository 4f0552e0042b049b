//! What the index answers: full-text search (ranked by `SQLite`, or every matching item with
//! its text for the caller to rank), items by id, actors by name.

use rusqlite::{OptionalExtension, params};

use super::index::Index;
use super::items::{ItemRow, section_named};
use super::{LibraryError, SearchHit};
use crate::brief::Section;

/// A full-text query over the library: every group in `required` must match (any one of its
/// terms), and no term of `excluded` may.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextQuery {
    pub required: Vec<Vec<TextTerm>>,
    pub excluded: Vec<TextTerm>,
}

/// What [`super::Library::matching`] found: rows as (brief id, row), and whether they are
/// every matching item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matches {
    pub rows: Vec<(String, ItemRow)>,
    /// Every item matching the query is in `rows`; false when more matched than the caller's
    /// `all_up_to` and `rows` holds only bm25's best.
    pub complete: bool,
}

/// A word or phrase as full-text search matches it: its words in order, case and accents
/// ignored, each a whole word, the last also as the start of one when `prefix` is set
/// (`howitz` finds "howitzers").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextTerm {
    pub text: String,
    pub prefix: bool,
}

impl TextQuery {
    /// Every run of letters and digits of `words` as a required prefix term: what
    /// [`super::Library::search`] takes.
    pub fn words(words: &str) -> TextQuery {
        TextQuery {
            required: words
                .split(|c: char| !c.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .map(|word| {
                    vec![TextTerm {
                        text: word.to_string(),
                        prefix: true,
                    }]
                })
                .collect(),
            excluded: Vec::new(),
        }
    }

    /// The FTS5 expression: `("a"* OR "b") AND "c"* NOT "d"`. A term without a letter or
    /// digit says nothing to the index and is left out, and so is a group left empty; `None`
    /// when no required group remains (the index cannot narrow such a query).
    pub fn expression(&self) -> Option<String> {
        let groups: Vec<String> = self
            .required
            .iter()
            .filter_map(|group| {
                let terms: Vec<String> = group.iter().filter_map(TextTerm::expression).collect();
                (!terms.is_empty()).then(|| format!("({})", terms.join(" OR ")))
            })
            .collect();
        if groups.is_empty() {
            return None;
        }
        let mut expression = groups.join(" AND ");
        for term in self.excluded.iter().filter_map(TextTerm::expression) {
            expression = format!("({expression}) NOT {term}");
        }
        Some(expression)
    }
}

impl TextTerm {
    fn expression(&self) -> Option<String> {
        if !self.text.chars().any(char::is_alphanumeric) {
            return None;
        }
        let star = if self.prefix { "*" } else { "" };
        Some(format!("\"{}\"{star}", self.text.replace('"', "\"\"")))
    }
}

impl Index {
    /// Items matching every word of `query` (as a prefix), best first by `SQLite`'s bm25, at
    /// most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, LibraryError> {
        let Some(expression) = TextQuery::words(query).expression() else {
            return Ok(Vec::new());
        };
        let mut statement = self.connection.prepare_cached(
            "SELECT items.brief, items.item, items.section, item_text.rank
             FROM item_text JOIN items ON items.rowid = item_text.rowid
             WHERE item_text MATCH ?1 ORDER BY item_text.rank LIMIT ?2",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = statement.query_map(params![expression, limit], |row| {
            let section: String = row.get(2)?;
            Ok((row.get(0)?, row.get(1)?, section, row.get::<_, f64>(3)?))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (brief, item, section, rank): (String, String, String, f64) = row?;
            if let Some(section) = section_named(&section) {
                hits.push(SearchHit {
                    brief,
                    item,
                    section,
                    score: -rank,
                });
            }
        }
        Ok(hits)
    }

    /// Items matching `query`, in `section` when given, as (brief id, row): every one,
    /// unranked (in the order the index stored them), when at most `all_up_to` match; else
    /// the `best` that `SQLite`'s bm25 ranks first. Nothing when the query gives the index no
    /// word. Reading a row costs about 3 µs (a page of the index each), so the caller's own
    /// ranking of every match stops paying beyond a few thousand; bm25 costs about 1 µs a
    /// match and reads only the rows it returns.
    pub fn matching(
        &self,
        query: &TextQuery,
        section: Option<Section>,
        all_up_to: usize,
        best: usize,
    ) -> Result<Matches, LibraryError> {
        let Some(expression) = query.expression() else {
            return Ok(Matches {
                rows: Vec::new(),
                complete: true,
            });
        };
        // Counting reads only the index's lists of matches, not the rows.
        let count: i64 = self.connection.query_row(
            "SELECT count(*) FROM item_text WHERE item_text MATCH ?1",
            [&expression],
            |row| row.get(0),
        )?;
        let every = usize::try_from(count).is_ok_and(|count| count <= all_up_to);
        let sql = if every {
            "SELECT brief, item, section, position, title, date, text FROM item_text
             WHERE item_text MATCH ?1"
        } else {
            "SELECT brief, item, section, position, title, date, text FROM item_text
             WHERE item_text MATCH ?1 ORDER BY rank"
        };
        let mut statement = self.connection.prepare_cached(sql)?;
        let mut rows = statement.query([&expression])?;
        let mut found = Vec::new();
        while let Some(row) = rows.next()? {
            if !every && found.len() >= best {
                break;
            }
            let Some(in_section) = section_named(&row.get::<_, String>(2)?) else {
                continue;
            };
            if section.is_some_and(|wanted| wanted != in_section) {
                continue;
            }
            let Ok(position) = usize::try_from(row.get::<_, i64>(3)?) else {
                continue;
            };
            found.push((
                row.get(0)?,
                ItemRow {
                    item: row.get(1)?,
                    section: in_section,
                    position,
                    title: row.get(4)?,
                    date: row.get(5)?,
                    text: row.get(6)?,
                },
            ));
        }
        Ok(Matches {
            rows: found,
            complete: every,
        })
    }

    /// The actors named `name` or carrying it as an alias (ASCII case ignored), as
    /// (brief, actor id), sorted.
    pub fn actors_named(&self, name: &str) -> Result<Vec<(String, String)>, LibraryError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT brief, actor FROM actors WHERE name = ?1 COLLATE NOCASE
             UNION SELECT brief, actor FROM aliases WHERE alias = ?1 COLLATE NOCASE
             ORDER BY 1, 2",
        )?;
        let rows = statement.query_map([name], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<(String, String)>>>()?)
    }

    /// The briefs holding an item with this id, ASCII case ignored, with the id as each
    /// writes it; sorted by brief.
    pub fn briefs_with_item(&self, item: &str) -> Result<Vec<(String, String)>, LibraryError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT DISTINCT brief, item FROM items WHERE item = ?1 COLLATE NOCASE
             ORDER BY brief, item",
        )?;
        let rows = statement.query_map([item], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<(String, String)>>>()?)
    }

    /// The id as brief `brief` writes it of its item `item` (ASCII case ignored), if it has
    /// one.
    pub fn item_of(&self, brief: &str, item: &str) -> Result<Option<String>, LibraryError> {
        Ok(self
            .connection
            .query_row(
                "SELECT item FROM items WHERE brief = ?1 AND item = ?2 COLLATE NOCASE
                 ORDER BY item = ?2 DESC LIMIT 1",
                [brief, item],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Every item id the library uses, each once, sorted: what "did you mean" chooses from.
    pub fn item_ids(&self) -> Result<Vec<String>, LibraryError> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT DISTINCT item FROM items ORDER BY item")?;
        let rows = statement.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::{Library, Part, parts};

    const V1: &str = include_str!("../../tests/fixtures/library/taiwan-v1.toml");
    const V2: &str = include_str!("../../tests/fixtures/library/taiwan-v2.toml");

    fn term(text: &str, prefix: bool) -> TextTerm {
        TextTerm {
            text: text.to_string(),
            prefix,
        }
    }

    #[test]
    fn words_become_required_prefix_terms_and_punctuation_is_dropped() {
        assert_eq!(
            TextQuery::words("China's \"veto\"").expression(),
            Some("(\"China\"*) AND (\"s\"*) AND (\"veto\"*)".into())
        );
        assert_eq!(TextQuery::words("  -- ").expression(), None);
    }

    #[test]
    fn groups_join_alternatives_and_exclusions_follow() {
        let query = TextQuery {
            required: vec![
                vec![term("defence", true), term("defense", true)],
                vec![term("say \"no\"", false), term("--", true)],
            ],
            excluded: vec![term("toll", true), term("$", false)],
        };
        assert_eq!(
            query.expression(),
            Some("((\"defence\"* OR \"defense\"*) AND (\"say \"\"no\"\"\")) NOT \"toll\"*".into())
        );
        let only_symbols = TextQuery {
            required: vec![vec![term("$", true)]],
            excluded: Vec::new(),
        };
        assert_eq!(only_symbols.expression(), None);
    }

    #[test]
    fn matching_gives_every_row_with_its_parts_or_bm25s_best_beyond_the_cap() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        for (name, text) in [("a.toml", V1), ("b.toml", V2)] {
            std::fs::write(folder.path().join(name), text).expect("write a brief");
        }
        let library = Library::open(folder.path()).expect("open");
        let query = TextQuery::words("howitz");
        let every = library.matching(&query, None, 100, 100).expect("matching");
        assert!(every.complete);
        let every = every.rows;
        let found: Vec<(&str, &str)> = every
            .iter()
            .map(|(brief, row)| (brief.as_str(), row.item.as_str()))
            .collect();
        assert!(found.contains(&("a", "e-approval")) && found.contains(&("b", "e-cancel")));
        let (_, approval) = every
            .iter()
            .find(|(brief, row)| brief == "a" && row.item == "e-approval")
            .expect("the approval");
        assert_eq!(approval.section, Section::Timeline);
        assert_eq!(approval.title, "Howitzer sale approved");
        assert_eq!(
            parts(&approval.text).next(),
            Some((Part::Title, "Howitzer sale approved"))
        );
        let events = library
            .matching(&query, Some(Section::Timeline), 100, 100)
            .expect("matching")
            .rows;
        assert!(
            events
                .iter()
                .all(|(_, row)| row.section == Section::Timeline)
        );
        assert!(events.len() < every.len());
        // More matches than `all_up_to`: bm25's best two, the events that say it three times.
        let best = library.matching(&query, None, 1, 2).expect("matching");
        assert!(!best.complete);
        let best: Vec<&str> = best.rows.iter().map(|(_, row)| row.item.as_str()).collect();
        assert_eq!(best, ["e-approval", "e-approval"]);
        assert!(
            library
                .matching(&TextQuery::words("$$"), None, 100, 100)
                .expect("matching")
                .rows
                .is_empty()
        );
    }
}
