//! Reading a brief from TOML or JSON, with errors that name the file, the line and the fix.

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::Brief;
use super::validate::{self, Finding, META_ANCHOR};

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
    let mut brief = parse(text, format).map_err(|mut problem| {
        if problem.message.starts_with("unknown field `slides`") {
            problem.message.push_str(
                "; this looks like a deck file: present it with `briefing present --deck FILE`",
            );
        }
        invalid(vec![problem])
    })?;
    match (&brief.meta.source_file, brief.meta.source.is_empty()) {
        (Some(_), false) => {
            return Err(invalid(vec![located(
                text,
                &meta_finding(
                    "source_file",
                    "meta: give either `source` or `source_file`, not both",
                ),
            )]));
        }
        (Some(source_name), true) => {
            brief.meta.source = read_source(source_name)?.replace("\r\n", "\n");
            brief.meta.source_file = None;
        }
        (None, true) => {
            return Err(invalid(vec![located(
                text,
                &meta_finding(
                    "source",
                    "meta: the brief has no source text; give `source` (the text itself) or `source_file` (a path beside the brief)",
                ),
            )]));
        }
        (None, false) => {}
    }
    let problems: Vec<Problem> = validate::prepare(&mut brief)
        .into_iter()
        .map(|finding| located(text, &finding))
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

fn meta_finding(field: &str, message: &str) -> Finding {
    Finding {
        anchor: META_ANCHOR.to_string(),
        occurrence: 0,
        field: Some(field.to_string()),
        item: None,
        message: message.to_string(),
    }
}

/// Locates a finding in the file: at its field's line within the anchored item when both are
/// found, else where the item is defined, else nowhere.
pub(super) fn located(text: &str, finding: &Finding) -> Problem {
    let item = anchor_offset(text, &finding.anchor, finding.occurrence);
    let position = item.map(|start| {
        finding
            .field
            .as_deref()
            .and_then(|field| field_offset(text, start, field))
            .unwrap_or(start)
    });
    let (line, column) = position.map_or((None, None), |offset| {
        let (line, column) = line_and_column(text, offset);
        (Some(line), Some(column))
    });
    Problem {
        line,
        column,
        message: finding.message.clone(),
    }
}

/// Where the anchored item starts: the `meta` table, or the definition of an id (its
/// `occurrence`-th one, so a duplicate points at the second definition).
fn anchor_offset(text: &str, anchor: &str, occurrence: usize) -> Option<usize> {
    if anchor.is_empty() {
        return None;
    }
    if anchor == META_ANCHOR {
        return text.find(META_ANCHOR).or_else(|| text.find("\"meta\""));
    }
    // An id is best found where it is defined, not where it is referred to.
    let nth = |pattern: &str| {
        text.match_indices(pattern)
            .nth(occurrence)
            .map(|(at, _)| at)
    };
    nth(&format!("id = {anchor}"))
        .or_else(|| nth(&format!("\"id\": {anchor}")))
        .or_else(|| nth(anchor))
        .or_else(|| text.find(anchor))
}

/// The line of `field` inside the item starting at `start`, in TOML (`field = …`) or pretty
/// JSON (`"field": …`). The item ends at the next table header or the next `"id"` key.
fn field_offset(text: &str, start: usize, field: &str) -> Option<usize> {
    let rest = text.get(start..)?;
    let mut offset = start;
    for (index, line) in rest.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if index > 0 && (trimmed.starts_with('[') || trimmed.starts_with("\"id\"")) {
            return None;
        }
        let key = trimmed
            .strip_prefix(field)
            .filter(|after| after.trim_start().starts_with('='))
            .or_else(|| {
                trimmed
                    .strip_prefix(&format!("\"{field}\""))
                    .filter(|after| after.trim_start().starts_with(':'))
            });
        if key.is_some() {
            return Some(offset + indent);
        }
        offset += line.len();
    }
    None
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
