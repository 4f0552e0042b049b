//! Checks a parsed brief once, so the rest of the program can trust it: ids are unique and
//! resolve, every quote is in the source, no text can send escape sequences to a terminal.
//!
//! Linear in the size of the brief: ids are looked up in hash maps (foldhash: fast, and
//! seeded per process so a brief cannot choose ids that collide), quotes through the
//! paragraph spans and source index of `validate/quotes.rs`. Work that only matters when
//! something is wrong (which definition of its id an item is) is done only then.

mod control;
mod quotes;

use foldhash::{HashMap, HashMapExt, HashSet};

use super::problem::{Finding, META_ANCHOR};
use super::{Brief, ItemRef, Section, TimelineEvent};

/// Validates the brief and completes what the loader derives: each item's paragraph, and the
/// timeline in chronological order. Returns every problem found, not only the first, each
/// with the `occurrence` of its item's id filled in for locating.
pub fn prepare(brief: &mut Brief) -> Vec<Finding> {
    prepare_checking(brief, true)
}

/// [`prepare`] for a brief just parsed from `text`: the walk over every string for control
/// characters runs only when the text or the source could hold one.
pub(super) fn prepare_loaded(brief: &mut Brief, text: &str) -> Vec<Finding> {
    let controls = control::may_hold_control_characters(text)
        || control::may_hold_control_characters(&brief.meta.source);
    prepare_checking(brief, controls)
}

fn prepare_checking(brief: &mut Brief, controls: bool) -> Vec<Finding> {
    let mut findings = Vec::new();
    if controls {
        control::check_control_characters(brief, &mut findings);
    }
    check_meta(brief, &mut findings);
    check_ids(brief, &mut findings);
    check_references(brief, &mut findings);
    let spans = quotes::check_summary(brief, &mut findings);
    quotes::assign_paragraphs(brief, &spans, &mut findings);
    check_figures(brief, &mut findings);
    check_positions(brief, &mut findings);
    if let Some(deck) = &brief.deck {
        findings.extend(super::deck::check(deck, brief));
    }
    // Before the sort below: findings name items by their index as written.
    if findings.iter().any(|finding| finding.item.is_some()) {
        let occurrences = Occurrences::of(brief);
        for finding in &mut findings {
            if let Some(item) = finding.item {
                finding.occurrence = occurrences.of_item(item);
            }
        }
    }
    sort_timeline(&mut brief.timeline);
    findings
}

/// Puts events in chronological order ([`BriefDate`](crate::brief::BriefDate)'s `Ord`), stable, so events on the same
/// date keep the order the author gave them. By the cheap key first, then by the written
/// form only within a run of different dates sharing a key (rare): sorting 100,000 events
/// formats none of their dates in the common case.
fn sort_timeline(timeline: &mut [TimelineEvent]) {
    if timeline.is_sorted_by(|a, b| a.date <= b.date) {
        return;
    }
    timeline.sort_by_cached_key(|event| event.date.sort_key());
    let mut start = 0;
    while start < timeline.len() {
        let key = timeline[start].date.sort_key();
        let end = start
            + timeline[start..]
                .iter()
                .take_while(|event| event.date.sort_key() == key)
                .count();
        let run = &mut timeline[start..end];
        if run.iter().any(|event| event.date != run[0].date) {
            run.sort_by_cached_key(|event| event.date.iso());
        }
        start = end;
    }
}

/// Which definition of its id each item is, from 0, counting in the order briefs are written
/// (summary, actors, themes, timeline, figures, positions): per section, per index.
struct Occurrences {
    by_section: Vec<(Section, Vec<u32>)>,
}

impl Occurrences {
    fn of(brief: &Brief) -> Occurrences {
        let sections = [
            (Section::Summary, brief.summary.len()),
            (Section::Actors, brief.actors.len()),
            (Section::Themes, brief.themes.len()),
            (Section::Timeline, brief.timeline.len()),
            (Section::Figures, brief.figures.len()),
            (Section::Positions, brief.positions.len()),
        ];
        let total = sections.iter().map(|(_, len)| len).sum();
        let mut seen: HashMap<&str, u32> = HashMap::with_capacity(total);
        let by_section = sections
            .into_iter()
            .map(|(section, len)| {
                let counts = (0..len)
                    .map(|index| {
                        brief.id_of(ItemRef { section, index }).map_or(0, |id| {
                            let count = seen.entry(id).or_insert(0);
                            *count += 1;
                            *count - 1
                        })
                    })
                    .collect();
                (section, counts)
            })
            .collect();
        Occurrences { by_section }
    }

    fn of_item(&self, item: ItemRef) -> usize {
        self.by_section
            .iter()
            .find(|(section, _)| *section == item.section)
            .and_then(|(_, counts)| counts.get(item.index))
            .map_or(0, |&count| count as usize)
    }
}

