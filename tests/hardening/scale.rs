//! §5: costs that grow with the square of the input: a large brief, broken or valid, is
//! checked in linear time.

use std::time::{Duration, Instant};

#[path = "../../benches/check/generate.rs"]
mod generate;

/// Loads a generated brief as `briefing check` does, returning the problems and the time.
fn check_generated(items: usize, faults: generate::Faults) -> (usize, Duration) {
    let (toml, source) = generate::brief(items, faults);
    let started = Instant::now();
    let result = briefing::brief::load_str(
        &toml,
        briefing::brief::load::Format::Toml,
        "generated.toml",
        &|_| Ok(source.clone()),
    );
    let problems = match result {
        Ok(_) => 0,
        Err(error) => error.lines().len(),
    };
    (problems, started.elapsed())
}

#[test]
fn every_problem_of_a_large_brief_is_located_in_linear_time() {
    // 20,000 items, each naming an undefined actor, every fifth quoting what the source does
    // not say: 24,000 problems in a 3.7 MB file. Rescanning the file for each took minutes;
    // even a debug build now takes a few seconds.
    let (problems, took) = check_generated(20_000, generate::Faults::Every);
    assert_eq!(problems, 24_000);
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn a_large_valid_brief_checks_in_linear_time() {
    let (problems, took) = check_generated(20_000, generate::Faults::None);
    assert_eq!(problems, 0);
    assert!(took < Duration::from_secs(20), "took {took:?}");
}
