//! Reading a brief from TOML or JSON, with errors that name the file, the line and the fix.

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::Brief;
use super::validate;

/// Files larger than this are refused before they are read whole: a brief is a few kilobytes.
pub const SIZE_LIMIT: u64 = 16 * 1024 * 1024;

const EMBEDDED_NAME: &str = "assets/brief-346.toml";
const EMBEDDED_TOML: &str = include_str!("../../assets/brief-346.toml");
const EMBEDDED_SOURCE_NAME: &str = "brief-346.txt";
const EMBEDDED_SOURCE: &str = include_str!("../../assets/brief-346.txt");

/// One thing wrong with a brief, located as precisely as the parser or validator knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column in the brief file.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{line}:{column}: {}", self.message),
            (Some(line), None) => write!(f, "{line}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BriefError {
    #[error("{file}: cannot read: {source}")]
    Unreadable {
        file: String,
        source: std::io::Error,
    },
    #[error("{file}: the file is {size} bytes, over the {SIZE_LIMIT}-byte limit for a brief")]
    TooLarge { file: String, size: u64 },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error(
        "{file}:{line}:{column}: the file is not UTF-8 text (byte {byte:#04x} at offset {offset})"
    )]
    NotUtf8 {
        file: String,
        line: usize,
        column: usize,
        offset: usize,
        byte: u8,
    },
    #[error("{}", format_problems(file, problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl BriefError {
    /// The problems to show one a line; a single entry for errors about the file as a whole.
    pub fn lines(&self) -> Vec<String> {
        match self {
            BriefError::Invalid { file, problems } => problems
                .iter()
                .map(|problem| format!("{file}:{problem}"))
                .collect(),
            other => vec![other.to_string()],
        }
    }
}

fn format_problems(file: &str, problems: &[Problem]) -> String {
    let lines: Vec<String> = problems
        .iter()
        .map(|problem| format!("{file}:{problem}"))
        .collect();
    lines.join("\n")
}

/// The brief's file format, chosen by extension: `.json` is JSON, anything else TOML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    pub fn of_path(path: &Path) -> Format {
        match path.extension().and_then(|ext| ext.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Toml,
        }
    }
}

/// The brief compiled into the binary: EAI Background Brief No. 346.
pub fn load_embedded() -> Result<Brief, BriefError> {
    load_str(EMBEDDED_TOML, Format::Toml, EMBEDDED_NAME, &|name| {
        if name == EMBEDDED_SOURCE_NAME {
            Ok(EMBEDDED_SOURCE.to_string())
        } else {
            Err(BriefError::Invalid {
                file: EMBEDDED_NAME.to_string(),
                problems: vec![Problem {
                    line: None,
                    column: None,
                    message: format!("meta.source_file: {name:?} is not embedded"),
                }],
            })
        }
    })
}

/// Loads a brief file; a `source_file` it names is read relative to the brief's folder.
pub fn load_file(path: &Path) -> Result<Brief, BriefError> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    load_str(&text, Format::of_path(path), &name, &|source_name| {
        let source_path: PathBuf = folder.join(source_name);
        read_text(&source_path)
    })
}

/// Parses and validates a brief held in memory. `origin` names it in errors; `read_source`
/// fetches the text a `source_file` field names.
pub fn load_str(
    text: &str,
    format: Format,
    origin: &str,
    read_source: &dyn Fn(&str) -> Result<String, BriefError>,
) -> Result<Brief, BriefError> {
    if text.trim().is_empty() {
        return Err(BriefError::Empty {
            file: origin.to_string(),
        });
    }
    let invalid = |problems: Vec<Problem>| BriefError::Invalid {
        file: origin.to_string(),
        problems,
    };
    let mut brief = parse(text, format).map_err(|problem| invalid(vec![problem]))?;
    match (&brief.meta.source_file, brief.meta.source.is_empty()) {
        (Some(_), false) => {
            return Err(invalid(vec![located(
                text,
                "source_file",
                "meta: give either `source` or `source_file`, not both".to_string(),
            )]));
        }
        (Some(source_name), true) => {
            brief.meta.source = read_source(source_name)?.replace("\r\n", "\n");
            brief.meta.source_file = None;
        }
        (None, true) => {
            return Err(invalid(vec![located(
                text,
                "[meta]",
                "meta: the brief has no source text; give `source` (the text itself) or `source_file` (a path beside the brief)".to_string(),
            )]));
        }
        (None, false) => {}
    }
    let problems: Vec<Problem> = validate::prepare(&mut brief)
        .into_iter()
        .map(|finding| located(text, &finding.anchor, finding.message))
        .collect();
    if problems.is_empty() {
        Ok(brief)
    } else {
        Err(invalid(problems))
    }
}

fn parse(text: &str, format: Format) -> Result<Brief, Problem> {
    match format {
        Format::Toml => toml::from_str::<Brief>(text).map_err(|error| {
            let (line, column) = error.span().map_or((None, None), |span| {
                let (line, column) = line_and_column(text, span.start);
                (Some(line), Some(column))
            });
            Problem {
                line,
                column,
                message: error.message().trim().to_string(),
            }
        }),
        Format::Json => serde_json::from_str::<Brief>(text).map_err(|error| {
            let line = error.line();
            Problem {
                line: (line > 0).then_some(line),
                column: (line > 0).then_some(error.column()),
                message: strip_json_position(&error.to_string()),
            }
        }),
    }
}

/// `serde_json` appends " at line L column C"; the location is printed in front instead.
fn strip_json_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// Attaches the line and column of the first occurrence of `anchor` in the file, if any.
fn located(text: &str, anchor: &str, message: String) -> Problem {
    // An id anchor is best found where the id is defined, not where it is referred to.
    let position = if anchor.is_empty() {
        None
    } else {
        text.find(&format!("id = {anchor}"))
            .or_else(|| text.find(&format!("\"id\": {anchor}")))
            .or_else(|| text.find(anchor))
    };
    match position {
        Some(offset) => {
            let (line, column) = line_and_column(text, offset);
            Problem {
                line: Some(line),
                column: Some(column),
                message,
            }
        }
        None => Problem {
            line: None,
            column: None,
            message,
        },
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Reads a whole file as UTF-8, refusing large, empty or non-text files with their location.
fn read_text(path: &Path) -> Result<String, BriefError> {
    let file_name = path.display().to_string();
    let unreadable = |source| BriefError::Unreadable {
        file: file_name.clone(),
        source,
    };
    let file = File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > SIZE_LIMIT {
        return Err(BriefError::TooLarge {
            file: file_name,
            size,
        });
    }
    // Devices and pipes report no size; the limit still holds while reading.
    let mut bytes = Vec::new();
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
