//! `briefing import` and opening reports directly, run as the real binary: what it prints,
//! that `check` accepts the result, and one clear error (exit 1, no panic) for each kind of
//! bad input.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_briefing");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// A fresh folder for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefing-import-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("the temporary folder is writable");
    dir
}

fn run(args: &[&str]) -> Output {
    // A library folder that does not exist: an empty library, whatever the developer keeps.
    let no_library =
        std::env::temp_dir().join(format!("briefing-no-library-{}", std::process::id()));
    Command::new(BIN)
        .args(args)
        .env("BRIEFING_LIBRARY", no_library)
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A minimal PDF with correct cross-reference offsets; `objects` are numbered from 1 and
/// object 1 must be the catalog. `trailer_extra` goes into the trailer dictionary.
fn pdf(objects: &[&str], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A one-page PDF whose page draws nothing but a rectangle: what a scan without OCR gives.
fn scanned_pdf() -> Vec<u8> {
    let content = "0 0 m 100 100 l S";
    pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
            &format!(
                "<< /Length {} >>\nstream\n{content}\nendstream",
                content.len()
            ),
        ],
        "",
    )
}

/// A PDF whose trailer names a standard security handler with a user password.
fn encrypted_pdf() -> Vec<u8> {
    let key = "(0123456789abcdef0123456789abcdef)";
    pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>",
            &format!("<< /Filter /Standard /V 1 /R 2 /O {key} /U {key} /P -4 >>"),
        ],
        "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
    )
}

/// Runs `briefing import FILE` on a bad input and returns its one stderr line.
fn refused(path: &Path) -> String {
    let output = run(&["import", path.to_str().expect("UTF-8 path")]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{}: {err}", path.display());
    assert!(output.stdout.is_empty(), "nothing on stdout");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("briefing: "), "{err}");
    assert!(
        err.contains(&*path.file_name().expect("a file name").to_string_lossy()),
        "names the file: {err}"
    );
    err
}

