//! What the export must list: every date and number the source text states (found by a plain
//! scan, itself tested) and every stance its words state.

use serde_json::Value;

use super::{export_json, fixture};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date or number the text states, found by a plain scan.
#[derive(Debug, PartialEq)]
enum Token {
    /// ISO form at the text's precision: `2007-06-08`, `2007-08`, `1992`.
    Date(String),
    Number(f64),
}

fn month_number(word: &str) -> Option<usize> {
    MONTHS.iter().position(|m| *m == word).map(|i| i + 1)
}

/// Every date ("8 June 2007", "August 2007", "1992") and number ("33.4", "2") in `text`.
/// Digits glued to letters are part of a name and skipped.
fn scan(text: &str) -> Vec<Token> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // The first run of digits (with "." and ","), without trailing punctuation.
    let clean = |word: &str| {
        let start = word
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(word.len());
        let run: String = word[start..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect();
        run.trim_end_matches(['.', ',']).to_string()
    };
    let mut tokens = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        let digits = clean(word);
        // "US$6" is money; "G8" or "H.R." with digits is a name.
        let prefix = &word[..word
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(word.len())];
        let glued = prefix
            .trim_start_matches(['(', '"'])
            .trim_start_matches("US$")
            .chars()
            .any(char::is_alphabetic)
            || word.contains('+');
        if digits.is_empty() || glued {
            if let Some(month) = month_number(word)
                && let Some(next) = words.get(index + 1)
                && clean(next).len() == 4
            {
                tokens.push(Token::Date(format!("{}-{month:02}", clean(next))));
                index += 2;
                continue;
            }
            index += 1;
            continue;
        }
        let month = words.get(index + 1).and_then(|w| month_number(w));
        let year = words.get(index + 2).map(|w| clean(w));
        if let (Some(month), Some(year)) = (month, &year)
            && digits.len() <= 2
            && year.len() == 4
        {
            let day: u32 = digits.parse().expect("day");
            tokens.push(Token::Date(format!("{year}-{month:02}-{day:02}")));
            index += 3;
            continue;
        }
        let number = digits.replace(',', "");
        if number.len() == 4 && (number.starts_with("19") || number.starts_with("20")) {
            tokens.push(Token::Date(number));
        } else {
            tokens.push(Token::Number(number.parse().expect("a number")));
        }
        index += 1;
    }
    tokens
}

#[test]
fn the_scan_finds_dates_and_numbers_at_their_precision() {
    let tokens = scan("On 8 June 2007, in August 2007 and 1992, US$33.4 billion, 2 percent, G8+5.");
    assert_eq!(
        tokens,
        [
            Token::Date("2007-06-08".into()),
            Token::Date("2007-08".into()),
            Token::Date("1992".into()),
            Token::Number(33.4),
            Token::Number(2.0),
        ]
    );
}

fn strings_at<'a>(json: &'a Value, section: &str, field: &str) -> Vec<&'a str> {
    json[section]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|item| item[field].as_str())
        .collect()
}

/// Checks that the export lists every date and number of the source's text, with names of
/// actors (such as "G8+5") taken out first.
fn assert_export_lists_every_date_and_number(json: &Value) {
    let mut text = json["meta"]["source"].as_str().expect("source").to_string();
    let mut names: Vec<&str> = Vec::new();
    for actor in json["actors"].as_array().expect("actors") {
        names.push(actor["name"].as_str().expect("name"));
        if let Some(aliases) = actor["aliases"].as_array() {
            names.extend(aliases.iter().filter_map(Value::as_str));
        }
    }
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    for name in names {
        text = text.replace(name, " ");
    }

    let mut dates: Vec<String> = strings_at(json, "timeline", "date")
        .into_iter()
        .chain(strings_at(json, "figures", "period"))
        .chain(json["meta"]["published"].as_str())
        .flat_map(|date| {
            let date = date
                .trim_start_matches("before ")
                .trim_start_matches("after ");
            date.split('/').map(str::to_string).collect::<Vec<_>>()
        })
        .collect();
    dates.sort();
    let values: Vec<f64> = json["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .filter_map(|figure| figure["value"].as_f64())
        .chain(
            json["meta"]["number"]
                .as_str()
                .and_then(|number| number.parse().ok()),
        )
        .collect();

    let tokens = scan(&text);
    assert!(tokens.len() >= 10, "the scan found too little: {tokens:?}");
    for token in tokens {
        match token {
            Token::Date(date) => assert!(
                dates.contains(&date),
                "the text's date {date} is not in the export; dates there: {dates:?}"
            ),
            Token::Number(number) => assert!(
                values.iter().any(|value| (value - number).abs() < 1e-9),
                "the text's number {number} is not a figure in the export"
            ),
        }
    }
}

#[test]
fn export_of_the_shipped_brief_lists_every_date_and_number_of_the_text() {
    let json = export_json(None);
    assert_export_lists_every_date_and_number(&json);
}

#[test]
fn export_of_the_example_lists_every_date_and_number_of_the_text() {
    let json = export_json(Some(&fixture("example.toml")));
    assert_export_lists_every_date_and_number(&json);
}

/// Words in the shipped text that state where someone stands, and the stance each states.
const STANCE_CUES: [(&str, &str); 13] = [
    ("to enhance their strategic partnership", "seeks"),
    ("to counterbalance US unilateralism", "opposes"),
    ("plans for a missile defence system", "acts"),
    ("highlighted that new guidelines", "proposes"),
    ("had suggested that both sides", "proposes"),
    ("celebration seeks to boost bilateral trade", "seeks"),
    ("is teaming up with Russian oil companies", "acts"),
    ("cooperation in the energy sector remains strong", "acts"),
    ("military cooperation is also expanding", "acts"),
    ("is also seeking Russia's military technology", "seeks"),
    ("One common desire", "seeks"),
    ("they had vetoed a number of tough sanctions", "opposes"),
    ("believed that outstanding global issues", "supports"),
];

#[test]
fn export_of_the_shipped_brief_lists_every_stance_of_the_text() {
    let json = export_json(None);
    let source = json["meta"]["source"].as_str().expect("source");
    let positions = json["positions"].as_array().expect("positions");
    for (cue, stance) in STANCE_CUES {
        assert!(source.contains(cue), "cue {cue:?} is not in the text");
        assert!(
            positions.iter().any(|position| {
                position["quote"].as_str().is_some_and(|q| q.contains(cue))
                    && position["stance"] == stance
            }),
            "no position {stance} quotes {cue:?}"
        );
    }
    // Every verb the text uses for a stance is in the model, and no position lacks one.
    let stances: Vec<&str> = strings_at(&json, "positions", "stance");
    assert_eq!(stances.len(), positions.len());
    for stance in ["supports", "opposes", "seeks", "proposes", "acts"] {
        assert!(stances.contains(&stance), "no position {stance}");
    }
}
