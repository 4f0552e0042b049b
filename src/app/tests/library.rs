//! The Library pane and the All-briefs scope: open the library, filter, open a brief,
//! switch to all briefs, search across them.

use crate::action::Action;
use crate::app::{LibraryAction, LibraryRequest, Mode, Pane, Request, Scope, ShelfRow};
use crate::brief::{ItemRef, Section};
use crate::tui::library::testing::{act, shelf_app};

fn lib(action: LibraryAction) -> Action {
    Action::Library(action)
}

fn type_filter(app: &mut crate::app::App, text: &str) {
    for c in text.chars() {
        app.apply(lib(LibraryAction::Filter(c)));
    }
}

#[test]
fn opens_on_the_library_listing_every_file_broken_ones_too() {
    let (app, _) = shelf_app(80, 24);
    assert_eq!(app.mode, Mode::Library);
    let shelf = app.shelf.as_ref().expect("shelf");
    let ids: Vec<&str> = shelf.entries.iter().map(|e| e.id.as_str()).collect();
    // Newest first, the broken file last.
    assert_eq!(
        ids,
        ["us-iran-ceasefire", "example", "taiwan-v1", "broken-brief"]
    );
    assert_eq!(shelf.row(0), Some(ShelfRow::All));
    assert_eq!(
        shelf.list.selected, 1,
        "the cursor starts on the first brief"
    );
    let broken = shelf.entry("broken-brief").expect("listed");
    assert!(broken.summary.is_none());
    assert!(broken.problems[0].starts_with("tests/fixtures/broken/broken-brief.toml:3:13:"));
    assert_eq!(shelf.loadable(), 3);
}

#[test]
fn typing_filters_fuzzily_and_puts_the_cursor_on_the_best_match() {
    let (mut app, _) = shelf_app(80, 24);
    type_filter(&mut app, "ceasefr");
    let shelf = app.shelf.as_ref().expect("shelf");
    assert_eq!(shelf.shown.len(), 1);
    assert!(matches!(shelf.row(1), Some(ShelfRow::Brief(e)) if e.id == "us-iran-ceasefire"));
    assert_eq!(shelf.list.selected, 1);
    type_filter(&mut app, "zzz");
    assert!(app.shelf.as_ref().expect("shelf").shown.is_empty());
    assert_eq!(app.shelf.as_ref().expect("shelf").list.selected, 0);
    app.apply(lib(LibraryAction::FilterClear));
    assert_eq!(app.shelf.as_ref().expect("shelf").shown.len(), 4);
}

#[test]
fn enter_asks_the_runner_for_the_brief_then_shows_its_panes() {
    let (mut app, books) = shelf_app(80, 24);
    type_filter(&mut app, "taiwan");
    app.apply(lib(LibraryAction::Open));
    assert_eq!(
        app.request,
        Some(Request::Library(LibraryRequest::Open(
            "taiwan-v1".to_string()
        )))
    );
    app.request = None;
    act(&mut app, &books, lib(LibraryAction::Open));
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.brief.meta.title, "Taiwan: Arms Sales");
    assert_eq!(
        app.source,
        Some(crate::tui::library::testing::fixture(
            "library/taiwan-v1.toml"
        ))
    );
    assert_eq!(
        app.shelf.as_ref().and_then(|s| s.scope.clone()),
        Some(Scope::Brief("taiwan-v1".to_string()))
    );
    // L shows the library again, Esc goes back to the brief.
    act(&mut app, &books, lib(LibraryAction::Show));
    assert_eq!(app.mode, Mode::Library);
    act(&mut app, &books, Action::Back);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.brief.meta.title, "Taiwan: Arms Sales");
}

#[test]
fn esc_stays_on_the_library_while_nothing_is_open() {
    let (mut app, books) = shelf_app(80, 24);
    assert!(!app.can_go_back());
    act(&mut app, &books, Action::Back);
    assert_eq!(app.mode, Mode::Library);
}

#[test]
fn a_broken_brief_does_not_open_and_says_why() {
    let (mut app, books) = shelf_app(80, 24);
    act(&mut app, &books, lib(LibraryAction::SelectLast));
    act(&mut app, &books, lib(LibraryAction::Open));
    assert_eq!(app.mode, Mode::Library);
    assert!(app.request.is_none());
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.contains("broken-brief"))
    );
    assert!(app.errors[0].contains("invalid date"));
    // Nothing was reloaded: the heading over the problems says what failed.
    assert_eq!(app.errors_title, "Cannot open broken-brief.toml");
}

