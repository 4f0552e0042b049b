//! What the explorer says, word for word: date notes and issue names inside sentences.

use super::*;

fn screen(app: &App) -> String {
    let terminal = draw_app(app, &Theme::monochrome());
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_relative_date_says_plainly_that_the_exact_date_is_not_given() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = app_at(width, height);
        apply(
            &mut app,
            [Action::FocusPane(Pane::Timeline), Action::Select(3)],
        );
        let shown = screen(&app);
        assert!(
            shown.contains("before 8 June 2007 (exact date not given)"),
            "{shown}"
        );
        assert!(!shown.contains("(no exact date)"), "{shown}");
        assert!(!shown.contains("placed at its anchor"), "{shown}");
        apply(&mut app, [Action::Select(7)]);
        let shown = screen(&app);
        assert!(
            shown.contains("no date given\n") || shown.contains("no date given "),
            "{shown}"
        );
        assert!(!shown.contains("no date given ("), "{shown}");
    }
}

#[test]
fn issue_names_are_not_capitalised_mid_sentence() {
    let brief = load_embedded().unwrap();
    let said = |issue: &str| crate::content::issue_in_sentence(&brief, issue);
    assert_eq!(said("Settling global issues"), "settling global issues");
    assert_eq!(said("Tough UN sanctions"), "tough UN sanctions");
    assert_eq!(said("US unilateralism"), "US unilateralism");
    assert_eq!(said("Russia's arms sales"), "Russia's arms sales");
    assert_eq!(said("G8+5 summitry"), "G8+5 summitry");
    let last = brief.positions.len() - 1;
    let mut app = app_at(80, 24);
    apply(
        &mut app,
        [Action::FocusPane(Pane::Positions), Action::Select(last)],
    );
    let shown = screen(&app);
    assert!(shown.contains("support settling global"), "{shown}");
    assert!(!shown.contains("support Settling"), "{shown}");
}

fn status_line(app: &App) -> String {
    screen(app).lines().last().unwrap_or_default().to_string()
}

#[test]
fn the_status_line_keeps_quit_and_open_and_shows_the_whole_path_cut_from_the_left() {
    let mut app = app_at(80, 24);
    for pane in Pane::ALL {
        apply(&mut app, [Action::FocusPane(pane)]);
        let line = status_line(&app);
        assert!(line.contains("q quit") && line.contains("? help"), "{line}");
    }
    apply(&mut app, [Action::FocusPane(Pane::Positions)]);
    assert!(
        status_line(&app).contains("l/h cell"),
        "h/l named in Positions"
    );
    apply(&mut app, [Action::FocusPane(Pane::Timeline)]);
    assert!(!status_line(&app).contains("cell"), "and only there");
    // Open a detail, then related items in turn: the path grows and keeps its end.
    apply(&mut app, [Action::DrillDown]);
    let line = status_line(&app);
    assert!(
        line.contains("Enter open") && line.contains("q quit"),
        "{line}"
    );
    assert!(line.contains("j/k scroll"), "{line}");
    apply(&mut app, [Action::FocusNextPane]);
    for _ in 0..4 {
        apply(&mut app, [Action::FocusNextPane, Action::DrillDown]);
    }
    let line = status_line(&app);
    assert!(
        line.contains("Enter open") && line.contains("q quit"),
        "{line}"
    );
    let id = app.brief.id_of(app.detail.as_ref().unwrap().item).unwrap();
    assert!(line.contains(id), "the last step is shown: {line}");
    let path = super::super::status_bar::location(&app);
    assert!(path.matches(" › ").count() >= 4, "every step: {path}");
    assert!(line.starts_with(" …"), "cut from the left: {line}");
}

#[test]
fn a_detail_opens_with_its_whole_quote_in_view_at_80x24() {
    use ratatui::style::Modifier;
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    for pane in [Pane::Timeline, Pane::Figures, Pane::Positions] {
        let mut app = app_at(80, 24);
        apply(&mut app, [Action::FocusPane(pane)]);
        for index in 0..app.len_of(pane) {
            apply(
                &mut app,
                [Action::Back, Action::Select(index), Action::DrillDown],
            );
            let item = app.detail.as_ref().expect("opened").item;
            let quote = app.brief.quote_of(item).unwrap().to_string();
            let terminal = draw_app(&app, &Theme::monochrome());
            let buf = terminal.backend().buffer();
            let highlighted: String = buf
                .content
                .iter()
                .filter(|cell| cell.modifier == Modifier::REVERSED)
                .map(ratatui::buffer::Cell::symbol)
                .collect();
            assert!(
                squeeze(&highlighted).contains(&squeeze(&quote)),
                "{pane:?} {index}: the quote {quote:?} is not all in view"
            );
            // And what it is: its title (the head stays over the scrolled text).
            let title =
                crate::content::detail_lines(&app, &Theme::monochrome(), item)[0].to_string();
            let shown = squeeze(&screen(&app).replace('│', ""));
            assert!(
                shown.contains(&squeeze(&title)),
                "{pane:?} {index}: the title {title:?} is not in view"
            );
        }
    }
}

