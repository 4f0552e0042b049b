//! Searching off the input thread: a session that narrows each query from the last one's
//! hits, and a worker thread that runs the latest query only, dropping older ones.
//!
//! The runner owns a [`SearchWorker`]; on every edit of the query it calls
//! [`SearchWorker::submit`], and the worker hands each [`Answer`] to the sink given at
//! [`SearchWorker::spawn`] (a closure that forwards it into the runner's event channel).
//! Answers for a query older than the latest are never delivered, so the sink may apply
//! every answer it receives. No terminal, no screen types here.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

use super::Hit;
use super::index::SearchIndex;
use super::matching::NARROW_MAX_LEN;
use super::query::Query;

/// The answer to one query, possibly one of several stages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The generation [`SearchWorker::submit`] returned for this query.
    pub generation: u64,
    pub query: String,
    /// The best hits, best first, at most the worker's limit.
    pub hits: Vec<Hit>,
    /// How many items match in all; 0 while `complete` is false (not yet known).
    pub total: usize,
    /// False for a stage: better hits may still come in a later answer for this generation.
    pub complete: bool,
}

/// Consecutive searches over one index, each narrowed from the previous query's matches
/// when the new query only adds to it (typing forward), else over every item.
#[derive(Debug)]
pub struct SearchSession {
    index: Arc<SearchIndex>,
    last: Option<(Query, Vec<u32>)>,
}

impl SearchSession {
    /// A session with nothing to narrow from yet.
    pub fn new(index: Arc<SearchIndex>) -> SearchSession {
        SearchSession { index, last: None }
    }

    /// The index the session searches.
    pub fn index(&self) -> &Arc<SearchIndex> {
        &self.index
    }

    /// Searches `query`, keeping the best `limit` hits; returns them and the number of
    /// matching items, or None when `stop` said to give up (then nothing is remembered).
    /// `stage` receives the best hits so far of a run that takes long (see
    /// [`super::index::STAGE_AFTER`]).
    pub fn search(
        &mut self,
        query: &str,
        limit: usize,
        stop: &dyn Fn() -> bool,
        stage: Option<&mut dyn FnMut(Vec<Hit>)>,
    ) -> Option<(Vec<Hit>, usize)> {
        let parsed = Query::parse(query);
        let narrowed: Option<Vec<u32>> = self
            .last
            .as_ref()
            .filter(|(earlier, _)| parsed.narrows(earlier, NARROW_MAX_LEN))
            .map(|(_, matched)| {
                let mut candidates = matched.clone();
                candidates.extend(self.index.records_named(&parsed));
                candidates.sort_unstable();
                candidates.dedup();
                candidates
            });
        let outcome = self
            .index
            .run(&parsed, narrowed.as_deref(), limit, stop, stage)?;
        let total = outcome.matched.len();
        self.last = parsed.has_positive().then_some((parsed, outcome.matched));
        Some((outcome.hits, total))
    }
}

enum Request {
    Query { generation: u64, query: String },
    Index(Arc<SearchIndex>),
    Stop,
}

/// A thread that runs the latest submitted query and hands its answers to a sink.
#[derive(Debug)]
pub struct SearchWorker {
    requests: Sender<Request>,
    latest: Arc<AtomicU64>,
    thread: Option<JoinHandle<()>>,
}

impl SearchWorker {
    /// Starts the worker over `index`; each answer carries at most `limit` hits and goes to
    /// `sink`, on the worker's thread.
    pub fn spawn(
        index: Arc<SearchIndex>,
        limit: usize,
        sink: impl FnMut(Answer) + Send + 'static,
    ) -> SearchWorker {
        let (requests, inbox) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&latest);
        let thread = thread::Builder::new()
            .name("search".to_string())
            .spawn(move || serve(SearchSession::new(index), limit, &inbox, &seen, sink))
            .ok();
        SearchWorker {
            requests,
            latest,
            thread,
        }
    }

    /// A worker whose answers arrive on the returned channel.
    pub fn with_channel(index: Arc<SearchIndex>, limit: usize) -> (SearchWorker, Receiver<Answer>) {
        let (sender, receiver) = mpsc::channel();
        let worker = SearchWorker::spawn(index, limit, move |answer| {
            // The receiver gone means nobody wants answers any more; dropping them is right.
            let _ = sender.send(answer);
        });
        (worker, receiver)
    }

    /// Asks for `query`; any older query still running stops at its next block. Returns the
    /// query's generation, which its answers carry.
    pub fn submit(&self, query: &str) -> u64 {
        let generation = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = self.requests.send(Request::Query {
            generation,
            query: query.to_string(),
        });
        generation
    }

    /// Replaces the index (after the brief was reloaded); the next query runs on it.
    pub fn set_index(&self, index: Arc<SearchIndex>) {
        self.latest.fetch_add(1, Ordering::SeqCst);
        let _ = self.requests.send(Request::Index(index));
    }

    /// The generation of the latest query submitted.
    pub fn latest(&self) -> u64 {
        self.latest.load(Ordering::SeqCst)
    }
}

