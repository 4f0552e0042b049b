//! Parsing a large TOML brief on all cores: the text is cut into pieces of about 1 MiB where
//! a top-level `[[summary]]`, `[[actors]]`, `[[themes]]`, `[[timeline]]`, `[[figures]]` or
//! `[[positions]]` line starts an item, each core has the `toml` crate parse a run of pieces,
//! and the pieces' lists are joined in order. Whenever the pieces could disagree with one
//! parse of the whole, the whole is parsed instead, so the result, and every error, is
//! exactly what `toml::from_str` gives.
//!
//! Why a piece that parses means what it means in the whole: the first piece is a prefix of
//! the file, so if it parses, the file is at the top level where it ends (a string, array or
//! inline table left open would be an error), and the next piece starts with a real header;
//! by induction every piece is read as the whole file reads it. What the pieces cannot see of
//! one another is checked when they are joined: `meta` and `deck` given once, and no list
//! written as a plain array (`timeline = [...]`) in the first piece while another piece adds
//! items to it with headers (an error in one parse, which the join must not hide).

use std::sync::OnceLock;
use std::thread;

use memchr::memmem;
use serde::Deserialize;

use super::deck::DeckSpec;
use super::{Actor, Brief, Figure, Meta, Paragraph, Position, Theme, TimelineEvent};

/// The lists a brief's top level holds; a line holding just one of these headers is where a
/// piece may begin.
const LISTS: [&str; 6] = [
    "summary",
    "actors",
    "themes",
    "timeline",
    "figures",
    "positions",
];

/// About how large a piece is: large enough that cutting costs nothing, small enough that
/// the parser's working memory (a token and an event per word, a tree of tables: some 20
/// times the text) is freed and reused piece after piece instead of touched fresh for the
/// whole file at once (400 MB for a 16 MiB brief, a third of the time spent faulting pages
/// in).
const PIECE: usize = 1 << 20;

/// Parses a brief's TOML as `toml::from_str::<Brief>` does, in pieces of about [`PIECE`]
/// bytes shared between the cores when the text is large. Errors are always those of one
/// parse of the whole text.
pub(super) fn parse_toml(text: &str) -> Result<Brief, toml::de::Error> {
    parse_in_pieces(text, text.len() / PIECE, cores())
}

/// The cores to parse on, asked once: the answer takes system calls (cgroup files).
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| thread::available_parallelism().map_or(1, usize::from))
}

/// [`parse_toml`] with at most `pieces` pieces (one or none: a single parse), run on at
/// most `threads` threads, each parsing a run of consecutive pieces one after another.
fn parse_in_pieces(text: &str, pieces: usize, threads: usize) -> Result<Brief, toml::de::Error> {
    let starts = piece_starts(text, pieces);
    if starts.is_empty() {
        return toml::from_str(text);
    }
    let bounds: Vec<(usize, usize)> = std::iter::once(0)
        .chain(starts.iter().copied())
        .zip(starts.iter().copied().chain(std::iter::once(text.len())))
        .collect();
    let threads = threads.clamp(1, bounds.len());
    let runs: Vec<&[(usize, usize)]> = (0..threads)
        .map(|run| &bounds[bounds.len() * run / threads..bounds.len() * (run + 1) / threads])
        .collect();
    let parse_run = |run: &[(usize, usize)]| -> Option<Vec<Part>> {
        run.iter()
            .map(|&(start, end)| toml::from_str::<Part>(&text[start..end]).ok())
            .collect()
    };
    let parts: Vec<Option<Vec<Part>>> = thread::scope(|scope| {
        let workers: Vec<_> = runs[1..]
            .iter()
            .map(|&run| scope.spawn(move || parse_run(run)))
            .collect();
        let first = parse_run(runs[0]);
        std::iter::once(first)
            .chain(
                workers
                    .into_iter()
                    .map(|worker| worker.join().ok().flatten()),
            )
            .collect()
    });
    let parts = parts
        .into_iter()
        .collect::<Option<Vec<Vec<Part>>>>()
        .map(|runs| runs.into_iter().flatten().collect::<Vec<Part>>());
    let joined = parts.and_then(|parts| join(parts, &text[..bounds[0].1]));
    match joined {
        Some(brief) => Ok(brief),
        None => toml::from_str(text),
    }
}

