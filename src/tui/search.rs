//! The runner's side of searching a large brief: the search worker, the queries `update`
//! asks for, and the worker's answers turned back into actions, stale ones dropped.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use crate::action::Action;
use crate::search::{Answer, SearchIndex, SearchWorker};

/// Hits a worker answer carries at most: far more than a screen of results, few enough to
/// hand over in a moment.
pub const ANSWER_LIMIT: usize = 1_000;

/// The search worker, the index it searches and the channel its answers arrive on.
pub struct Searcher {
    worker: SearchWorker,
    /// The index the worker was last given: `submit` hands it another when the app's
    /// index changed (a reload, another brief opened from the Library pane, All briefs).
    index: RefCell<Arc<SearchIndex>>,
    answers: Receiver<Answer>,
}

impl Searcher {
    /// Starts a worker over `index` (its thread idles until a query comes).
    pub fn new(index: Arc<SearchIndex>) -> Searcher {
        let (worker, answers) = SearchWorker::with_channel(Arc::clone(&index), ANSWER_LIMIT);
        Searcher {
            worker,
            index: RefCell::new(index),
            answers,
        }
    }

    /// Sends a query over `index` (the app's), first handing the worker that index when it
    /// is not the one it searches; any older query still running is cancelled.
    pub fn submit(&self, index: &Arc<SearchIndex>, query: &str) {
        self.set_index(index);
        self.worker.submit(query);
    }

    /// After a reload or another brief opened: the next query searches `index` (nothing
    /// changes when the worker has it already).
    pub fn set_index(&self, index: &Arc<SearchIndex>) {
        let mut current = self.index.borrow_mut();
        if !Arc::ptr_eq(&current, index) {
            self.worker.set_index(Arc::clone(index));
            *current = Arc::clone(index);
        }
    }

    /// Every answer waiting, without blocking, as actions; answers to any but the latest
    /// query are dropped here (`App::update` drops one whose query differs from the box's).
    pub fn answered(&self) -> Vec<Action> {
        let latest = self.worker.latest();
        self.answers
            .try_iter()
            .filter_map(|answer| fresh(answer, latest))
            .collect()
    }
}

/// `SearchAnswered` for an answer of the latest generation; `None` for a stale one.
pub fn fresh(answer: Answer, latest: u64) -> Option<Action> {
    (answer.generation == latest).then_some(Action::SearchAnswered(answer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn answer(generation: u64) -> Answer {
        Answer {
            generation,
            query: "oil".to_string(),
            hits: Vec::new(),
            total: 0,
            complete: true,
        }
    }

    #[test]
    fn only_the_latest_generation_becomes_an_action() {
        assert_eq!(fresh(answer(3), 4), None);
        assert_eq!(fresh(answer(4), 4), Some(Action::SearchAnswered(answer(4))));
    }

    /// Every answer until a complete one, or panics after 10 s.
    fn until_complete(searcher: &Searcher) -> Vec<Action> {
        let start = Instant::now();
        let mut got = Vec::new();
        while !got
            .iter()
            .any(|a| matches!(a, Action::SearchAnswered(a) if a.complete))
        {
            assert!(start.elapsed() < Duration::from_secs(10), "no answer");
            got.extend(searcher.answered());
            std::thread::sleep(Duration::from_millis(5));
        }
        got
    }

    #[test]
    fn a_query_over_another_index_is_answered_from_that_index() {
        let embedded = Arc::new(SearchIndex::new(&crate::brief::load_embedded().unwrap()));
        let taiwan = crate::brief::load_file(std::path::Path::new(
            "tests/fixtures/library/taiwan-v1.toml",
        ))
        .unwrap();
        let opened = Arc::new(SearchIndex::new(&taiwan));
        assert!(embedded.search("howitzer").is_empty());
        // The worker started over the embedded brief; another brief was opened since.
        let searcher = Searcher::new(embedded);
        searcher.submit(&opened, "howitzer");
        let Some(Action::SearchAnswered(last)) = until_complete(&searcher).pop() else {
            unreachable!()
        };
        assert!(!last.hits.is_empty());
        assert_eq!(last.hits, opened.search("howitzer"));
    }

    #[test]
    fn a_query_sent_to_the_worker_comes_back_as_the_same_hits_as_searching_here() {
        let brief = crate::brief::load_embedded().unwrap();
        let index = Arc::new(SearchIndex::new(&brief));
        let searcher = Searcher::new(Arc::clone(&index));
        searcher.submit(&index, "pipe");
        searcher.submit(&index, "pipeline");
        let got = until_complete(&searcher);
        for action in &got {
            let Action::SearchAnswered(answer) = action else {
                panic!("{action:?}")
            };
            assert_eq!(
                answer.query, "pipeline",
                "the answer to \"pipe\" was dropped"
            );
        }
        let Some(Action::SearchAnswered(last)) = got.last() else {
            unreachable!()
        };
        assert_eq!(last.hits, index.search("pipeline"));
    }
}
