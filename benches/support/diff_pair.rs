//! Generates two versions of a long report for the `diff` benchmark: a brief shaped like
//! CRS report R48694 as imported (358 events, 969 figures, 137 positions, and the shipped
//! brief's actors), sentence-long quotes from a fixed pseudo-random sequence (common words,
//! a report's own stems, a long tail of rarer words), and its revision: items removed,
//! added, reworded, revalued and retyped (curly apostrophes, en dashes), as a report's next
//! version or its PDF would have them.

use briefing::brief::{Brief, BriefDate, load_embedded};

/// A fixed pseudo-random sequence (a linear congruential generator): the same briefs on
/// every run.
pub struct Sequence(pub u64);

impl Sequence {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize % n.max(1)
    }
}

/// The stems reports are written from; each report uses 24 of them (by its seed), so two
/// reports share their common words and some stems, as two CRS reports do.
const STEMS: &[&str] = &[
    "fund",
    "research",
    "develop",
    "program",
    "agenc",
    "request",
    "appropriat",
    "scien",
    "defens",
    "energ",
    "health",
    "tax",
    "bracket",
    "deduct",
    "exempt",
    "income",
    "rate",
    "inflat",
    "adjust",
    "credit",
    "nuclear",
    "weapon",
    "missile",
    "treaty",
    "trade",
    "tariff",
    "export",
    "import",
    "agricultur",
    "farm",
    "conserv",
    "nutrit",
    "elect",
    "vot",
    "grant",
    "state",
    "local",
    "court",
    "rul",
    "statut",
    "regulat",
    "bank",
    "capital",
    "debt",
    "holding",
    "foreign",
    "treasur",
    "securit",
    "bridge",
    "highway",
    "transit",
    "water",
    "wildlif",
    "speak",
    "house",
    "senat",
    "committ",
    "hear",
    "space",
    "launch",
    "vehicl",
    "army",
];

/// A word of a report written from `stems`: a stem and an ending ("fund", "funding"), or
/// one of the words every report uses.
fn word(seq: &mut Sequence, stems: &[&str]) -> String {
    const ENDINGS: &[&str] = &["", "s", "ing", "ed", "es", "ion"];
    const COMMON: &[&str] = &[
        "the", "of", "for", "in", "and", "to", "a", "by", "FY2025", "FY2026", "billion", "percent",
        "Congress",
    ];
    if seq.below(3) == 0 {
        COMMON[seq.below(COMMON.len())].to_string()
    } else {
        let stem = stems[seq.below(stems.len())];
        format!("{stem}{}", ENDINGS[seq.below(ENDINGS.len())])
    }
}

/// The 24 stems the report of `seed` is written from.
fn stems_of(seed: u64) -> Vec<&'static str> {
    let mut seq = Sequence(seed ^ 0x5eed);
    let mut stems = STEMS.to_vec();
    for i in (1..stems.len()).rev() {
        stems.swap(i, seq.below(i + 1));
    }
    stems.truncate(24);
    stems
}

/// One of 8,000 rarer words (names, places, terms: three syllables), the lower-numbered
/// far more often, as a long tail of real vocabulary is.
fn rare(seq: &mut Sequence) -> String {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "ter", "an", "vos", "ri", "del", "pa", "shu", "nor", "be", "gra", "ul",
        "zen", "co", "fi", "mar", "ot", "wes",
    ];
    let bound = seq.below(8_000) + 1;
    let n = seq.below(bound);
    let syllable = |i: usize| SYLLABLES[i % SYLLABLES.len()];
    format!("{}{}{}", syllable(n), syllable(n / 20), syllable(n / 400))
}

/// A sentence of 12 to 40 words, a few of them rare, with a dollar figure and an
/// apostrophe, as a quote.
fn sentence(seq: &mut Sequence, stems: &[&str], n: usize) -> String {
    let length = 12 + seq.below(29);
    let mut words: Vec<String> = (0..length)
        .map(|_| {
            if seq.below(6) == 0 {
                rare(seq)
            } else {
                word(seq, stems)
            }
        })
        .collect();
    words.insert(
        seq.below(length),
        format!("${}.{} billion", n % 997, seq.below(10)),
    );
    words.insert(seq.below(length), "the agency's".to_string());
    format!("{}.", words.join(" "))
}

