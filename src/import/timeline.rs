//! (stub; being built)
