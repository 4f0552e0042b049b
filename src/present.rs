//! The slide deck built from a brief: what each slide says and which items stand behind it.
//!
//! A deck is plain data computed once from a `Brief` and a `DeckSpec` (the brief's own, one
//! from `--deck`, or the generated default). Drawing lives in `ui/slides.rs`; the state of a
//! talk (current slide, timer, notes) in `present/presentation.rs`.

pub mod channel;
pub mod keys;
pub mod outline;
pub mod presentation;
pub mod runner;

use std::collections::HashSet;

use crate::brief::deck::{DeckSpec, SlideKind, SlideSpec};
use crate::brief::{Brief, BriefDate, Figure, ItemRef, Scale, Section, Stance};

pub use presentation::{PresentAction, Presentation};

/// Figures shown on one "numbers" slide; more are split over several slides.
const FIGURES_PER_SLIDE: usize = 4;
/// Items a generated theme slide gathers before the theme is split over several slides.
const BULLETS_PER_SLIDE: usize = 12;
/// A list item's label longer than this is cut, with "…".
const LABEL_LENGTH: usize = 60;

/// The slides of a talk, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    /// The brief's title, for the window and the outline.
    pub title: String,
    pub slides: Vec<Slide>,
}

/// One slide: a heading, what it shows, and the items it was made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub kind: SlideKind,
    pub title: String,
    pub body: Body,
    /// The items behind the slide, in the order it shows them: for notes and for opening
    /// the explorer at the slide's first item.
    pub items: Vec<ItemRef>,
    /// The presenter's own notes, from the deck spec.
    pub notes: Option<String>,
    /// Each item's id, title and quote, for the speaker notes.
    pub sources: Vec<Source>,
}

/// An item behind a slide, as the speaker notes show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub quote: String,
}

/// What a slide shows, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Title {
        title: String,
        subtitle: Option<String>,
        byline: String,
        /// "EAI Background Brief No. 346".
        series: Option<String>,
        date: String,
    },
    /// One idea of the summary: its opening sentence and the items the paragraph holds.
    Point {
        headline: String,
        bullets: Vec<Bullet>,
    },
    /// Events with a date on a drawn axis; those the text leaves undated beside it.
    Timeline {
        dated: Vec<Mark>,
        undated: Vec<Mark>,
    },
    Figures {
        cards: Vec<Card>,
    },
    Chart {
        bars: Vec<Bar>,
        /// "US$6 billion (1992) to US$33.4 billion (2006): 5.6 times as much (computed)".
        caption: Option<String>,
    },
    /// Actors across, issues down, each cell the stances an actor takes on the issue.
    Matrix {
        actors: Vec<Heading>,
        rows: Vec<MatrixRow>,
    },
    Bullets {
        bullets: Vec<Bullet>,
    },
    Closing {
        citation: String,
        hint: String,
    },
}

/// A line of a slide: a short lead (a date, a value, who) and the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Bullet {
    pub lead: Option<String>,
    pub text: String,
}

/// An event on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub date: String,
    pub title: String,
    /// The text gives the date only relative to another, or not at all.
    pub inexact: bool,
}

/// A figure shown big.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// Compact enough for block letters: "$33.4bn", "2%".
    pub big: String,
    /// As the text says it: "US$33.4 billion".
    pub value: String,
    pub label: String,
    pub when: Option<String>,
}

/// One bar of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// In plain units, so bars of one series compare.
    pub value: f64,
    pub text: String,
}

/// An actor heading a matrix column.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub name: String,
    /// The shortest name the brief gives, for narrow columns.
    pub short: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    pub issue: String,
    /// One cell an actor, in the order of `actors`; empty when the actor takes no stance.
    pub cells: Vec<Vec<Stance>>,
}

