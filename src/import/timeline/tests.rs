//! Example tables for the timeline: sentences and the events (date, title) they must give,
//! and sentences that must give none.

use super::title::TITLE_MAX;
use super::*;
use crate::import::Block;

/// A document whose paragraphs are the blank-line separated parts of `text`.
fn doc(text: &str) -> Document {
    let mut paragraphs = Vec::new();
    let mut at = 0;
    for part in text.split("\n\n") {
        paragraphs.push(Block {
            span: at..at + part.len(),
            section: None,
        });
        at += part.len() + 2;
    }
    Document {
        text: text.to_string(),
        paragraphs,
        front: Vec::new(),
    }
}

fn dates_of(text: &str) -> Vec<String> {
    extract(&doc(text), None)
        .iter()
        .map(|e| e.date.iso())
        .collect()
}

#[test]
fn sentences_and_their_events() {
    let table: &[(&str, &[&str])] = &[
        (
            "On 8 June 2007, Hu met Putin in Heiligendamm.",
            &["2007-06-08"],
        ),
        (
            "Hu will meet Putin again in August 2007 in Kyrgyzstan.",
            &["2007-08"],
        ),
        (
            "From 1992 to 2006, China was reported to have spent about US$250 billion on arms.",
            &["1992/2006"],
        ),
        (
            "Talks (in April-June 2025 and February 2026) stalled.",
            &["2025-04/2025-06", "2026-02"],
        ),
        ("NAFTA entered into force in 1994.", &["1994"]),
        ("In 2005, AUSFTA took effect.", &["2005"]),
        (
            "In 2024, Mexico surpassed Canada as the top U.S. trading partner.",
            &["2024"],
        ),
        ("FDI in China has been falling since 2021.", &["after 2021"]),
        (
            "In February 2026, the Administration initiated two investigations.",
            &["2026-02"],
        ),
        (
            "Four similar measures were rejected by the House and Senate in March 2026.",
            &["2026-03"],
        ),
        ("The plan targets growth by 2035.", &["before 2035"]),
        ("Funds for FY2026 were appropriated by Congress.", &["2026"]),
        (
            "In March, Hezbollah started firing into Israel.",
            &["undated"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(dates_of(text), *want, "{text:?}");
    }
}

#[test]
fn statistic_periods_are_not_events() {
    for text in [
        "In 2024, trade was $840 billion.",
        "Mexico's GDP was $1.8 trillion in 2025, compared to the U.S. GDP of $31.7 trillion.",
        "Mexico's real GDP grew by 0.6% in 2025 and is forecast to grow by 1.5% in 2026.",
        "The balance went from a surplus of $1.7 billion in 1993 to a deficit of $171.5 billion in 2025.",
        "China accounted for about $710 million in 2024.",
        "Sources: EIU, accessed by CRS on April 8, 2026; U.S. International Trade Administration.",
        "In FY2025, 93% of SNAP spending was for the benefits themselves.",
        "In 2024, about 40% of imports came by sea.",
    ] {
        assert_eq!(dates_of(text), Vec::<String>::new(), "{text:?}");
    }
}

#[test]
fn sources_captions_and_table_rows_are_not_events() {
    for text in [
        "Source: U.S. Mint, \"1976 Bicentennial Coins,\" image emailed to the author, August 27, 2021.",
        "Notes: Amounts for FY2026 are estimates.",
        "Figure 3 shows an image of the 1976 Bicentennial Medal.",
        "1976 National Bicentennial Medal",
        "2022 Emissions Estimates from EPA Inventory",
        "Program | Statute | FY2026 Funding | FY2025 Participation",
        // Column headings a PDF broke over lines: the stop closes an abbreviation.
        "FY2026 H.",
        "FY2026 FY2026 FY2026 FY2026 Request H. Cmte.",
        "Enacted FY2026 S. Cmte.",
        "Israeli military operations continued as of April 9, 2026.",
        "Their understandings appear to differ as of April 9, 2026.",
        // The year of a cited case or statute, after its page.
        "See Universal City Studios v. Corley, 273 F.3d 429, 454 (2d Cir. 2001).",
        "Pub. L. No. 106-113, 113 Stat. 1535, 1501A-164 (1999).",
        "Doe v. Roe, 54 F.4th 738, 745–46 (D.C. Cir. 2022).",
    ] {
        assert_eq!(dates_of(text), Vec::<String>::new(), "{text:?}");
    }
    for (text, want) in [
        (
            "In April 2025, a 25% tariff was imposed on steel.",
            "2025-04",
        ),
        ("Congress passed the act in 2015.", "2015"),
        // A short sentence in capitals that ends on a word, or on a name's initial, is one.
        ("In 2015 Congress Passed H.R. 1.", "2015"),
        ("The House passed H.R. 4016 in July 2025.", "2025-07"),
        ("The program grew to 5 sites (in 2020).", "2020"),
        (
            "Iran escalated strikes in Lebanon as of April 9, 2026.",
            "2026-04-09",
        ),
    ] {
        assert_eq!(dates_of(text), [want], "{text:?}");
    }
}

#[test]
fn a_year_naming_a_document_is_no_event() {
    for (text, want) in [
        ("The agency cited its 2019 report.", &[][..]),
        (
            "The 2025 AUSMIN Joint Statement emphasized shared challenges.",
            &[],
        ),
        (
            "A 2025 DIA statement indicated that Russia believes it.",
            &[],
        ),
        (
            "The FY2026 budget request proposed cuts to the program.",
            &[],
        ),
        (
            "According to the Pentagon's 2026 National Defense Strategy, Russia modernizes.",
            &[],
        ),
        // The year of an event the noun names stays.
        (
            "Foreign efforts to interfere in the 2016 elections highlighted the threats.",
            &["2016"],
        ),
        (
            "During the 2025 Quad Foreign Ministers' Meeting, the partners welcomed it.",
            &["2025"],
        ),
        ("The 2008 financial crisis led to new rules.", &["2008"]),
        // A year without a determiner, or a clause saying what happened in it.
        ("In 2019, the agency issued a report.", &["2019"]),
        ("The report was released in 2019.", &["2019"]),
        // The noun phrase ends before a document noun further on.
        ("The 2020 census, the report says, was late.", &["2020"]),
    ] {
        assert_eq!(dates_of(text), want, "{text:?}");
    }
}

#[test]
fn a_year_naming_a_law_is_its_enactment_once_and_only_undated_otherwise() {
    for (text, want) in [
        // The sentence dates its own event: the law's year only names the law.
        (
            "In 1942, it adopted the 1931 Statute of Westminster.",
            &["1942"][..],
        ),
        (
            "The authority lapsed under the 2018 farm bill in 2023.",
            &["2023"],
        ),
        (
            "Congress passed the 2024 act in 2024 after a long debate.",
            &["2024"],
        ),
        (
            "Australia may buy submarines in the 2030s as authorized in the 2024 National Defense Authorization Act (NDAA).",
            &["2030/2039"],
        ),
        // A first mention in a sentence dating nothing else: the enactment.
        (
            "Any agreement would trigger review under the 2015 Iran Nuclear Agreement Review Act (P.L. 114-17).",
            &["2015"],
        ),
        (
            "The relationship is underpinned by the 1951 Australia-New Zealand-United States (ANZUS) Treaty.",
            &["1951"],
        ),
        // Named again, the same law is no new event.
        (
            "The 2018 Common Rule defines research.\n\nThe 2018 Common Rule also applies to data.\n\nCourts read the 2018 Common Rule narrowly.",
            &["2018"],
        ),
    ] {
        assert_eq!(dates_of(text), want, "{text:?}");
    }
}

#[test]
fn a_later_clause_is_an_event_after_the_date_before_it() {
    for (text, want) in [
        (
            "In early March 2026, Hezbollah started firing into Israel, and Israel subsequently launched air operations.",
            vec!["2026-03", "after 2026-03"],
        ),
        (
            "On May 2, 2025, talks began, and Iran later rejected the offer.",
            vec!["2025-05-02", "after 2025-05-02"],
        ),
        ("In 2024, Congress acted, and then it rested.", vec!["2024"]),
    ] {
        assert_eq!(dates_of(text), want, "{text:?}");
    }
}

#[test]
fn statistic_periods_stay_events_elsewhere() {
    for text in [
        "In 2024, the talks stalled.",
        "In 2024, Mexico surpassed Canada as the top trading partner.",
    ] {
        assert_eq!(dates_of(text), ["2024"], "{text:?}");
    }
}

#[test]
fn the_publication_date_line_is_not_an_event() {
    let text = "Updated April 9, 2026\n\nAs of April 9, no text has been released.";
    let published = BriefDate::parse("2026-04-09").ok();
    let events = extract(&doc(text), published.as_ref());
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].date.iso(), "2026-04-09");
    assert_eq!(
        &text[events[0].quote.clone()],
        "As of April 9, no text has been released."
    );
}

