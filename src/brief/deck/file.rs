//! Deck files: `[[slides]]` at the top level of a TOML file of their own, read, parsed and
//! checked against the brief they present.

use std::path::Path;

use super::{DeckSpec, SLIDE_ANCHOR, check, finding};
use crate::brief::Brief;
use crate::brief::problem::{BriefError, Finding, Locator, Problem, line_and_column};
use crate::brief::read::read_text;

/// Reads a deck file (`[[slides]]` at the top level, TOML) and checks it against the brief.
/// Like a brief, anything but a regular file is refused at once instead of blocking.
pub fn load_file(path: &Path, brief: &Brief) -> Result<DeckSpec, BriefError> {
    let text = read_text(path)?;
    load_str(&text, &path.display().to_string(), brief)
}

/// Parses a deck held in memory; `origin` names it in errors.
pub fn load_str(text: &str, origin: &str, brief: &Brief) -> Result<DeckSpec, BriefError> {
    let invalid = |problems: Vec<Problem>| BriefError::Invalid {
        file: origin.to_string(),
        problems,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let deck: DeckSpec = toml::from_str(text).map_err(|error| {
        let (line, column) = error.span().map_or((None, None), |span| {
            let (line, column) = line_and_column(text, span.start);
            (Some(line), Some(column))
        });
        invalid(vec![Problem {
            line,
            column,
            message: error.message().trim().to_string(),
        }])
    })?;
    let mut findings = check(&deck, brief);
    findings.extend(control_characters(&deck));
    if findings.is_empty() {
        return Ok(deck);
    }
    // In a deck file the slides are `[[slides]]`, not `[[deck.slides]]`.
    let mut locator = Locator::new(text);
    let problems = findings
        .into_iter()
        .map(|mut finding| {
            if finding.anchor == SLIDE_ANCHOR {
                finding.anchor = "[[slides]]".to_string();
            } else if finding.anchor == "[deck]" {
                finding.anchor = "slides".to_string();
                finding.field = None;
            }
            finding.message = finding.message.replace("deck slide", "slide");
            locator.locate(&finding)
        })
        .collect();
    Err(invalid(problems))
}

/// A deck inside a brief is covered by the brief's own check; a separate file is not.
fn control_characters(deck: &DeckSpec) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, slide) in deck.slides.iter().enumerate() {
        let texts = slide
            .title
            .iter()
            .chain(&slide.notes)
            .chain(&slide.bullets)
            .chain(&slide.items);
        if texts
            .flat_map(|text| text.chars())
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            findings.push(finding(
                SLIDE_ANCHOR,
                index,
                None,
                format!(
                    "deck slide {}: control character in its text; only newline and tab are allowed",
                    index + 1
                ),
            ));
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::deck::SlideKind;

    fn brief() -> Brief {
        crate::brief::load_embedded().expect("embedded brief loads")
    }

    fn messages(text: &str) -> Vec<String> {
        match load_str(text, "deck.toml", &brief()) {
            Ok(_) => Vec::new(),
            Err(error) => error.lines(),
        }
    }

    #[test]
    fn a_good_deck_loads() {
        let text = r#"
            [[slides]]
            kind = "title"
            notes = "Welcome."
            [[slides]]
            kind = "point"
            paragraph = "p4"
            title = "Trade lags"
            [[slides]]
            kind = "chart"
            series = "China-Russia trade"
            [[slides]]
            kind = "theme"
            theme = "energy"
            [[slides]]
            kind = "items"
            bullets = ["Ask the room"]
            items = ["pos-pipelines", "p6"]
        "#;
        let deck = load_str(text, "deck.toml", &brief()).expect("deck is valid");
        assert_eq!(deck.slides.len(), 5);
        assert_eq!(deck.slides[1].title.as_deref(), Some("Trade lags"));
    }

    #[test]
    fn the_example_deck_in_assets_is_valid() {
        let deck = load_str(
            include_str!("../../../assets/deck-346.toml"),
            "deck-346.toml",
            &brief(),
        )
        .expect("the example deck is valid");
        assert_eq!(deck.slides.len(), 10);
        assert_eq!(deck.slides[0].kind, SlideKind::Title);
        assert_eq!(deck.slides[9].kind, SlideKind::Closing);
    }

    #[test]
    fn unknown_ids_themes_and_series_are_reported_with_their_line() {
        let lines = messages(
            "[[slides]]\nkind = \"theme\"\ntheme = \"sport\"\n\n[[slides]]\nkind = \"timeline\"\nitems = [\"e-nope\", \"f-trade-1992\"]\n\n[[slides]]\nkind = \"chart\"\nseries = \"GDP\"\n",
        );
        assert_eq!(lines.len(), 4, "{lines:#?}");
        assert!(lines[0].starts_with("deck.toml:3:"), "{}", lines[0]);
        assert!(lines[0].contains("theme \"sport\" is not defined"));
        assert!(lines[1].starts_with("deck.toml:7:"), "{}", lines[1]);
        assert!(lines[1].contains("\"e-nope\" is not in the brief"));
        assert!(
            lines[2]
                .contains("\"f-trade-1992\" is in figures, but a timeline slide shows timeline")
        );
        assert!(lines[3].contains("no figure has series \"GDP\""));
    }

    #[test]
    fn a_slide_missing_what_its_kind_needs_is_reported() {
        let lines = messages(
            "[[slides]]\nkind = \"point\"\n[[slides]]\nkind = \"items\"\n[[slides]]\nkind = \"title\"\ntheme = \"trade\"\n",
        );
        assert_eq!(lines.len(), 3, "{lines:#?}");
        assert!(lines[0].contains("slide 1 (point): name the paragraph"));
        assert!(lines[1].contains("slide 2 (items): give `bullets`, `items` or both"));
        assert!(lines[2].contains("slide 3 (title): `theme` is not used"));
    }

    #[test]
    fn misspelt_fields_and_kinds_are_syntax_errors() {
        let lines = messages("[[slides]]\nkind = \"graph\"\n");
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("deck.toml:2:"), "{}", lines[0]);
        let lines = messages("[[slides]]\nkind = \"title\"\nnote = \"x\"\n");
        assert!(lines[0].contains("unknown field `note`"), "{}", lines[0]);
    }

    #[test]
    fn an_empty_deck_and_control_characters_are_refused() {
        assert!(messages("slides = []\n")[0].contains("it has no slides"));
        let lines = messages("[[slides]]\nkind = \"title\"\nnotes = \"\\u001b[2J\"\n");
        assert!(lines[0].contains("control character"), "{lines:?}");
    }

    fn with_deck(deck: &str) -> Result<Brief, BriefError> {
        let text = format!("{}\n{deck}", include_str!("../../../assets/brief-346.toml"));
        crate::brief::load_str(&text, crate::brief::load::Format::Toml, "b.toml", &|_| {
            Ok(include_str!("../../../assets/brief-346.txt").to_string())
        })
    }

    #[test]
    fn a_deck_inside_the_brief_is_checked_when_the_brief_loads() {
        let error = with_deck("[[deck.slides]]\nkind = \"point\"\nparagraph = \"p99\"\n")
            .expect_err("p99 does not exist");
        let lines = error.lines();
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(
            lines[0].contains("deck slide 1 (point): paragraph \"p99\""),
            "{}",
            lines[0]
        );
        // Located at the slide's `paragraph` field: after a blank line, the header and `kind`.
        let brief_lines = include_str!("../../../assets/brief-346.toml")
            .lines()
            .count();
        let expected = format!("b.toml:{}:1: ", brief_lines + 4);
        assert!(
            lines[0].starts_with(&expected),
            "{} at {expected}",
            lines[0]
        );
    }

    #[test]
    fn the_documented_deck_example_loads() {
        let doc = include_str!("../../../docs/brief-format.md");
        let section = &doc[doc.find("## `[deck]`").expect("a deck section")..];
        let start = section.find("```toml\n").expect("an example") + "```toml\n".len();
        let end = start + section[start..].find("```").expect("the example ends");
        let brief = with_deck(&section[start..end]).expect("the documented deck loads");
        assert_eq!(brief.deck.map(|deck| deck.slides.len()), Some(3));
    }

    #[test]
    fn export_then_load_keeps_the_deck() {
        let brief = with_deck(
            "[deck]\n[[deck.slides]]\nkind = \"title\"\nnotes = \"Hello\"\n[[deck.slides]]\nkind = \"items\"\ntitle = \"Ask\"\nbullets = [\"One\"]\nitems = [\"p2\", \"pos-dialogue\"]\n",
        )
        .expect("brief with deck loads");
        assert_eq!(brief.deck.as_ref().map(|d| d.slides.len()), Some(2));
        for format in [
            crate::cli::ExportFormat::Toml,
            crate::cli::ExportFormat::Json,
        ] {
            let text = crate::cli::export_string(&brief, format).expect("exports");
            let parse_as = match format {
                crate::cli::ExportFormat::Toml => crate::brief::load::Format::Toml,
                crate::cli::ExportFormat::Json => crate::brief::load::Format::Json,
            };
            let again = crate::brief::load_str(&text, parse_as, "export", &|_| unreachable!())
                .expect("export loads");
            assert_eq!(again, brief, "{format:?}");
        }
    }
}
