//! HTML, parsed with scraper (html5ever): a walk over the page that keeps the words of
//! body elements, skips scripts, styles, navigation, headers, footers and forms, and hands
//! the blocks to the page rules of `web.rs`, as Markdown does.

use scraper::{ElementRef, Html, Node};

use super::compose::Piece;
use super::web::{self, Builder, Kind};

/// Elements whose content is never report text.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
    "select", "svg", "iframe", "template", "menu",
];

/// Elements that end the line or block before them.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "table",
    "ul",
    "ol",
    "address",
    "center",
    "body",
];

/// The pieces of a cleaned HTML page.
pub fn pieces(text: &str) -> Vec<Piece> {
    let page = Html::parse_document(text);
    let mut builder = Builder::default();
    let title = scraper::Selector::parse("head > title")
        .ok()
        .and_then(|selector| {
            page.root_element()
                .select(&selector)
                .next()
                .map(|t| t.text().collect::<String>())
        });
    if let Some(title) = title.filter(|t| !t.trim().is_empty()) {
        builder.begin(Kind::Heading(1));
        builder.text(title.trim());
        builder.finish();
    }
    walk(page.root_element(), &mut builder, false);
    web::pieces(&builder.into_blocks())
}

fn walk(element: ElementRef<'_>, builder: &mut Builder, pre: bool) {
    let name = element.value().name();
    if SKIPPED.contains(&name) {
        return;
    }
    let pre = pre || name == "pre";
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            let level = name[1..].parse().unwrap_or(2);
            builder.begin(Kind::Heading(level));
        }
        "li" => builder.begin(Kind::ListItem),
        "tr" => builder.begin(Kind::TableRow),
        "td" | "th" => builder.cell(),
        "br" => builder.break_line(),
        "a" => builder.enter_link(),
        "strong" | "b" => builder.enter_strong(),
        name if BLOCKS.contains(&name) => builder.begin(Kind::Paragraph),
        _ => {}
    }
    if name == "img"
        && let Some(alt) = element.value().attr("alt")
    {
        builder.text(alt);
    }
    for child in element.children() {
        match child.value() {
            Node::Text(text) => {
                if pre {
                    builder.text(text);
                } else {
                    builder.text(&text.replace('\n', " "));
                }
            }
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    walk(child, builder, pre);
                }
            }
            _ => {}
        }
    }
    match name {
        "a" => builder.leave_link(),
        "strong" | "b" => builder.leave_strong(),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "tr" => builder.finish(),
        name if BLOCKS.contains(&name) => builder.finish(),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_headings_and_tables_without_chrome() {
        let page = "<!DOCTYPE html><html><head><title>Trade Report</title><style>p{}</style></head><body><nav><a href='/'>Home</a> | <a href='/p'>Products</a></nav><h1>Trade Report</h1><p><b>Authors:</b> Jane Doe</p><h2>Trade in Goods</h2><p>Trade <em>grew</em> by 3% in <a href='x'>2025</a>, the report finds after a long look at the data.</p><table><tr><th>Year</th><th>Value</th></tr><tr><td>2025</td><td>$6</td></tr></table><footer>Contact us</footer><script>var x;</script></body></html>";
        let pieces = pieces(page);
        assert_eq!(
            pieces,
            [
                Piece::Front("Trade Report".into()),
                Piece::Front("Authors: Jane Doe".into()),
                Piece::Heading("Trade in Goods".into()),
                Piece::Paragraph(
                    "Trade grew by 3% in 2025, the report finds after a long look at the data."
                        .into()
                ),
                Piece::Paragraph("Year | Value\n2025 | $6".into()),
            ]
        );
    }
}
