//! A brief's own slide deck: which slides, in what order, with the presenter's titles and
//! notes. Optional: a brief without one is presented with a generated deck.
//!
//! Authored as `[[deck.slides]]` in the brief, or as `[[slides]]` in a separate file given
//! with `briefing present --deck FILE`. Both are checked against the brief by [`check`].

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::load::{BriefError, Problem, line_and_column};
use super::validate::Finding;
use super::{Brief, Section};

/// The slides a presenter chose, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckSpec {
    pub slides: Vec<SlideSpec>,
}

/// What a slide shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlideKind {
    /// Title, authors, series and date.
    Title,
    /// One paragraph of the summary as a key point; names `paragraph`.
    Point,
    /// The timeline on a drawn axis; `items` picks events, all when empty.
    Timeline,
    /// Figures as big numbers; `items` picks figures, all when empty.
    Figures,
    /// The figures of one `series` as a bar chart.
    Chart,
    /// The actor × issue matrix; `items` picks positions, all when empty.
    Positions,
    /// Every item carrying `theme`.
    Theme,
    /// The presenter's own bullets and any `items` (events, figures, positions, paragraphs).
    Items,
    /// The citation.
    Closing,
}

impl SlideKind {
    pub fn name(self) -> &'static str {
        match self {
            SlideKind::Title => "title",
            SlideKind::Point => "point",
            SlideKind::Timeline => "timeline",
            SlideKind::Figures => "figures",
            SlideKind::Chart => "chart",
            SlideKind::Positions => "positions",
            SlideKind::Theme => "theme",
            SlideKind::Items => "items",
            SlideKind::Closing => "closing",
        }
    }
}

/// One slide as authored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlideSpec {
    pub kind: SlideKind,
    /// Replaces the slide's generated heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Speaker notes of the presenter's own, shown above the items' quotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Item ids; what they may name depends on `kind`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// For `point`: the paragraph id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<String>,
    /// For `theme`: the theme id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// For `chart`: the series name the figures share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// For `items`: lines of the presenter's own, shown before the items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bullets: Vec<String>,
}

impl SlideSpec {
    /// A slide of this kind with nothing else set.
    pub fn new(kind: SlideKind) -> SlideSpec {
        SlideSpec {
            kind,
            title: None,
            notes: None,
            items: Vec::new(),
            paragraph: None,
            theme: None,
            series: None,
            bullets: Vec::new(),
        }
    }
}

/// The header of each slide in a brief; the n-th occurrence locates slide n + 1.
const SLIDE_ANCHOR: &str = "[[deck.slides]]";

fn finding(anchor: &str, occurrence: usize, field: Option<&str>, message: String) -> Finding {
    Finding {
        anchor: anchor.to_string(),
        occurrence,
        field: field.map(str::to_string),
        item: None,
        message,
    }
}

/// Checks a deck against the brief it presents: every id resolves to an item of the kind the
/// slide shows, named themes and series exist, each slide has what its kind needs.
///
/// Findings are located at the slide's `[[deck.slides]]` header (its `occurrence`) and the
/// field at fault.
pub fn check(deck: &DeckSpec, brief: &Brief) -> Vec<Finding> {
    let mut findings = Vec::new();
    if deck.slides.is_empty() {
        findings.push(finding(
            "[deck]",
            0,
            Some("slides"),
            "deck: it has no slides; add [[deck.slides]] entries or remove the deck".to_string(),
        ));
    }
    for (index, slide) in deck.slides.iter().enumerate() {
        check_slide(index + 1, slide, brief, &mut findings);
    }
    findings
}

