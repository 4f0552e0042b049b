//! The ranking rules, one function each: which tier a match is in, how a whole word beats
//! part of one, how a short field wholly matched beats a long one, and how terms combine.
//!
//! Order of precedence: tier (id > the item's own words > an actor's or theme's name it
//! involves > scattered letters), then word class, then field and length. Within one score,
//! the things a brief names (actors, themes) come before the items that mention them
//! ([`tie_rank`]), then document order.

use super::Field;
use crate::brief::Section;

/// Where a term matched, best last so tiers compare with `<`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Letters scattered over a short stretch (`mdef` in "missile defence").
    Scattered,
    /// The literal word in the name or alias of an actor, or the name of a theme, that the
    /// item involves (`beijing` in an event about China).
    Linked,
    /// The literal word in the item's own text, title, quote, date or names.
    Own,
    /// The term is the item's id (`P1` for `p1`).
    Id,
}

/// How a literal occurrence sits among the words of its field, best last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WordClass {
    /// Inside a word: `hu` in "thus".
    Inside,
    /// At the end of a word: `hu` in "Jinhu".
    WordEnd,
    /// At the start of a word: `hu` in "human", as fzf's word-start bonus.
    WordStart,
    /// A whole word: `hu` in "President Hu".
    WholeWord,
}

/// Points of one tier: more than any score within a tier can reach (at most 999).
const TIER_STEP: i64 = 1000;

/// Tiers of an item (the worst of its terms) outweigh any sum of term scores.
const ITEM_TIER_STEP: i64 = 1_000_000;

/// The score of one term's match: its tier, then `within`, the score inside the tier.
pub fn term_score(tier: Tier, within: i64) -> i64 {
    let tier_points = match tier {
        Tier::Scattered => 0,
        Tier::Linked => 1,
        Tier::Own => 2,
        Tier::Id => 3,
    };
    tier_points * TIER_STEP + within.clamp(0, TIER_STEP - 1)
}

/// The tier a score belongs to.
pub fn tier_of(score: i64) -> Tier {
    match score.rem_euclid(ITEM_TIER_STEP) / TIER_STEP {
        0 => Tier::Scattered,
        1 => Tier::Linked,
        2 => Tier::Own,
        _ => Tier::Id,
    }
}

/// An item's score from its terms' scores: the worst term's tier first (an item is only as
/// literal as its least literal term), then the sum. Empty for a query of only exclusions: 0.
pub fn item_score(term_scores: &[i64]) -> i64 {
    let mut total = ItemScore::default();
    for &score in term_scores {
        total.add(score);
    }
    total.total()
}

/// [`item_score`] gathered one term at a time.
#[derive(Debug, Clone, Copy, Default)]
pub struct ItemScore {
    worst: Option<Tier>,
    sum: i64,
}

impl ItemScore {
    /// Counts one positive term's [`term_score`].
    pub fn add(&mut self, term_score: i64) {
        let tier = tier_of(term_score);
        self.worst = Some(self.worst.map_or(tier, |worst| worst.min(tier)));
        self.sum = self.sum.saturating_add(term_score);
    }

    /// The item's score so far; 0 when no term was added.
    pub fn total(&self) -> i64 {
        let Some(worst) = self.worst else {
            return 0;
        };
        let tier_points = match worst {
            Tier::Scattered => 0,
            Tier::Linked => 1,
            Tier::Own => 2,
            Tier::Id => 3,
        };
        tier_points * ITEM_TIER_STEP + self.sum.clamp(0, ITEM_TIER_STEP - 1)
    }
}

/// Order among hits of equal score, lower first: an actor, then a theme, then the other
/// items in document order. A query that is a name (`congress`) equals the actor's name
/// and, as often, a figure's or event's label word for word; the reader asking for a name
/// wants the one it names before the rows that mention it.
pub fn tie_rank(section: Section) -> u8 {
    match section {
        Section::Actors => 0,
        Section::Themes => 1,
        Section::Summary | Section::Timeline | Section::Figures | Section::Positions => 2,
    }
}

