//! Checks a parsed brief once, so the rest of the program can trust it: ids are unique and
//! resolve, every quote is in the source, no text can send escape sequences to a terminal.

use std::collections::HashMap;

use serde_json::Value;

use super::{Brief, ItemRef, Section};

/// A problem found by validation, with where to look for it in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Text whose first occurrence in the file locates the problem: an item's quoted id, or
    /// [`META_ANCHOR`] for the `meta` table; empty when unknown.
    pub anchor: String,
    /// Which occurrence of the anchor is meant, from 0: a duplicate id is located at its second
    /// definition, not its first.
    pub occurrence: usize,
    /// The field of the anchored item the problem is in (`quote`, `actors`…), when known.
    pub field: Option<String>,
    /// The item the problem is about; `prepare` turns it into `occurrence`, so a problem of
    /// the second of two items sharing an id is located at the second.
    pub item: Option<ItemRef>,
    pub message: String,
}

/// Anchors a finding on the brief's `meta` table.
pub const META_ANCHOR: &str = "[meta]";

impl Finding {
    fn in_field(mut self, field: &str) -> Finding {
        self.field = Some(field.to_string());
        self
    }

    fn of(mut self, section: Section, index: usize) -> Finding {
        self.item = Some(ItemRef { section, index });
        self
    }
}

/// Validates the brief and completes what the loader derives: each item's paragraph, and the
/// timeline in chronological order. Returns every problem found, not only the first.
pub fn prepare(brief: &mut Brief) -> Vec<Finding> {
    let occurrences = occurrences(brief);
    let mut findings = Vec::new();
    check_control_characters(brief, &mut findings);
    check_meta(brief, &mut findings);
    check_ids(brief, &mut findings);
    check_references(brief, &mut findings);
    check_summary(brief, &mut findings);
    assign_paragraphs(brief, &mut findings);
    check_figures(brief, &mut findings);
    check_positions(brief, &mut findings);
    if let Some(deck) = &brief.deck {
        findings.extend(super::deck::check(deck, brief));
    }
    // Stable, so events on the same date keep the order the author gave them.
    brief.timeline.sort_by(|a, b| a.date.cmp(&b.date));
    for finding in &mut findings {
        if let Some(item) = finding.item {
            finding.occurrence = occurrences.get(&item).copied().unwrap_or(0);
        }
    }
    findings
}

/// Which definition of its id each item is, from 0, counting in the order briefs are written
/// (summary, actors, themes, timeline, figures, positions).
fn occurrences(brief: &Brief) -> HashMap<ItemRef, usize> {
    let sections = [
        (Section::Summary, brief.summary.len()),
        (Section::Actors, brief.actors.len()),
        (Section::Themes, brief.themes.len()),
        (Section::Timeline, brief.timeline.len()),
        (Section::Figures, brief.figures.len()),
        (Section::Positions, brief.positions.len()),
    ];
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut occurrences = HashMap::new();
    for (section, len) in sections {
        for index in 0..len {
            let item = ItemRef { section, index };
            if let Some(id) = brief.id_of(item) {
                let count = seen.entry(id).or_insert(0);
                occurrences.insert(item, *count);
                *count += 1;
            }
        }
    }
    occurrences
}

fn id_anchor(id: &str) -> String {
    format!("\"{id}\"")
}

fn finding(anchor: String, message: String) -> Finding {
    Finding {
        anchor,
        occurrence: 0,
        field: None,
        item: None,
        message,
    }
}

fn finding_in(anchor: String, field: &str, message: String) -> Finding {
    finding(anchor, message).in_field(field)
}

/// Marks the findings pushed since `from` as being about one item.
fn tag(findings: &mut [Finding], from: usize, section: Section, index: usize) {
    for finding in findings.iter_mut().skip(from) {
        finding.item = Some(ItemRef { section, index });
    }
}

/// "a figure", "an actor".
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

