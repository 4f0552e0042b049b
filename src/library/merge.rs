//! The All-briefs scope: many briefs merged into one `Brief`, so every pane of the explorer
//! reads across the library unchanged.
//!
//! Rules (each has a test in `library/merge/tests.rs`):
//! - every item keeps its quote; the merged source is the briefs' sources joined by blank
//!   lines, so each quote is still a substring of it;
//! - ids are qualified `BRIEF/ITEM`, and every reference (actors, themes, paragraphs) follows;
//! - rows name their brief: titles, labels, issues, position summaries and paragraph
//!   sections get `BRIEF · ` before them, and a paragraph without a section is put under its
//!   brief's title (`mark_rows`; `merge_unmarked` leaves them as the briefs wrote them, for
//!   the search index: a paragraph is not found through a title it does not carry);
//! - the timeline is every brief's events sorted by date (stable: a brief's own order, then
//!   the order the briefs were given, on equal dates);
//! - an actor is one across briefs when a name or alias agrees (case and spaces ignored):
//!   "China" in one brief and "PRC" (an alias of China) in another are one actor;
//! - figures whose label and unit agree in two or more briefs form one series across them.

use std::collections::HashMap;

use crate::brief::{Brief, BriefDate, Meta, Section};

/// Marks a row with the brief it comes from: `BRIEF · text`.
pub const BRIEF_MARK: &str = " · ";

/// The merged brief, whose item ids say where each item came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub brief: Brief,
    /// Each brief's title by its id: `mark_rows` heads a paragraph without a section of its
    /// own with it.
    pub titles: HashMap<String, String>,
}

impl Merged {
    /// The brief id and original item id of the merged item at `index` in `section`, read
    /// from its qualified id (`BRIEF/ITEM`; a library id holds no `/`). Merged actors point
    /// at the first brief that named them.
    pub fn origin(&self, section: Section, index: usize) -> Option<(&str, &str)> {
        origin_of(&self.brief, section, index)
    }
}

fn origin_of(brief: &Brief, section: Section, index: usize) -> Option<(&str, &str)> {
    brief
        .id_of(crate::brief::ItemRef { section, index })?
        .split_once('/')
}

/// `BRIEF/ITEM`, the qualified id the merged brief uses.
pub fn qualify(brief: &str, item: &str) -> String {
    format!("{brief}/{item}")
}

