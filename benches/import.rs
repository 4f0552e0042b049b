//! Speed of `briefing import`: a 2,000-word plain text (built from a fixture), all the
//! saved Markdown pages of the corpus together, and the 60-page PDF report R48694.
//! Targets (issue 8): ≤ 20 ms, ≤ 2 s and ≤ 1 s.
//!
//! Run with `cargo bench --bench import`. The corpus benchmarks read `../shared/corpus`
//! beside the repository and are skipped, with a message, when it is absent.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use briefing::import::import_file;
use criterion::{Criterion, criterion_group, criterion_main};

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

/// A plain-text report of about 2,000 words: the fixture's title lines, then its body
/// paragraphs repeated until the count is reached.
fn two_thousand_words() -> PathBuf {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/import/03-us-iran-ceasefire.txt"),
    )
    .expect("the fixture is in the repository");
    let (front, body) = text
        .split_once("\n\n")
        .expect("the fixture has front matter");
    let mut report = format!("{front}\n\n");
    while report.split_whitespace().count() < 2_000 {
        report.push_str(body);
        report.push_str("\n\n");
    }
    let path = std::env::temp_dir().join(format!("briefing-bench-{}.txt", std::process::id()));
    std::fs::write(&path, report).expect("the temporary folder is writable");
    path
}

fn text(c: &mut Criterion) {
    let path = two_thousand_words();
    c.bench_function("import 2,000-word text", |b| {
        b.iter(|| black_box(import_file(&path).expect("the text imports")));
    });
    let _ = std::fs::remove_file(path);
}

fn markdown_pages(c: &mut Criterion) {
    let Some(corpus) = corpus() else {
        eprintln!("skipped: ../shared/corpus is absent (Markdown pages benchmark)");
        return;
    };
    let mut pages: Vec<PathBuf> = std::fs::read_dir(corpus.join("crs-markdown"))
        .expect("crs-markdown is a folder")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    pages.sort();
    let mut group = c.benchmark_group("markdown");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function(format!("import all {} Markdown pages", pages.len()), |b| {
        b.iter(|| {
            for page in &pages {
                black_box(import_file(page).expect("the page imports"));
            }
        });
    });
    group.finish();
}

fn pdf(c: &mut Criterion) {
    let Some(corpus) = corpus() else {
        eprintln!("skipped: ../shared/corpus is absent (PDF benchmark)");
        return;
    };
    let path = corpus.join("pdf/R48694.10.pdf");
    let mut group = c.benchmark_group("pdf");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(15));
    group.bench_function("import 60-page PDF R48694", |b| {
        b.iter(|| black_box(import_file(&path).expect("the PDF imports")));
    });
    group.finish();
}

criterion_group!(benches, text, markdown_pages, pdf);
criterion_main!(benches);
