//! Checks a parsed brief once, so the rest of the program can trust it: ids are unique and
//! resolve, every quote is in the source, no text can send escape sequences to a terminal.

use std::collections::HashMap;

use serde_json::Value;

use super::Brief;

/// A problem found by validation, with where to look for it in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Text whose first occurrence in the file locates the problem; empty when unknown.
    pub anchor: String,
    pub message: String,
}

/// Validates the brief and completes what the loader derives: each item's paragraph, and the
/// timeline in chronological order. Returns every problem found, not only the first.
pub fn prepare(brief: &mut Brief) -> Vec<Finding> {
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
    findings
}

fn id_anchor(id: &str) -> String {
    format!("\"{id}\"")
}

fn finding(anchor: String, message: String) -> Finding {
    Finding { anchor, message }
}

fn check_meta(brief: &Brief, findings: &mut Vec<Finding>) {
    if brief.meta.title.trim().is_empty() {
        findings.push(finding(
            "title".to_string(),
            "meta.title: the brief needs a title".to_string(),
        ));
    }
    if brief.summary.is_empty() {
        findings.push(finding(
            "[meta]".to_string(),
            "summary: the brief has no paragraphs; add [[summary]] entries with the source's paragraphs".to_string(),
        ));
    }
}

fn check_ids(brief: &Brief, findings: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
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
        if let Some(first_kind) = seen.insert(id, kind) {
            findings.push(finding(
                id_anchor(id),
                format!("{kind} id {id:?} is already used by a {first_kind}; ids must be unique across the brief"),
            ));
        }
    }
}

fn check_references(brief: &Brief, findings: &mut Vec<Finding>) {
    let actor_defined = |id: &str| brief.actors.iter().any(|actor| actor.id == id);
    let theme_defined = |id: &str| brief.themes.iter().any(|theme| theme.id == id);
    let mut check = |kind: &str, owner: &str, actors: &[String], themes: &[String]| {
        for actor in actors.iter().filter(|id| !actor_defined(id)) {
            findings.push(finding(
                id_anchor(owner),
                format!("{kind} {owner:?}: actor {actor:?} is not defined in [[actors]]"),
            ));
        }
        for theme in themes.iter().filter(|id| !theme_defined(id)) {
            findings.push(finding(
                id_anchor(owner),
                format!("{kind} {owner:?}: theme {theme:?} is not defined in [[themes]]"),
            ));
        }
    };
    for event in &brief.timeline {
        check("timeline event", &event.id, &event.actors, &event.themes);
    }
    for figure in &brief.figures {
        check("figure", &figure.id, &figure.actors, &figure.themes);
    }
    for position in &brief.positions {
        check("position", &position.id, &position.actors, &position.themes);
    }
    for actor in &brief.actors {
        if let Some(affiliation) = &actor.affiliation {
            check("actor", &actor.id, std::slice::from_ref(affiliation), &[]);
        }
    }
}

/// Each paragraph must appear verbatim in the source, after the one before it.
fn check_summary(brief: &Brief, findings: &mut Vec<Finding>) {
    let source = brief.meta.source.as_str();
    let mut search_from = 0;
    for paragraph in &brief.summary {
        if paragraph.text.trim().is_empty() {
            findings.push(finding(
                id_anchor(&paragraph.id),
                format!("paragraph {:?} has no text", paragraph.id),
            ));
            continue;
        }
        match source[search_from..].find(&paragraph.text) {
            Some(at) => search_from += at + paragraph.text.len(),
            None if source.contains(&paragraph.text) => findings.push(finding(
                id_anchor(&paragraph.id),
                format!(
                    "paragraph {:?} is out of order: the source has it before the paragraph listed ahead of it",
                    paragraph.id
                ),
            )),
            None => findings.push(finding(
                id_anchor(&paragraph.id),
                format!(
                    "paragraph {:?} is not in the source text verbatim: {}",
                    paragraph.id,
                    excerpt(&paragraph.text)
                ),
            )),
        }
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
    let mut resolve = |kind: &str, id: &str, quote: &str, paragraph: &mut Option<String>| {
        if quote.trim().is_empty() {
            findings.push(finding(
                id_anchor(id),
                format!("{kind} {id:?}: quote is empty; give the exact sentence from the source"),
            ));
            return;
        }
        if !source.contains(quote) {
            findings.push(finding(
                id_anchor(id),
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
            (None, _) => findings.push(finding(
                id_anchor(id),
                format!(
                    "{kind} {id:?}: the quote is in the source but in no [[summary]] paragraph; add its paragraph: {}",
                    excerpt(quote)
                ),
            )),
            (Some(found), Some(given)) if found != given => findings.push(finding(
                id_anchor(id),
                format!("{kind} {id:?}: paragraph is {given:?} but the quote is in {found:?}"),
            )),
            (Some(found), _) => *paragraph = Some(found),
        }
    };
    for event in &mut brief.timeline {
        resolve(
            "timeline event",
            &event.id,
            &event.quote,
            &mut event.paragraph,
        );
    }
    for figure in &mut brief.figures {
        resolve("figure", &figure.id, &figure.quote, &mut figure.paragraph);
    }
    for position in &mut brief.positions {
        resolve(
            "position",
            &position.id,
            &position.quote,
            &mut position.paragraph,
        );
    }
}

fn check_figures(brief: &Brief, findings: &mut Vec<Finding>) {
    for figure in &brief.figures {
        if !figure.value.is_finite() {
            findings.push(finding(
                id_anchor(&figure.id),
                format!("figure {:?}: value must be a finite number", figure.id),
            ));
        }
        if figure.unit.trim().is_empty() {
            findings.push(finding(
                id_anchor(&figure.id),
                format!(
                    "figure {:?}: unit is empty (e.g. \"USD\", \"percent\", \"meetings\")",
                    figure.id
                ),
            ));
        }
    }
}

fn check_positions(brief: &Brief, findings: &mut Vec<Finding>) {
    for position in &brief.positions {
        if position.actors.is_empty() {
            findings.push(finding(
                id_anchor(&position.id),
                format!(
                    "position {:?}: name at least one actor who holds it",
                    position.id
                ),
            ));
        }
        if position.issue.trim().is_empty() {
            findings.push(finding(
                id_anchor(&position.id),
                format!("position {:?}: issue is empty", position.id),
            ));
        }
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
                findings.push(finding(
                    owner.map(id_anchor).unwrap_or_default(),
                    format!(
                        "{path}{whose}: control character U+{:04X} at line {line} column {column} of this text; only newline and tab are allowed",
                        u32::from(character)
                    ),
                ));
                break;
            }
        }
    });
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