#[test]
fn a_yearless_event_borrows_a_stated_year_and_says_so() {
    let text = "On April 7, 2026, the two sides agreed to a ceasefire.\n\nIn early March, Hezbollah started firing into Israel.";
    let events = extract(&doc(text), None);
    assert_eq!(events[1].date.iso(), "2026-03");
    assert!(
        events[1]
            .date_note
            .as_deref()
            .unwrap_or_default()
            .contains("early March")
    );
    assert_eq!(events[1].title, "Hezbollah started firing into Israel");
}

#[test]
fn titles_are_a_short_clause_of_the_sentence() {
    let table = [
        (
            "On April 7, 2026, the United States and Iran agreed to a two-week ceasefire.",
            "The United States and Iran agreed to a two-week ceasefire",
        ),
        (
            "- Lebanon. In early March 2026, Hezbollah started firing into Israel; Israel responded.",
            "Hezbollah started firing into Israel",
        ),
        (
            "The 2010 New START Treaty that limited U.S. and Russian strategic nuclear forces expired in February 2026, though Russian officials then stated otherwise.",
            // Cut at a word near the limit, and marked as cut.
            "The 2010 New START Treaty that limited U.S. and Russian strategic nuclear…",
        ),
        (
            // A date in a parenthetical clause dates that clause, not the main one.
            "In 2025, Albanese pledged to bring the port back under Australian ownership (it was leased to a company for 99 years in 2015).",
            "It was leased to a company for 99 years in 2015",
        ),
    ];
    for (text, want) in table {
        let events = extract(&doc(text), None);
        assert!(!events.is_empty(), "{text:?}");
        assert_eq!(
            events.last().map(|e| e.title.as_str()),
            Some(want),
            "{text:?}"
        );
        assert!(events.iter().all(|e| e.title.chars().count() <= TITLE_MAX));
    }
}