#[test]
fn import_prints_a_brief_that_check_accepts() {
    let dir = scratch("text");
    let report = fixture("03-us-iran-ceasefire.txt");
    let output = run(&["import", report.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let toml = String::from_utf8(output.stdout.clone()).unwrap();
    assert!(toml.contains("origin = \"import\""), "marked as imported");
    assert!(
        toml.contains("title = \"U.S.-Iran Ceasefire"),
        "title from the front matter"
    );
    let err = stderr(&output);
    assert!(
        err.starts_with("imported 03-us-iran-ceasefire.txt: ")
            && err.contains(" paragraphs, ")
            && err.contains(" positions (")
            && err.trim_end().ends_with(" s)"),
        "{err}"
    );
    let out = dir.join("brief.toml");
    fs::write(&out, toml).unwrap();
    let check = run(&["check", out.to_str().unwrap()]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn import_writes_json_to_an_output_file_for_every_kind() {
    let dir = scratch("kinds");
    for name in [
        "03-us-iran-ceasefire.txt",
        "IN12682v2-kings-and-queens.md",
        "IF11175.11.pdf",
    ] {
        let out = dir.join(format!("{name}.json"));
        let output = run(&[
            "import",
            fixture(name).to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        assert!(
            output.stdout.is_empty(),
            "{name}: written to the file, not stdout"
        );
        let text = fs::read_to_string(&out).unwrap();
        assert!(
            text.trim_start().starts_with('{'),
            "{name}: JSON by the .json name"
        );
        let check = run(&["check", out.to_str().unwrap()]);
        assert!(check.status.success(), "{name}: {}", stderr(&check));
    }
}

#[test]
fn html_reports_import_too() {
    let dir = scratch("html");
    let page = dir.join("report.html");
    fs::write(
        &page,
        "<!DOCTYPE html><html><head><title>Trade Report</title></head><body><nav><a href='/'>Home</a></nav><h1>Trade Report</h1><h2>Trade in Goods</h2><p>Trade grew by 3% in 2025, the report finds after a long look at the data.</p></body></html>",
    )
    .unwrap();
    let output = run(&["import", page.to_str().unwrap(), "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["meta"]["title"], "Trade Report");
    assert_eq!(json["summary"][0]["section"], "Trade in Goods");
}

#[test]
fn lookups_and_the_file_argument_open_reports() {
    let report = fixture("IN12682v2-kings-and-queens.md");
    let output = run(&["show", "summary", "--file", report.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Invitation Process"));
    assert!(stderr(&output).starts_with("imported IN12682v2-kings-and-queens.md: "));
    let output = run(&[report.to_str().unwrap(), "search", "Juliana"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Juliana"));
    let output = run(&["present", report.to_str().unwrap(), "--outline"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .starts_with("# Kings and Queens Addressing Joint Meetings of Congress")
    );
}

#[test]
fn a_bad_report_given_as_file_fails_with_its_error() {
    let dir = scratch("bad-file");
    let path = dir.join("empty.md");
    fs::write(&path, "").unwrap();
    let output = run(&["show", "summary", "--file", path.to_str().unwrap()]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(
        err.starts_with("briefing: ") && err.contains("the file is empty"),
        "{err}"
    );
}

#[test]
fn an_output_may_not_overwrite_the_report() {
    let dir = scratch("overwrite");
    let report = dir.join("r.txt");
    fs::copy(fixture("03-us-iran-ceasefire.txt"), &report).unwrap();
    let output = run(&[
        "import",
        report.to_str().unwrap(),
        "-o",
        report.to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("overwrite"));
    assert_eq!(
        fs::read(&report).unwrap(),
        fs::read(fixture("03-us-iran-ceasefire.txt")).unwrap()
    );
}

#[test]
fn an_empty_file_is_refused() {
    let dir = scratch("empty");
    let path = dir.join("empty.txt");
    fs::write(&path, "").unwrap();
    assert!(refused(&path).contains("empty"));
}

#[test]
fn binary_noise_is_refused() {
    let dir = scratch("noise");
    let path = dir.join("noise.txt");
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&path, noise).unwrap();
    assert!(refused(&path).contains("not text"));
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let dir = scratch("large");
    let path = dir.join("large.md");
    let file = fs::File::create(&path).unwrap();
    file.set_len(16 * 1024 * 1024 + 1).unwrap();
    assert!(refused(&path).contains("over the 16777216-byte limit"));
}

#[test]
fn a_directory_is_refused() {
    let dir = scratch("dir");
    let path = dir.join("folder.txt");
    fs::create_dir(&path).unwrap();
    assert!(refused(&path).contains("a directory"));
    // Without an extension it is still called a directory, not an unknown kind of report.
    let bare = dir.join("reports");
    fs::create_dir(&bare).unwrap();
    assert!(refused(&bare).contains("a directory"), "{}", refused(&bare));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = scratch("fifo");
    let path = dir.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&path).status();
    if !made.is_ok_and(|status| status.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    assert!(refused(&path).contains("a FIFO"));
}

#[test]
fn a_scanned_pdf_needs_ocr() {
    let dir = scratch("scan");
    let path = dir.join("scan.pdf");
    fs::write(&path, scanned_pdf()).unwrap();
    assert!(refused(&path).contains("no text layer: run OCR first"));
}

#[test]
fn an_encrypted_pdf_is_refused() {
    let dir = scratch("encrypted");
    let path = dir.join("locked.pdf");
    fs::write(&path, encrypted_pdf()).unwrap();
    assert!(refused(&path).contains("encrypted"));
}

#[test]
fn a_broken_pdf_is_refused() {
    let dir = scratch("broken");
    let path = dir.join("broken.pdf");
    let mut bytes = fs::read(fixture("IF11175.11.pdf")).unwrap();
    bytes.truncate(2000);
    fs::write(&path, bytes).unwrap();
    assert!(refused(&path).contains("PDF"));
}

#[test]
fn an_unknown_kind_or_a_mismatch_is_refused() {
    let dir = scratch("kind");
    let path = dir.join("report.docx");
    fs::write(&path, "words").unwrap();
    assert!(refused(&path).contains("unknown kind of report"));
    let path = dir.join("fake.pdf");
    fs::write(&path, "Just some text, not a PDF.").unwrap();
    assert!(refused(&path).contains("does not start with %PDF-"));
}
