//! Tests of the search box: narrowing, editing, pasting, opening a result, cancelling.

use super::*;

#[test]
fn search_narrows_as_the_query_grows() {
    let mut app = app();
    apply(&mut app, [Action::StartSearch]);
    assert_eq!(app.mode, Mode::Search);
    assert!(app.search.hits.is_empty(), "an empty query matches nothing");
    let mut counts = Vec::new();
    for c in "pipeline".chars() {
        apply(&mut app, [Action::SearchInput(c)]);
        counts.push(app.search.hits.len());
    }
    assert!(counts.windows(2).all(|w| w[1] <= w[0]), "{counts:?}");
    let top = app.search.hits[0].item;
    assert_eq!(app.brief.id_of(top), Some("pos-pipelines"));
    type_query(&mut app, "zzz");
    assert!(app.search.hits.is_empty());
}

#[test]
fn search_query_edits_like_a_shell() {
    let mut app = app();
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "oil  gas ");
    apply(&mut app, [Action::SearchDeleteWord]);
    assert_eq!(app.search.query, "oil  ");
    apply(
        &mut app,
        [Action::SearchDeleteChar, Action::SearchDeleteChar],
    );
    assert_eq!(app.search.query, "oil");
    apply(&mut app, [Action::SearchClear]);
    assert_eq!(app.search.query, "");
    assert!(app.search.hits.is_empty());
}

#[test]
fn enter_on_a_result_opens_it_and_back_twice_returns_to_before_the_search() {
    let mut app = app();
    apply(
        &mut app,
        [
            Action::FocusPane(Pane::Figures),
            Action::SelectNext,
            Action::StartSearch,
        ],
    );
    type_query(&mut app, "pipeline");
    apply(&mut app, [Action::DrillDown]);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.pane, Pane::Positions);
    let detail = app.detail.as_ref().unwrap();
    assert_eq!(app.brief.id_of(detail.item), Some("pos-pipelines"));
    apply(&mut app, [Action::Back]);
    assert_eq!(
        app.mode,
        Mode::Search,
        "the first Back returns to the results"
    );
    apply(&mut app, [Action::Back]);
    assert_eq!(app.mode, Mode::Browse);
    assert!(app.detail.is_none());
    assert_eq!(app.pane, Pane::Figures);
    assert_eq!(app.list(Pane::Figures).selected, 1);
}

#[test]
fn cancelling_a_search_changes_nothing_else() {
    let mut app = app();
    apply(
        &mut app,
        [
            Action::FocusPane(Pane::Actors),
            Action::SelectNext,
            Action::StartSearch,
        ],
    );
    type_query(&mut app, "trade");
    apply(&mut app, [Action::SelectNext, Action::CancelSearch]);
    assert_eq!(app.mode, Mode::Browse);
    assert_eq!(app.pane, Pane::Actors);
    assert_eq!(app.list(Pane::Actors).selected, 1);
    assert!(app.detail.is_none() && app.history.is_empty());
}

#[test]
fn a_paste_is_taken_whole_and_a_huge_one_is_cut_with_a_note() {
    let mut app = app();
    apply(&mut app, [Action::PasteIntoSearch("oil".into())]);
    assert_eq!(
        app.mode,
        Mode::Browse,
        "outside the search box a paste does nothing"
    );
    apply(
        &mut app,
        [
            Action::StartSearch,
            Action::PasteIntoSearch("pipe\nline\u{7}".into()),
        ],
    );
    assert_eq!(app.search.query, "pipe line", "line breaks become spaces");
    assert!(!app.search.hits.is_empty());
    assert!(!app.search.cut, "nothing was cut");
    apply(&mut app, [Action::PasteIntoSearch("x".repeat(100_000))]);
    assert_eq!(app.search.query.chars().count(), QUERY_LIMIT);
    assert!(app.search.query.starts_with("pipe linex"));
    assert!(app.search.cut, "the box says the paste was cut");
    apply(&mut app, [Action::SearchInput('y')]);
    assert!(app.search.cut, "a key more does not fit either");
    apply(&mut app, [Action::SearchDeleteChar]);
    assert!(!app.search.cut, "an edit that fits forgets it");
    apply(&mut app, [Action::PasteIntoSearch("x".repeat(300))]);
    apply(&mut app, [Action::CancelSearch, Action::StartSearch]);
    assert!(!app.search.cut, "reopened, the query is whole again");
    apply(&mut app, [Action::CancelSearch]);
    assert_eq!(app.mode, Mode::Browse, "one Esc leaves the search");
}

