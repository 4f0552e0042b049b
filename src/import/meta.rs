//! Bibliographic facts a report states about itself: title, authors, publication date,
//! series and number, read from its front matter (and, for the series, from an explicit
//! series line anywhere in the text). What the text does not state stays empty.

mod published;
mod roles;

use super::{Document, MetaFacts};

pub use published::find_date;
use published::month_number;
pub use roles::{authors as names_with_positions, is_name, is_position};

/// Series names that precede a report code or a `No.` (longest first, so `CRS In Focus`
/// wins over `In Focus`).
const SERIES: &[&str] = &[
    "EAI Background Brief",
    "CRS Legal Sidebar",
    "CRS In Focus",
    "CRS Insight",
    "CRS Report",
    "Legal Sidebar",
    "Background Brief",
    "In Focus",
    "Insight",
    "Policy Brief",
    "Issue Brief",
    "Working Paper",
    "Research Paper",
];

/// The facts the document states. Front-matter fields (`Authors: …`, `Publication Date:
/// …`, `Report No.: …`, `Product Type: …`) come first; then the first front line that is
/// not a date, byline or field is the title, a date line the publication date, a byline
/// the authors; a series line (`CRS In Focus IF11175`, `EAI Background Brief No. 346`) in
/// the front matter gives the series and number. The body is not searched: a report cites
/// other reports by series and number, and those are not its own.
pub fn extract(doc: &Document) -> MetaFacts {
    let mut facts = MetaFacts::default();
    let front: Vec<&str> = doc
        .front
        .iter()
        .map(|span| doc.text[span.clone()].trim())
        .collect();
    for line in &front {
        if let Some((key, value)) = field(line) {
            apply_field(&mut facts, &key, value);
        }
    }
    let (listed_authors, listed) = roles::listing(&front);
    for (line, listed) in front.iter().zip(listed) {
        if field(line).is_some() || listed {
            continue;
        }
        if starts_with_date_word(line) && line.split_whitespace().count() <= 8 {
            // A date line: `Updated April 16, 2026`.
            if facts.published.is_none() {
                facts.published = find_date(line);
            }
            continue;
        }
        if let Some(title) = title_before_date(line) {
            // `Title Updated April 16, 2026 (IF11175)`, as saved pages print it.
            if facts.published.is_none() {
                facts.published = find_date(line);
            }
            facts.title.get_or_insert(title);
            continue;
        }
        if let Some(authors) = byline(line) {
            if facts.authors.is_empty() {
                facts.authors = authors;
            }
            continue;
        }
        if series_line(line).is_some()
            || code_line(line).is_some()
            || series_name_line(line).is_some()
        {
            continue;
        }
        if facts.title.is_none() {
            facts.title = Some((*line).to_string());
        }
    }
    for line in &front {
        if let Some((series, number)) = series_line(line) {
            if let Some(series) = series {
                state_series(&mut facts, series);
            }
            if facts.number.is_none() {
                facts.number = Some(number);
            }
            break;
        }
    }
    // Back matter and running lines a PDF keeps: `IF11175 · VERSION 11 · UPDATED`, `CRS
    // INSIGHT`, and the authors listed with their positions.
    if facts.number.is_none() {
        facts.number = front.iter().find_map(|line| code_line(line));
    }
    if let Some(series) = front.iter().find_map(|line| series_name_line(line)) {
        state_series(&mut facts, series);
    }
    if facts.authors.is_empty() {
        facts.authors = listed_authors;
    }
    facts
}

/// A report code alone on a line, or before its version (`IF11175 · VERSION 11 · UPDATED`),
/// as a PDF's first page and running footer print it.
fn code_line(line: &str) -> Option<String> {
    let line = line.trim();
    let code: String = line
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let rest = line[code.len()..].trim_start();
    (is_code(&code) && (rest.is_empty() || rest.starts_with('·') || rest.starts_with("VERSION")))
        .then_some(code)
}

/// A line that is only a series name, in any case (`CRS INSIGHT`, `CRS Legal Sidebar`), as
/// the series' own spelling.
fn series_name_line(line: &str) -> Option<String> {
    let line = line.trim();
    SERIES
        .iter()
        .find(|series| series.eq_ignore_ascii_case(line))
        .map(|series| (*series).to_string())
}

/// `Key: value` where the key is at most four words starting with a capital.
fn field(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let value = value.trim().trim_start_matches('|').trim();
    let words = key.split_whitespace().count();
    let known = [
        "product type",
        "crs product type",
        "report no.",
        "report number",
        "crs product number",
        "number",
        "publication date",
        "date",
        "published",
        "updated",
        "authors",
        "author",
        "author(s)",
        "by",
        "title",
        "series",
        "version",
        "source",
    ];
    let key = key.to_lowercase();
    (words <= 4 && !value.is_empty() && known.contains(&key.as_str())).then_some((key, value))
}

