//! Turning event, figure and position candidates into brief items: ids, paragraph, themes,
//! the actors their quote names, and figure series.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::brief::{Figure, Paragraph, Position, TimelineEvent};

use super::super::actors::{slug, unique};
use super::super::{ActorCandidate, EventCandidate, FigureCandidate, PositionCandidate};

/// What every item needs from the assembled brief.
pub struct Context<'a> {
    pub text: &'a str,
    pub summary: &'a [Paragraph],
    /// Each paragraph's span in `text`, in the order of `summary`.
    pub spans: &'a [Range<usize>],
    /// Each paragraph's theme id, in the order of `summary`.
    pub themes: &'a [Option<String>],
    pub actors: &'a [ActorCandidate],
    /// Candidate actor id → brief actor id.
    pub actor_ids: &'a HashMap<String, String>,
}

/// What a quote resolves to: its text, its paragraph's id and index.
struct Placed {
    quote: String,
    paragraph: String,
    index: usize,
}

impl Context<'_> {
    /// The quote's text and paragraph, by the loader's rule (the first paragraph whose text
    /// contains it); `None` when the span is not a non-blank slice inside some paragraph.
    fn place(&self, span: &Range<usize>) -> Option<Placed> {
        let quote = self.text.get(span.clone())?;
        if quote.trim().is_empty() {
            return None;
        }
        let inside = self
            .spans
            .iter()
            .any(|p| p.start <= span.start && span.end <= p.end);
        if !inside {
            return None;
        }
        // One searcher for every paragraph: `str::contains` builds a new one per call, which
        // was a quarter of an import's time (perf, 99 corpus reports).
        let finder = memchr::memmem::Finder::new(quote);
        let index = self
            .summary
            .iter()
            .position(|p| finder.find(p.text.as_bytes()).is_some())?;
        Some(Placed {
            quote: quote.to_string(),
            paragraph: self.summary[index].id.clone(),
            index,
        })
    }

    fn themes(&self, index: usize) -> Vec<String> {
        self.themes
            .get(index)
            .cloned()
            .flatten()
            .into_iter()
            .collect()
    }

    /// Brief ids of the actors named inside `span`, in order of first mention there.
    fn named_in(&self, span: &Range<usize>) -> Vec<String> {
        let mut found: Vec<(usize, String)> = self
            .actors
            .iter()
            .filter_map(|actor| {
                let first = actor
                    .mentions
                    .iter()
                    .filter(|m| span.start <= m.start && m.end <= span.end)
                    .map(|m| m.start)
                    .min()?;
                Some((first, self.actor_ids.get(&actor.id)?.clone()))
            })
            .collect();
        found.sort();
        let mut seen = HashSet::new();
        found
            .into_iter()
            .map(|(_, id)| id)
            .filter(|id| seen.insert(id.clone()))
            .collect()
    }

    fn actor(&self, candidate_id: &str) -> Option<String> {
        self.actor_ids.get(candidate_id).cloned()
    }
}

/// The first `n` words of a text, slugged: ids that say what the item is.
fn words_slug(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n).collect();
    slug(&words.join(" "))
}

pub fn events(
    context: &Context,
    candidates: &[EventCandidate],
    used: &mut HashSet<String>,
) -> Vec<TimelineEvent> {
    candidates
        .iter()
        .filter_map(|event| {
            let placed = context.place(&event.quote)?;
            let title = match event.title.trim() {
                "" => placed
                    .quote
                    .split_whitespace()
                    .take(10)
                    .collect::<Vec<_>>()
                    .join(" "),
                title => title.to_string(),
            };
            let base = format!("ev-{}", words_slug(&title, 5));
            Some(TimelineEvent {
                id: unique(base.trim_end_matches('-'), "ev", used),
                date: event.date.clone(),
                date_note: event.date_note.clone().filter(|n| !n.trim().is_empty()),
                title,
                detail: placed.quote.clone(),
                actors: context.named_in(&event.quote),
                themes: context.themes(placed.index),
                quote: placed.quote,
                paragraph: Some(placed.paragraph),
            })
        })
        .collect()
}

