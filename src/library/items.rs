//! What the index records of one brief: a row per item with the text full-text search reads,
//! split into named parts (title, text, quote, the actors it involves…), and the actors with
//! their aliases.

use crate::brief::{Brief, BriefDate, ItemRef, Section};

/// Which part of an item a piece of its indexed text is, so a search can rank a word in a
/// title above the same word in a quote, and its own words above an actor's name it involves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// An event's title, a figure's label or value, a position's summary, an actor's or
    /// theme's name, a paragraph's section heading.
    Title,
    /// A paragraph's text, an event's or figure's detail, an actor's role.
    Text,
    Quote,
    /// An event's date or a figure's period, as prose writes it ("8 June 2007").
    Date,
    /// A position's issue.
    Issue,
    /// Another name of the actor itself ("PRC" for the actor China).
    Alias,
    /// The name of an actor the item involves.
    LinkedActor,
    /// Another name of an actor the item involves ("Beijing" in an event about China).
    LinkedAlias,
    /// The name of a theme the item carries.
    LinkedTheme,
}

/// Every part, in the order of their markers.
const PARTS: [Part; 9] = [
    Part::Title,
    Part::Text,
    Part::Quote,
    Part::Date,
    Part::Issue,
    Part::Alias,
    Part::LinkedActor,
    Part::LinkedAlias,
    Part::LinkedTheme,
];

/// The first marker character: U+0010. Briefs never hold control characters (validation
/// refuses all but newline and tab), and `SQLite`'s `unicode61` tokenizer treats them as
/// separators, so a marker can neither clash with a brief's text nor join two parts' words.
const FIRST_MARKER: u32 = 0x10;

impl Part {
    fn marker(self) -> char {
        let index = PARTS.iter().position(|&part| part == self).unwrap_or(0);
        char::from_u32(FIRST_MARKER + u32::try_from(index).unwrap_or(0)).unwrap_or('\u{10}')
    }

    fn of_marker(c: char) -> Option<Part> {
        let index = u32::from(c).checked_sub(FIRST_MARKER)?;
        PARTS.get(usize::try_from(index).ok()?).copied()
    }

    /// True for the names of what an item involves (actors, aliases, themes) rather than
    /// its own words.
    pub fn is_linked(self) -> bool {
        matches!(
            self,
            Part::LinkedActor | Part::LinkedAlias | Part::LinkedTheme
        )
    }
}

/// The parts of an item's indexed text ([`ItemRow::text`]), in the order they were written;
/// empty parts are left out.
pub fn parts(text: &str) -> impl Iterator<Item = (Part, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        loop {
            let mut chars = rest.chars();
            let part = Part::of_marker(chars.next()?)?;
            let body = chars.as_str();
            let end = body
                .find(|c| Part::of_marker(c).is_some())
                .unwrap_or(body.len());
            rest = &body[end..];
            if end > 0 {
                return Some((part, &body[..end]));
            }
        }
    })
}

/// Text in parts as the index stores it: each part's marker, then its text; empty parts
/// are left out. [`parts`] reads it back.
pub fn join_parts<'a>(text: impl IntoIterator<Item = (Part, &'a str)>) -> String {
    let mut joined = String::new();
    for (part, body) in text {
        if !body.is_empty() {
            joined.push(part.marker());
            joined.push_str(body);
        }
    }
    joined
}

/// One item as the index stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemRow {
    pub item: String,
    pub section: Section,
    /// Index within its section.
    pub position: usize,
    /// One line naming it, as `Brief::title_of` gives.
    pub title: String,
    /// An event's date or a figure's period, as files write it (`2007-06-08`).
    pub date: Option<String>,
    /// Everything search should find it by, as marked parts: read them with [`parts`].
    pub text: String,
}

/// Builds the marked text of one item.
#[derive(Default)]
struct Marked(String);

impl Marked {
    fn add(&mut self, part: Part, text: &str) -> &mut Marked {
        self.0.push_str(&join_parts([(part, text)]));
        self
    }

    /// The names of the actors and themes an item involves, with the actors' aliases.
    fn linked(&mut self, brief: &Brief, actors: &[String], themes: &[String]) -> &mut Marked {
        for id in actors {
            match brief.actor(id) {
                Some(actor) => {
                    self.add(Part::LinkedActor, &actor.name);
                    for alias in &actor.aliases {
                        self.add(Part::LinkedAlias, alias);
                    }
                }
                None => {
                    self.add(Part::LinkedActor, brief.actor_name(id));
                }
            }
        }
        for id in themes {
            self.add(Part::LinkedTheme, brief.theme_name(id));
        }
        self
    }
}

