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