impl Deck {
    /// The deck for a brief: `chosen` (from `--deck`) if given, else the brief's own, else
    /// the generated one. The spec must have passed `brief::deck::check`.
    pub fn build(brief: &Brief, chosen: Option<&DeckSpec>) -> Deck {
        let generated;
        let spec = if let Some(spec) = chosen.or(brief.deck.as_ref()) {
            spec
        } else {
            generated = generated_spec(brief);
            &generated
        };
        let points = spec
            .slides
            .iter()
            .filter(|slide| slide.kind == SlideKind::Point)
            .count();
        let mut point_number = 0;
        let slides = spec
            .slides
            .iter()
            .map(|slide| {
                if slide.kind == SlideKind::Point {
                    point_number += 1;
                }
                build_slide(brief, slide, (point_number, points))
            })
            .collect();
        Deck {
            title: brief.meta.title.clone(),
            slides,
        }
    }

    pub fn len(&self) -> usize {
        self.slides.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    /// The slide at `index`, clamped to the last; `None` only for an empty deck.
    pub fn slide(&self, index: usize) -> Option<&Slide> {
        self.slides.get(index).or_else(|| self.slides.last())
    }
}

/// The deck a brief gets when it names none: title, one key point a paragraph, timeline,
/// numbers, a chart a series, positions, one slide a theme, closing.
pub fn generated_spec(brief: &Brief) -> DeckSpec {
    let mut slides = vec![SlideSpec::new(SlideKind::Title)];
    for paragraph in &brief.summary {
        slides.push(SlideSpec {
            paragraph: Some(paragraph.id.clone()),
            ..SlideSpec::new(SlideKind::Point)
        });
    }
    if !brief.timeline.is_empty() {
        slides.push(SlideSpec::new(SlideKind::Timeline));
    }
    let single: Vec<&Figure> = brief
        .figures
        .iter()
        .filter(|figure| figure.series.is_none())
        .collect();
    for chunk in single.chunks(FIGURES_PER_SLIDE) {
        slides.push(SlideSpec {
            items: chunk.iter().map(|figure| figure.id.clone()).collect(),
            ..SlideSpec::new(SlideKind::Figures)
        });
    }
    let mut series_seen = HashSet::new();
    for series in brief.figures.iter().filter_map(|f| f.series.as_ref()) {
        if series_seen.insert(series) {
            slides.push(SlideSpec {
                series: Some(series.clone()),
                ..SlideSpec::new(SlideKind::Chart)
            });
        }
    }
    if !brief.positions.is_empty() {
        slides.push(SlideSpec::new(SlideKind::Positions));
    }
    for theme in &brief.themes {
        let items = brief.items_of_theme(&theme.id);
        let shown = bullets(brief, items.iter().copied()).len();
        if shown == 0 {
            continue;
        }
        if shown <= BULLETS_PER_SLIDE {
            slides.push(SlideSpec {
                theme: Some(theme.id.clone()),
                ..SlideSpec::new(SlideKind::Theme)
            });
            continue;
        }
        // A theme too big for one slide is shared out evenly over several.
        let parts = shown.div_ceil(BULLETS_PER_SLIDE);
        let per_part = items.len().div_ceil(parts);
        for (part, chunk) in items.chunks(per_part).enumerate() {
            slides.push(SlideSpec {
                title: Some(format!("{} ({} of {parts})", theme.name, part + 1)),
                items: chunk
                    .iter()
                    .filter_map(|item| brief.id_of(*item).map(str::to_string))
                    .collect(),
                ..SlideSpec::new(SlideKind::Items)
            });
        }
    }
    slides.push(SlideSpec::new(SlideKind::Closing));
    DeckSpec { slides }
}

// One arm per slide kind: what it shows and which items stand behind it.
#[allow(clippy::too_many_lines)]
fn build_slide(brief: &Brief, spec: &SlideSpec, (point, points): (usize, usize)) -> Slide {
    let chosen = |section: Section, len: usize| -> Vec<ItemRef> {
        if spec.items.is_empty() {
            (0..len).map(|index| ItemRef { section, index }).collect()
        } else {
            spec.items.iter().filter_map(|id| brief.find(id)).collect()
        }
    };
    let (default_title, body, items) = match spec.kind {
        SlideKind::Title => (brief.meta.title.clone(), title_body(brief), Vec::new()),
        SlideKind::Point => {
            let paragraph = spec.paragraph.as_deref().and_then(|id| brief.find(id));
            let text = paragraph
                .and_then(|item| brief.quote_of(item))
                .unwrap_or_default();
            let mut items: Vec<ItemRef> = paragraph.into_iter().collect();
            if let Some(id) = spec.paragraph.as_deref() {
                items.extend(brief.items_in_paragraph(id));
            }
            // A paragraph introducing a list ("… include") shows the list's labels; the
            // list's own paragraphs then follow as slides of their own.
            let list = paragraph
                .map(|item| list_after(brief, item.index))
                .unwrap_or_default();
            let bullets = if list.is_empty() {
                bullets(brief, items.iter().skip(1).copied())
            } else {
                list.iter()
                    .map(|text| Bullet {
                        lead: None,
                        text: list_label(text),
                    })
                    .collect()
            };
            let body = Body::Point {
                headline: headline(text),
                bullets,
            };
            (format!("Key point {point} of {points}"), body, items)
        }
        SlideKind::Timeline => {
            let items = chosen(Section::Timeline, brief.timeline.len());
            ("Timeline".to_string(), timeline_body(brief, &items), items)
        }
        SlideKind::Figures => {
            let items = chosen(Section::Figures, brief.figures.len());
            let cards = items
                .iter()
                .filter_map(|item| brief.figures.get(item.index))
                .map(card)
                .collect();
            ("The numbers".to_string(), Body::Figures { cards }, items)
        }
        SlideKind::Chart => {
            let series = spec.series.clone().unwrap_or_default();
            let items: Vec<ItemRef> = brief
                .figures
                .iter()
                .enumerate()
                .filter(|(_, figure)| figure.series.as_ref() == Some(&series))
                .map(|(index, _)| ItemRef {
                    section: Section::Figures,
                    index,
                })
                .collect();
            (series, chart_body(brief, &items), items)
        }
        SlideKind::Positions => {
            let items = chosen(Section::Positions, brief.positions.len());
            (
                "Who stands where".to_string(),
                matrix_body(brief, &items),
                items,
            )
        }
        SlideKind::Theme => {
            let theme = spec.theme.clone().unwrap_or_default();
            let items = brief.items_of_theme(&theme);
            let body = Body::Bullets {
                bullets: bullets(brief, items.iter().copied()),
            };
            (brief.theme_name(&theme).to_string(), body, items)
        }
        SlideKind::Items => {
            let items: Vec<ItemRef> = spec.items.iter().filter_map(|id| brief.find(id)).collect();
            let mut lines: Vec<Bullet> = spec
                .bullets
                .iter()
                .map(|text| Bullet {
                    lead: None,
                    text: text.clone(),
                })
                .collect();
            lines.extend(bullets(brief, items.iter().copied()));
            (
                "Key items".to_string(),
                Body::Bullets { bullets: lines },
                items,
            )
        }
        SlideKind::Closing => (
            "Source".to_string(),
            Body::Closing {
                citation: brief.citation(),
                hint: "Explore the brief: briefing  ·  find an item: briefing search WORDS"
                    .to_string(),
            },
            Vec::new(),
        ),
    };
    Slide {
        kind: spec.kind,
        title: spec.title.clone().unwrap_or(default_title),
        body,
        sources: sources(brief, &items),
        items,
        notes: spec.notes.clone(),
    }
}

fn title_body(brief: &Brief) -> Body {
    let meta = &brief.meta;
    let series = match (&meta.series, &meta.number) {
        (Some(series), Some(number)) => Some(format!("{series} No. {number}")),
        (Some(series), None) => Some(series.clone()),
        (None, Some(number)) => Some(format!("No. {number}")),
        (None, None) => None,
    };
    Body::Title {
        title: meta.title.clone(),
        subtitle: meta.subtitle.clone(),
        byline: crate::brief::join_names(&meta.authors),
        series,
        date: meta.published.long(),
    }
}

fn timeline_body(brief: &Brief, items: &[ItemRef]) -> Body {
    let (mut dated, mut undated) = (Vec::new(), Vec::new());
    for event in items
        .iter()
        .filter_map(|item| brief.timeline.get(item.index))
    {
        let mark = Mark {
            date: event.date.short(),
            title: event.title.clone(),
            inexact: event.date.is_inexact(),
        };
        if event.date == BriefDate::Undated {
            undated.push(mark);
        } else {
            dated.push(mark);
        }
    }
    Body::Timeline { dated, undated }
}

fn card(figure: &Figure) -> Card {
    Card {
        big: compact_value(figure),
        value: figure.display_value(),
        label: figure.label.clone(),
        when: figure.period.as_ref().map(BriefDate::long),
    }
}

/// A figure short enough for block letters: "$33.4bn", "~2%", "2".
pub fn compact_value(figure: &Figure) -> String {
    let number = crate::brief::format_number(figure.value);
    // The hedge in one sign; the words stay on the line under the number.
    let about = match (figure.hedge.as_deref(), figure.approximate) {
        (Some(hedge), _) => {
            let hedge = hedge.to_lowercase();
            if ["more", "over", "above", "at least", "exceed"]
                .iter()
                .any(|word| hedge.contains(word))
            {
                ">"
            } else if ["up to", "less", "under", "below", "at most"]
                .iter()
                .any(|word| hedge.contains(word))
            {
                "<"
            } else {
                "~"
            }
        }
        (None, true) => "~",
        (None, false) => "",
    };
    let scale = match figure.scale {
        Some(Scale::Thousand) => "k",
        Some(Scale::Million) => "m",
        Some(Scale::Billion) => "bn",
        Some(Scale::Trillion) => "tn",
        None => "",
    };
    match figure.unit.as_str() {
        "USD" => format!("{about}${number}{scale}"),
        "percent" => format!("{about}{number}%"),
        _ => format!("{about}{number}{scale}"),
    }
}

fn chart_body(brief: &Brief, items: &[ItemRef]) -> Body {
    let figures: Vec<&Figure> = items
        .iter()
        .filter_map(|item| brief.figures.get(item.index))
        .collect();
    let bars: Vec<Bar> = figures
        .iter()
        .map(|figure| Bar {
            label: figure
                .period
                .as_ref()
                .map_or_else(|| figure.label.clone(), BriefDate::short),
            value: figure.absolute_value(),
            text: figure.display_value(),
        })
        .collect();
    let caption = match (figures.first(), figures.last()) {
        (Some(first), Some(last))
            if figures.len() > 1 && first.unit == last.unit && first.absolute_value() > 0.0 =>
        {
            let when = |figure: &Figure| {
                figure
                    .period
                    .as_ref()
                    .map(|period| format!(" ({})", period.short()))
                    .unwrap_or_default()
            };
            let ratio = last.absolute_value() / first.absolute_value();
            Some(format!(
                "{}{} to {}{}: {} times as much (computed)",
                first.display_value(),
                when(first),
                last.display_value(),
                when(last),
                format_ratio(ratio)
            ))
        }
        _ => None,
    };
    Body::Chart { bars, caption }
}

fn format_ratio(ratio: f64) -> String {
    crate::brief::format_number((ratio * 10.0).round() / 10.0)
}

fn matrix_body(brief: &Brief, items: &[ItemRef]) -> Body {
    let positions: Vec<_> = items
        .iter()
        .filter_map(|item| brief.positions.get(item.index))
        .collect();
    let mut actor_ids: Vec<&str> = Vec::new();
    let mut issues: Vec<&str> = Vec::new();
    for position in &positions {
        for actor in &position.actors {
            if !actor_ids.contains(&actor.as_str()) {
                actor_ids.push(actor);
            }
        }
        if !issues.contains(&position.issue.as_str()) {
            issues.push(&position.issue);
        }
    }
    let actors = actor_ids
        .iter()
        .map(|id| {
            let name = brief.actor_name(id).to_string();
            let short = brief
                .actor(id)
                .into_iter()
                .flat_map(|actor| actor.aliases.iter())
                .filter(|alias| alias.chars().count() < name.chars().count())
                .filter(|alias| {
                    alias
                        .chars()
                        .all(|c| c.is_uppercase() || !c.is_alphabetic())
                })
                .min_by_key(|alias| alias.chars().count())
                .cloned()
                .unwrap_or_else(|| name.clone());
            Heading { name, short }
        })
        .collect();
    let rows = issues
        .iter()
        .map(|issue| MatrixRow {
            issue: (*issue).to_string(),
            cells: actor_ids
                .iter()
                .map(|actor| {
                    let mut stances: Vec<Stance> = positions
                        .iter()
                        .filter(|p| p.issue == *issue && p.actors.iter().any(|a| a == actor))
                        .map(|p| p.stance)
                        .collect();
                    stances.dedup();
                    stances
                })
                .collect(),
        })
        .collect();
    Body::Matrix { actors, rows }
}

/// One bullet an item, skipping items that repeat a quote already shown (an event and the
/// figure drawn from the same sentence).
fn bullets(brief: &Brief, items: impl Iterator<Item = ItemRef>) -> Vec<Bullet> {
    let mut quotes = HashSet::new();
    items
        .filter(|item| quotes.insert(brief.quote_of(*item).unwrap_or_default().to_string()))
        .filter_map(|item| bullet(brief, item))
        .collect()
}

fn bullet(brief: &Brief, item: ItemRef) -> Option<Bullet> {
    let ItemRef { section, index } = item;
    match section {
        Section::Timeline => brief.timeline.get(index).map(|event| Bullet {
            lead: (event.date != BriefDate::Undated).then(|| event.date.short()),
            text: event.title.clone(),
        }),
        Section::Figures => brief.figures.get(index).map(|figure| Bullet {
            lead: Some(figure.display_value()),
            text: figure.label.clone(),
        }),
        Section::Positions => brief.positions.get(index).map(|position| {
            let names: Vec<String> = position
                .actors
                .iter()
                .map(|id| brief.actor_name(id).to_string())
                .collect();
            Bullet {
                lead: Some(crate::brief::join_names(&names)),
                text: position.summary.clone(),
            }
        }),
        Section::Summary => brief.summary.get(index).map(|paragraph| Bullet {
            lead: None,
            text: first_sentence(&paragraph.text),
        }),
        Section::Actors | Section::Themes => None,
    }
}

fn sources(brief: &Brief, items: &[ItemRef]) -> Vec<Source> {
    items
        .iter()
        .filter_map(|item| {
            let title = match item.section {
                Section::Summary => format!("Paragraph {} of the summary", item.index + 1),
                Section::Positions => brief
                    .positions
                    .get(item.index)
                    .map_or_else(|| brief.title_of(*item), |p| position_line(brief, p)),
                _ => brief.title_of(*item),
            };
            Some(Source {
                id: brief.id_of(*item)?.to_string(),
                title,
                quote: brief.quote_of(*item)?.to_string(),
            })
        })
        .collect()
}

/// Who holds a position and on what, as a sentence reads: "China and Russia oppose · US
/// unilateralism", with the verb agreeing with the number of actors.
fn position_line(brief: &Brief, position: &crate::brief::Position) -> String {
    let names: Vec<String> = position
        .actors
        .iter()
        .map(|id| brief.actor_name(id).to_string())
        .collect();
    let verb = position.stance.verb_for(names.len());
    format!(
        "{} {verb} · {}",
        crate::brief::join_names(&names),
        position.issue
    )
}

/// The text of a list item without its marker ("- ", "• "), or `None` for other text.
fn list_item(text: &str) -> Option<&str> {
    let text = text.trim_start();
    text.strip_prefix("- ")
        .or_else(|| text.strip_prefix("• "))
        .or_else(|| text.strip_prefix("* "))
}

/// The list items right after paragraph `index`, when that paragraph introduces them: it is
/// not a list item itself and does not end a sentence.
fn list_after(brief: &Brief, index: usize) -> Vec<&str> {
    let Some(paragraph) = brief.summary.get(index) else {
        return Vec::new();
    };
    let text = paragraph.text.trim_end();
    let ends_sentence = text.ends_with(['.', '!', '?', '"', '”', '’']);
    if list_item(text).is_some() || ends_sentence {
        return Vec::new();
    }
    brief.summary[index + 1..]
        .iter()
        .map_while(|next| list_item(&next.text))
        .collect()
}

/// A list item's label: "- Iran's nuclear program. The plan…" gives "Iran's nuclear program".
fn list_label(text: &str) -> String {
    let sentence = first_sentence(list_item(text).unwrap_or(text));
    let label = sentence.trim_end_matches(['.', '…']);
    if label.chars().count() <= LABEL_LENGTH {
        return label.to_string();
    }
    let mut cut = String::new();
    for word in label.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 1 > LABEL_LENGTH {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// What a key point says, large: the first sentence, without a list marker. A list item that
/// opens with a short label ("Strait of Hormuz.") keeps its next sentence too.
pub fn headline(text: &str) -> String {
    let Some(item) = list_item(text) else {
        return first_sentence(text);
    };
    let label = first_sentence(item);
    let rest = item[label.len().min(item.len())..].trim_start();
    if label.split_whitespace().count() <= 5 && !rest.is_empty() {
        format!("{}: {}", label.trim_end_matches('.'), first_sentence(rest))
    } else {
        label
    }
}

/// The text up to the end of its first sentence: a '.', '!' or '?' followed by a space and a
/// capital letter, or the end. A sentence the source leaves unfinished ends in "…".
pub fn first_sentence(text: &str) -> String {
    let text = text.trim();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for window in chars.windows(3) {
        let [(at, end), (_, space), (_, next)] = window else {
            continue;
        };
        if matches!(end, '.' | '!' | '?') && *space == ' ' && next.is_uppercase() {
            return text[..at + end.len_utf8()].to_string();
        }
    }
    match text.strip_suffix(',') {
        Some(unfinished) => format!("{unfinished}…"),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> (Brief, Deck) {
        let brief = crate::brief::load_embedded().expect("embedded brief loads");
        let deck = Deck::build(&brief, None);
        (brief, deck)
    }

    #[test]
    fn the_generated_deck_runs_title_points_timeline_numbers_chart_positions_themes_close() {
        let (_, deck) = deck();
        let kinds: Vec<&str> = deck.slides.iter().map(|s| s.kind.name()).collect();
        let mut expected = vec!["title"];
        expected.extend(["point"; 9]);
        expected.extend(["timeline", "figures", "chart", "positions"]);
        expected.extend(["theme"; 5]);
        expected.push("closing");
        assert_eq!(kinds, expected);
        let titles: Vec<&str> = deck.slides.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles[0], "China-Russia Relations");
        assert_eq!(titles[1], "Key point 1 of 9");
        assert_eq!(titles[9], "Key point 9 of 9");
        assert_eq!(
            &titles[10..],
            [
                "Timeline",
                "The numbers",
                "China-Russia trade",
                "Who stands where",
                "Diplomacy",
                "Trade",
                "Energy",
                "Military",
                "Multilateral",
                "Source"
            ]
        );
    }

    #[test]
    fn every_slide_has_content_and_all_but_title_and_closing_have_items() {
        let (_, deck) = deck();
        for slide in &deck.slides {
            let empty = match &slide.body {
                Body::Title { title, .. } => title.is_empty(),
                Body::Point { headline, .. } => headline.is_empty(),
                Body::Timeline { dated, undated } => dated.is_empty() && undated.is_empty(),
                Body::Figures { cards } => cards.is_empty(),
                Body::Chart { bars, .. } => bars.is_empty(),
                Body::Matrix { rows, .. } => rows.is_empty(),
                Body::Bullets { bullets } => bullets.is_empty(),
                Body::Closing { citation, .. } => citation.is_empty(),
            };
            assert!(!empty, "slide {:?} is empty", slide.title);
            let needs_items = !matches!(slide.kind, SlideKind::Title | SlideKind::Closing);
            assert_eq!(!slide.items.is_empty(), needs_items, "{}", slide.title);
            assert_eq!(slide.sources.len(), slide.items.len(), "{}", slide.title);
        }
    }

    #[test]
    fn a_key_point_is_the_paragraphs_first_sentence_with_its_items() {
        let (brief, deck) = deck();
        let Body::Point { headline, bullets } = &deck.slides[1].body else {
            panic!("slide 2 is a point");
        };
        assert_eq!(
            headline,
            "On 8 June 2007, President Hu Jintao met President Vladimir Putin at the sidelines of the G8+5 Summit in Heiligendamm, Germany."
        );
        assert_eq!(brief.id_of(deck.slides[1].items[0]), Some("p1"));
        let texts: Vec<&str> = bullets.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"Hu meets Putin at the G8+5 Summit in Heiligendamm"));
        // The figure of two meetings repeats the earlier meeting's quote: shown once.
        assert!(!texts.iter().any(|t| t.starts_with("Hu-Putin meetings")));
        let Body::Point { headline, .. } = &deck.slides[4].body else {
            panic!("slide 5 is a point");
        };
        assert!(
            headline.ends_with("at a relatively slow pace."),
            "{headline}"
        );
    }

    #[test]
    fn the_timeline_splits_dated_from_undated_events_in_order() {
        let (_, deck) = deck();
        let Body::Timeline { dated, undated } = &deck.slides[10].body else {
            panic!("slide 11 is the timeline");
        };
        let dates: Vec<&str> = dated.iter().map(|m| m.date.as_str()).collect();
        assert_eq!(
            dates,
            [
                "1992",
                "1992–2006",
                "2006",
                "before 8 Jun 2007",
                "8 Jun 2007",
                "Jul 2007",
                "Aug 2007"
            ]
        );
        assert_eq!(undated.len(), 4);
        assert!(dated[3].inexact && !dated[4].inexact);
    }

    #[test]
    fn the_trade_chart_compares_1992_with_2006() {
        let (_, deck) = deck();
        let Body::Chart { bars, caption } = &deck.slides[12].body else {
            panic!("slide 13 is the chart");
        };
        let labels: Vec<(&str, &str)> = bars
            .iter()
            .map(|b| (b.label.as_str(), b.text.as_str()))
            .collect();
        assert_eq!(
            labels,
            [("1992", "US$6 billion"), ("2006", "US$33.4 billion")]
        );
        assert_eq!(
            caption.as_deref(),
            Some("US$6 billion (1992) to US$33.4 billion (2006): 5.6 times as much (computed)")
        );
    }

    #[test]
    fn numbers_are_compact_and_series_figures_go_to_the_chart() {
        let (_, deck) = deck();
        let Body::Figures { cards } = &deck.slides[11].body else {
            panic!("slide 12 is the numbers");
        };
        let big: Vec<&str> = cards.iter().map(|c| c.big.as_str()).collect();
        assert_eq!(big, ["~2%", "~$250bn", "2"]);
        assert_eq!(cards[1].value, "about US$250 billion");
    }

    #[test]
    fn a_hedged_figure_keeps_its_direction_in_one_sign() {
        let (brief, _) = deck();
        let mut figure = brief.figures[0].clone();
        figure.hedge = Some("more than".to_string());
        assert_eq!(compact_value(&figure), ">$6bn");
        figure.hedge = Some("up to".to_string());
        assert_eq!(compact_value(&figure), "<$6bn");
        figure.hedge = Some("some".to_string());
        assert_eq!(compact_value(&figure), "~$6bn");
    }

    #[test]
    fn the_matrix_lines_up_actors_and_issues() {
        let (_, deck) = deck();
        let Body::Matrix { actors, rows } = &deck.slides[13].body else {
            panic!("slide 14 is the matrix");
        };
        let shorts: Vec<&str> = actors.iter().map(|a| a.short.as_str()).collect();
        assert_eq!(
            shorts,
            [
                "China",
                "Russia",
                "US",
                "Hu Jintao",
                "CNPC",
                "Russian oil companies",
                "Yang Jiechi"
            ]
        );
        assert_eq!(rows.len(), 10);
        assert_eq!(rows[0].issue, "Strategic partnership");
        assert_eq!(rows[0].cells[0], [Stance::Seeks]);
        assert_eq!(rows[0].cells[3], [Stance::Proposes]);
        assert!(rows[0].cells[2].is_empty());
    }

    #[test]
    fn a_theme_slide_gathers_the_themes_items() {
        let (brief, deck) = deck();
        let energy = &deck.slides[16];
        assert_eq!(energy.title, "Energy");
        let ids: Vec<&str> = energy
            .items
            .iter()
            .filter_map(|i| brief.id_of(*i))
            .collect();
        assert_eq!(ids, ["pos-pipelines", "pos-energy-cooperation"]);
        assert_eq!(energy.sources[0].id, "pos-pipelines");
    }

    #[test]
    fn notes_name_a_position_held_by_several_actors_with_a_plural_verb() {
        let (_, deck) = deck();
        let titles: Vec<&str> = deck
            .slides
            .iter()
            .flat_map(|slide| &slide.sources)
            .map(|source| source.title.as_str())
            .collect();
        assert!(
            titles.contains(&"China and Russia oppose · US unilateralism"),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"United States acts · Missile defence in Eastern Europe"),
            "{titles:?}"
        );
        assert!(
            !titles
                .iter()
                .any(|title| title.contains(", Russia opposes"))
        );
    }

