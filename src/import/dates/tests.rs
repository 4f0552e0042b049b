//! Example tables for the date rules, in the manner of duckling's corpus files: each row is
//! a phrase and the date it must give (ISO form as a brief stores it) and whether it is
//! relative; then phrases that must give nothing.

use super::*;

/// The one date in `phrase`, as (matched text, ISO date, relative).
fn one(phrase: &str) -> (String, String, bool) {
    let found = find(phrase, 0..phrase.len());
    assert_eq!(found.len(), 1, "{phrase:?} gave {found:#?}");
    let m = &found[0];
    (phrase[m.span.clone()].to_string(), m.date.iso(), m.relative)
}

#[test]
fn exact_dates_keep_their_precision() {
    let table = [
        ("On 8 August 2007, they met.", "8 August 2007", "2007-08-08"),
        (
            "On August 8, 2007, they met.",
            "August 8, 2007",
            "2007-08-08",
        ),
        (
            "It ended on the 3rd of May 2021.",
            "3rd of May 2021",
            "2021-05-03",
        ),
        ("Signed Sept. 14, 2020.", "Sept. 14, 2020", "2020-09-14"),
        ("The review in July 2026 matters.", "July 2026", "2026-07"),
        (
            "It was held in April, 2025 again.",
            "April, 2025",
            "2025-04",
        ),
        ("AUSFTA came into force in 2005.", "2005", "2005"),
        ("a 2025 DIA statement", "2025", "2025"),
        ("the plan (2025-2030) says", "2025-2030", "2025/2030"),
        (
            "From 1992 to 2006, China spent",
            "1992 to 2006",
            "1992/2006",
        ),
        (
            "Between 1999 and 2024 (latest data)",
            "1999 and 2024",
            "1999/2024",
        ),
        ("over 2025–30 the plan", "2025–30", "2025/2030"),
        ("in 1999-00 it fell", "1999-00", "1999/2000"),
        (
            "talks (in April-June 2025 and",
            "April-June 2025",
            "2025-04/2025-06",
        ),
        (
            "between March and June 2025 it",
            "March and June 2025",
            "2025-03/2025-06",
        ),
        (
            "from December to February 2026",
            "December to February 2026",
            "2025-12/2026-02",
        ),
        ("funds for FY2026 are", "FY2026", "2026"),
        ("in fiscal year 2025 the", "fiscal year 2025", "2025"),
        ("from FY2025-FY2027 the", "FY2025-FY2027", "2025/2027"),
        (
            "in the first quarter of 2025 the",
            "first quarter of 2025",
            "2025-01/2025-03",
        ),
        ("in Q3 2024 the", "Q3 2024", "2024-07/2024-09"),
        ("since the 1990s the", "1990s", "1990/1999"),
        ("by mid-2025 the", "by mid-2025", "before 2025"),
        ("In early 2026, the", "early 2026", "2026"),
        ("growth in mid-2025 slowed", "mid-2025", "2025"),
        (
            "On Tuesday, April 7, 2026, they met",
            "Tuesday, April 7, 2026",
            "2026-04-07",
        ),
        ("In the mid-2010s, Australia", "mid-2010s", "2010/2019"),
        ("toward the end of 2025 it", "the end of 2025", "2025"),
        (
            "talks on March 5-7, 2025 in Oman",
            "March 5-7, 2025",
            "2025-03-05/2025-03-07",
        ),
        (
            "talks on 5–7 March 2025 in Oman",
            "5–7 March 2025",
            "2025-03-05/2025-03-07",
        ),
        ("Jan. 6, 2021 was a Wednesday", "Jan. 6, 2021", "2021-01-06"),
    ];
    for (phrase, said, iso) in table {
        let (got_said, got_iso, _) = one(phrase);
        assert_eq!(
            (got_said.as_str(), got_iso.as_str()),
            (said, iso),
            "{phrase:?}"
        );
    }
}

#[test]
fn bounds_and_relative_dates() {
    let table = [
        (
            "It has fallen since 2021.",
            "since 2021",
            "after 2021",
            true,
        ),
        ("to reach it by 2035, the", "by 2035", "before 2035", true),
        (
            "Since February 2022, Putin",
            "Since February 2022",
            "after 2022-02",
            true,
        ),
        (
            "It happened before 8 June 2007.",
            "before 8 June 2007",
            "before 2007-06-08",
            true,
        ),
        (
            "through 2034 on defense",
            "through 2034",
            "before 2034",
            true,
        ),
        ("After 1994, trade grew", "After 1994", "after 1994", true),
        ("In March, Hezbollah fired.", "March", "undated", true),
        (
            "In early March, Hezbollah fired.",
            "early March",
            "undated",
            true,
        ),
        ("as of April 9, no text", "April 9", "undated", true),
        ("On 2 May, talks began.", "2 May", "undated", true),
        (
            "in less than three months.",
            "in less than three months",
            "undated",
            true,
        ),
    ];
    for (phrase, said, iso, relative) in table {
        let got = one(phrase);
        assert_eq!(
            (got.0.as_str(), got.1.as_str(), got.2),
            (said, iso, relative),
            "{phrase:?}"
        );
    }
}

