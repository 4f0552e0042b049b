//! What Markdown and HTML pages share: a builder of blocks and lines that remembers which
//! words came from links, and the rules that turn those blocks into pieces, keeping saved
//! web-page debris (link-only lines, navigation, "Download PDF", version lists,
//! disclaimers) out of the paragraphs and metadata headers in the front matter.

use super::clean::join_wrapped;
use super::compose::{Piece, is_heading_like};

/// Lines longer than this (bytes) mean a block's line breaks are not wrapping.
const WRAP_WIDTH: usize = 100;

/// Phrases that open a line of site chrome rather than report text (lower-case).
/// The whole text of a link that is a page control, not report text.
const CONTROLS: &[&str] = &[
    "listen",
    "print",
    "share",
    "download pdf",
    "download",
    "subscribe",
    "sign in",
    "log in",
    "email",
    "tweet",
    "back to top",
    "skip to main content",
];

const CHROME: &[&str] = &[
    "download pdf",
    "pdf version history",
    "hide overview",
    "show overview",
    "skip to",
    "back to top",
    "print",
    "share",
    "subscribe",
    "sign in",
    "log in",
    "cookie",
    "listen",
    "site feedback",
    "citation",
    "menu",
    "search",
    "home",
    "figure is interactive",
    "created with highcharts",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Heading(u8),
    Paragraph,
    ListItem,
    TableRow,
}

/// One line of a block: its words, the words that were not link text, how many letters and
/// digits came from links, and whether it opens with a bold `Key:` (a metadata field).
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub text: String,
    pub plain: String,
    pub link_chars: usize,
    pub bold_key: bool,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: Kind,
    pub lines: Vec<Line>,
}

/// Collects blocks and lines from a walk over a page.
#[derive(Debug, Default)]
pub struct Builder {
    blocks: Vec<Block>,
    current: Option<Block>,
    line: Line,
    links: usize,
    /// Where the outermost open link's text starts in the line (bytes), and the line's
    /// link letters then.
    link_start: Option<(usize, usize)>,
    strong_at_start: bool,
    cells: usize,
}

impl Builder {
    /// Ends the open block and opens one of `kind`.
    pub fn begin(&mut self, kind: Kind) {
        self.finish();
        self.current = Some(Block {
            kind,
            lines: Vec::new(),
        });
        self.cells = 0;
    }

    /// Ends the open block, if any.
    pub fn finish(&mut self) {
        self.break_line();
        if let Some(block) = self.current.take()
            && !block.lines.is_empty()
        {
            self.blocks.push(block);
        }
    }

    pub fn text(&mut self, text: &str) {
        if self.current.is_none() {
            self.begin(Kind::Paragraph);
        }
        let mut parts = text.split('\n');
        if let Some(first) = parts.next() {
            self.push(first);
        }
        for part in parts {
            self.break_line();
            self.push(part);
        }
    }

    fn push(&mut self, text: &str) {
        self.line.text.push_str(text);
        if self.links > 0 {
            self.line.link_chars += text.chars().filter(|c| c.is_alphanumeric()).count();
        } else {
            self.line.plain.push_str(text);
        }
    }

    pub fn break_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        if line.text.trim().is_empty() {
            return;
        }
        if let Some(block) = &mut self.current {
            block.lines.push(line);
        }
    }

    pub fn enter_link(&mut self) {
        if self.links == 0 {
            self.link_start = Some((self.line.text.len(), self.line.link_chars));
        }
        self.links += 1;
    }

    /// Ends a link. A link whose whole text is a page control (`Listen`, `Print`, `Share`,
    /// `Download PDF`) is left out: glued to the title after it, it made `ListenESA "God
    /// Squad" Exemption…`.
    pub fn leave_link(&mut self) {
        self.links = self.links.saturating_sub(1);
        if self.links > 0 {
            return;
        }
        if let Some((start, chars)) = self.link_start.take()
            && let Some(words) = self.line.text.get(start..)
            && CONTROLS.contains(&words.trim().to_lowercase().as_str())
        {
            self.line.text.truncate(start);
            self.line.link_chars = chars;
        }
    }

    pub fn enter_strong(&mut self) {
        self.strong_at_start = self.line.text.trim().trim_matches('|').trim().is_empty();
    }

    pub fn leave_strong(&mut self) {
        if self.strong_at_start && self.line.text.trim_end().ends_with(':') {
            self.line.bold_key = true;
        }
        self.strong_at_start = false;
    }

    /// A table cell starts: cells after the first are set off by ` | `.
    pub fn cell(&mut self) {
        if self.cells > 0 {
            self.push(" | ");
        }
        self.cells += 1;
    }

    pub fn into_blocks(mut self) -> Vec<Block> {
        self.finish();
        self.blocks
    }
}

