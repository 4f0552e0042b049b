//! The search box: running the query over the brief's index, editing it as a shell line is
//! edited, and taking a paste whole.

use super::{App, ListPos, Status, StatusKind};

/// The longest query, in characters. A paste beyond it is cut, with a note: no phrase worth
/// searching a brief for is this long, and matching cost grows with the query.
pub const QUERY_LIMIT: usize = 200;

impl App {
    pub(super) fn run_search(&mut self) {
        if self.search_library() {
            return;
        }
        self.search.hits = self.index.search(&self.search.query);
        self.search.list = ListPos::default();
    }

    /// Adds pasted text to the query in one step, searching once: line breaks and tabs
    /// become spaces, other control characters are dropped, and what goes past
    /// `QUERY_LIMIT` is left out, with a note saying so.
    pub(super) fn paste_into_search(&mut self, text: &str) {
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
        if clean.peek().is_some() {
            self.status = Some(Status {
                kind: StatusKind::Info,
                text: format!("The paste was cut: a query holds at most {QUERY_LIMIT} characters"),
            });
        }
        self.run_search();
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
