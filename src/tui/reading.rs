//! Reading every brief of the shelf for the All-briefs scope, off the input thread: over a
//! thousand briefs it takes seconds, and the screen must keep answering keys meanwhile.
//!
//! The runner starts a [`Reader`] job for `LibraryRequest::OpenAll`; the job's thread reads
//! each brief, reports `LibraryAction::Progress` as it goes, merges, and answers with
//! `LibraryAction::Opened`. A newer job or `stop` makes the running one give up at its next
//! brief, and its answers are dropped (each carries its generation, as the search worker's
//! do).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

use crate::action::Action;
use crate::app::{BuiltIndex, LibraryAction, Scope};
use crate::brief::{self, Brief};
use crate::library::merge;
use crate::search::SearchIndex;

/// Where one brief of the job comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Held in memory already (the embedded No. 346, a file given on the command line).
    Held(Arc<Brief>),
    /// A brief file of the library, read and validated on the job's thread.
    File(PathBuf),
}

/// Every brief to merge, with its shelf id, in shelf order.
#[derive(Debug, Clone)]
pub struct ReadAll {
    pub briefs: Vec<(String, Source)>,
}

/// Progress is reported about this many times over a job, however many briefs it reads.
const PROGRESS_STEPS: usize = 100;

/// Reads each brief of `job` (a file that no longer loads is left out, as `list` would show
/// it broken), then merges them into the All-briefs brief (`library::merge`) and builds its
/// search index, from the rows before they are marked with their brief (so `congress` does
/// not match every row of a brief whose id holds the word).
/// `progress(read, total)` is called before each brief and once more, with `read == total`,
/// before merging; when it returns false the job stops and answers `None`.
pub fn read_all(
    job: ReadAll,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Option<LibraryAction> {
    let total = job.briefs.len();
    let mut briefs = Vec::with_capacity(total);
    for (read, (id, source)) in job.briefs.into_iter().enumerate() {
        if !progress(read, total) {
            return None;
        }
        let mut brief = match source {
            Source::Held(brief) => Arc::unwrap_or_clone(brief),
            Source::File(path) => match brief::load_file(&path) {
                Ok(brief) => brief,
                Err(_) => continue,
            },
        };
        // Validated on loading; nothing on screen reads a brief's whole source (a detail
        // quotes its paragraph), so it is not held while the rest are read, nor joined.
        brief.meta.source = String::new();
        briefs.push((id, brief));
    }
    if !progress(total, total) {
        return None;
    }
    let mut unmarked = merge::merge_unmarked(briefs);
    let index = SearchIndex::new(&unmarked.brief);
    merge::mark_rows(&mut unmarked);
    let merged = unmarked.brief;
    Some(LibraryAction::Opened {
        scope: Scope::All,
        brief: Box::new(merged),
        file: None,
        index: Some(BuiltIndex(Arc::new(index))),
    })
}

/// Runs `ReadAll` jobs on a thread each, the latest only, and hands their answers to the
/// event loop.
pub struct Reader {
    latest: Arc<AtomicU64>,
    sender: Sender<(u64, LibraryAction)>,
    answers: Receiver<(u64, LibraryAction)>,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader::new()
    }
}

impl Reader {
    /// A reader with no job yet; each job gets a thread of its own when it starts.
    pub fn new() -> Reader {
        let (sender, answers) = mpsc::channel();
        Reader {
            latest: Arc::new(AtomicU64::new(0)),
            sender,
            answers,
        }
    }

    /// Starts `job` on its own thread; a job still running stops at its next brief.
    pub fn start(&self, job: ReadAll) {
        let generation = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        let latest = Arc::clone(&self.latest);
        let sender = self.sender.clone();
        let step = (job.briefs.len() / PROGRESS_STEPS).max(1);
        let spawned = std::thread::Builder::new()
            .name("briefing-reader".to_string())
            .spawn(move || {
                let mut progress = |read: usize, total: usize| {
                    if latest.load(Ordering::SeqCst) != generation {
                        return false;
                    }
                    if read.is_multiple_of(step) || read == total {
                        let report = LibraryAction::Progress { read, total };
                        return sender.send((generation, report)).is_ok();
                    }
                    true
                };
                if let Some(answer) = read_all(job, &mut progress) {
                    let _ = sender.send((generation, answer));
                }
            });
        if let Err(error) = spawned {
            let why = format!("cannot start a thread to read the briefs: {error}");
            let _ = self
                .sender
                .send((generation, LibraryAction::Failed(vec![why])));
        }
    }