#[test]
fn a_brief_the_runner_cannot_read_is_named_in_the_heading_of_its_problems() {
    let (mut app, books) = shelf_app(80, 24);
    act(&mut app, &books, lib(LibraryAction::SelectFirst));
    act(&mut app, &books, lib(LibraryAction::SelectNext));
    let problem = "tests/fixtures/us-iran-ceasefire.toml: not text".to_string();
    app.apply(lib(LibraryAction::Failed(vec![problem.clone()])));
    assert_eq!(app.errors, [problem]);
    assert_eq!(app.errors_title, "Cannot open us-iran-ceasefire.toml");
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.starts_with("Cannot open"))
    );
}

/// The Library pane, "All briefs" selected, opened.
fn all_briefs() -> (crate::app::App, crate::tui::library::Books) {
    let (mut app, books) = shelf_app(80, 24);
    act(&mut app, &books, lib(LibraryAction::SelectFirst));
    act(&mut app, &books, lib(LibraryAction::Open));
    (app, books)
}

#[test]
fn all_briefs_merges_every_brief_that_loads_into_one_timeline_by_date() {
    let (app, _) = all_briefs();
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.brief.meta.title, "All briefs");
    assert_eq!(
        app.shelf.as_ref().and_then(|s| s.scope.clone()),
        Some(Scope::All)
    );
    assert_eq!(app.source, None);
    let timeline = &app.brief.timeline;
    assert!(timeline.windows(2).all(|w| w[0].date <= w[1].date));
    for prefix in ["taiwan-v1/", "us-iran-ceasefire/", "example/"] {
        assert!(
            timeline.iter().any(|e| e.id.starts_with(prefix)),
            "{prefix}"
        );
    }
    assert!(timeline[0].title.contains(" · "), "rows name their brief");
}

#[test]
fn all_briefs_merges_an_actor_by_alias_with_what_it_did_in_each_brief() {
    let (app, _) = all_briefs();
    let index = app
        .brief
        .actors
        .iter()
        .position(|a| a.name == "United States")
        .expect("one United States");
    let us = &app.brief.actors[index];
    // us-iran-ceasefire's actor "the Administration" is an alias of taiwan-v1's United States.
    assert!(us.aliases.iter().any(|a| a == "the Administration"));
    let related = crate::app::related_items(
        &app.brief,
        ItemRef {
            section: Section::Actors,
            index,
        },
    );
    let briefs: std::collections::BTreeSet<String> = related
        .iter()
        .filter_map(|r| app.brief.id_of(r.item))
        .filter_map(|id| id.split_once('/').map(|(b, _)| b.to_string()))
        .collect();
    assert!(
        briefs.contains("taiwan-v1") && briefs.contains("us-iran-ceasefire"),
        "{briefs:?}"
    );
}

#[test]
fn search_spans_the_library_and_a_result_names_its_brief() {
    let (mut app, books) = all_briefs();
    act(&mut app, &books, Action::FocusPane(Pane::Timeline));
    act(&mut app, &books, Action::StartSearch);
    for c in "howitzer".chars() {
        act(&mut app, &books, Action::SearchInput(c));
    }
    let hit = app.search.hits.first().expect("a hit").clone();
    let id = app.brief.id_of(hit.item).expect("an id");
    assert!(id.starts_with("taiwan-v1/"), "{id}");
    act(&mut app, &books, Action::DrillDown);
    let detail = app.detail.as_ref().expect("the item opened");
    assert_eq!(detail.item, hit.item);
    act(&mut app, &books, Action::Back);
    assert!(app.detail.is_none());
    assert_eq!(app.pane, Pane::Timeline);
}

/// Searches `query` in the app's current scope, as typed.
fn search(app: &mut crate::app::App, books: &crate::tui::library::Books, query: &str) {
    act(app, books, Action::StartSearch);
    act(app, books, Action::SearchClear);
    for c in query.chars() {
        act(app, books, Action::SearchInput(c));
    }
}

