//! What the library says about each file: its [`Entry`] (id, file, and a [`Summary`] with
//! [`Counts`], or the problems that keep it from loading), and the order the Library pane
//! lists entries in ([`newest_first`]).

use std::cmp::Ordering;
use std::path::PathBuf;

use serde::Serialize;

use crate::brief::Brief;

/// One file of the library as `list` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// The file's name without its extension: `eai-background-brief-346`.
    pub id: String,
    /// The file, inside the library folder.
    pub file: PathBuf,
    /// What the brief is, when it loads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// Why it does not load, one located problem a line (`file:line:column: message`);
    /// empty when it loads.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
}

/// The facts `list` prints about a brief that loads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub title: String,
    /// The publication date as files write it (`2007-08-08`).
    pub published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub counts: Counts,
}

impl Summary {
    /// The facts of a brief in memory (the embedded one), as the index records a file's.
    pub fn of(brief: &Brief) -> Summary {
        Summary {
            title: brief.meta.title.clone(),
            published: brief.meta.published.iso(),
            series: brief.meta.series.clone(),
            number: brief.meta.number.clone(),
            counts: Counts::of(brief),
        }
    }
}

/// How many items of each kind a brief holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    pub paragraphs: usize,
    pub actors: usize,
    pub themes: usize,
    pub events: usize,
    pub figures: usize,
    pub positions: usize,
}

impl Counts {
    pub fn of(brief: &Brief) -> Counts {
        Counts {
            paragraphs: brief.summary.len(),
            actors: brief.actors.len(),
            themes: brief.themes.len(),
            events: brief.timeline.len(),
            figures: brief.figures.len(),
            positions: brief.positions.len(),
        }
    }
}

/// The order the explorer's Library pane lists briefs in: newest first by publication date,
/// then undated briefs, then broken files (no summary); ties by id.
///
/// Dates are `Summary::published` as files write them (ISO at their own precision: `2026-04`
/// sorts just before `2026-04-01`); a span counts by its end, `before`/`after` by its anchor.
pub fn newest_first(a: &Entry, b: &Entry) -> Ordering {
    let date = |entry: &Entry| {
        entry.summary.as_ref().map(|summary| {
            let published = summary.published.as_str();
            let point = published
                .strip_prefix("before ")
                .or_else(|| published.strip_prefix("after "))
                .unwrap_or(published);
            let point = point.rsplit('/').next().unwrap_or(point);
            point
                .starts_with(|c: char| c.is_ascii_digit())
                .then(|| point.to_string())
        })
    };
    // `Some(Some(date))` before `Some(None)` (undated) before `None` (broken).
    let rank = |d: &Option<Option<String>>| match d {
        Some(Some(_)) => 0,
        Some(None) => 1,
        None => 2,
    };
    let (da, db) = (date(a), date(b));
    rank(&da)
        .cmp(&rank(&db))
        .then_with(|| db.cmp(&da))
        .then_with(|| a.id.cmp(&b.id))
}
