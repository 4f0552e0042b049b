//! British and American spellings of one word, so a reader finds a brief in either.
//!
//! Our own small table (no crate covers it): whole-word pairs, plus the `-ize`/`-ise` and
//! `-or`/`-our` families where the stem is long enough that the other spelling is not some
//! unrelated word. `-er`/`-re` words are listed one by one: as a family it would turn
//! `genre` into `gener`, which is part of `general`.

/// Word pairs whose spellings differ other than by a family rule, folded (lower case).
const PAIRS: &[(&str, &str)] = &[
    ("defense", "defence"),
    ("offense", "offence"),
    ("pretense", "pretence"),
    ("license", "licence"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("catalog", "catalogue"),
    ("dialog", "dialogue"),
    ("analog", "analogue"),
    ("gray", "grey"),
    ("aluminum", "aluminium"),
    ("jewelry", "jewellery"),
    ("maneuver", "manoeuvre"),
    ("maneuvers", "manoeuvres"),
    ("judgment", "judgement"),
    ("acknowledgment", "acknowledgement"),
    ("enrollment", "enrolment"),
    ("fulfill", "fulfil"),
    ("skillful", "skilful"),
    ("aging", "ageing"),
    ("artifact", "artefact"),
    ("mold", "mould"),
    ("plow", "plough"),
    ("center", "centre"),
    ("centers", "centres"),
    ("theater", "theatre"),
    ("meter", "metre"),
    ("liter", "litre"),
    ("fiber", "fibre"),
    ("caliber", "calibre"),
    ("somber", "sombre"),
    ("specter", "spectre"),
    ("luster", "lustre"),
    ("meager", "meagre"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometres"),
    ("traveled", "travelled"),
    ("traveling", "travelling"),
    ("canceled", "cancelled"),
    ("canceling", "cancelling"),
    ("labeled", "labelled"),
    ("modeled", "modelled"),
    ("modeling", "modelling"),
    ("fueled", "fuelled"),
    ("signaled", "signalled"),
    ("counselor", "counsellor"),
];

/// Shortest stem before `ize`/`ise` or `or`/`our` that a family rule changes: below it the
/// ending is most of the word (`rise`, `size`, `four`, `tour`) and the swap would be noise.
const MIN_STEM: usize = 3;

/// Endings that may follow `-ize`/`-ise`, longest first.
const IZE_TAILS: &[&str] = &["ation", "ations", "ing", "ers", "er", "es", "ed", "e"];

/// Endings that may follow `-or`/`-our`.
const OR_TAILS: &[&str] = &["ites", "ite", "able", "ably", "ful", "ing", "ed", "s", ""];

/// The other spellings of one folded word: none for most words. A word changes only whole,
/// so `defens` (a query half typed) has none until it reads `defense`.
pub fn variants(word: &str) -> Vec<String> {
    let mut found = Vec::new();
    for &(american, british) in PAIRS {
        if word == american {
            found.push(british.to_string());
        } else if word == british {
            found.push(american.to_string());
        }
    }
    if let Some(other) = ize_ise(word) {
        found.push(other);
    }
    if let Some(other) = or_our(word) {
        found.push(other);
    }
    found.retain(|other| other != word);
    found.dedup();
    found
}

/// `modernize` ↔ `modernise`, with `-ization`, `-izing`, `-ized`, `-izer`, `-izes`.
fn ize_ise(word: &str) -> Option<String> {
    for tail in IZE_TAILS {
        let Some(body) = word.strip_suffix(tail) else {
            continue;
        };
        for (from, to) in [("iz", "is"), ("is", "iz"), ("yz", "ys"), ("ys", "yz")] {
            if let Some(stem) = body.strip_suffix(from)
                && stem.chars().count() >= MIN_STEM
            {
                return Some(format!("{stem}{to}{tail}"));
            }
        }
    }
    None
}

/// `colour` ↔ `color`, `favourite` ↔ `favorite`, `behaviours` ↔ `behaviors`.
fn or_our(word: &str) -> Option<String> {
    for tail in OR_TAILS {
        let Some(body) = word.strip_suffix(tail) else {
            continue;
        };
        if let Some(stem) = body.strip_suffix("our")
            && stem.chars().count() >= MIN_STEM
        {
            return Some(format!("{stem}or{tail}"));
        }
        if let Some(stem) = body.strip_suffix("or")
            && stem.chars().count() >= MIN_STEM
            && !stem.ends_with('o')
        {
            return Some(format!("{stem}our{tail}"));
        }
    }
    None
}

/// Every spelling of a folded term of one or more words: the term itself first, then each
/// word swapped for its other spellings, at most `LIMIT` in all.
pub fn spellings(term: &str) -> Vec<String> {
    const LIMIT: usize = 8;
    let mut all = vec![term.to_string()];
    let words: Vec<&str> = term.split(' ').collect();
    for (index, word) in words.iter().enumerate() {
        for other in variants(word) {
            let known = all.clone();
            for spelling in known {
                let mut parts: Vec<&str> = spelling.split(' ').collect();
                if parts.len() == words.len() {
                    parts[index] = &other;
                    let swapped = parts.join(" ");
                    if !all.contains(&swapped) && all.len() < LIMIT {
                        all.push(swapped);
                    }
                }
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each row: a word and the other spellings it must have.
    const ROWS: &[(&str, &[&str])] = &[
        ("defense", &["defence"]),
        ("defence", &["defense"]),
        ("program", &["programme"]),
        ("programme", &["program"]),
        ("modernize", &["modernise"]),
        ("modernise", &["modernize"]),
        ("modernisation", &["modernization"]),
        ("organizing", &["organising"]),
        ("analyze", &["analyse"]),
        ("colour", &["color"]),
        ("color", &["colour"]),
        ("favourite", &["favorite"]),
        ("behaviours", &["behaviors"]),
        ("labour", &["labor"]),
        ("centre", &["center"]),
        ("theater", &["theatre"]),
    ];

    /// Words that must keep their one spelling.
    const NONE: &[&str] = &[
        "rise", "size", "four", "tour", "flour", "for", "genre", "defens", "missile", "poor",
        "floor", "door",
    ];

    #[test]
    fn each_word_has_its_other_spellings() {
        for (word, expected) in ROWS {
            assert_eq!(variants(word), *expected, "{word}");
        }
    }

    #[test]
    fn short_and_unrelated_words_have_none() {
        for word in NONE {
            assert!(variants(word).is_empty(), "{word}: {:?}", variants(word));
        }
    }

    #[test]
    fn a_phrase_gets_each_word_swapped() {
        assert_eq!(
            spellings("missile defense"),
            ["missile defense", "missile defence"]
        );
        assert_eq!(
            spellings("defense program"),
            [
                "defense program",
                "defence program",
                "defense programme",
                "defence programme"
            ]
        );
        assert_eq!(spellings("trade"), ["trade"]);
    }
}
