//! Authors named with their positions, as report back matter and author boxes list them:
//! `M. Angeles Villarreal, Specialist in International Trade`, or a name on one line and
//! its position (`Legislative Attorney`, `Analyst in Foreign Affairs`) on the next, a
//! coordinator marked `Name, Coordinator`.

/// Words a staff position opens with (`Specialist in …`, `Senior Analyst in …`,
/// `Legislative Attorney`, `Research Assistant`, `Coordinator`).
const POSITION_WORDS: &[&str] = &[
    "Specialist",
    "Analyst",
    "Attorney",
    "Legislative Attorney",
    "Senior Specialist",
    "Senior Analyst",
    "Senior Research",
    "Research Assistant",
    "Research Librarian",
    "Section Research Manager",
    "Coordinator",
    "Economist",
];

/// Whether `line` states a position: it opens with a position word, as a whole word, and
/// runs to at most ten words without a final stop (`Specialist in Science and`).
pub fn is_position(line: &str) -> bool {
    let line = line.trim();
    line.split_whitespace().count() <= 10
        && !line.ends_with('.')
        && POSITION_WORDS.iter().any(|word| {
            line.strip_prefix(word)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
}

/// A person's name: two to five words, each capitalised or an initial, with no digits.
pub fn is_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
        })
        && !is_position(line)
}

/// The name of a `Name, Position` line, or of a name line followed by a position line.
fn named(line: &str, next: Option<&str>) -> Option<String> {
    let line = line.trim().trim_end_matches(',');
    if let Some((name, position)) = line.split_once(", ")
        && is_name(name)
        && is_position(position)
    {
        return Some(name.to_string());
    }
    (is_name(line) && next.is_some_and(is_position)).then(|| line.to_string())
}

/// The authors the lines name with their positions, in order, each once.
pub fn authors(lines: &[&str]) -> Vec<String> {
    listing(lines).0
}

/// The authors the lines name with their positions, and for each line whether it is part
/// of such a listing (a name, a position, or both).
pub fn listing(lines: &[&str]) -> (Vec<String>, Vec<bool>) {
    let mut out: Vec<String> = Vec::new();
    let mut used = vec![false; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        if is_position(line) {
            used[i] = true;
        }
        if let Some(name) = named(line, lines.get(i + 1).copied()) {
            used[i] = true;
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    (out, used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_positions() {
        let rows: &[(&[&str], &[&str])] = &[
            (
                &[
                    "M. Angeles Villarreal, Specialist in International Trade",
                    "Danielle M. Trachtenberg, Analyst in International Trade",
                    "IF11175",
                ],
                &["M. Angeles Villarreal", "Danielle M. Trachtenberg"],
            ),
            (
                &[
                    "Clayton Thomas, Coordinator",
                    "Specialist in Middle Eastern Affairs",
                    "Jim Zanotti",
                    "Specialist in Middle Eastern Affairs",
                ],
                &["Clayton Thomas", "Jim Zanotti"],
            ),
            (
                &[
                    "Emily G. Blevins,",
                    "Coordinator",
                    "Specialist in Science and",
                    "Technology Policy",
                    "Joe Angert",
                    "Research Assistant",
                ],
                &["Emily G. Blevins", "Joe Angert"],
            ),
            (
                &["April J. Anderson", "Legislative Attorney"],
                &["April J. Anderson"],
            ),
            (
                &[
                    "Australia: Background and U.S. Relations",
                    "Updated April 10, 2026",
                    "Jared G. Tupuola, Analyst in Foreign Affairs",
                    "IF10491 · VERSION 14 · UPDATED",
                ],
                &["Jared G. Tupuola"],
            ),
            // Names without positions, and positions in prose, are not authors.
            (&["Jim Zanotti", "Trade Relations"], &[]),
            (
                &["The Specialist in trade said so.", "Analysts in Congress"],
                &[],
            ),
            (&["See CRS Report R48875, Analyst in Foreign Affairs"], &[]),
        ];
        for (lines, expected) in rows {
            assert_eq!(authors(lines), *expected, "{lines:?}");
        }
    }
}
