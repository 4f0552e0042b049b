//! The deck as Markdown, for handouts: a heading a slide, its content as bullets or a table.

use std::fmt::Write;

use crate::brief::Stance;

#[cfg(test)]
use super::Slide;
use super::{Body, Bullet, Deck};

/// The whole deck as Markdown, ending in a newline.
pub fn markdown(deck: &Deck) -> String {
    let mut out = format!("# {}\n", inline(&deck.title));
    for (index, slide) in deck.slides.iter().enumerate() {
        let _ = write!(out, "\n## {}. {}\n\n", index + 1, inline(&slide.title));
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
            let heading = subtitle.as_ref().map_or_else(
                || inline(title),
                |sub| format!("{}: {}", inline(title), inline(sub)),
            );
            line(&format!("**{heading}**"));
            line("");
            for part in [Some(byline), series.as_ref(), Some(date)]
                .into_iter()
                .flatten()
                .filter(|part| !part.is_empty())
            {
                line(&format!("- {}", inline(part)));
            }
        }
        Body::Point { headline, bullets } => {
            line(&format!("**{}**", inline(headline)));
            if !bullets.is_empty() {
                line("");
            }
            for bullet in bullets {
                line(&bullet_line(bullet));
            }
        }
        Body::Timeline { dated, undated } => {
            for mark in dated {
                line(&format!(
                    "- **{}**: {}",
                    inline(&mark.date),
                    inline(&mark.title)
                ));
            }
            if !undated.is_empty() {
                line("");
                line("Undated in the text:");
                line("");
                for mark in undated {
                    line(&format!("- {}", inline(&mark.title)));
                }
            }
        }
        Body::Figures { cards } => {
            for card in cards {
                let when = card
                    .when
                    .as_ref()
                    .map(|when| format!(" ({})", inline(when)))
                    .unwrap_or_default();
                line(&format!(
                    "- **{}**: {}{when}",
                    inline(&card.value),
                    inline(&card.label)
                ));
            }
        }
        Body::Chart { bars, caption } => {
            for bar in bars {
                line(&format!(
                    "- {}: **{}**",
                    inline(&bar.label),
                    inline(&bar.text)
                ));
            }
            if let Some(caption) = caption {
                line("");
                line(&inline(caption));
            }
        }
        Body::Matrix { actors, rows } => {
            for text in matrix_lines(actors, rows) {
                line(&text);
            }
        }
        Body::Bullets { bullets } => {
            for bullet in bullets {
                line(&bullet_line(bullet));
            }
        }
        Body::Closing { citation, .. } => line(&inline(citation)),
    }
}

/// The matrix as a GFM table: issues down, actors across, each cell the stances' verbs.
fn matrix_lines(actors: &[super::Heading], rows: &[super::MatrixRow]) -> Vec<String> {
    let mut header = "| Issue |".to_string();
    let mut rule = "| --- |".to_string();
    for actor in actors {
        let _ = write!(header, " {} |", inline(&actor.name));
        rule.push_str(" --- |");
    }
    let mut lines = vec![header, rule];
    for row in rows {
        let mut text = format!("| {} |", inline(&row.issue));
        for cell in &row.cells {
            let words: Vec<&str> = cell.iter().map(|s: &Stance| s.verb()).collect();
            let _ = write!(text, " {} |", words.join(", "));
        }
        lines.push(text);
    }
    lines
}

fn bullet_line(bullet: &Bullet) -> String {
    match &bullet.lead {
        Some(lead) => format!("- **{}**: {}", inline(lead), inline(&bullet.text)),
        None => format!("- {}", inline(&bullet.text)),
    }
}

