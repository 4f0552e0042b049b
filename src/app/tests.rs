//! Tests of `App::update`: navigation, history, search, detail, reload and help.

use super::*;
use crate::brief::Section;
use crate::brief::load_embedded;

fn app() -> App {
    let mut app = App::new(load_embedded().unwrap());
    app.update(Action::Resize(80, 24));
    app
}

fn apply(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    actions.into_iter().for_each(|action| app.apply(action));
}

fn type_query(app: &mut App, text: &str) {
    apply(app, text.chars().map(Action::SearchInput));
}

#[test]
fn selection_moves_and_clamps_at_both_ends() {
    let mut app = app();
    apply(
        &mut app,
        [Action::FocusPane(Pane::Timeline), Action::SelectPrevious],
    );
    assert_eq!(app.list(Pane::Timeline).selected, 0);
    apply(&mut app, [Action::SelectNext, Action::SelectNext]);
    assert_eq!(app.list(Pane::Timeline).selected, 2);
    apply(&mut app, [Action::SelectLast, Action::SelectNext]);
    assert_eq!(app.list(Pane::Timeline).selected, 10);
    apply(&mut app, [Action::SelectFirst]);
    assert_eq!(app.list(Pane::Timeline).selected, 0);
    apply(&mut app, [Action::Select(99)]);
    assert_eq!(app.list(Pane::Timeline).selected, 10);
}

#[test]
fn growing_the_terminal_brings_hidden_rows_back_into_view() {
    let mut app = app();
    apply(
        &mut app,
        [Action::FocusPane(Pane::Summary), Action::SelectLast],
    );
    assert!(
        app.list(Pane::Summary).offset > 0,
        "80x24 cannot show all nine paragraphs"
    );
    apply(&mut app, [Action::Resize(200, 60)]);
    let list = app.list(Pane::Summary);
    assert_eq!(list.selected, 8, "the selection stays");
    assert_eq!(list.offset, 0, "all nine paragraphs fit at 200x60");
}

#[test]
fn paging_moves_by_the_visible_rows_and_scrolls_the_list() {
    let mut app = app();
    apply(
        &mut app,
        [Action::FocusPane(Pane::Actors), Action::SelectPageDown],
    );
    let page = app.list(Pane::Actors).selected;
    assert!(page > 1, "a page moves more than one row: {page}");
    apply(&mut app, [Action::SelectLast]);
    let list = app.list(Pane::Actors);
    assert_eq!(list.selected, 13);
    assert!(list.offset > 0, "the list scrolled to show the last actor");
    apply(
        &mut app,
        [
            Action::SelectPageUp,
            Action::SelectPageUp,
            Action::SelectPageUp,
        ],
    );
    assert_eq!(app.list(Pane::Actors), ListPos::default());
}

#[test]
fn panes_cycle_both_ways_and_keep_their_own_selection() {
    let mut app = app();
    apply(&mut app, [Action::FocusPreviousPane]);
    assert_eq!(app.pane, Pane::Actors);
    apply(&mut app, [Action::FocusNextPane, Action::FocusNextPane]);
    assert_eq!(app.pane, Pane::Timeline);
    apply(
        &mut app,
        [Action::SelectNext, Action::FocusPane(Pane::Figures)],
    );
    assert_eq!(app.list(Pane::Figures).selected, 0);
    apply(&mut app, [Action::FocusPane(Pane::Timeline)]);
    assert_eq!(app.list(Pane::Timeline).selected, 1);
}

#[test]
fn drill_down_opens_selected_event_and_back_closes_it() {
    let mut app = app();
    apply(
        &mut app,
        [
            Action::FocusPane(Pane::Timeline),
            Action::SelectNext,
            Action::SelectNext,
        ],
    );
    apply(&mut app, [Action::DrillDown]);
    let detail = app.detail.as_ref().unwrap();
    assert_eq!(app.brief.id_of(detail.item), Some("e-trade-2006"));
    assert_eq!(app.focus(), Focus::Related);
    assert!(!detail.related.is_empty());
    apply(&mut app, [Action::Back]);
    assert!(app.detail.is_none());
    assert_eq!(app.pane, Pane::Timeline);
    assert_eq!(app.list(Pane::Timeline).selected, 2);
}

