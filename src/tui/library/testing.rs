//! A shelf of fixture briefs and a stand-in for the runner, for tests of `update` and the
//! views.

use std::path::PathBuf;

use super::{Books, start};
use crate::action::Action;
use crate::app::{App, Request};

/// `tests/fixtures/NAME`, as a path relative to the crate, so problems print the same
/// on every machine.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from("tests/fixtures").join(name)
}

/// Three briefs that load and one that does not, the Library pane open on them.
pub fn shelf_app(width: u16, height: u16) -> (App, Books) {
    let paths = [
        fixture("library/taiwan-v1.toml"),
        fixture("us-iran-ceasefire.toml"),
        fixture("example.toml"),
        fixture("broken/broken-brief.toml"),
    ];
    app_of_paths(&paths, width, height)
}

/// Two versions of one report (taiwan-v1, taiwan-v2: CRS In Focus IF99001) and another
/// brief, the Library pane open on them.
pub fn versions_app(width: u16, height: u16) -> (App, Books) {
    let paths = [
        fixture("library/taiwan-v1.toml"),
        fixture("library/taiwan-v2.toml"),
        fixture("example.toml"),
    ];
    app_of_paths(&paths, width, height)
}

/// The Library pane open on the briefs at `paths`, at this size.
fn app_of_paths(paths: &[PathBuf], width: u16, height: u16) -> (App, Books) {
    let (books, entries) = Books::of_paths(paths);
    let mut app = start(
        &books,
        entries,
        crate::brief::load_embedded().expect("embedded brief loads"),
    );
    app.update(Action::Resize(width, height));
    (app, books)
}

/// A temporary library folder holding taiwan-v1 and the ceasefire brief, and the
/// explorer on its Library pane (with the embedded No. 346).
pub fn library_app() -> (App, Books, tempfile::TempDir) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for file in [
        "library/taiwan-v1.toml",
        "us-iran-ceasefire.toml",
        "us-iran-ceasefire.txt",
    ] {
        let name = fixture(file).file_name().expect("a name").to_owned();
        std::fs::copy(fixture(file), folder.path().join(name)).expect("copied");
    }
    let library = crate::library::Library::open(folder.path()).expect("opens");
    let embedded = crate::brief::load_embedded().expect("embedded brief loads");
    let (books, entries) = Books::of_library(library, embedded.clone()).expect("entries");
    let mut app = start(&books, entries, embedded);
    app.update(Action::Resize(80, 24));
    (app, books, folder)
}

/// The explorer in the All-briefs scope over `briefs` (each with its shelf id), held in
/// memory as files given on the command line are, at this size.
pub fn all_briefs_of(
    briefs: Vec<(String, crate::brief::Brief)>,
    width: u16,
    height: u16,
) -> (App, Books) {
    let mut books = Books::held_only();
    let entries = briefs
        .into_iter()
        .map(|(id, brief)| books.hold(id, brief, None))
        .collect();
    let embedded = crate::brief::load_embedded().expect("embedded brief loads");
    let mut app = App::with_shelf(embedded, crate::app::Shelf::new(entries, None));
    app.update(Action::Resize(width, height));
    open_all_briefs(&mut app, &books);
    (app, books)
}

/// Chooses All briefs, the Library pane's first row, and reads it as the runner does.
pub fn open_all_briefs(app: &mut App, books: &Books) {
    act(
        app,
        books,
        Action::Library(crate::app::LibraryAction::SelectFirst),
    );
    act(app, books, Action::Library(crate::app::LibraryAction::Open));
}

/// Applies `action`, then answers a request of the Library pane as the runner does.
pub fn act(app: &mut App, books: &Books, action: Action) {
    app.apply(action);
    if let Some(Request::Library(request)) = app.request.take() {
        for answer in books.answer(app.shelf.as_ref().expect("a shelf"), &request) {
            app.apply(answer);
        }
    }
}