/// The brief's `text` made literal in a Markdown line: every character `CommonMark` or a GFM
/// table could read as markup (emphasis, code, links, HTML, entities, table cells,
/// strikethrough, a heading's closing `#`) gets a backslash, line breaks become spaces, and
/// what would open a block where the text starts a line or a list item (`-`, `+`, `=`,
/// `1.`, `1)`, indentation) is escaped or trimmed. `$`, `.`, `-` and the like stay as they
/// are mid-line, where they mean nothing. Bidirectional controls are dropped and other
/// control characters shown as escapes first (`brief::escape::neutralise`), so the outline
/// never carries them raw to a terminal.
pub fn inline(text: &str) -> String {
    let text = crate::brief::escape::neutralise(text);
    let mut escaped = String::with_capacity(text.len());
    for c in text.trim_start().chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' | '\r' => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    match escaped[digits..].chars().next() {
        Some('.' | ')') if digits > 0 => {
            format!("{}\\{}", &escaped[..digits], &escaped[digits..])
        }
        Some('-' | '+' | '=') if digits == 0 => format!("\\{escaped}"),
        _ => escaped,
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

    /// The text a Markdown renderer shows (tables and strikethrough on, as GitHub renders),
    /// a space between pieces, and whether it saw emphasis, HTML or more headings than `n`.
    fn render(markdown: &str) -> (String, bool, bool, usize) {
        use pulldown_cmark::{Event, Options, Parser, Tag};
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        let (mut text, mut emphasis, mut html, mut headings) = (String::new(), false, false, 0);
        for event in Parser::new_ext(markdown, options) {
            match event {
                Event::Text(piece) | Event::Code(piece) => text.push_str(&piece),
                Event::Start(Tag::Emphasis | Tag::Strikethrough | Tag::Link { .. }) => {
                    emphasis = true;
                }
                Event::Start(Tag::Heading { .. }) => headings += 1,
                Event::Html(_) | Event::InlineHtml(_) => html = true,
                Event::End(_) | Event::SoftBreak => text.push(' '),
                _ => {}
            }
        }
        (text, emphasis, html, headings)
    }

    #[test]
    fn bidi_controls_and_escapes_never_reach_the_outline_raw() {
        let line = inline("A\u{202E}B\u{1b}[2J\u{2028}C");
        assert!(
            !line.contains('\u{202E}') && !line.contains('\u{1b}') && !line.contains('\u{2028}'),
            "{line:?}"
        );
        assert!(line.starts_with("AB") && line.ends_with('C'), "{line:?}");
    }

    #[test]
    fn a_renderer_shows_the_briefs_text_literally() {
        let brief = crate::brief::load_embedded().expect("embedded brief loads");
        let mut deck = Deck::build(&brief, None);
        let tricky = [
            "Trade | tariffs",
            "*draft* and _draft_ and ~~gone~~",
            "`code` <b>bold</b> &amp; [link](x) ![img](y)",
            "C# ends #",
            "back\\slash",
        ];
        deck.title = tricky[0].to_string();
        for (slide, text) in deck.slides.iter_mut().zip(tricky.iter().cycle()) {
            slide.title = (*text).to_string();
        }
        deck.slides.push(Slide {
            body: Body::Chart {
                bars: vec![],
                caption: Some("# not a heading".to_string()),
            },
            ..deck.slides[1].clone()
        });
        deck.slides.push(Slide {
            body: Body::Closing {
                citation: "1992. Trade - grew".to_string(),
                hint: String::new(),
            },
            ..deck.slides[1].clone()
        });
        deck.slides.push(Slide {
            body: Body::Bullets {
                bullets: vec![
                    Bullet {
                        lead: Some("a|b".to_string()),
                        text: "- not a list".to_string(),
                    },
                    Bullet {
                        lead: None,
                        text: "+ plus *x*".to_string(),
                    },
                ],
            },
            ..deck.slides[1].clone()
        });
        if let Some(Body::Matrix { rows, .. }) = deck
            .slides
            .iter_mut()
            .map(|slide| &mut slide.body)
            .find(|body| matches!(body, Body::Matrix { .. }))
        {
            rows[0].issue = "Oil | gas".to_string();
        }
        let outline = markdown(&deck);
        let (text, emphasis, html, headings) = render(&outline);
        for literal in tricky {
            assert!(
                text.contains(literal),
                "{literal:?} not shown literally in:\n{text}"
            );
        }
        for literal in [
            "# not a heading",
            "1992. Trade - grew",
            "- not a list",
            "+ plus *x*",
            "a|b",
            "Oil | gas",
        ] {
            assert!(
                text.contains(literal),
                "{literal:?} not shown literally in:\n{text}"
            );
        }
        assert!(!emphasis, "no emphasis, strikethrough or link:\n{outline}");
        assert!(!html, "no HTML:\n{outline}");
        assert_eq!(
            headings,
            deck.len() + 1,
            "one heading a slide and the title"
        );
    }
}
