//! Markdown, parsed with pulldown-cmark: headings become section titles, emphasis, links
//! and images are reduced to their words, tables keep one row a line; the page rules of
//! `web.rs` then keep saved-page debris out of the paragraphs.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::compose::Piece;
use super::web::{self, Builder, Kind};

/// The pieces of a cleaned Markdown text.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut builder = Builder::default();
    let mut in_item = 0usize;
    // Consecutive text events are gathered, so a malformed emphasis run split over several
    // events is seen whole when it is stripped.
    let mut pending = String::new();
    for event in Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        if let Event::Text(text) = &event {
            pending.push_str(text);
            continue;
        }
        if !pending.is_empty() {
            builder.text(&strip_stray_emphasis(&pending));
            pending.clear();
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => builder.begin(Kind::Heading(level as u8)),
                Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_) if in_item == 0 => {
                    builder.begin(Kind::Paragraph);
                }
                Tag::Item => {
                    in_item += 1;
                    builder.begin(Kind::ListItem);
                }
                Tag::TableHead | Tag::TableRow => builder.begin(Kind::TableRow),
                Tag::TableCell => builder.cell(),
                Tag::Link { .. } => builder.enter_link(),
                Tag::Strong => builder.enter_strong(),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) | TagEnd::TableHead | TagEnd::TableRow => builder.finish(),
                TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_) if in_item == 0 => {
                    builder.finish();
                }
                TagEnd::Item => {
                    in_item = in_item.saturating_sub(1);
                    builder.finish();
                }
                TagEnd::Link => builder.leave_link(),
                TagEnd::Strong => builder.leave_strong(),
                _ => {}
            },
            Event::Code(text) => builder.text(&text),
            Event::SoftBreak | Event::HardBreak => builder.break_line(),
            Event::Html(html) | Event::InlineHtml(html)
                if html.to_ascii_lowercase().starts_with("<br") =>
            {
                builder.break_line();
            }
            _ => {}
        }
    }
    if !pending.is_empty() {
        builder.text(&strip_stray_emphasis(&pending));
    }
    web::pieces(&builder.into_blocks())
}

/// Text without the runs of two or more `*` or `_` that malformed emphasis in saved pages
/// leaves as literal characters (`AI Overview**: Technology****`).
fn strip_stray_emphasis(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("**") && !text.contains("__") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut run = 1;
        while i + run < chars.len() && chars[i + run] == c {
            run += 1;
        }
        if !((c == '*' || c == '_') && run >= 2) {
            out.extend(std::iter::repeat_n(c, run));
        }
        i += run;
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_emphasis_markers_are_dropped() {
        let pieces = pieces(
            "AI Overview**: Technology**** and Regulation****—**products that cover the basics of the field at some length.\n",
        );
        assert_eq!(
            pieces,
            [Piece::Paragraph(
                "AI Overview: Technology and Regulation—products that cover the basics of the field at some length."
                    .into()
            )]
        );
    }

    #[test]
    fn headings_emphasis_links_and_images_become_words() {
        let pieces = pieces(
            "# The Title\n\n## Trade\n\nTrade *grew* by **3%** in [2025](http://x) ![a chart](c.png) overall, the report says at some length here.\n",
        );
        assert_eq!(
            pieces,
            [
                Piece::Front("The Title".into()),
                Piece::Heading("Trade".into()),
                Piece::Paragraph(
                    "Trade grew by 3% in 2025 a chart overall, the report says at some length here."
                        .into()
                ),
            ]
        );
    }

    #[test]
    fn a_link_that_is_a_page_control_is_left_out() {
        let pieces = pieces(
            "[Listen](https://example.org/speak?id=1)Energy Policy: Background and Issues for Congress at some length\n\nSee [the report](http://x) on energy policy, which Congress read with care this year.\n",
        );
        assert_eq!(
            pieces,
            [
                Piece::Paragraph(
                    "Energy Policy: Background and Issues for Congress at some length".into()
                ),
                Piece::Paragraph(
                    "See the report on energy policy, which Congress read with care this year."
                        .into()
                ),
            ]
        );
    }

    #[test]
    fn tables_keep_one_row_a_line() {
        let pieces = pieces("| Year | Exports |\n| --- | --- |\n| 2024 | $5 |\n| 2025 | $6 |\n");
        assert_eq!(
            pieces,
            [Piece::Paragraph(
                "Year | Exports\n2024 | $5\n2025 | $6".into()
            )]
        );
    }

    #[test]
    fn barred_lines_without_a_separator_row_stay_rows_in_order_with_the_text_between() {
        let pieces = pieces(
            "| Personal Exemption: | $4,050 \n| Standard Deduction: \n| Joint | $12,700 \n(Permanently repealed under current law) \n| If taxable income is: | Then, tax is: \n| $0 to $24,800 | 10% of the amount over $0 \n",
        );
        assert_eq!(
            pieces,
            [
                Piece::Paragraph("Personal Exemption: | $4,050".into()),
                Piece::Paragraph("Standard Deduction:".into()),
                Piece::Paragraph("Joint | $12,700".into()),
                Piece::Paragraph("(Permanently repealed under current law)".into()),
                Piece::Paragraph(
                    "If taxable income is: | Then, tax is:\n$0 to $24,800 | 10% of the amount over $0"
                        .into()
                ),
            ]
        );
    }

    #[test]
    fn saved_page_debris_is_not_paragraphs() {
        let page = "# Report Title\n\n**Product Type:** In Focus\n**Publication Date:** 04/16/2026\n\n---\n[Citation](https://a)[Subscribe](https://b) > [Home](https://c)\n\n# Report Title\n\n[Download PDF (272KB)](https://x.pdf)\n\n- [April 16, 2026 (IF1 - Version: 11)](https://x)\n- [June 6, 2024 (IF1 - Version: 8)](https://y)\n\n[Listen](https://l)Report Title Updated April 16, 2026 (IF1)\n\nThe body paragraph says something that matters to [Congress](https://c) at length.\n\nBackground\n\nMore body text that is long enough to count as a paragraph of the report.\n\n   Disclaimer:\n These documents were prepared by the Congressional Research Service (CRS).\n";
        let pieces = pieces(page);
        let paragraphs: Vec<&Piece> = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Paragraph(_)))
            .collect();
        assert_eq!(paragraphs.len(), 2, "{pieces:#?}");
        assert!(pieces.contains(&Piece::Front("Product Type: In Focus".into())));
        assert!(pieces.contains(&Piece::Front(
            "Report Title Updated April 16, 2026 (IF1)".into()
        )));
        assert!(pieces.contains(&Piece::Heading("Background".into())));
    }

    #[test]
    fn a_metadata_row_listing_many_items_is_front_matter() {
        let page = "# Report Title\n\n| **CRS Product Type:** | In Focus \n| **Referenced Legislation:** | H.R. 1512; H.R. 2722; H.R. 3412; H.R. 466; H.R. 5292; H.R. 6663; H.R. 7617; S. 2053; P.L.107-252 \n| **Topics:** | Congressional Administration & Elections \n\nThe body paragraph says something that matters to Congress at some length.\n";
        let pieces = pieces(page);
        let paragraphs: Vec<&Piece> = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Paragraph(_)))
            .collect();
        assert_eq!(
            paragraphs,
            [&Piece::Paragraph(
                "The body paragraph says something that matters to Congress at some length.".into()
            )],
            "{pieces:#?}"
        );
        assert!(pieces.iter().any(
            |p| matches!(p, Piece::Front(line) if line.starts_with("Referenced Legislation: H.R. 1512;"))
        ));
    }
}
