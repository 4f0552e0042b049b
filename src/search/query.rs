//! A query as fzf users write it, plus `"exact phrases"`: groups of terms that must all
//! match, each group one term or several joined by `|`, each term with its other spellings.

use memchr::memmem::Finder;

use super::fold::{Folding, fold_str, has_accent};
use super::spelling::spellings;

/// How one term must match a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters in order, close together; a literal occurrence ranks above scattered letters.
    Fuzzy,
    /// `'term` or `"a phrase"`: the exact characters, anywhere.
    Exact,
    /// `^term`: the exact characters at the start of a field.
    Prefix,
    /// `term$`: the exact characters at the end of a field.
    Suffix,
}

/// One spelling of one term, folded for comparison.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub kind: Kind,
    /// Smart case and accents: what folding the text must get to compare with `text`.
    pub folding: Folding,
    /// The term folded with `folding`.
    pub text: String,
    /// The term folded loosely: a field that does not hold this cannot hold `text` either,
    /// so it is the cheap first check.
    pub loose: String,
    /// A SIMD substring searcher for `text`, built once per query, not once per field.
    pub finder: Finder<'static>,
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Pattern) -> bool {
        (self.kind, self.folding, &self.text, &self.loose)
            == (other.kind, other.folding, &other.text, &other.loose)
    }
}

impl Eq for Pattern {}

/// Terms of which one must match (`a | b`), or, negated, none may.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub negated: bool,
    /// Every spelling of every `|` alternative.
    pub patterns: Vec<Pattern>,
}

/// A parsed query. An empty one matches nothing; one of only negations matches every item
/// without the excluded terms.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub groups: Vec<Group>,
}

impl Query {
    /// Parses fzf's syntax: words separated by spaces must all match; `'exact`, `^prefix`,
    /// `suffix$`, `!exclude` (exact unless `!^`/`!'`/`$` say more), `a | b` for either, and
    /// `"two words"` for an exact phrase (an unclosed quote runs to the end, so a phrase
    /// being typed already matches). A term with a capital matches case exactly; a term with
    /// an accent matches accents exactly.
    pub fn parse(query: &str) -> Query {
        let mut groups: Vec<Group> = Vec::new();
        let mut join_next = false;
        for token in tokens(query) {
            if token == Token::Bar {
                join_next = !groups.is_empty();
                continue;
            }
            let Token::Word(raw, quoted) = token else {
                continue;
            };
            let Some((negated, patterns)) = term(&raw, quoted) else {
                continue;
            };
            match groups.last_mut() {
                Some(last) if join_next && last.negated == negated => {
                    last.patterns.extend(patterns);
                }
                _ => groups.push(Group { negated, patterns }),
            }
            join_next = false;
        }
        Query { groups }
    }

    /// Whether some group must match (else the query only excludes, or is empty).
    pub fn has_positive(&self) -> bool {
        self.groups.iter().any(|group| !group.negated)
    }

    /// Whether the query has no terms at all (blank, or only operators).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Whether every item matching `self` also matches `earlier`, so `self` may be run on
    /// `earlier`'s hits alone (the query grew as the reader typed). True when each group of
    /// `earlier` is kept at its place, negations unchanged and each spelling of a positive
    /// group extending a spelling of the earlier one of the same kind; a fuzzy spelling only
    /// up to `max_len` characters, since longer terms may stretch over more of a field.
    pub fn narrows(&self, earlier: &Query, max_len: usize) -> bool {
        earlier.has_positive()
            && earlier.groups.len() <= self.groups.len()
            && earlier.groups.iter().zip(&self.groups).all(|(old, new)| {
                if old.negated || new.negated {
                    return old == new;
                }
                new.patterns.iter().all(|pattern| {
                    old.patterns
                        .iter()
                        .any(|before| extends(pattern, before, max_len))
                })
            })
    }
}

