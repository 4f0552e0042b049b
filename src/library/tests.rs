//! The library's API on temporary folders: refresh, search, id resolution, and the report
//! seam with a fake importer.

use std::fs;
use std::path::Path;

use super::*;
use crate::brief::Stance;
use crate::brief::load::Format;

const V1: &str = include_str!("../../tests/fixtures/library/taiwan-v1.toml");
const V2: &str = include_str!("../../tests/fixtures/library/taiwan-v2.toml");

fn library_with(files: &[(&str, &str)]) -> (tempfile::TempDir, Library) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in files {
        fs::write(folder.path().join(name), text).expect("write a brief");
    }
    let library = Library::open(folder.path()).expect("open");
    (folder, library)
}

#[test]
fn refresh_counts_files_added_changed_and_removed() {
    let (folder, mut library) = library_with(&[("a.toml", V1), ("b.toml", V2)]);
    assert!(matches!(library.index_location(), IndexLocation::File(_)));
    assert_eq!(
        library.refresh().expect("refresh"),
        Refresh {
            unchanged: 2,
            ..Refresh::default()
        }
    );
    fs::write(
        folder.path().join("a.toml"),
        V1.replace("Arms Sales", "Arms"),
    )
    .expect("edit");
    fs::remove_file(folder.path().join("b.toml")).expect("remove");
    fs::write(folder.path().join("c.toml"), V2).expect("add");
    let refresh = library.refresh().expect("refresh");
    assert_eq!((refresh.added, refresh.changed, refresh.removed), (1, 1, 1));
    let titles: Vec<String> = library
        .entries()
        .expect("entries")
        .into_iter()
        .filter_map(|entry| entry.summary.map(|summary| summary.title))
        .collect();
    assert_eq!(titles, ["Taiwan: Arms", "Taiwan: Arms Sales"]);
}

#[test]
fn a_touched_file_with_the_same_bytes_is_not_reindexed() {
    let (folder, mut library) = library_with(&[("a.toml", V1)]);
    fs::write(folder.path().join("a.toml"), V1).expect("rewrite the same bytes");
    let refresh = library.refresh().expect("refresh");
    assert_eq!((refresh.changed, refresh.unchanged), (0, 1));
}

