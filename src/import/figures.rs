//! The figures extractor: every amount a report states (money, percent, percentage points,
//! counts of a noun) with its scale, range, hedge, period, a label from its sentence, and a
//! series shared by comparable figures.
//!
//! Not figures: years and dates (the dates extractor's spans are skipped), ordinals
//! (`15th`, `second-largest`), vague amounts (`several dozen`, `thousands`), section, law,
//! page and report numbers (`Section 232`, `P.L. 117-58`, `H.R. 1`, `IF11175`), times of
//! day, bare numbers without a unit or noun (`(1)`), `one` without a scale (`one of the`),
//! a number word after a determiner (`the two sides`), and duration adjectives: `a
//! two-week ceasefire` names a kind of ceasefire, not a quantity (`two weeks of safe
//! passage` is a figure).

mod amount;
mod label;
#[cfg(test)]
mod tests;
mod words;

use std::collections::HashMap;
use std::ops::Range;

use super::dates::{self, DateMention};
use super::{Document, FigureCandidate};
use crate::brief::sentences;

/// The figures of `doc`, in text order.
///
/// Each figure's `quote` is the byte span of its sentence and `span` that of the number
/// expression inside it (currency, number, scale and unit, without the hedge). `value` is
/// as written (`$1.8 trillion` → 1.8 with `scale` trillion; a range gives its lower bound,
/// `upper` the higher); `unit` is an ISO currency code (`USD`, `AUD`, `EUR`, `GBP`,
/// `JPY`, `CNY`…), `percent`, `percentage points`, `basis points`, the counted noun
/// (`warheads`), or `count` for a scaled number without a noun (`1.2 million`). `period`
/// is a date near the number in the same sentence; `hedge` the text's own words before
/// it (`more than`, `about`, `up to`). A number in parentheses is an amount, never negative.
pub fn extract(doc: &Document) -> Vec<FigureCandidate> {
    extract_with(doc, &dates::in_document(doc))
}

/// [`extract`] given the date mentions of each of `doc`'s paragraphs
/// (`dates::in_document(doc)`, one `Vec` a paragraph), so that the importer finds them once
/// for the timeline and the figures.
pub fn extract_with(
    doc: &Document,
    mentions_by_paragraph: &[Vec<DateMention>],
) -> Vec<FigureCandidate> {
    let text = doc.text.as_str();
    let mut out: Vec<FigureCandidate> = Vec::new();
    for (block, mentions) in doc.paragraphs.iter().zip(mentions_by_paragraph) {
        let skip: Vec<Range<usize>> = mentions.iter().map(|m| m.span.clone()).collect();
        let mut amounts = amount::scan(text, block.span.clone(), &skip);
        amounts.extend(words::fractions(text, block.span.clone()));
        amounts.sort_by_key(|a| a.span.start);
        if amounts.is_empty() {
            continue;
        }
        let sentences = sentences::split_lines(text, block.span.clone());
        let mentions: Vec<&DateMention> = mentions.iter().collect();
        let amounts_between = |from: usize, to: usize| {
            amounts
                .iter()
                .any(|a| a.span.start >= from && a.span.end <= to)
        };
        let mut previous: Option<(usize, usize, String)> = None;
        for found in &amounts {
            // `a 10-point plan` named again later is the same plan, not a new figure.
            if found.compound
                && out
                    .iter()
                    .any(|f| (f.value - found.value).abs() < 1e-9 && f.unit == found.unit)
            {
                continue;
            }
            let Some(sentence) = sentences
                .iter()
                .find(|s| s.contains(&found.span.start))
                // The quote always holds the number expression, even one the sentence
                // splitter cut (`U.S.` read as a stop).
                .map(|s| s.start..s.end.max(found.span.end))
            else {
                continue;
            };
            // `60% ($752.0 billion) of Mexico's trade`, `a cut of $2.6 billion (-74%)`: the
            // amount in parentheses restates the one before it and shares its label.
            let restates = previous.as_ref().filter(|(_, end, _)| {
                found.in_parentheses
                    && matches!(
                        text[*end..found.span.start].trim(),
                        "(" | "(-" | "(+" | "(−"
                    )
            });
            // `awards ranging from $150,000 to $2.5 million`: a range's second bound, written
            // as an amount of its own, shares the first's label.
            let bound = previous.as_ref().filter(|(start, end, _)| {
                let gap = text.get(*end..found.span.start).unwrap_or("").trim();
                let lead = text.get(sentence.start..*start).unwrap_or("").trim_end();
                // `from 5% to 13% of collections`: the second bound's own base names it.
                let own = text[found.span.end..sentence.end].starts_with(" of ");
                !own && (gap == "to" && lead.ends_with(" from")
                    || gap == "and" && lead.ends_with(" between"))
            });
            let label = match restates.or(bound) {
                Some((_, _, label)) => label.clone(),
                None => label::label(text, &sentence, found),
            };
            let period = label::period(text, &sentence, found, &mentions, amounts_between);
            if restates.is_some()
                && let Some(first) = out.last_mut()
                && first.period.is_none()
            {
                first.period.clone_from(&period);
            }
            // A label that is only a unit (`USD`) names nothing a restatement could share.
            previous = (!label::is_unit_only(&label, &found.unit))
                .then(|| (found.span.start, found.span.end, label.clone()));
            out.push(FigureCandidate {
                label,
                value: found.value,
                upper: found.upper,
                unit: found.unit.clone(),
                scale: found.scale,
                period,
                hedge: found.hedge.clone(),
                series: None,
                quote: sentence,
                span: found.span.clone(),
            });
        }
    }
    name_series(&mut out);
    out
}

/// Figures with the same label and unit over at least two different periods share a
/// series, named by their label, so the figures pane can chart them. A one-word label
/// (`Surplus`, `Trade`) is too vague to join figures across sentences: it makes a series
/// only within one sentence (`trade grew from $6 billion in 1992 to $33.4 billion in 2006`).
fn name_series(figures: &mut [FigureCandidate]) {
    let mut groups: HashMap<(String, String, usize), Vec<usize>> = HashMap::new();
    for (i, figure) in figures.iter().enumerate() {
        if figure.period.is_some() {
            let sentence = if figure.label.contains(' ') {
                0
            } else {
                figure.quote.start + 1
            };
            groups
                .entry((figure.label.to_lowercase(), figure.unit.clone(), sentence))
                .or_default()
                .push(i);
        }
    }
    for members in groups.values() {
        let mut periods: Vec<String> = members
            .iter()
            .filter_map(|&i| figures[i].period.as_ref().map(crate::brief::BriefDate::iso))
            .collect();
        periods.sort();
        periods.dedup();
        if periods.len() < 2 {
            continue;
        }
        let name = figures[members[0]].label.clone();
        for &i in members {
            figures[i].series = Some(name.clone());
        }
    }
}
