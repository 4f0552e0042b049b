//! Finding a brief's items and what they refer to: by id, by paragraph, actor or theme.

use super::{Actor, Brief, ItemRef, Paragraph, Section, Theme};

impl Actor {
    /// The shortest name, for narrow columns and rows: the shortest alias written in
    /// capitals and shorter than the name (an acronym: "US", "CNPC"), else the name. Other
    /// aliases ("Moscow", "Beijing") stand for the actor only in some sentences, so they
    /// never stand in for its name.
    pub fn short_name(&self) -> &str {
        let length = |name: &str| name.chars().count();
        self.aliases
            .iter()
            .filter(|alias| length(alias) < length(&self.name))
            .filter(|alias| {
                alias
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic())
            })
            .min_by_key(|alias| length(alias))
            .map_or(self.name.as_str(), String::as_str)
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

    /// The shortest name for an actor id (see `Actor::short_name`), else the id itself.
    pub fn actor_short_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor(id).map_or(id, Actor::short_name)
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
}

#[cfg(test)]
mod tests {
    use crate::brief::load_embedded;

    #[test]
    fn a_short_name_is_an_acronym_alias_never_a_metonym() {
        let brief = load_embedded().unwrap();
        assert_eq!(brief.actor_short_name("cnpc"), "CNPC");
        assert_eq!(brief.actor_short_name("us"), "US");
        // "Moscow" is shorter but stands for Russia only in some sentences.
        assert_eq!(brief.actor_short_name("russia"), "Russia");
        assert_eq!(
            brief.actor_short_name("russian-oil-companies"),
            "Russian oil companies"
        );
        assert_eq!(brief.actor_short_name("nobody"), "nobody");
    }
}
