//! The brief as plain data: what a policy brief says, each item traced to its sentence.
//!
//! Loading and validation live in `brief/load.rs` and `brief/validate.rs`; once a `Brief`
//! exists, the rest of the program may trust it (ids resolve, quotes are in the source).

mod date;
pub mod deck;
pub mod load;
pub mod validate;

use serde::{Deserialize, Serialize};

pub use date::{BriefDate, Point};
pub use load::{BriefError, Problem, load_embedded, load_file, load_str};

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

impl Figure {
    /// The number as the text would say it: "US$33.4 billion", "about 2%", "2 meetings".
    pub fn display_value(&self) -> String {
        let number = format_number(self.value);
        let scale = self
            .scale
            .map(|s| format!(" {}", s.word()))
            .unwrap_or_default();
        let about = match (&self.hedge, self.approximate) {
            (Some(hedge), _) => format!("{hedge} "),
            (None, true) => "about ".to_string(),
            (None, false) => String::new(),
        };
        match self.unit.as_str() {
            "USD" => format!("{about}US${number}{scale}"),
            "percent" => format!("{about}{number}%"),
            unit => format!("{about}{number}{scale} {unit}"),
        }
    }

    /// The value in plain units (33.4 billion becomes 33 400 000 000), for comparing figures.
    pub fn absolute_value(&self) -> f64 {
        self.value * self.scale.map_or(1.0, Scale::multiplier)
    }
}

