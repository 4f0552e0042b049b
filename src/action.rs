//! The `Action` enum: every intention the explorer understands, named for what it does.
//!
//! Keys and mouse events become actions in `keymap.rs` and `layout::action_at`; only
//! `App::update` applies them.

use crate::app::Pane;
use crate::brief::Brief;

/// Something the reader wants done. Never named after a key: keys belong to the keymap.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    /// Put the process in the background (job control), to be resumed with `fg`.
    Suspend,
    FocusNextPane,
    FocusPreviousPane,
    FocusPane(Pane),
    SelectNext,
    SelectPrevious,
    SelectFirst,
    SelectLast,
    SelectPageDown,
    SelectPageUp,
    /// Select the row at this index of the list in focus (a mouse click).
    Select(usize),
    /// In the positions matrix: the next cell to the right, or the previous one.
    SelectNextCell,
    SelectPreviousCell,
    /// Select this position and actor column in the matrix (a click on a cell).
    SelectCell {
        position: usize,
        actor: usize,
    },
    /// Open the detail of what is selected: an item, a related item, a search result.
    DrillDown,
    /// Go back through the history: close a detail, return to the previous place.
    Back,
    StartSearch,
    /// One character typed into the search box (at most `app::QUERY_LIMIT` are kept).
    SearchInput(char),
    /// Text added to the search box in one step: a paste taken whole (bracketed paste), or a
    /// run of characters the runner read in one batch; cut to `app::QUERY_LIMIT`.
    PasteIntoSearch(String),
    SearchDeleteChar,
    SearchDeleteWord,
    SearchClear,
    CancelSearch,
    /// The search worker answered (perhaps in part); stale answers are dropped.
    SearchAnswered(crate::search::Answer),
    /// Open the next result of the last search, from browse mode (as `n` in less or vim);
    /// after the last result, the first.
    OpenNextResult,
    /// Open the previous result of the last search; before the first, the last.
    OpenPreviousResult,
    ToggleHelp,
    /// Copy the selected item's quote and citation to the clipboard (through the terminal).
    CopyQuote,
    /// Read the brief again from its file.
    Reload,
    /// The terminal changed size (columns, rows).
    Resize(u16, u16),
    /// A reload succeeded: show this brief, keeping the reader's place.
    ReplaceBrief(Box<Brief>),
    /// A reload failed: show why, and keep the last good brief.
    ReportReloadFailure(Vec<String>),
    /// The runner wrote the clipboard request to the terminal.
    ConfirmCopied,
    /// Open the brief as slides, where the talk was left.
    StartPresentation,
    /// Something asked of the slides: next, previous, jump, timer, notes, leave…
    Present(crate::present::PresentAction),
    /// Something asked of the Library pane: show it, filter, open a brief or all of them.
    Library(crate::app::LibraryAction),
}
