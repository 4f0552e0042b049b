//! Text measured in terminal cells: display width, word wrapping and cutting to a width.

use ratatui::text::Span;

/// Display width of a string in terminal cells.
pub fn width_of(text: &str) -> usize {
    Span::raw(text).width()
}

/// Word-wraps to at most `width` cells a line, keeping the text's own line breaks; a word
/// longer than a line is cut by cells, so wide characters never overflow.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word: String = word.to_string();
            while width_of(&word) > width {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let (head, rest) = split_at_width(&word, width);
                word = rest;
                lines.push(head);
            }
            if line.is_empty() {
                line = word;
            } else if width_of(&line) + 1 + width_of(&word) <= width {
                line.push(' ');
                line.push_str(&word);
            } else {
                lines.push(std::mem::replace(&mut line, word));
            }
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Splits a word where its first `width` cells end; at least one character goes first, so
/// a wide character on a one-cell line still makes progress.
fn split_at_width(word: &str, width: usize) -> (String, String) {
    let mut used = 0;
    let mut end = 0;
    for (index, c) in word.char_indices() {
        let w = width_of(c.encode_utf8(&mut [0; 4]));
        if end > 0 && used + w > width {
            break;
        }
        used += w;
        end = index + c.len_utf8();
    }
    (word[..end].to_string(), word[end..].to_string())
}

/// `fraction` of `cells`, rounded and clamped to `0..=cells`: for bars and axis positions.
#[allow(
    clippy::cast_precision_loss,
    clippy::cast_sign_loss,
    reason = "screen widths are far below 2^52 and the result is clamped to 0..=cells"
)]
pub fn cells_for(fraction: f64, cells: usize) -> usize {
    let x = (fraction.clamp(0.0, 1.0) * cells as f64).round();
    (x as usize).min(cells)
}

/// Cuts text to `width` cells, ending with "…" when anything was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if width_of(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = width_of(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The end of `text` that fits in `width` cells, with "…" in front when the start was cut
/// (the "…" counts in the width): a one-line input scrolled so its end, where the cursor
/// is, stays in view. Wide characters are measured in cells and never split.
pub fn tail_within(text: &str, width: usize) -> String {
    if width_of(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut start = text.len();
    let mut used = 0;
    for (index, c) in text.char_indices().rev() {
        let w = width_of(c.encode_utf8(&mut [0; 4]));
        if used + w + 1 > width {
            break;
        }
        used += w;
        start = index;
    }
    format!("…{}", &text[start..])
}

/// Pads or cuts text to exactly `width` cells.
pub fn fit(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let pad = width.saturating_sub(width_of(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tail_of_a_long_input_fits_its_cells_with_a_sign_where_it_was_cut() {
        assert_eq!(tail_within("oil", 10), "oil");
        assert_eq!(tail_within("pipeline", 8), "pipeline");
        assert_eq!(tail_within("pipeline", 5), "…line");
        assert_eq!(tail_within("pipeline", 1), "…");
        assert_eq!(tail_within("pipeline", 0), "");
        // Wide characters count two cells and are never split.
        assert_eq!(tail_within("中国俄罗斯", 6), "…罗斯");
        assert_eq!(tail_within("中国俄罗斯", 5), "…罗斯");
        for width in 0..12 {
            let shown = tail_within("a中b国c俄d罗", width);
            assert!(width_of(&shown) <= width, "{shown:?} in {width}");
        }
    }
}