/// Formats a number as prose does: no trailing ".0", thousands grouped.
/// 6 → "6", 33.4 → "33.4", 1700 → "1,700".
pub fn format_number(value: f64) -> String {
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.3}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (count, digit) in whole.chars().enumerate() {
        if count > 0 && (whole.len() - count) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

impl Brief {
    /// The actor with this id, if any.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|actor| actor.id == id)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|theme| theme.id == id)
    }

    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.summary.iter().find(|paragraph| paragraph.id == id)
    }

    /// Display name for an actor id, falling back to the id itself.
    pub fn actor_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor(id).map_or(id, |actor| actor.name.as_str())
    }

    /// Display name for a theme id, falling back to the id itself.
    pub fn theme_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.theme(id).map_or(id, |theme| theme.name.as_str())
    }

    /// Finds any item by id, across every section.
    pub fn find(&self, id: &str) -> Option<ItemRef> {
        fn index_in<T>(items: &[T], id_of: impl Fn(&T) -> &str, id: &str) -> Option<usize> {
            items.iter().position(|item| id_of(item) == id)
        }
        let found = [
            (Section::Summary, index_in(&self.summary, |p| &p.id, id)),
            (Section::Timeline, index_in(&self.timeline, |e| &e.id, id)),
            (Section::Figures, index_in(&self.figures, |f| &f.id, id)),
            (Section::Positions, index_in(&self.positions, |p| &p.id, id)),
            (Section::Actors, index_in(&self.actors, |a| &a.id, id)),
            (Section::Themes, index_in(&self.themes, |t| &t.id, id)),
        ];
        found
            .into_iter()
            .find_map(|(section, index)| index.map(|index| ItemRef { section, index }))
    }

    /// Every item id in the brief, in section order: for listings and "did you mean".
    pub fn ids(&self) -> Vec<&str> {
        self.summary
            .iter()
            .map(|p| p.id.as_str())
            .chain(self.timeline.iter().map(|e| e.id.as_str()))
            .chain(self.figures.iter().map(|f| f.id.as_str()))
            .chain(self.positions.iter().map(|p| p.id.as_str()))
            .chain(self.actors.iter().map(|a| a.id.as_str()))
            .chain(self.themes.iter().map(|t| t.id.as_str()))
            .collect()
    }

    /// The id of an item, for messages and citations.
    pub fn id_of(&self, item: ItemRef) -> Option<&str> {
        let ItemRef { section, index } = item;
        match section {
            Section::Summary => self.summary.get(index).map(|p| p.id.as_str()),
            Section::Timeline => self.timeline.get(index).map(|e| e.id.as_str()),
            Section::Figures => self.figures.get(index).map(|f| f.id.as_str()),
            Section::Positions => self.positions.get(index).map(|p| p.id.as_str()),
            Section::Actors => self.actors.get(index).map(|a| a.id.as_str()),
            Section::Themes => self.themes.get(index).map(|t| t.id.as_str()),
        }
    }

    /// The quote of an event, figure or position; a paragraph quotes itself.
    pub fn quote_of(&self, item: ItemRef) -> Option<&str> {
        let ItemRef { section, index } = item;
        match section {
            Section::Summary => self.summary.get(index).map(|p| p.text.as_str()),
            Section::Timeline => self.timeline.get(index).map(|e| e.quote.as_str()),
            Section::Figures => self.figures.get(index).map(|f| f.quote.as_str()),
            Section::Positions => self.positions.get(index).map(|p| p.quote.as_str()),
            Section::Actors | Section::Themes => None,
        }
    }

    /// The id of the paragraph an item comes from.
    pub fn paragraph_of(&self, item: ItemRef) -> Option<&str> {
        let ItemRef { section, index } = item;
        match section {
            Section::Summary => self.summary.get(index).map(|p| p.id.as_str()),
            Section::Timeline => self
                .timeline
                .get(index)
                .and_then(|e| e.paragraph.as_deref()),
            Section::Figures => self.figures.get(index).and_then(|f| f.paragraph.as_deref()),
            Section::Positions => self
                .positions
                .get(index)
                .and_then(|p| p.paragraph.as_deref()),
            Section::Actors | Section::Themes => None,
        }
    }

    /// Events, figures and positions whose quote lies in the given paragraph, in that order.
    pub fn items_in_paragraph(&self, paragraph_id: &str) -> Vec<ItemRef> {
        let mut items = Vec::new();
        let in_paragraph = |paragraph: &Option<String>| paragraph.as_deref() == Some(paragraph_id);
        for (index, event) in self.timeline.iter().enumerate() {
            if in_paragraph(&event.paragraph) {
                items.push(ItemRef {
                    section: Section::Timeline,
                    index,
                });
            }
        }
        for (index, figure) in self.figures.iter().enumerate() {
            if in_paragraph(&figure.paragraph) {
                items.push(ItemRef {
                    section: Section::Figures,
                    index,
                });
            }
        }
        for (index, position) in self.positions.iter().enumerate() {
            if in_paragraph(&position.paragraph) {
                items.push(ItemRef {
                    section: Section::Positions,
                    index,
                });
            }
        }
        items
    }

    /// Actor ids an item names (an actor names itself; a paragraph names none directly).
    pub fn actors_of(&self, item: ItemRef) -> &[String] {
        let ItemRef { section, index } = item;
        match section {
            Section::Timeline => self
                .timeline
                .get(index)
                .map_or(&[], |e| e.actors.as_slice()),
            Section::Figures => self.figures.get(index).map_or(&[], |f| f.actors.as_slice()),
            Section::Positions => self
                .positions
                .get(index)
                .map_or(&[], |p| p.actors.as_slice()),
            Section::Summary | Section::Actors | Section::Themes => &[],
        }
    }

    /// Theme ids an item carries.
    pub fn themes_of(&self, item: ItemRef) -> &[String] {
        let ItemRef { section, index } = item;
        match section {
            Section::Timeline => self
                .timeline
                .get(index)
                .map_or(&[], |e| e.themes.as_slice()),
            Section::Figures => self.figures.get(index).map_or(&[], |f| f.themes.as_slice()),
            Section::Positions => self
                .positions
                .get(index)
                .map_or(&[], |p| p.themes.as_slice()),
            Section::Summary | Section::Actors | Section::Themes => &[],
        }
    }

    /// Every event, figure and position that names the actor, in section order.
    pub fn items_of_actor(&self, actor_id: &str) -> Vec<ItemRef> {
        self.quoted_items()
            .filter(|item| self.actors_of(*item).iter().any(|id| id == actor_id))
            .collect()
    }

    /// Every event, figure and position carrying the theme, in section order.
    pub fn items_of_theme(&self, theme_id: &str) -> Vec<ItemRef> {
        self.quoted_items()
            .filter(|item| self.themes_of(*item).iter().any(|id| id == theme_id))
            .collect()
    }

    /// All events, figures and positions: the items that carry a quote.
    pub fn quoted_items(&self) -> impl Iterator<Item = ItemRef> + '_ {
        let refs =
            |section: Section, len: usize| (0..len).map(move |index| ItemRef { section, index });
        refs(Section::Timeline, self.timeline.len())
            .chain(refs(Section::Figures, self.figures.len()))
            .chain(refs(Section::Positions, self.positions.len()))
    }

    /// One line naming an item: an event's title, a figure's label and value, a position's
    /// summary, a paragraph's opening words.
    pub fn title_of(&self, item: ItemRef) -> String {
        let ItemRef { section, index } = item;
        let title = match section {
            Section::Summary => self.summary.get(index).map(|p| p.text.clone()),
            Section::Timeline => self.timeline.get(index).map(|e| e.title.clone()),
            Section::Figures => self
                .figures
                .get(index)
                .map(|f| format!("{}: {}", f.label, f.display_value())),
            Section::Positions => self.positions.get(index).map(|p| p.summary.clone()),
            Section::Actors => self.actors.get(index).map(|a| a.name.clone()),
            Section::Themes => self.themes.get(index).map(|t| t.name.clone()),
        };
        title.unwrap_or_default()
    }

    /// The 1-based numbers of the paragraphs the items come from, ascending, each once.
    pub fn paragraph_numbers(&self, items: &[ItemRef]) -> Vec<usize> {
        let mut numbers: Vec<usize> = items
            .iter()
            .filter_map(|&item| self.paragraph_of(item))
            .filter_map(|id| self.summary.iter().position(|p| p.id == id))
            .map(|index| index + 1)
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// The brief's citation with the paragraphs the items come from: "…, 8 August 2007,
    /// para. 6." The one line both `briefing cite` and the explorer's copy give.
    pub fn cite(&self, items: &[ItemRef]) -> String {
        let numbers = self.paragraph_numbers(items);
        let paragraphs = match numbers.as_slice() {
            [] => String::new(),
            [one] => format!(", para. {one}"),
            many => {
                let list: Vec<String> = many.iter().map(ToString::to_string).collect();
                format!(", paras. {}", list.join(", "))
            }
        };
        format!("{}{paragraphs}.", self.citation())
    }

    /// "Lai Hongyi and Lim Tin Seng, China-Russia Relations: …, EAI Background Brief No. 346,
    /// 8 August 2007": the reference a reader pastes into notes.
    pub fn citation(&self) -> String {
        let meta = &self.meta;
        let mut parts = Vec::new();
        if !meta.authors.is_empty() {
            parts.push(join_names(&meta.authors));
        }
        let mut title = meta.title.clone();
        if let Some(subtitle) = &meta.subtitle {
            title = format!("{title}: {subtitle}");
        }
        parts.push(format!("\"{title}\""));
        match (&meta.series, &meta.number) {
            (Some(series), Some(number)) => parts.push(format!("{series} No. {number}")),
            (Some(series), None) => parts.push(series.clone()),
            (None, Some(number)) => parts.push(format!("No. {number}")),
            (None, None) => {}
        }
        if let Some(publisher) = &meta.publisher {
            parts.push(publisher.clone());
        }
        parts.push(meta.published.long());
        parts.join(", ")
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_prose_writes_them() {
        assert_eq!(format_number(6.0), "6");
        assert_eq!(format_number(33.4), "33.4");
        assert_eq!(format_number(1700.0), "1,700");
        assert_eq!(format_number(410_000.0), "410,000");
        assert_eq!(format_number(-1234.5), "-1,234.5");
        assert_eq!(format_number(100.0), "100");
    }
}
