//! The key map's tests: lookups per mode, the terminal's keys in every mode, the help and
//! hints from the same table.

use super::*;
use crate::app::Pane;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn browse_keys_map_to_navigation() {
    assert_eq!(
        action_for(Mode::Browse, press(KeyCode::Char('j'))),
        Some(Action::SelectNext)
    );
    assert_eq!(
        action_for(Mode::Browse, press(KeyCode::Char('3'))),
        Some(Action::FocusPane(Pane::Figures))
    );
    assert_eq!(
        action_for(
            Mode::Browse,
            KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)
        ),
        Some(Action::SelectLast)
    );
    assert_eq!(
        action_for(Mode::Browse, press(KeyCode::BackTab)),
        Some(Action::FocusPreviousPane)
    );
}

#[test]
fn search_mode_types_letters_that_browse_would_bind() {
    assert_eq!(
        action_for(Mode::Search, press(KeyCode::Char('q'))),
        Some(Action::SearchInput('q'))
    );
    assert_eq!(
        action_for(
            Mode::Search,
            KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL)
        ),
        Some(Action::SearchDeleteWord)
    );
    assert_eq!(
        action_for(
            Mode::Search,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
        ),
        Some(Action::Quit)
    );
}

#[test]
fn releases_and_unbound_keys_do_nothing() {
    let mut release = press(KeyCode::Char('j'));
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(Mode::Browse, release), None);
    assert_eq!(action_for(Mode::Browse, press(KeyCode::Char('x'))), None);
}

#[test]
fn help_and_hints_come_from_the_table() {
    let help = help_lines(Mode::Browse);
    let moves = help
        .iter()
        .find(|line| line.description == "next / previous item")
        .unwrap();
    assert_eq!(moves.keys, "j ↓ k ↑");
    assert!(hints(Mode::Browse).contains(&("j/k".to_string(), "move")));
    assert!(hints(Mode::Search).contains(&("Esc".to_string(), "cancel")));
    // Every key the help lists dispatches to its binding's action.
    for binding in bindings() {
        for mode in binding.modes {
            for key in &binding.keys {
                let modifiers = if key.ctrl {
                    KeyModifiers::CONTROL
                } else {
                    KeyModifiers::NONE
                };
                let found = action_for(*mode, KeyEvent::new(key.code, modifiers));
                assert_eq!(found.as_ref(), Some(&binding.action), "{key:?} in {mode:?}");
            }
        }
    }
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// An app in each mode a reader can be in, named: browsing, a detail, search, help, the
/// Library pane, the slides alone, blanked, with help open, as presenter and follower.
fn every_mode() -> Vec<(&'static str, App)> {
    use crate::present::keys::Role;
    use crate::present::{PresentAction, Presentation};
    let brief = || crate::brief::load_embedded().expect("embedded brief");
    let sized = |mut app: App| {
        app.update(Action::Resize(80, 24));
        app
    };
    let with = |actions: &[Action]| {
        let mut app = sized(App::new(brief()));
        for action in actions {
            app.apply(action.clone());
        }
        app
    };
    let slides = |role| {
        sized(App::presenting(
            brief(),
            None,
            Presentation::new(30, 0),
            role,
        ))
    };
    let (library, _) = crate::tui::library::testing::shelf_app(80, 24);
    let mut blanked = slides(Role::Solo);
    blanked.apply(Action::Present(PresentAction::Blank));
    let mut slide_help = slides(Role::Solo);
    slide_help.apply(Action::Present(PresentAction::ToggleHelp));
    vec![
        ("browse", with(&[])),
        ("detail", with(&[Action::DrillDown])),
        ("search", with(&[Action::StartSearch])),
        ("help", with(&[Action::ToggleHelp])),
        ("library", library),
        ("slides", with(&[Action::StartPresentation])),
        ("blanked", blanked),
        ("slide help", slide_help),
        ("presenter", slides(Role::Presenter)),
        ("follower", slides(Role::Follower)),
    ]
}

#[test]
fn ctrl_z_suspends_and_ctrl_c_quits_in_every_mode() {
    for (name, app) in every_mode() {
        assert_eq!(
            action_for_app(&app, ctrl('z')),
            Some(Action::Suspend),
            "Ctrl-z in {name}"
        );
        assert_eq!(
            action_for_app(&app, ctrl('c')),
            Some(Action::Quit),
            "Ctrl-c in {name}"
        );
        let mut release = ctrl('z');
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for_app(&app, release), None, "a release in {name}");
        // And `update` asks the runner to suspend from there.
        let mut app = app;
        app.apply(Action::Suspend);
        assert_eq!(app.request, Some(crate::app::Request::Suspend), "{name}");
    }
}