#[test]
fn search_finds_items_by_prefix_across_briefs_best_first() {
    let (_folder, library) = library_with(&[("a.toml", V1), ("b.toml", V2)]);
    let hits = library.search("howitz", 10).expect("search");
    let found: Vec<(&str, &str)> = hits
        .iter()
        .map(|hit| (hit.brief.as_str(), hit.item.as_str()))
        .collect();
    // The events whose title, detail and quote all say it rank above the paragraphs.
    assert_eq!(
        found[..2],
        [("a", "e-approval"), ("b", "e-approval")],
        "{hits:?}"
    );
    assert!(found.contains(&("a", "p1")) && found.contains(&("b", "e-cancel")));
    assert!(!found.iter().any(|(_, item)| item.starts_with('f')));
    assert!(hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
    let cancel = library.search("cancel purchase", 10).expect("search");
    assert!(
        cancel
            .iter()
            .any(|hit| hit.brief == "b" && hit.item == "e-cancel")
    );
    assert!(cancel.iter().all(|hit| hit.brief == "b"));
    assert!(library.search("  ", 10).expect("search").is_empty());
    assert!(library.search("zeppelin", 10).expect("search").is_empty());
}

#[test]
fn ids_resolve_qualified_unique_or_to_their_candidates() {
    let (_folder, library) = library_with(&[("a.toml", V1), ("b.toml", V2)]);
    let qualified = |brief: &str, item: &str| QualifiedId {
        brief: brief.to_string(),
        item: item.to_string(),
    };
    assert_eq!(
        library.resolve("e-cancel").expect("resolve"),
        Resolution::Found(qualified("b", "e-cancel"))
    );
    assert_eq!(
        library.resolve("a/f-sales-2020").expect("resolve"),
        Resolution::Found(qualified("a", "f-sales-2020"))
    );
    assert_eq!(
        library.resolve("f-sales-2020").expect("resolve"),
        Resolution::Ambiguous(vec![
            qualified("a", "f-sales-2020"),
            qualified("b", "f-sales-2020")
        ])
    );
    assert_eq!(
        library.resolve("a/e-cancel").expect("resolve"),
        Resolution::NotFound
    );
    assert_eq!(
        library.resolve("nope").expect("resolve"),
        Resolution::NotFound
    );
}

#[test]
fn load_reads_the_brief_from_its_file_and_names_an_unknown_id() {
    let (_folder, library) = library_with(&[("a.toml", V1)]);
    assert_eq!(
        library.load("a").expect("load").meta.number.as_deref(),
        Some("IF99001")
    );
    let error = library.load("zz").expect_err("no such brief");
    assert!(error.to_string().contains("zz: no such brief"), "{error}");
}

#[test]
fn a_report_goes_through_the_importer_given_and_is_named_by_its_series() {
    let (folder, mut library) = library_with(&[]);
    let report = folder.path().join("notes.md");
    fs::write(&report, "# Notes").expect("write a report");
    let fake = |path: &Path| -> Result<Brief, LibraryError> {
        assert!(path.ends_with("notes.md"));
        Ok(brief::load_str(V2, Format::Toml, "fake", &|_| {
            Ok(String::new())
        })?)
    };
    let Added::New(entry) = library.add_with(&report, &fake).expect("add") else {
        panic!("the report was refused");
    };
    assert_eq!(entry.id, "crs-in-focus-if99001");
    assert!(entry.file.extension().is_some_and(|ext| ext == "toml"));
    assert_eq!(
        library.add_with(&report, &fake).expect("add"),
        Added::Duplicate {
            existing: "crs-in-focus-if99001".to_string()
        }
    );
    // The real importer refuses a report with no body, naming the file.
    let real = library
        .add(&report)
        .expect_err("a heading alone is no report");
    assert!(real.to_string().contains("notes.md"), "{real}");
}

#[test]
fn diff_of_a_reordered_brief_is_empty() {
    let old = brief::load_embedded().expect("embedded brief");
    let mut new = old.clone();
    new.figures.reverse();
    new.positions.reverse();
    new.actors.reverse();
    let found = diff(&old, &new);
    assert!(found.changes.is_empty(), "{:?}", found.changes);
    assert!(found.meta.is_empty());
}

#[test]
fn diff_matches_a_renamed_figure_by_quote_and_reports_its_value_and_a_stance() {
    let old = brief::load_embedded().expect("embedded brief");
    let mut new = old.clone();
    // The 2006 trade figure is revised and renamed; its quote and meaning still match it.
    let index = new
        .figures
        .iter()
        .position(|f| f.id == "f-trade-2006")
        .expect("f-trade-2006");
    new.figures[index].value = 35.0;
    new.figures[index].id = "f-trade-2006-revised".to_string();
    let stance = new.positions[0].stance;
    new.positions[0].stance = if stance == Stance::Opposes {
        Stance::Supports
    } else {
        Stance::Opposes
    };
    let found = diff(&old, &new);
    let summary: Vec<(ChangeKind, Section, Vec<&str>)> = found
        .changes
        .iter()
        .map(|change| {
            let fields = change.fields.iter().map(|field| field.field).collect();
            (change.kind, change.section, fields)
        })
        .collect();
    assert_eq!(
        summary,
        [
            (ChangeKind::Changed, Section::Figures, vec!["value"]),
            (ChangeKind::Changed, Section::Positions, vec!["stance"]),
        ]
    );
    let figure = &found.changes[0];
    assert_eq!(
        figure.old.as_ref().map(|side| side.id.as_str()),
        Some("f-trade-2006")
    );
    assert_eq!(
        figure.new.as_ref().map(|side| side.id.as_str()),
        Some("f-trade-2006-revised")
    );
    assert_eq!(figure.fields[0].new, "US$35 billion");
}

#[test]
fn an_actor_is_found_in_every_brief_by_name_or_alias() {
    let (_folder, library) = library_with(&[("a.toml", V1), ("b.toml", V2)]);
    let china = |brief: &str| QualifiedId {
        brief: brief.to_string(),
        item: "china".to_string(),
    };
    assert_eq!(
        library.actors_named("beijing").expect("by alias"),
        [china("a"), china("b")]
    );
    assert_eq!(
        library.actors_named("China").expect("by name"),
        [china("a"), china("b")]
    );
    assert!(library.actors_named("Chin").expect("no prefix").is_empty());
}

#[test]
fn newest_first_puts_dated_briefs_by_date_then_undated_then_broken() {
    let entry = |id: &str, published: Option<&str>| Entry {
        id: id.to_string(),
        file: PathBuf::from(format!("{id}.toml")),
        summary: published.map(|published| Summary {
            title: id.to_string(),
            published: published.to_string(),
            series: None,
            number: None,
            counts: Counts::default(),
        }),
        problems: if published.is_none() {
            vec![format!("{id}.toml:1:1: broken")]
        } else {
            Vec::new()
        },
    };
    let mut entries = [
        entry("broken", None),
        entry("old", Some("2007-08-08")),
        entry("undated", Some("undated")),
        entry("span", Some("2019/2024-05")),
        entry("new", Some("2026-04-23")),
        entry("month", Some("2026-04")),
        entry("before", Some("before 2020-01-01")),
        entry("also-new", Some("2026-04-23")),
    ];
    entries.sort_by(newest_first);
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "also-new", "new", "month", "span", "before", "old", "undated", "broken"
        ]
    );
}
