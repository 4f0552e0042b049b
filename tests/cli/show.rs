//! `briefing show SECTION`: every item of each section, within 80 columns, as text and JSON.

use super::*;

#[test]
fn show_prints_every_item_of_each_section_within_80_columns() {
    let export = export();
    for section in SECTIONS {
        let text = ok(&["show", section]);
        assert_fits(&text, 80);
        assert_plain(&text);
        for id in ids_of(&export[section]) {
            assert!(
                text.split_whitespace().any(|word| word == id),
                "show {section} lacks {id}"
            );
        }
    }
}

#[test]
fn show_json_is_the_section_as_exported() {
    let export = export();
    for section in SECTIONS {
        assert_eq!(
            json(&["show", section, "--json"]),
            export[section],
            "{section}"
        );
    }
}

#[test]
fn show_timeline_groups_by_year_in_order_and_marks_inexact_dates() {
    let text = ok(&["show", "timeline"]);
    let headings: Vec<&str> = text
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with(' '))
        .collect();
    assert_eq!(headings, ["1992", "2006", "2007", "Undated"]);
    // Dates keep their precision: a month stays a month, a span a span.
    assert!(text.contains("Jul 2007"));
    assert!(text.contains("1992–2006"));
    let relative = text
        .lines()
        .find(|line| line.contains("before 8 Jun 2007"))
        .expect("the relative date is shown");
    assert!(relative.contains('~'), "inexact date unmarked: {relative}");
    assert!(
        text.contains("less than three months"),
        "the reason is given"
    );
}

#[test]
fn show_figures_is_a_table_with_aligned_values() {
    let text = ok(&["show", "figures"]);
    let lines: Vec<&str> = text.lines().collect();
    let value_column = lines[0].find("value").expect("a header row");
    for value in ["US$6 billion", "US$33.4 billion", "about 2%", "2 meetings"] {
        let line = lines
            .iter()
            .find(|line| line.contains(value))
            .unwrap_or_else(|| panic!("{value} missing"));
        assert_eq!(line.find(value), Some(value_column), "{line}");
    }
}

#[test]
fn show_actors_counts_the_items_naming_each() {
    let export = export();
    let text = ok(&["show", "actors"]);
    let named = |actor: &str| {
        ["timeline", "figures", "positions"]
            .iter()
            .flat_map(|section| export[*section].as_array().unwrap())
            .filter(|item| {
                item["actors"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a == actor)
            })
            .count()
    };
    for actor in ["china", "putin", "iran"] {
        let line = text
            .lines()
            .find(|line| line.starts_with(&format!("{actor} ")))
            .unwrap();
        assert!(
            line.split_whitespace()
                .any(|word| word == named(actor).to_string()),
            "{line} should count {}",
            named(actor)
        );
    }
}
