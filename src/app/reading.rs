//! Reading every brief for the All-briefs scope, which takes seconds over a large library:
//! the runner reads on a thread and reports progress; meanwhile the Library pane stays
//! usable, says how far the reading is, and Esc stops it.

use super::{App, LibraryRequest, Request, Scope, Status, StatusKind};

/// How far the reading of every brief has come: `read` of `total` briefs (when `read`
/// equals `total`, they are being merged).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub read: usize,
    pub total: usize,
}

impl App {
    /// Asks the runner to read and merge every brief that loads, and notes that it is under
    /// way.
    pub(super) fn start_reading(&mut self) {
        let Some(listed) = self.shelf.as_mut() else {
            return;
        };
        listed.reading = Some(Reading {
            read: 0,
            total: listed.loadable(),
        });
        self.request = Some(Request::Library(LibraryRequest::OpenAll));
    }

    /// The runner's progress; ignored when the reading was stopped or is over.
    pub(super) fn reading_progress(&mut self, read: usize, total: usize) {
        if let Some(reading) = self.shelf.as_mut().and_then(|s| s.reading.as_mut()) {
            *reading = Reading { read, total };
        }
    }

    /// Stops a reading under way: asks the runner to drop it and says so. Returns whether
    /// one was under way.
    pub(super) fn stop_reading(&mut self) -> bool {
        let Some(listed) = self.shelf.as_mut() else {
            return false;
        };
        if listed.reading.take().is_none() {
            return false;
        }
        self.request = Some(Request::Library(LibraryRequest::Stop));
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: "Stopped reading the briefs".to_string(),
        });
        true
    }

    /// Whether a brief the runner read may be shown: one brief always (it was read at
    /// once), all briefs only while that reading is still wanted (not stopped, and no other
    /// brief opened since). Ends the reading.
    pub(super) fn wanted(&mut self, scope: &Scope) -> bool {
        let reading = self.shelf.as_mut().and_then(|s| s.reading.take());
        match scope {
            Scope::Brief(_) => true,
            Scope::All => reading.is_some(),
        }
    }
}
