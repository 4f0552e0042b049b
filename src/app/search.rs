//! The search box: its state (`Search`), running the query over the brief's index, editing
//! it as a shell line is edited, taking a paste whole, and the search that stays: reopening
//! it, coming back to it from a result, and stepping through its results from browse mode.

use super::{App, ListPos, Mode, Request, Status, StatusKind};
use crate::search::{Answer, Hit};

/// The longest query, in characters. A paste beyond it is cut, with a note: no phrase worth
/// searching a brief for is this long, and matching cost grows with the query.
pub const QUERY_LIMIT: usize = 200;

/// Indexes of at most this many items are searched on the input thread, instantly and
/// deterministically; larger ones on the runner's worker. From docs/performance.md: a
/// keystroke costs about 16 µs on the shipped brief and 21 ms on 10,000 items, so 2,000
/// items (about 4 ms, scaling linearly) stay well within a 16 ms frame.
pub const SYNC_ITEMS: usize = 2_000;

/// The search box and its results. Both outlast the box: Esc from a result opened here
/// returns to them, `/` reopens them, and `n` / `N` step through them from browse mode.
#[derive(Debug)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub list: ListPos,
    /// The query is selected, as after `/` reopens it: the next character typed replaces it.
    pub query_selected: bool,
    /// The last text typed or pasted did not all fit: the query holds `QUERY_LIMIT`
    /// characters and the rest was left out. The box says so under the query until the
    /// next edit.
    pub cut: bool,
    /// The history depth at which a result opened from here is shown: `Back` at that depth
    /// returns to the results rather than to the place before the search.
    pub opened_at: Option<usize>,
    /// The result last opened from this search (Enter, `n`, `N`), kept after the reader goes
    /// back past the results: `n` from browsing then steps on from it instead of opening it
    /// again. A new query forgets it.
    pub seen: Option<crate::brief::ItemRef>,
    /// More results are coming: the query went to the search worker and its complete answer
    /// has not arrived. The box says so.
    pub pending: bool,
    /// How many items match in all: more than `hits` holds when the worker kept only the
    /// best (`tui`'s answer limit); 0 until a complete answer says.
    pub total: usize,
    /// Indexes of at most this many items are searched in `update` itself (instant and
    /// deterministic); larger ones on the runner's worker. `SYNC_ITEMS` by default.
    pub sync_up_to: usize,
}

impl Default for Search {
    fn default() -> Search {
        Search {
            query: String::new(),
            hits: Vec::new(),
            list: ListPos::default(),
            query_selected: false,
            cut: false,
            opened_at: None,
            seen: None,
            pending: false,
            total: 0,
            sync_up_to: SYNC_ITEMS,
        }
    }
}

impl App {
    /// Searches the query: here for an index of at most `search.sync_up_to` items, else by
    /// asking the runner (`Request::Search`), keeping the shown hits until the answer comes.
    pub(super) fn run_search(&mut self) {
        self.search.list = ListPos::default();
        self.search.query_selected = false;
        self.search.cut = false;
        self.search.seen = None;
        if self.index.len() <= self.search.sync_up_to || self.search.query.trim().is_empty() {
            self.search.hits = self.index.search(&self.search.query);
            self.search.total = self.search.hits.len();
            self.search.pending = false;
        } else {
            self.search.pending = true;
            self.request = Some(Request::Search(self.search.query.clone()));
        }
    }

    /// Takes the worker's answer if it is for the query in the box; an answer to an older
    /// query (the reader typed on) is dropped. A stage keeps `pending` set.
    pub(super) fn take_answer(&mut self, answer: Answer) {
        if answer.query != self.search.query {
            return;
        }
        self.search.hits = answer.hits;
        self.search.total = answer.total.max(self.search.hits.len());
        self.search.pending = !answer.complete;
        let last = self.search.hits.len().saturating_sub(1);
        self.search.list.selected = self.search.list.selected.min(last);
        self.search.list.offset = self.search.list.offset.min(self.search.list.selected);
    }

    /// Opens the search box. The last query and its results stay, the query selected so that
    /// typing replaces it (as a browser's address bar); Esc from the box returns to browsing.
    pub(super) fn start_search(&mut self) {
        self.mode = Mode::Search;
        self.search.query_selected = !self.search.query.is_empty();
        self.search.cut = false;
        self.search.opened_at = None;
    }

