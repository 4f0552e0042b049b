//! The dates' own tests: month names, every precision read and printed back, the reasons
//! impossible dates are refused, and the chronological order.

use super::*;

#[test]
fn month_names_and_abbreviations_in_any_case() {
    assert_eq!(month_from_name("March"), Some(3));
    assert_eq!(month_from_name("sept."), Some(9));
    assert_eq!(month_from_name("DEC"), Some(12));
    assert_eq!(
        month_from_name("ma"),
        None,
        "too short to tell March from May"
    );
    assert_eq!(month_from_name("Marching"), None);
}

#[test]
fn parses_every_precision_and_prints_it_back() {
    for text in [
        "2007-06-08",
        "2007-08",
        "1992",
        "1992/2006",
        "before 2007-06-08",
        "after 2007-06",
        "undated",
    ] {
        let date = BriefDate::parse(text).unwrap();
        assert_eq!(date.iso(), text);
    }
}

#[test]
fn short_form_keeps_the_stated_precision() {
    assert_eq!(
        BriefDate::parse("2007-06-08").unwrap().short(),
        "8 Jun 2007"
    );
    assert_eq!(BriefDate::parse("2007-08").unwrap().short(), "Aug 2007");
    assert_eq!(BriefDate::parse("1992/2006").unwrap().short(), "1992–2006");
    assert_eq!(
        BriefDate::parse("before 2007-06-08").unwrap().long(),
        "before 8 June 2007"
    );
}

#[test]
fn rejects_impossible_dates_with_the_reason() {
    let cases = [
        ("2007-13-01", "month \"13\" must be 01 to 12"),
        ("2007-02-30", "must be 01 to 28 in February 2007"),
        ("07-06-08", "four digits"),
        ("June 2007", "is not a number"),
        ("2006/1992", "must end after it starts"),
        ("", "not a number"),
    ];
    for (text, reason) in cases {
        let error = BriefDate::parse(text).unwrap_err();
        assert!(error.contains(reason), "{text}: {error}");
        assert!(error.starts_with("invalid date"), "{text}: {error}");
    }
    assert!(BriefDate::parse("2008-02-29").is_ok());
}

#[test]
fn sorts_chronologically_with_relative_dates_beside_their_anchor() {
    let mut dates: Vec<BriefDate> = [
        "undated",
        "2007-06-08",
        "2007-08",
        "before 2007-06-08",
        "1992/2006",
        "2006",
        "2007",
        "after 2007-06-08",
    ]
    .iter()
    .map(|text| BriefDate::parse(text).unwrap())
    .collect();
    dates.sort();
    let order: Vec<String> = dates.iter().map(BriefDate::iso).collect();
    assert_eq!(
        order,
        [
            "1992/2006",
            "2006",
            "2007",
            "before 2007-06-08",
            "2007-06-08",
            "after 2007-06-08",
            "2007-08",
            "undated"
        ]
    );
}
