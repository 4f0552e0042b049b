//! The one seam through which a report (text, Markdown, HTML, PDF) becomes a brief for the
//! library (brief files, TOML or JSON, never pass here), and which files of a folder given
//! to `add` are briefs or reports.

use std::path::{Path, PathBuf};

use super::LibraryError;
use super::store::is_brief_file;
use crate::brief::Brief;

/// Imports the report at `path` into a brief through [`crate::import::import_file`] (text,
/// Markdown, HTML or PDF). Errors: [`LibraryError::Import`], the importer's error as it is
/// (it names the file).
pub fn import_report(path: &Path) -> Result<Brief, LibraryError> {
    Ok(crate::import::import_file(path)?)
}

/// The files of `folder` that `add` takes: briefs (`.toml`, `.json`) and reports (`.txt`,
/// `.md`, `.html`, `.pdf`, any case), not hidden, not in subfolders, sorted by name.
/// Errors: the folder unreadable ([`LibraryError::Io`]); none such in it
/// ([`LibraryError::EmptyFolder`]).
pub fn files_to_add(folder: &Path) -> Result<Vec<PathBuf>, LibraryError> {
    let entries = std::fs::read_dir(folder).map_err(|error| LibraryError::io(folder, error))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|error| LibraryError::io(folder, error))?
            .path();
        let hidden = path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('.'));
        let addable = is_brief_file(&path) || crate::import::is_report(&path);
        if addable && !hidden && !path.is_dir() {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err(LibraryError::EmptyFolder {
            path: folder.to_path_buf(),
        });
    }
    files.sort();
    Ok(files)
}
