//! The merge rules, on the fixture briefs and the embedded No. 346.

use super::*;
use crate::brief::{load_embedded, load_file};

fn fixture(path: &str) -> Brief {
    load_file(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(path),
    )
    .expect("fixture loads")
}

fn three() -> Merged {
    merge(vec![
        ("taiwan-v1".to_string(), fixture("library/taiwan-v1.toml")),
        ("us-iran".to_string(), fixture("us-iran-ceasefire.toml")),
        (
            "eai-346".to_string(),
            load_embedded().expect("embedded brief loads"),
        ),
    ])
}

#[test]
fn merged_timeline_is_in_date_order_and_every_row_names_its_brief() {
    let merged = three();
    let events = &merged.brief.timeline;
    assert!(events.len() > 10);
    assert!(events.windows(2).all(|w| w[0].date <= w[1].date));
    for (index, event) in events.iter().enumerate() {
        let (brief, original) = merged.origin(Section::Timeline, index).expect("origin");
        assert_eq!(event.id, qualify(brief, original));
        assert!(event.title.starts_with(&format!("{brief}{BRIEF_MARK}")));
    }
    // No. 346 came last but its events (from 1949) come first, and the briefs interleave
    // rather than following one another: more than two changes of brief down the list.
    assert!(events[0].id.starts_with("eai-346/"));
    let brief_of =
        |e: &crate::brief::TimelineEvent| e.id.split_once('/').map(|(b, _)| b.to_string());
    let changes = events
        .windows(2)
        .filter(|w| brief_of(&w[0]) != brief_of(&w[1]))
        .count();
    assert!(changes > 2, "{changes} changes of brief");
}

#[test]
fn every_quote_stays_a_substring_of_the_merged_source() {
    let merged = three();
    let brief = &merged.brief;
    let quotes = brief
        .timeline
        .iter()
        .map(|e| &e.quote)
        .chain(brief.figures.iter().map(|f| &f.quote))
        .chain(brief.positions.iter().map(|p| &p.quote));
    for quote in quotes {
        assert!(brief.meta.source.contains(quote.as_str()), "{quote}");
    }
}

#[test]
fn an_actor_is_merged_across_briefs_by_name_and_by_alias() {
    let merged = three();
    let actors = &merged.brief.actors;
    let china: Vec<_> = actors.iter().filter(|a| a.name == "China").collect();
    assert_eq!(china.len(), 1, "China once across three briefs");
    // us-iran's "the Administration" is an alias of taiwan-v1's United States.
    let us = actors
        .iter()
        .find(|a| a.name == "United States")
        .expect("US");
    assert_eq!(us.id, "taiwan-v1/us");
    assert!(us.aliases.iter().any(|a| a == "the Administration"));
    assert!(!actors.iter().any(|a| a.name == "the Administration"));
    // Events of both briefs now name the one merged actor.
    let briefs_naming_us: std::collections::BTreeSet<_> = merged
        .brief
        .timeline
        .iter()
        .filter(|e| e.actors.contains(&us.id))
        .filter_map(|e| e.id.split_once('/').map(|(b, _)| b))
        .collect();
    assert!(briefs_naming_us.contains("taiwan-v1"));
    assert!(briefs_naming_us.contains("us-iran"));
}

#[test]
fn references_point_at_merged_items() {
    let merged = three();
    let brief = &merged.brief;
    let actor_ids: std::collections::HashSet<_> = brief.actors.iter().map(|a| &a.id).collect();
    let paragraph_ids: std::collections::HashSet<_> = brief.summary.iter().map(|p| &p.id).collect();
    for position in &brief.positions {
        assert!(
            position.actors.iter().all(|a| actor_ids.contains(a)),
            "{}",
            position.id
        );
    }
    for event in &brief.timeline {
        assert!(
            event.actors.iter().all(|a| actor_ids.contains(a)),
            "{}",
            event.id
        );
        if let Some(p) = &event.paragraph {
            assert!(paragraph_ids.contains(p), "{p}");
        }
    }
}

#[test]
fn figures_with_the_same_label_and_unit_form_one_series_across_briefs() {
    let merged = merge(vec![
        ("v1".to_string(), fixture("library/taiwan-v1.toml")),
        ("v2".to_string(), fixture("library/taiwan-v2.toml")),
    ]);
    let sales: Vec<_> = merged
        .brief
        .figures
        .iter()
        .filter(|f| f.label.ends_with("U.S. arms sales to Taiwan"))
        .collect();
    assert_eq!(sales.len(), 2);
    assert_eq!(sales[0].series, sales[1].series);
    assert!(sales[0].series.is_some());
    assert!(sales[0].label.starts_with("v1 · "));
    assert!(sales[1].label.starts_with("v2 · "));
}

#[test]
fn one_brief_alone_keeps_its_own_series_qualified() {
    let merged = merge(vec![(
        "eai-346".to_string(),
        load_embedded().expect("loads"),
    )]);
    let own = load_embedded().expect("loads");
    for (merged, own) in merged.brief.figures.iter().zip(&own.figures) {
        assert_eq!(
            merged.series,
            own.series.as_ref().map(|s| qualify("eai-346", s))
        );
    }
    assert_eq!(merged.brief.meta.subtitle.as_deref(), Some("1 brief"));
}

#[test]
fn no_briefs_merge_into_an_empty_brief() {
    let merged = merge(Vec::new());
    assert!(merged.brief.timeline.is_empty());
    assert_eq!(merged.brief.meta.published, BriefDate::Undated);
}

#[test]
fn the_unmarked_merge_is_the_merge_before_its_rows_are_marked() {
    let briefs = || {
        vec![
            ("taiwan-v1".to_string(), fixture("library/taiwan-v1.toml")),
            (
                "eai-346".to_string(),
                load_embedded().expect("embedded brief loads"),
            ),
        ]
    };
    let mut unmarked = merge_unmarked(briefs());
    let mark = |id: &str| format!("{}{BRIEF_MARK}", id.split_once('/').unwrap().0);
    let plain = &unmarked.brief;
    assert!(
        plain
            .timeline
            .iter()
            .all(|e| !e.title.starts_with(&mark(&e.id)))
    );
    assert!(
        plain
            .figures
            .iter()
            .all(|f| !f.label.starts_with(&mark(&f.id)))
    );
    assert!(
        plain
            .positions
            .iter()
            .all(|p| !p.issue.starts_with(&mark(&p.id)))
    );
    assert!(
        plain
            .summary
            .iter()
            .filter(|p| p.id.starts_with("taiwan-v1/"))
            .all(|p| p.section.is_none()),
        "a paragraph keeps the section its brief gave, none here, for the search index"
    );
    assert!(
        plain
            .timeline
            .iter()
            .any(|e| e.title == "Howitzer sale approved")
    );
    mark_rows(&mut unmarked);
    assert!(
        unmarked
            .brief
            .summary
            .iter()
            .filter(|p| p.id.starts_with("taiwan-v1/"))
            .all(|p| p.section.as_deref() == Some("taiwan-v1 · Taiwan: Arms Sales")),
        "shown, a paragraph without a section is under its brief's title"
    );
    assert_eq!(unmarked, merge(briefs()));
}
