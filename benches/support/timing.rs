//! A median timer for the whole-process and one-off measurements criterion does not suit.

use std::time::{Duration, Instant};

/// Runs `f` `runs` times (after one warm-up) and prints the median and the range, in ms.
pub fn report(name: &str, runs: usize, mut f: impl FnMut()) {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name:<48} median {:>9.2} ms  (min {:.2}, max {:.2}, {runs} runs)",
        ms(times[runs / 2]),
        ms(times[0]),
        ms(times[runs - 1])
    );
}
