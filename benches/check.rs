//! Speed of `briefing check`: loading and validating generated briefs of 10,000 and 100,000
//! items, and reporting a problem in every item of a brief near the 16 MiB limit (issue 12
//! §5: linear, 100,000 items in under a second).
//!
//! Run with `cargo bench --bench check`. The briefs come from `check/generate.rs`;
//! `cargo bench --bench check -- --write DIR` instead writes them to DIR
//! (`valid-100000.toml`, `problems-100000.toml` and the `source.txt` both name) for timing
//! `briefing check --file` as a whole process (docs/performance.md).

#[path = "check/generate.rs"]
mod generate;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use briefing::brief::load::Format;
use briefing::brief::{Brief, BriefError, load_str};
use criterion::Criterion;

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

/// Writes the 100,000-item briefs, valid and with a problem in every item, beside their
/// source text.
fn write(folder: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    for (name, faults) in [("valid", Faults::None), ("problems", Faults::Every)] {
        let (toml, source) = generate::brief(100_000, faults);
        let path = folder.join(format!("{name}-100000.toml"));
        std::fs::write(&path, toml)?;
        // Both briefs quote the same sentences, so they share one source file.
        std::fs::write(folder.join("source.txt"), source)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--write") {
        let folder = args
            .get(at + 1)
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        return write(&folder);
    }
    let mut criterion = Criterion::default().configure_from_args();
    valid(&mut criterion);
    parsing(&mut criterion);
    problems(&mut criterion);
    criterion.final_summary();
    Ok(())
}
