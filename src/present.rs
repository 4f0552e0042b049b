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
pub mod timer;

mod bullets;
mod generated;
mod slide;

use crate::brief::deck::{DeckSpec, SlideKind};
use crate::brief::{Brief, ItemRef, Stance};

pub use bullets::{first_sentence, headline};
pub use generated::generated_spec;
pub use presentation::{PresentAction, Presentation};
pub use slide::compact_value;

use slide::build_slide;

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

// One arm per slide kind: what it shows and which items stand behind it.
#[cfg(test)]
mod tests;