/// Text compared loosely: white space collapsed, lower case. Used to merge actors by name
/// here and to match quotes in `diff`.
pub(super) fn fold(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Merges `briefs` (each with its id, in the order given) into one brief titled "All briefs",
/// its rows marked with their brief (`mark_rows`).
///
/// Takes the briefs by value so a large library is not held twice. Never fails: the briefs
/// are already validated, and the merge only renames and concatenates.
pub fn merge(briefs: Vec<(String, Brief)>) -> Merged {
    let mut merged = merge_unmarked(briefs);
    mark_rows(&mut merged);
    merged
}

/// `merge` without the rows marked: titles, labels, issues, summaries and paragraph sections
/// as their briefs wrote them (none where a brief gave none). What the search index is
/// built from, so a query does not match the brief ids or the brief titles the marks add.
pub fn merge_unmarked(briefs: Vec<(String, Brief)>) -> Merged {
    let published = briefs
        .iter()
        .map(|(_, brief)| brief.meta.published.clone())
        .max()
        .unwrap_or(BriefDate::Undated);
    let mut merger = Merger {
        out: empty(briefs.len(), published),
        actors: ActorMerge::default(),
        themes: HashMap::new(),
        events: Vec::new(),
    };
    let mut titles = HashMap::new();
    for (id, brief) in briefs {
        titles.insert(id.clone(), brief.meta.title.clone());
        merger.add(&id, brief);
    }
    let Merger {
        mut out,
        mut events,
        ..
    } = merger;
    // Stable: equal dates keep each brief's order, then the order the briefs came in.
    events.sort_by(|a, b| a.date.cmp(&b.date));
    out.timeline = events;
    series_across_briefs(&mut out);
    Merged { brief: out, titles }
}

/// Marks each row of a merged brief with the brief it comes from (`BRIEF · text`, the brief
/// read from the item's qualified id): paragraph sections (a paragraph without one is put
/// under its brief's title), event titles, figure labels, position issues and summaries.
pub fn mark_rows(merged: &mut Merged) {
    fn marked(id: &str, text: &mut String) {
        if let Some((brief, _)) = id.split_once('/') {
            text.insert_str(0, &format!("{brief}{BRIEF_MARK}"));
        }
    }
    let brief = &mut merged.brief;
    for paragraph in &mut brief.summary {
        if paragraph.section.is_none() {
            paragraph.section = paragraph
                .id
                .split_once('/')
                .and_then(|(brief, _)| merged.titles.get(brief))
                .cloned();
        }
        if let Some(section) = &mut paragraph.section {
            marked(&paragraph.id, section);
        }
    }
    for event in &mut brief.timeline {
        marked(&event.id, &mut event.title);
    }
    for figure in &mut brief.figures {
        marked(&figure.id, &mut figure.label);
    }
    for position in &mut brief.positions {
        marked(&position.id, &mut position.issue);
        marked(&position.id, &mut position.summary);
    }
}

/// The merged brief before any brief is in: "All briefs", dated by the latest brief.
fn empty(count: usize, published: BriefDate) -> Brief {
    Brief {
        meta: Meta {
            title: "All briefs".to_string(),
            subtitle: Some(format!(
                "{count} brief{}",
                if count == 1 { "" } else { "s" }
            )),
            series: None,
            number: None,
            authors: Vec::new(),
            publisher: None,
            published,
            source: String::new(),
            source_file: None,
            origin: None,
        },
        summary: Vec::new(),
        actors: Vec::new(),
        themes: Vec::new(),
        timeline: Vec::new(),
        figures: Vec::new(),
        positions: Vec::new(),
        deck: None,
    }
}

/// The merge in progress; events wait in `events` (with brief id and original id) to be
/// sorted by date once every brief is in.
struct Merger {
    out: Brief,
    actors: ActorMerge,
    /// Folded theme name → merged theme id.
    themes: HashMap<String, String>,
    events: Vec<crate::brief::TimelineEvent>,
}

impl Merger {
    fn add(&mut self, id: &str, brief: Brief) {
        let out = &mut self.out;
        if !out.meta.source.is_empty() {
            out.meta.source.push_str("\n\n");
        }
        out.meta.source.push_str(&brief.meta.source);
        // Each brief's own ids to the merged ones.
        let mut actor_ids = HashMap::new();
        for actor in brief.actors {
            let original = actor.id.clone();
            let merged = self.actors.add(id, actor, out);
            actor_ids.insert(original, merged);
        }
        let mut theme_ids = HashMap::new();
        for theme in brief.themes {
            let merged = self
                .themes
                .entry(fold(&theme.name))
                .or_insert_with(|| {
                    let merged = qualify(id, &theme.id);
                    out.themes.push(crate::brief::Theme {
                        id: merged.clone(),
                        name: theme.name.clone(),
                    });
                    merged
                })
                .clone();
            theme_ids.insert(theme.id, merged);
        }
        let actor = |a: &String| actor_ids.get(a).cloned().unwrap_or_else(|| qualify(id, a));
        let theme = |t: &String| theme_ids.get(t).cloned().unwrap_or_else(|| qualify(id, t));
        let paragraph = |p: &Option<String>| p.as_ref().map(|p| qualify(id, p));
        for mut item in brief.summary {
            item.id = qualify(id, &item.id);
            out.summary.push(item);
        }
        for mut event in brief.timeline {
            event.id = qualify(id, &event.id);
            event.actors = event.actors.iter().map(actor).collect();
            event.themes = event.themes.iter().map(theme).collect();
            event.paragraph = paragraph(&event.paragraph);
            self.events.push(event);
        }
        for mut figure in brief.figures {
            figure.id = qualify(id, &figure.id);
            figure.series = figure.series.map(|s| qualify(id, &s));
            figure.actors = figure.actors.iter().map(actor).collect();
            figure.themes = figure.themes.iter().map(theme).collect();
            figure.paragraph = paragraph(&figure.paragraph);
            out.figures.push(figure);
        }
        for mut position in brief.positions {
            position.id = qualify(id, &position.id);
            position.actors = position.actors.iter().map(actor).collect();
            position.stated_by = position.stated_by.as_ref().map(actor);
            position.themes = position.themes.iter().map(theme).collect();
            position.paragraph = paragraph(&position.paragraph);
            out.positions.push(position);
        }
        self.actors.fix_affiliations(&actor_ids, out);
    }
}

/// Actors merged by name and alias: each folded name or alias points at one merged actor.
#[derive(Default)]
struct ActorMerge {
    by_name: HashMap<String, usize>,
    /// Affiliations still naming an actor by its brief's own id: (merged index, brief id).
    pending: Vec<usize>,
}

impl ActorMerge {
    /// Adds one brief's actor, merging it with an actor a name or alias already names;
    /// returns the merged actor's id.
    fn add(&mut self, brief: &str, actor: crate::brief::Actor, out: &mut Brief) -> String {
        let names: Vec<String> = std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .map(|n| fold(n))
            .collect();
        let found = names.iter().find_map(|n| self.by_name.get(n).copied());
        let index = if let Some(index) = found {
            let merged = &mut out.actors[index];
            for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                if fold(name) != fold(&merged.name)
                    && !merged.aliases.iter().any(|a| fold(a) == fold(name))
                {
                    merged.aliases.push(name.clone());
                }
            }
            index
        } else {
            let index = out.actors.len();
            let mut merged = actor;
            merged.id = qualify(brief, &merged.id);
            if merged.affiliation.is_some() {
                self.pending.push(index);
            }
            out.actors.push(merged);
            index
        };
        for name in names {
            self.by_name.entry(name).or_insert(index);
        }
        out.actors[index].id.clone()
    }

    /// Points the new actors' affiliations at merged ids, once their brief's actors are in.
    fn fix_affiliations(&mut self, ids: &HashMap<String, String>, out: &mut Brief) {
        for index in self.pending.drain(..) {
            let actor = &mut out.actors[index];
            actor.affiliation = actor.affiliation.as_ref().and_then(|a| ids.get(a).cloned());
        }
    }
}

/// Figures whose folded label and unit agree in two or more briefs become one series named
/// by the label; the others keep their brief's own (qualified) series.
fn series_across_briefs(out: &mut Brief) {
    let mut groups: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (index, figure) in out.figures.iter().enumerate() {
        groups
            .entry((fold(&figure.label), fold(&figure.unit)))
            .or_default()
            .push(index);
    }
    for members in groups.values() {
        let brief_of = |i: &usize| origin_of(out, Section::Figures, *i).map(|o| o.0);
        let first = members.first().and_then(brief_of);
        if members.iter().all(|i| brief_of(i) == first) {
            continue;
        }
        let name = format!(
            "{} ({})",
            out.figures[members[0]].label, out.figures[members[0]].unit
        );
        for &i in members {
            out.figures[i].series = Some(name.clone());
        }
    }
}

pub mod part;

#[cfg(test)]
mod tests;
