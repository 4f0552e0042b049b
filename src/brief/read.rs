//! Reading a brief's files from disk without blocking or overreaching: only regular files,
//! at most [`SIZE_LIMIT`] bytes, UTF-8; a `source_file` only inside the brief's folder.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Component, Path};

use super::problem::{BriefError, SIZE_LIMIT, line_and_column};

/// Reads a whole file as UTF-8, refusing anything that is not a regular file, large, empty or
/// not text, with the file's name and, for bad bytes, their line and column.
///
/// The path is examined before it is opened, and opened non-blocking, so a FIFO, a device
/// or a directory is refused at once instead of hanging in `open()` or `read()`.
pub fn read_text(path: &Path) -> Result<String, BriefError> {
    let file_name = path.display().to_string();
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        let valid = String::from_utf8_lossy(&bytes[..offset]);
        let (line, column) = line_and_column(&valid, valid.len());
        BriefError::NotUtf8 {
            file: file_name,
            line,
            column,
            offset,
            byte: bytes[offset],
        }
    })
}

/// Reads a whole regular file of at most [`SIZE_LIMIT`] bytes, not empty, as bytes: the
/// checks of [`read_text`] but the UTF-8 one, for readers of other formats (a PDF report).
///
/// Errors: `NotAFile` (a FIFO, directory, device, socket: refused before it can block),
/// `Unreadable`, `TooLarge`, `Empty`, each naming the file.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, BriefError> {
    let file_name = path.display().to_string();
    let unreadable = |source| BriefError::Unreadable {
        file: file_name.clone(),
        source,
    };
    let not_a_file = |kind| BriefError::NotAFile {
        file: file_name.clone(),
        kind,
    };
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(not_a_file(kind_of(&metadata)));
    }
    let file = open_nonblocking(path).map_err(unreadable)?;
    // The path may have been swapped between the look and the open: look at what was opened.
    let metadata = file.metadata().map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(not_a_file(kind_of(&metadata)));
    }
    if metadata.len() > SIZE_LIMIT {
        return Err(BriefError::TooLarge {
            file: file_name,
            size: metadata.len(),
        });
    }
    // A file growing while it is read still stops at the limit. Sized once for what the
    // file holds now: growing by doubling would copy a 16 MiB brief several times.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).map_or(0, |len| len + 1));
    file.take(SIZE_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > SIZE_LIMIT {
        return Err(BriefError::TooLarge {
            file: file_name,
            size: bytes.len() as u64,
        });
    }
    if bytes.is_empty() {
        return Err(BriefError::Empty { file: file_name });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().read(true).open(path)
}

/// What kind of thing a path that is not a regular file is, for the error message.
fn kind_of(metadata: &std::fs::Metadata) -> &'static str {
    if metadata.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    "a special file"
}

/// Why a `source_file` name may not be used: it is absolute, or its `..` parts climb out of
/// the brief's folder. `None` when it stays inside (judged on the name alone).
pub fn source_path_problem(name: &str) -> Option<String> {
    let path = Path::new(name);
    let mut depth: usize = 0;
    for component in path.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => {
                return Some(format!(
                    "meta.source_file: {name:?} is an absolute path; give a path relative to the brief's folder"
                ));
            }
            Component::CurDir => {}
            Component::ParentDir => {
                let Some(up) = depth.checked_sub(1) else {
                    return Some(format!(
                        "meta.source_file: {name:?} leaves the brief's folder; put the source beside the brief"
                    ));
                };
                depth = up;
            }
            Component::Normal(_) => depth += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_paths_must_stay_in_the_folder() {
        assert_eq!(source_path_problem("brief.txt"), None);
        assert_eq!(source_path_problem("texts/../brief.txt"), None);
        assert_eq!(source_path_problem("./texts/brief.txt"), None);
        assert!(source_path_problem("/etc/passwd").is_some_and(|m| m.contains("absolute")));
        assert!(source_path_problem("../secret.txt").is_some_and(|m| m.contains("leaves")));
        assert!(source_path_problem("a/../../b").is_some());
    }
}
