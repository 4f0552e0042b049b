//! The one seam through which a report (text, Markdown, HTML, PDF) becomes a brief for the
//! library; brief files (TOML, JSON) never pass here.

use std::path::Path;

use super::LibraryError;
use crate::brief::Brief;

/// Imports the report at `path` into a brief through [`crate::import::import_file`] (text,
/// Markdown, HTML or PDF). Errors: [`LibraryError::Report`] naming the file, with the
/// importer's located problems joined on one line each.
pub fn import_report(path: &Path) -> Result<Brief, LibraryError> {
    crate::import::import_file(path).map_err(|error| LibraryError::Report {
        path: path.to_path_buf(),
        message: error.lines().join("\n"),
    })
}
