//! Reading a report file into a [`Document`]: plain text, Markdown, HTML or PDF, chosen by
//! extension and confirmed by content. Only regular files are opened, and no more than the
//! brief loader's size limit is read.
//!
//! Each kind has its module under `read/`; they all produce `compose::Piece`s (front
//! matter, headings, paragraphs) that `compose` lays out as the cleaned source text.

mod clean;
pub(crate) mod compose;
mod front;
mod html;
mod hyphen;
mod markdown;
mod pdf;
mod text;
mod web;

use std::fmt;
use std::path::Path;

use crate::brief::BriefError;
use crate::brief::escape::visible;
use crate::brief::load::SIZE_LIMIT;

use super::Document;

pub use compose::is_heading_like;
pub use pdf::PdfError;

/// The kinds of report the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Text,
    Markdown,
    Html,
    Pdf,
}

impl fmt::Display for ReportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ReportKind::Text => "plain text",
            ReportKind::Markdown => "Markdown",
            ReportKind::Html => "HTML",
            ReportKind::Pdf => "PDF",
        })
    }
}

/// Why a report could not be imported; each names the file and, where it helps, the fix.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: not a regular file ({what}); give a report file", visible(file))]
    NotAFile { file: String, what: &'static str },
    #[error("{}: cannot read: {source}", visible(file))]
    Unreadable {
        file: String,
        source: std::io::Error,
    },
    #[error(
        "{}: the file is {size} bytes, over the {SIZE_LIMIT}-byte limit for a report",
        visible(file)
    )]
    TooLarge { file: String, size: u64 },
    #[error("{}: the file is empty", visible(file))]
    Empty { file: String },
    #[error(
        "{}: unknown kind of report; name it .txt, .md, .markdown, .html, .htm or .pdf (or .toml/.json for a brief)",
        visible(file)
    )]
    UnknownKind { file: String },
    #[error("{}: named as {expected} but its content {found}", visible(file))]
    Mismatch {
        file: String,
        expected: ReportKind,
        found: &'static str,
    },
    #[error("{}: not text: {reason} at byte offset {offset}", visible(file))]
    NotText {
        file: String,
        reason: &'static str,
        offset: usize,
    },
    #[error("{}: {problem}", visible(file))]
    Pdf { file: String, problem: PdfError },
    #[error(
        "{}: no paragraphs found: the report holds no body text",
        visible(file)
    )]
    NoParagraphs { file: String },
    #[error("{}: the imported brief does not pass `check`: {}", visible(file), problems.join("; "))]
    Invalid { file: String, problems: Vec<String> },
    #[error(transparent)]
    Brief(#[from] BriefError),
}

impl ImportError {
    /// The problems to show one a line, as [`BriefError::lines`] does.
    pub fn lines(&self) -> Vec<String> {
        match self {
            ImportError::Brief(error) => error.lines(),
            ImportError::Invalid { file, problems } => problems
                .iter()
                .map(|problem| format!("{file}: imported brief: {problem}"))
                .collect(),
            other => vec![other.to_string()],
        }
    }
}

/// The kind of report at `path`, by extension; `None` for an unknown extension.
pub fn kind_of(path: &Path) -> Option<ReportKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(ReportKind::Text),
        "md" | "markdown" => Some(ReportKind::Markdown),
        "html" | "htm" => Some(ReportKind::Html),
        "pdf" => Some(ReportKind::Pdf),
        _ => None,
    }
}

/// Reads the report at `path` into a document.
///
/// Refuses, before opening, anything that is not a regular file (a directory, FIFO, socket
/// or device); then a file over [`SIZE_LIMIT`] bytes, an empty one, an unknown extension,
/// content that is not what the extension says (`%PDF-` for PDF, an `<html`/`<!DOCTYPE
/// html`/`<body` opening for HTML, UTF-8 text without NUL bytes for text and Markdown), a
/// PDF without a text layer, encrypted or broken, and a report with no body paragraphs.
pub fn read_file(path: &Path) -> Result<Document, ImportError> {
    let file = path.display().to_string();
    // Read first, so a folder or a FIFO is called what it is even without an extension.
    let bytes = read_bytes(path, &file)?;
    let kind = kind_of(path).ok_or_else(|| ImportError::UnknownKind { file: file.clone() })?;
    let doc = read_bytes_as(&bytes, kind, &file)?;
    if doc.paragraphs.is_empty() {
        return Err(ImportError::NoParagraphs { file });
    }
    Ok(doc)
}

