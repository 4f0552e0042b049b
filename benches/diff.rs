//! Speed of `briefing diff` (`library::diff`) on generated briefs shaped like the 60-page
//! report R48694 (358 events, 969 figures, 137 positions): against itself, against its next
//! version, and against an unrelated report of the same size (nothing pairs by quote, the
//! worst case); then four times the size, to show the time grows with the items, not their
//! square. Beside them, the all-pairs matching `diff` used before, on a quarter of the
//! brief, measured in the same run.
//!
//! Run with `cargo bench --bench diff`. Figures in docs/performance.md.

#[path = "support/diff_pair.rs"]
mod diff_pair;

use std::hint::black_box;
use std::time::Duration;

use briefing::brief::Brief;
use briefing::library::diff;
use criterion::{Criterion, criterion_group, criterion_main};
use diff_pair::{r48694_sized, report, revise};

fn items(brief: &Brief) -> usize {
    brief.timeline.len() + brief.figures.len() + brief.positions.len() + brief.actors.len()
}

fn r48694(c: &mut Criterion) {
    let old = r48694_sized(346);
    let new = revise(&old, 346);
    let other = r48694_sized(7);
    let mut group = c.benchmark_group("diff R48694-sized");
    group.measurement_time(Duration::from_secs(5));
    let n = items(&old);
    group.bench_function(format!("{n} items, itself"), |b| {
        b.iter(|| black_box(diff(&old, &old)));
    });
    group.bench_function(format!("{n} items, its revision"), |b| {
        b.iter(|| black_box(diff(&old, &new)));
    });
    group.bench_function(format!("{n} items, an unrelated report"), |b| {
        b.iter(|| black_box(diff(&old, &other)));
    });
    group.finish();
}

fn four_times(c: &mut Criterion) {
    let old = report(346, 4 * 358, 4 * 969, 4 * 137);
    let new = revise(&old, 346);
    let other = report(7, 4 * 358, 4 * 969, 4 * 137);
    let mut group = c.benchmark_group("diff 4× R48694");
    group.sample_size(10);
    let n = items(&old);
    group.bench_function(format!("{n} items, its revision"), |b| {
        b.iter(|| black_box(diff(&old, &new)));
    });
    group.bench_function(format!("{n} items, an unrelated report"), |b| {
        b.iter(|| black_box(diff(&old, &other)));
    });
    group.finish();
}

/// The matching `diff` did before: every old item against every new one of its section,
/// Sørensen–Dice by `strsim` on case-folded quotes plus 0.5 for the same title, label or
/// issue, then best first. Returns how many items paired.
fn all_pairs(old: &Brief, new: &Brief) -> usize {
    /// One section, each item as (quote, meaning), both case-folded.
    fn section(old: &[(String, String)], new: &[(String, String)]) -> usize {
        let mut pairs = Vec::new();
        for (o, (a, a_means)) in old.iter().enumerate() {
            for (n, (b, b_means)) in new.iter().enumerate() {
                let alike = if a == b {
                    1.0
                } else {
                    strsim::sorensen_dice(a, b)
                };
                let same = a_means == b_means;
                if alike >= 0.6 || same {
                    pairs.push((alike + if same { 0.5 } else { 0.0 }, o, n));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        let (mut left, mut taken) = (vec![true; old.len()], vec![false; new.len()]);
        let mut matched = 0;
        for (_, o, n) in pairs {
            if left[o] && !taken[n] {
                (left[o], taken[n]) = (false, true);
                matched += 1;
            }
        }
        matched
    }
    let folded = |quote: &str, meaning: &str| (quote.to_lowercase(), meaning.to_lowercase());
    let events = |b: &Brief| -> Vec<_> {
        b.timeline
            .iter()
            .map(|e| folded(&e.quote, &e.title))
            .collect()
    };
    let figures = |b: &Brief| -> Vec<_> {
        b.figures
            .iter()
            .map(|f| folded(&f.quote, &f.label))
            .collect()
    };
    let positions = |b: &Brief| -> Vec<_> {
        b.positions
            .iter()
            .map(|p| folded(&p.quote, &p.issue))
            .collect()
    };
    section(&events(old), &events(new))
        + section(&figures(old), &figures(new))
        + section(&positions(old), &positions(new))
}

fn before(c: &mut Criterion) {
    let old = report(346, 358 / 4, 969 / 4, 137 / 4);
    let new = revise(&old, 346);
    let mut group = c.benchmark_group("diff a quarter of R48694");
    group.sample_size(10);
    let n = items(&old);
    group.bench_function(format!("{n} items, its revision, now"), |b| {
        b.iter(|| black_box(diff(&old, &new)));
    });
    group.bench_function(
        format!("{n} items, its revision, all pairs (before)"),
        |b| {
            b.iter(|| black_box(all_pairs(&old, &new)));
        },
    );
    group.finish();
}

criterion_group!(benches, r48694, four_times, before);
criterion_main!(benches);
