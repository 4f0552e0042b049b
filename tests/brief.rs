//! The briefs as data: the shipped brief against its source text, the example and the corpus
//! brief in tests/fixtures, and the export round trip in both formats.

use std::path::{Path, PathBuf};
use std::process::Command;

use briefing::brief::load::Format;
use briefing::brief::{self, Brief, BriefError, Stance};
use briefing::cli::{ExportFormat, export_string};
use serde_json::Value;

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

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn shipped() -> Brief {
    brief::load_embedded().expect("the shipped brief loads")
}

fn example() -> Brief {
    brief::load_file(&fixture("example.toml")).expect("the example brief loads")
}

fn corpus() -> Brief {
    brief::load_file(&fixture("us-iran-ceasefire.toml")).expect("the corpus brief loads")
}

/// Exported text carries its source inline, so nothing else may be read.
fn no_source_file(name: &str) -> Result<String, BriefError> {
    Err(BriefError::Empty {
        file: format!("unexpected source_file {name}"),
    })
}

/// Every event, figure and position quote, with the item's id and paragraph.
fn quotes(brief: &Brief) -> Vec<(&str, &str, Option<&str>)> {
    let events = brief
        .timeline
        .iter()
        .map(|e| (e.id.as_str(), e.quote.as_str(), e.paragraph.as_deref()));
    let figures = brief
        .figures
        .iter()
        .map(|f| (f.id.as_str(), f.quote.as_str(), f.paragraph.as_deref()));
    let positions = brief
        .positions
        .iter()
        .map(|p| (p.id.as_str(), p.quote.as_str(), p.paragraph.as_deref()));
    events.chain(figures).chain(positions).collect()
}

fn assert_quotes_traced(brief: &Brief) {
    let items = quotes(brief);
    assert!(!items.is_empty());
    for (id, quote, paragraph) in items {
        assert!(!quote.trim().is_empty(), "{id}: empty quote");
        assert!(
            brief.meta.source.contains(quote),
            "{id}: quote not in the source: {quote:?}"
        );
        let paragraph = paragraph.unwrap_or_else(|| panic!("{id}: no paragraph assigned"));
        let text = &brief.paragraph(paragraph).expect("paragraph exists").text;
        assert!(
            text.contains(quote),
            "{id}: quote not in its paragraph {paragraph}"
        );
    }
}

/// The paragraphs of the source after `heading` line, split on blank lines; a block made of
/// "- " lines is a list, each bullet its own paragraph. Returns (section, text) pairs, where a
/// block in `headings` starts a new section.
fn source_paragraphs<'a>(
    source: &'a str,
    start_after: &str,
    headings: &[&'a str],
) -> Vec<(Option<&'a str>, &'a str)> {
    let start = source
        .find(start_after)
        .map(|at| at + start_after.len())
        .expect("the start marker is in the source");
    let mut section = headings.iter().copied().find(|h| *h == start_after.trim());
    let mut paragraphs = Vec::new();
    for block in source[start..].split("\n\n") {
        let block = block.trim_matches('\n');
        if block.is_empty() {
            continue;
        }
        if headings.contains(&block) {
            section = headings.iter().copied().find(|h| *h == block);
            continue;
        }
        if block.lines().all(|line| line.starts_with("- ")) {
            paragraphs.extend(block.lines().map(|line| (section, line)));
        } else {
            paragraphs.push((section, block));
        }
    }
    paragraphs
}

fn summary_pairs(brief: &Brief) -> Vec<(Option<&str>, &str)> {
    brief
        .summary
        .iter()
        .map(|p| (p.section.as_deref(), p.text.as_str()))
        .collect()
}

#[test]
fn shipped_quotes_are_exact_substrings_of_the_source() {
    assert_quotes_traced(&shipped());
}

#[test]
fn shipped_summary_is_every_executive_summary_paragraph_in_order() {
    let brief = shipped();
    let expected = source_paragraphs(
        &brief.meta.source,
        "\nExecutive Summary\n",
        &["Executive Summary"],
    );
    assert_eq!(expected.len(), 9, "the source's Executive Summary");
    assert_eq!(summary_pairs(&brief), expected);
}

#[test]
fn corpus_summary_is_every_paragraph_under_its_heading() {
    let brief = corpus();
    // The report's first block is its title, authors and date.
    let header = "Updated April 9, 2026\n";
    let expected = source_paragraphs(
        &brief.meta.source,
        header,
        &["Assessment", "Reactions", "Issues for Congress"],
    );
    assert_eq!(expected.len(), 17);
    assert_eq!(summary_pairs(&brief), expected);
}

