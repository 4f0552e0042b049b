//! Speed of `briefing check`: loading and validating generated briefs of 10,000 and 100,000
//! items, and reporting a problem in every item of a brief near the 16 MiB limit (issue 12
//! §5: linear, 100,000 items in under a second).
//!
//! Run with `cargo bench --bench check`. The briefs come from `check/generate.rs`.

#[path = "check/generate.rs"]
mod generate;

use std::hint::black_box;
use std::time::Duration;

use briefing::brief::load::Format;
use briefing::brief::{Brief, BriefError, load_str};
use criterion::{Criterion, criterion_group, criterion_main};

use generate::Faults;

fn check(toml: &str, source: &str) -> Result<usize, BriefError> {
    load_str(toml, Format::Toml, "generated.toml", &|_| {
        Ok(source.to_string())
    })
    .map(|brief| brief.timeline.len() + brief.figures.len() + brief.positions.len())
}

fn valid(c: &mut Criterion) {
    let mut group = c.benchmark_group("check valid");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for items in [10_000, 100_000] {
        let (toml, source) = generate::brief(items, Faults::None);
        assert_eq!(
            check(&toml, &source).ok(),
            Some(items),
            "the brief is valid"
        );
        group.bench_function(format!("{items} items ({} KiB)", toml.len() / 1024), |b| {
            b.iter(|| check(black_box(&toml), black_box(&source)));
        });
    }
    group.finish();
}

/// The parsers' share: TOML and JSON of the 100,000-item brief, parsed into a `Brief` with
/// no checking, beside a full check of the JSON form.
fn parsing(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse only");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    let (toml, source) = generate::brief(100_000, Faults::None);
    let brief = load_str(&toml, Format::Toml, "generated.toml", &|_| {
        Ok(source.clone())
    })
    .expect("the brief is valid");
    let json = serde_json::to_string(&brief).expect("JSON");
    group.bench_function("100000 items, TOML", |b| {
        b.iter(|| toml::from_str::<Brief>(black_box(&toml)).map(|brief| brief.figures.len()));
    });
    group.bench_function("100000 items, JSON", |b| {
        b.iter(|| serde_json::from_str::<Brief>(black_box(&json)).map(|brief| brief.figures.len()));
    });
    group.bench_function(
        format!("check 100000 items, JSON ({} KiB)", json.len() / 1024),
        |b| {
            b.iter(|| {
                load_str(
                    black_box(&json),
                    Format::Json,
                    "generated.json",
                    &|_| unreachable!(),
                )
                .map(|brief| brief.figures.len())
            });
        },
    );
    group.finish();
}

fn problems(c: &mut Criterion) {
    let mut group = c.benchmark_group("check problems");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for items in [10_000, 100_000] {
        let (toml, source) = generate::brief(items, Faults::Every);
        let count = match check(&toml, &source) {
            Err(BriefError::Invalid { problems, .. }) => problems.len(),
            other => panic!("expected problems, got {other:?}"),
        };
        group.bench_function(
            format!(
                "{items} items, {count} problems ({} KiB)",
                toml.len() / 1024
            ),
            |b| b.iter(|| check(black_box(&toml), black_box(&source)).map_err(|e| e.lines().len())),
        );
    }
    group.finish();
}

criterion_group!(benches, valid, parsing, problems);
criterion_main!(benches);
