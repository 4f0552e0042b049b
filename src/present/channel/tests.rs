//! The channel against a careless or hostile neighbour: planted symlinks and FIFOs, huge
//! files, folders open to others, a second presenter, a follower with another deck.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use super::*;

fn private_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temporary folder");
    fs::set_permissions(folder.path(), fs::Permissions::from_mode(0o700)).expect("chmod");
    folder
}

fn at(slide: usize) -> Published {
    Published {
        slide,
        count: 20,
        blanked: false,
        live: true,
        pid: std::process::id(),
    }
}

fn is_ignored(heard: &Heard, says: &str) -> bool {
    matches!(heard, Heard::Ignored(note) if note.contains(says))
}

#[test]
fn a_late_listener_reads_the_latest_position() {
    let folder = private_folder();
    let path = folder.path().join("present-late.json");
    assert_eq!(listen(&path), Heard::Nothing);
    let mut published = at(2);
    publish(&path, &published).expect("publish");
    published.slide = 5;
    publish(&path, &published).expect("publish again");
    assert_eq!(listen(&path), Heard::Live(published.clone()));
    published.live = false;
    publish(&path, &published).expect("publish end");
    assert_eq!(listen(&path), Heard::Ended(published));
    let left: Vec<_> = fs::read_dir(folder.path()).expect("list").collect();
    assert_eq!(left.len(), 1, "no temporary files are left behind");
}

#[test]
fn a_presenter_that_died_counts_as_ended() {
    let folder = private_folder();
    let path = folder.path().join("present-dead.json");
    let mut published = at(1);
    published.pid = u32::MAX - 1;
    publish(&path, &published).expect("publish");
    assert!(matches!(listen(&path), Heard::Ended(_)));
}

#[test]
fn session_names_cannot_leave_the_folder() {
    let path = session_path("../../etc/passwd");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    assert_eq!(name, "present-______etc_passwd.json");
    assert_eq!(path.parent(), Some(folder::channel_folder().as_path()));
    assert!(
        session_path("")
            .to_string_lossy()
            .ends_with("present-default.json")
    );
}

#[test]
fn the_channel_folder_is_created_private() {
    let parent = private_folder();
    let folder = parent.path().join("briefing");
    let path = folder.join("present-new.json");
    publish(&path, &at(0)).expect("publish creates the folder");
    let mode = fs::metadata(&folder).expect("folder").permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
    assert_eq!(listen(&path), Heard::Live(at(0)));
}

#[test]
fn a_planted_symlink_is_neither_followed_nor_written_through() {
    let folder = private_folder();
    let victim = folder.path().join("victim.txt");
    fs::write(&victim, "precious").expect("victim");
    let path = folder.path().join("present-s.json");
    std::os::unix::fs::symlink(&victim, &path).expect("plant symlink");
    assert!(is_ignored(&listen(&path), "symlink"), "{:?}", listen(&path));
    publish(&path, &at(3)).expect("publish replaces the link");
    assert_eq!(fs::read_to_string(&victim).expect("victim"), "precious");
    assert!(
        !fs::symlink_metadata(&path)
            .expect("channel")
            .file_type()
            .is_symlink()
    );
    assert_eq!(listen(&path), Heard::Live(at(3)));
}

#[test]
fn a_planted_fifo_is_ignored_at_once() {
    let folder = private_folder();
    let path = folder.path().join("present-f.json");
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo");
    let started = Instant::now();
    let heard = listen(&path);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "listening blocked"
    );
    assert!(is_ignored(&heard, "not a regular file"), "{heard:?}");
}

#[test]
fn an_oversized_channel_is_ignored_without_reading_it() {
    let folder = private_folder();
    let path = folder.path().join("present-big.json");
    let file = fs::File::create(&path).expect("create");
    file.set_len(200 * 1024 * 1024)
        .expect("a sparse 200 MB file");
    assert!(is_ignored(&listen(&path), "larger than 64 KiB"));
}

#[test]
fn a_folder_open_to_others_is_refused() {
    let folder = private_folder();
    let path = folder.path().join("present-open.json");
    publish(&path, &at(1)).expect("publish");
    fs::set_permissions(folder.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let error = publish(&path, &at(2)).expect_err("an open folder is refused");
    assert!(error.to_string().contains("mode 0755"), "{error}");
    assert!(is_ignored(&listen(&path), "mode 0755"));
    assert!(claim(&path).is_err());
    fs::set_permissions(folder.path(), fs::Permissions::from_mode(0o700)).expect("chmod back");
}

#[test]
fn another_user_s_file_is_ignored() {
    if folder::user_id() != 0 {
        eprintln!("skipped: only root can plant a file owned by another user");
        return;
    }
    let folder = private_folder();
    let path = folder.path().join("present-theirs.json");
    publish(&path, &at(4)).expect("publish");
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).expect("chown");
    assert!(is_ignored(&listen(&path), "belongs to user 65534"));
}

#[test]
fn a_second_presenter_in_a_session_is_refused() {
    let folder = private_folder();
    let path = folder.path().join("present-two.json");
    let first = claim(&path).expect("the first presenter claims the session");
    let second = claim(&path).expect_err("the second is refused");
    assert!(second.to_string().contains("another presenter"), "{second}");
    drop(first);
    claim(&path).expect("free again once the first has gone");
}

#[test]
fn a_follower_with_another_deck_hears_so() {
    let folder = private_folder();
    let path = folder.path().join("present-deck.json");
    let ours = fingerprint("deck one");
    assert_eq!(ours.len(), 16);
    assert_ne!(ours, fingerprint("deck two"));
    publish_deck(&path, &at(6), &ours).expect("publish");
    assert_eq!(listen_deck(&path, &ours), Heard::Live(at(6)));
    assert_eq!(
        listen_deck(&path, &fingerprint("deck two")),
        Heard::OtherDeck(at(6))
    );
    // Without a fingerprint on either side, any deck is followed.
    assert_eq!(listen(&path), Heard::Live(at(6)));
}
