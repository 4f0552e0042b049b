//! Changing the library: adding a brief file or an imported report, and removing a brief,
//! each under the folder's lock and after looking at the folder again; the index follows.

use std::io;
use std::path::Path;

use super::{Entry, IndexLocation, Library, LibraryError, import_report, index, naming, store};
use crate::brief::{self, Brief};

/// What `add` did with one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Added {
    /// Written to the library as this entry.
    New(Entry),
    /// Refused: a brief with the same normalised content is already there, under this id.
    Duplicate { existing: String },
}

impl Library {
    /// Adds a brief file (TOML or JSON) or imports a report (any other file) into the
    /// library, under the lock. Refuses the same normalised content twice.
    pub fn add(&mut self, path: &Path) -> Result<Added, LibraryError> {
        self.add_with(path, &import_report)
    }

    /// As [`Library::add`], with the importer for reports given: the one seam between the
    /// library and the importer, so tests can use a fake.
    pub fn add_with(
        &mut self,
        path: &Path,
        import: &dyn Fn(&Path) -> Result<Brief, LibraryError>,
    ) -> Result<Added, LibraryError> {
        // Only what is missing or a folder is refused here: the loaders refuse a FIFO, a
        // device or a socket before opening it, in their own words.
        match std::fs::metadata(path) {
            Err(error)
                if matches!(
                    error.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                return Err(LibraryError::NoSuchFile {
                    path: path.to_path_buf(),
                });
            }
            Err(error) => return Err(LibraryError::io(path, error)),
            Ok(metadata) if metadata.is_dir() => {
                return Err(LibraryError::Folder {
                    path: path.to_path_buf(),
                });
            }
            Ok(_) => {}
        }
        let (brief, format) = if store::is_brief_file(path) {
            (brief::load_file(path)?, brief::load::Format::of_path(path))
        } else {
            (import(path)?, brief::load::Format::Toml)
        };
        let text = store::export(&brief, format, path)?;
        let hash = store::content_hash(&brief, path)?;
        store::create_folder(&self.root)?;
        if matches!(self.index.location(), IndexLocation::Memory { .. }) {
            // The folder may have just been made: try for an index file again.
            self.index = index::Index::open(&self.root)?;
        }
        let mut lock = store::lock_file(&self.root)?;
        let _held = lock
            .write()
            .map_err(|error| LibraryError::io(&self.root.join(store::LOCK_FILE), error))?;
        // Another shell may have written since we opened: look again under the lock.
        self.index.refresh(&self.root)?;
        if let Some(existing) = self.index.brief_with_hash(&hash)? {
            return Ok(Added::Duplicate { existing });
        }
        let id = store::write_new(&self.root, &naming::base_id(&brief.meta), format, &text)?;
        self.index.refresh(&self.root)?;
        let entry = self
            .entries()?
            .into_iter()
            .find(|entry| entry.id == id)
            .ok_or_else(|| LibraryError::UnknownBrief {
                id: id.clone(),
                root: self.root.clone(),
            })?;
        Ok(Added::New(entry))
    }

    /// Removes the brief with this id (its file), under the lock, and returns the entry it
    /// was; the index follows.
    pub fn remove(&mut self, id: &str) -> Result<Entry, LibraryError> {
        if !self.root.is_dir() {
            return Err(LibraryError::UnknownBrief {
                id: id.to_string(),
                root: self.root.clone(),
            });
        }
        let mut lock = store::lock_file(&self.root)?;
        let _held = lock
            .write()
            .map_err(|error| LibraryError::io(&self.root.join(store::LOCK_FILE), error))?;
        self.index.refresh(&self.root)?;
        let entry = self
            .entries()?
            .into_iter()
            .find(|entry| entry.id == id)
            .ok_or_else(|| LibraryError::UnknownBrief {
                id: id.to_string(),
                root: self.root.clone(),
            })?;
        std::fs::remove_file(&entry.file).map_err(|error| LibraryError::io(&entry.file, error))?;
        self.index.refresh(&self.root)?;
        Ok(entry)
    }
}
