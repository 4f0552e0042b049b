//! The deck as Markdown, for handouts: a heading a slide, its content as bullets or a table.

use std::fmt::Write;

use crate::brief::Stance;

use super::{Body, Bullet, Deck};

/// The whole deck as Markdown, ending in a newline.
pub fn markdown(deck: &Deck) -> String {
    let mut out = format!("# {}\n", deck.title);
    for (index, slide) in deck.slides.iter().enumerate() {
        let _ = write!(out, "\n## {}. {}\n\n", index + 1, slide.title);
        body(&mut out, &slide.body);
    }
    out
}

fn body(out: &mut String, body: &Body) {
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    match body {
        Body::Title {
            title,
            subtitle,
            byline,
            series,
            date,
        } => {
            let heading = subtitle
                .as_ref()
                .map_or_else(|| title.clone(), |sub| format!("{title}: {sub}"));
            line(&format!("**{heading}**"));
            line("");
            for part in [Some(byline), series.as_ref(), Some(date)]
                .into_iter()
                .flatten()
                .filter(|part| !part.is_empty())
            {
                line(&format!("- {part}"));
            }
        }
        Body::Point { headline, bullets } => {
            line(&format!("**{headline}**"));
            if !bullets.is_empty() {
                line("");
            }
            for bullet in bullets {
                line(&bullet_line(bullet));
            }
        }
        Body::Timeline { dated, undated } => {
            for mark in dated {
                line(&format!("- **{}**: {}", mark.date, mark.title));
            }
            if !undated.is_empty() {
                line("");
                line("Undated in the text:");
                line("");
                for mark in undated {
                    line(&format!("- {}", mark.title));
                }
            }
        }
        Body::Figures { cards } => {
            for card in cards {
                let when = card
                    .when
                    .as_ref()
                    .map(|when| format!(" ({when})"))
                    .unwrap_or_default();
                line(&format!("- **{}**: {}{when}", card.value, card.label));
            }
        }
        Body::Chart { bars, caption } => {
            for bar in bars {
                line(&format!("- {}: **{}**", bar.label, bar.text));
            }
            if let Some(caption) = caption {
                line("");
                line(caption);
            }
        }
        Body::Matrix { actors, rows } => {
            let mut header = "| Issue |".to_string();
            let mut rule = "| --- |".to_string();
            for actor in actors {
                let _ = write!(header, " {} |", actor.name);
                rule.push_str(" --- |");
            }
            line(&header);
            line(&rule);
            for row in rows {
                let mut text = format!("| {} |", row.issue);
                for cell in &row.cells {
                    let words: Vec<&str> = cell.iter().map(|s: &Stance| s.verb()).collect();
                    let _ = write!(text, " {} |", words.join(", "));
                }
                line(&text);
            }
        }
        Body::Bullets { bullets } => {
            for bullet in bullets {
                line(&bullet_line(bullet));
            }
        }
        Body::Closing { citation, .. } => line(citation),
    }
}

fn bullet_line(bullet: &Bullet) -> String {
    match &bullet.lead {
        Some(lead) => format!("- **{lead}**: {}", bullet.text),
        None => format!("- {}", bullet.text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_has_a_numbered_heading_a_slide_and_their_content() {
        let brief = crate::brief::load_embedded().expect("embedded brief loads");
        let deck = Deck::build(&brief, None);
        let text = markdown(&deck);
        assert!(text.starts_with("# China-Russia Relations\n\n## 1. China-Russia Relations\n\n**China-Russia Relations: New Opportunities and Old Problems**\n"));
        assert_eq!(text.matches("\n## ").count(), deck.len());
        assert!(text.contains(
            "\n## 13. China-Russia trade\n\n- 1992: **US$6 billion**\n- 2006: **US$33.4 billion**\n"
        ));
        assert!(text.contains("| Issue | China | Russia | United States |"));
        assert!(text.contains("| Strategic partnership | seeks | seeks |  | proposes |"));
        assert!(
            text.contains("- **8 Jun 2007**: Hu meets Putin at the G8+5 Summit in Heiligendamm\n")
        );
        assert!(text.trim_end().ends_with("8 August 2007"));
        assert!(text.ends_with('\n'));
    }
}
