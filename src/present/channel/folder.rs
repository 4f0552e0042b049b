//! The channel's private folder and the careful reading of what is in it: only the user's
//! own regular files, never through a symlink, never more than [`READ_LIMIT`] bytes, never
//! blocking.

use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The most a follower reads of a channel file: a position is under 200 bytes.
pub const READ_LIMIT: u64 = 64 * 1024;

/// The folder channels live in: `$XDG_RUNTIME_DIR/briefing` when that is set to a folder
/// (private to the user by the XDG spec), else `briefing-<uid>` in the temporary folder.
pub fn channel_folder() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) {
        Some(runtime) if runtime.is_absolute() && runtime.is_dir() => runtime.join("briefing"),
        _ => std::env::temp_dir().join(format!("briefing-{}", user_id())),
    }
}

/// The real user id of this process.
pub fn user_id() -> u32 {
    rustix::process::getuid().as_raw()
}

/// Makes sure `folder` is a private folder of the user's: creates it with mode 0700 when
/// missing; an existing one must be a real folder (not a symlink), owned by the user, with
/// no permissions for group or others. Errors say which rule is broken and what to do.
pub fn ensure_private(folder: &Path) -> io::Result<()> {
    match fs::symlink_metadata(folder) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            match DirBuilder::new().mode(0o700).create(folder) {
                Ok(()) => {}
                // Someone made it in between: judge what is there now.
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
                Err(error) => return Err(error),
            }
            check_private(folder)
        }
        Err(error) => Err(error),
        Ok(_) => check_private(folder),
    }
}

/// Whether `folder` is private to the user, without creating it.
pub fn check_private(folder: &Path) -> io::Result<()> {
    let metadata = fs::symlink_metadata(folder)?;
    let shown = folder.display();
    let refuse = |why: String| {
        Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("the channel folder {shown} {why}; remove it and start again"),
        ))
    };
    if metadata.file_type().is_symlink() {
        return refuse("is a symlink".to_string());
    }
    if !metadata.is_dir() {
        return refuse("is not a folder".to_string());
    }
    if metadata.uid() != user_id() {
        return refuse(format!("belongs to user {}, not to you", metadata.uid()));
    }
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return refuse(format!(
            "has mode {mode:04o}, open to others (0700 expected)"
        ));
    }
    Ok(())
}

/// What is at a channel path, read with care.
#[derive(Debug, PartialEq, Eq)]
pub enum Contents {
    Missing,
    Text(String),
    /// Something a follower must not trust, and why.
    Ignored(String),
}

/// Reads a channel file: at most [`READ_LIMIT`] bytes of the user's own regular file, opened
/// without following a symlink and without blocking (a FIFO or device planted at the path is
/// refused, not waited on).
pub fn read_channel(path: &Path) -> Contents {
    let shown = path.display();
    let metadata = match fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Contents::Missing,
        Err(error) => return Contents::Ignored(format!("cannot read {shown}: {error}")),
    };
    if let Some(why) = untrusted(&metadata) {
        return Contents::Ignored(format!("ignoring {shown}: {why}"));
    }
    let file = match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
    {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Contents::Missing,
        Err(error) => return Contents::Ignored(format!("ignoring {shown}: {error}")),
    };
    // What was opened may not be what was looked at.
    match file.metadata().map(|metadata| untrusted(&metadata)) {
        Ok(None) => {}
        Ok(Some(why)) => return Contents::Ignored(format!("ignoring {shown}: {why}")),
        Err(error) => return Contents::Ignored(format!("ignoring {shown}: {error}")),
    }
    let mut bytes = Vec::new();
    if let Err(error) = file.take(READ_LIMIT + 1).read_to_end(&mut bytes) {
        return Contents::Ignored(format!("ignoring {shown}: {error}"));
    }
    if bytes.len() as u64 > READ_LIMIT {
        return Contents::Ignored(format!(
            "ignoring {shown}: larger than {} KiB",
            READ_LIMIT / 1024
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Contents::Text(text),
        Err(_) => Contents::Ignored(format!("ignoring {shown}: not UTF-8 text")),
    }
}

/// Why a channel file must not be read, if it must not.
fn untrusted(metadata: &fs::Metadata) -> Option<String> {
    if metadata.file_type().is_symlink() {
        return Some("it is a symlink".to_string());
    }
    if !metadata.is_file() {
        return Some("it is not a regular file".to_string());
    }
    if metadata.uid() != user_id() {
        return Some(format!("it belongs to user {}, not to you", metadata.uid()));
    }
    if metadata.len() > READ_LIMIT {
        return Some(format!("larger than {} KiB", READ_LIMIT / 1024));
    }
    None
}

/// Opens (creating) a lock file beside the channel, without following a symlink.
pub fn open_lock(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}
