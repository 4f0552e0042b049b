//! Where an item's quote begins in its brief: the paragraph that holds it and the sentence of
//! that paragraph (`brief::sentences`) in which the quote starts, written `p33#4` (the fourth
//! sentence of paragraph `p33`). A sentence that a new version rewrites around the same fact
//! keeps its place, though hardly a word of it.

use std::collections::HashMap;

use crate::brief::{Brief, sentences};

/// A brief's paragraphs by id, and the sentence starts of each paragraph asked about (split
/// once, on first use).
pub struct Places<'a> {
    paragraphs: HashMap<&'a str, &'a str>,
    starts: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Places<'a> {
    pub fn of(brief: &'a Brief) -> Places<'a> {
        Places {
            paragraphs: brief
                .summary
                .iter()
                .map(|p| (p.id.as_str(), p.text.as_str()))
                .collect(),
            starts: HashMap::new(),
        }
    }

    /// `PARAGRAPH#N`: the paragraph `paragraph` and the 1-based number of its sentence in which
    /// `quote` first begins. `None` when the brief has no such paragraph or the quote is not in
    /// it.
    pub fn place(&mut self, paragraph: Option<&'a str>, quote: &str) -> Option<String> {
        let paragraph = paragraph?;
        let text = *self.paragraphs.get(paragraph)?;
        let at = find(text, quote)?;
        let starts = self.starts.entry(paragraph).or_insert_with(|| {
            sentences::split(text, 0..text.len())
                .iter()
                .map(|sentence| sentence.start)
                .collect()
        });
        let sentence = starts.partition_point(|&start| start <= at).max(1);
        Some(format!("{paragraph}#{sentence}"))
    }
}

/// Where `quote` first occurs in `text`. Found by its first few bytes, checked whole: the
/// searcher for a long quote costs more to build than the search.
fn find(text: &str, quote: &str) -> Option<usize> {
    const PREFIX: usize = 32;
    let prefix = &quote.as_bytes()[..quote.len().min(PREFIX)];
    let finder = memchr::memmem::Finder::new(prefix);
    let mut from = 0;
    while let Some(at) = finder.find(&text.as_bytes()[from..]) {
        let at = from + at;
        if text.as_bytes()[at..].starts_with(quote.as_bytes()) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::load_embedded;

    #[test]
    fn a_quote_is_placed_in_the_sentence_it_begins_in() {
        let mut brief = load_embedded().expect("embedded brief");
        brief.summary[0].text = "First one. Second here, with a fact. Third.".to_string();
        let id = brief.summary[0].id.clone();
        let mut places = Places::of(&brief);
        let first = Some(format!("{id}#1"));
        let second = Some(format!("{id}#2"));
        assert_eq!(places.place(Some(&id), "First one."), first);
        assert_eq!(places.place(Some(&id), "with a fact"), second);
        assert_eq!(places.place(Some(&id), "Second here"), second);
        assert_eq!(places.place(Some(&id), "not there"), None);
        assert_eq!(places.place(Some("no-such-paragraph"), "First"), None);
        assert_eq!(places.place(None, "First"), None);
    }

    #[test]
    fn a_long_quote_is_found_where_it_begins_though_its_start_repeats() {
        let start = "The program shall, within ninety days of enactment, ";
        let text = format!("{start}report. {start}report again to Congress.");
        let quote = format!("{start}report again");
        assert_eq!(find(&text, &quote), Some(start.len() + "report. ".len()));
        assert_eq!(find(&text, "not there at all"), None);
        assert_eq!(find(&text, ""), Some(0));
    }
}
