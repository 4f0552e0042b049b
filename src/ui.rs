//! Drawing: view functions that take state and an area and never change anything.

pub mod slides;
