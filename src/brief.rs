//! The brief as plain data: what a policy brief says, each item traced to its sentence.
//!
//! Loading and validation live in `brief/load.rs` and `brief/validate.rs`, both reporting
//! through `brief/problem.rs`; once a `Brief` exists, the rest of the program may trust it
//! (ids resolve, quotes are in the source). Lookups across items are in `brief/query.rs`,
//! citations and numbers as prose in `brief/citation.rs`.

mod citation;
mod date;
pub mod deck;
pub mod escape;
mod links;
pub mod load;
mod pieces;
pub mod problem;
mod query;
pub mod read;
pub mod sentences;
pub mod validate;

use serde::{Deserialize, Serialize};

pub use citation::{format_number, join_names};
pub use date::{BriefDate, MONTH_NAMES, Point, month_from_name};
pub use links::Links;
pub use load::{load_embedded, load_file, load_str};
pub use problem::{BriefError, Problem};

/// One policy brief: its bibliographic facts, its paragraphs and the items drawn from them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brief {
    pub meta: Meta,
    /// The paragraphs of the source, verbatim and in order.
    #[serde(default)]
    pub summary: Vec<Paragraph>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// Kept in chronological order by the loader.
    #[serde(default)]
    pub timeline: Vec<TimelineEvent>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub positions: Vec<Position>,
    /// The presenter's own slides; without it, `briefing present` generates a deck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deck: Option<deck::DeckSpec>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// The series the brief belongs to, e.g. "EAI Background Brief".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// The number within the series; text because some series use codes ("IN12678").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    pub published: BriefDate,
    /// The full source text inline. A file may instead name `source_file`, which the loader
    /// reads into this field, so a loaded brief always carries its text.
    #[serde(default)]
    pub source: String,
    /// Path of the source text, relative to the brief file. Never serialized: an exported
    /// brief carries its text inline and stands alone.
    #[serde(default, skip_serializing)]
    pub source_file: Option<String>,
    /// Who made the brief's items: absent for a brief a person wrote, `"import"` for one
    /// that `briefing import` extracted and no person has checked yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

/// A paragraph of the source, verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub id: String,
    /// The heading of the section the paragraph sits under, as the source prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Country,
    Leader,
    Official,
    Organisation,
    Company,
    Forum,
    Group,
}

/// Someone the brief speaks of: a country, a leader, an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Other names the text uses: "Beijing" for China, "Washington" for the United States.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The role the text gives, e.g. "President of China".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The actor this one belongs to or speaks for (a leader's country), by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

/// A subject the brief's items are grouped by: diplomacy, trade, energy…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub name: String,
}

/// Something that happened, or is scheduled, at a date the text gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    pub id: String,
    pub date: BriefDate,
    /// Why the date is inexact, in the text's own terms ("less than three months earlier").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    pub title: String,
    pub detail: String,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    /// An exact substring of the source text.
    pub quote: String,
    /// The id of the paragraph holding the quote; filled in by the loader when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    Thousand,
    Million,
    Billion,
    Trillion,
}

/// A number the text states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub value: f64,
    /// "USD" and "percent" are displayed as money and percentages; anything else is a count
    /// of that thing ("meetings", "warheads").
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// The time the number refers to, when the text says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<BriefDate>,
    /// The text hedges the number ("about", "some").
    #[serde(default)]
    pub approximate: bool,
    /// The text's own words for a bound ("more than", "up to", "at least"), shown before the
    /// value instead of "about"; they must appear in the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hedge: Option<String>,
    /// Figures with the same series name are comparable and charted together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub themes: Vec<String>,
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Supports,
    Opposes,
    Seeks,
    Proposes,
    Rejects,
    Warns,
    Agrees,
    Assesses,
    Acts,
}

/// Where one or more actors stand on an issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub id: String,
    pub actors: Vec<String>,
    /// The question the stance is about; positions sharing an issue line up in the matrix.
    pub issue: String,
    pub stance: Stance,
    /// The person who voiced the position for its actor, by actor id ("as pointed out by
    /// Foreign Minister Yang Jiechi"): who stated it, not a further holder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_by: Option<String>,
    /// One line in plain words.
    pub summary: String,
    #[serde(default)]
    pub themes: Vec<String>,
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<String>,
}

/// Which list of a brief an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Summary,
    Timeline,
    Figures,
    Positions,
    Actors,
    Themes,
}

impl Section {
    pub fn name(self) -> &'static str {
        match self {
            Section::Summary => "summary",
            Section::Timeline => "timeline",
            Section::Figures => "figures",
            Section::Positions => "positions",
            Section::Actors => "actors",
            Section::Themes => "themes",
        }
    }

    /// What one item of the section is called, as one word: `paragraph`, `event`, `figure`,
    /// `position`, `actor`, `theme`.
    pub fn item_word(self) -> &'static str {
        match self {
            Section::Summary => "paragraph",
            Section::Timeline => "event",
            Section::Figures => "figure",
            Section::Positions => "position",
            Section::Actors => "actor",
            Section::Themes => "theme",
        }
    }
}

/// Where an item lives: its section and its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemRef {
    pub section: Section,
    pub index: usize,
}

impl Stance {
    pub fn verb(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Seeks => "seeks",
            Stance::Proposes => "proposes",
            Stance::Rejects => "rejects",
            Stance::Warns => "warns",
            Stance::Agrees => "agrees",
            Stance::Assesses => "assesses",
            Stance::Acts => "acts",
        }
    }

    /// The verb agreeing with its subject: "China supports", "China and Russia support".
    pub fn verb_for(self, actors: usize) -> &'static str {
        if actors == 1 {
            return self.verb();
        }
        match self {
            Stance::Supports => "support",
            Stance::Opposes => "oppose",
            Stance::Seeks => "seek",
            Stance::Proposes => "propose",
            Stance::Rejects => "reject",
            Stance::Warns => "warn",
            Stance::Agrees => "agree",
            Stance::Assesses => "assess",
            Stance::Acts => "act",
        }
    }

    /// The verb with the preposition its issue needs in a sentence ("Russian oil companies
    /// act on oil and gas pipelines", "Iran warns of strikes"), agreeing with its subject.
    pub fn verb_before_issue(self, actors: usize) -> String {
        let verb = self.verb_for(actors);
        match self {
            Stance::Acts | Stance::Agrees => format!("{verb} on"),
            Stance::Warns => format!("{verb} of"),
            _ => verb.to_string(),
        }
    }
}

impl Scale {
    pub fn word(self) -> &'static str {
        match self {
            Scale::Thousand => "thousand",
            Scale::Million => "million",
            Scale::Billion => "billion",
            Scale::Trillion => "trillion",
        }
    }

    pub fn multiplier(self) -> f64 {
        match self {
            Scale::Thousand => 1e3,
            Scale::Million => 1e6,
            Scale::Billion => 1e9,
            Scale::Trillion => 1e12,
        }
    }
}

impl ActorKind {
    pub fn name(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Leader => "leader",
            ActorKind::Official => "official",
            ActorKind::Organisation => "organisation",
            ActorKind::Company => "company",
            ActorKind::Forum => "forum",
            ActorKind::Group => "group",
        }
    }
}