    /// Drops a selected query before an edit replaces it. Returns whether there was one.
    pub(super) fn take_selected_query(&mut self) -> bool {
        let taken = std::mem::take(&mut self.search.query_selected);
        if taken {
            self.search.query.clear();
        }
        taken
    }

    /// Opens a result: the detail, scrolled to its first match, remembering that `Back`
    /// returns to the results.
    pub(super) fn open_result(&mut self, index: usize) {
        let Some(item) = self.search.hits.get(index).map(|hit| hit.item) else {
            return;
        };
        self.search.list.selected = index;
        self.mode = Mode::Browse;
        self.open(item);
        self.search.opened_at = Some(self.history.len());
        self.search.seen = Some(item);
        let scroll = crate::layout::detail_scroll_to_match(self, item);
        if let Some(detail) = &mut self.detail {
            detail.scroll = scroll;
        }
    }

    /// Whether the reader is looking at a result opened from the search, so that `Back`
    /// returns to the results (same query, same selection).
    pub(super) fn showing_result(&self) -> bool {
        self.mode == Mode::Browse
            && self.detail.is_some()
            && self.search.opened_at == Some(self.history.len())
    }

    /// The search hit whose detail is open, when the reader came to it from the results (or
    /// `n` / `N`): the detail highlights its matched characters.
    pub fn shown_hit(&self) -> Option<&crate::search::Hit> {
        let detail = self.detail.as_ref()?;
        let hit = self.search.hits.get(self.search.list.selected)?;
        (self.showing_result() && hit.item == detail.item).then_some(hit)
    }

    /// `Back` from a result: the place before the search is restored underneath, and the
    /// results shown over it again.
    pub(super) fn return_to_results(&mut self) {
        if let Some(place) = self.history.pop() {
            self.restore(place);
        }
        self.search.opened_at = None;
        self.search.query_selected = false;
        self.mode = Mode::Search;
        self.follow_all();
    }

    /// `n` / `N`: opens the next (or previous) result of the last search, wrapping at the
    /// ends with a note, as less and vim do. The step is from the result open, else from the
    /// one last opened (the reader went back past the results); only a selected result never
    /// opened is opened itself. A result already open from the search is replaced, so one
    /// `Back` still returns to the results.
    pub(super) fn open_adjacent_result(&mut self, forward: bool) {
        let len = self.search.hits.len();
        if len == 0 {
            self.status = Some(Status {
                kind: StatusKind::Info,
                text: "No search results to step through: press / to search".to_string(),
            });
            return;
        }
        let current = self.search.list.selected.min(len - 1);
        let seen =
            self.showing_result() || self.search.seen == Some(self.search.hits[current].item);
        let (index, wrapped) = match (seen, forward) {
            // From browsing, a selected result not yet seen opens itself.
            (false, _) => (current, false),
            (true, true) if current + 1 < len => (current + 1, false),
            (true, true) => (0, true),
            (true, false) if current > 0 => (current - 1, false),
            (true, false) => (len - 1, true),
        };
        if self.showing_result()
            && let Some(place) = self.history.pop()
        {
            self.restore(place);
        }
        self.open_result(index);
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: format!(
                "Result {} of {len} for \"{}\"{}",
                index + 1,
                self.search.query,
                match (wrapped, forward) {
                    (false, _) => "",
                    (true, true) => " (from the top)",
                    (true, false) => " (from the bottom)",
                }
            ),
        });
    }

    /// Adds text to the query in one step, searching once: a paste, a run of characters the
    /// runner took in one batch, or one typed character. Line breaks and tabs become spaces,
    /// other control characters are dropped, and what goes past `QUERY_LIMIT` is left out,
    /// with a note under the query saying so (`Search::cut`).
    pub(super) fn paste_into_search(&mut self, text: &str) {
        self.take_selected_query();
        let room = QUERY_LIMIT.saturating_sub(self.search.query.chars().count());
        let mut clean = text
            .chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .peekable();
        let mut taken = 0;
        while taken < room {
            let Some(c) = clean.next() else { break };
            self.search.query.push(c);
            taken += 1;
        }
        let cut = clean.peek().is_some();
        self.run_search();
        self.search.cut = cut;
    }
}

/// Ctrl-W as in a shell: drop trailing spaces, then the word before them.
pub(super) fn delete_word(query: &mut String) {
    let trimmed = query.trim_end().len();
    query.truncate(trimmed);
    let start = query
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    query.truncate(start);
}
