//! What the diff view says: the mark and words of a change's row, and for the selected
//! change its fields and both quotes, side by side (or stacked when narrow), the words one
//! version has and the other does not marked.
//!
//! Meaning never rests on colour alone: rows carry `+`, `−`, `~` and their group's word,
//! and the marked words are underlined or bold in the no-colour theme.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::VersionDiff;
use crate::brief::Section;
use crate::layout::{fit, width_of, wrap};
use crate::library::{Change, ChangeKind};
use crate::theme::Theme;

/// From this many cells of text width on, the two quotes sit side by side; below, stacked.
pub const SIDE_BY_SIDE: usize = 60;

/// Quotes longer than this (bytes, either of them) are shown without marking the words
/// that differ: the word diff's cost grows with length times differences.
const WORD_DIFF_LIMIT: usize = 4_000;

/// The row mark of a change: `+` added, `−` removed, `~` changed.
pub fn mark(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => "+",
        ChangeKind::Removed => "−",
        ChangeKind::Changed => "~",
    }
}

/// The style of a change's mark and of the words it marks in a quote.
pub fn kind_style(theme: &Theme, kind: ChangeKind) -> Style {
    match kind {
        ChangeKind::Added => theme.added,
        ChangeKind::Removed => theme.removed,
        ChangeKind::Changed => theme.changed,
    }
}

/// A group's heading: `Added · 4`.
pub fn group_heading(kind: ChangeKind, count: usize) -> String {
    let word = match kind {
        ChangeKind::Added => "Added",
        ChangeKind::Removed => "Removed",
        ChangeKind::Changed => "Changed",
    };
    format!("{word} · {count}")
}

/// What kind of item a change is about, as one word: `event`, `figure`…
pub fn item_word(section: Section) -> &'static str {
    section.item_word()
}

/// The item's title as the version that has it now says it (the old one for a removal).
pub fn change_title(change: &Change) -> &str {
    change
        .new
        .as_ref()
        .or(change.old.as_ref())
        .map_or("", |side| side.title.as_str())
}

/// After a changed item's title: which fields differ (`value, date`), and `quote` when it
/// was reworded; empty for additions and removals.
pub fn changed_fields(change: &Change) -> String {
    let mut fields: Vec<&str> = change.fields.iter().map(|f| f.field).collect();
    if change.reworded {
        fields.push("quote");
    }
    fields.join(", ")
}

/// `7 changes: 4 added, 3 removed, 0 changed`.
pub fn summary(view: &VersionDiff) -> String {
    let total = view.diff.changes.len();
    format!(
        "{total} change{}: {} added, {} removed, {} changed",
        if total == 1 { "" } else { "s" },
        view.count(ChangeKind::Added),
        view.count(ChangeKind::Removed),
        view.count(ChangeKind::Changed)
    )
}

/// The selected change in full at `width` cells: its kind, item and title, each field that
/// changed (old → new), then both quotes. Already wrapped: one `Line` a row.
pub fn change_lines(view: &VersionDiff, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let Some(change) = view.selected() else {
        return Vec::new();
    };
    let width = width.max(1);
    let style = kind_style(theme, change.kind);
    let id = change
        .new
        .as_ref()
        .or(change.old.as_ref())
        .map_or("", |side| side.id.as_str());
    let head = format!(
        "{} {} {} · {id}",
        mark(change.kind),
        change.kind.name(),
        item_word(change.section)
    );
    let mut lines: Vec<Line<'static>> = wrap(&head, width)
        .into_iter()
        .map(|row| Line::styled(row, style))
        .collect();
    lines.extend(
        wrap(change_title(change), width)
            .into_iter()
            .map(|row| Line::styled(row, theme.title)),
    );
    for field in &change.fields {
        let text = format!(
            "{}: {} → {}",
            field.field,
            shown(&field.old),
            shown(&field.new)
        );
        lines.extend(
            wrap(&text, width)
                .into_iter()
                .map(|row| Line::from(vec![Span::styled("~ ", theme.changed), Span::raw(row)])),
        );
    }
    lines.push(Line::raw(""));
    lines.extend(quote_lines(view, change, theme, width));
    lines
}

/// A field's value, or a word for an empty one.
fn shown(value: &str) -> &str {
    if value.is_empty() { "(none)" } else { value }
}

