//! Speed of the explorer: a frame at 80×24 and 200×60, a search keystroke on the shipped
//! brief and on a generated brief of 10,000 items, and the bytes a terminal receives for a
//! one-row move and for a search keystroke.
//!
//! Run with `cargo bench --bench explorer`; the byte counts print before the timings.

use std::cell::Cell;
use std::hint::black_box;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Duration;

use briefing::action::Action;
use briefing::app::{App, Pane};
use briefing::brief::{Brief, load_embedded};
use briefing::search::SearchIndex;
use briefing::theme::Theme;
use briefing::ui;
use criterion::{Criterion, criterion_group};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

const QUERY: &str = "pipeline";

fn app_at(width: u16, height: u16) -> App {
    let mut app = App::new(load_embedded().expect("the embedded brief loads"));
    app.update(Action::Resize(width, height));
    app.update(Action::FocusPane(Pane::Timeline));
    app
}

/// The shipped brief's items repeated, renamed, until there are `items` of them.
fn generated_brief(items: usize) -> Brief {
    let base = load_embedded().expect("the embedded brief loads");
    let mut brief = base.clone();
    brief.timeline.clear();
    brief.figures.clear();
    brief.positions.clear();
    let mut copy = 0;
    while brief.timeline.len() + brief.figures.len() + brief.positions.len() < items {
        for event in &base.timeline {
            let mut event = event.clone();
            event.id = format!("{}-{copy}", event.id);
            event.title = format!("{} (copy {copy})", event.title);
            brief.timeline.push(event);
        }
        for figure in &base.figures {
            let mut figure = figure.clone();
            figure.id = format!("{}-{copy}", figure.id);
            brief.figures.push(figure);
        }
        for position in &base.positions {
            let mut position = position.clone();
            position.id = format!("{}-{copy}", position.id);
            position.issue = format!("{} {copy}", position.issue);
            brief.positions.push(position);
        }
        copy += 1;
    }
    brief
}

fn render(c: &mut Criterion) {
    for (width, height) in [(80, 24), (200, 60)] {
        let mut app = app_at(width, height);
        app.update(Action::SelectNext);
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
        c.bench_function(&format!("render frame {width}x{height}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| ui::render(black_box(&app), &Theme::colour(), frame))
                    .expect("draw");
            });
        });
    }
}

fn search(c: &mut Criterion) {
    let shipped = SearchIndex::new(&load_embedded().expect("the embedded brief loads"));
    let big_brief = generated_brief(10_000);
    let big = SearchIndex::new(&big_brief);
    let prefixes: Vec<&str> = (1..=QUERY.len()).map(|n| &QUERY[..n]).collect();
    let mut group = c.benchmark_group("search");
    // A sample of the large brief takes a quarter second or more: ten samples are enough.
    group.sample_size(10);
    for (name, index) in [("shipped brief", &shipped), ("10,000 items", &big)] {
        let label = format!("'{QUERY}' typed, all {} keystrokes, {name}", QUERY.len());
        group.bench_function(label, |b| {
            b.iter(|| {
                for prefix in &prefixes {
                    black_box(index.search(black_box(prefix)));
                }
            });
        });
    }
    group.finish();
    let mut app = app_at(80, 24);
    c.bench_function("search keystroke through App::update, shipped brief", |b| {
        b.iter(|| {
            app.update(Action::StartSearch);
            for c in QUERY.chars() {
                app.update(Action::SearchInput(c));
            }
        });
    });
}

/// A writer that only counts what it is given.
#[derive(Clone, Default)]
struct Counter(Rc<Cell<usize>>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Bytes written to draw the frame after `action`, following a frame already on screen.
fn bytes_for(app: &mut App, actions: &[Action]) -> usize {
    let counter = Counter::default();
    let (width, height) = app.size;
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(counter.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )
    .expect("counting backend");
    terminal
        .draw(|frame| ui::render(app, &Theme::colour(), frame))
        .expect("draw");
    counter.0.set(0);
    for action in actions {
        app.update(action.clone());
    }
    terminal
        .draw(|frame| ui::render(app, &Theme::colour(), frame))
        .expect("draw");
    counter.0.get()
}

fn report_bytes() {
    let mut app = app_at(80, 24);
    let unchanged = bytes_for(&mut app, &[]);
    println!("bytes at 80x24, colour theme: unchanged frame {unchanged}");
    for pane in Pane::ALL {
        let mut moves = Vec::new();
        for from in 0..4 {
            let mut app = app_at(80, 24);
            app.update(Action::FocusPane(pane));
            app.update(Action::Select(from));
            let before = app.list(pane).offset;
            let bytes = bytes_for(&mut app, &[Action::SelectNext]);
            if app.list(pane).offset == before {
                moves.push(bytes.to_string());
            } else {
                moves.push(format!("{bytes} (scrolled)"));
            }
        }
        println!(
            "  one-row move in {:<9} (items 1→2, 2→3, 3→4, 4→5): {}",
            pane.title(),
            moves.join(", ")
        );
    }
    let mut app = app_at(80, 24);
    app.update(Action::DrillDown);
    let related = bytes_for(&mut app, &[Action::SelectNext]);
    println!("  one-row move in a detail's related list (nothing else changes): {related}");
    let mut app = app_at(80, 24);
    app.update(Action::StartSearch);
    for c in QUERY.chars() {
        app.update(Action::SearchInput(c));
    }
    let result = bytes_for(&mut app, &[Action::SelectNext]);
    println!("  one-row move in the search results: {result}");
    let mut app = app_at(80, 24);
    app.update(Action::StartSearch);
    for c in QUERY[..QUERY.len() - 1].chars() {
        app.update(Action::SearchInput(c));
    }
    let keystroke = bytes_for(&mut app, &[Action::SearchInput('e')]);
    println!("  search keystroke ('pipelin' → '{QUERY}'): {keystroke}");
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30);
    targets = render, search
}

fn main() {
    report_bytes();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
