//! `briefing`: read, search and present policy briefs in the terminal.
//!
//! All logic lives in this library so the binary, the tests and the benchmarks share it.

pub mod action;
pub mod app;
pub mod brief;
pub mod cli;
pub mod content;
pub mod import;
pub mod keymap;
pub mod layout;
pub mod library;
pub mod present;
pub mod search;
pub mod settings;
pub mod theme;
pub mod tui;
pub mod ui;