fn check_meta(brief: &Brief, findings: &mut Vec<Finding>) {
    if brief.meta.title.trim().is_empty() {
        findings.push(
            finding(
                META_ANCHOR.to_string(),
                "meta.title: the brief needs a title".to_string(),
            )
            .in_field("title"),
        );
    }
    if brief.summary.is_empty() {
        findings.push(finding(
            META_ANCHOR.to_string(),
            "summary: the brief has no paragraphs; add [[summary]] entries with the source's paragraphs".to_string(),
        ));
    }
}

fn check_ids(brief: &Brief, findings: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, (&str, usize)> = HashMap::new();
    let all = brief
        .summary
        .iter()
        .map(|p| ("paragraph", p.id.as_str()))
        .chain(brief.actors.iter().map(|a| ("actor", a.id.as_str())))
        .chain(brief.themes.iter().map(|t| ("theme", t.id.as_str())))
        .chain(
            brief
                .timeline
                .iter()
                .map(|e| ("timeline event", e.id.as_str())),
        )
        .chain(brief.figures.iter().map(|f| ("figure", f.id.as_str())))
        .chain(brief.positions.iter().map(|p| ("position", p.id.as_str())));
    for (kind, id) in all {
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            findings.push(finding(
                id_anchor(id),
                format!("{kind} id {id:?}: use letters, digits, '-', '_' or '.' only"),
            ));
        }
        let (first_kind, count) = seen.entry(id).or_insert((kind, 0));
        *count += 1;
        if *count > 1 {
            let mut duplicate = finding(
                id_anchor(id),
                format!(
                    "{kind} id {id:?} is already used by {}; ids must be unique across the brief",
                    with_article(first_kind)
                ),
            );
            duplicate.occurrence = *count - 1;
            findings.push(duplicate);
        }
    }
}

fn check_references(brief: &Brief, findings: &mut Vec<Finding>) {
    let actor_defined = |id: &str| brief.actors.iter().any(|actor| actor.id == id);
    let theme_defined = |id: &str| brief.themes.iter().any(|theme| theme.id == id);
    let mut check = |kind: &str,
                     (section, index): (Section, usize),
                     owner: &str,
                     (actor_field, actors): (&str, &[String]),
                     themes: &[String]| {
        for actor in actors.iter().filter(|id| !actor_defined(id)) {
            findings.push(
                finding(
                    id_anchor(owner),
                    format!("{kind} {owner:?}: actor {actor:?} is not defined in [[actors]]"),
                )
                .in_field(actor_field)
                .of(section, index),
            );
        }
        for theme in themes.iter().filter(|id| !theme_defined(id)) {
            findings.push(
                finding(
                    id_anchor(owner),
                    format!("{kind} {owner:?}: theme {theme:?} is not defined in [[themes]]"),
                )
                .in_field("themes")
                .of(section, index),
            );
        }
    };
    for (index, event) in brief.timeline.iter().enumerate() {
        check(
            "timeline event",
            (Section::Timeline, index),
            &event.id,
            ("actors", &event.actors),
            &event.themes,
        );
    }
    for (index, figure) in brief.figures.iter().enumerate() {
        check(
            "figure",
            (Section::Figures, index),
            &figure.id,
            ("actors", &figure.actors),
            &figure.themes,
        );
    }
    for (index, position) in brief.positions.iter().enumerate() {
        check(
            "position",
            (Section::Positions, index),
            &position.id,
            ("actors", &position.actors),
            &position.themes,
        );
        if let Some(stated_by) = &position.stated_by {
            check(
                "position",
                (Section::Positions, index),
                &position.id,
                ("stated_by", std::slice::from_ref(stated_by)),
                &[],
            );
        }
    }
    for (index, actor) in brief.actors.iter().enumerate() {
        if let Some(affiliation) = &actor.affiliation {
            check(
                "actor",
                (Section::Actors, index),
                &actor.id,
                ("affiliation", std::slice::from_ref(affiliation)),
                &[],
            );
        }
    }
}

