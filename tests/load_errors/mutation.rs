//! Random damage to the example brief, in TOML and JSON: loading refuses or accepts each
//! mutant and never panics; the generator is seeded, so a failure can be replayed.

use std::fs;
use std::path::Path;

use briefing::brief::{self, load::Format};
use briefing::cli::{ExportFormat, export_string};

/// xorshift64*: a small, seeded generator, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound.max(1) as u64).expect("fits")
    }
}

/// One random change: flip a bit, overwrite, insert or delete a byte, duplicate or drop a
/// stretch, or truncate.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    const INTERESTING: &[u8] = b"\"'[]{}=,.:\\\n\t\x00\x1b\x7f#-0123456789abcdeu";
    let at = rng.below(bytes.len());
    match rng.below(7) {
        0 => bytes[at] ^= 1 << rng.below(8),
        1 => bytes[at] = INTERESTING[rng.below(INTERESTING.len())],
        2 => bytes.insert(at, INTERESTING[rng.below(INTERESTING.len())]),
        3 => {
            bytes.remove(at);
        }
        4 => {
            let end = (at + rng.below(64)).min(bytes.len());
            let stretch = bytes[at..end].to_vec();
            let to = rng.below(bytes.len());
            bytes.splice(to..to, stretch);
        }
        5 => {
            let end = (at + rng.below(64)).min(bytes.len());
            bytes.drain(at..end);
        }
        _ => bytes.truncate(at),
    }
}

#[test]
fn no_mutation_of_the_example_makes_loading_panic() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let toml = fs::read(fixtures.join("example.toml")).expect("example");
    let source = fs::read_to_string(fixtures.join("example.txt")).expect("source");
    let example = brief::load_file(&fixtures.join("example.toml")).expect("example loads");
    let json = export_string(&example, ExportFormat::Json)
        .expect("export")
        .into_bytes();
    let read_source = |_: &str| Ok(source.clone());

    let mut rng = Rng(0x5eed_b41e_f000_0346);
    let mut loaded = 0;
    let mut refused = 0;
    for round in 0..2_000 {
        let (original, format) = if round % 2 == 0 {
            (&toml, Format::Toml)
        } else {
            (&json, Format::Json)
        };
        let mut bytes = original.clone();
        for _ in 0..=rng.below(4) {
            if bytes.is_empty() {
                break;
            }
            mutate(&mut rng, &mut bytes);
        }
        let text = String::from_utf8_lossy(&bytes);
        let outcome = std::panic::catch_unwind(|| {
            brief::load_str(&text, format, "mutant", &read_source).is_ok()
        });
        let Ok(is_ok) = outcome else {
            panic!("round {round}: loading panicked on:\n{text}");
        };
        if is_ok {
            loaded += 1;
        } else {
            refused += 1;
        }
    }
    assert!(
        refused > 1_000,
        "most mutants are broken: {refused} refused"
    );
    assert!(loaded > 0, "some mutants are harmless (e.g. in a comment)");
}