#[test]
fn on_the_too_small_screen_only_quit_and_suspend_act() {
    for (name, mut app) in every_mode() {
        app.update(Action::Resize(20, 5));
        let slides = app.mode == Mode::Present;
        for code in [
            KeyCode::Enter,
            KeyCode::Char('/'),
            KeyCode::Char('?'),
            KeyCode::Char('j'),
            KeyCode::Esc,
            KeyCode::Tab,
        ] {
            let action = action_for_app(&app, press(code));
            if !slides {
                assert_eq!(action, None, "{code:?} in {name}, typed blind");
            }
        }
        if !slides {
            assert_eq!(
                action_for_app(&app, press(KeyCode::Char('q'))),
                Some(Action::Quit),
                "q in {name}"
            );
        }
        assert_eq!(action_for_app(&app, ctrl('z')), Some(Action::Suspend));
        assert_eq!(action_for_app(&app, ctrl('c')), Some(Action::Quit));
        // Back to a usable size, the keys act again.
        app.update(Action::Resize(80, 24));
        if !slides {
            assert!(
                action_for_app(&app, press(KeyCode::Esc)).is_some(),
                "Esc in {name} at 80x24"
            );
        }
    }
}

#[test]
fn the_library_filter_takes_every_printable_character_and_the_table_the_rest() {
    let library = |c| Some(Action::Library(LibraryAction::Filter(c)));
    for c in ['L', 'q', '?', 'j', ' ', '/', 'é'] {
        assert_eq!(
            action_for(Mode::Library, press(KeyCode::Char(c))),
            library(c)
        );
    }
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    assert_eq!(
        action_for(Mode::Library, ctrl('u')),
        Some(Action::Library(LibraryAction::FilterClear))
    );
    assert_eq!(
        action_for(Mode::Library, press(KeyCode::Down)),
        Some(Action::Library(LibraryAction::SelectNext))
    );
    assert_eq!(
        action_for(Mode::Library, press(KeyCode::Enter)),
        Some(Action::Library(LibraryAction::Open))
    );
    assert_eq!(
        action_for(Mode::Library, press(KeyCode::Esc)),
        Some(Action::Back)
    );
    assert_eq!(
        action_for(Mode::Library, press(KeyCode::F(1))),
        Some(Action::ToggleHelp)
    );
    let help = help_lines(Mode::Library);
    assert!(
        help.iter()
            .any(|line| line.keys == "Enter" && line.description.contains("open")),
        "{help:?}"
    );
    assert!(hints(Mode::Library).contains(&("↓/↑".to_string(), "move")));
}

#[test]
fn an_override_rebinds_a_library_key() {
    let (table, problems) = overrides::resolve(
        &BINDINGS,
        &[overrides::Override::new(
            "library_open",
            vec![Key::ctrl('o')],
        )],
    );
    assert!(problems.is_empty(), "{problems:?}");
    let open = table
        .iter()
        .find(|b| b.action == Action::Library(LibraryAction::Open))
        .expect("the open binding");
    assert_eq!(open.keys, vec![Key::ctrl('o')]);
    // The names the README gives for the settings file.
    let known = names::action_names(&BINDINGS);
    for name in [
        "library_select_next",
        "library_select_previous",
        "library_select_first",
        "library_select_last",
        "library_open",
        "library_compare",
        "library_filter_delete_char",
        "library_filter_clear",
    ] {
        assert!(known.contains(&name.to_string()), "{name}");
    }
}
