//! The slides in the All-briefs scope: a deck over every brief of a library would run to
//! thousands of slides (11,868 over 99 reports) and take seconds to build, so `p` there
//! presents the brief the selected item comes from, built from its items in the merged
//! brief (`library::merge::part`) in a few milliseconds. Its slides point at the merged
//! items, so Enter on a slide opens the item in All briefs and Esc returns to the slide.

use super::present::SlideMode;
use super::{App, Scope, Status, StatusKind};
use crate::brief::BriefDate;
use crate::present::Deck;

impl App {
    /// Before `p` in the All-briefs scope: puts the deck of the current item's brief in
    /// `slides` (kept when it is that brief's already). Returns false, saying why in the
    /// status line, when there is no item to take the brief from; true elsewhere, where the
    /// brief on display has its own deck.
    pub(super) fn slides_of_current_brief(&mut self) -> bool {
        let in_all = self.shelf.as_ref().and_then(|s| s.scope.as_ref()) == Some(&Scope::All);
        if !in_all {
            return true;
        }
        let brief = self
            .current_item()
            .and_then(|item| self.brief.id_of(item))
            .and_then(|id| id.split_once('/'))
            .map(|(brief, _)| brief.to_string());
        let Some(brief) = brief else {
            self.status = Some(Status {
                kind: StatusKind::Info,
                text: "Select an item: in All briefs, p presents the brief it comes from"
                    .to_string(),
            });
            return false;
        };
        if self.slides.as_ref().and_then(|s| s.of_brief.as_deref()) != Some(brief.as_str()) {
            let mut slides = SlideMode::new(self.deck_of(&brief));
            slides.of_brief = Some(brief);
            self.slides = Some(slides);
        }
        true
    }

    /// The generated deck of brief `id` of the merged brief, titled and dated as the shelf
    /// lists it, its slides pointing at the merged items.
    fn deck_of(&self, id: &str) -> Deck {
        let mut part = crate::library::merge::part::part(&self.brief, id);
        if let Some(summary) = self
            .shelf
            .as_ref()
            .and_then(|s| s.entry(id))
            .and_then(|e| e.summary.as_ref())
        {
            let meta = &mut part.brief.meta;
            meta.title.clone_from(&summary.title);
            meta.series.clone_from(&summary.series);
            meta.number.clone_from(&summary.number);
            meta.published = BriefDate::parse(&summary.published).unwrap_or(BriefDate::Undated);
        }
        let mut deck = Deck::build(&part.brief, None);
        for slide in &mut deck.slides {
            slide.items = slide
                .items
                .iter()
                .filter_map(|&item| part.merged_item(item))
                .collect();
        }
        deck
    }
}
