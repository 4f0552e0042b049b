//! What can go wrong with the library: [`LibraryError`], each variant naming the file or id
//! to look at once, and how an error on the library folder itself is told apart.

use std::io;
use std::path::{Path, PathBuf};

use super::LIBRARY_VAR;
#[cfg(doc)]
use super::{Library, files_to_add};
use crate::brief::BriefError;

/// Everything that can go wrong with the library, each naming the file or id to look at
/// once: a variant that wraps another error (a brief's, an import's) adds nothing to it,
/// since that error already names its file.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("no home folder to keep the library in: set {LIBRARY_VAR} to a folder")]
    NoDataFolder,
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    /// The library's place is taken by a file (or a file stands where a folder of its path
    /// should be).
    #[error("{}: the library must be a folder, and a file is in the way; set {LIBRARY_VAR} to a folder", path.display())]
    NotAFolder { path: PathBuf },
    /// `add` was given nothing at this path.
    #[error("{}: no such file", path.display())]
    NoSuchFile { path: PathBuf },
    /// [`Library::add`] was given a folder (the CLI adds the files in it instead, as
    /// [`files_to_add`] lists them).
    #[error("{}: a folder, not a brief or report file", path.display())]
    Folder { path: PathBuf },
    /// A folder given to `add` holds no brief or report.
    #[error("{}: no briefs (.toml, .json) or reports (.txt, .md, .html, .pdf) in this folder", path.display())]
    EmptyFolder { path: PathBuf },
    #[error(transparent)]
    Brief(#[from] BriefError),
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    #[error("{id}: no such brief in the library ({root}); `briefing list` shows the ids")]
    UnknownBrief { id: String, root: PathBuf },
    #[error("library index: {0}")]
    Index(#[from] rusqlite::Error),
    #[error("{path}: cannot write the brief: {message}")]
    Export { path: PathBuf, message: String },
}

impl LibraryError {
    pub(crate) fn io(path: &Path, source: io::Error) -> LibraryError {
        LibraryError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// An I/O error on the library folder `root` itself: a file in its place (or in the
    /// place of a folder above it) is [`LibraryError::NotAFolder`], anything else
    /// [`LibraryError::Io`].
    pub(crate) fn at_root(root: &Path, source: io::Error) -> LibraryError {
        let file_in_the_way =
            source.kind() == io::ErrorKind::NotADirectory || (root.exists() && !root.is_dir());
        if file_in_the_way {
            return LibraryError::NotAFolder {
                path: root.to_path_buf(),
            };
        }
        LibraryError::io(root, source)
    }

    /// The problems to show one a line, as [`BriefError::lines`] gives them: each located
    /// problem of a brief or an imported report on its own line, else the one message.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LibraryError::Brief(error) => error.lines(),
            LibraryError::Import(error) => error.lines(),
            other => vec![other.to_string()],
        }
    }
}