/// Reads a report held in memory as `kind`; `file` names it in errors. Confirms the content
/// is of that kind, as [`read_file`] does, but does not require paragraphs.
pub fn read_bytes_as(bytes: &[u8], kind: ReportKind, file: &str) -> Result<Document, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty {
            file: file.to_string(),
        });
    }
    let mismatch = |found| ImportError::Mismatch {
        file: file.to_string(),
        expected: kind,
        found,
    };
    let head = &bytes[..bytes.len().min(1024)];
    let starts_pdf = head.windows(5).any(|w| w == b"%PDF-");
    if kind == ReportKind::Pdf {
        if !starts_pdf {
            return Err(mismatch("does not start with %PDF-"));
        }
        let pieces = pdf::pieces(bytes).map_err(|problem| ImportError::Pdf {
            file: file.to_string(),
            problem,
        })?;
        return Ok(compose::compose(pieces));
    }
    if starts_pdf {
        return Err(mismatch("is a PDF (it starts with %PDF-)"));
    }
    let text = as_text(bytes, file)?;
    let looks_html = looks_like_html(&text);
    let text = clean::normalize(&text);
    let pieces = match kind {
        ReportKind::Html if !looks_html => {
            return Err(mismatch(
                "does not open with <html, <!DOCTYPE html or <body",
            ));
        }
        ReportKind::Html => html::pieces(&text),
        ReportKind::Text if looks_html => return Err(mismatch("is an HTML page")),
        ReportKind::Text => text::pieces(&text),
        ReportKind::Markdown => markdown::pieces(&text),
        ReportKind::Pdf => unreachable!("PDF is handled above"),
    };
    Ok(compose::compose(pieces))
}

/// Reads plain text into a document: paragraphs are separated by blank lines; front matter
/// and heading-like lines are kept apart (see `read/text.rs`).
pub fn from_text(text: &str) -> Document {
    compose::compose(text::pieces(&clean::normalize(text)))
}

/// Reads Markdown into a document (see `read/markdown.rs`).
pub fn from_markdown(text: &str) -> Document {
    compose::compose(markdown::pieces(&clean::normalize(text)))
}

/// Reads an HTML page into a document (see `read/html.rs`).
pub fn from_html(text: &str) -> Document {
    compose::compose(html::pieces(&clean::normalize(text)))
}

/// Reads at most [`SIZE_LIMIT`] bytes of a regular file through the brief loader's reader
/// (`brief::read::read_bytes`: type checked before a non-blocking open, and again after),
/// with the errors worded for a report.
fn read_bytes(path: &Path, file: &str) -> Result<Vec<u8>, ImportError> {
    crate::brief::read::read_bytes(path).map_err(|error| match error {
        BriefError::NotAFile { kind, .. } => ImportError::NotAFile {
            file: file.to_string(),
            what: kind,
        },
        BriefError::Unreadable { source, .. } => ImportError::Unreadable {
            file: file.to_string(),
            source,
        },
        BriefError::TooLarge { size, .. } => ImportError::TooLarge {
            file: file.to_string(),
            size,
        },
        BriefError::Empty { .. } => ImportError::Empty {
            file: file.to_string(),
        },
        other => ImportError::Brief(other),
    })
}

/// The bytes as UTF-8 text; NUL bytes or invalid UTF-8 mean binary data.
fn as_text(bytes: &[u8], file: &str) -> Result<String, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|error| ImportError::NotText {
        file: file.to_string(),
        reason: "invalid UTF-8",
        offset: error.valid_up_to(),
    })?;
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ImportError::NotText {
            file: file.to_string(),
            reason: "a NUL byte",
            offset,
        });
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}

/// Whether the text opens as an HTML page: `<!DOCTYPE html`, `<html` or `<body` within its
/// first kilobyte, after white space and comments.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_lowercase();
    head.starts_with('<')
        && (head.contains("<!doctype html") || head.contains("<html") || head.contains("<body"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_by_extension() {
        assert_eq!(kind_of(Path::new("a/b.PDF")), Some(ReportKind::Pdf));
        assert_eq!(kind_of(Path::new("x.markdown")), Some(ReportKind::Markdown));
        assert_eq!(kind_of(Path::new("x.htm")), Some(ReportKind::Html));
        assert_eq!(kind_of(Path::new("x.toml")), None);
        assert_eq!(kind_of(Path::new("noext")), None);
    }

    #[test]
    fn content_must_match_the_extension() {
        let error = read_bytes_as(b"just text", ReportKind::Pdf, "a.pdf").unwrap_err();
        assert!(error.to_string().contains("%PDF-"), "{error}");
        let error = read_bytes_as(b"%PDF-1.4\n", ReportKind::Text, "a.txt").unwrap_err();
        assert!(error.to_string().contains("is a PDF"), "{error}");
        let error = read_bytes_as(b"plain words", ReportKind::Html, "a.html").unwrap_err();
        assert!(error.to_string().contains("<html"), "{error}");
        let error =
            read_bytes_as(b"<!DOCTYPE html><p>x</p>", ReportKind::Text, "a.txt").unwrap_err();
        assert!(error.to_string().contains("HTML"), "{error}");
    }

    #[test]
    fn binary_noise_is_not_text() {
        let error =
            read_bytes_as(&[0x41, 0xff, 0xfe, 0x00], ReportKind::Text, "n.txt").unwrap_err();
        assert!(
            error.to_string().contains("invalid UTF-8 at byte offset 1"),
            "{error}"
        );
        let error = read_bytes_as(b"ab\0cd", ReportKind::Markdown, "n.md").unwrap_err();
        assert!(error.to_string().contains("NUL"), "{error}");
    }

    #[test]
    fn white_space_only_is_empty() {
        let error = read_bytes_as(b" \n\t\n", ReportKind::Text, "e.txt").unwrap_err();
        assert!(matches!(error, ImportError::Empty { .. }));
    }
}
