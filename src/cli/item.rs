//! `briefing get ID` and `briefing cite ID`: one item in full, and the line that cites it.

use serde::Serialize;

use crate::brief::{Brief, ItemRef, Section, join_names};

use super::table::{Column, table};
use super::text::{Style, Styled, hanging};

const LABEL_WIDTH: usize = 13;

/// The item in full: a heading, its fields one a line, its quote and the paragraph it is from.
/// `within` is the brief's id when several briefs are in scope: ids then print as
/// `BRIEF/ITEM` and a "Brief" line names the brief the item comes from.
pub fn item_lines(brief: &Brief, item: ItemRef, width: usize, within: Option<&str>) -> Vec<Styled> {
    let id = qualified(within, brief.id_of(item).unwrap_or_default());
    let mut heading = Styled::with(&id, Style::Id);
    heading.push(&format!(" · {}", item.section.name()), Style::Dim);
    let mut lines = vec![heading];

    let title = match item.section {
        Section::Summary => brief.summary.get(item.index).map_or_else(String::new, |p| {
            let number = format!("Paragraph {}", item.index + 1);
            p.section
                .as_ref()
                .map_or(number.clone(), |section| format!("{number}, {section}"))
        }),
        _ => brief.title_of(item),
    };
    lines.extend(Styled::with(&title, Style::Heading).wrap(width));
    lines.push(Styled::new());

    let mut fields = Fields {
        lines: Vec::new(),
        width,
        within,
    };
    if within.is_some() {
        fields.add("Brief", &brief_line(brief));
    }
    describe(brief, item, &mut fields);
    if item.section != Section::Summary {
        if let Some(quote) = brief.quote_of(item) {
            fields.add("Quote", &format!("\u{201c}{quote}\u{201d}"));
        }
        if let Some(paragraph) = brief.paragraph_of(item) {
            fields.add("Paragraph", &paragraph_reference(brief, paragraph));
        }
    }
    lines.extend(fields.lines);
    lines
}

