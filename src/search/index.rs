//! Running a query over a brief's records: the linked names matched once per query, the
//! records scored in parallel blocks, the best kept, hits built only for those shown
//! (`index/hits.rs`).

mod hits;

use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

use fuzzy_matcher::skim::SkimMatcherV2;

use super::Hit;
use super::matching::{Haystack, char_mask, find, is_subsequence};
use super::query::{Group, Kind, Query};
use super::rank::{ItemScore, Tier, term_score};
use super::records::{Entry, Records};
use crate::brief::{Brief, Section};

/// Records scored between two checks for a newer query, and the unit of parallel work.
const BLOCK: usize = 16_384;

/// Below this many candidates one thread is quicker than starting others.
const PARALLEL_MIN: usize = 4_096;

/// After this long without finishing, the best hits so far are handed out as a stage.
pub const STAGE_AFTER: Duration = Duration::from_millis(16);

/// The cores to match on (and build records on), asked once: the answer takes system calls
/// (cgroup files).
pub(crate) fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| thread::available_parallelism().map_or(1, usize::from))
}

/// The field a hit shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Own(usize),
    Actor(u32, usize),
    Theme(u32),
    Id,
}

/// A record that matched: its score and the field that scored best.
#[derive(Debug, Clone, Copy)]
struct Scored {
    score: i64,
    record: u32,
    shown: Shown,
}

/// One group's best match in each actor and theme, computed once per query.
struct Linked {
    /// Records whose id the group names (case folded); never for an exclusion.
    ids: Vec<u32>,
    /// [`char_mask`] of each pattern.
    masks: Vec<u64>,
    actors: Vec<Option<(i64, Shown)>>,
    themes: Vec<Option<(i64, Shown)>>,
}

/// What a finished run found: the best hits, and every matching record (document order),
/// from which a longer query may be narrowed.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    pub matched: Vec<u32>,
}

/// The searchable form of a brief. Build it once, query it on every keystroke.
pub struct SearchIndex {
    data: Records,
    all: Vec<u32>,
    matcher: SkimMatcherV2,
    stage_after: Duration,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("records", &self.data.records.len())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Folds every item's fields once; under 2 µs an item on the benchmark's brief, under load (docs/performance.md).
    pub fn new(brief: &Brief) -> SearchIndex {
        let data = Records::of(brief);
        let all = (0..u32::try_from(data.records.len()).unwrap_or(u32::MAX)).collect();
        SearchIndex {
            data,
            all,
            // Both sides are folded before they meet, so skim compares characters as given.
            matcher: SkimMatcherV2::default().respect_case(),
            stage_after: STAGE_AFTER,
        }
    }

    /// Number of searchable items.
    pub fn len(&self) -> usize {
        self.data.records.len()
    }

    /// Hands out stages after `after` instead of [`STAGE_AFTER`] (zero: after every block
    /// but the last).
    pub fn set_stage_after(&mut self, after: Duration) {
        self.stage_after = after;
    }

    /// Whether the brief has no searchable items.
    pub fn is_empty(&self) -> bool {
        self.data.records.is_empty()
    }