#[test]
fn example_and_corpus_quotes_are_traced() {
    assert_quotes_traced(&example());
    assert_quotes_traced(&corpus());
}

#[test]
fn corpus_brief_has_dated_events_figures_and_every_stance() {
    let brief = corpus();
    assert_eq!(brief.meta.published.iso(), "2026-04-09");
    let dates: Vec<String> = brief.timeline.iter().map(|e| e.date.iso()).collect();
    for date in [
        "2025-04/2025-06",
        "2026-02",
        "2026-03",
        "2026-04-07",
        "2026-04-08",
        "2026-04-09",
        "2026-04-11",
        "2015",
    ] {
        assert!(dates.iter().any(|d| d == date), "no event dated {date}");
    }
    for stance in [
        Stance::Supports,
        Stance::Opposes,
        Stance::Seeks,
        Stance::Proposes,
        Stance::Acts,
    ] {
        assert!(
            brief.positions.iter().any(|p| p.stance == stance),
            "no position {stance:?}"
        );
    }
    let displaced = brief
        .figures
        .iter()
        .find(|f| f.id == "f-lebanon-displaced")
        .expect("figure");
    assert_eq!(displaced.hedge.as_deref(), Some("up to"));
    assert_eq!(displaced.display_value(), "up to 1.2 million people");
    assert!((displaced.absolute_value() - 1.2e6).abs() < 1.0);
}

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

fn export_json(file: Option<&Path>) -> Value {
    let mut command = Command::new(env!("CARGO_BIN_EXE_briefing"));
    command.arg("export");
    if let Some(file) = file {
        command.arg(file);
    }
    let output = command
        .args(["--format", "json"])
        .output()
        .expect("run briefing");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("export prints JSON")
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

fn assert_round_trip(brief: &Brief) {
    for format in [ExportFormat::Toml, ExportFormat::Json] {
        let text = export_string(brief, format).expect("export");
        let read_format = match format {
            ExportFormat::Toml => Format::Toml,
            ExportFormat::Json => Format::Json,
        };
        let again = brief::load_str(&text, read_format, "exported", &no_source_file)
            .unwrap_or_else(|error| panic!("{format:?} export does not load: {error}"));
        assert_eq!(&again, brief, "{format:?} round trip");
        assert_eq!(
            export_string(&again, format).expect("export again"),
            text,
            "{format:?} export is stable"
        );
    }
}

#[test]
fn shipped_brief_round_trips_in_both_formats() {
    assert_round_trip(&shipped());
}

#[test]
fn example_round_trips_in_both_formats() {
    assert_round_trip(&example());
}

#[test]
fn corpus_brief_round_trips_in_both_formats() {
    assert_round_trip(&corpus());
}

#[test]
fn exported_json_from_the_binary_loads_to_the_same_brief() {
    let dir = std::env::temp_dir().join(format!("briefing-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("brief.json");
    let json = export_json(None);
    std::fs::write(&path, serde_json::to_string(&json).expect("json")).expect("write");
    let loaded = brief::load_file(&path).expect("the exported JSON loads");
    assert_eq!(loaded, shipped());
    std::fs::remove_dir_all(&dir).ok();
}

/// The first fenced block of `language` in the format documentation.
fn doc_block(language: &str) -> String {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/brief-format.md"))
            .expect("docs/brief-format.md");
    let fence = format!("```{language}\n");
    let start = doc.find(&fence).expect("a fenced block") + fence.len();
    let end = doc[start..].find("```").expect("the block ends") + start;
    doc[start..end].to_string()
}

#[test]
fn the_documented_examples_load() {
    let toml = brief::load_str(
        &doc_block("toml"),
        Format::Toml,
        "example.toml",
        &no_source_file,
    )
    .expect("the TOML example in docs/brief-format.md loads");
    assert_eq!(
        briefing::cli::counts(&toml),
        "2 paragraphs, 2 actors, 1 theme, 1 event, 2 figures, 1 position"
    );
    let source = std::fs::read_to_string(fixture("example.txt")).expect("example.txt");
    let json = brief::load_str(&doc_block("json"), Format::Json, "example.json", &|name| {
        assert_eq!(name, "example.txt");
        Ok(source.clone())
    })
    .expect("the JSON example in docs/brief-format.md loads");
    assert_eq!(json.timeline[0].paragraph.as_deref(), Some("p1"));
}
