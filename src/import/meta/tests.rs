//! Title, authors, series, number and dates found in a report's front matter, by example.
use super::*;
use crate::brief::{BriefDate, Point};
use crate::import::read::from_text;

#[allow(clippy::unnecessary_wraps)] // the table's expected values are options
fn day(year: i32, month: u8, day: u8) -> Option<BriefDate> {
    Some(BriefDate::Point(Point::Day { year, month, day }))
}

type SeriesRow<'a> = (&'a str, Option<(Option<&'a str>, &'a str)>);

#[test]
fn series_lines() {
    let rows: &[SeriesRow] = &[
        (
            "CRS In Focus IF11175",
            Some((Some("CRS In Focus"), "IF11175")),
        ),
        (
            "EAI Background Brief No. 346",
            Some((Some("EAI Background Brief"), "346")),
        ),
        (
            "CRS Insight IN12678",
            Some((Some("CRS Insight"), "IN12678")),
        ),
        (
            "Legal Sidebar LSB11417",
            Some((Some("Legal Sidebar"), "LSB11417")),
        ),
        (
            "Trade Relations Updated April 16, 2026 (IF11175)",
            Some((None, "IF11175")),
        ),
        ("In Focus on trade", None),
        ("(2026)", None),
    ];
    for (text, expected) in rows {
        let got = series_line(text);
        let got = got.as_ref().map(|(s, n)| (s.as_deref(), n.as_str()));
        assert_eq!(got, *expected, "{text}");
    }
}

#[test]
fn names_from_bylines_and_author_fields() {
    assert_eq!(
        split_names("Trachtenberg, Danielle M.; Villarreal, M. Angeles"),
        ["Danielle M. Trachtenberg", "M. Angeles Villarreal"]
    );
    assert_eq!(
        split_names("Jane Doe, John Roe and Ann Poe"),
        ["Jane Doe", "John Roe", "Ann Poe"]
    );
}

#[test]
fn a_plain_text_opening_gives_title_authors_and_date() {
    let doc = from_text(
        "U.S.-Mexico Trade Relations\nDanielle M. Trachtenberg; M. Angeles Villarreal\nUpdated April 16, 2026\n\nThe 119th Congress is engaged in a range of legislative and oversight activities on trade.\n",
    );
    let facts = extract(&doc);
    assert_eq!(facts.title.as_deref(), Some("U.S.-Mexico Trade Relations"));
    assert_eq!(
        facts.authors,
        ["Danielle M. Trachtenberg", "M. Angeles Villarreal"]
    );
    assert_eq!(facts.published, day(2026, 4, 16));
    assert_eq!(facts.series, None, "not stated, not guessed");
    assert_eq!(facts.number, None);
}

#[test]
fn metadata_fields_of_a_saved_page() {
    let doc = crate::import::read::from_markdown(
        "# Recent Developments\n\n**Product Type:** Legal Sidebar\n**Report No.:** LSB11418\n**Publication Date:** 04/15/2026\n\n| **Authors:** | Pepper, Alexander H.; Sykes, Jay B.\n\nThe Act requires parties to mergers to notify the agencies before closing the deal.\n",
    );
    let facts = extract(&doc);
    assert_eq!(facts.title.as_deref(), Some("Recent Developments"));
    assert_eq!(facts.series.as_deref(), Some("Legal Sidebar"));
    assert_eq!(facts.number.as_deref(), Some("LSB11418"));
    assert_eq!(facts.published, day(2026, 4, 15));
    assert_eq!(facts.authors, ["Alexander H. Pepper", "Jay B. Sykes"]);
}

#[test]
fn the_fuller_name_of_a_series_wins_whichever_field_comes_first() {
    for page in [
        "# T\n\n**Product Type:** In Focus\n**Report No.:** IF10753\n\n| **CRS Product Type:** | In Focus\n\nThe body paragraph says something that matters at some length here.\n",
        "# T\n\n**Report No.:** IF10753\n\n| **CRS Product Type:** | In Focus\n\n**Product Type:** In Focus\n\nThe body paragraph says something that matters at some length here.\n",
    ] {
        let facts = extract(&crate::import::read::from_markdown(page));
        assert_eq!(facts.series.as_deref(), Some("CRS In Focus"), "{page}");
        assert_eq!(facts.number.as_deref(), Some("IF10753"), "{page}");
    }
    let text = "T\nProduct Type: In Focus\nCRS In Focus IF10753\n\nThe body paragraph says something that matters at some length here.\n";
    let facts = extract(&from_text(text));
    assert_eq!(facts.series.as_deref(), Some("CRS In Focus"));
    // Two different series: the first stated stands.
    let page = "# T\n\n**Product Type:** Insight\n**Series:** Working Paper\n\nThe body paragraph says something that matters at some length here.\n";
    let facts = extract(&crate::import::read::from_markdown(page));
    assert_eq!(facts.series.as_deref(), Some("Insight"));
}

#[test]
fn a_title_naming_a_month_is_a_title_not_a_date() {
    let doc = crate::import::read::from_markdown(
        "# Circuit Splits from March 2026\n\n**Publication Date:** 04/20/2026\n\n**Civil Rights:** The Eleventh Circuit held that qualified immunity depends on whether the conduct violates clearly established law, the court held at length.\n",
    );
    let facts = extract(&doc);
    assert_eq!(
        facts.title.as_deref(),
        Some("Circuit Splits from March 2026")
    );
    assert_eq!(
        facts.published,
        Some(BriefDate::Point(Point::Day {
            year: 2026,
            month: 4,
            day: 20
        }))
    );
    assert_eq!(
        doc.paragraphs.len(),
        1,
        "a long bold-lead paragraph is body text"
    );
}

#[test]
fn pdf_running_lines_and_author_lists_give_number_series_and_authors() {
    let doc = crate::import::read::compose::compose(
        [
            "U.S.-Iran Ceasefire: Assessment, Reactions, and Issues for Congress",
            "Updated April 9, 2026",
            "CRS INSIGHT",
            "IN12678",
            "Clayton Thomas, Coordinator",
            "Specialist in Middle Eastern Affairs",
            "Jim Zanotti",
            "Specialist in Middle Eastern Affairs",
            "IN12678 · VERSION 4 · UPDATED",
        ]
        .iter()
        .map(|line| crate::import::read::compose::Piece::Front((*line).to_string()))
        .chain([crate::import::read::compose::Piece::Paragraph(
            "On April 7, 2026, the United States and Iran agreed to a ceasefire.".into(),
        )])
        .collect(),
    );
    let facts = extract(&doc);
    assert_eq!(
        facts.title.as_deref(),
        Some("U.S.-Iran Ceasefire: Assessment, Reactions, and Issues for Congress")
    );
    assert_eq!(facts.number.as_deref(), Some("IN12678"));
    assert_eq!(facts.series.as_deref(), Some("CRS Insight"));
    assert_eq!(facts.authors, ["Clayton Thomas", "Jim Zanotti"]);
    assert_eq!(
        code_line("IF11175 · VERSION 11 · UPDATED").as_deref(),
        Some("IF11175")
    );
    assert_eq!(code_line("IF11175 was cited"), None);
    assert_eq!(series_name_line("Insight into trade"), None);
}

#[test]
fn nothing_stated_nothing_found() {
    let doc = from_text("Trade grew by 3% in 2025 as Mexico became the top partner of the U.S.\n");
    assert_eq!(extract(&doc), MetaFacts::default());
}