impl Drop for SearchWorker {
    fn drop(&mut self) {
        self.latest.fetch_add(1, Ordering::SeqCst);
        let _ = self.requests.send(Request::Stop);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The worker's loop: take the newest request waiting, run it unless a newer one came.
fn serve(
    mut session: SearchSession,
    limit: usize,
    inbox: &Receiver<Request>,
    latest: &AtomicU64,
    mut sink: impl FnMut(Answer),
) {
    while let Ok(first) = inbox.recv() {
        let mut next = Some(first);
        let mut query = None;
        while let Some(request) = next {
            match request {
                Request::Stop => return,
                Request::Index(index) => {
                    session = SearchSession::new(index);
                }
                Request::Query {
                    generation,
                    query: text,
                } => query = Some((generation, text)),
            }
            next = inbox.try_recv().ok();
        }
        let Some((generation, text)) = query else {
            continue;
        };
        if generation != latest.load(Ordering::SeqCst) {
            continue;
        }
        let stale = || latest.load(Ordering::SeqCst) != generation;
        let result = {
            let mut on_stage = |hits: Vec<Hit>| {
                if !stale() {
                    let query = text.clone();
                    sink(Answer {
                        generation,
                        query,
                        hits,
                        total: 0,
                        complete: false,
                    });
                }
            };
            session.search(&text, limit, &stale, Some(&mut on_stage))
        };
        if let Some((hits, total)) = result
            && !stale()
        {
            sink(Answer {
                generation,
                query: text,
                hits,
                total,
                complete: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::brief::load_embedded;

    fn shipped() -> Arc<SearchIndex> {
        Arc::new(SearchIndex::new(&load_embedded().unwrap()))
    }

    #[test]
    fn a_session_narrowing_as_the_reader_types_finds_what_a_fresh_search_finds() {
        let index = shipped();
        let mut session = SearchSession::new(Arc::clone(&index));
        for query in [
            "p",
            "pi",
            "pip",
            "pipe",
            "pipel",
            "pipeline",
            "pipeline !oil",
            "hu",
            "hu p",
            "P1",
            "defen",
            "defence",
            "defense",
        ] {
            let (hits, total) = session.search(query, usize::MAX, &|| false, None).unwrap();
            let fresh = index.search(query);
            assert_eq!(hits, fresh, "{query}");
            assert_eq!(total, fresh.len(), "{query}");
        }
    }

    #[test]
    fn a_stopped_search_answers_nothing_and_forgets_nothing() {
        let index = shipped();
        let mut session = SearchSession::new(Arc::clone(&index));
        assert!(session.search("china", 10, &|| true, None).is_none());
        let (hits, _) = session.search("china", 10, &|| false, None).unwrap();
        assert_eq!(hits, index.search_top("china", 10));
    }

    #[test]
    fn the_worker_answers_the_latest_query() {
        let index = shipped();
        let (worker, answers) = SearchWorker::with_channel(Arc::clone(&index), 5);
        let first = worker.submit("trade");
        let second = worker.submit("pipeline");
        assert!(second > first);
        assert_eq!(worker.latest(), second);
        let mut last = None;
        while let Ok(answer) = answers.recv_timeout(Duration::from_secs(5)) {
            assert!(answer.generation <= second);
            let done = answer.complete && answer.generation == second;
            last = Some(answer);
            if done {
                break;
            }
        }
        let last = last.expect("an answer arrives");
        assert_eq!(last.query, "pipeline");
        assert_eq!(last.hits, index.search_top("pipeline", 5));
        assert_eq!(last.total, index.search("pipeline").len());
        // A new index: the next query runs on it.
        worker.set_index(Arc::new(SearchIndex::new(&load_embedded().unwrap())));
        let third = worker.submit("zzqqxx");
        let answer = answers.recv_timeout(Duration::from_secs(5)).unwrap();
        assert_eq!(
            (answer.generation, answer.total, answer.complete),
            (third, 0, true)
        );
    }

    #[test]
    fn a_long_search_hands_out_stages_before_its_answer() {
        let mut brief = load_embedded().unwrap();
        let position = brief.positions[0].clone();
        brief.positions = (0..20_000)
            .map(|n| {
                let mut copy = position.clone();
                copy.id = format!("pos{n}");
                copy
            })
            .collect();
        let mut index = SearchIndex::new(&brief);
        index.set_stage_after(Duration::ZERO);
        let (worker, answers) = SearchWorker::with_channel(Arc::new(index), 3);
        let generation = worker.submit("partnership");
        let first = answers.recv_timeout(Duration::from_secs(20)).unwrap();
        assert_eq!(
            (first.generation, first.complete, first.total),
            (generation, false, 0)
        );
        assert_eq!(first.hits.len(), 3, "the best of the first block");
        let last = loop {
            let answer = answers.recv_timeout(Duration::from_secs(20)).unwrap();
            if answer.complete {
                break answer;
            }
        };
        assert!(
            last.total > 16_384,
            "more than one block matched: {}",
            last.total
        );
    }
}