#[test]
fn back_from_a_result_keeps_the_query_and_the_selection() {
    let mut app = app();
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "trade");
    assert!(app.search.hits.len() > 2);
    apply(&mut app, [Action::SelectNext, Action::SelectNext]);
    let chosen = app.search.hits[2].item;
    apply(&mut app, [Action::DrillDown]);
    assert_eq!(app.detail.as_ref().map(|d| d.item), Some(chosen));
    apply(&mut app, [Action::Back]);
    assert_eq!(app.mode, Mode::Search);
    assert_eq!(app.search.query, "trade");
    assert_eq!(app.search.list.selected, 2);
    assert!(
        !app.search.query_selected,
        "coming back does not select the query"
    );
    assert!(
        app.detail.is_none(),
        "the place before the search is underneath"
    );
    assert!(app.history.is_empty());
}

#[test]
fn a_result_opened_further_returns_through_it_to_the_results() {
    let mut app = app();
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "pipeline");
    apply(&mut app, [Action::DrillDown]);
    let result = app.detail.as_ref().unwrap().item;
    assert!(!app.detail.as_ref().unwrap().related.is_empty());
    apply(&mut app, [Action::DrillDown]);
    assert_ne!(app.detail.as_ref().unwrap().item, result);
    apply(&mut app, [Action::Back]);
    assert_eq!(app.detail.as_ref().unwrap().item, result);
    assert_eq!(app.mode, Mode::Browse);
    apply(&mut app, [Action::Back]);
    assert_eq!(app.mode, Mode::Search);
}

#[test]
fn slash_reopens_the_last_query_selected_and_typing_replaces_it() {
    let mut app = app();
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "trade");
    apply(&mut app, [Action::SelectNext, Action::CancelSearch]);
    apply(&mut app, [Action::StartSearch]);
    assert_eq!(app.search.query, "trade");
    assert!(app.search.query_selected);
    assert_eq!(
        app.search.list.selected, 1,
        "the results and selection stay"
    );
    type_query(&mut app, "oil");
    assert_eq!(
        app.search.query, "oil",
        "typing replaced the selected query"
    );
    assert!(!app.search.query_selected);
    apply(&mut app, [Action::CancelSearch, Action::StartSearch]);
    apply(&mut app, [Action::SearchDeleteChar]);
    assert_eq!(
        app.search.query, "",
        "Backspace deletes a selected query whole"
    );
    apply(&mut app, [Action::StartSearch]);
    assert!(!app.search.query_selected, "an empty query is not selected");
}

#[test]
fn n_and_shift_n_step_through_the_results_from_browse_mode() {
    let mut app = app();
    apply(&mut app, [Action::OpenNextResult]);
    assert!(app.detail.is_none(), "no search yet: nothing opens");
    assert!(app.status.as_ref().unwrap().text.contains("press /"));
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "trade");
    let hits: Vec<_> = app.search.hits.iter().map(|h| h.item).collect();
    let opened = |app: &App| app.detail.as_ref().map(|d| d.item);
    apply(&mut app, [Action::DrillDown]);
    assert_eq!(opened(&app), Some(hits[0]));
    apply(&mut app, [Action::OpenNextResult]);
    assert_eq!(opened(&app), Some(hits[1]));
    apply(&mut app, [Action::OpenNextResult]);
    assert_eq!(opened(&app), Some(hits[2]));
    apply(&mut app, [Action::OpenPreviousResult]);
    assert_eq!(opened(&app), Some(hits[1]));
    assert_eq!(
        app.history.len(),
        1,
        "n replaces the result, it does not stack"
    );
    apply(
        &mut app,
        [Action::OpenPreviousResult, Action::OpenPreviousResult],
    );
    assert_eq!(
        opened(&app),
        Some(*hits.last().unwrap()),
        "N wraps to the last"
    );
    assert!(
        app.status
            .as_ref()
            .unwrap()
            .text
            .contains("from the bottom")
    );
    apply(&mut app, [Action::OpenNextResult]);
    assert_eq!(opened(&app), Some(hits[0]), "n wraps to the first");
    apply(&mut app, [Action::Back]);
    assert_eq!(app.mode, Mode::Search);
    assert_eq!(app.search.list.selected, 0);
    apply(&mut app, [Action::CancelSearch, Action::OpenNextResult]);
    assert_eq!(
        opened(&app),
        Some(hits[1]),
        "after Esc, Esc, n steps past the result already seen"
    );
    apply(&mut app, [Action::Back, Action::CancelSearch]);
    apply(&mut app, [Action::OpenPreviousResult]);
    assert_eq!(opened(&app), Some(hits[0]), "and N back before it");
    // A result selected but never opened opens itself.
    apply(
        &mut app,
        [Action::Back, Action::SelectNext, Action::SelectNext],
    );
    assert_eq!(app.search.list.selected, 2);
    apply(&mut app, [Action::CancelSearch, Action::OpenNextResult]);
    assert_eq!(opened(&app), Some(hits[2]));
    // A new query forgets what was seen: n opens its first result.
    apply(&mut app, [Action::Back, Action::Back, Action::StartSearch]);
    type_query(&mut app, "oil");
    let first = app.search.hits[0].item;
    apply(&mut app, [Action::CancelSearch, Action::OpenNextResult]);
    assert_eq!(opened(&app), Some(first));
}

