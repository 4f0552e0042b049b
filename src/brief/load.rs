//! Reading a brief from TOML or JSON, with errors that name the file, the line and the fix.

use std::path::Path;

use super::Brief;
use super::problem::{Finding, Locator, META_ANCHOR, Problem};
use super::read::{read_text, source_path_problem};
use super::validate;

pub use super::problem::{BriefError, SIZE_LIMIT};

const EMBEDDED_NAME: &str = "assets/brief-346.toml";
const EMBEDDED_TOML: &str = include_str!("../../assets/brief-346.toml");
const EMBEDDED_SOURCE_NAME: &str = "brief-346.txt";
const EMBEDDED_SOURCE: &str = include_str!("../../assets/brief-346.txt");

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
            Err(BriefError::invalid(
                EMBEDDED_NAME,
                Problem {
                    line: None,
                    column: None,
                    message: format!("meta.source_file: {name:?} is not embedded"),
                },
            ))
        }
    })
}

/// Loads a brief file; a `source_file` it names is read relative to the brief's folder.
/// Anything but a regular file is refused at once (never blocks), as is a `source_file`
/// outside the folder.
pub fn load_file(path: &Path) -> Result<Brief, BriefError> {
    let name = path.display().to_string();
    let text = read_text(path)?;
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    load_str(&text, Format::of_path(path), &name, &|source_name| {
        read_text(&folder.join(source_name))
    })
}

/// Parses and validates a brief held in memory. `origin` names it in errors; `read_source`
/// fetches the text a `source_file` field names (relative, inside the brief's folder: other
/// names are refused before it is called).
///
/// A leading byte-order mark is skipped and CRLF line ends read as LF, in the brief and in
/// its source text, so files saved by Windows editors load as they look.
pub fn load_str(
    text: &str,
    format: Format,
    origin: &str,
    read_source: &dyn Fn(&str) -> Result<String, BriefError>,
) -> Result<Brief, BriefError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let normalised;
    let text = if text.contains("\r\n") {
        normalised = text.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        text
    };
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
    let meta_problem =
        |field: &str, message: String| Locator::new(text).locate(&meta_finding(field, message));
    match (&brief.meta.source_file, brief.meta.source.is_empty()) {
        (Some(_), false) => {
            return Err(invalid(vec![meta_problem(
                "source_file",
                "meta: give either `source` or `source_file`, not both".to_string(),
            )]));
        }
        (Some(source_name), true) => {
            if let Some(message) = source_path_problem(source_name) {
                return Err(invalid(vec![meta_problem("source_file", message)]));
            }
            let source = read_source(source_name)?;
            let source = source.strip_prefix('\u{feff}').unwrap_or(&source);
            brief.meta.source = source.replace("\r\n", "\n");
            brief.meta.source_file = None;
        }
        (None, true) => {
            return Err(invalid(vec![meta_problem(
                "source",
                "meta: the brief has no source text; give `source` (the text itself) or `source_file` (a path beside the brief)".to_string(),
            )]));
        }
        (None, false) => {}
    }
    let findings = validate::prepare_loaded(&mut brief, text);
    if findings.is_empty() {
        return Ok(brief);
    }
    let mut locator = Locator::new(text);
    Err(invalid(
        findings
            .into_iter()
            .map(|finding| locator.place(finding))
            .collect(),
    ))
}

fn parse(text: &str, format: Format) -> Result<Brief, Problem> {
    match format {
        Format::Toml => super::pieces::parse_toml(text).map_err(|error| {
            let (line, column) = error.span().map_or((None, None), |span| {
                let (line, column) = super::problem::line_and_column(text, span.start);
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

fn meta_finding(field: &str, message: String) -> Finding {
    Finding::new(META_ANCHOR, message).in_field(field)
}
