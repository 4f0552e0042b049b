//! Whole-screen tests of the explorer: snapshots per pane and mode, styles of marked cells,
//! clicks and random keys at random sizes.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::action::Action;
use crate::brief::load_embedded;
use crate::keymap;
use crate::layout::action_at;
use crate::theme::Theme;

fn app_at(width: u16, height: u16) -> App {
    let mut app = App::new(load_embedded().unwrap());
    app.update(Action::Resize(width, height));
    app
}

fn apply(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    actions.into_iter().for_each(|action| app.apply(action));
}

fn draw_app(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|frame| render(app, theme, frame)).unwrap();
    terminal
}

/// Where a text first appears on screen.
fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = row.find(text) {
            let x = row[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

fn snapshot_panes(width: u16, height: u16) {
    for pane in Pane::ALL {
        let theme = Theme::monochrome();
        let mut app = app_at(width, height);
        apply(&mut app, [Action::FocusPane(pane), Action::SelectNext]);
        let terminal = draw_app(&app, &theme);
        insta::assert_snapshot!(
            format!("{}_{width}x{height}", pane.title().to_lowercase()),
            terminal.backend()
        );
    }
}

#[test]
fn panes_at_80x24() {
    snapshot_panes(80, 24);
}

#[test]
fn panes_at_160x48() {
    snapshot_panes(160, 48);
}

#[test]
fn detail_search_and_help_at_both_sizes() {
    for (width, height) in [(80, 24), (160, 48)] {
        let theme = Theme::monochrome();
        let mut app = app_at(width, height);
        apply(
            &mut app,
            [
                Action::FocusPane(Pane::Timeline),
                Action::SelectNext,
                Action::SelectNext,
                Action::SelectNext,
                Action::SelectNext,
                Action::DrillDown,
            ],
        );
        insta::assert_snapshot!(
            format!("detail_event_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        apply(
            &mut app,
            [
                Action::Back,
                Action::FocusPane(Pane::Figures),
                Action::DrillDown,
            ],
        );
        insta::assert_snapshot!(
            format!("detail_figure_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        apply(&mut app, [Action::Back, Action::StartSearch]);
        apply(&mut app, "pipeline".chars().map(Action::SearchInput));
        insta::assert_snapshot!(
            format!("search_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        apply(&mut app, [Action::SearchClear]);
        apply(&mut app, "xqzv".chars().map(Action::SearchInput));
        insta::assert_snapshot!(
            format!("search_no_match_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
        apply(&mut app, [Action::CancelSearch, Action::ToggleHelp]);
        insta::assert_snapshot!(
            format!("help_{width}x{height}"),
            draw_app(&app, &theme).backend()
        );
    }
}

#[test]
fn a_failed_reload_lists_every_problem() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    apply(
        &mut app,
        [Action::ReportReloadFailure(vec![
            "/tmp/b.toml:331:1: expected `.`, `=`".to_string(),
            "/tmp/b.toml:12:9: timeline e-x: the quote is not in the source text".to_string(),
        ])],
    );
    insta::assert_snapshot!("reload_failed_80x24", draw_app(&app, &theme).backend());
}

#[test]
fn too_small_says_so() {
    let theme = Theme::monochrome();
    let app = app_at(39, 12);
    insta::assert_snapshot!("too_small_39x12", draw_app(&app, &theme).backend());
    for (width, height) in [(1, 1), (2, 1), (1, 3), (40, 10), (0, 0)] {
        let theme = Theme::colour();
        let app = app_at(width, height);
        let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
        draw(&app, &theme, buf.area, &mut buf);
    }
}

#[test]
fn counts_and_verbs_agree_with_their_numbers() {
    assert_eq!(item_counts(1, 0, 2), "1 event and 2 positions");
    assert_eq!(item_counts(3, 1, 0), "3 events and 1 figure");
    assert_eq!(item_counts(0, 0, 0), "");
    assert_eq!(crate::brief::Stance::Opposes.verb_for(2), "oppose");
    assert_eq!(crate::brief::Stance::Opposes.verb_for(1), "opposes");
    assert_eq!(crate::brief::Stance::Acts.verb_before_issue(2), "act on");
    assert_eq!(crate::brief::Stance::Warns.verb_before_issue(1), "warns of");
    assert_eq!(crate::brief::Stance::Seeks.verb_before_issue(1), "seeks");
    let theme = Theme::monochrome();
    let mut app = app_at(160, 48);
    apply(
        &mut app,
        [Action::FocusPane(Pane::Positions), Action::SelectNext],
    );
    let screen = draw_app(&app, &theme).backend().to_string();
    assert!(screen.contains("China and Russia oppose US"), "{screen}");
    assert!(!screen.contains("Russia opposes"), "{screen}");
}

/// How many items a preview's "▼ N more" line says are left out.
fn left_out(screen: &str) -> usize {
    screen
        .split("▼ ")
        .nth(1)
        .and_then(|rest| rest.split(" more").next())
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0)
}

/// Screen lines containing any of the marks.
fn lines_with(screen: &str, marks: &[&str]) -> usize {
    screen
        .lines()
        .filter(|line| marks.iter().any(|mark| line.contains(mark)))
        .count()
}

#[test]
fn previews_account_for_every_item_at_80x24() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    for index in 0..app.brief.summary.len() {
        apply(&mut app, [Action::Select(index)]);
        let screen = draw_app(&app, &theme).backend().to_string();
        let items = app.brief.items_in_paragraph(&app.brief.summary[index].id);
        let shown = lines_with(&screen, &["│• "]);
        assert_eq!(shown + left_out(&screen), items.len(), "{screen}");
    }
    apply(&mut app, [Action::FocusPane(Pane::Actors)]);
    for index in 0..app.brief.actors.len() {
        apply(&mut app, [Action::Select(index)]);
        let screen = draw_app(&app, &theme).backend().to_string();
        let items = app.brief.items_of_actor(&app.brief.actors[index].id);
        let shown = lines_with(&screen, &["│Timeline ", "│Figure ", "│Position "]);
        assert_eq!(shown + left_out(&screen), items.len(), "{screen}");
    }
}

#[test]
fn back_hint_shows_only_when_there_is_somewhere_to_go_back_to() {
    let theme = Theme::monochrome();
    let mut app = app_at(160, 48);
    let screen = draw_app(&app, &theme).backend().to_string();
    assert!(!screen.contains("Esc back"), "{screen}");
    apply(&mut app, [Action::DrillDown]);
    let screen = draw_app(&app, &theme).backend().to_string();
    assert!(screen.contains("Esc back"), "{screen}");
}

#[test]
fn a_status_message_keeps_the_help_hint() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    app.status = Some(crate::app::Status {
        text: "Copied the quote.".to_string(),
        kind: crate::app::StatusKind::Info,
    });
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (_, y) = find(buf, "Copied the quote.").expect("the message shows");
    assert_eq!(y, 23);
    let (x, y) = find(buf, "? help").expect("the help hint stays");
    assert_eq!((y, x + 8), (23, 80), "{}", terminal.backend());
}

#[test]
fn help_wraps_long_lines_and_names_the_mouse() {
    let theme = Theme::monochrome();
    for width in [72, 40] {
        let text: Vec<String> = crate::content::help_text(&theme, width)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(text.iter().all(|line| width_of(line) <= width), "{text:#?}");
        let all = text
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(all.contains("explore the slide's item"), "{all}");
        assert!(all.contains("wheel scrolls"), "{all}");
    }
}

#[test]
fn help_overlay_clears_a_margin_around_itself() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    apply(
        &mut app,
        [Action::FocusPane(Pane::Figures), Action::ToggleHelp],
    );
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "╭ Keys").expect("the overlay shows");
    for row in y..y + 10 {
        assert_eq!(buf[(x - 1, row)].symbol(), " ", "{}", terminal.backend());
    }
}

#[test]
fn results_matching_an_actor_name_show_their_own_titles() {
    let theme = Theme::monochrome();
    let mut app = app_at(120, 40);
    apply(&mut app, [Action::StartSearch]);
    apply(&mut app, "china$".chars().map(Action::SearchInput));
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    // An event titled by itself, with the name it matched after it.
    assert!(
        find(
            buf,
            "Foreign Minister Yang Jiechi visits Moscow · actor: China"
        )
        .is_some(),
        "{}",
        terminal.backend()
    );
    // Not the bare name padded out, as before.
    assert!(
        find(buf, "Timeline China      ").is_none(),
        "{}",
        terminal.backend()
    );
}

mod all_briefs;
mod diff;
mod figures;
mod input;
mod library;
mod matrix;
mod search_result;
mod styles;
mod wording;

#[test]
fn a_long_query_without_a_match_is_cut_in_its_note_and_the_quote_closes() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    apply(&mut app, [Action::StartSearch]);
    let query = "xqzv ".repeat(30);
    apply(&mut app, [Action::PasteIntoSearch(query)]);
    let terminal = draw_app(&app, &theme);
    let buf = terminal.backend().buffer();
    assert!(
        find(buf, "No match for \"xqzv").is_some(),
        "{}",
        terminal.backend()
    );
    assert!(find(buf, "…\".").is_some(), "{}", terminal.backend());
}
