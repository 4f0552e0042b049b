//! Generates briefs of any size for the search benchmark, and the same items one a line for
//! `fzf --filter`, so anyone can repeat the comparison in docs/performance.md.
//!
//! The shipped brief's paragraphs, actors and themes stay; events, figures and positions are
//! made from word lists by a fixed pseudo-random sequence (the same brief on every run),
//! each quoting two words of a shipped paragraph so the brief passes `briefing check`. Items
//! are short (about 150 bytes of JSON) so 100,000 of them fit the 16 MiB limit on a brief.

use std::fmt::Write as _;

use briefing::brief::{Brief, load_embedded};
use briefing::search::records::Records;

const SUBJECTS: &[&str] = &[
    "Hu",
    "Putin",
    "Beijing",
    "Moscow",
    "Washington",
    "The G8",
    "CNPC",
    "Rosneft",
    "The UNSC",
    "Kyrgyzstan",
    "Yang Jiechi",
    "The SCO",
    "Iran",
    "Tokyo",
    "Zürich",
    "Москва",
    "Brussels",
];
const VERBS: &[&str] = &[
    "meets",
    "signs",
    "rejects",
    "proposes",
    "warns on",
    "backs",
    "delays",
    "reviews",
    "funds",
    "opens",
    "hosts",
    "defends",
    "modernises",
    "questions",
    "extends",
    "blocks",
];
const TOPICS: &[&str] = &[
    "summit",
    "oil pipeline",
    "gas supply",
    "arms sales",
    "missile defence",
    "trade talks",
    "border treaty",
    "energy deal",
    "sanctions",
    "military drills",
    "investment forum",
    "nuclear programme",
    "tariffs",
    "port access",
    "grain exports",
    "visa rules",
    "toll road",
    "fishing rights",
    "power grid",
    "rail link",
    "customs union",
    "debt relief",
    "space launch",
];
const PLACES: &[&str] = &[
    "in Heiligendamm",
    "in Bishkek",
    "in Vladivostok",
    "in Harbin",
    "at the UN",
    "in Astana",
    "in Shanghai",
    "in Geneva",
    "at the border",
    "in Irkutsk",
    "in Tianjin",
    "in Sochi",
];

/// A deterministic sequence (64-bit LCG, Knuth's constants): the same brief every run.
struct Sequence(u64);

impl Sequence {
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        words[(self.0 >> 33) as usize % words.len()]
    }
}

/// A brief of `items` items in all: the shipped brief's paragraphs and actors, then events,
/// figures and positions in the ratio 2 : 1 : 1.
pub fn large_brief(items: usize) -> Brief {
    let base = load_embedded().expect("the embedded brief loads");
    let mut brief = base.clone();
    brief.timeline.clear();
    brief.figures.clear();
    brief.positions.clear();
    let quotes: Vec<String> = base
        .summary
        .iter()
        .flat_map(|p| {
            let words: Vec<&str> = p.text.split(' ').collect();
            let pairs: Vec<String> = words.windows(2).step_by(5).map(|w| w.join(" ")).collect();
            pairs
        })
        .collect();
    let quotes: Vec<&str> = quotes.iter().map(String::as_str).collect();
    let actor_ids: Vec<&str> = base.actors.iter().map(|a| a.id.as_str()).collect();
    let mut sequence = Sequence(346);
    let fixed = brief.summary.len() + brief.actors.len();
    for n in 0..items.saturating_sub(fixed) {
        let subject = sequence.pick(SUBJECTS);
        let verb = sequence.pick(VERBS);
        let topic = sequence.pick(TOPICS);
        let place = sequence.pick(PLACES);
        let quote = sequence.pick(&quotes).to_string();
        let actors = vec![sequence.pick(&actor_ids).to_string()];
        match n % 4 {
            0 | 1 => {
                let mut event = base.timeline[n % base.timeline.len()].clone();
                event.id = format!("e{n}");
                event.title = format!("{subject} {verb} {topic} {place}");
                event.detail = format!("Talks on {}.", sequence.pick(TOPICS));
                event.date_note = None;
                event.paragraph = None;
                (event.quote, event.actors, event.themes) = (quote, actors, vec![]);
                brief.timeline.push(event);
            }
            2 => {
                let mut figure = base.figures[n % base.figures.len()].clone();
                figure.id = format!("f{n}");
                figure.label = format!("{topic} {place}");
                (figure.detail, figure.hedge, figure.series, figure.paragraph) =
                    (None, None, None, None);
                (figure.quote, figure.actors, figure.themes) = (quote, actors, vec![]);
                brief.figures.push(figure);
            }
            _ => {
                let mut position = base.positions[n % base.positions.len()].clone();
                position.id = format!("pos{n}");
                position.summary = format!("{verb} {topic}");
                position.issue = topic.to_string();
                (position.stated_by, position.paragraph) = (None, None);
                (position.quote, position.actors, position.themes) = (quote, actors, vec![]);
                brief.positions.push(position);
            }
        }
    }
    brief
}

/// The brief's items one a line, each line the texts the search index holds for the item
/// (its own fields and the names of the actors it involves): what fzf gets to match.
pub fn item_lines(brief: &Brief) -> String {
    let records = Records::of(brief);
    let mut lines = String::new();
    for record in &records.records {
        let mut line = records.id(record).to_string();
        let linked = records
            .actors_of(record)
            .iter()
            .flat_map(|&a| records.actor(a));
        for entry in records.entries(record).iter().chain(linked) {
            line.push(' ');
            line.push_str(&records.text(entry));
        }
        let _ = writeln!(lines, "{}", line.replace('\n', " "));
    }
    lines
}
