//! What can be wrong with a brief and where: the located problem, the loader's error, and
//! (in `problem/locator.rs`) the mapping from byte offsets and item ids to lines and columns.
//!
//! Loading, validation and decks all report through this module and nothing here knows them,
//! so the three never depend on one another in a loop. Locating is linear in the file
//! (issue 12 §5).

mod locator;

use std::fmt;

use super::ItemRef;
use super::escape::visible;

pub use locator::{Locator, line_and_column};

/// Files larger than this are refused before they are read whole: a brief is a few kilobytes.
pub const SIZE_LIMIT: u64 = 16 * 1024 * 1024;

/// Anchors a finding on the brief's `meta` table.
pub const META_ANCHOR: &str = "[meta]";

/// One thing wrong with a brief, located as precisely as the parser or validator knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column (in characters) in the brief file.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// What is wrong and, where it helps, how to fix it. May echo text from the file: print
    /// it through [`Problem`]'s `Display`, which escapes control characters.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown = String::new();
        self.push_to(&mut shown);
        f.write_str(&shown)
    }
}

impl Problem {
    /// Appends `LINE:COLUMN: message` (as much of the position as is known), the message
    /// made [`visible`]: the `Display` form, without a formatter per problem.
    fn push_to(&self, out: &mut String) {
        use fmt::Write as _;
        // Writing to a String cannot fail.
        let _ = match (self.line, self.column) {
            (Some(line), Some(column)) => write!(out, "{line}:{column}: "),
            (Some(line), None) => write!(out, "{line}: "),
            _ => Ok(()),
        };
        out.push_str(&visible(&self.message));
    }
}

/// Why a brief could not be loaded. Every variant names the file; its `Display` and
/// [`BriefError::lines`] show any control characters from the file as escapes.
#[derive(Debug, thiserror::Error)]
pub enum BriefError {
    #[error("{}: cannot read: {source}", visible(file))]
    Unreadable {
        file: String,
        source: std::io::Error,
    },
    /// A FIFO, directory, device or socket: opening or reading it could block or never end.
    #[error(
        "{}: not a regular file ({kind}); give the path of a brief file",
        visible(file)
    )]
    NotAFile { file: String, kind: &'static str },
    #[error(
        "{}: the file is {size} bytes, over the {SIZE_LIMIT}-byte limit for a brief",
        visible(file)
    )]
    TooLarge { file: String, size: u64 },
    #[error("{}: the file is empty", visible(file))]
    Empty { file: String },
    #[error(
        "{}:{line}:{column}: the file is not UTF-8 text (byte {byte:#04x} at offset {offset})",
        visible(file)
    )]
    NotUtf8 {
        file: String,
        line: usize,
        column: usize,
        offset: usize,
        byte: u8,
    },
    #[error("{}", self.lines().join("\n"))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl BriefError {
    /// The problems to show one a line, each `FILE:LINE:COLUMN: message`; a single entry for
    /// errors about the file as a whole. Control characters are escaped.
    pub fn lines(&self) -> Vec<String> {
        match self {
            BriefError::Invalid { file, problems } => {
                let file = visible(file);
                problems
                    .iter()
                    .map(|problem| {
                        let mut line =
                            String::with_capacity(file.len() + problem.message.len() + 24);
                        line.push_str(&file);
                        line.push(':');
                        problem.push_to(&mut line);
                        line
                    })
                    .collect()
            }
            other => vec![other.to_string()],
        }
    }

    /// An invalid brief with one problem.
    pub fn invalid(file: &str, problem: Problem) -> BriefError {
        BriefError::Invalid {
            file: file.to_string(),
            problems: vec![problem],
        }
    }
}

/// A problem found by validation, with where to look for it in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Text whose occurrence in the file locates the problem: an item's quoted id (`"p1"`),
    /// [`META_ANCHOR`] for the `meta` table, or a header such as `[[deck.slides]]`; empty
    /// when unknown.
    pub anchor: String,
    /// Which occurrence of the anchor is meant, from 0: a duplicate id is located at its second
    /// definition, not its first.
    pub occurrence: usize,
    /// The field of the anchored item the problem is in (`quote`, `actors`…), when known.
    pub field: Option<String>,
    /// The item the problem is about; validation turns it into `occurrence`, so a problem of
    /// the second of two items sharing an id is located at the second.
    pub item: Option<ItemRef>,
    pub message: String,
}

impl Finding {
    /// A finding anchored on `anchor`'s first occurrence, in no particular field.
    pub fn new(anchor: impl Into<String>, message: String) -> Finding {
        Finding {
            anchor: anchor.into(),
            occurrence: 0,
            field: None,
            item: None,
            message,
        }
    }

    /// The same finding, located at `field` of its item.
    #[must_use]
    pub fn in_field(mut self, field: &str) -> Finding {
        self.field = Some(field.to_string());
        self
    }

    /// The same finding, about `item`.
    #[must_use]
    pub fn of(mut self, item: ItemRef) -> Finding {
        self.item = Some(item);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_escape_what_the_file_says() {
        let error = BriefError::invalid(
            "b\x1b[2J.toml",
            Problem {
                line: Some(1),
                column: Some(2),
                message: "unknown field `\x1b]52;c;x\x07`".to_string(),
            },
        );
        let lines = error.lines();
        assert_eq!(
            lines,
            vec!["b\\u{1b}[2J.toml:1:2: unknown field `\\u{1b}]52;c;x\\u{7}`"]
        );
        assert!(!error.to_string().contains('\x1b'));
    }
}