/// Each paragraph must appear verbatim in the source, after the one before it.
fn check_summary(brief: &Brief, findings: &mut Vec<Finding>) {
    let source = brief.meta.source.as_str();
    let mut search_from = 0;
    for (index, paragraph) in brief.summary.iter().enumerate() {
        let from = findings.len();
        if paragraph.text.trim().is_empty() {
            findings.push(finding_in(
                id_anchor(&paragraph.id),
                "text",
                format!("paragraph {:?} has no text", paragraph.id),
            ));
            tag(findings, from, Section::Summary, index);
            continue;
        }
        match source[search_from..].find(&paragraph.text) {
            Some(at) => search_from += at + paragraph.text.len(),
            None if source.contains(&paragraph.text) => findings.push(finding_in(
                id_anchor(&paragraph.id),
                "text",
                format!(
                    "paragraph {:?} is out of order: the source has it before the paragraph listed ahead of it",
                    paragraph.id
                ),
            )),
            None => findings.push(finding_in(
                id_anchor(&paragraph.id),
                "text",
                format!(
                    "paragraph {:?} is not in the source text verbatim: {}",
                    paragraph.id,
                    excerpt(&paragraph.text)
                ),
            )),
        }
        tag(findings, from, Section::Summary, index);
    }
}

/// Every quote must be an exact substring of the source, inside one of the paragraphs.
fn assign_paragraphs(brief: &mut Brief, findings: &mut Vec<Finding>) {
    let source = brief.meta.source.clone();
    let paragraphs: Vec<(String, String)> = brief
        .summary
        .iter()
        .map(|p| (p.id.clone(), p.text.clone()))
        .collect();
    let resolve = |findings: &mut Vec<Finding>,
                   kind: &str,
                   id: &str,
                   quote: &str,
                   paragraph: &mut Option<String>| {
        if quote.trim().is_empty() {
            findings.push(finding_in(
                id_anchor(id),
                "quote",
                format!("{kind} {id:?}: quote is empty; give the exact sentence from the source"),
            ));
            return;
        }
        if !source.contains(quote) {
            findings.push(finding_in(
                id_anchor(id),
                "quote",
                format!(
                    "{kind} {id:?}: quote not found in the source text: {}",
                    excerpt(quote)
                ),
            ));
            return;
        }
        let holder = paragraphs
            .iter()
            .find(|(_, text)| text.contains(quote))
            .map(|(paragraph_id, _)| paragraph_id.clone());
        match (holder, paragraph.as_deref()) {
            (None, _) => findings.push(finding_in(
                id_anchor(id),
                "quote",
                format!(
                    "{kind} {id:?}: the quote is in the source but in no [[summary]] paragraph; add its paragraph: {}",
                    excerpt(quote)
                ),
            )),
            (Some(found), Some(given)) if found != given => findings.push(finding_in(
                id_anchor(id),
                "paragraph",
                format!("{kind} {id:?}: paragraph is {given:?} but the quote is in {found:?}"),
            )),
            (Some(found), _) => *paragraph = Some(found),
        }
    };
    for (index, event) in brief.timeline.iter_mut().enumerate() {
        let from = findings.len();
        resolve(
            findings,
            "timeline event",
            &event.id,
            &event.quote,
            &mut event.paragraph,
        );
        tag(findings, from, Section::Timeline, index);
    }
    for (index, figure) in brief.figures.iter_mut().enumerate() {
        let from = findings.len();
        resolve(
            findings,
            "figure",
            &figure.id,
            &figure.quote,
            &mut figure.paragraph,
        );
        tag(findings, from, Section::Figures, index);
    }
    for (index, position) in brief.positions.iter_mut().enumerate() {
        let from = findings.len();
        resolve(
            findings,
            "position",
            &position.id,
            &position.quote,
            &mut position.paragraph,
        );
        tag(findings, from, Section::Positions, index);
    }
}