#[test]
fn delete_word_matches_a_shell() {
    for (before, after) in [("a b", "a "), ("abc", ""), ("a b  ", "a "), ("", "")] {
        let mut text = before.to_string();
        delete_word(&mut text);
        assert_eq!(text, after, "{before:?}");
    }
}

#[test]
fn above_the_size_for_searching_here_the_query_goes_to_the_worker() {
    let mut app = app();
    app.search.sync_up_to = 0;
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "pipe");
    assert_eq!(app.request, Some(Request::Search("pipe".into())));
    assert!(app.search.pending && app.search.hits.is_empty());
    type_query(&mut app, "line");
    assert_eq!(app.request, Some(Request::Search("pipeline".into())));
    // The answer to "pipe" arrives late: dropped, as the box now says "pipeline".
    let stale = answer(&app, "pipe", true);
    apply(&mut app, [Action::SearchAnswered(stale)]);
    assert!(app.search.hits.is_empty() && app.search.pending);
    // A first stage, then the complete answer.
    let mut partial = answer(&app, "pipeline", false);
    partial.hits.truncate(1);
    apply(&mut app, [Action::SearchAnswered(partial)]);
    assert_eq!(app.search.hits.len(), 1);
    assert!(app.search.pending, "a stage says more are coming");
    let mut done = answer(&app, "pipeline", true);
    done.total = 5_000;
    let best = done.hits[0].item;
    apply(&mut app, [Action::SearchAnswered(done)]);
    assert!(!app.search.pending);
    assert_eq!(app.search.total, 5_000, "the worker's count of every match");
    assert_eq!(app.brief.id_of(best), Some("pos-pipelines"));
    apply(&mut app, [Action::DrillDown]);
    assert_eq!(app.detail.as_ref().map(|d| d.item), Some(best));
}

#[test]
fn the_shipped_brief_is_searched_at_once_without_the_worker() {
    let mut app = app();
    assert!(app.index.len() <= crate::app::SYNC_ITEMS);
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "pipeline");
    assert_eq!(app.request, None);
    assert!(!app.search.pending && !app.search.hits.is_empty());
}

/// An answer as the worker gives it, for `query`.
fn answer(app: &App, query: &str, complete: bool) -> crate::search::Answer {
    let hits = app.index.search(query);
    crate::search::Answer {
        generation: 1,
        query: query.to_string(),
        total: hits.len(),
        hits,
        complete,
    }
}

#[test]
fn a_theme_result_opens_over_the_pane_with_its_items_related() {
    use crate::brief::Section;
    let mut app = app();
    apply(
        &mut app,
        [Action::FocusPane(Pane::Figures), Action::SelectNext],
    );
    apply(&mut app, [Action::StartSearch]);
    type_query(&mut app, "energy");
    let first = app.search.hits[0].item;
    assert_eq!(
        first.section,
        Section::Themes,
        "the theme's own name ranks first"
    );
    apply(&mut app, [Action::DrillDown]);
    let detail = app.detail.as_ref().expect("the theme opens");
    assert_eq!(app.brief.id_of(detail.item), Some("energy"));
    let related: Vec<&str> = detail
        .related
        .iter()
        .filter_map(|r| app.brief.id_of(r.item))
        .collect();
    assert_eq!(related, ["pos-pipelines", "pos-energy-cooperation"]);
    // No pane lists themes: the one in view keeps its place beneath the detail.
    assert_eq!(app.pane, Pane::Figures);
    assert_eq!(app.list(Pane::Figures).selected, 1);
    // Related opens an item from it; Back returns to the theme, then to the results.
    apply(&mut app, [Action::FocusNextPane, Action::DrillDown]);
    assert_eq!(
        app.detail.as_ref().map(|d| app.brief.id_of(d.item)),
        Some(Some("pos-pipelines"))
    );
    apply(&mut app, [Action::Back]);
    assert_eq!(app.detail.as_ref().map(|d| d.item), Some(first));
    // A reload keeps the theme open.
    let brief = app.brief.clone();
    apply(&mut app, [Action::ReplaceBrief(Box::new(brief))]);
    assert_eq!(app.detail.as_ref().map(|d| d.item), Some(first));
    apply(&mut app, [Action::Back]);
    assert_eq!(app.mode, Mode::Search);
    assert_eq!(app.search.query, "energy");
}