    /// Every matching item, best first; on a tie actors and themes first, then document order
    /// (`rank::tie_rank`). An empty query matches nothing; one of only exclusions (`!toll`)
    /// lists every item without them, in order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_top(query, usize::MAX)
    }

    /// Like `search`, but only the best `limit` hits; cheaper for a screenful.
    pub fn search_top(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(query);
        self.run(&query, None, limit, &|| false, None)
            .map(|outcome| outcome.hits)
            .unwrap_or_default()
    }

    /// Runs `query` over `candidates` (record indices in document order; all when None),
    /// keeping the best `limit` hits. `stop` is asked between blocks and ends the run with
    /// None when it says so; `stage`, when given, receives the best hits so far when a run
    /// takes longer than [`STAGE_AFTER`] (or [`SearchIndex::set_stage_after`]) and more
    /// blocks remain.
    pub fn run(
        &self,
        query: &Query,
        candidates: Option<&[u32]>,
        limit: usize,
        stop: &dyn Fn() -> bool,
        mut stage: Option<&mut dyn FnMut(Vec<Hit>)>,
    ) -> Option<Outcome> {
        if query.is_empty() {
            return Some(Outcome {
                hits: Vec::new(),
                matched: Vec::new(),
            });
        }
        let started = Instant::now();
        let linked: Vec<Linked> = query.groups.iter().map(|g| self.linked(g)).collect();
        let candidates = candidates.unwrap_or(&self.all);
        let mut scored: Vec<Scored> = Vec::new();
        let mut blocks = candidates.chunks(BLOCK).peekable();
        while let Some(block) = blocks.next() {
            if stop() {
                return None;
            }
            scored.extend(self.scan(query, &linked, block));
            if let Some(stage) = stage.as_mut()
                && blocks.peek().is_some()
                && started.elapsed() >= self.stage_after
            {
                stage(self.best(query, scored.clone(), limit));
            }
        }
        let mut matched: Vec<u32> = scored.iter().map(|s| s.record).collect();
        matched.sort_unstable();
        Some(Outcome {
            hits: self.best(query, scored, limit),
            matched,
        })
    }

    /// Records (indices, ascending) whose id a positive term of `query` names, case folded.
    /// A session narrowing from an earlier query adds these: an id matches whole, so a query
    /// that grows into an id finds it though its prefix did not.
    pub fn records_named(&self, query: &Query) -> Vec<u32> {
        let mut named: Vec<u32> = query
            .groups
            .iter()
            .filter(|g| !g.negated)
            .flat_map(|g| &g.patterns)
            .flat_map(|p| self.data.with_id(&p.loose))
            .collect();
        named.sort_unstable();
        named.dedup();
        named
    }

    /// Records of `section`, ascending (they are contiguous: records are in document order).
    pub fn records_in(&self, section: Section) -> Vec<u32> {
        self.all
            .iter()
            .copied()
            .filter(|&r| self.data.records[r as usize].item.section == section)
            .collect()
    }

    /// Like `search_top`, only among the items of `section` when one is given: what
    /// `briefing search --in SECTION --limit N` prints, and every item that matched (how many
    /// more there are).
    pub fn search_in(&self, query: &str, section: Option<Section>, limit: usize) -> Outcome {
        let query = Query::parse(query);
        let candidates = section.map(|s| self.records_in(s));
        self.run(&query, candidates.as_deref(), limit, &|| false, None)
            .unwrap_or(Outcome {
                hits: Vec::new(),
                matched: Vec::new(),
            })
    }

    /// Scores a block, on every core when it is large.
    fn scan(&self, query: &Query, linked: &[Linked], block: &[u32]) -> Vec<Scored> {
        let score_all = |part: &[u32]| -> Vec<Scored> {
            part.iter()
                .filter_map(|&r| self.score(query, linked, r))
                .collect()
        };
        if block.len() < PARALLEL_MIN {
            return score_all(block);
        }
        let threads = cores();
        if threads < 2 {
            return score_all(block);
        }
        let chunk = block.len().div_ceil(threads);
        thread::scope(|scope| {
            let handles: Vec<_> = block
                .chunks(chunk)
                .map(|part| scope.spawn(move || score_all(part)))
                .collect();
            handles
                .into_iter()
                .flat_map(|handle| handle.join().unwrap_or_default())
                .collect()
        })
    }

    /// A record's score and shown field, or None when a group fails (or an exclusion hits).
    fn score(&self, query: &Query, linked: &[Linked], index: u32) -> Option<Scored> {
        let mut total = ItemScore::default();
        let mut shown: Option<(i64, Shown)> = None;
        for (group, linked) in query.groups.iter().zip(linked) {
            let best = self.best_in_record(group, linked, index);
            if group.negated {
                if best.is_some() {
                    return None;
                }
                continue;
            }
            let (score, field) = best?;
            total.add(score);
            if shown.is_none_or(|(seen, _)| score > seen) {
                shown = Some((score, field));
            }
        }
        Some(Scored {
            score: total.total(),
            record: index,
            shown: shown.map_or(Shown::Own(0), |(_, field)| field),
        })
    }

    /// The group's best match in a record: by id, own fields, then linked names.
    fn best_in_record(&self, group: &Group, linked: &Linked, index: u32) -> Option<(i64, Shown)> {
        let record = &self.data.records[index as usize];
        let mut best: Option<(i64, Shown)> = None;
        let mut offer = |candidate: Option<(i64, Shown)>| {
            if let Some((score, field)) = candidate
                && best.is_none_or(|(seen, _)| score > seen)
            {
                best = Some((score, field));
            }
        };
        if linked.ids.contains(&index) {
            offer(Some((term_score(Tier::Id, 999), Shown::Id)));
        }
        let own = self.data.own_folded(record);
        for (pattern, &mask) in group.patterns.iter().zip(&linked.masks) {
            let possible = mask & !record.mask == 0
                && match pattern.kind {
                    Kind::Fuzzy => is_subsequence(&pattern.loose, own),
                    _ => own.contains(pattern.loose.as_str()),
                };
            if !possible {
                continue;
            }
            for (position, entry) in self.data.entries(record).iter().enumerate() {
                let found = find(&self.matcher, pattern, &self.haystack(entry), true);
                offer(found.map(|f| (term_score(f.tier, f.within), Shown::Own(position))));
            }
        }
        for &actor in self.data.actors_of(record) {
            offer(linked.actors.get(actor as usize).copied().flatten());
        }
        for &theme in self.data.themes_of(record) {
            offer(linked.themes.get(theme as usize).copied().flatten());
        }
        best
    }

    /// The group matched against every actor's and theme's names once.
    fn linked(&self, group: &Group) -> Linked {
        let best_of = |entries: &[Entry], shown: &dyn Fn(usize) -> Shown| {
            let mut best: Option<(i64, Shown)> = None;
            for (index, entry) in entries.iter().enumerate() {
                for pattern in &group.patterns {
                    if let Some(found) = find(&self.matcher, pattern, &self.haystack(entry), false)
                    {
                        let score = term_score(found.tier, found.within);
                        if best.is_none_or(|(seen, _)| score > seen) {
                            best = Some((score, shown(index)));
                        }
                    }
                }
            }
            best
        };
        let ids = if group.negated {
            Vec::new()
        } else {
            group
                .patterns
                .iter()
                .flat_map(|p| self.data.with_id(&p.loose))
                .collect()
        };
        let actors = (0..self.data.actor_count())
            .map(|a| {
                let a = u32::try_from(a).unwrap_or(u32::MAX);
                best_of(self.data.actor(a), &|e| Shown::Actor(a, e))
            })
            .collect();
        let themes = (0..self.data.theme_count())
            .map(|t| {
                let t = u32::try_from(t).unwrap_or(u32::MAX);
                let entry = self
                    .data
                    .theme(t)
                    .map(std::slice::from_ref)
                    .unwrap_or_default();
                best_of(entry, &|_| Shown::Theme(t))
            })
            .collect();
        Linked {
            ids,
            masks: group.patterns.iter().map(|p| char_mask(&p.loose)).collect(),
            actors,
            themes,
        }
    }

    pub(super) fn haystack<'a>(&'a self, entry: &'a Entry) -> Haystack<'a> {
        Haystack {
            field: entry.field,
            original: self.data.original_of(entry),
            folded: self.data.folded(entry),
        }
    }
}