/// Score within a tier of a literal occurrence: word class first (100 points a class, so a
/// whole word in a quote beats a word start in a title), then the field's weight (≤ 60),
/// then the length bonus (≤ 39).
pub fn literal_score(class: WordClass, field: Field, field_chars: usize, matched: usize) -> i64 {
    let class_points = match class {
        WordClass::Inside => 0,
        WordClass::WordEnd => 100,
        WordClass::WordStart => 200,
        WordClass::WholeWord => 300,
    };
    class_points + field_weight(field) + length_bonus(field_chars, matched)
}

/// Score within the scattered tier: skim's score (fzf's scheme: points per matched letter,
/// bonuses at word starts and for consecutive letters, penalties for gaps) plus the field's
/// weight, at most 999.
pub fn scattered_score(skim: i64, field: Field) -> i64 {
    (skim + field_weight(field)).clamp(0, TIER_STEP - 1)
}

/// Naming fields rank above long text; a quote ranks below the paragraph it repeats.
pub fn field_weight(field: Field) -> i64 {
    match field {
        Field::Title | Field::Id => 60,
        Field::Actor | Field::Alias | Field::Issue => 40,
        Field::Date | Field::Theme | Field::Text => 20,
        Field::Quote => 0,
    }
}

/// A field the term fills wholly gets 39; otherwise shorter fields get more, from 32 for a
/// one-character field to 1 for a paragraph of 500 characters (fzf's length tiebreak).
pub fn length_bonus(field_chars: usize, matched: usize) -> i64 {
    if matched >= field_chars {
        return 39;
    }
    let length = i64::try_from(field_chars).unwrap_or(i64::MAX / 64);
    (32 * 16 / (16 + length)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_a_tie_the_named_actor_and_theme_come_before_the_rows_about_them() {
        assert!(tie_rank(Section::Actors) < tie_rank(Section::Themes));
        for section in [
            Section::Summary,
            Section::Timeline,
            Section::Figures,
            Section::Positions,
        ] {
            assert!(tie_rank(Section::Themes) < tie_rank(section));
            assert_eq!(tie_rank(section), tie_rank(Section::Summary));
        }
    }

    #[test]
    fn tiers_outrank_any_score_within_a_lower_tier() {
        let best_scattered = term_score(Tier::Scattered, 5000);
        let worst_linked = term_score(Tier::Linked, 0);
        assert!(best_scattered < worst_linked);
        assert!(term_score(Tier::Linked, 999) < term_score(Tier::Own, 0));
        assert!(term_score(Tier::Own, 999) < term_score(Tier::Id, 0));
        assert_eq!(tier_of(term_score(Tier::Linked, 340)), Tier::Linked);
    }

    #[test]
    fn an_item_is_ranked_by_its_least_literal_term() {
        let own = term_score(Tier::Own, 300);
        let scattered = term_score(Tier::Scattered, 900);
        let linked = term_score(Tier::Linked, 100);
        // Own + scattered is a scattered item; linked + linked beats it.
        assert!(item_score(&[own, scattered]) < item_score(&[linked, linked]));
        assert!(item_score(&[own, own]) > item_score(&[own, linked]));
        assert_eq!(item_score(&[]), 0);
    }

    #[test]
    fn a_whole_word_beats_part_of_a_word_in_any_field() {
        let whole_in_quote = literal_score(WordClass::WholeWord, Field::Quote, 300, 2);
        let start_in_title = literal_score(WordClass::WordStart, Field::Title, 2, 2);
        assert!(whole_in_quote > start_in_title);
        assert!(
            literal_score(WordClass::WordStart, Field::Text, 50, 2)
                > literal_score(WordClass::Inside, Field::Title, 5, 2)
        );
    }

    #[test]
    fn a_short_field_wholly_matched_beats_a_long_field() {
        assert_eq!(length_bonus(7, 7), 39);
        assert!(length_bonus(9, 2) > length_bonus(250, 2));
        assert!(length_bonus(250, 2) >= 1);
        let alias = literal_score(WordClass::WholeWord, Field::Alias, 7, 7);
        let paragraph = literal_score(WordClass::WholeWord, Field::Text, 280, 7);
        assert!(alias > paragraph);
    }

    #[test]
    fn a_quote_ranks_below_the_paragraph_it_repeats() {
        let paragraph = literal_score(WordClass::WholeWord, Field::Text, 300, 7);
        let quote = literal_score(WordClass::WholeWord, Field::Quote, 90, 7);
        assert!(paragraph > quote);
    }
}
