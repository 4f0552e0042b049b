//! Speed of the library on a generated library of 1,000 briefs (about 100,000 items): `list`
//! and `search WORD` through the index, the index brought up to date after one file changes,
//! each beside the naive way (parse every file) measured in the same run; then `list` and
//! `search WORD` as whole processes (the lookup ranks every match the index finds, with the
//! embedded brief's items among them).
//!
//! Run with `cargo bench --bench library`. `BRIEFING_BENCH_LIBRARY=DIR` keeps the generated
//! library in DIR (and reuses it), e.g. for hyperfine; `BRIEFING_BENCH_BRIEFS=N` generates N
//! briefs instead of 1,000. Prints the median of each measurement.

#[path = "support/library_gen.rs"]
mod library_gen;
#[path = "support/timing.rs"]
mod timing;

use std::hint::black_box;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use timing::report;

use briefing::brief;
use briefing::library::Library;

/// Briefs generated; `BRIEFING_BENCH_BRIEFS` overrides it for a quick trial run.
const BRIEFS: usize = 1_000;
const WORD: &str = "lithium";

fn main() {
    let count = std::env::var("BRIEFING_BENCH_BRIEFS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(BRIEFS);
    let kept = std::env::var_os("BRIEFING_BENCH_LIBRARY").map(PathBuf::from);
    let temporary = tempfile::tempdir().expect("a temporary folder");
    let root = kept.unwrap_or_else(|| temporary.path().join("library"));
    if !root.join("gen-0000.toml").exists() {
        let started = Instant::now();
        let bytes = library_gen::generate(&root, count);
        println!(
            "generated {count} briefs, {:.1} MB, in {:.1} s",
            f64::from(u32::try_from(bytes / 1000).unwrap_or(u32::MAX)) / 1e3,
            started.elapsed().as_secs_f64()
        );
    }
    let _ = std::fs::remove_file(root.join(".index.sqlite"));
    let started = Instant::now();
    let library = Library::open(&root).expect("the library opens");
    let items: usize = library
        .entries()
        .expect("entries")
        .iter()
        .filter_map(|entry| entry.summary.as_ref())
        .map(|summary| {
            let c = summary.counts;
            c.paragraphs + c.actors + c.themes + c.events + c.figures + c.positions
        })
        .sum();
    println!(
        "index built from nothing: {:.2} s ({} briefs, {items} items, index {})",
        started.elapsed().as_secs_f64(),
        library.entries().expect("entries").len(),
        library.index_location()
    );
    drop(library);

    report("list, index current (open + entries)", 21, || {
        let library = Library::open(&root).expect("open");
        black_box(library.entries().expect("entries").len());
    });
    report("list, naive (parse every file)", 3, || {
        black_box(naive_list(&root));
    });
    report(
        &format!("search {WORD:?}, index current (open + FTS)"),
        21,
        || {
            let library = Library::open(&root).expect("open");
            black_box(library.search(WORD, 50).expect("search").len());
        },
    );
    report(
        &format!("search {WORD:?}, naive (parse + scan quotes)"),
        3,
        || {
            black_box(naive_search(&root, WORD));
        },
    );
    let changed = root.join(format!("gen-{:04}.toml", count / 2));
    let original = std::fs::read_to_string(&changed).expect("read");
    let mut library = Library::open(&root).expect("open");
    let mut flip = false;
    report("refresh after one file changes", 15, || {
        flip = !flip;
        let text = if flip {
            original.replace("Generated brief", "Edited brief")
        } else {
            original.clone()
        };
        std::fs::write(&changed, text).expect("write");
        let refresh = library.refresh().expect("refresh");
        assert_eq!(refresh.changed, 1);
    });
    report("open after one file changes (open + refresh)", 15, || {
        flip = !flip;
        let text = if flip {
            original.replace("Generated brief", "Edited brief")
        } else {
            original.clone()
        };
        std::fs::write(&changed, text).expect("write");
        black_box(Library::open(&root).expect("open"));
    });
    std::fs::write(&changed, &original).expect("restore");

    whole_process(&root);
}

/// `list` and `search WORD` as the real binary, index current.
fn whole_process(root: &Path) {
    let binary = env!("CARGO_BIN_EXE_briefing");
    report("whole process: briefing list", 15, || {
        run(binary, root, &["list"]);
    });
    report("whole process: briefing list --json", 15, || {
        run(binary, root, &["list", "--json"]);
    });
    report(
        &format!("whole process: briefing search {WORD}"),
        15,
        || {
            run(binary, root, &["search", WORD]);
        },
    );
    report(
        &format!("whole process: briefing search {WORD} --json"),
        15,
        || {
            run(binary, root, &["search", WORD, "--json"]);
        },
    );
}

fn brief_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("read the folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

/// What `list` would do without an index: load and validate every file.
fn naive_list(root: &Path) -> usize {
    brief_files(root)
        .iter()
        .filter_map(|path| brief::load_file(path).ok())
        .map(|brief| brief.meta.title.len())
        .sum()
}

/// What `search` would do without an index: load every file and look through its items.
fn naive_search(root: &Path, word: &str) -> usize {
    brief_files(root)
        .iter()
        .filter_map(|path| brief::load_file(path).ok())
        .map(|brief| {
            brief
                .quoted_items()
                .filter(|&item| {
                    brief
                        .quote_of(item)
                        .is_some_and(|quote| quote.to_lowercase().contains(word))
                })
                .count()
        })
        .sum()
}

fn run(binary: &str, root: &Path, args: &[&str]) {
    let output = Command::new(binary)
        .args(args)
        .env("BRIEFING_LIBRARY", root)
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "briefing {args:?} failed");
}
