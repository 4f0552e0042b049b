//! Example tables for the figures extractor, in the manner of duckling's corpus files: each
//! row a phrase and the figure it must give; then phrases that must give none.

use super::*;
use crate::brief::BriefDate;
use crate::import::Block;

mod labels;

fn doc(text: &str) -> Document {
    Document {
        text: text.to_string(),
        paragraphs: vec![Block {
            span: 0..text.len(),
            section: None,
        }],
        front: Vec::new(),
    }
}

/// The one figure of `phrase`.
fn one(phrase: &str) -> FigureCandidate {
    let found = extract(&doc(phrase));
    assert_eq!(found.len(), 1, "{phrase:?} gave {found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

/// `value[-upper] unit [scale] [hedge=words]`, e.g. `5-10 USD billion hedge=up to`.
fn spec(f: &FigureCandidate) -> String {
    let mut out = match f.upper {
        Some(upper) => format!("{}-{upper} {}", f.value, f.unit),
        None => format!("{} {}", f.value, f.unit),
    };
    if let Some(scale) = f.scale {
        out = format!("{out} {}", scale.word());
    }
    if let Some(hedge) = &f.hedge {
        out = format!("{out} hedge={hedge}");
    }
    out
}

#[test]
fn money_percent_and_counts() {
    #[rustfmt::skip]
    let table = [
        ("Mexico's GDP was $1.8 trillion.", "1.8 USD trillion"),
        ("It included computer equipment ($34.6 billion).", "34.6 USD billion"),
        ("Aid reached US$12.5 million.", "12.5 USD million"),
        ("Australia allocated an additional AU$50.3 billion to defense.", "50.3 AUD billion"),
        ("Canberra pledged A$3 billion.", "3 AUD billion"),
        ("The EU gave €4.5bn to Ukraine.", "4.5 EUR billion"),
        ("London spent £200m on it.", "200 GBP million"),
        ("Tokyo spent ¥500 billion on it.", "500 JPY billion"),
        ("The fund holds 40 billion dollars.", "40 USD billion"),
        ("Per capita GDP was $13,874 in 2025.", "13874 USD"),
        ("Growth was 0.6% in 2025.", "0.6 percent"),
        ("Trade is about 2 percent of the total.", "2 percent hedge=about"),
        ("Rates rose 2.5 percentage points.", "2.5 percentage points"),
        ("Russia has 1,550 warheads.", "1550 warheads"),
        ("The squadron has 60 aircraft.", "60 aircraft"),
        ("They killed more than 1,700 people.", "1700 people hedge=more than"),
        ("They agreed to a two-week ceasefire.", "2 weeks"),
        ("Judges serve a 15-year term.", "15 years"),
        ("It may receive not less than $5 million.", "5 USD million hedge=not less than"),
        ("Awards are not to exceed $2 million.", "2 USD million hedge=not to exceed"),
        ("Grants went to no fewer than 40 states.", "40 states hedge=no fewer than"),
        ("It displaced up to 1.2 million, as of May.", "1.2 count million hedge=up to"),
        ("Mexico has a population of 132 million people.", "132 people million"),
        ("Iran produced at least two versions of the plan.", "2 versions hedge=at least"),
        ("Four similar measures were rejected.", "4 measures"),
        ("The Navy has two aircraft carriers there.", "2 carriers"),
        ("Three million people fled.", "3 people million"),
        ("It would cost as much as $100 billion.", "100 USD billion hedge=as much as"),
        ("It costs approximately $5 million.", "5 USD million hedge=approximately"),
        ("It covers over 50 countries.", "50 countries hedge=over"),
        ("It sent nearly 300 troops.", "300 troops hedge=nearly"),
        ("It sent almost 300 troops.", "300 troops hedge=almost"),
        ("It sent some 300 troops.", "300 troops hedge=some"),
        ("It sent roughly 300 troops.", "300 troops hedge=roughly"),
        ("It sent at least 300 troops.", "300 troops hedge=at least"),
        ("The U.S. sent a 15-point plan.", "15 points"),
        ("Tariffs rose between 5% and 10% this year.", "5-10 percent"),
        ("It will cost $5-$10 billion.", "5-10 USD billion"),
        ("Prices rose 5 to 10 percent.", "5-10 percent"),
        ("It holds 2.96 million sq. miles.", "2.96 sq. miles million"),
        ("Exports fell ($34.6 billion) last year.", "34.6 USD billion"),
        ("It displaced a fifth of the country.", "20 percent"),
        ("It sent 2,000 U.S. troops.", "2000 troops"),
        ("Strikes have killed more than 1,500.", "1500 count hedge=more than"),
        ("Mining used 0.58 TWh. The report adds more.", "0.58 TWh"),
        ("It set a 9.0 psi standard.", "9 psi"),
        ("It weighs 9.0 pounds per square inch.", "9 pounds"),
        ("Half of the members voted.", "50 percent"),
        ("It has 1,435 Members. This period ends.", "1435 count"),
        ("It seized 30 Chinese fishing vessels.", "30 vessels"),
        ("Nearly two-thirds of members voted.", "66.7 percent hedge=Nearly"),
    ];
    for (phrase, want) in table {
        let f = one(phrase);
        assert_eq!(spec(&f), want, "{phrase:?}");
        assert!(phrase[f.quote.clone()].contains(&phrase[f.span.clone()]));
        assert!(f.value > 0.0, "{phrase:?}: an amount is never negative");
    }
}

#[test]
fn periods_come_from_a_date_near_the_number() {
    let table = [
        ("Mexico's GDP was $1.8 trillion in 2025.", Some("2025")),
        ("In 2024, trade was $840 billion.", Some("2024")),
        ("Aid for FY2026 is $3 billion.", Some("2026")),
        (
            "Exports rose from $134.2 billion in 2006 to $337.9 billion in 2025.",
            Some("2006"),
        ),
        (
            "Four similar measures were rejected in March 2026.",
            Some("2026-03"),
        ),
        ("It imposed a 10% tariff under the Trade Act of 1974.", None),
        ("Trade is about 2 percent of the total.", None),
    ];
    for (phrase, want) in table {
        let found = extract(&doc(phrase));
        let period = found
            .first()
            .and_then(|f| f.period.as_ref())
            .map(BriefDate::iso);
        assert_eq!(period.as_deref(), want, "{phrase:?}");
    }
}

#[test]
fn labels_are_words_of_the_sentence() {
    let table = [
        ("Mexico's GDP was $1.8 trillion in 2025.", "Mexico's GDP"),
        (
            "It included computer equipment ($34.6 billion).",
            "Computer equipment",
        ),
        (
            "The balance went from a surplus of $1.7 billion in 1993.",
            "Surplus",
        ),
        (
            "About 80% of Mexico's exports are sold in the United States.",
            "Mexico's exports",
        ),
        (
            "It may request $100 billion in additional funding.",
            "Additional funding",
        ),
        ("Imports face a 10% tariff.", "Tariff"),
        (
            "Russia has around 1,718 deployed nuclear warheads.",
            "Deployed nuclear warheads",
        ),
        (
            "Gulf states account for nearly 20% of U.S. exports by ship.",
            "U.S. exports",
        ),
        ("It covers 5% of “safe passage” routes.", "Safe passage"),
        (
            "The rule raised SNAP benefit amounts by approximately 21%.",
            "SNAP benefit amounts",
        ),
        (
            "Projects may receive an additional amount, not to exceed 30%, for need.",
            "Additional amount",
        ),
        (
            "Account | FY2025 | FY2026\nSalaries and expenses | $3.0 billion | $3.2 billion",
            "Salaries and expenses",
        ),
        (
            "Fiscal Year | Appropriation\n2005 | $25 million",
            "Appropriation",
        ),
        (
            "The grant shall be not less than US$33,024,000 in total funding.",
            "Total funding",
        ),
    ];
    for (phrase, want) in table {
        let found = extract(&doc(phrase));
        assert_eq!(
            found.first().map(|f| f.label.as_str()),
            Some(want),
            "{phrase:?}"
        );
        for f in &found {
            for word in f.label.split(' ') {
                assert!(
                    phrase.to_lowercase().contains(&word.to_lowercase()),
                    "{word} in {phrase:?}"
                );
            }
        }
    }
}

/// (phrase, the label of its first figure, and, where the phrase has more, of each figure).
#[test]
fn a_label_names_what_is_counted_not_its_unit() {
    let table: &[(&str, &[&str])] = &[
        // A unit of measure is not what is measured.
        (
            "Australia is the sixth-largest country by surface area (2.96 million sq. miles).",
            &["Surface area"],
        ),
        (
            "The refuge spans 19.3 million acres of tundra.",
            &["Acres of tundra"],
        ),
        // A table's header names an amount that keys its row, under the nearest header.
        (
            "Joint Returns | Rates\nIf taxable income is: | Then, tax is:\n$0 to $24,800 | 10% of the amount over $0",
            &["Taxable income", "Tax", "Tax"],
        ),
        (
            "If taxable income is: | Then, tax is:\nover $24,800 to $100,800 | $2,480 + 12% of the amount over $24,800",
            &["Taxable income", "Tax", "Tax", "Tax"],
        ),
        // Not the header of a column whose cell is prose, nor a row of data above it.
        (
            "Date | Event\nAug. 15, 1971 | President Nixon proclaimed a surcharge up to 10% on certain imports.",
            &["Certain imports"],
        ),
        (
            "Grant Program | Auth. of Appropriations | Appropriations\nRequirements payments | FY03-05: Total of $3 billion | FY03-04: Total of $2.3 billion\nVoting technology research | FY03: $20 million | FY09-10: Total of $8 million",
            &[
                "Requirements payments",
                "Requirements payments",
                "Voting technology research",
                "Voting technology research",
            ],
        ),
        // A `key: amount` item of a list.
        (
            "The portion varied among the agencies—NPS: $24.2 billion, FS: $10.8 billion.",
            &["NPS", "FS"],
        ),
        // Neither another amount nor a date names an amount.
        ("Funding was cut: FY2003: $1.4 billion.", &["USD"]),
        // The noun phrase a participle clause restates.
        (
            "China is a major source of FDI inflows, accounting for about $710 million in 2024.",
            &["Major source of FDI inflows"],
        ),
        // What is set to, moved from or fixed at an amount.
        (
            "Fixing the indirect cost rate at 15% would reduce funding.",
            &["Indirect cost rate"],
        ),
        (
            "For the subsidiaries, the rule reduces the eSLR from 6%.",
            &["ESLR"],
        ),
        // A signed share in brackets restates the amount before it, unless that amount is
        // named only by its unit.
        (
            "The largest proposed reduction of $2.6 billion (-74%) was in energy.",
            &["Largest proposed reduction", "Largest proposed reduction"],
        ),
        (
            "Under the request, $30.8 billion (-9%) would go.",
            &["USD", "Percent"],
        ),
        (
            "Funding for Budget Activity 6.4 ($30.8 billion) would rise.",
            &["Budget Activity 6.4"],
        ),
        // A unit of measure stays the label where no words before it name the measure.
        ("There is a 7.4 psi standard for fuel.", &["Psi"]),
        ("The plant adds 30 GW.", &["GW"]),
        ("The wall has a height of 10 feet.", &["Height"]),
    ];
    for (phrase, want) in table {
        let labels: Vec<String> = extract(&doc(phrase)).into_iter().map(|f| f.label).collect();
        let n = if want.len() == 1 { 1 } else { labels.len() };
        assert_eq!(&labels[..n.min(labels.len())], *want, "{phrase:?}");
    }
}

#[test]
fn no_label_is_another_amount() {
    let text = "NIH data show that out of $33 billion awarded in FY2024, 28%, or $9.3 billion, went to indirect costs.";
    for f in extract(&doc(text)) {
        assert!(f.label.starts_with(char::is_alphabetic), "{f:?}");
    }
}

#[test]
fn a_table_cell_takes_its_row_as_quote_and_its_column_date_as_period() {
    let text = "Program | FY2016 | FY2017\nHighways | $2 | $9\nTransit | $4 | $5";
    let found = extract(&doc(text));
    let got: Vec<(String, String, Option<String>)> = found
        .iter()
        .map(|f| {
            (
                f.label.clone(),
                text[f.quote.clone()].to_string(),
                f.period.as_ref().map(BriefDate::iso),
            )
        })
        .collect();
    let row = |label: &str, quote: &str, year: &str| {
        (label.to_string(), quote.to_string(), Some(year.to_string()))
    };
    assert_eq!(
        got,
        [
            row("Highways", "Highways | $2 | $9", "2016"),
            row("Highways", "Highways | $2 | $9", "2017"),
            row("Transit", "Transit | $4 | $5", "2016"),
            row("Transit", "Transit | $4 | $5", "2017"),
        ]
    );
}

#[test]
fn comparable_figures_share_a_series() {
    let text = "U.S. goods exports to Mexico increased from $134.2 billion in 2006 to $337.9 billion in 2025.";
    let found = extract(&doc(text));
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[0].series.as_deref(),
        Some("U.S. goods exports to Mexico")
    );
    assert_eq!(found[0].series, found[1].series);
}

#[test]
fn a_one_word_label_makes_a_series_only_within_its_sentence() {
    let text = "Trade grew from $6 billion in 1992 to $33.4 billion in 2006. \
                A surplus of $1.7 billion in 1993 turned. A surplus of $2.8 billion in 2023 followed.";
    let found = extract(&doc(text));
    let series: Vec<Option<&str>> = found.iter().map(|f| f.series.as_deref()).collect();
    assert_eq!(series, [Some("Trade"), Some("Trade"), None, None]);
}

#[test]
fn a_parenthesised_amount_restating_another_shares_its_label_and_period() {
    let text = "The U.S. accounted for 60% ($752.0 billion) of Mexico's 2024 total trade in goods.";
    let found = extract(&doc(text));
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].label, found[1].label);
    assert_eq!(
        found[0].period.as_ref().map(BriefDate::iso).as_deref(),
        Some("2024")
    );
    assert!(found[1].value > 0.0);
}