/// Hedges that only say the number is approximate; others ("more than", "up to") are bounds
/// shown in the text's own words.
const APPROXIMATE: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "an estimated",
    "approx.",
    "circa",
];

pub fn figures(
    context: &Context,
    candidates: &[FigureCandidate],
    used: &mut HashSet<String>,
) -> Vec<Figure> {
    let mut out: Vec<Figure> = candidates
        .iter()
        .filter(|f| f.value.is_finite() && !f.unit.trim().is_empty())
        .filter_map(|figure| {
            let placed = context.place(&figure.quote)?;
            let label = match figure.label.trim() {
                "" => figure.unit.trim().to_string(),
                label => label.to_string(),
            };
            let hedge = figure
                .hedge
                .as_deref()
                .map(str::trim)
                .filter(|h| !h.is_empty());
            let approximate =
                hedge.is_some_and(|h| APPROXIMATE.contains(&h.to_lowercase().as_str()));
            let hedge = hedge
                .filter(|h| !approximate && placed.quote.to_lowercase().contains(&h.to_lowercase()))
                .map(str::to_string);
            let detail = figure.upper.filter(|u| u.is_finite()).map(|upper| {
                format!(
                    "A range: {} to {}.",
                    crate::brief::format_number(figure.value),
                    crate::brief::format_number(upper)
                )
            });
            let base = format!("fig-{}", words_slug(&label, 5));
            Some(Figure {
                id: unique(base.trim_end_matches('-'), "fig", used),
                label,
                value: figure.value,
                unit: figure.unit.trim().to_string(),
                scale: figure.scale,
                period: figure.period.clone(),
                approximate,
                hedge,
                series: figure.series.clone().filter(|s| !s.trim().is_empty()),
                detail,
                actors: context.named_in(&figure.quote),
                themes: context.themes(placed.index),
                quote: placed.quote,
                paragraph: Some(placed.paragraph),
            })
        })
        .collect();
    link_series(&mut out);
    out
}

/// Figures with the same label and unit over at least two different periods share a series
/// named after the label, unless the extractor already gave them one.
fn link_series(figures: &mut [Figure]) {
    let mut periods: HashMap<(String, String), HashSet<String>> = HashMap::new();
    for figure in figures.iter() {
        if let Some(period) = &figure.period {
            periods
                .entry((figure.label.to_lowercase(), figure.unit.clone()))
                .or_default()
                .insert(period.to_string());
        }
    }
    for figure in figures
        .iter_mut()
        .filter(|f| f.series.is_none() && f.period.is_some())
    {
        let key = (figure.label.to_lowercase(), figure.unit.clone());
        if periods.get(&key).is_some_and(|p| p.len() >= 2) {
            figure.series = Some(figure.label.clone());
        }
    }
}

pub fn positions(
    context: &Context,
    candidates: &[PositionCandidate],
    used: &mut HashSet<String>,
) -> Vec<Position> {
    candidates
        .iter()
        .filter_map(|position| {
            let actor = context.actor(&position.actor)?;
            let placed = context.place(&position.quote)?;
            let summary = match position.summary.trim() {
                "" => position.stance.verb().to_string(),
                summary => summary.to_string(),
            };
            let issue = match position.issue.trim() {
                "" => summary.clone(),
                issue => issue.to_string(),
            };
            let base = format!("pos-{actor}-{}", words_slug(&issue, 4));
            Some(Position {
                id: unique(base.trim_end_matches('-'), "pos", used),
                actors: vec![actor],
                issue,
                stance: position.stance,
                stated_by: position.stated_by.as_deref().and_then(|s| context.actor(s)),
                summary,
                themes: context.themes(placed.index),
                quote: placed.quote,
                paragraph: Some(placed.paragraph),
            })
        })
        .collect()
}
