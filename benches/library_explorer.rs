//! The explorer over a generated library of 1,000 briefs (about 100,000 items): its first
//! frame when the index is current (open the library, list it, build the Library pane, draw
//! it), and opening All briefs (load every brief, merge, build the search index, draw);
//! with the process's peak memory beside the library's size on disk.
//!
//! Run with `cargo bench --bench library_explorer`. `BRIEFING_BENCH_LIBRARY=DIR` keeps the
//! generated library in DIR (and reuses it); `BRIEFING_BENCH_BRIEFS=N` generates N briefs.

#[path = "support/library_gen.rs"]
mod library_gen;
#[path = "support/timing.rs"]
mod timing;

use std::hint::black_box;

use std::path::{Path, PathBuf};
use std::time::Instant;
use timing::report;

use briefing::action::Action;
use briefing::app::{App, LibraryAction};
use briefing::library::Library;
use briefing::theme::Theme;
use briefing::tui::library::{Books, start};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const BRIEFS: usize = 1_000;

fn main() {
    let count = std::env::var("BRIEFING_BENCH_BRIEFS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(BRIEFS);
    let kept = std::env::var_os("BRIEFING_BENCH_LIBRARY").map(PathBuf::from);
    let temporary = tempfile::tempdir().expect("a temporary folder");
    let root = kept.unwrap_or_else(|| temporary.path().join("library"));
    if !root.join("gen-0000.toml").exists() {
        library_gen::generate(&root, count);
    }
    // Bring the index up to date once: the measurement is of a current index.
    drop(Library::open(&root).expect("the library opens"));
    let on_disk = briefs_size(&root);
    println!(
        "library: {} brief files, {:.1} MB of briefs on disk",
        count,
        mb(on_disk)
    );

    let theme = Theme::monochrome();
    for (width, height) in [(80, 24), (160, 48)] {
        report(
            &format!("first frame, index current, {width}x{height}"),
            21,
            || {
                black_box(first_frame(&root, &theme, width, height));
            },
        );
    }
    println!("peak memory after first frames: {:.1} MB", mb(peak_rss()));

    report("open All briefs (load + merge + index + draw)", 3, || {
        let (mut app, books) = first_frame(&root, &theme, 160, 48);
        open_all(&mut app, &books);
        black_box(draw(&app, &theme, 160, 48));
    });
    let rss = peak_rss();
    println!(
        "peak memory with All briefs open: {:.1} MB ({:.1}x the {:.1} MB on disk)",
        mb(rss),
        mb(rss) / mb(on_disk),
        mb(on_disk)
    );
    stages(&root);
}

/// What `briefing` does before its first frame: open the library (stat every file; the
/// index is current), list it, build the Library pane, draw it.
fn first_frame(root: &Path, theme: &Theme, width: u16, height: u16) -> (App, Books) {
    let library = Library::open(root).expect("open");
    let embedded = briefing::brief::load_embedded().expect("embedded");
    let (books, entries) = Books::of_library(library, embedded.clone()).expect("entries");
    let mut app = start(&books, entries, embedded);
    app.update(Action::Resize(width, height));
    black_box(draw(&app, theme, width, height));
    (app, books)
}

fn open_all(app: &mut App, books: &Books) {
    app.apply(Action::Library(LibraryAction::SelectFirst));
    app.apply(Action::Library(LibraryAction::Open));
    if let Some(briefing::app::Request::Library(request)) = app.request.take() {
        for answer in books.answer(app.shelf.as_ref().expect("a shelf"), &request) {
            app.apply(answer);
        }
    }
    assert_eq!(app.brief.meta.title, "All briefs");
}

/// One pass through opening All briefs, stage by stage, with the time and resident memory
/// after each: where the time and the memory go.
fn stages(root: &Path) {
    let library = Library::open(root).expect("open");
    let entries = library.entries().expect("entries");
    let mut clock = Instant::now();
    let mut step = |name: &str| {
        println!(
            "  {name:<40} {:>8.0} ms  resident {:>7.1} MB",
            clock.elapsed().as_secs_f64() * 1e3,
            mb(resident())
        );
        clock = Instant::now();
    };
    let briefs: Vec<(String, briefing::brief::Brief)> = entries
        .iter()
        .filter_map(|e| {
            // As the explorer's reading thread does: sources are not held once validated.
            briefing::brief::load_file(&e.file).ok().map(|mut b| {
                b.meta.source = String::new();
                (e.id.clone(), b)
            })
        })
        .collect();
    step("load every brief");
    let mut unmarked = briefing::library::merge::merge_unmarked(briefs);
    step("merge");
    let index = briefing::search::SearchIndex::new(&unmarked.brief);
    step("search index of the merged brief");
    briefing::library::merge::mark_rows(&mut unmarked);
    let merged = unmarked.brief;
    step("rows marked with their brief");
    let matrix = briefing::app::Matrix::new(&merged);
    step("positions matrix");
    let links = briefing::brief::Links::of(&merged);
    step("paragraph and actor links");
    black_box((index, matrix, links));
}

fn resident() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

fn draw(app: &App, theme: &Theme, width: u16, height: u16) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    briefing::ui::draw(app, theme, area, &mut buf);
    buf
}

fn briefs_size(root: &Path) -> u64 {
    std::fs::read_dir(root)
        .expect("read the folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|ext| ext == "toml"))
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// The process's peak resident memory in bytes (`VmHWM` in /proc/self/status; 0 elsewhere).
fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// Megabytes, to a kilobyte (sizes here stay far below 2^52 kB).
fn mb(bytes: u64) -> f64 {
    f64::from(u32::try_from(bytes / 1000).unwrap_or(u32::MAX)) / 1e3
}
