//! The library folder on disk: which files are briefs, their ids, the lock, atomic writes and
//! the content hash that makes a second copy of a brief recognisable.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use sha2::{Digest, Sha256};

use super::LibraryError;
use crate::brief::Brief;
use crate::brief::load::Format;

/// The lock file every writer of the folder holds while it writes.
pub const LOCK_FILE: &str = ".lock";

/// A brief file found in the folder, with what the index compares to notice a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStat {
    pub id: String,
    pub path: PathBuf,
    /// Bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 when the system has none).
    pub mtime_ns: i64,
}

/// True for the files the library holds as briefs: `.toml` and `.json`, any case.
pub fn is_brief_file(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("toml") || ext.eq_ignore_ascii_case("json"))
}

/// Every brief file in `root`, sorted by file name; hidden files (the index, the lock,
/// temporary files) are skipped. A folder that does not exist holds no files. When two files
/// share a stem (`x.toml`, `x.json`), the second keeps its whole name as its id.
pub fn scan(root: &Path) -> Result<Vec<FileStat>, LibraryError> {
    let reader = match fs::read_dir(root) {
        Ok(reader) => reader,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(LibraryError::at_root(root, error)),
    };
    let mut files = Vec::new();
    for dir_entry in reader {
        let dir_entry = dir_entry.map_err(|error| LibraryError::io(root, error))?;
        let path = dir_entry.path();
        let name = dir_entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !is_brief_file(&path) {
            continue;
        }
        // A file removed between listing and stat is simply not there. The entry's own
        // metadata is asked relative to the folder (no walk down the whole path: a third of
        // the cost over 1,000 files); a symbolic link is followed, as a brief may be one.
        let Ok(metadata) = dir_entry.metadata().and_then(|metadata| {
            if metadata.file_type().is_symlink() {
                fs::metadata(&path)
            } else {
                Ok(metadata)
            }
        }) else {
            continue;
        };
        if !metadata.is_file() {
            continue;
        }
        let mtime_ns = metadata
            .modified()
            .ok()
            .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |age| i64::try_from(age.as_nanos()).unwrap_or(i64::MAX));
        files.push((name, path, metadata.len(), mtime_ns));
    }
    files.sort();
    let mut stats: Vec<FileStat> = Vec::with_capacity(files.len());
    let mut ids = std::collections::HashSet::new();
    for (name, path, size, mtime_ns) in files {
        let stem = path
            .file_stem()
            .map_or_else(|| name.clone(), |stem| stem.to_string_lossy().into_owned());
        let id = if ids.insert(stem.clone()) { stem } else { name };
        stats.push(FileStat {
            id,
            path,
            size,
            mtime_ns,
        });
    }
    Ok(stats)
}

/// The file of the brief with this id, if the folder holds one.
pub fn file_of(root: &Path, id: &str) -> Result<Option<PathBuf>, LibraryError> {
    Ok(scan(root)?
        .into_iter()
        .find(|stat| stat.id == id)
        .map(|stat| stat.path))
}

/// SHA-256 of the bytes, as 64 lowercase hex digits.
pub fn hash_bytes(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            use std::fmt::Write as _;
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// The hash that decides "same content": SHA-256 of the brief's normalised export (compact
/// JSON, source text inline), so a TOML and a JSON copy of one brief hash alike.
pub fn content_hash(brief: &Brief, path: &Path) -> Result<String, LibraryError> {
    let json = serde_json::to_string(brief).map_err(|error| LibraryError::Export {
        path: path.to_path_buf(),
        message: error.to_string(),
    })?;
    Ok(hash_bytes(json.as_bytes()))
}

/// The brief as the library stores it: the normalised export in `format`, source inline, so
/// the copy stands alone whatever files the original named.
pub fn export(brief: &Brief, format: Format, path: &Path) -> Result<String, LibraryError> {
    let text = match format {
        Format::Toml => toml::to_string_pretty(brief).map_err(|error| error.to_string()),
        Format::Json => serde_json::to_string_pretty(brief).map_err(|error| error.to_string()),
    };
    text.map_err(|message| LibraryError::Export {
        path: path.to_path_buf(),
        message,
    })
}

/// Creates the library folder (and its parents) if it is not there yet.
pub fn create_folder(root: &Path) -> Result<(), LibraryError> {
    fs::create_dir_all(root).map_err(|error| LibraryError::at_root(root, error))
}

/// The library's lock file, open; hold `.write()` on it while writing the folder. The lock
/// is advisory (flock on Unix): every `briefing` that writes takes it, so two `add`s from two
/// shells take turns.
pub fn lock_file(root: &Path) -> Result<fd_lock::RwLock<File>, LibraryError> {
    let path = root.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|error| LibraryError::io(&path, error))?;
    Ok(fd_lock::RwLock::new(file))
}