#[test]
fn a_yearless_date_takes_the_year_its_sentence_or_paragraph_states() {
    let text =
        "On April 7, 2026, they agreed. Attacks on April 8 followed. In May the talks resumed.";
    let found = find(text, 0..text.len());
    let dates: Vec<String> = found.iter().map(|m| m.date.iso()).collect();
    assert_eq!(dates, ["2026-04-07", "2026-04-08", "2026-05"]);
    assert!(found.iter().all(|m| !m.relative));

    let text = "Trade fell in March and rose in 2024 again.";
    let found = find(text, 0..text.len());
    assert_eq!(found[0].date.iso(), "2024-03");
}

#[test]
fn a_yearless_date_takes_the_year_of_an_earlier_paragraph_with_a_note() {
    let text = "On April 7, 2026, they agreed.\n\nIn early March, Hezbollah fired.";
    let doc = Document {
        text: text.to_string(),
        paragraphs: vec![
            crate::import::Block {
                span: 0..30,
                section: None,
            },
            crate::import::Block {
                span: 32..text.len(),
                section: None,
            },
        ],
        front: Vec::new(),
    };
    let found = in_document(&doc);
    let march = &found[1][0];
    assert_eq!(march.date.iso(), "2026-03");
    let note = march.note.as_deref().unwrap_or_default();
    assert!(
        note.contains("early March") && note.contains("April 7, 2026"),
        "{note}"
    );
}

#[test]
fn an_offset_counts_from_the_date_before_it() {
    let text =
        "On 8 June 2007, Hu met Putin. It was their second meeting in less than three months.";
    let doc = Document {
        text: text.to_string(),
        paragraphs: vec![crate::import::Block {
            span: 0..text.len(),
            section: None,
        }],
        front: Vec::new(),
    };
    let found = in_document(&doc);
    assert_eq!(found[0][1].date.iso(), "before 2007-06-08");
    assert!(found[0][1].relative);
}

#[test]
fn phrases_that_are_not_dates() {
    let table = [
        "Congress may consider the bill.",
        "Iran may differ. May we go?",
        "Protesters March on the capital.",
        "They met on Tuesday and again on Friday.",
        "the 15th Five-Year Plan",
        "on the 15th of the month",
        "it rose 60% in value",
        "under P.L. 117-58 and P.L. 93-148",
        "under Section 232 and Section 1962",
        "sanctions bills (H.R. 2012, H.R. 2570)",
        "Pub. L. No. 111-31, 123 Stat. 1176, 1807 (codified at 21 U.S.C.)",
        "see 33 Stat. 1999 and 118 Stat. 2004, 2016",
        "CRS In Focus IF11175 and IN12640",
        "about 2,000 warheads and 1,550 more",
        "$2025 million was spent",
        "it cost 2025 million dollars",
        "a ratio of 12.2025 was",
        "the F-2000 jet and COVID-19",
        "at 14:30 on the day",
        "up to 150 days",
        "several dozen weapons",
        "the two-week ceasefire",
        "files/2024-12/report and 2024-05-01",
    ];
    for phrase in table {
        let found = find(phrase, 0..phrase.len());
        assert!(found.is_empty(), "{phrase:?} gave {found:#?}");
    }
}

#[test]
fn a_year_inside_a_name_is_not_a_date() {
    for phrase in ["Made in China 2025 is a plan.", "Saudi Vision 2030 goals"] {
        let found = find(phrase, 0..phrase.len());
        assert!(found.is_empty(), "{phrase:?} gave {found:#?}");
    }
    let phrase = "In spring 2025 and In 2026 and By 2030 it grew.";
    let found: Vec<String> = find(phrase, 0..phrase.len())
        .iter()
        .map(|m| m.date.iso())
        .collect();
    assert_eq!(found, ["2025", "2026", "before 2030"]);
    // A year opening a table row is its key, not part of the line above.
    let phrase = "Fiscal Year | DOE Funding\n2015 | $4.3\nSection\n2016 | $2.9";
    let found: Vec<String> = find(phrase, 0..phrase.len())
        .iter()
        .map(|m| m.date.iso())
        .collect();
    assert_eq!(found, ["2015", "2016"]);
}
