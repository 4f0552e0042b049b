//! The Figures pane keeps its label column when values are long (R48694's counted nouns:
//! `about 9 appropriations`, `more than 2,500 universities`).

use super::*;

/// The embedded brief with a long value on its first figure, as wide as R48694's widest.
fn long_values_at(width: u16, height: u16) -> App {
    let mut brief = load_embedded().unwrap();
    let figure = &mut brief.figures[0];
    figure.unit = "research and development programs".to_string();
    figure.hedge = Some("more than".to_string());
    let mut app = App::new(brief);
    apply(
        &mut app,
        [
            Action::Resize(width, height),
            Action::FocusPane(Pane::Figures),
        ],
    );
    app
}

#[test]
fn labels_keep_their_column_at_100x30_with_long_values() {
    let app = long_values_at(100, 30);
    let terminal = draw_app(&app, &Theme::monochrome());
    let buf = terminal.backend().buffer();
    assert!(find(buf, "Label").is_some(), "{}", terminal.backend());
    for figure in &app.brief.figures[1..4] {
        let start: String = figure.label.chars().take(8).collect();
        assert!(
            find(buf, &start).is_some(),
            "{start:?} missing:\n{}",
            terminal.backend()
        );
    }
    // The long value is cut, not the label: its start shows, with `…`.
    assert!(find(buf, "more than").is_some(), "{}", terminal.backend());
}

#[test]
fn labels_keep_their_column_at_every_width() {
    for width in (40..=200).step_by(7) {
        let app = long_values_at(width, 30);
        let terminal = draw_app(&app, &Theme::monochrome());
        let start: String = app.brief.figures[1].label.chars().take(4).collect();
        assert!(
            find(terminal.backend().buffer(), &start).is_some(),
            "{start:?} at {width} columns:\n{}",
            terminal.backend()
        );
    }
}
