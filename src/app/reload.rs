//! Reading the brief again: asking the runner to, then keeping the reader's place in the new
//! brief, or keeping the last good brief and saying why.

use super::{App, Detail, Matrix, Request, Status, StatusKind, related_items};
use crate::brief::Brief;
use crate::search::SearchIndex;

impl App {
    pub(super) fn reload(&mut self) {
        if self.reload_scope() {
            return;
        }
        if self.source.is_some() {
            self.request = Some(Request::Reload);
        } else {
            self.status = Some(Status {
                kind: StatusKind::Info,
                text: "This is the embedded brief: there is no file to reload".to_string(),
            });
        }
    }

    pub(super) fn report_reload_failure(&mut self, problems: Vec<String>) {
        let first = problems.first().cloned().unwrap_or_default();
        let more = match problems.len() {
            0 | 1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        self.status = Some(Status {
            kind: StatusKind::Error,
            text: format!("Reload failed, still showing the last good brief: {first}{more}"),
        });
        self.errors = problems;
        self.errors_title = "Reload failed · still showing the last good brief".to_string();
    }

    pub(super) fn replace_brief(&mut self, brief: Brief) {
        self.index = std::sync::Arc::new(SearchIndex::new(&brief));
        self.matrix = Matrix::new(&brief);
        self.links = crate::brief::Links::of(&brief);
        self.brief = brief;
        self.clamp_lists();
        if let Some(detail) = self.detail.take() {
            let item = detail.item;
            if self.item_exists(item) {
                let related = related_items(&self.brief, item);
                let mut list = detail.list;
                list.selected = list.selected.min(related.len().saturating_sub(1));
                self.detail = Some(Detail {
                    item,
                    related,
                    list,
                    scroll: detail.scroll,
                    on_text: detail.on_text,
                });
            }
        }
        if !self.search.query.is_empty() {
            self.search.hits = self.index.search(&self.search.query);
            self.search.list.selected = self
                .search
                .list
                .selected
                .min(self.search.hits.len().saturating_sub(1));
        }
        self.sync_cell();
        self.follow_all();
        self.rebuild_deck();
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: format!("Reloaded \"{}\"", self.brief.meta.title),
        });
    }
}
