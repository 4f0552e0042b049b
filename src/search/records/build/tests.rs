//! Records built in parts against whole, originals kept as capitals, document order.
use super::*;
use crate::brief::load_embedded;

/// Everything a search reads of the records, one line a record.
fn described(records: &Records) -> Vec<String> {
    records
        .records
        .iter()
        .map(|record| {
            let entries: Vec<String> = records
                .entries(record)
                .iter()
                .map(|entry| {
                    let folded = records.folded(entry);
                    let map = (0..folded.text.chars().count())
                        .map(|at| folded.original(at))
                        .collect::<Vec<_>>();
                    format!(
                        "{:?} {:?} {:?} {map:?}",
                        entry.field,
                        records.text(entry),
                        folded.text
                    )
                })
                .collect();
            format!(
                "{:?} {} {:?} {:?} {:?} {:?} {} {entries:?}",
                record.item,
                records.id(record),
                records.actors_of(record),
                records.themes_of(record),
                records.own_folded(record),
                records.with_id(&records.folded[record.id_folded.range()]),
                record.mask,
            )
        })
        .collect()
}

#[test]
fn records_built_in_parts_are_the_records_built_whole() {
    let brief = load_embedded().expect("the embedded brief loads");
    let whole = Records::in_parts(&brief, 1);
    assert_eq!(whole.records.len(), Items::of(&brief).len());
    for threads in [2, 3, 7] {
        let parts = Records::in_parts(&brief, threads);
        assert_eq!(described(&parts), described(&whole), "{threads} parts");
        let names = |records: &Records| {
            (0..records.actor_count())
                .flat_map(|a| {
                    records
                        .actor(to_u32(a))
                        .iter()
                        .map(|e| records.text(e).to_string())
                })
                .chain((0..records.theme_count()).filter_map(|t| {
                    records
                        .theme(to_u32(t))
                        .map(|e| records.text(e).to_string())
                }))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&parts), names(&whole));
    }
}

#[test]
fn originals_kept_as_capitals_are_rebuilt_exactly() {
    let mut brief = load_embedded().expect("the embedded brief loads");
    let texts = [
        "Plain words, Capitals and U.S. initials",
        "A TITLE IN CAPITALS",
        "Zürich and Москва, “quoted”",
        "two  spaces\tand a tab",
        "",
    ];
    for (paragraph, text) in brief.summary.iter_mut().zip(texts) {
        paragraph.text = text.to_string();
    }
    let records = Records::of(&brief);
    let mut kinds = (0, 0);
    for (record, paragraph) in records.records.iter().zip(&brief.summary) {
        let entry = &records.entries(record)[0];
        assert_eq!(records.text(entry), paragraph.text);
        match entry.text {
            Original::Capitals(_) => kinds.0 += 1,
            Original::Stored(_) => kinds.1 += 1,
        }
    }
    assert!(
        matches!(records.original_of(&records.entries(&records.records[0])[0]),
            super::super::OriginalRef::Capitals { at, .. } if at == [0, 13, 26, 28]),
        "the first keeps only where its capitals are"
    );
    assert!(kinds.0 > 0 && kinds.1 >= 3, "{kinds:?}");
}

#[test]
fn items_are_numbered_in_document_order() {
    let brief = load_embedded().expect("the embedded brief loads");
    let items = Items::of(&brief);
    let first_event = brief.summary.len();
    assert_eq!(
        items.at(0),
        ItemRef {
            section: Section::Summary,
            index: 0
        }
    );
    assert_eq!(
        items.at(first_event),
        ItemRef {
            section: Section::Timeline,
            index: 0
        }
    );
    assert_eq!(items.at(items.len() - 1).section, Section::Themes);
}
