//! Cleaning shared by every reader: control characters, Unicode separators and odd spaces
//! normalised before anything is extracted, and white space within a line collapsed.

use super::hyphen::Vocabulary;

/// `raw` with line endings as `\n`, U+2028 as a line break and U+2029 (and form feeds,
/// which PDF-to-text tools use between pages) as a paragraph break, no-break and other
/// Unicode spaces as a plain space, and every other control or invisible formatting
/// character (soft hyphen, zero-width space, byte-order mark) removed. Tabs are kept.
pub fn normalize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            '\u{2028}' => out.push('\n'),
            '\u{2029}' | '\u{0c}' => out.push_str("\n\n"),
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ');
            }
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One line with runs of spaces and tabs collapsed to one space and the ends trimmed.
pub fn collapse_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in line.split([' ', '\t']).filter(|word| !word.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_separators_are_normalised() {
        assert_eq!(
            normalize("a\r\nb\rc\u{2028}d\u{2029}e\u{7}f\u{1b}[0m"),
            "a\nb\nc\nd\n\nef[0m"
        );
    }

    #[test]
    fn odd_spaces_become_spaces_and_invisibles_vanish() {
        assert_eq!(
            normalize("U.S.\u{a0}law\u{ad}s\u{200b}\u{feff}"),
            "U.S. laws"
        );
    }

    #[test]
    fn tabs_and_newlines_are_kept() {
        assert_eq!(normalize("a\tb\nc"), "a\tb\nc");
    }

    #[test]
    fn spaces_collapse_within_a_line() {
        assert_eq!(collapse_spaces("  a \t b   c "), "a b c");
    }
}

/// Joins lines broken by wrapping into one line. A word hyphenated at a line end is
/// joined without the hyphen when both halves are lower-case letters (`devel-` + `opment`
/// → `development`); otherwise the hyphen stays and no space is added (`U.S.-` + `Mexico`
/// → `U.S.-Mexico`, `COVID-` + `19` → `COVID-19`). Other breaks become one space.
pub fn join_wrapped<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    join_wrapped_in(lines, &Vocabulary::default())
}

/// As [`join_wrapped`], but a hyphen between lower-case halves is kept when `vocabulary`
/// says the document writes the word with it (`dual-` + `capable` → `dual-capable`).
pub fn join_wrapped_in<'a>(
    lines: impl IntoIterator<Item = &'a str>,
    vocabulary: &Vocabulary,
) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(line);
            continue;
        }
        if let Some(stem) = out.strip_suffix('-').map(str::to_string) {
            let before = stem.chars().next_back();
            let after = line.chars().next();
            let lower = |c: Option<char>| c.is_some_and(char::is_lowercase);
            let dash_run = stem.ends_with('-') || stem.ends_with(' ');
            if !dash_run && lower(before) && lower(after) {
                let head = stem
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                let tail: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
                if !vocabulary.keeps_hyphen(head, &tail) {
                    out.truncate(stem.len());
                }
            }
            if !dash_run {
                out.push_str(line);
                continue;
            }
        }
        out.push(' ');
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod join_tests {
    use super::join_wrapped;

    #[test]
    fn hyphenated_words_join_and_compounds_keep_their_hyphen() {
        assert_eq!(
            join_wrapped(["the devel-", "opment of"]),
            "the development of"
        );
        assert_eq!(join_wrapped(["U.S.-", "Mexico trade"]), "U.S.-Mexico trade");
        assert_eq!(join_wrapped(["COVID-", "19 cases"]), "COVID-19 cases");
        assert_eq!(join_wrapped(["a line", "", "  next  "]), "a line next");
        assert_eq!(join_wrapped(["wait --", "then"]), "wait -- then");
    }
}
