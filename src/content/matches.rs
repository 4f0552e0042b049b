//! A search result's matched characters found again in the lines of its detail: where they
//! are (for opening the detail scrolled to them) and the same lines with them highlighted.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::search::Hit;

fn plain(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// Every place the hit's field text appears in the lines: (line index, char offset in the
/// line where the field text starts), in line order. The field text is the brief's own
/// text, so a detail that shows the field shows it whole; an alias a detail never prints
/// (an actor's other name on an event) is found nowhere.
pub fn hit_places(lines: &[Line], hit: &Hit) -> Vec<(usize, usize)> {
    if hit.text.is_empty() || hit.positions.is_empty() {
        return Vec::new();
    }
    lines
        .iter()
        .enumerate()
        .filter_map(|(index, line)| {
            let text = plain(line);
            let start = text.find(&hit.text)?;
            Some((index, text[..start].chars().count()))
        })
        .collect()
}

/// The first matched character in the lines: (line index, char offset in that line), or
/// `None` when the detail does not show the matched field.
pub fn first_match(lines: &[Line], hit: &Hit) -> Option<(usize, usize)> {
    let (line, start) = *hit_places(lines, hit).first()?;
    Some((line, start + hit.positions.first()?))
}

/// Patches `style` onto the hit's matched characters wherever its field text appears,
/// splitting spans as needed; the text itself is unchanged.
pub fn highlight_hit(lines: &mut [Line<'static>], hit: &Hit, style: Style) {
    for (index, start) in hit_places(lines, hit) {
        let marked: Vec<usize> = hit.positions.iter().map(|p| start + p).collect();
        let line = &mut lines[index];
        line.spans = restyle(std::mem::take(&mut line.spans), &marked, style);
    }
}

/// Spans with the chars at `marked` (ascending char offsets in the whole line) patched with
/// `style`; neighbouring chars of the same look stay in one span.
fn restyle(spans: Vec<Span<'static>>, marked: &[usize], style: Style) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut next = marked.iter().peekable();
    let mut offset = 0;
    for span in spans {
        let mut run = String::new();
        let mut run_marked = false;
        for c in span.content.chars() {
            while next.next_if(|&&m| m < offset).is_some() {}
            let is_marked = next.next_if(|&&m| m == offset).is_some();
            if is_marked != run_marked && !run.is_empty() {
                let look = if run_marked {
                    span.style.patch(style)
                } else {
                    span.style
                };
                out.push(Span::styled(std::mem::take(&mut run), look));
            }
            run_marked = is_marked;
            run.push(c);
            offset += 1;
        }
        if !run.is_empty() {
            let look = if run_marked {
                span.style.patch(style)
            } else {
                span.style
            };
            out.push(Span::styled(run, look));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::{ItemRef, Section};
    use crate::search::Field;
    use ratatui::style::Modifier;

    fn hit(text: &str, positions: Vec<usize>) -> Hit {
        Hit {
            item: ItemRef {
                section: Section::Summary,
                index: 0,
            },
            score: 1,
            field: Field::Text,
            text: text.to_string(),
            positions,
        }
    }

    #[test]
    fn matched_chars_are_styled_across_spans_and_the_text_is_kept() {
        let quote = Style::new().add_modifier(Modifier::ITALIC);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let mut lines = vec![
            Line::raw("Paragraph p1"),
            Line::from(vec![
                Span::raw("Hu met "),
                Span::styled("Putin in Moscow", quote),
            ]),
        ];
        // "Hu met Putin in Moscow": "met" (3..6) and "Pu" (7..9), the second inside the quote.
        let hit = hit("Hu met Putin in Moscow", vec![3, 4, 5, 7, 8]);
        assert_eq!(first_match(&lines, &hit), Some((1, 3)));
        highlight_hit(&mut lines, &hit, bold);
        assert_eq!(plain(&lines[1]), "Hu met Putin in Moscow");
        let looks: Vec<(&str, Style)> = lines[1]
            .spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style))
            .collect();
        assert_eq!(
            looks,
            [
                ("Hu ", Style::new()),
                ("met", bold),
                (" ", Style::new()),
                ("Pu", quote.patch(bold)),
                ("tin in Moscow", quote),
            ]
        );
        assert_eq!(
            lines[0].spans.len(),
            1,
            "a line without the field is untouched"
        );
    }

    #[test]
    fn a_field_the_detail_does_not_show_highlights_nothing() {
        let mut lines = vec![Line::raw("China")];
        let hit = hit("Beijing", vec![0, 1]);
        assert_eq!(first_match(&lines, &hit), None);
        highlight_hit(&mut lines, &hit, Style::new().add_modifier(Modifier::BOLD));
        assert_eq!(lines[0].spans, vec![Span::raw("China")]);
        assert_eq!(
            first_match(&lines, &super::tests::hit("China", vec![])),
            None
        );
    }

    #[test]
    fn wide_and_accented_text_is_counted_in_chars() {
        let lines = vec![Line::raw("Zürich — 北京 talks")];
        let hit = hit("北京 talks", vec![3, 4]);
        assert_eq!(first_match(&lines, &hit), Some((0, 12)));
    }
}
