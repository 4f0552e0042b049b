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

#[test]
fn a_result_found_through_an_actors_other_name_says_whose_and_highlights_it() {
    let theme = Theme::monochrome();
    let matched = Style::new().patch(theme.matched);
    let marked = |lines: &[ratatui::text::Line]| -> Vec<(String, String)> {
        lines
            .iter()
            .flat_map(|line| {
                let label = line.spans.first().map(|s| s.content.trim().to_string());
                line.spans
                    .iter()
                    .filter(|s| s.style == matched)
                    .map(move |s| (label.clone().unwrap_or_default(), s.content.to_string()))
            })
            .collect()
    };
    for size in [(80, 24), (120, 40)] {
        let mut app = app_at(size.0, size.1);
        apply(&mut app, [Action::StartSearch]);
        apply(&mut app, "beijing".chars().map(Action::SearchInput));
        let index = app
            .search
            .hits
            .iter()
            .position(|hit| app.brief.id_of(hit.item) == Some("e-trade-1992"))
            .expect("the 1992 trade event involves China, also called Beijing");
        let hit = app.search.hits[index].clone();
        assert_eq!(hit.field, crate::search::Field::Alias);
        // The preview beside or under the list says why, as the opened result will.
        let preview = crate::content::hit_lines(&app, &theme, &hit);
        assert_eq!(
            marked(&preview),
            [
                ("Matched".to_string(), "Beijing".to_string()),
                ("Actors".to_string(), "China".to_string())
            ]
        );
        app.search.list.selected = index;
        apply(&mut app, [Action::DrillDown]);
        let item = app.detail.as_ref().unwrap().item;
        let lines = crate::content::detail_lines(&app, &theme, item);
        let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(
            text[1], "Matched Beijing, another name for China",
            "{text:?}"
        );
        assert_eq!(marked(&lines), marked(&preview));
        // Reached any other way (not as the result), the item has no such line.
        apply(&mut app, [Action::Back, Action::CancelSearch]);
        let plain = crate::content::detail_lines(&app, &theme, item);
        assert!(plain.iter().all(|l| !l.to_string().starts_with("Matched")));
    }
    // An actor's own detail lists its aliases: the match is highlighted there, no note.
    let mut app = app_at(80, 24);
    apply(&mut app, [Action::StartSearch]);
    apply(&mut app, "beijing".chars().map(Action::SearchInput));
    let actor = app.search.hits[0].clone();
    assert_eq!(app.brief.id_of(actor.item), Some("china"));
    let lines = crate::content::hit_lines(&app, &theme, &actor);
    assert_eq!(
        marked(&lines),
        [("Aliases".to_string(), "Beijing".to_string())]
    );
}
