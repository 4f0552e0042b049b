//! Moving between the scopes of the Library pane (one brief, or all briefs merged) without
//! losing one's place: each brief's panes are kept where the reader left them, and the
//! merged All-briefs view is kept whole while a single brief is open, so going back to it
//! is instant and lands where it was.

use std::path::PathBuf;

use super::{App, BuiltIndex, Detail, ListPos, Mode, Pane, Place, Scope, Status, StatusKind};
use crate::action::Action;
use crate::brief::Brief;

/// Where the reader was in a brief's panes when they left it for another scope.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub pane: Pane,
    pub lists: [ListPos; 5],
    pub cell_col: usize,
    pub detail: Option<Detail>,
    pub history: Vec<Place>,
}

impl App {
    /// The reader's place in the panes, to come back to.
    fn kept(&self) -> Kept {
        Kept {
            pane: self.pane,
            lists: self.lists,
            cell_col: self.cell_col,
            detail: self.detail.clone(),
            history: self.history.clone(),
        }
    }

    /// Puts the reader back where `kept` says, clamped to the brief as it is now (it may
    /// have been edited and read again since).
    fn resume(&mut self, kept: Kept) {
        self.pane = kept.pane;
        self.lists = kept.lists;
        self.cell_col = kept.cell_col;
        self.history = kept.history;
        self.clamp_lists();
        self.detail = kept.detail.filter(|detail| self.item_exists(detail.item));
        self.sync_cell();
        self.follow_all();
    }

    /// Shows a brief the runner read: where the reader left it if they were in it before,
    /// else from its first items. The scope left behind keeps its place; All briefs is kept
    /// whole while a single brief is open (`stashed_all`).
    pub(super) fn open_scope(
        &mut self,
        scope: Scope,
        brief: Brief,
        file: Option<PathBuf>,
        index: Option<BuiltIndex>,
    ) {
        let again = self.shelf.as_ref().and_then(|s| s.scope.as_ref()) == Some(&scope);
        let opened = match index {
            Some(BuiltIndex(index)) => App::with_index(brief, index),
            None => App::new(brief),
        };
        self.enter(scope, opened);
        self.source = file;
        let title = &self.brief.meta.title;
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: if again {
                format!("Read \"{title}\" again")
            } else {
                format!("Opened \"{title}\"")
            },
        });
    }

    /// Goes back to the All-briefs view kept since it was left; false (and nothing changes)
    /// when none is kept.
    pub(super) fn resume_all(&mut self) -> bool {
        let Some(all) = self.stashed_all.take() else {
            return false;
        };
        self.enter(Scope::All, *all);
        self.status = Some(Status {
            kind: StatusKind::Info,
            text: "Back in All briefs, where you left it".to_string(),
        });
        true
    }

    /// Replaces the app by `next`, showing `scope`: the shelf moves over, the place in the
    /// scope left is kept, and the place kept for `scope` is resumed.
    fn enter(&mut self, scope: Scope, mut next: App) {
        let size = self.size;
        let mut listed = self.shelf.take();
        let left = listed.as_ref().and_then(|s| s.scope.clone());
        next.stashed_all = self.stashed_all.take();
        let mut old = std::mem::replace(self, next);
        let left_again = left.as_ref() == Some(&scope);
        let old_place = old.kept();
        match left {
            Some(Scope::All) if scope != Scope::All => {
                old.mode = Mode::Browse;
                old.request = None;
                self.stashed_all = Some(Box::new(old));
            }
            Some(left) if left != scope => {
                if let Some(listed) = listed.as_mut() {
                    listed.places.insert(left, old_place.clone());
                }
            }
            _ => {}
        }
        if scope == Scope::All {
            // A newer All briefs (read again) replaces the one kept.
            self.stashed_all = None;
        }
        // The same scope read again (`r`) resumes the place just left.
        let resumed = if left_again {
            Some(old_place)
        } else {
            listed.as_mut().and_then(|s| s.places.remove(&scope))
        };
        if let Some(listed) = listed.as_mut() {
            if scope == Scope::All {
                listed.all_outdated = false;
            }
            listed.scope = Some(scope);
        }
        self.shelf = listed;
        self.mode = Mode::Browse;
        self.update(Action::Resize(size.0, size.1));
        if let Some(kept) = resumed {
            self.resume(kept);
        }
    }
}
