//! The real binary driven through tmux: open a pane, search, drill down, go back, quit, and
//! check the shell is usable again; signals sent with `kill` and job control give the
//! terminal back; a paste, bracketed or not, is taken at once; a stopped presenter frees
//! its session at once. Each test skips, with a message, when tmux is not installed.

mod explorer;
mod harness;
mod input;
mod present;
mod settings;
mod terminal;
