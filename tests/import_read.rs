//! Reading reports into documents, on the fixtures copied from the corpus: what becomes a
//! paragraph, a heading or front matter, what is dropped, and the meta each kind states.

use std::path::{Path, PathBuf};

use briefing::brief::{BriefDate, Point};
use briefing::import::read::{from_text, read_file};
use briefing::import::{Document, ImportError, import_file, meta};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn paragraphs(doc: &Document) -> Vec<&str> {
    doc.paragraphs
        .iter()
        .map(|block| &doc.text[block.span.clone()])
        .collect()
}

fn day(year: i32, month: u8, day: u8) -> BriefDate {
    BriefDate::Point(Point::Day { year, month, day })
}

fn assert_spans_are_slices(doc: &Document) {
    for block in &doc.paragraphs {
        let text = &doc.text[block.span.clone()];
        assert!(!text.trim().is_empty() && text.trim() == text, "{text:?}");
    }
    for span in &doc.front {
        assert!(doc.text.get(span.clone()).is_some());
    }
}

#[test]
fn plain_text_front_matter_sections_and_meta() {
    let doc = read_file(&fixture("03-us-iran-ceasefire.txt")).expect("the text reads");
    assert_spans_are_slices(&doc);
    let paragraphs = paragraphs(&doc);
    assert!(paragraphs[0].starts_with("On April 7, 2026, the United States and Iran"));
    assert!(
        !paragraphs.iter().any(|p| p.starts_with("Updated April 9")),
        "front matter"
    );
    let assessment = doc
        .paragraphs
        .iter()
        .find(|block| doc.text[block.span.clone()].starts_with("Issues of potential"))
        .expect("the paragraph is there");
    assert_eq!(assessment.section.as_deref(), Some("Assessment"));
    let facts = meta::extract(&doc);
    assert_eq!(
        facts.title.as_deref(),
        Some("U.S.-Iran Ceasefire: Assessment, Reactions, and Issues for Congress")
    );
    assert_eq!(
        facts.authors,
        ["Christopher M. Blanchard", "Clayton Thomas", "Jim Zanotti"]
    );
    assert_eq!(facts.published, Some(day(2026, 4, 9)));
    assert_eq!(facts.series, None, "the text does not state it");
}

#[test]
fn a_saved_page_keeps_the_report_and_drops_the_site() {
    let doc = read_file(&fixture("IN12682v2-kings-and-queens.md")).expect("the page reads");
    assert_spans_are_slices(&doc);
    let paragraphs = paragraphs(&doc);
    for debris in [
        "Download PDF",
        "Version:",
        "crs-product/IN12682",
        "Disclaimer",
        "Listen",
        "Subscribe",
        "**",
    ] {
        assert!(
            !paragraphs.iter().any(|p| p.contains(debris)),
            "{debris} in a paragraph"
        );
    }
    assert!(paragraphs[0].starts_with("On April 1, 2026, Speaker of the House"));
    let table = paragraphs
        .iter()
        .find(|p| p.starts_with("Date | Monarch | Country"))
        .expect("the table is one paragraph");
    assert!(table.lines().count() > 5, "one row a line");
    let facts = meta::extract(&doc);
    assert_eq!(
        facts.title.as_deref(),
        Some("Kings and Queens Addressing Joint Meetings of Congress")
    );
    assert_eq!(facts.number.as_deref(), Some("IN12682"));
    assert_eq!(facts.published, Some(day(2026, 4, 23)));
    assert_eq!(facts.authors, ["Jacob R. Straus"]);
}

#[test]
fn a_two_column_pdf_reads_in_order_without_running_matter() {
    let doc = read_file(&fixture("IF11175.11.pdf")).expect("the PDF reads");
    assert_spans_are_slices(&doc);
    let paragraphs = paragraphs(&doc);
    let all = paragraphs.join("\n");
    assert!(
        all.contains("The U.S. trade balance in goods with Mexico went from a surplus"),
        "the paragraph continues from the left column into the right one"
    );
    assert!(
        all.contains("U.S.-Mexico-Canada Agreement (USMCA)"),
        "U.S.- + Mexico keeps its hyphen"
    );
    for running in [
        "crsreports.congress.gov",
        "IF11175",
        "These documents were prepared",
        "This document was prepared",
    ] {
        assert!(!all.contains(running), "{running}");
    }
    let economy = doc
        .paragraphs
        .iter()
        .find(|block| doc.text[block.span.clone()].starts_with("Mexico has a population"))
        .expect("the sidebar paragraph is there");
    assert_eq!(economy.section.as_deref(), Some("Mexico’s Economy"));
    let facts = meta::extract(&doc);
    assert_eq!(facts.title.as_deref(), Some("U.S.-Mexico Trade Relations"));
    assert_eq!(facts.published, Some(day(2026, 4, 16)));
}

#[test]
fn the_pdf_and_the_text_of_one_report_give_the_same_paragraphs() {
    let pdf = read_file(&fixture("IF11175.11.pdf")).expect("the PDF reads");
    let words = |text: &str| -> String {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let pdf_words = words(&paragraphs(&pdf).join(" "));
    // Paragraphs of the text version of IF11175 (the corpus's 01-us-mexico-trade.txt).
    for paragraph in [
        "In 2024, Mexico surpassed Canada as the top U.S. trading partner in goods and services, and in 2025 maintained this position, with $976.1 billion in total goods and services trade (exports plus imports) with the United States.",
        "Mexico was the top U.S. trading partner in goods in 2025, with total goods trade valued at $872.8 billion, followed by Canada and China.",
    ] {
        assert!(pdf_words.contains(&words(paragraph)), "{paragraph}");
    }
}

#[test]
fn control_characters_and_separators_are_gone_before_extraction() {
    let doc = from_text(
        "Title Line\r\n\r\nA first\u{2028}paragraph with a bell\u{7} and an escape\u{1b}[31m in it, long enough to be body text.\u{2029}Second paragraph of the body, which is also long enough.\n",
    );
    assert!(
        !doc.text
            .contains(['\r', '\u{7}', '\u{1b}', '\u{2028}', '\u{2029}'])
    );
    assert_eq!(doc.paragraphs.len(), 2, "{:?}", doc.text);
}

#[test]
fn a_page_of_debris_only_has_no_paragraphs() {
    let dir = std::env::temp_dir().join(format!("briefing-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("the temporary folder is writable");
    let page = dir.join("chrome.md");
    std::fs::write(
        &page,
        "[Home](/) > [Products](/p)\n\n[Download PDF](/x.pdf)\n",
    )
    .expect("writable");
    let error = read_file(&page).expect_err("nothing to import");
    assert!(matches!(error, ImportError::NoParagraphs { .. }), "{error}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_imported_brief_is_marked_and_valid() {
    let brief = import_file(&fixture("IN12682v2-kings-and-queens.md")).expect("imports");
    assert_eq!(brief.meta.origin.as_deref(), Some("import"));
    for paragraph in &brief.summary {
        assert!(brief.meta.source.contains(&paragraph.text));
    }
}
