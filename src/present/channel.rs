//! The local channel between a presenter and its followers: a small JSON file in a folder
//! private to the user, named by session, replaced atomically on every move.
//!
//! A file needs no network set-up, works over a shared SSH login, and lets a follower that
//! starts late read where the talk is. The presenter marks it ended when it quits.
//!
//! Other users must not be able to steer or spoil a talk (issue 12 §1): the folder is 0700
//! and the user's own, checked on every use; writes go through a fresh temporary file
//! (`tempfile`, created exclusively, never through a symlink) renamed into place; a follower
//! ignores, with a note, anything at the path that is not the user's own regular file or is
//! over 64 KiB, and never blocks. One presenter holds a session at a time (a lock beside
//! the channel, `flock`, which the system drops with the process), and each position carries
//! a fingerprint of the presenter's deck, so a follower with a different deck says so instead
//! of showing the wrong slide. A presenter told to stop by a signal marks the channel ended
//! and lets go of the lock at once (`Claim::release`, from the signal watcher), not when its
//! process has finished leaving: a new presenter may start straight away.

mod folder;

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use folder::READ_LIMIT;
use folder::{Contents, ensure_private, open_lock, read_channel};

/// The session used when none is named.
pub const DEFAULT_SESSION: &str = "default";

/// What a presenter publishes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// Index of the slide shown (0-based).
    pub slide: usize,
    /// Slides in the presenter's deck, so a follower can tell when its deck differs.
    pub count: usize,
    pub blanked: bool,
    /// False once the presenter has quit.
    pub live: bool,
    /// The presenter's process id, to notice a presenter that died without saying so.
    pub pid: u32,
}

/// The channel file's content: the position and, when the presenter gave it, the
/// [`fingerprint`] of its deck (empty when unknown).
#[derive(Debug, Serialize, Deserialize)]
struct Message {
    #[serde(flatten)]
    published: Published,
    #[serde(default)]
    deck: String,
}

/// What a follower makes of the channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    /// No presenter has published in this session yet.
    Nothing,
    Live(Published),
    /// The presenter quit or died; this is where it was.
    Ended(Published),
    /// A presenter is live but its deck's content differs from the follower's: following it
    /// would show the wrong slides.
    OtherDeck(Published),
    /// Something is at the channel that a follower must not trust (a symlink, another user's
    /// file, a FIFO, a file over [`READ_LIMIT`], a folder open to others); the note says what.
    Ignored(String),
}

/// The file a session's position is published to, in the private channel folder:
/// `$XDG_RUNTIME_DIR/briefing/present-<session>.json`, or `briefing-<uid>/…` in the
/// temporary folder. The session name is reduced to letters, digits, `-` and `_`.
/// The folder is made and checked by [`publish`], [`listen`] and [`claim`], not here.
pub fn session_path(session: &str) -> PathBuf {
    let name: String = session
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let name = if name.is_empty() {
        DEFAULT_SESSION.to_string()
    } else {
        name
    };
    folder::channel_folder().join(format!("present-{name}.json"))
}

/// A short fingerprint of a deck's content (16 hex digits of its SHA-256): presenter and
/// follower compare it to know they show the same slides. Give it the deck as text, e.g. its
/// `Debug` form or its outline.
pub fn fingerprint(deck: &str) -> String {
    let digest = Sha256::digest(deck.as_bytes());
    let mut hex = String::with_capacity(16);
    for byte in digest.iter().take(8) {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Writes the position atomically (a follower never reads half a file), with no deck
/// fingerprint. See [`publish_deck`].
pub fn publish(path: &Path, published: &Published) -> io::Result<()> {
    publish_deck(path, published, "")
}

/// Writes the position and the deck's [`fingerprint`] atomically: into a new temporary file
/// in the channel's folder (made private first, refused if it is not), renamed over the
/// channel. Errors: the folder is not private, or the disk refuses the write.
pub fn publish_deck(path: &Path, published: &Published, deck: &str) -> io::Result<()> {
    let folder = folder_of(path);
    ensure_private(folder)?;
    let message = Message {
        published: published.clone(),
        deck: deck.to_string(),
    };
    let text = serde_json::to_string(&message).map_err(io::Error::other)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".present-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    temporary.write_all(text.as_bytes())?;
    temporary.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// Reads the channel, whatever deck the presenter has. A missing file is `Nothing`; a live
/// presenter whose process has gone counts as ended; anything untrustworthy is `Ignored`.
pub fn listen(path: &Path) -> Heard {
    listen_deck(path, "")
}

/// Reads the channel as a follower whose deck has this [`fingerprint`]: a live presenter
/// with another deck is `OtherDeck`. An empty fingerprint, on either side, matches any.
pub fn listen_deck(path: &Path, deck: &str) -> Heard {
    if let Err(error) = folder::check_private(folder_of(path)) {
        return if error.kind() == io::ErrorKind::NotFound {
            Heard::Nothing
        } else {
            Heard::Ignored(error.to_string())
        };
    }
    let text = match read_channel(path) {
        Contents::Missing => return Heard::Nothing,
        Contents::Ignored(why) => return Heard::Ignored(why),
        Contents::Text(text) => text,
    };
    let Ok(message) = serde_json::from_str::<Message>(&text) else {
        return Heard::Ignored(format!("ignoring {}: not a position", path.display()));
    };
    let published = message.published;
    if !(published.live && process_alive(published.pid)) {
        return Heard::Ended(published);
    }
    if !deck.is_empty() && !message.deck.is_empty() && message.deck != deck {
        return Heard::OtherDeck(published);
    }
    Heard::Live(published)
}

/// A session held by one presenter: the lock is released by `release`, when the last
/// handle is dropped, or when the process ends, however it ends. Handles are shared (the
/// runner's loop publishes through one, the signal watcher releases through another), and
/// everything done `while_held` is done before a release, never after: a presenter on its
/// way out cannot overwrite the position of the one that claimed the session next.
#[derive(Debug, Clone)]
pub struct Claim {
    lock: Arc<Mutex<Option<File>>>,
}

impl Claim {
    /// Runs `work` if the session is still held, and holds it until `work` is done;
    /// `None` once released.
    pub fn while_held<T>(&self, work: impl FnOnce() -> T) -> Option<T> {
        let held = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        held.as_ref().map(|_| work())
    }

    /// Lets go of the session at once, so a new presenter may claim it while this process
    /// is still leaving (restoring its terminal). Nothing is published through it after.
    pub fn release(&self) {
        self.lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
    }
}

/// Takes a session for a presenter, before it starts. Errors: another presenter holds the
/// session (the message says how to present anyway), or the folder is not private.
pub fn claim(path: &Path) -> io::Result<Claim> {
    ensure_private(folder_of(path))?;
    let lock = open_lock(&path.with_extension("lock"))?;
    match rustix::fs::flock(&lock, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(Claim {
            lock: Arc::new(Mutex::new(Some(lock))),
        }),
        Err(rustix::io::Errno::WOULDBLOCK) => Err(io::Error::new(
            io::ErrorKind::AddrInUse,
            "another presenter is presenting in this session; stop it, or present in another with --session NAME",
        )),
        Err(error) => Err(error.into()),
    }
}

fn folder_of(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new("."))
}

/// Whether a process exists, where `/proc` can tell; assumed alive elsewhere.
fn process_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests;