#[test]
fn over_a_library_all_briefs_searches_every_brief_as_one_brief_is_searched() {
    let (mut app, books, _folder) = crate::tui::library::testing::library_app();
    let ids: Vec<String> = app
        .shelf
        .as_ref()
        .expect("shelf")
        .entries
        .iter()
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(
        ids,
        ["us-iran-ceasefire", "taiwan-v1", "eai-background-brief-346"]
    );
    act(&mut app, &books, lib(LibraryAction::SelectFirst));
    act(&mut app, &books, lib(LibraryAction::Open));
    assert_eq!(app.brief.meta.subtitle.as_deref(), Some("3 briefs"));
    assert_eq!(
        app.index.len(),
        crate::search::SearchIndex::new(&app.brief).len()
    );
    // As in one brief: the actor named Congress first, then the items saying the word,
    // from every brief (the embedded No. 346 too: no index of the library's files only).
    search(&mut app, &books, "congress");
    let first = app.search.hits.first().expect("hits").clone();
    assert_eq!(
        app.brief.id_of(first.item),
        Some("us-iran-ceasefire/congress")
    );
    let titles: Vec<String> = app
        .search
        .hits
        .iter()
        .map(|h| app.brief.title_of(h.item))
        .collect();
    assert!(
        titles.iter().any(|t| t == "taiwan-v1 · Congress notified"),
        "{titles:?}"
    );
    // Each result names its brief in the brief column, and its text is the item's own.
    for hit in &app.search.hits {
        assert!(app.item_tag(hit.item).is_some(), "{hit:?}");
        assert!(!hit.text.contains(" · Congress"), "{hit:?}");
    }
    search(&mut app, &books, "pipeline");
    assert!(app.search.hits.iter().any(|h| {
        app.brief
            .id_of(h.item)
            .is_some_and(|id| id.starts_with("eai-background-brief-346/"))
    }));
    // Every match, not the best 200 of an index and 20 of each brief held in memory: as
    // many as each brief finds on its own.
    for query in ["pipeline", "howitzer", "ceasefire"] {
        search(&mut app, &books, query);
        let alone: usize = ["library/taiwan-v1.toml", "us-iran-ceasefire.toml"]
            .iter()
            .map(|f| crate::brief::load_file(&crate::tui::library::testing::fixture(f)).unwrap())
            .chain([crate::brief::load_embedded().unwrap()])
            .map(|b| crate::search::SearchIndex::new(&b).search(query).len())
            .sum();
        assert_eq!(app.search.total, alone, "{query}");
        assert_eq!(app.search.hits.len(), alone, "{query}");
    }
}

#[test]
fn a_brief_id_is_not_searched_as_if_every_row_said_it() {
    let briefs = vec![
        (
            "zanzibar".to_string(),
            crate::brief::load_embedded().unwrap(),
        ),
        (
            "taiwan-v1".to_string(),
            crate::brief::load_file(&crate::tui::library::testing::fixture(
                "library/taiwan-v1.toml",
            ))
            .unwrap(),
        ),
    ];
    let (mut app, books) = crate::tui::library::testing::all_briefs_of(briefs, 80, 24);
    assert!(
        app.brief.timeline[0].title.starts_with("zanzibar · "),
        "rows are marked"
    );
    search(&mut app, &books, "zanzibar");
    assert!(app.search.hits.is_empty(), "{:?}", app.search.hits);
}

#[test]
fn the_mouse_does_not_reach_the_panes_under_the_library() {
    use ratatui::crossterm::event::{Event, KeyModifiers, MouseEvent, MouseEventKind};
    let (app, _) = shelf_app(80, 24);
    let scroll = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    });
    assert_eq!(crate::tui::action_for_event(&app, &scroll), None);
}

#[test]
fn the_help_opened_from_the_library_returns_to_it() {
    let (mut app, books) = shelf_app(80, 24);
    act(&mut app, &books, Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Help);
    act(&mut app, &books, Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Library);
    act(&mut app, &books, Action::ToggleHelp);
    act(&mut app, &books, Action::Back);
    assert_eq!(app.mode, Mode::Library);
}

#[test]
fn in_all_briefs_a_paragraph_is_found_by_its_own_words_not_its_briefs_title() {
    let mut taiwan = crate::brief::load_file(&crate::tui::library::testing::fixture(
        "library/taiwan-v1.toml",
    ))
    .unwrap();
    taiwan.meta.title = "Zephyrine Cormorant Review".to_string();
    assert!(taiwan.summary.iter().all(|p| p.section.is_none()));
    let briefs = vec![
        ("taiwan-v1".to_string(), taiwan),
        ("eai".to_string(), crate::brief::load_embedded().unwrap()),
    ];
    let (mut app, books) = crate::tui::library::testing::all_briefs_of(briefs, 80, 24);
    // Shown, its paragraphs are under its title, as the brief has no sections.
    let first = app
        .brief
        .summary
        .iter()
        .find(|p| p.id.starts_with("taiwan-v1/"))
        .expect("its paragraphs");
    assert_eq!(
        first.section.as_deref(),
        Some("taiwan-v1 · Zephyrine Cormorant Review")
    );
    // No paragraph matches through that title: opened, nothing would be highlighted.
    search(&mut app, &books, "cormorant");
    assert!(app.search.hits.is_empty(), "{:?}", app.search.hits);
    // A section a brief gave its paragraphs still finds them, and opened, the match is
    // highlighted in the heading that shows it.
    search(&mut app, &books, "executive summary");
    let theme = crate::theme::Theme::monochrome();
    let paragraphs: Vec<_> = app
        .search
        .hits
        .iter()
        .filter(|h| h.item.section == Section::Summary)
        .cloned()
        .collect();
    assert!(!paragraphs.is_empty());
    for hit in paragraphs {
        let lines = crate::content::hit_lines(&app, &theme, &hit);
        let marked = lines
            .iter()
            .flat_map(|line| &line.spans)
            .any(|span| span.style == theme.matched);
        assert!(marked, "{hit:?} opens with nothing highlighted");
    }
}