#[test]
fn related_items_open_in_turn_and_back_restores_each_place() {
    let mut app = app();
    apply(
        &mut app,
        [Action::FocusPane(Pane::Positions), Action::DrillDown],
    );
    let first = app.detail.clone().unwrap();
    // The source paragraph comes first.
    assert_eq!(first.related[0].item.section, Section::Summary);
    // Tab gives the keys to the Related list.
    apply(
        &mut app,
        [
            Action::FocusNextPane,
            Action::SelectNext,
            Action::SelectNext,
        ],
    );
    let target = app.detail.as_ref().unwrap().related[2].item;
    apply(&mut app, [Action::DrillDown]);
    assert_eq!(app.detail.as_ref().unwrap().item, target);
    assert_eq!(Some(app.pane), Pane::of_section(target.section));
    apply(&mut app, [Action::DrillDown]);
    assert_eq!(app.history.len(), 3);
    apply(&mut app, [Action::Back]);
    assert_eq!(app.detail.as_ref().unwrap().item, target);
    apply(&mut app, [Action::Back]);
    let back = app.detail.as_ref().unwrap();
    assert_eq!(back.item, first.item);
    assert_eq!(back.list.selected, 2, "the related selection is restored");
    assert_eq!(app.pane, Pane::Positions);
    apply(&mut app, [Action::Back, Action::Back]);
    assert!(app.detail.is_none());
    assert_eq!(app.pane, Pane::Positions);
}

#[test]
fn back_restores_the_scroll_of_a_detail() {
    let mut app = app();
    apply(
        &mut app,
        [
            Action::FocusPane(Pane::Timeline),
            Action::SelectLast,
            Action::DrillDown,
        ],
    );
    apply(&mut app, [Action::SelectPageDown]);
    let scroll = app.detail.as_ref().unwrap().scroll;
    assert!(scroll > 0, "the detail scrolls at 80×24");
    apply(&mut app, [Action::DrillDown, Action::Back]);
    assert_eq!(app.detail.as_ref().unwrap().scroll, scroll);
}

#[test]
fn can_go_back_only_with_somewhere_to_go() {
    let mut app = app();
    assert!(!app.can_go_back());
    apply(&mut app, [Action::StartSearch]);
    assert!(app.can_go_back());
    apply(&mut app, [Action::Back]);
    assert!(!app.can_go_back());
    apply(&mut app, [Action::DrillDown]);
    assert!(app.can_go_back());
    apply(&mut app, [Action::Back]);
    assert!(!app.can_go_back());
}

#[test]
fn matrix_cells_walk_in_reading_order_and_select_positions() {
    let mut app = app();
    apply(&mut app, [Action::FocusPane(Pane::Positions)]);
    assert_eq!(app.cell_col, 0);
    apply(&mut app, [Action::SelectNextCell]);
    // Strategic partnership: China seeks, Russia seeks, Hu Jintao proposes.
    assert_eq!(app.list(Pane::Positions).selected, 0);
    assert_eq!(app.matrix.actors[app.cell_col], "russia");
    apply(&mut app, [Action::SelectNextCell]);
    assert_eq!(
        app.brief.positions[app.list(Pane::Positions).selected].id,
        "pos-new-guidelines"
    );
    apply(
        &mut app,
        [
            Action::SelectPreviousCell,
            Action::SelectPreviousCell,
            Action::SelectPreviousCell,
        ],
    );
    assert_eq!((app.list(Pane::Positions).selected, app.cell_col), (0, 0));
}

#[test]
fn a_cell_selected_again_drills_into_its_position() {
    let mut app = app();
    let cell = Action::SelectCell {
        position: 6,
        actor: 4,
    };
    apply(&mut app, [Action::FocusPane(Pane::Positions), cell.clone()]);
    assert!(app.detail.is_none(), "the first click only selects");
    assert_eq!((app.list(Pane::Positions).selected, app.cell_col), (6, 4));
    apply(&mut app, [cell]);
    let detail = app.detail.as_ref().unwrap();
    assert_eq!(app.brief.id_of(detail.item), Some("pos-pipelines"));
}

#[test]
fn copy_asks_the_runner_for_the_quote_and_citation() {
    let mut app = app();
    apply(
        &mut app,
        [Action::FocusPane(Pane::Timeline), Action::CopyQuote],
    );
    let Some(Request::Copy(text)) = app.request.take() else {
        panic!("no copy request");
    };
    assert!(text.starts_with("\"trade ballooned from US$6 billion in 1992\""));
    assert!(text.contains("EAI Background Brief No. 346"));
    // The same citation line `briefing cite` prints, with the paragraph.
    assert!(text.ends_with("8 August 2007, para. 4."), "{text}");
    apply(&mut app, [Action::ConfirmCopied]);
    assert!(app.status.as_ref().unwrap().text.contains("Sent"));
    apply(
        &mut app,
        [Action::FocusPane(Pane::Actors), Action::CopyQuote],
    );
    assert_eq!(app.request, None);
    assert!(app.status.is_some());
}