/// How an item's id is anchored: quoted, as it stands in the file.
fn id_anchor(id: &str) -> String {
    format!("\"{id}\"")
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
            Finding::new(
                META_ANCHOR,
                "meta.title: the brief needs a title".to_string(),
            )
            .in_field("title"),
        );
    }
    if brief.summary.is_empty() {
        findings.push(Finding::new(
            META_ANCHOR,
            "summary: the brief has no paragraphs; add [[summary]] entries with the source's paragraphs".to_string(),
        ));
    }
}

fn check_ids(brief: &Brief, findings: &mut Vec<Finding>) {
    let total = brief.summary.len()
        + brief.actors.len()
        + brief.themes.len()
        + brief.timeline.len()
        + brief.figures.len()
        + brief.positions.len();
    let mut seen: HashMap<&str, (&str, usize)> = HashMap::with_capacity(total);
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
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            findings.push(Finding::new(
                id_anchor(id),
                format!("{kind} id {id:?}: use letters, digits, '-', '_' or '.' only"),
            ));
        }
        let (first_kind, count) = seen.entry(id).or_insert((kind, 0));
        *count += 1;
        if *count > 1 {
            let mut duplicate = Finding::new(
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
    let actors: HashSet<&str> = brief.actors.iter().map(|a| a.id.as_str()).collect();
    let themes: HashSet<&str> = brief.themes.iter().map(|t| t.id.as_str()).collect();
    let mut check = |kind: &str,
                     item: ItemRef,
                     owner: &str,
                     (actor_field, named_actors): (&str, &[String]),
                     named_themes: &[String]| {
        for actor in named_actors
            .iter()
            .filter(|id| !actors.contains(id.as_str()))
        {
            findings.push(
                Finding::new(
                    id_anchor(owner),
                    format!("{kind} {owner:?}: actor {actor:?} is not defined in [[actors]]"),
                )
                .in_field(actor_field)
                .of(item),
            );
        }
        for theme in named_themes
            .iter()
            .filter(|id| !themes.contains(id.as_str()))
        {
            findings.push(
                Finding::new(
                    id_anchor(owner),
                    format!("{kind} {owner:?}: theme {theme:?} is not defined in [[themes]]"),
                )
                .in_field("themes")
                .of(item),
            );
        }
    };
    let at = |section, index| ItemRef { section, index };
    for (index, event) in brief.timeline.iter().enumerate() {
        let item = at(Section::Timeline, index);
        let actors = ("actors", event.actors.as_slice());
        check("timeline event", item, &event.id, actors, &event.themes);
    }
    for (index, figure) in brief.figures.iter().enumerate() {
        let item = at(Section::Figures, index);
        let actors = ("actors", figure.actors.as_slice());
        check("figure", item, &figure.id, actors, &figure.themes);
    }
    for (index, position) in brief.positions.iter().enumerate() {
        let item = at(Section::Positions, index);
        let actors = ("actors", position.actors.as_slice());
        check("position", item, &position.id, actors, &position.themes);
        if let Some(stated_by) = &position.stated_by {
            let stated = ("stated_by", std::slice::from_ref(stated_by));
            check("position", item, &position.id, stated, &[]);
        }
    }
    for (index, actor) in brief.actors.iter().enumerate() {
        if let Some(affiliation) = &actor.affiliation {
            let item = at(Section::Actors, index);
            let affiliation = ("affiliation", std::slice::from_ref(affiliation));
            check("actor", item, &actor.id, affiliation, &[]);
        }
    }
}

fn check_figures(brief: &Brief, findings: &mut Vec<Finding>) {
    for (index, figure) in brief.figures.iter().enumerate() {
        let from = findings.len();
        let anchor = || id_anchor(&figure.id);
        let id = &figure.id;
        if !figure.value.is_finite() {
            findings.push(
                Finding::new(
                    anchor(),
                    format!("figure {id:?}: value must be a finite number"),
                )
                .in_field("value"),
            );
        }
        if figure.unit.trim().is_empty() {
            findings.push(
                Finding::new(
                    anchor(),
                    format!(
                        "figure {id:?}: unit is empty (e.g. \"USD\", \"percent\", \"meetings\")"
                    ),
                )
                .in_field("unit"),
            );
        }
        if let Some(hedge) = &figure.hedge
            && !figure.quote.to_lowercase().contains(&hedge.to_lowercase())
        {
            findings.push(
                Finding::new(
                    anchor(),
                    format!(
                        "figure {id:?}: hedge {hedge:?} is not in the quote; use the text's own words"
                    ),
                )
                .in_field("hedge"),
            );
        }
        tag(findings, from, Section::Figures, index);
    }
}

fn check_positions(brief: &Brief, findings: &mut Vec<Finding>) {
    for (index, position) in brief.positions.iter().enumerate() {
        let from = findings.len();
        let id = &position.id;
        if position.actors.is_empty() {
            findings.push(
                Finding::new(
                    id_anchor(id),
                    format!("position {id:?}: name at least one actor who holds it"),
                )
                .in_field("actors"),
            );
        }
        if position.issue.trim().is_empty() {
            findings.push(
                Finding::new(id_anchor(id), format!("position {id:?}: issue is empty"))
                    .in_field("issue"),
            );
        }
        tag(findings, from, Section::Positions, index);
    }
}
