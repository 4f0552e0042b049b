//! How a command's failure reaches the user: said once (its file and its reason once, however
//! many layers wrapped the error), one problem a line on stderr, and with `--json` also as
//! one JSON object on stdout, so a script reading stdout always gets JSON.
//!
//! Shapes: [`lines`] (an error) → the lines to print; [`report`] prints them, with the
//! exit status the caller chose ([`exit_status`]); [`prints_json`] says whether the command
//! asked for JSON; [`NotFound`] marks an error whose exit status is 1.

use std::error::Error;
use std::fmt;
use std::io::{self, Write};

use crate::brief::BriefError;
use crate::brief::escape::visible_lines;
use crate::import::ImportError;
use crate::library::LibraryError;

/// Nothing found (an unknown id, with the nearest ids on the following lines): exit status 1,
/// as grep gives.
#[derive(Debug)]
pub struct NotFound(pub String);

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for NotFound {}

/// Whether the command was asked for JSON (`--json`), so its errors are JSON too.
pub fn prints_json(command: &super::Command) -> bool {
    use super::Command;
    match command {
        Command::Search(args) => args.json,
        Command::Show(args) => args.json,
        Command::Get(args) => args.json,
        Command::Cite(args) => args.json,
        Command::List(args) => args.json,
        Command::Diff(args) => args.json,
        _ => false,
    }
}

/// The exit status for `error`: [`super::EXIT_NOT_FOUND`] for [`NotFound`], else
/// [`super::EXIT_USAGE`].
pub fn exit_status(error: &anyhow::Error) -> u8 {
    if error.downcast_ref::<NotFound>().is_some() {
        super::EXIT_NOT_FOUND
    } else {
        super::EXIT_USAGE
    }
}

/// What to print for `error`, one line each, control characters escaped:
/// - a brief's, an import's or the library's located problems (`file:line:column: message`),
///   one a line, wherever they sit in the chain of causes;
/// - else the chain of causes joined with `: `, each said once: a cause whose text the
///   message already holds is left out (`path: reason` wrapping `reason`), and a cause that
///   opens with the subject the message opens with (`nope: …` under `nope: …`) loses it.
pub fn lines(error: &(dyn Error + 'static)) -> Vec<String> {
    let chain = || std::iter::successors(Some(error), |&cause| cause.source());
    if let Some(located) = chain().find_map(located_lines) {
        return located;
    }
    let mut message = String::new();
    for cause in chain() {
        let text = cause.to_string();
        if text.is_empty() || message.contains(&text) {
            continue;
        }
        let text = without_subject(&message, &text);
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(text);
    }
    visible_lines(&message)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The located problems of the errors that have them, one a line.
fn located_lines(cause: &(dyn Error + 'static)) -> Option<Vec<String>> {
    if let Some(error) = cause.downcast_ref::<ImportError>() {
        return Some(error.lines());
    }
    if let Some(error) = cause.downcast_ref::<BriefError>() {
        return Some(error.lines());
    }
    match cause.downcast_ref::<LibraryError>()? {
        error @ (LibraryError::Brief(_) | LibraryError::Import(_)) => Some(error.lines()),
        _ => None,
    }
}

/// `text` without the `subject: ` it shares with the start of `message`.
fn without_subject<'a>(message: &str, text: &'a str) -> &'a str {
    match text.split_once(": ") {
        Some((subject, rest)) if message.starts_with(&format!("{subject}: ")) => rest,
        _ => text,
    }
}

/// Prints `error` on stderr, each line after `briefing: `; with `json`, also on stdout as
/// `{"error": "the lines", "lines": [...], "exit": status}` (docs/lookups.md). Write errors
/// are ignored: this is the last thing the program says.
pub fn report(error: &anyhow::Error, json: bool, status: u8) {
    let lines = lines(error.as_ref());
    let mut err = io::stderr().lock();
    for line in &lines {
        let _ = writeln!(err, "briefing: {line}");
    }
    if json {
        let value = serde_json::json!({
            "error": lines.join("\n"),
            "lines": lines,
            "exit": status,
        });
        let mut out = io::stdout().lock();
        let _ = serde_json::to_writer_pretty(&mut out, &value);
        let _ = writeln!(out);
        let _ = out.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;
    use std::path::PathBuf;

    fn lines_of(error: &anyhow::Error) -> Vec<String> {
        lines(error.as_ref())
    }

    #[test]
    fn an_io_error_wrapped_with_its_path_is_said_once() {
        let error: anyhow::Error = LibraryError::Io {
            path: PathBuf::from("lib"),
            source: io::Error::other("Not a directory (os error 20)"),
        }
        .into();
        assert_eq!(lines_of(&error), ["lib: Not a directory (os error 20)"]);
    }

    #[test]
    fn an_import_error_in_the_library_names_its_file_once() {
        let import = ImportError::Empty {
            file: "bad/empty.txt".to_string(),
        };
        let error: anyhow::Error = LibraryError::from(import).into();
        assert_eq!(lines_of(&error), ["bad/empty.txt: the file is empty"]);
    }

    #[test]
    fn a_context_naming_the_same_subject_does_not_repeat_it() {
        let inner = anyhow::anyhow!("nope: no such brief in the library");
        let error = Err::<(), _>(inner)
            .context("nope: neither a brief file nor an id")
            .expect_err("an error");
        assert_eq!(
            lines_of(&error),
            ["nope: neither a brief file nor an id: no such brief in the library"]
        );
    }

    #[test]
    fn distinct_causes_are_all_kept_and_control_characters_escaped() {
        let error = Err::<(), _>(io::Error::other("disk full"))
            .context("cannot write x\u{1b}.toml")
            .expect_err("an error");
        let said = lines_of(&error).join("\n");
        assert!(said.ends_with(": disk full"), "{said}");
        assert!(!said.contains('\u{1b}'), "{said}");
    }

    #[test]
    fn not_found_exits_with_one_and_anything_else_with_two() {
        let missing: anyhow::Error = NotFound("no item".to_string()).into();
        assert_eq!(exit_status(&missing), super::super::EXIT_NOT_FOUND);
        let other = anyhow::anyhow!("broken");
        assert_eq!(exit_status(&other), super::super::EXIT_USAGE);
    }
}
