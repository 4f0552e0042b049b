//! Report → `Brief`: read a text, Markdown, HTML or PDF file into clean text with paragraph
//! spans, run one extractor per kind of item over it, and assemble a brief that `validate`
//! checks like any hand-written one.
//!
//! Every stage works on byte spans (`Range<usize>`) into [`Document::text`], so a quote is
//! always a slice of the source and never retyped.

pub mod actors;
pub mod assemble;
pub mod dates;
pub mod evaluate;
pub mod figures;
pub mod meta;
pub mod positions;
pub mod read;
pub mod themes;
pub mod timeline;

use std::ops::Range;
use std::path::Path;
use std::time::Duration;

use crate::brief::{self, ActorKind, Brief, BriefDate, Scale, Stance};

pub use read::{ImportError, ReportKind};

/// Whether `path` names a report to import (`.txt`, `.md`, `.markdown`, `.html`, `.htm`,
/// `.pdf`) rather than a brief file.
pub fn is_report(path: &Path) -> bool {
    read::kind_of(path).is_some()
}

/// Imports the report at `path`: reads it (see [`read::read_file`] for what is refused),
/// extracts its meta and items, assembles a brief marked `origin = "import"` and validates
/// it as `briefing check` would. A brief that fails validation is an
/// [`ImportError::Invalid`] naming each problem (an importer bug, never the user's).
pub fn import_file(path: &Path) -> Result<Brief, ImportError> {
    let doc = read::read_file(path)?;
    let facts = meta::extract(&doc);
    let mut brief = assemble::build(&doc, &facts);
    let findings = brief::validate::prepare(&mut brief);
    if findings.is_empty() {
        Ok(brief)
    } else {
        Err(ImportError::Invalid {
            file: path.display().to_string(),
            problems: findings.into_iter().map(|f| f.message).collect(),
        })
    }
}

/// The one way to open a FILE argument: a report (by extension, see [`is_report`]) is
/// imported, anything else is loaded as a brief file (TOML or JSON) as before. The CLI,
/// the lookups' `--file`, `present` and the explorer's reload all call this.
pub fn load_path(path: &Path) -> Result<Brief, ImportError> {
    if is_report(path) {
        import_file(path)
    } else {
        Ok(brief::load_file(path)?)
    }
}

/// The stderr line after an import: `imported IF11175.11.pdf: 31 paragraphs, 22 actors,
/// 9 events, 54 figures, 11 positions (0.04 s)`; `name` is the file name as given.
pub fn imported_line(name: &str, brief: &Brief, elapsed: Duration) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "imported {name}: {}, {}, {}, {}, {} ({:.2} s)",
        count(brief.summary.len(), "paragraph", "paragraphs"),
        count(brief.actors.len(), "actor", "actors"),
        count(brief.timeline.len(), "event", "events"),
        count(brief.figures.len(), "figure", "figures"),
        count(brief.positions.len(), "position", "positions"),
        elapsed.as_secs_f64()
    )
}

/// The cleaned text of a report and where its paragraphs lie in it.
///
/// `text` becomes the brief's `meta.source`: control characters other than `\n` and `\t`
/// and U+2028/U+2029 are already normalised away, and paragraphs are separated by a blank
/// line. Every span in this module is a byte range into `text` on `char` boundaries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub text: String,
    /// The body's paragraphs in reading order (headings are not paragraphs).
    pub paragraphs: Vec<Block>,
    /// Lines before the body that the reader kept as front matter (title, byline, date,
    /// series line); `meta::extract` reads them. Spans into `text`.
    pub front: Vec<Range<usize>>,
}

/// One paragraph of the body: its span in [`Document::text`] and the heading it sits under.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub span: Range<usize>,
    /// The nearest heading above, as the report prints it.
    pub section: Option<String>,
}

/// Bibliographic facts the report states; what it does not state stays `None`/empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetaFacts {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<BriefDate>,
    /// "CRS In Focus", "EAI Background Brief".
    pub series: Option<String>,
    /// "IF11175", "346".
    pub number: Option<String>,
}

/// An actor found in the text, with every span where it is named (by name or alias).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorCandidate {
    /// A stable slug such as `china` or `hu-jintao`.
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    /// The id of the actor this one speaks for (a leader's country).
    pub affiliation: Option<String>,
    pub mentions: Vec<Range<usize>>,
}

/// A dated event: its date, the sentence it comes from, and a short clause as title.
#[derive(Debug, Clone, PartialEq)]
pub struct EventCandidate {
    pub date: BriefDate,
    /// Why the date is inexact, in plain words, when it is.
    pub date_note: Option<String>,
    /// A short clause from the event's own sentence.
    pub title: String,
    /// The evidence: usually the whole sentence.
    pub quote: Range<usize>,
}

/// A number the text states, with its unit, scale, period and hedge.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureCandidate {
    pub label: String,
    /// The lower value of a range; the whole value otherwise.
    pub value: f64,
    /// The upper value of a range (`between 5% and 10%`).
    pub upper: Option<f64>,
    /// `USD`, `AUD`, `EUR`, `percent`, `percentage points`, or the counted noun (`warheads`).
    pub unit: String,
    pub scale: Option<Scale>,
    pub period: Option<BriefDate>,
    /// The text's own words (`about`, `more than`, `up to`, `nearly`), found in the quote.
    pub hedge: Option<String>,
    /// Figures sharing a series are comparable (same label and unit, other periods).
    pub series: Option<String>,
    /// The evidence: the sentence holding the number.
    pub quote: Range<usize>,
    /// The number expression itself, inside `quote`.
    pub span: Range<usize>,
}

/// One actor's stance on an issue, from a sentence that states it.
#[derive(Debug, Clone, PartialEq)]
pub struct PositionCandidate {
    /// The actor holding the position, by `ActorCandidate::id`.
    pub actor: String,
    /// The person who voiced it for the actor, by id, when the text says.
    pub stated_by: Option<String>,
    pub stance: Stance,
    pub issue: String,
    pub summary: String,
    pub quote: Range<usize>,
}