#[test]
fn reload_keeps_the_place_and_a_failure_keeps_the_brief() {
    let mut app = app();
    apply(&mut app, [Action::Reload]);
    assert_eq!(app.request, None, "the embedded brief has no file");
    app.source = Some("brief.toml".into());
    apply(
        &mut app,
        [
            Action::FocusPane(Pane::Timeline),
            Action::SelectLast,
            Action::DrillDown,
            Action::Reload,
        ],
    );
    assert_eq!(app.request.take(), Some(Request::Reload));
    let mut smaller = load_embedded().unwrap();
    smaller.timeline.truncate(3);
    apply(&mut app, [Action::ReplaceBrief(Box::new(smaller))]);
    assert_eq!(app.brief.timeline.len(), 3);
    assert!(app.detail.is_none(), "the open event no longer exists");
    assert_eq!(app.list(Pane::Timeline).selected, 2);
    apply(
        &mut app,
        [Action::ReportReloadFailure(vec![
            "a.toml:1:1: bad".into(),
            "a.toml:2:1: worse".into(),
        ])],
    );
    assert_eq!(app.brief.timeline.len(), 3);
    let status = app.status.as_ref().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(status.text.contains("a.toml:1:1: bad (and 1 more)"));
    assert_eq!(app.errors.len(), 2);
}

#[test]
fn help_toggles_and_scrolls_within_bounds() {
    let mut app = app();
    apply(&mut app, [Action::ToggleHelp]);
    assert_eq!(app.mode, Mode::Help);
    apply(&mut app, std::iter::repeat_n(Action::SelectNext, 200));
    assert_eq!(app.help_scroll, crate::layout::help_max_scroll(&app));
    apply(&mut app, [Action::SelectPageUp]);
    assert_eq!(
        app.help_scroll, 0,
        "a page up from the end of a short help is its start"
    );
    apply(&mut app, [Action::SelectPageDown]);
    assert!(app.help_scroll > 0, "80x24 cannot show the whole help");
    assert_eq!(app.help_scroll, crate::layout::help_max_scroll(&app));
    apply(&mut app, [Action::Back]);
    assert_eq!(app.mode, Mode::Browse);
}

#[test]
fn quit_and_suspend_are_requests_not_effects() {
    let mut app = app();
    apply(&mut app, [Action::Suspend]);
    assert_eq!(app.request, Some(Request::Suspend));
    apply(&mut app, [Action::Quit]);
    assert!(app.should_quit);
}

mod diff;
mod library;
mod reading;
mod relist;
mod scope;
mod search;

#[test]
fn a_copy_larger_than_terminals_accept_is_not_sent_and_the_status_says_why() {
    let mut app = app();
    app.brief.summary[0].text = "word ".repeat(20_000);
    apply(
        &mut app,
        [Action::FocusPane(Pane::Summary), Action::CopyQuote],
    );
    assert_eq!(app.request, None, "over 100 KB of base64 is not sent");
    let status = app.status.as_ref().expect("the status says why");
    assert_eq!(status.kind, StatusKind::Error);
    assert!(status.text.starts_with("Not copied"), "{}", status.text);
    assert!(status.text.contains("KB"), "{}", status.text);
    // Just under the limit is still sent, and the message does not claim it arrived.
    app.brief.summary[0].text = "w".repeat(74_000);
    apply(&mut app, [Action::CopyQuote]);
    assert!(matches!(app.request.take(), Some(Request::Copy(_))));
    apply(&mut app, [Action::ConfirmCopied]);
    let said = &app.status.as_ref().unwrap().text;
    assert!(
        said.contains("Sent") && said.contains("terminal's clipboard"),
        "{said}"
    );
}

#[test]
fn in_a_detail_j_k_and_space_scroll_the_text_and_tab_moves_to_related() {
    let mut app = app();
    app.update(Action::Resize(80, 12));
    apply(
        &mut app,
        [Action::FocusPane(Pane::Timeline), Action::DrillDown],
    );
    let detail = |app: &App| app.detail.clone().unwrap();
    assert!(detail(&app).on_text, "a detail opens on its text");
    apply(&mut app, [Action::SelectFirst]);
    assert_eq!(detail(&app).scroll, 0, "g: the top of the text");
    let start = 0;
    apply(&mut app, [Action::SelectNext]);
    assert_eq!(detail(&app).scroll, start + 1, "j scrolls a line");
    assert_eq!(detail(&app).list.selected, 0, "Related stays put");
    apply(&mut app, [Action::SelectPrevious]);
    assert_eq!(detail(&app).scroll, start);
    apply(&mut app, [Action::SelectPageDown]);
    assert!(detail(&app).scroll > start + 1, "Space / PgDn pages");
    apply(&mut app, [Action::FocusNextPane]);
    assert!(!detail(&app).on_text, "Tab: the keys go to Related");
    assert_eq!(app.pane, Pane::Timeline, "Tab does not leave the detail");
    let scrolled = detail(&app).scroll;
    apply(&mut app, [Action::SelectNext]);
    assert_eq!(detail(&app).list.selected, 1);
    assert_eq!(detail(&app).scroll, scrolled);
    apply(&mut app, [Action::FocusPreviousPane]);
    assert!(detail(&app).on_text);
    assert_eq!(
        crate::keymap::action_for(
            Mode::Browse,
            ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Char(' '),
                ratatui::crossterm::event::KeyModifiers::NONE
            )
        ),
        Some(Action::SelectPageDown)
    );
}
