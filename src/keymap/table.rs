//! The explorer's key table: every binding, its modes, its help group and its status hint;
//! the Library pane's rows come from `library.rs`, the diff view's from `diff.rs`.

use std::sync::LazyLock;

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key};
use crate::action::Action;
use crate::app::{Mode, Pane};

const BROWSE: &[Mode] = &[Mode::Browse];
const SEARCH: &[Mode] = &[Mode::Search];
const HELP: &[Mode] = &[Mode::Help];
const ALL: &[Mode] = &[Mode::Browse, Mode::Search, Mode::Help];
/// Where Ctrl-Z suspends: everywhere but the slides (which have their own keys).
const SUSPEND: &[Mode] = &[
    Mode::Browse,
    Mode::Search,
    Mode::Help,
    Mode::Library,
    Mode::Diff,
];

fn bind(
    modes: &'static [Mode],
    keys: &[Key],
    action: Action,
    group: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        modes,
        keys: keys.to_vec(),
        action,
        group,
        hint,
    }
}

/// The table itself: browse, search and help keys, in the order the help lists them.
pub(super) static BINDINGS: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    use KeyCode::{
        BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
    };
    let p = Key::plain;
    let c = Key::char;
    let mut table = vec![
        bind(
            BROWSE,
            &[c('j'), p(Down)],
            Action::SelectNext,
            "next / previous item",
            Some("move"),
        ),
        bind(
            BROWSE,
            &[c('k'), p(Up)],
            Action::SelectPrevious,
            "next / previous item",
            Some("move"),
        ),
        bind(
            BROWSE,
            &[c('g'), p(Home)],
            Action::SelectFirst,
            "first / last item",
            None,
        ),
        bind(
            BROWSE,
            &[c('G'), p(End)],
            Action::SelectLast,
            "first / last item",
            None,
        ),
        bind(
            BROWSE,
            &[p(PageDown), c(' ')],
            Action::SelectPageDown,
            "page down / up",
            None,
        ),
        bind(
            BROWSE,
            &[p(PageUp)],
            Action::SelectPageUp,
            "page down / up",
            None,
        ),
        bind(
            BROWSE,
            &[p(Tab)],
            Action::FocusNextPane,
            "next / previous pane; in a detail: text or Related",
            Some("pane"),
        ),
        bind(
            BROWSE,
            &[p(BackTab)],
            Action::FocusPreviousPane,
            "next / previous pane; in a detail: text or Related",
            None,
        ),
    ];
    for pane in Pane::ALL {
        let digit = char::from_digit(u32::try_from(pane.index() + 1).unwrap_or(0), 10);
        table.push(bind(
            BROWSE,
            &[c(digit.unwrap_or('0'))],
            Action::FocusPane(pane),
            "go to a pane by number",
            None,
        ));
    }
    table.extend([
        bind(
            BROWSE,
            &[c('l'), p(Right)],
            Action::SelectNextCell,
            "positions: next / previous filled matrix cell",
            Some("cell"),
        ),
        bind(
            BROWSE,
            &[c('h'), p(Left)],
            Action::SelectPreviousCell,
            "positions: next / previous filled matrix cell",
            Some("cell"),
        ),
        bind(
            BROWSE,
            &[p(Enter)],
            Action::DrillDown,
            "open the selected item",
            Some("open"),
        ),
        bind(
            BROWSE,
            &[p(Esc), p(Backspace)],
            Action::Back,
            "go back; at the top of a brief, the Library pane",
            Some("back"),
        ),
        bind(
            BROWSE,
            &[c('/')],
            Action::StartSearch,
            "search every item",
            Some("search"),
        ),
        bind(
            BROWSE,
            &[c('n')],
            Action::OpenNextResult,
            "open the next / previous search result",
            None,
        ),
        bind(
            BROWSE,
            &[c('N')],
            Action::OpenPreviousResult,
            "open the next / previous search result",
            None,
        ),
        bind(
            BROWSE,
            &[c('y')],
            Action::CopyQuote,
            "copy the quote and citation",
            Some("copy"),
        ),
        bind(
            BROWSE,
            &[c('r')],
            Action::Reload,
            "reload the brief from its file",
            None,
        ),
        bind(
            BROWSE,
            &[c('L')],
            Action::Library(crate::app::LibraryAction::Show),
            "the library: every brief, or all briefs at once",
            None,
        ),
        bind(
            BROWSE,
            &[c('?')],
            Action::ToggleHelp,
            "show this help",
            Some("help"),
        ),
        bind(
            BROWSE,
            &[c('p')],
            Action::StartPresentation,
            "present the brief as slides",
            Some("slides"),
        ),
        bind(BROWSE, &[c('q')], Action::Quit, "quit", Some("quit")),
        bind(
            SEARCH,
            &[p(Down), Key::ctrl('n')],
            Action::SelectNext,
            "next / previous result",
            Some("select"),
        ),
        bind(
            SEARCH,
            &[p(Up), Key::ctrl('p')],
            Action::SelectPrevious,
            "next / previous result",
            Some("select"),
        ),
        bind(
            SEARCH,
            &[p(PageDown)],
            Action::SelectPageDown,
            "page down / up",
            None,
        ),
        bind(
            SEARCH,
            &[p(PageUp)],
            Action::SelectPageUp,
            "page down / up",
            None,
        ),
        bind(
            SEARCH,
            &[p(Enter)],
            Action::DrillDown,
            "open the result",
            Some("open"),
        ),
        bind(
            SEARCH,
            &[p(Esc)],
            Action::CancelSearch,
            "cancel the search",
            Some("cancel"),
        ),
        bind(
            SEARCH,
            &[p(Backspace)],
            Action::SearchDeleteChar,
            "delete a character",
            None,
        ),
        bind(
            SEARCH,
            &[Key::ctrl('w')],
            Action::SearchDeleteWord,
            "delete a word",
            Some("word"),
        ),
        bind(
            SEARCH,
            &[Key::ctrl('u')],
            Action::SearchClear,
            "clear the query",
            Some("clear"),
        ),
        bind(
            HELP,
            &[c('j'), p(Down)],
            Action::SelectNext,
            "scroll",
            Some("scroll"),
        ),
        bind(
            HELP,
            &[c('k'), p(Up)],
            Action::SelectPrevious,
            "scroll",
            Some("scroll"),
        ),
        bind(
            HELP,
            &[p(PageDown), c('G'), p(End)],
            Action::SelectPageDown,
            "scroll a page, or to the end",
            None,
        ),
        bind(
            HELP,
            &[p(PageUp), c('g'), p(Home)],
            Action::SelectPageUp,
            "scroll a page, or to the start",
            None,
        ),
        bind(
            HELP,
            &[c('?'), p(Esc)],
            Action::ToggleHelp,
            "close the help",
            Some("close"),
        ),
        bind(HELP, &[c('q')], Action::Quit, "quit", Some("quit")),
    ]);
    table.extend(super::library::bindings());
    table.extend(super::diff::bindings());
    // Last, so each mode's help ends with them.
    table.extend([
        bind(ALL, &[Key::ctrl('c')], Action::Quit, "quit", None),
        bind(
            SUSPEND,
            &[Key::ctrl('z')],
            Action::Suspend,
            "suspend to the shell (fg resumes)",
            None,
        ),
    ]);
    table
});
