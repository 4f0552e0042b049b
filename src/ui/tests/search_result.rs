//! A search result opened in the explorer: its matched words drawn in the matched style
//! and scrolled into view (the app tests cover the state; this draws it).

use ratatui::style::{Modifier, Style};

use super::*;

#[test]
fn a_result_opens_with_its_matches_highlighted_and_in_view() {
    let theme = Theme::monochrome();
    let mut app = app_at(80, 24);
    apply(&mut app, [Action::Resize(60, 14), Action::StartSearch]);
    apply(&mut app, "'military".chars().map(Action::SearchInput));
    let index = app
        .search
        .hits
        .iter()
        .position(|hit| app.brief.id_of(hit.item) == Some("e-us-russia-spats"))
        .expect("the event matches through its theme");
    app.search.list.selected = index;
    apply(&mut app, [Action::DrillDown]);
    let item = app.detail.as_ref().unwrap().item;
    let scroll = usize::from(app.detail.as_ref().unwrap().scroll);
    assert!(
        scroll > 0,
        "the theme line is below the first screen at 60x14"
    );
    let lines = crate::content::detail_lines(&app, &theme, item);
    let marked: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .flat_map(|(row, line)| {
            line.spans
                .iter()
                .filter(|s| s.style == Style::new().patch(theme.matched))
                .map(move |s| (row, s.content.to_string()))
        })
        .collect();
    assert_eq!(marked.len(), 1, "{marked:?}");
    assert_eq!(marked[0].1.to_lowercase(), "military");
    // Drawn as the runner draws it, the matched word shows on screen in the matched style.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(60, 14)).unwrap();
    terminal
        .draw(|frame| crate::ui::render(&app, &theme, frame))
        .unwrap();
    let buf = terminal.backend().buffer();
    // Underlined cells row by row: the matched word is one row's underline (the Related
    // list's selected row is underlined too in the monochrome theme).
    let width = usize::from(buf.area.width);
    let rows: Vec<String> = buf
        .content()
        .chunks(width)
        .map(|row| {
            row.iter()
                .filter(|cell| cell.style().add_modifier.contains(Modifier::UNDERLINED))
                .map(|cell| cell.symbol().to_string())
                .collect::<String>()
        })
        .collect();
    assert!(
        rows.iter().any(|row| row.to_lowercase() == "military"),
        "the match is in view: {rows:?}"
    );
    apply(
        &mut app,
        [Action::Back, Action::DrillDown, Action::DrillDown],
    );
    let related = app.detail.as_ref().unwrap().item;
    let plain = crate::content::detail_lines(&app, &theme, related);
    assert!(
        plain
            .iter()
            .flat_map(|l| &l.spans)
            .all(|s| s.style != Style::new().patch(theme.matched)),
        "an item reached from a result through Related is not highlighted"
    );
}