    /// Stops the job running, if any: it gives up at its next brief and its answers are
    /// dropped.
    pub fn stop(&self) {
        self.latest.fetch_add(1, Ordering::SeqCst);
    }

    /// Every answer of the latest job waiting, without blocking, as actions; those of older
    /// jobs are dropped.
    pub fn answered(&self) -> Vec<Action> {
        let latest = self.latest.load(Ordering::SeqCst);
        self.answers
            .try_iter()
            .filter(|(generation, _)| *generation == latest)
            .map(|(_, answer)| Action::Library(answer))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    fn embedded_job(copies: usize) -> ReadAll {
        let brief = Arc::new(brief::load_embedded().expect("embedded brief loads"));
        ReadAll {
            briefs: (0..copies)
                .map(|i| (format!("b{i}"), Source::Held(Arc::clone(&brief))))
                .collect(),
        }
    }

    #[test]
    fn progress_counts_every_brief_then_the_merge() {
        let mut seen = Vec::new();
        let answer = read_all(embedded_job(3), &mut |read, total| {
            seen.push((read, total));
            true
        });
        assert_eq!(seen, [(0, 3), (1, 3), (2, 3), (3, 3)]);
        let Some(LibraryAction::Opened {
            scope,
            brief,
            index: Some(BuiltIndex(index)),
            ..
        }) = answer
        else {
            panic!("{answer:?}")
        };
        assert_eq!(scope, Scope::All);
        assert_eq!(brief.meta.subtitle.as_deref(), Some("3 briefs"));
        assert_eq!(index.len(), SearchIndex::new(&brief).len());
        // The sources are not kept, the quotes are.
        assert!(brief.meta.source.is_empty());
        assert!(brief.timeline.iter().all(|event| !event.quote.is_empty()));
        assert_eq!(
            brief.timeline[0].id.split_once('/').map(|s| s.0),
            Some("b0")
        );
    }

    #[test]
    fn a_job_told_to_stop_answers_nothing() {
        let mut calls = 0;
        let answer = read_all(embedded_job(5), &mut |_, _| {
            calls += 1;
            calls < 3
        });
        assert!(answer.is_none());
        assert_eq!(calls, 3);
    }

    #[test]
    fn a_missing_file_is_left_out() {
        let mut job = embedded_job(1);
        job.briefs.push((
            "gone".to_string(),
            Source::File(PathBuf::from("/no/such.toml")),
        ));
        let Some(LibraryAction::Opened { brief, .. }) = read_all(job, &mut |_, _| true) else {
            panic!("no answer")
        };
        assert_eq!(brief.meta.subtitle.as_deref(), Some("1 brief"));
    }

    /// Every answer until the job's `Opened`, or panics after 20 s.
    fn wait_for_opened(reader: &Reader) -> Vec<Action> {
        let start = Instant::now();
        let mut got = Vec::new();
        loop {
            got.extend(reader.answered());
            if got
                .iter()
                .any(|a| matches!(a, Action::Library(LibraryAction::Opened { .. })))
            {
                return got;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "no answer");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn the_thread_reports_progress_then_the_merged_brief_and_a_newer_job_wins() {
        let reader = Reader::new();
        reader.start(embedded_job(40));
        reader.start(embedded_job(2));
        let got = wait_for_opened(&reader);
        for action in &got {
            match action {
                Action::Library(LibraryAction::Progress { total, .. }) => assert_eq!(*total, 2),
                Action::Library(LibraryAction::Opened { brief, .. }) => {
                    assert_eq!(brief.meta.subtitle.as_deref(), Some("2 briefs"));
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(got.iter().any(|a| matches!(
            a,
            Action::Library(LibraryAction::Progress { read: 2, total: 2 })
        )));
        // Stopped: whatever the thread still sends is dropped.
        reader.start(embedded_job(3));
        reader.stop();
        std::thread::sleep(Duration::from_millis(200));
        assert!(reader.answered().is_empty());
    }
}
