//! Example lines and blocks for the page rules: debris, metadata fields, table rows.

use super::*;

fn line(text: &str, link_chars: usize) -> Line {
    Line {
        text: text.to_string(),
        plain: text.to_string(),
        link_chars,
        bold_key: false,
    }
}

#[test]
fn inline_scripts_are_skipped_to_their_closing_brace() {
    let blocks = vec![
        Block {
            kind: Kind::Paragraph,
            lines: vec![line("$(function () {", 0), line("var x = {", 0)],
        },
        Block {
            kind: Kind::Paragraph,
            lines: vec![line("enabled: true,", 0), line("};", 0), line("});", 0)],
        },
        Block {
            kind: Kind::Paragraph,
            lines: vec![line(
                "The report resumes here with a sentence of body text.",
                0,
            )],
        },
    ];
    assert_eq!(
        pieces(&blocks),
        [Piece::Paragraph(
            "The report resumes here with a sentence of body text.".into()
        )]
    );
}

#[test]
fn barred_lines_are_table_rows_but_numbered_notes_are_not() {
    for line in [
        "| $0 to $24,800 | 10% of the amount over $0 ",
        "Program | FY2025 | FY2026",
        "| 2005 | $25 million",
    ] {
        assert!(is_table_row(line), "{line}");
    }
    for line in [
        "| Standard Deduction: ",
        "| U.S. Department of Agriculture's Physical Footprint",
        "| 57. | Indirect costs, also known as overhead costs, fund the infrastructure.",
        "| 3. | See CRS Report R48540.",
        "Exports | grew fast this year",
        "Plain prose without bars.",
    ] {
        assert!(!is_table_row(line), "{line}");
    }
}

#[test]
fn key_value_rows_listing_items_are_fields() {
    for text in [
        "Referenced Legislation: | H. Rept. 119-215; S. Rept. 119-46; H.R. 1443; S. 1460; P.L.101-549; P.L.109-58; P.L.114-11",
        "Topics: | Appropriations; Defense & Intelligence; Energy & Natural Resources; Science & Technology",
        "Authors: | Angert, Joe; Blevins, Emily G.; Gallo, Marcy E.; Harris, Laurie",
    ] {
        assert!(is_field_list(text), "{text}");
    }
    for text in [
        // Prose after the key, with or without a cell bar.
        "Source: | Congressional Research Service (CRS) tabulation of data from the Census Bureau; see notes.",
        "Requirement to align with CEDS or equivalent: | Funded projects must be part of a CEDS; the agency reviews each plan against its own criteria every year.",
        // A list, but not in a key-value row.
        "Notes: GAO = Government Accountability Office; MOC = memorandum of cooperation; MOU = memorandum of understanding",
        // A table row of figures whose value holds semicolons.
        "Personal Exemption: | $0 (Suspended through 2025; permanently repealed starting in 2026) Standard Deduction: Joint | $29,200",
        "No key here | a; b; c",
    ] {
        assert!(!is_field_list(text), "{text}");
    }
}

#[test]
fn debris_lines() {
    assert!(is_debris(&line("Download PDF (272KB)", 0)));
    assert!(is_debris(&line("CitationSubscribeShare/Save", 27)));
    assert!(is_debris(&line("Home > CRS Products > IF11175", 0)));
    assert!(is_debris(&line(
        "April 16, 2026 (IF11175 - Version: 11)",
        0
    )));
    assert!(is_debris(&line(" | ", 0)));
    assert!(!is_debris(&line(
        "Mexico has a population of 132 million people, making it populous.",
        6
    )));
    assert!(!is_debris(&line("Background", 0)));
    assert!(is_debris(&line(
        "Created with Highcharts 11.4.6DomesticForeign194519471949195119531955195719591961",
        0
    )));
    assert!(is_debris(&line(
        "Note 19451947194919511953195519571959196119631965196719691971197319751977",
        0
    )));
}