/// Whether any field holding `pattern` holds `before` too.
fn extends(pattern: &Pattern, before: &Pattern, max_len: usize) -> bool {
    if pattern.kind != before.kind || pattern.folding != before.folding {
        return false;
    }
    match pattern.kind {
        Kind::Fuzzy => {
            pattern.text.starts_with(&before.text) && pattern.text.chars().count() <= max_len
        }
        Kind::Exact => pattern.text.contains(&before.text),
        Kind::Prefix => pattern.text.starts_with(&before.text),
        Kind::Suffix => pattern.text.ends_with(&before.text),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// A term and whether it was in double quotes.
    Word(String, bool),
    Bar,
}

/// Splits at white space outside double quotes; `!"…"` keeps its `!`.
fn tokens(query: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut in_quotes = false;
    let finish = |current: &mut String, quoted: &mut bool, tokens: &mut Vec<Token>| {
        if current == "|" && !*quoted {
            tokens.push(Token::Bar);
        } else if !current.is_empty() || *quoted {
            tokens.push(Token::Word(std::mem::take(current), *quoted));
        }
        current.clear();
        *quoted = false;
    };
    for c in query.chars() {
        if c == '"' && (in_quotes || current.is_empty() || current == "!") {
            if in_quotes {
                in_quotes = false;
                finish(&mut current, &mut quoted, &mut tokens);
            } else {
                in_quotes = true;
                quoted = true;
            }
        } else if c.is_whitespace() && !in_quotes {
            finish(&mut current, &mut quoted, &mut tokens);
        } else {
            current.push(c);
        }
    }
    finish(&mut current, &mut quoted, &mut tokens);
    tokens
}

/// One term's negation and patterns, or None when nothing is left to match.
fn term(raw: &str, quoted: bool) -> Option<(bool, Vec<Pattern>)> {
    let (negated, rest) = match raw.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    let (kind, text) = if quoted {
        (Kind::Exact, rest.trim())
    } else if let Some(rest) = rest.strip_prefix('\'') {
        (Kind::Exact, rest)
    } else if let Some(rest) = rest.strip_prefix('^') {
        (Kind::Prefix, rest)
    } else if let Some(rest) = rest.strip_suffix('$').filter(|r| !r.is_empty()) {
        (Kind::Suffix, rest)
    } else if negated {
        // As in fzf, an exclusion matches exact characters, not a fuzzy pattern.
        (Kind::Exact, rest)
    } else {
        (Kind::Fuzzy, rest)
    };
    if text.is_empty() {
        return None;
    }
    let folding = Folding {
        case: !text.chars().any(char::is_uppercase),
        accents: !has_accent(text),
    };
    let spelled = spellings(&fold_str(text, Folding::LOOSE));
    let exact_forms = if folding == Folding::LOOSE {
        spelled.clone()
    } else {
        // A term typed with capitals or accents matches as typed; its other spellings, which
        // the reader did not type, match loosely.
        std::iter::once(fold_str(text, folding))
            .chain(spelled.iter().skip(1).cloned())
            .collect()
    };
    let patterns = spelled
        .into_iter()
        .zip(exact_forms)
        .enumerate()
        .map(|(index, (loose, text))| Pattern {
            kind,
            folding: if index == 0 { folding } else { Folding::LOOSE },
            finder: Finder::new(text.as_bytes()).into_owned(),
            text,
            loose,
        })
        .collect();
    Some((negated, patterns))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(query: &str) -> Vec<(bool, Vec<(Kind, String)>)> {
        Query::parse(query)
            .groups
            .into_iter()
            .map(|group| {
                let patterns = group.patterns.into_iter().map(|p| (p.kind, p.text));
                (group.negated, patterns.collect())
            })
            .collect()
    }

    fn one(kind: Kind, text: &str) -> Vec<(Kind, String)> {
        vec![(kind, text.to_string())]
    }

    #[test]
    fn each_form_of_fzf_syntax_is_recognised() {
        assert_eq!(
            shape("a 'b ^c d$ !e !^f"),
            [
                (false, one(Kind::Fuzzy, "a")),
                (false, one(Kind::Exact, "b")),
                (false, one(Kind::Prefix, "c")),
                (false, one(Kind::Suffix, "d")),
                (true, one(Kind::Exact, "e")),
                (true, one(Kind::Prefix, "f")),
            ]
        );
        assert!(Query::parse("' ^ !").is_empty());
        assert!(Query::parse("   ").is_empty());
    }

    #[test]
    fn double_quotes_make_one_exact_phrase() {
        assert_eq!(
            shape("\"two  Words\" three"),
            [
                (false, one(Kind::Exact, "two Words")),
                (false, one(Kind::Fuzzy, "three")),
            ]
        );
        assert_eq!(
            shape("!\"gas pipe\""),
            [(true, one(Kind::Exact, "gas pipe"))]
        );
        // Still being typed: the open phrase runs to the end.
        assert_eq!(
            shape("\"missile def"),
            [(false, one(Kind::Exact, "missile def"))]
        );
        // A quote inside a word is a character.
        assert_eq!(shape("it\"s"), [(false, one(Kind::Fuzzy, "it\"s"))]);
    }

    #[test]
    fn a_bar_joins_alternatives() {
        assert_eq!(
            shape("oil | gas trade"),
            [
                (
                    false,
                    vec![(Kind::Fuzzy, "oil".into()), (Kind::Fuzzy, "gas".into())]
                ),
                (false, one(Kind::Fuzzy, "trade")),
            ]
        );
        assert_eq!(shape("| oil"), [(false, one(Kind::Fuzzy, "oil"))]);
    }

    #[test]
    fn capitals_and_accents_make_a_term_exact_in_that_respect() {
        let query = Query::parse("Zürich zurich москва");
        let foldings: Vec<Folding> = query.groups.iter().map(|g| g.patterns[0].folding).collect();
        assert_eq!(
            foldings,
            [
                Folding {
                    case: false,
                    accents: false
                },
                Folding::LOOSE,
                Folding::LOOSE
            ]
        );
        assert_eq!(query.groups[0].patterns[0].loose, "zurich");
    }

    #[test]
    fn other_spellings_join_the_term() {
        assert_eq!(
            shape("defense"),
            [(
                false,
                vec![
                    (Kind::Fuzzy, "defense".into()),
                    (Kind::Fuzzy, "defence".into())
                ]
            )]
        );
    }

    #[test]
    fn a_longer_query_narrows_an_earlier_one() {
        let narrows = |new: &str, old: &str| Query::parse(new).narrows(&Query::parse(old), 8);
        assert!(narrows("summ", "sum"));
        assert!(narrows("sum it", "sum"));
        assert!(narrows("'summit", "'sum"));
        assert!(narrows("sum !toll", "sum !toll"));
        assert!(!narrows("sum", "summ"), "shorter");
        assert!(!narrows("su", "'su"), "another kind");
        assert!(!narrows("sum !tolls", "sum !toll"), "a negation changed");
        assert!(!narrows("defense", "defens"), "a new spelling appeared");
        assert!(
            !narrows("summitmeeting", "summitmeetin"),
            "too long to bound"
        );
        assert!(!narrows("a", "!b"), "the earlier query listed everything");
        assert!(!narrows("ab$", "a$"));
        assert!(narrows("ba$", "a$"));
    }
}
