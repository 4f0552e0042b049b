//! Text from a brief file made safe for a terminal: control characters shown as escapes,
//! bidirectional controls and line separators never printed raw.
//!
//! A brief is untrusted input. Validation refuses control characters inside a valid brief's
//! text, but messages about an invalid file echo what is wrong with it (an unknown field name,
//! an enum value, a file name), and a lookup or outline prints text that validation lets
//! through: bidirectional controls and U+2028/U+2029 are not control characters to Unicode,
//! yet they reorder or break the terminal line they land on.

use std::borrow::Cow;
use std::fmt::Write;

/// Bidirectional embedding, override and isolate controls: U+202A–U+202E and U+2066–U+2069.
/// Unbalanced, they reorder everything after them on the terminal line.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: terminals neither break the line
/// nor advance the cursor consistently, and leave stale cells behind.
pub fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Whether a character must not reach a terminal as itself in a message: C0 and C1 controls
/// (newline and tab included, as a message is one line), DEL, bidirectional controls and the
/// two separators.
fn unsafe_in_message(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_separator(c)
}

/// One line of a message that echoes text from a file: every unsafe character shown as a
/// Rust escape (`\u{1b}`, `\n`, `\u{202e}`), everything else as it is. Borrowed when the
/// text is already safe.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unsafe_in_message) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_in_message(c) {
            match c {
                '\t' => shown.push_str("\\t"),
                '\n' => shown.push_str("\\n"),
                '\r' => shown.push_str("\\r"),
                _ => {
                    let _ = write!(shown, "\\u{{{:x}}}", u32::from(c));
                }
            }
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// A message of several lines, each made [`visible`]; the line breaks themselves are kept.
pub fn visible_lines(text: &str) -> String {
    text.split('\n').map(visible).collect::<Vec<_>>().join("\n")
}

/// Text for lookups and outlines, which print a brief's own words: bidirectional controls
/// dropped (each character then shows in its own direction), U+2028/U+2029 turned into a
/// newline, other control characters but newline and tab shown as escapes. Borrowed when
/// nothing needed changing.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let changed = |c: char| {
        is_bidi_control(c) || is_separator(c) || (c.is_control() && c != '\n' && c != '\t')
    };
    if !text.chars().any(changed) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_bidi_control(c) {
            continue;
        }
        if is_separator(c) {
            out.push('\n');
        } else if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&visible(c.encode_utf8(&mut [0; 4])));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_in_a_message_become_escapes() {
        assert_eq!(visible("plain"), "plain");
        assert_eq!(visible("a\x1b]0;x\x07b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(visible("tab\there\nnext"), "tab\\there\\nnext");
        assert_eq!(visible("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(visible("x\u{202e}y\u{2028}"), "x\\u{202e}y\\u{2028}");
        assert!(!visible("\x7f").contains('\x7f'));
    }

    #[test]
    fn lookups_drop_bidi_controls_and_break_lines_at_separators() {
        assert_eq!(neutralise("abc \u{202e}cba\u{202c}"), "abc cba");
        assert_eq!(neutralise("\u{2066}x\u{2069}"), "x");
        assert_eq!(neutralise("one\u{2028}two\u{2029}"), "one\ntwo\n");
        assert_eq!(neutralise("tab\tnew\nline"), "tab\tnew\nline");
        assert_eq!(neutralise("bell\x07"), "bell\\u{7}");
    }
}
