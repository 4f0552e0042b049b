//! The search box: running the query over the brief's index, and editing it as a shell
//! line is edited.

use super::{App, ListPos};

impl App {
    pub(super) fn run_search(&mut self) {
        self.search.hits = self.index.search(&self.search.query);
        self.search.list = ListPos::default();
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