#[test]
fn an_item_opened_from_a_slide_shows_its_title_and_top_at_80x24() {
    use crate::present::PresentAction;
    for (width, height) in [(80, 24), (120, 40)] {
        let mut app = app_at(width, height);
        apply(&mut app, [Action::StartPresentation]);
        // Slide 14, who stands where: Enter opens its first position.
        apply(
            &mut app,
            [1, 4]
                .map(|digit| Action::Present(PresentAction::TypeJumpDigit(digit)))
                .into_iter()
                .chain([
                    Action::Present(PresentAction::Confirm),
                    Action::Present(PresentAction::Confirm),
                ]),
        );
        let item = app.detail.as_ref().expect("the slide's item opened").item;
        let position = &app.brief.positions[item.index];
        let shown = screen(&app);
        let rows: Vec<&str> = shown.lines().collect();
        // The first row inside the detail's box is the position's title.
        let first = rows[3].split('│').nth(1).unwrap_or_default().trim();
        assert!(
            position.summary.starts_with(first) && !first.is_empty(),
            "{width}×{height}: opens on {first:?}\n{shown}"
        );
        assert!(shown.contains("Stance  seeks"), "{shown}");
        assert!(
            shown.contains(&format!("Issue   {}", position.issue)),
            "{shown}"
        );
    }
}

#[test]
fn tabs_are_cut_the_same_way_with_a_sign_or_shown_as_numbers() {
    for width in [40, 44, 50, 60, 80] {
        let app = app_at(width, 24);
        let row: String = screen(&app).lines().nth(1).unwrap().to_string();
        let labels = crate::layout::tab_spans(width);
        assert_eq!(labels.len(), Pane::ALL.len(), "every tab at {width}");
        let numbers_only = labels[0].1.trim() == "1";
        for (pane, label, _, end) in &labels {
            assert!(*end < width, "{label:?} fits at {width}");
            assert!(
                row.contains(label.trim()),
                "{label:?} drawn at {width}: {row}"
            );
            let number = (pane.index() + 1).to_string();
            if numbers_only {
                assert_eq!(label.trim(), number, "all numbers alone at {width}");
                continue;
            }
            let title = label.trim().strip_prefix(&format!("{number} ")).unwrap();
            let whole = title == pane.title();
            let marked = title
                .strip_suffix('…')
                .is_some_and(|start| pane.title().starts_with(start) && start.len() >= 2);
            assert!(whole || marked, "{label:?} at {width}: cut without a sign");
        }
    }
    assert_eq!(
        crate::layout::tab_spans(40)[1].1,
        " 2 ",
        "40 columns: numbers"
    );
    assert_eq!(
        crate::layout::tab_spans(50)[1].1,
        " 2 Tim… ",
        "50: cut, with a sign"
    );
}

#[test]
fn lists_give_titles_the_width_and_shrink_columns_by_priority() {
    for width in [100, 120, 140] {
        let mut app = app_at(width, 30);
        apply(&mut app, [Action::FocusPane(Pane::Actors)]);
        let shown = screen(&app);
        for actor in &app.brief.actors {
            let kind = actor.kind.name();
            assert!(
                shown.contains(&format!("  {kind}")),
                "{kind:?} whole at {width}:\n{shown}"
            );
        }
        apply(&mut app, [Action::FocusPane(Pane::Timeline)]);
        let shown = screen(&app);
        if width >= 120 {
            assert!(
                shown.contains("China-Russia trade at US$6 billion "),
                "{shown}"
            );
        }
        if width >= 140 {
            let title = "Hu meets Putin at the G8+5 Summit in Heiligendamm";
            assert!(shown.contains(title), "{shown}");
        }
    }
}

#[test]
fn the_status_line_offers_copy_only_where_there_is_a_quote() {
    let mut app = app_at(160, 24);
    apply(&mut app, [Action::FocusPane(Pane::Timeline)]);
    assert!(
        status_line(&app).contains("y copy"),
        "{}",
        status_line(&app)
    );
    apply(&mut app, [Action::FocusPane(Pane::Actors)]);
    assert!(!status_line(&app).contains("copy"), "{}", status_line(&app));
}
