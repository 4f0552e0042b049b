//! `briefing`: read, search and present policy briefs in the terminal.
//!
//! All logic lives in this library so the binary, the tests and the benchmarks share it.

pub mod brief;
pub mod cli;
pub mod present;
pub mod tui;
pub mod ui;
