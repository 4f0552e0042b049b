//! The file itself: empty or blank, not UTF-8, over the size limit (refused before it is
//! read) or at it, and a `source_file` that is not there.

use std::fs;
use std::time::{Duration, Instant};

use briefing::brief::load::SIZE_LIMIT;
use briefing::brief::{self, BriefError};

use super::{BASE, assert_problems, check, check_text, position, temp_dir};

#[test]
fn empty_and_blank_files_are_refused() {
    for (test, bytes) in [("empty", &b""[..]), ("blank", &b"  \n\n\t\n"[..])] {
        let (path, checked) = check_text(test, "brief.toml", bytes);
        let file = path.display();
        assert_eq!(checked.status, 1);
        assert_eq!(
            checked.stderr,
            format!("{file}: the file is empty\n{file}: 1 problem found\n")
        );
    }
}

#[test]
fn non_utf8_file_is_refused_at_the_bad_byte() {
    let mut bytes = BASE.as_bytes().to_vec();
    let (line, _) = position(BASE, "title = \"Ferry link\"", 0);
    let at = BASE.find("Ferry link").expect("title") + "Ferry ".len();
    bytes.insert(at, 0xff);
    let (path, checked) = check_text("utf8", "brief.toml", &bytes);
    assert_problems(
        &path,
        &checked,
        &[(
            line,
            16,
            &format!("the file is not UTF-8 text (byte 0xff at offset {at})"),
        )],
    );
}

#[test]
fn file_over_the_size_limit_is_refused_before_it_is_read() {
    let path = temp_dir("size").join("huge.toml");
    let file = fs::File::create(&path).expect("create");
    // Sparse: no disk is used, and reading it whole would take far longer than allowed here.
    file.set_len(SIZE_LIMIT + 1).expect("set_len");
    drop(file);
    let started = Instant::now();
    let checked = check(&path);
    let elapsed = started.elapsed();
    let name = path.display();
    assert_eq!(checked.status, 1);
    assert_eq!(
        checked.stderr,
        format!(
            "{name}: the file is {} bytes, over the {SIZE_LIMIT}-byte limit for a brief\n{name}: 1 problem found\n",
            SIZE_LIMIT + 1
        )
    );
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
    match brief::load_file(&path) {
        Err(BriefError::TooLarge { size, .. }) => assert_eq!(size, SIZE_LIMIT + 1),
        other => panic!("expected TooLarge, got {other:?}"),
    }
    fs::remove_file(&path).ok();
}

#[test]
fn a_file_at_the_limit_is_read() {
    let path = temp_dir("limit").join("at-limit.toml");
    let file = fs::File::create(&path).expect("create");
    file.set_len(SIZE_LIMIT).expect("set_len");
    drop(file);
    // Read, then refused for what it holds (NUL bytes), not for its size.
    let error = brief::load_file(&path).expect_err("NUL bytes are no brief");
    assert!(!matches!(error, BriefError::TooLarge { .. }), "{error}");
    fs::remove_file(&path).ok();
}

#[test]
fn missing_source_file_names_the_file() {
    let start = BASE.find("source = \"\"\"").expect("inline source");
    let end = BASE[start..].find("\"\"\"\n\n").expect("end of source") + start + 4;
    let text = format!(
        "{}source_file = \"absent.txt\"\n{}",
        &BASE[..start],
        &BASE[end..]
    );
    let (path, checked) = check_text("source-file", "brief.toml", text.as_bytes());
    let absent = path.with_file_name("absent.txt");
    assert_eq!(checked.status, 1, "{}", checked.stderr);
    assert!(
        checked
            .stderr
            .starts_with(&format!("{}: cannot read: ", absent.display())),
        "{}",
        checked.stderr
    );
}