/// The pieces of a page's blocks. The first level-1 heading is the title (front matter) and
/// its repeats are dropped; bold `Key:` lines and lines opening with the title are front
/// matter; debris lines are dropped, as is the paragraph after a "Disclaimer" line; a
/// heading-like line alone becomes a heading; consecutive table rows form one paragraph.
pub fn pieces(blocks: &[Block]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut title: Option<String> = None;
    let mut skip_next = false;
    let mut script_depth = 0usize;
    let mut table: Vec<String> = Vec::new();
    for block in blocks {
        if block.kind != Kind::TableRow && !table.is_empty() {
            out.push(Piece::Paragraph(std::mem::take(&mut table).join("\n")));
        }
        if let Kind::Heading(level) = block.kind {
            let text = join_wrapped(block.lines.iter().map(|l| l.text.as_str()));
            if title.is_none() && level == 1 {
                out.push(Piece::Front(text.clone()));
                title = Some(text);
            } else if title.as_deref() != Some(text.as_str()) && !is_debris(&block.lines[0]) {
                out.push(Piece::Heading(text));
            }
            continue;
        }
        let mut body: Vec<&str> = Vec::new();
        for line in &block.lines {
            let text = line.text.trim().trim_matches('|').trim();
            if script_depth > 0 || opens_script(text) {
                // An inline script left in a saved page: skipped until its braces close.
                let opened = text.matches('{').count();
                let closed = text.matches('}').count();
                script_depth = (script_depth + opened).saturating_sub(closed);
                continue;
            }
            let lower = text.to_lowercase();
            if lower == "disclaimer:" || lower == "disclaimer" {
                skip_next = true;
                continue;
            }
            if line.bold_key && text.split_whitespace().count() <= 16 {
                out.push(Piece::Front(text.replace(" | ", " ")));
            } else if title
                .as_deref()
                .is_some_and(|title| line.plain.trim().starts_with(title))
            {
                out.push(Piece::Front(line.plain.trim().to_string()));
            } else if is_debris(line) {
                // Site chrome: dropped.
            } else if skip_next {
                skip_next = false;
            } else if block.kind == Kind::TableRow || text.matches('|').count() >= 2 {
                table.push(text.to_string());
            } else {
                body.push(text);
            }
        }
        push_body(&body, &mut out);
    }
    if !table.is_empty() {
        out.push(Piece::Paragraph(table.join("\n")));
    }
    out
}

/// A line that opens a block of script code: it ends with `{` after a call, an assignment
/// or a `function` keyword (`$(function () {`, `window.x = {`, `if (a) {`).
fn opens_script(text: &str) -> bool {
    text.ends_with('{')
        && (text.contains("function") || text.contains(") {") || text.ends_with("= {"))
}

/// A block's kept lines: joined into one paragraph when they are wrapped, else one
/// paragraph (or heading, when heading-like) per line.
fn push_body(lines: &[&str], out: &mut Vec<Piece>) {
    if lines.is_empty() {
        return;
    }
    if lines.len() > 1
        && lines.iter().all(|line| line.len() <= WRAP_WIDTH)
        && !is_heading_like(lines[0])
    {
        out.push(Piece::Paragraph(join_wrapped(lines.iter().copied())));
        return;
    }
    for line in lines {
        if is_heading_like(line) {
            out.push(Piece::Heading((*line).to_string()));
        } else {
            out.push(Piece::Paragraph((*line).to_string()));
        }
    }
}

/// Site chrome rather than report text: no letters or digits; mostly link words (a link
/// list, a version list, a "Download PDF" line); a breadcrumb (`Home > Products > X`); a
/// short line opening with a site-control phrase; a version-list entry; copyright
/// boilerplate.
pub fn is_debris(line: &Line) -> bool {
    let text = line.text.trim().trim_matches('|').trim();
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters == 0 {
        return true;
    }
    if line.link_chars * 10 >= letters * 8 {
        return true;
    }
    // Chart data flattened into one run of characters, as interactive figures leave.
    if text.split_whitespace().any(|token| {
        token.len() > 60 && !token.contains("://") && token.chars().all(char::is_alphanumeric)
    }) {
        return true;
    }
    let words = text.split_whitespace().count();
    let lower = text.to_lowercase();
    if words <= 12 && lower.contains(" > ") {
        return true;
    }
    if words <= 8 && CHROME.iter().any(|phrase| lower.starts_with(phrase)) {
        return true;
    }
    if words <= 12 && lower.contains("version:") {
        return true;
    }
    lower.contains("not subject to copyright") || lower.contains("all rights reserved")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, link_chars: usize) -> Line {
        Line {
            text: text.to_string(),
            plain: text.to_string(),
            link_chars,
            bold_key: false,
        }
    }

    #[test]
    fn inline_scripts_are_skipped_to_their_closing_brace() {
        let blocks = vec![
            Block {
                kind: Kind::Paragraph,
                lines: vec![line("$(function () {", 0), line("var x = {", 0)],
            },
            Block {
                kind: Kind::Paragraph,
                lines: vec![line("enabled: true,", 0), line("};", 0), line("});", 0)],
            },
            Block {
                kind: Kind::Paragraph,
                lines: vec![line(
                    "The report resumes here with a sentence of body text.",
                    0,
                )],
            },
        ];
        assert_eq!(
            pieces(&blocks),
            [Piece::Paragraph(
                "The report resumes here with a sentence of body text.".into()
            )]
        );
    }

    #[test]
    fn debris_lines() {
        assert!(is_debris(&line("Download PDF (272KB)", 0)));
        assert!(is_debris(&line("CitationSubscribeShare/Save", 27)));
        assert!(is_debris(&line("Home > CRS Products > IF11175", 0)));
        assert!(is_debris(&line(
            "April 16, 2026 (IF11175 - Version: 11)",
            0
        )));
        assert!(is_debris(&line(" | ", 0)));
        assert!(!is_debris(&line(
            "Mexico has a population of 132 million people, making it populous.",
            6
        )));
        assert!(!is_debris(&line("Background", 0)));
        assert!(is_debris(&line(
            "Created with Highcharts 11.4.6DomesticForeign194519471949195119531955195719591961",
            0
        )));
        assert!(is_debris(&line(
            "Note 19451947194919511953195519571959196119631965196719691971197319751977",
            0
        )));
    }
}
