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
        // The block's kept lines in order, each marked as a table row or not.
        let mut kept: Vec<(bool, &str)> = Vec::new();
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
            if line.bold_key && (text.split_whitespace().count() <= 16 || is_field_list(text)) {
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
            } else {
                kept.push((
                    block.kind == Kind::TableRow || is_table_row(&line.text),
                    text,
                ));
            }
        }
        // Rows and text lines keep their order; the text lines are wrapped prose or not
        // as a whole block, judged with the lines of one cell or one bar among them.
        let wrapped = is_wrapped(
            kept.iter()
                .filter(|(row, text)| !row || text.matches('|').count() < 2)
                .map(|(_, l)| *l),
        );
        let mut body: Vec<&str> = Vec::new();
        for (row, text) in kept {
            if row {
                push_body(&std::mem::take(&mut body), wrapped, &mut out);
                table.push(text.to_string());
            } else {
                if !table.is_empty() {
                    out.push(Piece::Paragraph(std::mem::take(&mut table).join("\n")));
                }
                body.push(text);
            }
        }
        push_body(&body, wrapped, &mut out);
    }
    if !table.is_empty() {
        out.push(Piece::Paragraph(table.join("\n")));
    }
    out
}

/// A line of a table written with bars but without the separator row that makes Markdown
/// parse a table: two bars or more, counting one that opens the line (`| $0 to $24,800 |
/// 10% of the amount over $0`, `Program | FY2025 | FY2026`). Such lines are rows, one a
/// line, never prose to be joined. Not rows: a line with one cell (`| Joint Returns`, a
/// box's title, which may be a heading), a numbered note (`| 57. | Indirect costs, also
/// known as …`, a note of the report, each its own paragraph).
fn is_table_row(line: &str) -> bool {
    let line = line.trim();
    let first_cell = line
        .trim_start_matches('|')
        .split('|')
        .next()
        .unwrap_or("")
        .trim();
    let note_number = first_cell
        .strip_suffix('.')
        .is_some_and(|n| (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()));
    !note_number && line.matches('|').count() >= 2
}

/// A metadata field in a key-value table row, its value a list of short items set off by
/// semicolons, however long the list runs: `Referenced Legislation: | H.R. 1; S. 2; P.L.
/// 119-4`, `Topics: | Appropriations; Defense & Intelligence; Energy`, `Authors: | Doe,
/// Jane; Roe, John; Poe, Ann`. `text` is the row without its outer bars, its bold `Key:`
/// already recognised. Not a field: a prose value (`Source: CRS tabulation of data from …`),
/// a list outside a table row (`Notes: GAO = Government Accountability Office; MOU = …`).
fn is_field_list(text: &str) -> bool {
    /// Longest item of a field's list, in words.
    const ITEM_WORDS: usize = 6;
    let Some((key, value)) = text.split_once(':') else {
        return false;
    };
    let Some(value) = value.trim_start().strip_prefix('|') else {
        return false;
    };
    let items: Vec<&str> = value
        .split(';')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    key.split_whitespace().count() <= 4
        && items.len() >= 3
        && items
            .iter()
            .all(|item| item.split_whitespace().count() <= ITEM_WORDS && !item.contains(" | "))
}

/// A line that opens a block of script code: it ends with `{` after a call, an assignment
/// or a `function` keyword (`$(function () {`, `window.x = {`, `if (a) {`).
fn opens_script(text: &str) -> bool {
    text.ends_with('{')
        && (text.contains("function") || text.contains(") {") || text.ends_with("= {"))
}

/// Whether a block's text lines are prose wrapped at a width: more than one, all short, the
/// first not a heading.
fn is_wrapped<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    let lines: Vec<&str> = lines.collect();
    lines.len() > 1
        && lines.iter().all(|line| line.len() <= WRAP_WIDTH)
        && !is_heading_like(lines[0])
}

/// Text lines of a block: joined into one paragraph when the block's lines are `wrapped`,
/// else one paragraph (or heading, when heading-like) per line.
fn push_body(lines: &[&str], wrapped: bool, out: &mut Vec<Piece>) {
    if lines.is_empty() {
        return;
    }
    if wrapped {
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
mod tests;
