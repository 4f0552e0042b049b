//! The local channel between a presenter and its followers: a small JSON file in the
//! runtime directory, named by session, replaced atomically on every move.
//!
//! A file needs no network set-up, works over a shared SSH login, and lets a follower that
//! starts late read where the talk is. The presenter marks it ended when it quits.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

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

/// What a follower makes of the channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heard {
    /// No presenter has published in this session yet.
    Nothing,
    Live(Published),
    /// The presenter quit or died; this is where it was.
    Ended(Published),
}

/// The file a session's position is published to: in `$XDG_RUNTIME_DIR` when set, else in
/// the temporary directory under the user's name.
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
    match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from) {
        Some(dir) if dir.is_dir() => dir.join(format!("briefing-present-{name}.json")),
        _ => {
            let user = std::env::var("USER").unwrap_or_else(|_| "user".to_string());
            let user: String = user.chars().filter(char::is_ascii_alphanumeric).collect();
            std::env::temp_dir().join(format!("briefing-{user}-present-{name}.json"))
        }
    }
}

/// Writes the position atomically: a follower never reads half a file.
pub fn publish(path: &Path, published: &Published) -> io::Result<()> {
    let text = serde_json::to_string(published).map_err(io::Error::other)?;
    let temporary = path.with_extension(format!("json.{}.tmp", published.pid));
    {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(text.as_bytes())?;
    }
    fs::rename(&temporary, path)
}

/// Reads the channel. A missing or unreadable file is `Nothing`; a live presenter whose
/// process has gone counts as ended.
pub fn listen(path: &Path) -> Heard {
    let Ok(text) = fs::read_to_string(path) else {
        return Heard::Nothing;
    };
    let Ok(published) = serde_json::from_str::<Published>(&text) else {
        return Heard::Nothing;
    };
    if published.live && process_alive(published.pid) {
        Heard::Live(published)
    } else {
        Heard::Ended(published)
    }
}

/// Whether a process exists, where `/proc` can tell; assumed alive elsewhere.
fn process_alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporary_path(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!(
            "briefing-channel-test-{}-{name}.json",
            std::process::id()
        ))
    }

    #[test]
    fn a_late_listener_reads_the_latest_position() {
        let path = temporary_path("late");
        assert_eq!(listen(&path), Heard::Nothing);
        let mut published = Published {
            slide: 2,
            count: 20,
            blanked: false,
            live: true,
            pid: std::process::id(),
        };
        publish(&path, &published).expect("publish");
        published.slide = 5;
        publish(&path, &published).expect("publish again");
        assert_eq!(listen(&path), Heard::Live(published.clone()));
        published.live = false;
        publish(&path, &published).expect("publish end");
        assert_eq!(listen(&path), Heard::Ended(published));
        fs::remove_file(&path).expect("clean up");
    }

    #[test]
    fn a_presenter_that_died_counts_as_ended() {
        let path = temporary_path("dead");
        let published = Published {
            slide: 1,
            count: 3,
            blanked: false,
            live: true,
            pid: u32::MAX - 1,
        };
        publish(&path, &published).expect("publish");
        assert!(matches!(listen(&path), Heard::Ended(_)));
        fs::remove_file(&path).expect("clean up");
    }

    #[test]
    fn session_names_cannot_leave_the_directory() {
        let path = session_path("../../etc/passwd");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        assert!(name.ends_with("present-______etc_passwd.json"), "{name}");
        assert!(
            session_path("")
                .to_string_lossy()
                .ends_with("present-default.json")
        );
    }
}