/// Both quotes under their versions' names, side by side from `SIDE_BY_SIDE` cells, else
/// one above the other. A quote the same in both versions is shown once.
fn quote_lines(
    view: &VersionDiff,
    change: &Change,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let old_quote = change.old.as_ref().map(|side| side.quote.as_str());
    let new_quote = change.new.as_ref().map(|side| side.quote.as_str());
    if let (Some(old), Some(new)) = (old_quote, new_quote)
        && old == new
    {
        let mut lines = vec![Line::styled(
            "Quote (the same in both versions)".to_string(),
            theme.label,
        )];
        lines.extend(wrap(old, width).into_iter().map(Line::raw));
        return lines;
    }
    let (old_words, new_words) = marked_words(old_quote, new_quote);
    let old_head = format!("OLD · {} · {}", view.old.published, view.old.id);
    let new_head = format!("NEW · {} · {}", view.new.published, view.new.id);
    let absent = |version: &str| vec![(format!("(not in the {version} version)"), false)];
    let old_words = old_words.unwrap_or_else(|| absent("old"));
    let new_words = new_words.unwrap_or_else(|| absent("new"));
    let old_style = if old_quote.is_some() {
        theme.removed
    } else {
        theme.muted
    };
    let new_style = if new_quote.is_some() {
        theme.added
    } else {
        theme.muted
    };
    if width < SIDE_BY_SIDE {
        let mut lines = vec![Line::styled(old_head, theme.label)];
        lines.extend(wrap_words(&old_words, width, theme.base, old_style));
        lines.push(Line::raw(""));
        lines.push(Line::styled(new_head, theme.label));
        lines.extend(wrap_words(&new_words, width, theme.base, new_style));
        return lines;
    }
    let column = (width - 3) / 2;
    let mut left = vec![Line::styled(fit(&old_head, column), theme.label)];
    left.extend(wrap_words(&old_words, column, theme.base, old_style));
    let mut right = vec![Line::styled(
        crate::layout::truncate(&new_head, column),
        theme.label,
    )];
    right.extend(wrap_words(&new_words, column, theme.base, new_style));
    let rows = left.len().max(right.len());
    (0..rows)
        .map(|row| {
            let mut spans = left.get(row).map_or_else(Vec::new, |l| l.spans.clone());
            let used: usize = spans.iter().map(|s| width_of(&s.content)).sum();
            spans.push(Span::raw(" ".repeat(column.saturating_sub(used))));
            spans.push(Span::styled(" │ ", theme.muted));
            if let Some(line) = right.get(row) {
                spans.extend(line.spans.iter().cloned());
            }
            Line::from(spans)
        })
        .collect()
}

/// A quote's words, each with whether it is marked.
type Words = Vec<(String, bool)>;

/// Each quote as words, each word marked when the other version does not have it there (a
/// word diff, `similar`); `None` for a version without the item. Long quotes are not
/// compared, and nothing is marked.
fn marked_words(old: Option<&str>, new: Option<&str>) -> (Option<Words>, Option<Words>) {
    let plain = |text: &str| -> Words {
        text.split_whitespace()
            .map(|word| (word.to_string(), false))
            .collect()
    };
    match (old, new) {
        (Some(old), Some(new)) if old.len() <= WORD_DIFF_LIMIT && new.len() <= WORD_DIFF_LIMIT => {
            let diff = similar::TextDiff::from_words(old, new);
            let mut old_words = Vec::new();
            let mut new_words = Vec::new();
            for change in diff.iter_all_changes() {
                let word = change.value();
                if word.trim().is_empty() {
                    continue;
                }
                let entry = |marked| (word.trim().to_string(), marked);
                match change.tag() {
                    similar::ChangeTag::Equal => {
                        old_words.push(entry(false));
                        new_words.push(entry(false));
                    }
                    similar::ChangeTag::Delete => old_words.push(entry(true)),
                    similar::ChangeTag::Insert => new_words.push(entry(true)),
                }
            }
            (Some(old_words), Some(new_words))
        }
        (old, new) => (old.map(plain), new.map(plain)),
    }
}

/// Words wrapped to `width` cells a line, the marked ones in `marked`, the others in
/// `base`; a word longer than a line is cut.
fn wrap_words(words: &Words, width: usize, base: Style, marked: Style) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (word, is_marked) in words {
        let style = if *is_marked { marked } else { base };
        for piece in wrap(word, width) {
            let w = width_of(&piece);
            if used > 0 && used + 1 + w > width {
                lines.push(Line::from(std::mem::take(&mut line)));
                used = 0;
            }
            if used > 0 {
                line.push(Span::raw(" "));
                used += 1;
            }
            line.push(Span::styled(piece, style));
            used += w;
        }
    }
    if !line.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}