/// Where pieces after the first begin: about `pieces` equal parts, each starting at the first
/// line at or after its share that is a list header alone on its line. Fewer when the text
/// has no such line where one is wanted; none for one piece.
fn piece_starts(text: &str, pieces: usize) -> Vec<usize> {
    let finder = memmem::Finder::new("\n[[");
    let bytes = text.as_bytes();
    let mut starts = Vec::new();
    let mut from = 0;
    for piece in 1..pieces {
        let mut at = (text.len() / pieces * piece).max(from);
        loop {
            let Some(found) = finder.find(&bytes[at..]) else {
                return starts;
            };
            let line = at + found + 1;
            let header = &bytes[line + 2..];
            let is_list = LISTS.iter().any(|name| {
                header.starts_with(name.as_bytes()) && header[name.len()..].starts_with(b"]]\n")
            });
            if is_list {
                starts.push(line);
                from = line + 1;
                break;
            }
            at = line;
        }
    }
    starts
}

/// What one piece holds: any of a brief's top-level fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    meta: Option<Meta>,
    summary: Option<Vec<Paragraph>>,
    actors: Option<Vec<Actor>>,
    themes: Option<Vec<Theme>>,
    timeline: Option<Vec<TimelineEvent>>,
    figures: Option<Vec<Figure>>,
    positions: Option<Vec<Position>>,
    deck: Option<DeckSpec>,
}

impl Part {
    /// Whether the piece gives list `name` (one of [`LISTS`]).
    fn has(&self, name: &str) -> bool {
        match name {
            "summary" => self.summary.is_some(),
            "actors" => self.actors.is_some(),
            "themes" => self.themes.is_some(),
            "timeline" => self.timeline.is_some(),
            "figures" => self.figures.is_some(),
            "positions" => self.positions.is_some(),
            _ => false,
        }
    }
}

/// The brief the pieces make together, or `None` when one parse of the whole might say
/// otherwise (then the caller parses the whole).
fn join(parts: Vec<Part>, first_piece: &str) -> Option<Brief> {
    // A list the first piece holds and a later one adds to: fine when the first piece made
    // it with headers too, an error when it wrote `name = [...]` (or `name.key = ...`).
    let continued = |name: &str| {
        parts.first().is_some_and(|part| part.has(name))
            && parts[1..].iter().any(|part| part.has(name))
    };
    if LISTS
        .iter()
        .any(|name| continued(name) && may_assign(first_piece, name))
    {
        return None;
    }
    let (mut meta, mut deck) = (None, None);
    let mut lists = Lists::default();
    for part in parts {
        let Part {
            meta: part_meta,
            deck: part_deck,
            summary,
            actors,
            themes,
            timeline,
            figures,
            positions,
        } = part;
        if part_meta.is_some() && meta.is_some() || part_deck.is_some() && deck.is_some() {
            return None;
        }
        meta = meta.or(part_meta);
        deck = deck.or(part_deck);
        append(&mut lists.summary, summary);
        append(&mut lists.actors, actors);
        append(&mut lists.themes, themes);
        append(&mut lists.timeline, timeline);
        append(&mut lists.figures, figures);
        append(&mut lists.positions, positions);
    }
    Some(Brief {
        meta: meta?,
        summary: lists.summary,
        actors: lists.actors,
        themes: lists.themes,
        timeline: lists.timeline,
        figures: lists.figures,
        positions: lists.positions,
        deck,
    })
}

/// The lists of a brief, gathered piece by piece.
#[derive(Default)]
struct Lists {
    summary: Vec<Paragraph>,
    actors: Vec<Actor>,
    themes: Vec<Theme>,
    timeline: Vec<TimelineEvent>,
    figures: Vec<Figure>,
    positions: Vec<Position>,
}