/// Writes `text` as a new file named `base` (or `base-2`, `base-3`… when taken) with the
/// format's extension: into a temporary file in the folder, flushed to disk, then renamed
/// without replacing anything. Returns the id written. Call with the lock held.
pub fn write_new(
    root: &Path,
    base: &str,
    format: Format,
    text: &str,
) -> Result<String, LibraryError> {
    let extension = match format {
        Format::Toml => "toml",
        Format::Json => "json",
    };
    let taken: Vec<String> = scan(root)?.into_iter().map(|stat| stat.id).collect();
    let id = (1..=taken.len() + 1)
        .map(|n| {
            if n == 1 {
                base.to_string()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken.contains(id) && !root.join(format!("{id}.{extension}")).exists())
        .unwrap_or_else(|| base.to_string());
    let target = root.join(format!("{id}.{extension}"));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".adding-");
    // A brief is the user's file like any other: readable by all, as the umask allows,
    // not the temporary file's private 0600.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temporary = builder
        .tempfile_in(root)
        .map_err(|error| LibraryError::io(root, error))?;
    temporary
        .write_all(text.as_bytes())
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|error| LibraryError::io(temporary.path(), error))?;
    temporary
        .persist_noclobber(&target)
        .map_err(|error| LibraryError::io(&target, error.error))?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_toml_and_json_files_are_briefs() {
        assert!(is_brief_file(Path::new("a.toml")));
        assert!(is_brief_file(Path::new("a.JSON")));
        assert!(!is_brief_file(Path::new("a.md")));
        assert!(!is_brief_file(Path::new("toml")));
    }

    #[test]
    fn scan_skips_hidden_files_and_gives_a_shared_stem_its_whole_name() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        for name in [
            "b.toml",
            "b.json",
            ".index.sqlite",
            ".adding-x.toml",
            "notes.txt",
        ] {
            fs::write(folder.path().join(name), "x").expect("write");
        }
        let ids: Vec<String> = scan(folder.path())
            .expect("scan")
            .into_iter()
            .map(|stat| stat.id)
            .collect();
        assert_eq!(ids, ["b", "b.toml"]);
    }

    #[cfg(unix)]
    #[test]
    fn scan_follows_a_linked_brief_and_skips_a_linked_folder() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let elsewhere = tempfile::tempdir().expect("another folder");
        let target = elsewhere.path().join("real.toml");
        fs::write(&target, "twelve bytes").expect("write");
        std::os::unix::fs::symlink(&target, folder.path().join("linked.toml")).expect("link");
        std::os::unix::fs::symlink(elsewhere.path(), folder.path().join("dir.toml")).expect("link");
        let found = scan(folder.path()).expect("scan");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].id.as_str(), found[0].size), ("linked", 12));
    }

    #[test]
    fn a_missing_folder_is_an_empty_library() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        assert!(
            scan(&folder.path().join("absent"))
                .expect("scan")
                .is_empty()
        );
    }

    #[test]
    fn write_new_never_replaces_a_file() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let first = write_new(folder.path(), "brief", Format::Toml, "one").expect("write");
        let second = write_new(folder.path(), "brief", Format::Toml, "two").expect("write");
        assert_eq!((first.as_str(), second.as_str()), ("brief", "brief-2"));
        let text = fs::read_to_string(folder.path().join("brief.toml")).expect("read");
        assert_eq!(text, "one");
    }
}
