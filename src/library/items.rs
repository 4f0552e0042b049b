//! What the index records of one brief: a row per item with the text full-text search reads,
//! and the actors with their aliases.

use crate::brief::{Brief, ItemRef, Section};

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
    /// Everything search should find it by: title, detail or summary, quote, names.
    pub text: String,
}

/// Every item of the brief, paragraphs first, then events, figures, positions, actors and
/// themes, each section in its own order.
pub fn item_rows(brief: &Brief) -> Vec<ItemRow> {
    let mut rows = Vec::new();
    let mut push = |section: Section, position: usize, date: Option<String>, parts: &[&str]| {
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
            text: parts
                .iter()
                .filter(|part| !part.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n"),
        });
    };
    for (index, paragraph) in brief.summary.iter().enumerate() {
        let section = paragraph.section.as_deref().unwrap_or_default();
        push(Section::Summary, index, None, &[section, &paragraph.text]);
    }
    for (index, event) in brief.timeline.iter().enumerate() {
        let names = actor_names(brief, &event.actors);
        let date = Some(event.date.iso());
        push(
            Section::Timeline,
            index,
            date,
            &[&event.title, &event.detail, &event.quote, &names],
        );
    }
    for (index, figure) in brief.figures.iter().enumerate() {
        let names = actor_names(brief, &figure.actors);
        let date = figure.period.as_ref().map(crate::brief::BriefDate::iso);
        let detail = figure.detail.as_deref().unwrap_or_default();
        push(
            Section::Figures,
            index,
            date,
            &[&figure.label, detail, &figure.quote, &names],
        );
    }
    for (index, position) in brief.positions.iter().enumerate() {
        let names = actor_names(brief, &position.actors);
        push(
            Section::Positions,
            index,
            None,
            &[&position.issue, &position.summary, &position.quote, &names],
        );
    }
    for (index, actor) in brief.actors.iter().enumerate() {
        let aliases = actor.aliases.join("\n");
        let role = actor.role.as_deref().unwrap_or_default();
        push(Section::Actors, index, None, &[&actor.name, &aliases, role]);
    }
    for (index, theme) in brief.themes.iter().enumerate() {
        push(Section::Themes, index, None, &[&theme.name]);
    }
    rows
}

fn actor_names(brief: &Brief, ids: &[String]) -> String {
    ids.iter()
        .map(|id| brief.actor_name(id))
        .collect::<Vec<_>>()
        .join("\n")
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
    fn section_names_read_back() {
        assert_eq!(section_named("figures"), Some(Section::Figures));
        assert_eq!(section_named("nope"), None);
    }
}
