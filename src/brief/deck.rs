//! A brief's own slide deck: which slides, in what order, with the presenter's titles and
//! notes. Optional: a brief without one is presented with a generated deck.
//!
//! Authored as `[[deck.slides]]` in the brief, or as `[[slides]]` in a separate file given
//! with `briefing present --deck FILE`. Both are checked against the brief by [`check`].

mod file;

use serde::{Deserialize, Serialize};

use super::problem::Finding;
use super::{Brief, Section};

pub use file::{load_file, load_str};

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
pub(super) const SLIDE_ANCHOR: &str = "[[deck.slides]]";

pub(super) fn finding(
    anchor: &str,
    occurrence: usize,
    field: Option<&str>,
    message: String,
) -> Finding {
    let mut finding = Finding::new(anchor, message);
    finding.occurrence = occurrence;
    finding.field = field.map(str::to_string);
    finding
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