#[test]
fn phrases_that_are_not_figures() {
    for phrase in [
        "The ceasefire was agreed in 2026.",
        "It was agreed on 8 August 2007.",
        "It was agreed on August 8, 2007 in Doha.",
        "Mexico is the second-largest economy.",
        "China's 15th Five-Year Plan is out.",
        "Russia deployed several dozen nuclear weapons.",
        "Thousands of people fled.",
        "It is governed by P.L. 117-58 and Section 232.",
        "See H.R. 1 and H.R. 2012 in the House.",
        "See CRS In Focus IF11175.",
        "The meeting starts at 14:30 today.",
        "It is the Five-Year Plan for growth.",
        "It is one of the largest economies.",
        "The two sides disagree.",
        "Goals of AUKUS Pillar 2 are set.",
        "It offers two-way financing.",
        "The list: (1) the receipt of data.",
        "USMCA Article 34.7 states it.",
        "It shares 5G and G20 goals with COVID-19 policy.",
        "Iran may differ on the 10 issues of May.",
        "They met at 10 a.m. and again at 9:30 on Monday.",
        "It was held in mid-2025 and early 2026, by FY2026.",
        "The list (1) and (2) follows.",
        "It is the third of the factors.",
        "In the first half of 2025 it rose.",
        "In the 119 Congress propose new sales.",
    ] {
        let found = extract(&doc(phrase));
        let spans: Vec<&str> = found.iter().map(|f| &phrase[f.span.clone()]).collect();
        let allowed = phrase.contains("10 issues");
        assert!(
            spans.is_empty() || allowed && spans == ["10 issues"],
            "{phrase:?} gave {spans:?}"
        );
    }
}