/// A brief of `events` events, `figures` figures and `positions` positions, numbered from
/// `seed` (two seeds give unrelated reports).
pub fn report(seed: u64, events: usize, figures: usize, positions: usize) -> Brief {
    written(seed, &stems_of(seed), [events, figures, positions])
}

/// A brief of so many events, figures and positions, its sentences from `seed`'s sequence
/// and from `stems`.
fn written(seed: u64, stems: &[&str], [events, figures, positions]: [usize; 3]) -> Brief {
    let base = load_embedded().expect("the embedded brief loads");
    let mut brief = base.clone();
    brief.timeline.clear();
    brief.figures.clear();
    brief.positions.clear();
    let actors: Vec<String> = base.actors.iter().map(|a| a.id.clone()).collect();
    let mut seq = Sequence(seed);
    for n in 0..events {
        let mut event = base.timeline[n % base.timeline.len()].clone();
        event.id = format!("e{n}");
        event.quote = sentence(&mut seq, stems, n);
        event.title = event.quote.split(' ').take(8).collect::<Vec<_>>().join(" ");
        event.date = BriefDate::parse(&format!(
            "20{:02}-{:02}-01",
            10 + seq.below(16),
            1 + seq.below(12)
        ))
        .expect("a valid date");
        event.actors = vec![actors[seq.below(actors.len())].clone()];
        brief.timeline.push(event);
    }
    for n in 0..figures {
        let mut figure = base.figures[n % base.figures.len()].clone();
        figure.id = format!("f{n}");
        figure.quote = sentence(&mut seq, stems, n);
        figure.label = format!("{} {}", word(&mut seq, stems), word(&mut seq, stems));
        figure.value = f64::from(u32::try_from(n % 997).unwrap_or(0));
        brief.figures.push(figure);
    }
    for n in 0..positions {
        let mut position = base.positions[n % base.positions.len()].clone();
        position.id = format!("pos{n}");
        position.quote = sentence(&mut seq, stems, n);
        position.issue = format!("{} {}", word(&mut seq, stems), word(&mut seq, stems));
        position.actors = vec![actors[seq.below(actors.len())].clone()];
        brief.positions.push(position);
    }
    brief
}

/// The shape of R48694 v10 as imported: 358 events, 969 figures, 137 positions.
pub fn r48694_sized(seed: u64) -> Brief {
    report(seed, 358, 969, 137)
}

/// The next version of `brief` (written as `report(seed, …)`): of every 100 items, 3 removed, 3 reworded (a word
/// replaced), 3 figures revalued, 20 retyped (curly apostrophe, en dash); 3 new ones added.
pub fn revise(brief: &Brief, seed: u64) -> Brief {
    let mut seq = Sequence(2007);
    let stems = stems_of(seed);
    let mut new = brief.clone();
    let edit = |quote: &mut String, seq: &mut Sequence| match seq.below(100) {
        0..3 => {
            let words: Vec<&str> = quote.split(' ').collect();
            let at = seq.below(words.len());
            let mut words: Vec<String> = words.iter().map(|w| (*w).to_string()).collect();
            words[at] = word(seq, &stems);
            *quote = words.join(" ");
        }
        3..23 => *quote = quote.replace('\'', "’").replace(" - ", " – "),
        _ => {}
    };
    for event in &mut new.timeline {
        edit(&mut event.quote, &mut seq);
    }
    for figure in &mut new.figures {
        edit(&mut figure.quote, &mut seq);
        if seq.below(100) < 3 {
            figure.value += 1.0;
        }
    }
    for position in &mut new.positions {
        edit(&mut position.quote, &mut seq);
    }
    let keep = |seq: &mut Sequence| seq.below(100) >= 3;
    new.timeline.retain(|_| keep(&mut seq));
    new.figures.retain(|_| keep(&mut seq));
    new.positions.retain(|_| keep(&mut seq));
    let mut added = written(
        seed.wrapping_mul(31).wrapping_add(1),
        &stems,
        [
            new.timeline.len() / 30,
            new.figures.len() / 30,
            new.positions.len() / 30,
        ],
    );
    for event in &mut added.timeline {
        event.id = format!("new-{}", event.id);
    }
    for figure in &mut added.figures {
        figure.id = format!("new-{}", figure.id);
    }
    for position in &mut added.positions {
        position.id = format!("new-{}", position.id);
    }
    new.timeline.extend(added.timeline);
    new.figures.extend(added.figures);
    new.positions.extend(added.positions);
    new
}
