//! A generated library for benchmarks: `count` brief files of about 100 items each (30
//! paragraphs, up to 8 actors, 2 themes, 25 events, 20 figures, 15 positions), every quote a
//! sentence of its brief's source, words drawn from a fixed vocabulary by a fixed seed, so
//! two runs write the same files.

// Counts here are small (years, tenths of a billion, a thousand briefs): casts cannot lose.
#![allow(clippy::cast_precision_loss, clippy::cast_possible_wrap)]

use std::fs;
use std::path::Path;

use briefing::brief::{
    Actor, ActorKind, Brief, BriefDate, Figure, Meta, Paragraph, Point, Position, Scale, Stance,
    Theme, TimelineEvent,
};

const PARAGRAPHS: usize = 30;
const EVENTS: usize = 25;
const FIGURES: usize = 20;
const POSITIONS: usize = 15;

const COUNTRIES: [&str; 16] = [
    "China", "Russia", "India", "Japan", "Brazil", "Germany", "France", "Iran", "Turkey", "Egypt",
    "Mexico", "Canada", "Kenya", "Vietnam", "Poland", "Chile",
];
const TOPICS: [&str; 24] = [
    "pipeline",
    "tariffs",
    "sanctions",
    "fisheries",
    "satellites",
    "vaccines",
    "grain",
    "semiconductors",
    "shipping",
    "refugees",
    "drones",
    "uranium",
    "railways",
    "currency",
    "broadband",
    "lithium",
    "wheat",
    "cyber",
    "ports",
    "steel",
    "hydrogen",
    "copper",
    "tourism",
    "visas",
];
const CITIES: [&str; 8] = [
    "Geneva", "Vienna", "Astana", "Nairobi", "Lima", "Hanoi", "Oslo", "Doha",
];

/// A small linear congruential generator: enough to vary the text, reproducible.
struct Seed(u64);

impl Seed {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.next(words.len())]
    }
}

/// Writes `count` briefs into `folder` as `gen-NNNN.toml`; returns the bytes written.
pub fn generate(folder: &Path, count: usize) -> u64 {
    fs::create_dir_all(folder).expect("the library folder can be made");
    let mut bytes = 0;
    for number in 0..count {
        let text = toml::to_string_pretty(&brief(number)).expect("a generated brief serialises");
        fs::write(folder.join(format!("gen-{number:04}.toml")), &text).expect("write a brief");
        bytes += text.len() as u64;
    }
    bytes
}

/// The generated brief with this number.
pub fn brief(number: usize) -> Brief {
    let mut seed = Seed(number as u64 + 1);
    let brief_actors = actors(&mut seed);
    let mut summary = Vec::new();
    let mut timeline = Vec::new();
    let mut figures = Vec::new();
    let mut positions = Vec::new();
    let year = 1990 + (number % 30) as i32;
    for index in 0..PARAGRAPHS {
        let a = &brief_actors[seed.next(brief_actors.len())];
        let b = &brief_actors[seed.next(brief_actors.len())];
        let topic = seed.pick(&TOPICS);
        let city = seed.pick(&CITIES);
        let month = (index % 12) as u8 + 1;
        let day = (index % 27) as u8 + 1;
        let value = (seed.next(9_000) + 100) as f64 / 10.0;
        let met = format!(
            "On {day} {} {year}, {} met {} in {city} to discuss {topic} in brief {number} paragraph {index}.",
            briefing::brief::MONTH_NAMES[usize::from(month - 1)],
            a.name,
            b.name
        );
        let counted = format!(
            "Trade in {topic} between {} and {} reached US${value} billion in {year}.",
            a.name, b.name
        );
        let stance = format!(
            "{} supports closer cooperation on {topic} with {}.",
            a.name, b.name
        );
        let text = format!("{met} {counted} {stance}");
        summary.push(Paragraph {
            id: format!("p{}", index + 1),
            section: None,
            text,
        });
        if index < EVENTS {
            timeline.push(TimelineEvent {
                id: format!("e-{index}"),
                date: BriefDate::Point(Point::Day { year, month, day }),
                date_note: None,
                title: format!("{} and {} discuss {topic}", a.name, b.name),
                detail: format!("A meeting in {city}."),
                actors: vec![a.id.clone(), b.id.clone()],
                themes: vec!["t-economy".to_string()],
                quote: met,
                paragraph: None,
            });
        }
        if index < FIGURES {
            figures.push(Figure {
                id: format!("f-{index}"),
                label: format!("Trade in {topic}"),
                value,
                unit: "USD".to_string(),
                scale: Some(Scale::Billion),
                period: Some(BriefDate::Point(Point::Year(year))),
                approximate: false,
                hedge: None,
                series: None,
                detail: None,
                actors: vec![a.id.clone(), b.id.clone()],
                themes: vec!["t-economy".to_string()],
                quote: counted,
                paragraph: None,
            });
        }
        if index < POSITIONS {
            positions.push(Position {
                id: format!("pos-{index}"),
                actors: vec![a.id.clone()],
                issue: format!("Cooperation on {topic}"),
                stance: Stance::Supports,
                stated_by: None,
                summary: format!("{} supports cooperation on {topic}.", a.name),
                themes: vec!["t-security".to_string()],
                quote: stance,
                paragraph: None,
            });
        }
    }
    let meta = meta(number, year, seed.pick(&TOPICS), source_of(&summary));
    Brief {
        meta,
        summary,
        actors: brief_actors,
        themes: themes(),
        timeline,
        figures,
        positions,
        deck: None,
    }
}

fn meta(number: usize, year: i32, topic: &str, source: String) -> Meta {
    Meta {
        title: format!("Generated brief {number}: {topic}"),
        subtitle: None,
        series: Some("Bench Brief".to_string()),
        number: Some(number.to_string()),
        authors: vec!["A. Generator".to_string()],
        publisher: None,
        published: BriefDate::Point(Point::Year(year)),
        source,
        source_file: None,
        origin: None,
    }
}

/// Up to eight countries, each once.
fn actors(seed: &mut Seed) -> Vec<Actor> {
    let mut actors: Vec<Actor> = Vec::new();
    for _ in 0..8 {
        let name = seed.pick(&COUNTRIES);
        let id = name.to_lowercase();
        if !actors.iter().any(|actor| actor.id == id) {
            actors.push(Actor {
                id,
                name: name.to_string(),
                kind: ActorKind::Country,
                aliases: vec![format!("{name} government")],
                role: None,
                affiliation: None,
            });
        }
    }
    actors
}

/// The paragraphs as one text, a blank line apart.
fn source_of(summary: &[Paragraph]) -> String {
    summary
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn themes() -> Vec<Theme> {
    [("t-economy", "Economy"), ("t-security", "Security")]
        .map(|(id, name)| Theme {
            id: id.to_string(),
            name: name.to_string(),
        })
        .to_vec()
}
