//! The diff view's geometry: the list of changes above, the selected change below (its
//! fields and quotes), and how far that text scrolls. The text comes from `content::diff`,
//! measured with the plain theme.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::{App, VersionDiff};
use crate::content::diff::change_lines;
use crate::library::ChangeKind;
use crate::theme::Theme;

/// Rows the list of changes needs inside its border: a line of the brief's own changes when
/// there are any, a heading per group present, a row per change; one row for "no changes".
pub fn diff_list_rows(view: &VersionDiff) -> usize {
    let meta = usize::from(!view.diff.meta.is_empty());
    let groups = [ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed]
        .into_iter()
        .filter(|kind| view.count(*kind) > 0)
        .count();
    (meta + groups + view.diff.changes.len()).max(1)
}

/// The body split into the list of changes (at most half of it, less when the changes fit
/// in fewer rows) and the selected change below it.
pub fn diff_split(view: Option<&VersionDiff>, body: Rect) -> (Rect, Rect) {
    let most = (u32::from(body.height) / 2).max(4);
    let wanted = view.map_or(most, |v| {
        u32::try_from(diff_list_rows(v) + 2).unwrap_or(u32::MAX)
    });
    let height = u16::try_from(wanted.min(most)).unwrap_or(u16::MAX);
    let [list, detail] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(body);
    (list, detail)
}

/// The selected change's box inside its border, at the app's size.
fn text_area(app: &App) -> Rect {
    let body = super::areas(super::screen(app)).body;
    super::inner(diff_split(app.diff.as_ref(), body).1)
}

/// Rows of the selected change's text shown at once.
pub fn diff_text_height(app: &App) -> u16 {
    text_area(app).height
}

/// The most the selected change's text can scroll: its rows less what fits.
pub fn diff_max_scroll(app: &App) -> u16 {
    let Some(view) = &app.diff else { return 0 };
    let area = text_area(app);
    let rows = change_lines(view, &Theme::monochrome(), usize::from(area.width)).len();
    u16::try_from(rows.saturating_sub(usize::from(area.height))).unwrap_or(u16::MAX)
}
