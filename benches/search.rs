//! Speed of search on a generated brief of 100,000 items: building the index, and each
//! keystroke of "summit" typed into a session (narrowing from the previous keystroke, as the
//! explorer's worker does) or searched afresh; plus a keystroke on the shipped brief.
//!
//! `cargo bench --bench search` runs the timings. `cargo bench --bench search -- --write DIR`
//! instead writes DIR/brief-100000.json and DIR/lines-100000.txt (the same items one a line,
//! for `fzf --filter`); docs/performance.md gives the commands that compare the two.

#[path = "support/large_brief.rs"]
mod large_brief;

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use briefing::brief::load_embedded;
use briefing::search::{SearchIndex, SearchSession};
use criterion::Criterion;

const ITEMS: usize = 100_000;
const WORD: &str = "summit";
/// What the explorer shows and the worker hands back per answer.
const LIMIT: usize = 200;

fn keystrokes(c: &mut Criterion) {
    let brief = large_brief::large_brief(ITEMS);
    let index = Arc::new(SearchIndex::new(&brief));
    let prefixes: Vec<&str> = (1..=WORD.len()).map(|n| &WORD[..n]).collect();
    let mut group = c.benchmark_group("search 100k");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("type summit, all 6 keystrokes (session, narrowing)", |b| {
        b.iter(|| {
            let mut session = SearchSession::new(Arc::clone(&index));
            for prefix in &prefixes {
                black_box(session.search(prefix, LIMIT, &|| false, None));
            }
        });
    });
    for prefix in ["s", "summit"] {
        group.bench_function(format!("one keystroke afresh: {prefix:?}"), |b| {
            b.iter(|| black_box(index.search_top(prefix, LIMIT)));
        });
    }
    group.bench_function("build the index", |b| {
        b.iter(|| black_box(SearchIndex::new(&brief)));
    });
    group.finish();

    let shipped = SearchIndex::new(&load_embedded().expect("the embedded brief loads"));
    c.bench_function("search shipped brief: pipeline", |b| {
        b.iter(|| black_box(shipped.search(black_box("pipeline"))));
    });
}

fn write(folder: &PathBuf) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    let brief = large_brief::large_brief(ITEMS);
    let json = serde_json::to_string(&brief).map_err(std::io::Error::other)?;
    let brief_path = folder.join(format!("brief-{ITEMS}.json"));
    std::fs::write(&brief_path, json)?;
    let lines_path = folder.join(format!("lines-{ITEMS}.txt"));
    std::fs::write(&lines_path, large_brief::item_lines(&brief))?;
    println!(
        "wrote {} and {}",
        brief_path.display(),
        lines_path.display()
    );
    Ok(())
}

/// Where one `briefing search WORD --file FILE` spends its time, phase by phase.
fn phases(file: &str, word: &str) {
    let timed = |what: &str, started: std::time::Instant| {
        print!("{what} {:.1} ms  ", started.elapsed().as_secs_f64() * 1e3);
    };
    let started = std::time::Instant::now();
    let brief = briefing::brief::load_file(file.as_ref()).expect("the brief loads");
    timed("load", started);
    let started = std::time::Instant::now();
    let index = SearchIndex::new(&brief);
    timed("index", started);
    let started = std::time::Instant::now();
    let hits = index.search_top(word, 10);
    timed("search", started);
    let started = std::time::Instant::now();
    drop(index);
    timed("drop index", started);
    let started = std::time::Instant::now();
    drop(brief);
    timed("drop brief", started);
    println!("({} hits)", hits.len());
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--phases") {
        phases(&args[at + 1], &args[at + 2]);
        return Ok(());
    }
    if let Some(at) = args.iter().position(|a| a == "--write") {
        let folder = args
            .get(at + 1)
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        return write(&folder);
    }
    let mut criterion = Criterion::default().configure_from_args();
    keystrokes(&mut criterion);
    criterion.final_summary();
    Ok(())
}
