//! Every plain-text table the library's commands print fits 80 columns when piped and wraps
//! at spaces: no line wider than 80, no word broken (a word too long for its column may be
//! cut, ending with "…"). Over a library with ids longer than a third of the width.

use std::fs;

use unicode_width::UnicodeWidthStr;

use super::{Library, V1, V2};

/// Words the commands add around the briefs' own: headers, counts, dates, stances.
#[rustfmt::skip]
const OWN_WORDS: &[&str] = &[
    "ID", "PUBLISHED", "BRIEF", "built", "in", "event", "events", "figure", "figures",
    "position", "positions", "actor", "actors", "id", "name", "kind", "items", "role",
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "undated", "Undated", "OLD", "NEW", "old", "new", "value", "period", "thousand",
    "million", "billion", "trillion", "percent", "about", "and", "on", "of",
    "support", "supports", "oppose", "opposes", "seek", "seeks", "propose", "proposes",
    "reject", "rejects", "warn", "warns", "agree", "agrees", "assess", "assesses", "act",
    "acts",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `word` occurs in `text` with no letter or digit on either side.
fn whole_word_in(word: &str, text: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let after = text[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c));
        before && after
    })
}

/// Every line at most 80 columns; with a `reference`, every word one of its whole words.
fn check(output: &str, reference: Option<&str>, what: &str) {
    assert!(!output.trim().is_empty(), "{what} printed nothing");
    for line in output.lines() {
        assert!(
            line.width() <= 80,
            "{what}: a line of {} columns:\n{line}",
            line.width()
        );
        let Some(reference) = reference else {
            continue;
        };
        for token in line.split_whitespace() {
            if token.ends_with('…') {
                continue;
            }
            // A qualified id, BRIEF/ITEM, is two words of the briefs.
            for word in token.split('/') {
                let word = word.trim_matches(|c: char| !is_word_char(c));
                // Numbers are formatted by the commands (`US$42 billion`, dates).
                if word.is_empty() || word.chars().any(|c| c.is_ascii_digit()) {
                    continue;
                }
                assert!(
                    OWN_WORDS.contains(&word) || whole_word_in(word, reference),
                    "{what}: `{word}` is not a whole word of the briefs (broken?) in:\n{line}"
                );
            }
        }
    }
}

#[test]
fn piped_tables_fit_80_columns_and_break_no_word() {
    let library = Library::new();
    library.ok(&[
        "add",
        "tests/fixtures/library/02-china-15th-fyp.txt",
        "tests/fixtures/library/IF10753v7-energy-star-program.md",
        V1,
        V2,
    ]);
    // The briefs' own words: the built-in brief, the library's files and their ids.
    let mut reference = library.ok(&["export"]);
    reference.push_str(&library.ok(&["list", "--json"]));
    for entry in fs::read_dir(&library.root).expect("the library folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            reference.push_str(&fs::read_to_string(&path).expect("a brief file"));
        }
    }
    let list = library.ok(&["list"]);
    assert!(
        list.lines()
            .any(|line| line.starts_with("china-s-15th-five-year-plan") && !line.contains("  ")),
        "an id longer than a third of the width stands on a line of its own:\n{list}"
    );
    check(&list, Some(&reference), "list");
    for section in [
        "actors",
        "themes",
        "figures",
        "positions",
        "timeline",
        "summary",
    ] {
        let output = library.ok(&["show", section]);
        check(&output, Some(&reference), &format!("show {section}"));
    }
    let ids = library.ids();
    let built_in = "eai-background-brief-346";
    let other = ids
        .iter()
        .find(|id| id.as_str() != built_in)
        .expect("a brief");
    check(
        &library.ok(&["diff", built_in, other]),
        None,
        "diff with the built-in brief",
    );
    // Diff's lines are its own prose around the quotes: their width is checked.
    check(&library.ok(&["diff", V1, V2]), None, "diff");
}