    #[test]
    fn a_brief_deck_replaces_the_generated_one_with_its_titles_and_notes() {
        let (brief, _) = deck();
        let spec = DeckSpec {
            slides: vec![
                SlideSpec {
                    notes: Some("Say hello".to_string()),
                    ..SlideSpec::new(SlideKind::Title)
                },
                SlideSpec {
                    title: Some("Energy holds".to_string()),
                    theme: Some("energy".to_string()),
                    ..SlideSpec::new(SlideKind::Theme)
                },
                SlideSpec {
                    items: vec!["f-trade-share".to_string()],
                    ..SlideSpec::new(SlideKind::Figures)
                },
            ],
        };
        let deck = Deck::build(&brief, Some(&spec));
        assert_eq!(deck.len(), 3);
        assert_eq!(deck.slides[0].notes.as_deref(), Some("Say hello"));
        assert_eq!(deck.slides[1].title, "Energy holds");
        let Body::Figures { cards } = &deck.slides[2].body else {
            panic!("figures");
        };
        assert_eq!(cards.len(), 1);
    }

    #[test]
    fn a_list_is_introduced_by_its_labels_and_each_item_keeps_its_point() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/us-iran-ceasefire.toml");
        let brief = crate::brief::load_file(&path).expect("fixture loads");
        let deck = Deck::build(&brief, None);
        let intro = deck
            .slides
            .iter()
            .find(|slide| {
                matches!(&slide.body, Body::Point { headline, .. }
                    if headline.starts_with("Issues of potential disagreement"))
            })
            .expect("the intro slide");
        let Body::Point { bullets, .. } = &intro.body else {
            panic!("a point");
        };
        let labels: Vec<&str> = bullets.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(labels[..2], ["Iran's nuclear program", "Strait of Hormuz"]);
        assert!(
            labels[2].ends_with('…') && labels[2].chars().count() <= 61,
            "{}",
            labels[2]
        );
        let parts: Vec<&str> = deck
            .slides
            .iter()
            .map(|slide| slide.title.as_str())
            .filter(|title| title.starts_with("Diplomacy ("))
            .collect();
        assert_eq!(parts, ["Diplomacy (1 of 2)", "Diplomacy (2 of 2)"]);
        assert!(deck.slides.iter().any(|slide| matches!(&slide.body,
            Body::Point { headline, .. } if headline.starts_with("Iran's nuclear program: The U.S. 15-point plan"))));
    }

    #[test]
    fn first_sentence_stops_at_a_full_stop_before_a_capital() {
        assert_eq!(
            first_sentence("US$33.4 billion. Then more."),
            "US$33.4 billion."
        );
        assert_eq!(first_sentence("No end here,"), "No end here…");
        assert_eq!(first_sentence("One only."), "One only.");
    }
}