fn check_figures(brief: &Brief, findings: &mut Vec<Finding>) {
    for (index, figure) in brief.figures.iter().enumerate() {
        let from = findings.len();
        if !figure.value.is_finite() {
            findings.push(finding_in(
                id_anchor(&figure.id),
                "value",
                format!("figure {:?}: value must be a finite number", figure.id),
            ));
        }
        if figure.unit.trim().is_empty() {
            findings.push(finding_in(
                id_anchor(&figure.id),
                "unit",
                format!(
                    "figure {:?}: unit is empty (e.g. \"USD\", \"percent\", \"meetings\")",
                    figure.id
                ),
            ));
        }
        if let Some(hedge) = &figure.hedge
            && !figure.quote.to_lowercase().contains(&hedge.to_lowercase())
        {
            findings.push(finding_in(
                id_anchor(&figure.id),
                "hedge",
                format!(
                    "figure {:?}: hedge {hedge:?} is not in the quote; use the text's own words",
                    figure.id
                ),
            ));
        }
        tag(findings, from, Section::Figures, index);
    }
}

fn check_positions(brief: &Brief, findings: &mut Vec<Finding>) {
    for (index, position) in brief.positions.iter().enumerate() {
        let from = findings.len();
        if position.actors.is_empty() {
            findings.push(finding_in(
                id_anchor(&position.id),
                "actors",
                format!(
                    "position {:?}: name at least one actor who holds it",
                    position.id
                ),
            ));
        }
        if position.issue.trim().is_empty() {
            findings.push(finding_in(
                id_anchor(&position.id),
                "issue",
                format!("position {:?}: issue is empty", position.id),
            ));
        }
        tag(findings, from, Section::Positions, index);
    }
}

/// Refuses control characters other than newline and tab anywhere in the brief's text, so no
/// brief can move the cursor or change colours in the reader's terminal.
fn check_control_characters(brief: &Brief, findings: &mut Vec<Finding>) {
    let Ok(tree) = serde_json::to_value(brief) else {
        return;
    };
    walk_strings(&tree, "", None, &mut |path, owner, text| {
        for (offset, character) in text.char_indices() {
            if character.is_control() && character != '\n' && character != '\t' {
                let (line, column) = super::load::line_and_column(text, offset);
                let whose = owner.map(|id| format!(" of {id:?}")).unwrap_or_default();
                let anchor = match owner {
                    Some(id) => id_anchor(id),
                    None if path.starts_with("meta") => META_ANCHOR.to_string(),
                    None => String::new(),
                };
                // The field of the item holding the text: `aliases` for `actors[2].aliases[0]`.
                let last = path.rsplit('.').next().unwrap_or(path);
                let field = last.split('[').next().unwrap_or(last);
                let mut problem = finding_in(
                    anchor,
                    field,
                    format!(
                        "{path}{whose}: control character U+{:04X} at line {line} column {column} of this text; only newline and tab are allowed",
                        u32::from(character)
                    ),
                );
                problem.item = item_at(path);
                findings.push(problem);
                break;
            }
        }
    });
}

/// The item a JSON path such as `positions[3].quote` points into.
fn item_at(path: &str) -> Option<ItemRef> {
    let (name, rest) = path.split_once('[')?;
    let index = rest.split_once(']')?.0.parse().ok()?;
    let section = match name {
        "summary" => Section::Summary,
        "actors" => Section::Actors,
        "themes" => Section::Themes,
        "timeline" => Section::Timeline,
        "figures" => Section::Figures,
        "positions" => Section::Positions,
        _ => return None,
    };
    Some(ItemRef { section, index })
}

fn walk_strings<'a>(
    value: &'a Value,
    path: &str,
    owner: Option<&'a str>,
    visit: &mut dyn FnMut(&str, Option<&str>, &str),
) {
    match value {
        Value::String(text) => visit(path, owner, text),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk_strings(item, &format!("{path}[{index}]"), owner, visit);
            }
        }
        Value::Object(fields) => {
            let owner = fields.get("id").and_then(Value::as_str).or(owner);
            for (key, item) in fields {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk_strings(item, &path, owner, visit);
            }
        }
        _ => {}
    }
}

/// A quote shortened for an error line, with any control characters made visible.
fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    let shown: String = text.chars().take(MAX).collect();
    let ellipsis = if text.chars().count() > MAX {
        "…"
    } else {
        ""
    };
    format!("{:?}", format!("{shown}{ellipsis}"))
}
