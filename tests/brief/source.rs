//! The briefs against their source text: every quote an exact substring of the source and of
//! its paragraph, every summary paragraph present in order, and the corpus brief's dated
//! events, figures and stances.

use briefing::brief::{Brief, Stance};

use super::{corpus, example, shipped};

/// Every event, figure and position quote, with the item's id and paragraph.
fn quotes(brief: &Brief) -> Vec<(&str, &str, Option<&str>)> {
    let events = brief
        .timeline
        .iter()
        .map(|e| (e.id.as_str(), e.quote.as_str(), e.paragraph.as_deref()));
    let figures = brief
        .figures
        .iter()
        .map(|f| (f.id.as_str(), f.quote.as_str(), f.paragraph.as_deref()));
    let positions = brief
        .positions
        .iter()
        .map(|p| (p.id.as_str(), p.quote.as_str(), p.paragraph.as_deref()));
    events.chain(figures).chain(positions).collect()
}

fn assert_quotes_traced(brief: &Brief) {
    let items = quotes(brief);
    assert!(!items.is_empty());
    for (id, quote, paragraph) in items {
        assert!(!quote.trim().is_empty(), "{id}: empty quote");
        assert!(
            brief.meta.source.contains(quote),
            "{id}: quote not in the source: {quote:?}"
        );
        let paragraph = paragraph.unwrap_or_else(|| panic!("{id}: no paragraph assigned"));
        let text = &brief.paragraph(paragraph).expect("paragraph exists").text;
        assert!(
            text.contains(quote),
            "{id}: quote not in its paragraph {paragraph}"
        );
    }
}

/// The paragraphs of the source after `heading` line, split on blank lines; a block made of
/// "- " lines is a list, each bullet its own paragraph. Returns (section, text) pairs, where a
/// block in `headings` starts a new section.
fn source_paragraphs<'a>(
    source: &'a str,
    start_after: &str,
    headings: &[&'a str],
) -> Vec<(Option<&'a str>, &'a str)> {
    let start = source
        .find(start_after)
        .map(|at| at + start_after.len())
        .expect("the start marker is in the source");
    let mut section = headings.iter().copied().find(|h| *h == start_after.trim());
    let mut paragraphs = Vec::new();
    for block in source[start..].split("\n\n") {
        let block = block.trim_matches('\n');
        if block.is_empty() {
            continue;
        }
        if headings.contains(&block) {
            section = headings.iter().copied().find(|h| *h == block);
            continue;
        }
        if block.lines().all(|line| line.starts_with("- ")) {
            paragraphs.extend(block.lines().map(|line| (section, line)));
        } else {
            paragraphs.push((section, block));
        }
    }
    paragraphs
}

fn summary_pairs(brief: &Brief) -> Vec<(Option<&str>, &str)> {
    brief
        .summary
        .iter()
        .map(|p| (p.section.as_deref(), p.text.as_str()))
        .collect()
}

#[test]
fn shipped_quotes_are_exact_substrings_of_the_source() {
    assert_quotes_traced(&shipped());
}

#[test]
fn shipped_summary_is_every_executive_summary_paragraph_in_order() {
    let brief = shipped();
    let expected = source_paragraphs(
        &brief.meta.source,
        "\nExecutive Summary\n",
        &["Executive Summary"],
    );
    assert_eq!(expected.len(), 9, "the source's Executive Summary");
    assert_eq!(summary_pairs(&brief), expected);
}

#[test]
fn corpus_summary_is_every_paragraph_under_its_heading() {
    let brief = corpus();
    // The report's first block is its title, authors and date.
    let header = "Updated April 9, 2026\n";
    let expected = source_paragraphs(
        &brief.meta.source,
        header,
        &["Assessment", "Reactions", "Issues for Congress"],
    );
    assert_eq!(expected.len(), 17);
    assert_eq!(summary_pairs(&brief), expected);
}

#[test]
fn example_and_corpus_quotes_are_traced() {
    assert_quotes_traced(&example());
    assert_quotes_traced(&corpus());
}

#[test]
fn corpus_brief_has_dated_events_figures_and_every_stance() {
    let brief = corpus();
    assert_eq!(brief.meta.published.iso(), "2026-04-09");
    let dates: Vec<String> = brief.timeline.iter().map(|e| e.date.iso()).collect();
    for date in [
        "2025-04/2025-06",
        "2026-02",
        "2026-03",
        "2026-04-07",
        "2026-04-08",
        "2026-04-09",
        "2026-04-11",
        "2015",
    ] {
        assert!(dates.iter().any(|d| d == date), "no event dated {date}");
    }
    for stance in [
        Stance::Supports,
        Stance::Opposes,
        Stance::Seeks,
        Stance::Proposes,
        Stance::Acts,
    ] {
        assert!(
            brief.positions.iter().any(|p| p.stance == stance),
            "no position {stance:?}"
        );
    }
    let displaced = brief
        .figures
        .iter()
        .find(|f| f.id == "f-lebanon-displaced")
        .expect("figure");
    assert_eq!(displaced.hedge.as_deref(), Some("up to"));
    assert_eq!(displaced.display_value(), "up to 1.2 million people");
    assert!((displaced.absolute_value() - 1.2e6).abs() < 1.0);
}
