//! Speed of the importer's extraction and assembly (issue 8, §5: a 2,000-word text in
//! ≤ 20 ms): `assemble::build` on the longest corpus text in the repository (1,766 words),
//! warm, and the first build in a process, which also compiles the name automaton and the
//! regexes once.
//!
//! Run with `cargo bench --bench import`; reading the file is not timed.

use std::hint::black_box;
use std::time::Instant;

use briefing::import::{MetaFacts, assemble, evaluate};
use criterion::{Criterion, criterion_group, criterion_main};

const TEXT: &str = include_str!("../tests/fixtures/import-eval/05-russia-nuclear-weapons.txt");

fn import(c: &mut Criterion) {
    let doc = evaluate::plain_document(TEXT);
    let started = Instant::now();
    black_box(assemble::build(&doc, &MetaFacts::default()));
    println!(
        "first import in this process (tables built): {:?}",
        started.elapsed()
    );
    c.bench_function("import 1,766 words (warm)", |b| {
        b.iter(|| assemble::build(black_box(&doc), &MetaFacts::default()));
    });
}

criterion_group!(benches, import);
criterion_main!(benches);