// One arm per slide kind reads better than helpers that each need the whole context.
#[allow(clippy::too_many_lines)]
fn check_slide(number: usize, slide: &SlideSpec, brief: &Brief, findings: &mut Vec<Finding>) {
    let kind = slide.kind.name();
    let mut problem = |field: &str, message: String| {
        findings.push(finding(
            SLIDE_ANCHOR,
            number - 1,
            Some(field),
            format!("deck slide {number} ({kind}): {message}"),
        ));
    };
    let allowed: &[Section] = match slide.kind {
        SlideKind::Timeline => &[Section::Timeline],
        SlideKind::Figures => &[Section::Figures],
        SlideKind::Positions => &[Section::Positions],
        SlideKind::Items => &[
            Section::Summary,
            Section::Timeline,
            Section::Figures,
            Section::Positions,
        ],
        SlideKind::Title
        | SlideKind::Point
        | SlideKind::Chart
        | SlideKind::Theme
        | SlideKind::Closing => &[],
    };
    if allowed.is_empty() && !slide.items.is_empty() {
        problem(
            "items",
            format!("`items` is not used by a {kind} slide; remove it"),
        );
    }
    for id in slide.items.iter().filter(|_| !allowed.is_empty()) {
        let anchor = "items";
        match brief.find(id) {
            None => problem(anchor, format!("item {id:?} is not in the brief")),
            Some(item) if !allowed.contains(&item.section) => {
                let names: Vec<&str> = allowed.iter().map(|section| section.name()).collect();
                problem(
                    anchor,
                    format!(
                        "item {id:?} is in {}, but a {kind} slide shows {}",
                        item.section.name(),
                        names.join(", ")
                    ),
                );
            }
            Some(_) => {}
        }
    }
    let unused = |field: &str, present: bool| present.then(|| field.to_string());
    let stray = [
        unused(
            "paragraph",
            slide.paragraph.is_some() && slide.kind != SlideKind::Point,
        ),
        unused(
            "theme",
            slide.theme.is_some() && slide.kind != SlideKind::Theme,
        ),
        unused(
            "series",
            slide.series.is_some() && slide.kind != SlideKind::Chart,
        ),
        unused(
            "bullets",
            !slide.bullets.is_empty() && slide.kind != SlideKind::Items,
        ),
    ];
    for field in stray.into_iter().flatten() {
        problem(
            &field,
            format!("`{field}` is not used by a {kind} slide; remove it"),
        );
    }
    match slide.kind {
        SlideKind::Point => match &slide.paragraph {
            None => problem(
                "kind",
                "name the paragraph it presents: paragraph = \"p1\"".to_string(),
            ),
            Some(id) if brief.paragraph(id).is_none() => problem(
                "paragraph",
                format!("paragraph {id:?} is not in the brief's [[summary]]"),
            ),
            Some(_) => {}
        },
        SlideKind::Theme => match &slide.theme {
            None => problem(
                "kind",
                "name the theme it gathers: theme = \"trade\"".to_string(),
            ),
            Some(id) if brief.theme(id).is_none() => {
                let known: Vec<&str> = brief.themes.iter().map(|t| t.id.as_str()).collect();
                problem(
                    "theme",
                    format!(
                        "theme {id:?} is not defined in [[themes]] (known: {})",
                        known.join(", ")
                    ),
                );
            }
            Some(_) => {}
        },
        SlideKind::Chart => match &slide.series {
            None => problem(
                "kind",
                "name the series it charts: series = \"…\"".to_string(),
            ),
            Some(name)
                if !brief
                    .figures
                    .iter()
                    .any(|f| f.series.as_ref() == Some(name)) =>
            {
                problem("series", format!("no figure has series {name:?}"));
            }
            Some(_) => {}
        },
        SlideKind::Items if slide.items.is_empty() && slide.bullets.is_empty() => problem(
            "kind",
            "give `bullets`, `items` or both; the slide would be empty".to_string(),
        ),
        _ => {}
    }
}

/// Reads a deck file (`[[slides]]` at the top level, TOML) and checks it against the brief.
pub fn load_file(path: &Path, brief: &Brief) -> Result<DeckSpec, BriefError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| BriefError::Unreadable {
        file: file.clone(),
        source,
    })?;
    load_str(&text, &file, brief)
}

/// Parses a deck held in memory; `origin` names it in errors.
pub fn load_str(text: &str, origin: &str, brief: &Brief) -> Result<DeckSpec, BriefError> {
    let invalid = |problems: Vec<Problem>| BriefError::Invalid {
        file: origin.to_string(),
        problems,
    };
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
            super::load::located(text, &finding)
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
            include_str!("../../assets/deck-346.toml"),
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
        let text = format!("{}\n{deck}", include_str!("../../assets/brief-346.toml"));
        crate::brief::load_str(&text, crate::brief::load::Format::Toml, "b.toml", &|_| {
            Ok(include_str!("../../assets/brief-346.txt").to_string())
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
        let brief_lines = include_str!("../../assets/brief-346.toml").lines().count();
        let expected = format!("b.toml:{}:1: ", brief_lines + 4);
        assert!(
            lines[0].starts_with(&expected),
            "{} at {expected}",
            lines[0]
        );
    }

    #[test]
    fn the_documented_deck_example_loads() {
        let doc = include_str!("../../docs/brief-format.md");
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
