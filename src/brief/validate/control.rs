//! Refuses control characters in a brief's text, so no brief can move the cursor, change
//! colours or set the clipboard of the reader's terminal.

use serde_json::Value;

use super::{Finding, META_ANCHOR, id_anchor};
use crate::brief::{Brief, ItemRef, Section};

/// Refuses control characters other than newline and tab anywhere in the brief's text, one
/// finding per text that holds any, located at the field holding it.
pub(super) fn check_control_characters(brief: &Brief, findings: &mut Vec<Finding>) {
    let Ok(tree) = serde_json::to_value(brief) else {
        return;
    };
    walk_strings(&tree, "", None, &mut |path, owner, text| {
        let Some((offset, character)) = text
            .char_indices()
            .find(|&(_, c)| c.is_control() && c != '\n' && c != '\t')
        else {
            return;
        };
        let (line, column) = crate::brief::problem::line_and_column(text, offset);
        let whose = owner.map(|id| format!(" of {id:?}")).unwrap_or_default();
        let anchor = match owner {
            Some(id) => id_anchor(id),
            None if path.starts_with("meta") => META_ANCHOR.to_string(),
            None => String::new(),
        };
        // The field of the item holding the text: `aliases` for `actors[2].aliases[0]`.
        let last = path.rsplit('.').next().unwrap_or(path);
        let field = last.split('[').next().unwrap_or(last);
        let mut problem = Finding::new(
            anchor,
            format!(
                "{path}{whose}: control character U+{:04X} at line {line} column {column} of this text; only newline and tab are allowed",
                u32::from(character)
            ),
        )
        .in_field(field);
        problem.item = item_at(path);
        findings.push(problem);
    });
}

/// Whether text could yield a string holding a control character once parsed: it holds one
/// raw (other than tab and newline), or an escape that can make one (`\b`, `\f`, `\r`,
/// `\e`, `\u…`, `\U…`, `\x…` in TOML or JSON). When neither the brief's text nor its
/// source could, the walk over every string is skipped: one byte scan instead.
pub(super) fn may_hold_control_characters(text: &str) -> bool {
    const BLOCK: usize = 64;
    /// Bytes that may begin one of the sequences above; most text holds none.
    fn may_begin(byte: u8) -> bool {
        (byte < 0x20 && byte != b'\t' && byte != b'\n')
            || byte == 0x7f
            || byte == 0xc2
            || byte == b'\\'
    }
    let bytes = text.as_bytes();
    let holds_at = |at: usize| match bytes[at] {
        b'\t' | b'\n' => false,
        0..0x20 | 0x7f => true,
        0xc2 => bytes
            .get(at + 1)
            .is_some_and(|next| (0x80..0xa0).contains(next)),
        b'\\' => bytes
            .get(at + 1)
            .is_some_and(|next| b"bfreuUx".contains(next)),
        _ => false,
    };
    // Blocks of 64 bytes tested without branches (the compiler vectorises the fold); only a
    // block with a candidate is looked at byte by byte. 16 MiB in a few milliseconds.
    bytes.chunks(BLOCK).enumerate().any(|(number, block)| {
        block.iter().fold(false, |any, &byte| any | may_begin(byte))
            && (0..block.len()).any(|at| holds_at(number * BLOCK + at))
    })
}

/// The item a JSON path such as `positions[3].quote` points into.
fn item_at(path: &str) -> Option<ItemRef> {
    let (name, rest) = path.split_once('[')?;
    let index = rest.split_once(']')?.0.parse().ok()?;
    let section = match name {
        "summary" => Section::Summary,
        "actors" => Section::Actors,
        "themes" => Section::Themes,
        "timeline" => Section::Timeline,
        "figures" => Section::Figures,
        "positions" => Section::Positions,
        _ => return None,
    };
    Some(ItemRef { section, index })
}

fn walk_strings<'a>(
    value: &'a Value,
    path: &str,
    owner: Option<&'a str>,
    visit: &mut dyn FnMut(&str, Option<&str>, &str),
) {
    match value {
        Value::String(text) => visit(path, owner, text),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk_strings(item, &format!("{path}[{index}]"), owner, visit);
            }
        }
        Value::Object(fields) => {
            let owner = fields.get("id").and_then(Value::as_str).or(owner);
            for (key, item) in fields {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk_strings(item, &path, owner, visit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::may_hold_control_characters as may;

    #[test]
    fn text_that_could_hold_a_control_character_is_spotted() {
        assert!(!may(
            "title = \"plain\ttext\"\nquote = \"a \\\"b\\\" \\\\ c\\n\"\n"
        ));
        assert!(may("title = \"\\u001b\""));
        assert!(may("title = \"\\e[2J\""));
        assert!(may("title = \"\\r\""));
        assert!(may("raw \u{1b} escape"));
        assert!(may("raw \u{9b} C1"));
        assert!(may("raw \u{7f} DEL"));
        assert!(may("lone \r carriage return"));
    }

    #[test]
    fn a_sequence_across_two_blocks_is_spotted() {
        // The escape's backslash ends one 64-byte block, its letter begins the next.
        let mut text = "x".repeat(63);
        text.push_str("\\e[2J");
        assert!(may(&text));
        let mut text = "x".repeat(63);
        text.push_str("\\n and more");
        assert!(!may(&text));
        let mut text = "x".repeat(200);
        text.push('\u{1b}');
        assert!(may(&text));
        assert!(!may(&"plain line\n".repeat(100)));
    }
}