fn apply_field(facts: &mut MetaFacts, key: &str, value: &str) {
    match key {
        "product type" | "series" => state_series(facts, value.to_string()),
        "crs product type" => state_series(facts, format!("CRS {value}")),
        "report no." | "report number" | "crs product number" | "number" => {
            facts.number = facts.number.take().or(Some(value.to_string()));
        }
        "publication date" | "date" | "published" | "updated" => {
            facts.published = facts.published.take().or_else(|| find_date(value));
        }
        "authors" | "author" | "author(s)" | "by" if facts.authors.is_empty() => {
            let catalogue_style = !value.contains(';')
                && value.matches(", ").count() == 1
                && !value.contains(" and ");
            // One name in an author field, catalogue style: "Straus, Jacob R.".
            facts.authors = if catalogue_style {
                split_names(&format!("{value};"))
            } else {
                split_names(value)
            };
        }
        "title" => facts.title = facts.title.take().or(Some(value.to_string())),
        _ => {}
    }
}

/// Records a statement of the series. The first statement stands, unless a later one is
/// the same series under its fuller name, the publisher's before it: `Product Type: In
/// Focus` and `CRS Product Type: In Focus` (or a line `CRS In Focus IF10753`) on one page
/// give `CRS In Focus`, whichever comes first, so every edition of a report names its series
/// alike (and the library names it alike: docs/library.md).
fn state_series(facts: &mut MetaFacts, stated: String) {
    let fuller = facts.series.as_deref().is_some_and(|known| {
        stated.len() > known.len()
            && stated
                .to_lowercase()
                .ends_with(&format!(" {}", known.to_lowercase()))
    });
    if facts.series.is_none() || fuller {
        facts.series = Some(stated);
    }
}

/// Names from an author list: `A; B` (each `Last, First` turned round), else `A, B and C`.
pub fn split_names(value: &str) -> Vec<String> {
    let value = value.trim();
    let names: Vec<String> = if value.contains(';') {
        value
            .split(';')
            .map(str::trim)
            .map(|name| match name.split_once(", ") {
                Some((last, first)) if !first.contains(',') => format!("{first} {last}"),
                _ => name.to_string(),
            })
            .collect()
    } else {
        value
            .split(", ")
            .flat_map(|part| part.split(" and "))
            .map(|name| name.trim().trim_start_matches("and ").trim().to_string())
            .collect()
    };
    names.into_iter().filter(|name| !name.is_empty()).collect()
}

/// The authors of a byline: `By A and B`, or names separated by `;`, `,` or `and` where
/// every word is capitalised and some word is an initial.
fn byline(line: &str) -> Option<Vec<String>> {
    if let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
    {
        return Some(split_names(rest));
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let names_only = words.iter().all(|w| {
        let w = w.trim_end_matches([',', ';']);
        w == "and" || w.chars().next().is_some_and(char::is_uppercase)
    });
    let has_initial = words.iter().any(|w| {
        let w = w.trim_end_matches([',', ';']);
        w.len() == 2 && w.ends_with('.')
    });
    (words.len() >= 2 && words.len() <= 16 && names_only && has_initial && !line.ends_with('.'))
        .then(|| split_names(line))
}

/// A series and number a line states: a known series name followed by a report code
/// (`IF11175`, `LSB11417`) or by `No. 346`; or a bare code in parentheses, with no series.
pub fn series_line(line: &str) -> Option<(Option<String>, String)> {
    for series in SERIES {
        let mut from = 0;
        while let Some(at) = line[from..].find(series) {
            let start = from + at;
            let rest = line[start + series.len()..].trim_start();
            let rest = rest
                .strip_prefix("No.")
                .or_else(|| rest.strip_prefix("Number"))
                .map_or(rest, str::trim_start);
            let token: String = rest
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if is_code(&token) || (!token.is_empty() && token.chars().all(|c| c.is_ascii_digit())) {
                return Some((Some((*series).to_string()), token));
            }
            from = start + series.len();
        }
    }
    let open = line.rfind('(')?;
    let inner = line[open + 1..].split(')').next()?.trim();
    is_code(inner).then(|| (None, inner.to_string()))
}

/// A report code: one to three capitals then at least four digits (`IF11175`, `R48694`).
fn is_code(token: &str) -> bool {
    let letters = token.chars().take_while(char::is_ascii_uppercase).count();
    (1..=3).contains(&letters)
        && token.len() - letters >= 4
        && token[letters..].chars().all(|c| c.is_ascii_digit())
}

fn starts_with_date_word(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("").to_lowercase();
    first == "updated"
        || first == "published"
        || month_number(&first).is_some()
        || first.chars().all(|c| c.is_ascii_digit())
}

/// `Title Updated April 16, 2026 (X)`: the words before the date word, when there are some.
fn title_before_date(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let at = ["updated ", "published "]
        .iter()
        .filter_map(|word| lower.find(word))
        .min()?;
    let title = line[..at].trim();
    (!title.is_empty()).then(|| title.to_string())
}

#[cfg(test)]
mod tests;