/// The fields particular to the item's section.
fn describe(brief: &Brief, item: ItemRef, fields: &mut Fields<'_>) {
    let names = |ids: &[String]| {
        let names: Vec<String> = ids
            .iter()
            .map(|id| brief.actor_name(id).to_string())
            .collect();
        join_names(&names)
    };
    let theme_names = |ids: &[String]| {
        ids.iter()
            .map(|id| brief.theme_name(id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match item.section {
        Section::Summary => {
            if let Some(paragraph) = brief.summary.get(item.index) {
                fields
                    .lines
                    .extend(Styled::plain(&paragraph.text).wrap(fields.width));
                let items = brief.items_in_paragraph(&paragraph.id);
                fields.list(brief, "Items drawn from this paragraph", &items);
            }
        }
        Section::Timeline => {
            if let Some(event) = brief.timeline.get(item.index) {
                fields.add("Date", &event.date.long());
                if let Some(note) = &event.date_note {
                    fields.add("Date note", note);
                }
                fields.add("Detail", &event.detail);
                fields.add("Actors", &names(&event.actors));
                fields.add("Themes", &theme_names(&event.themes));
            }
        }
        Section::Figures => {
            if let Some(figure) = brief.figures.get(item.index) {
                fields.add("Value", &figure.display_value());
                if let Some(period) = &figure.period {
                    fields.add("Period", &period.long());
                }
                if let Some(series) = &figure.series {
                    let others: Vec<&str> = brief
                        .figures
                        .iter()
                        .filter(|f| f.id != figure.id && f.series.as_ref() == Some(series))
                        .map(|f| f.id.as_str())
                        .collect();
                    let text = if others.is_empty() {
                        series.clone()
                    } else {
                        format!("{series} (with {})", others.join(", "))
                    };
                    fields.add("Series", &text);
                }
                if let Some(detail) = &figure.detail {
                    fields.add("Detail", detail);
                }
                fields.add("Actors", &names(&figure.actors));
                fields.add("Themes", &theme_names(&figure.themes));
            }
        }
        Section::Positions => {
            if let Some(position) = brief.positions.get(item.index) {
                fields.add("Issue", &position.issue);
                fields.add("Actors", &names(&position.actors));
                fields.add("Stance", position.stance.verb());
                if let Some(stated_by) = &position.stated_by {
                    fields.add("Stated by", brief.actor_name(stated_by));
                }
                fields.add("Themes", &theme_names(&position.themes));
            }
        }
        Section::Actors => {
            if let Some(actor) = brief.actors.get(item.index) {
                fields.add("Kind", actor.kind.name());
                if let Some(role) = &actor.role {
                    fields.add("Role", role);
                }
                if let Some(affiliation) = &actor.affiliation {
                    fields.add("Affiliation", brief.actor_name(affiliation));
                }
                fields.add("Also called", &actor.aliases.join(", "));
                fields.list(brief, "Named in", &brief.items_of_actor(&actor.id));
            }
        }
        Section::Themes => {
            if let Some(theme) = brief.themes.get(item.index) {
                fields.list(brief, "Items", &brief.items_of_theme(&theme.id));
            }
        }
    }
}

/// `BRIEF/ITEM` when `within` names the brief, else the item id alone.
fn qualified(within: Option<&str>, id: &str) -> String {
    within.map_or_else(|| id.to_string(), |brief| format!("{brief}/{id}"))
}

/// "China-Russia Relations (EAI Background Brief 346, 8 Aug 2007)": the brief an item is from.
fn brief_line(brief: &Brief) -> String {
    let meta = &brief.meta;
    let facts: Vec<String> = [meta.series.as_deref(), meta.number.as_deref()]
        .into_iter()
        .flatten()
        .map(str::to_string)
        .collect();
    let mut facts = vec![facts.join(" ")];
    facts.retain(|fact| !fact.is_empty());
    facts.push(meta.published.short());
    format!("{} ({})", meta.title, facts.join(", "))
}

/// "p4 (paragraph 4, Executive Summary)".
fn paragraph_reference(brief: &Brief, id: &str) -> String {
    let Some(index) = brief.summary.iter().position(|p| p.id == id) else {
        return id.to_string();
    };
    let section = brief.summary[index]
        .section
        .as_ref()
        .map(|section| format!(", {section}"))
        .unwrap_or_default();
    format!("{id} (paragraph {}{section})", index + 1)
}

/// Label-and-value lines with the values aligned; ids in lists qualified with `within`.
struct Fields<'a> {
    lines: Vec<Styled>,
    width: usize,
    within: Option<&'a str>,
}

impl Fields<'_> {
    /// Adds a field unless its value is empty.
    fn add(&mut self, label: &str, value: &str) {
        if value.is_empty() {
            return;
        }
        self.lines.extend(hanging(
            &Styled::with(label, Style::Label),
            LABEL_WIDTH,
            &Styled::plain(value),
            self.width,
        ));
    }

    /// A titled list of items: each id beside its title.
    fn list(&mut self, brief: &Brief, label: &str, items: &[ItemRef]) {
        if items.is_empty() {
            return;
        }
        if !self.lines.is_empty() {
            self.lines.push(Styled::new());
        }
        self.lines.push(Styled::with(
            &format!("{label} ({})", items.len()),
            Style::Label,
        ));
        let rows = items
            .iter()
            .map(|&item| {
                vec![
                    Styled::with(
                        &qualified(self.within, brief.id_of(item).unwrap_or_default()),
                        Style::Id,
                    ),
                    Styled::plain(&brief.title_of(item)),
                ]
            })
            .collect();
        self.lines.extend(table(
            &[Column::id(""), Column::wrapping("")],
            rows,
            2,
            self.width,
        ));
    }
}

/// A citation of one item, in the shape `briefing cite --json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct ItemCitation {
    /// As `get` takes it: `BRIEF/ITEM` when several briefs are in scope.
    pub id: String,
    /// The brief's id in the library; absent with `--file`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brief: Option<String>,
    pub section: Section,
    /// The whole reference as one line, as `briefing cite` prints it.
    pub citation: String,
    pub authors: Vec<String>,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The publication date in the brief format's form (`2007-08-08`).
    pub published: String,
    /// Ids of the paragraphs the item comes from, in source order.
    pub paragraphs: Vec<String>,
    /// Their 1-based positions in the source, as the citation line gives them.
    pub paragraph_numbers: Vec<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// Cites an item: the brief's reference followed by the paragraphs the item comes from. An
/// actor or theme cites the paragraphs of the items that name it.
pub fn citation(brief: &Brief, item: ItemRef) -> ItemCitation {
    let related: Vec<ItemRef> = match item.section {
        Section::Actors => brief
            .actors
            .get(item.index)
            .map(|actor| brief.items_of_actor(&actor.id))
            .unwrap_or_default(),
        Section::Themes => brief
            .themes
            .get(item.index)
            .map(|theme| brief.items_of_theme(&theme.id))
            .unwrap_or_default(),
        _ => vec![item],
    };
    let numbers = brief.paragraph_numbers(&related);
    let paragraphs = numbers
        .iter()
        .filter_map(|&number| brief.summary.get(number - 1))
        .map(|paragraph| paragraph.id.clone())
        .collect();
    let line = brief.cite(&related);

    let meta = &brief.meta;
    ItemCitation {
        id: brief.id_of(item).unwrap_or_default().to_string(),
        brief: None,
        section: item.section,
        citation: line,
        authors: meta.authors.clone(),
        title: meta.title.clone(),
        subtitle: meta.subtitle.clone(),
        series: meta.series.clone(),
        number: meta.number.clone(),
        publisher: meta.publisher.clone(),
        published: meta.published.iso(),
        paragraphs,
        paragraph_numbers: numbers,
        quote: brief.quote_of(item).map(str::to_string),
    }
}