/// Every item of the brief, paragraphs first, then events, figures, positions, actors and
/// themes, each section in its own order.
pub fn item_rows(brief: &Brief) -> Vec<ItemRow> {
    let mut rows = Vec::new();
    let mut push = |section: Section, position: usize, date: Option<String>, text: Marked| {
        let item = ItemRef {
            section,
            index: position,
        };
        rows.push(ItemRow {
            item: brief.id_of(item).unwrap_or_default().to_string(),
            section,
            position,
            title: brief.title_of(item),
            date,
            text: text.0,
        });
    };
    for (index, paragraph) in brief.summary.iter().enumerate() {
        let mut text = Marked::default();
        text.add(Part::Text, &paragraph.text).add(
            Part::Title,
            paragraph.section.as_deref().unwrap_or_default(),
        );
        push(Section::Summary, index, None, text);
    }
    for (index, event) in brief.timeline.iter().enumerate() {
        let mut text = Marked::default();
        text.add(Part::Title, &event.title)
            .add(Part::Date, &event.date.long())
            .add(Part::Text, &event.detail)
            .add(Part::Quote, &event.quote)
            .linked(brief, &event.actors, &event.themes);
        push(Section::Timeline, index, Some(event.date.iso()), text);
    }
    for (index, figure) in brief.figures.iter().enumerate() {
        let period = figure.period.as_ref().map(BriefDate::long);
        let mut text = Marked::default();
        text.add(Part::Title, &figure.label)
            .add(Part::Title, &figure.display_value())
            .add(Part::Quote, &figure.quote)
            .add(Part::Date, period.as_deref().unwrap_or_default())
            .add(Part::Text, figure.detail.as_deref().unwrap_or_default())
            .linked(brief, &figure.actors, &figure.themes);
        let date = figure.period.as_ref().map(BriefDate::iso);
        push(Section::Figures, index, date, text);
    }
    for (index, position) in brief.positions.iter().enumerate() {
        let mut text = Marked::default();
        text.add(Part::Title, &position.summary)
            .add(Part::Issue, &position.issue)
            .add(Part::Quote, &position.quote)
            .linked(brief, &position.actors, &position.themes);
        push(Section::Positions, index, None, text);
    }
    for (index, actor) in brief.actors.iter().enumerate() {
        let mut text = Marked::default();
        text.add(Part::Title, &actor.name);
        for alias in &actor.aliases {
            text.add(Part::Alias, alias);
        }
        text.add(Part::Text, actor.role.as_deref().unwrap_or_default());
        push(Section::Actors, index, None, text);
    }
    for (index, theme) in brief.themes.iter().enumerate() {
        let mut text = Marked::default();
        text.add(Part::Title, &theme.name);
        push(Section::Themes, index, None, text);
    }
    rows
}

/// The section a stored name stands for; `None` for a name no section has.
pub fn section_named(name: &str) -> Option<Section> {
    [
        Section::Summary,
        Section::Timeline,
        Section::Figures,
        Section::Positions,
        Section::Actors,
        Section::Themes,
    ]
    .into_iter()
    .find(|section| section.name() == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::load_embedded;

    #[test]
    fn every_item_of_the_brief_gets_a_row_with_its_quote() {
        let brief = load_embedded().expect("embedded brief");
        let rows = item_rows(&brief);
        assert_eq!(rows.len(), brief.ids().len());
        let event = rows
            .iter()
            .find(|row| row.section == Section::Timeline)
            .expect("an event");
        assert!(event.text.contains(&brief.timeline[0].quote));
        assert_eq!(event.date, Some(brief.timeline[0].date.iso()));
    }

    #[test]
    fn parts_read_back_in_order_each_with_its_kind() {
        let brief = load_embedded().expect("embedded brief");
        let rows = item_rows(&brief);
        let event = &rows[brief.summary.len()];
        let first = &brief.timeline[0];
        let found: Vec<(Part, &str)> = parts(&event.text).collect();
        assert_eq!(found[0], (Part::Title, first.title.as_str()));
        assert_eq!(found[1], (Part::Date, first.date.long().as_str()));
        assert!(found.contains(&(Part::Quote, first.quote.as_str())));
        assert!(found.iter().any(|(part, _)| *part == Part::LinkedActor));
        let china = rows
            .iter()
            .find(|row| row.section == Section::Actors && row.item == "china")
            .expect("China");
        let kinds: Vec<Part> = parts(&china.text).map(|(part, _)| part).collect();
        assert_eq!(kinds[0], Part::Title);
        assert!(kinds.contains(&Part::Alias) && !kinds.iter().any(|part| part.is_linked()));
        let joined = join_parts([(Part::Title, "a"), (Part::Quote, ""), (Part::Text, "b c")]);
        let back: Vec<(Part, &str)> = parts(&joined).collect();
        assert_eq!(back, [(Part::Title, "a"), (Part::Text, "b c")]);
        assert_eq!(parts("").count(), 0);
        assert_eq!(parts("no marker").count(), 0);
    }

    #[test]
    fn section_names_read_back() {
        assert_eq!(section_named("figures"), Some(Section::Figures));
        assert_eq!(section_named("nope"), None);
    }
}
