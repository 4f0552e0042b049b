//! Generates large briefs for the `check` benchmark and the linearity test: TOML text plus
//! the source it quotes, valid, or with a problem in every item.
//!
//! Items are timeline events, figures and positions in turn, each quoting its own sentence
//! of the source; ten sentences make a paragraph. No item names its `paragraph`, so the
//! loader has to find every quote, the expensive case. About 150 bytes of TOML an item:
//! 100,000 items stay under the 16 MiB limit for a brief file.

use std::fmt::Write;

/// What to break in every item of a generated brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // Each user of the generator picks the kinds it needs.
pub enum Faults {
    None,
    /// Every item names an actor that is not defined, and every fifth quotes words that are
    /// not in the source.
    Every,
}

/// Actors and themes the items name, cyclically.
const ACTORS: usize = 40;
const THEMES: usize = 8;
const SENTENCES_PER_PARAGRAPH: usize = 10;

/// `(brief TOML, source text)` with `items` items; the brief names its source as
/// `source_file = "source.txt"`.
pub fn brief(items: usize, faults: Faults) -> (String, String) {
    let sentence = |item: usize| format!("a{} did {item} in {}.", item % ACTORS, 1990 + item % 30);
    let mut source = String::new();
    let mut toml = String::from(
        "[meta]\ntitle = \"Generated\"\npublished = \"2024-01-02\"\nsource_file = \"source.txt\"\n\n",
    );
    let paragraphs = items.div_ceil(SENTENCES_PER_PARAGRAPH).max(1);
    for paragraph in 0..paragraphs {
        let first = paragraph * SENTENCES_PER_PARAGRAPH;
        let text: Vec<String> = (first..(first + SENTENCES_PER_PARAGRAPH).min(items.max(1)))
            .map(sentence)
            .collect();
        let text = text.join(" ");
        let _ = writeln!(source, "{text}\n");
        let _ = writeln!(
            toml,
            "[[summary]]\nid = \"p{paragraph}\"\ntext = \"{text}\"\n"
        );
    }
    for actor in 0..ACTORS {
        let _ = writeln!(
            toml,
            "[[actors]]\nid = \"a{actor}\"\nname = \"Actor {actor}\"\nkind = \"country\"\n"
        );
    }
    for theme in 0..THEMES {
        let _ = writeln!(
            toml,
            "[[themes]]\nid = \"t{theme}\"\nname = \"Theme {theme}\"\n"
        );
    }
    let mut sections = [String::new(), String::new(), String::new()];
    for item in 0..items {
        let actor = if faults == Faults::Every {
            format!("missing{item}")
        } else {
            format!("a{}", item % ACTORS)
        };
        let quote = if faults == Faults::Every && item % 5 == 0 {
            format!("nobody did {item}.")
        } else {
            sentence(item)
        };
        let theme = item % THEMES;
        let out = &mut sections[item % 3];
        let _ = match item % 3 {
            0 => writeln!(
                out,
                "[[timeline]]\nid = \"e{item}\"\ndate = \"{}-01-01\"\ntitle = \"E{item}\"\ndetail = \"\"\nactors = [\"{actor}\"]\nthemes = [\"t{theme}\"]\nquote = \"{quote}\"\n",
                1990 + item % 30
            ),
            1 => writeln!(
                out,
                "[[figures]]\nid = \"f{item}\"\nlabel = \"F{item}\"\nvalue = {item}\nunit = \"USD\"\nactors = [\"{actor}\"]\nquote = \"{quote}\"\n"
            ),
            _ => writeln!(
                out,
                "[[positions]]\nid = \"s{item}\"\nactors = [\"{actor}\"]\nissue = \"matter\"\nstance = \"supports\"\nsummary = \"S{item}\"\nquote = \"{quote}\"\n"
            ),
        };
    }
    for section in sections {
        toml.push_str(&section);
    }
    (toml, source)
}
