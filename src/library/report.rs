//! The one seam through which a report (text, Markdown, HTML, PDF) becomes a brief for the
//! library; brief files (TOML, JSON) never pass here.

use std::path::Path;

use super::LibraryError;
use crate::brief::Brief;

/// Imports the report at `path` into a brief. Today it always fails with
/// [`LibraryError::Report`] naming the file: the importer (`briefing import`) is not merged
/// yet, and this function is where it will be called from.
pub fn import_report(path: &Path) -> Result<Brief, LibraryError> {
    Err(LibraryError::Report {
        path: path.to_path_buf(),
        message: "not a brief file (.toml or .json); importing reports needs `briefing import` \
                  (not merged yet)"
            .to_string(),
    })
}