/// Straight quotes made curly, as the PDF of a report has them.
fn curled(text: &str) -> String {
    let mut out = String::new();
    let mut open = true;
    for c in text.chars() {
        match c {
            '\'' => out.push('’'),
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            c => out.push(c),
        }
    }
    out
}

#[test]
fn curly_quotes_cut_a_title_where_straight_ones_do() {
    // From the .txt and the PDF of CRS IF12672: three bytes a curly quote, one character.
    for text in [
        "Since Russia's February 2022 invasion of Ukraine, Russian President Vladimir Putin has invoked Russia's nuclear weapons.",
        "The 2024 ATA said that \"Russia is expanding and modernizing\" its dual-capable systems \"because Moscow believes [they] offer options.\"",
        "In 2025, the minister said: \"the plan stands\" and then the ministry said more about it and then more again.",
    ] {
        let straight = extract(&doc(text), None);
        let curly = extract(&doc(&curled(text)), None);
        let titles = |events: &[EventCandidate]| -> Vec<String> {
            events.iter().map(|e| curled(&e.title)).collect()
        };
        assert!(!straight.is_empty(), "{text:?}");
        assert_eq!(titles(&straight), titles(&curly), "{text:?}");
    }
}

#[test]
fn one_sentence_with_one_date_twice_gives_one_event() {
    assert_eq!(
        dates_of("On May 5, 2025 and again on May 5, 2025, it rained."),
        ["2025-05-05"]
    );
}

#[test]
fn noise_never_panics_and_every_span_is_a_slice_of_its_quote() {
    const PIECES: &[&str] = &[
        "March",
        "May",
        " ",
        "  ",
        ", ",
        ". ",
        "2025",
        "1,500",
        "$",
        "US$",
        "€",
        "%",
        "-",
        "–",
        "between",
        "and",
        "to",
        "from",
        "since",
        "by",
        "early",
        "mid-",
        "İ",
        "K",
        "ß",
        "日本",
        "é",
        "(",
        ")",
        "8",
        "April 7",
        "FY",
        "Q3",
        "1990s",
        "\n\n",
        "billion",
        "two",
        "week",
        "warheads",
        "of",
        "the",
        "\u{a0}",
        "percent",
        "percentage points",
        "a fifth of",
        "Tuesday",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
        }
        let doc = doc(&text);
        for event in extract(&doc, None) {
            assert!(text.get(event.quote.clone()).is_some(), "{text:?}");
            assert!(!event.title.is_empty(), "{text:?}");
        }
        for figure in crate::import::figures::extract(&doc) {
            assert!(figure.quote.start <= figure.span.start && figure.span.end <= figure.quote.end);
            assert!(text.get(figure.span.clone()).is_some(), "{text:?}");
            assert!(figure.value.is_finite() && figure.value >= 0.0, "{text:?}");
            assert!(
                !figure.unit.is_empty() && !figure.label.is_empty(),
                "{text:?}"
            );
        }
    }
}