fn append<T>(list: &mut Vec<T>, more: Option<Vec<T>>) {
    if let Some(more) = more {
        list.extend(more);
    }
}

/// Whether some line of `text` could give key `name` a value directly (`name = `,
/// `name.more = `, quoted or not), judged on the text alone and erring towards yes: such a
/// line inside a table or string only costs a parse of the whole.
fn may_assign(text: &str, name: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim_start();
        let rest = line
            .strip_prefix(name)
            .or_else(|| {
                line.strip_prefix('"')
                    .and_then(|l| l.strip_prefix(name))
                    .and_then(|l| l.strip_prefix('"'))
            })
            .or_else(|| {
                line.strip_prefix('\'')
                    .and_then(|l| l.strip_prefix(name))
                    .and_then(|l| l.strip_prefix('\''))
            });
        rest.is_some_and(|rest| rest.trim_start().starts_with(['=', '.']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` in 1 to 6 pieces on 1 to 3 threads, asserting each gives what one parse of the whole gives:
    /// the same brief, or the same error message at the same place.
    fn assert_same_in_pieces(text: &str) {
        let whole = toml::from_str::<Brief>(text);
        for (pieces, threads) in [(1, 1), (2, 1), (2, 2), (3, 2), (4, 2), (4, 3), (6, 2)] {
            let split = parse_in_pieces(text, pieces, threads);
            let how = format!("{pieces} pieces on {threads} threads");
            match (&whole, &split) {
                (Ok(whole), Ok(split)) => assert_eq!(whole, split, "{how}"),
                (Err(whole), Err(split)) => {
                    assert_eq!(whole.message(), split.message(), "{how}");
                    assert_eq!(whole.span(), split.span(), "{how}");
                }
                _ => panic!("{how}: {split:?}, one parse: {whole:?}"),
            }
        }
    }

    const META: &str = "[meta]\ntitle = \"T\"\npublished = \"2024\"\nsource = \"a b c\"\n\n";

    fn event(id: &str) -> String {
        format!(
            "[[timeline]]\nid = \"{id}\"\ndate = \"2007\"\ntitle = \"x\"\ndetail = \"\"\nquote = \"a\"\n\n"
        )
    }

    fn brief_of(events: usize) -> String {
        let mut text = META.to_string();
        text.push_str("[[summary]]\nid = \"p1\"\ntext = \"a b c\"\n\n");
        for n in 0..events {
            text.push_str(&event(&format!("e{n}")));
        }
        text.push_str(
            "[[figures]]\nid = \"f1\"\nlabel = \"l\"\nvalue = 1\nunit = \"USD\"\nquote = \"b\"\n\n",
        );
        for n in events..events * 2 {
            text.push_str(&event(&format!("e{n}")));
        }
        text
    }

    #[test]
    fn a_brief_in_pieces_is_the_brief_in_one_parse() {
        let text = brief_of(8);
        assert_eq!(piece_starts(&text, 3).len(), 2);
        assert_same_in_pieces(&text);
        let brief = parse_in_pieces(&text, 3, 2).expect("parses");
        let ids: Vec<&str> = brief.timeline.iter().map(|e| e.id.as_str()).collect();
        let expected: Vec<String> = (0..16).map(|n| format!("e{n}")).collect();
        assert_eq!(ids, expected, "events keep the order they are written in");
    }

    #[test]
    fn a_header_inside_a_string_is_not_a_place_to_cut() {
        let mut text = brief_of(4);
        let at = text.find("detail = \"\"").expect("a detail");
        text.replace_range(
            at..at + 11,
            "detail = \"\"\"\n[[timeline]]\n[[figures]]\n\"\"\"",
        );
        text.push_str("[[positions]]\nid = 'x'\nactors = []\nissue = '''\n[[themes]]\n'''\nstance = \"acts\"\nsummary = \"s\"\nquote = \"c\"\n");
        assert_same_in_pieces(&text);
        let brief = parse_in_pieces(&text, 4, 2).expect("parses");
        assert_eq!(brief.timeline[0].detail, "[[timeline]]\n[[figures]]\n");
        assert_eq!(brief.positions[0].issue, "[[themes]]\n");
    }

    #[test]
    fn what_one_parse_refuses_the_pieces_refuse_alike() {
        // A plain array, then items added to it with headers.
        assert_same_in_pieces(&format!("timeline = []\n{}", brief_of(4)));
        assert_same_in_pieces(&format!(
            "figures = []\n{}[[figures]]\nid = \"g\"\nlabel = \"l\"\nvalue = 1\nunit = \"u\"\nquote = \"b\"\n",
            brief_of(4)
        ));
        // `meta` twice, far apart.
        assert_same_in_pieces(&format!("{}{META}", brief_of(4)));
        // An unknown field in a later piece, and a table where a list belongs.
        assert_same_in_pieces(&format!(
            "{}[[timeline]]\nid = \"z\"\nwhat = 1\n",
            brief_of(4)
        ));
        assert_same_in_pieces(&format!("{}[timeline]\nid = \"z\"\n", brief_of(4)));
        assert_same_in_pieces(&format!("{}[timeline.extra]\nid = \"z\"\n", brief_of(4)));
        // No meta at all.
        assert_same_in_pieces(&brief_of(4).replacen("[meta]", "[other]", 1));
        // A string left open across the place a piece would start.
        let text = brief_of(4);
        let at = text.find("[[figures]]").expect("figures");
        let mut open = text.clone();
        open.insert_str(at, "note = \"\"\"\n");
        assert_same_in_pieces(&open);
    }

    /// The pieces of `text` in `pieces` parts, each parsed alone, when every one parses.
    fn parts_of(text: &str, pieces: usize) -> Option<Vec<Part>> {
        let starts = piece_starts(text, pieces);
        assert!(!starts.is_empty(), "the text is cut");
        let ends = starts.iter().copied().chain([text.len()]);
        std::iter::once(0)
            .chain(starts.iter().copied())
            .zip(ends)
            .map(|(start, end)| toml::from_str::<Part>(&text[start..end]).ok())
            .collect()
    }

    #[test]
    fn the_join_refuses_pieces_that_each_parse_but_not_together() {
        fn first_piece(text: &str) -> &str {
            &text[..piece_starts(text, 2)[0]]
        }
        let position = "[[positions]]\nid = \"s\"\nactors = []\nissue = \"i\"\nstance = \"acts\"\nsummary = \"s\"\nquote = \"c\"\n";
        for text in [
            format!("positions = []\n{}{position}", brief_of(4)),
            format!("{}{META}", brief_of(4)),
        ] {
            let parts = parts_of(&text, 2).expect("each piece parses alone");
            assert!(join(parts, first_piece(&text)).is_none(), "{text}");
            assert!(toml::from_str::<Brief>(&text).is_err());
        }
        let text = brief_of(4);
        let parts = parts_of(&text, 2).expect("each piece parses alone");
        assert!(join(parts, first_piece(&text)).is_some());
    }

    #[test]
    fn a_deck_split_from_its_slides_is_read_whole() {
        let text = format!(
            "{META}[deck]\n{}[[deck.slides]]\nkind = \"title\"\n",
            (0..6).map(|n| event(&format!("e{n}"))).collect::<String>()
        );
        assert_same_in_pieces(&text);
        assert!(parse_in_pieces(&text, 2, 2).is_ok_and(|brief| brief.deck.is_some()));
    }

    #[test]
    fn a_plain_array_is_spotted_however_its_key_is_written() {
        assert!(may_assign("x = 1\ntimeline = []\n", "timeline"));
        assert!(may_assign("  \"timeline\" = []", "timeline"));
        assert!(may_assign("'timeline'.a = 1", "timeline"));
        assert!(!may_assign("[[timeline]]\ntimelines = 1\n", "timeline"));
    }
}
