//! The body of each kind of slide: title, key point, timeline, numbers, chart, matrix,
//! bullets and closing, each filling the area it is given.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::present::{Body, Bullet};
use crate::theme::SlideTheme;

mod figures;
mod matrix;
mod timeline;

use figures::{render_cards, render_chart};
use matrix::render_matrix;
use timeline::render_timeline;

use super::text::{BIG_SIZES, big_fit, big_fit_among, pad, render_big, render_groups, width, wrap};

pub fn render(body: &Body, theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
    if area.width < 4 || area.height == 0 {
        return;
    }
    match body {
        Body::Title {
            title,
            subtitle,
            byline,
            series,
            date,
        } => render_title(
            title,
            subtitle.as_deref(),
            &[
                byline.as_str(),
                series.as_deref().unwrap_or(""),
                date.as_str(),
            ],
            theme,
            area,
            buf,
        ),
        Body::Point { headline, bullets } => render_point(headline, bullets, theme, area, buf),
        Body::Timeline { dated, undated } => render_timeline(dated, undated, theme, area, buf),
        Body::Figures { cards } => render_cards(cards, theme, area, buf),
        Body::Chart { bars, caption } => render_chart(bars, caption.as_deref(), theme, area, buf),
        Body::Matrix { actors, rows } => render_matrix(actors, rows, theme, area, buf),
        Body::Bullets { bullets } => render_bullets(bullets, theme, area, buf),
        Body::Closing { citation, hint } => render_closing(citation, hint, theme, area, buf),
    }
}

/// Centred lines, each wrapped to `width`.
fn centred(text: &str, style: Style, width: u16) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|line| Line::styled(line, style).alignment(Alignment::Center))
        .collect()
}

fn vertically_centred(area: Rect, height: u16) -> Rect {
    let height = height.min(area.height);
    Rect {
        y: area.y + (area.height - height) / 2,
        height,
        ..area
    }
}

fn render_title(
    title: &str,
    subtitle: Option<&str>,
    facts: &[&str],
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut below: Vec<Line> = Vec::new();
    if let Some(subtitle) = subtitle {
        below.extend(centred(subtitle, theme.heading, area.width));
    }
    below.push(Line::default());
    for fact in facts.iter().filter(|fact| !fact.is_empty()) {
        below.extend(centred(fact, theme.text, area.width));
    }
    let below_height = below.len() as u16;
    let room = area.height.saturating_sub(below_height + 1);
    if let Some(fit) = big_fit(title, area.width, room) {
        let total = fit.height + 1 + below_height;
        let block = vertically_centred(area, total);
        render_big(
            &fit,
            theme.big,
            Rect {
                height: fit.height,
                ..block
            },
            buf,
        );
        let rest = Rect {
            y: block.y + fit.height + 1,
            height: block.height.saturating_sub(fit.height + 1),
            ..block
        };
        Paragraph::new(below).render(rest, buf);
        return;
    }
    let mut lines = centred(title, theme.title, area.width);
    lines.extend(below);
    let block = vertically_centred(area, lines.len() as u16);
    Paragraph::new(lines).render(block, buf);
}

fn render_point(
    headline: &str,
    bullets: &[Bullet],
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    // The headline large: block letters when they fit in three fifths of the slide, else bold text
    // set narrower than the slide, so it reads as a statement, not a paragraph.
    // Not the tallest letters: a sentence in them would not fit, and half-height glyphs
    // are the squarest on a terminal's tall cells.
    let big = big_fit_among(&BIG_SIZES[1..], headline, area.width, area.height * 3 / 5)
        .filter(|_| area.width >= 100);
    let headline_height = if let Some(fit) = &big {
        render_big(
            fit,
            theme.big,
            Rect {
                height: fit.height,
                ..area
            },
            buf,
        );
        fit.height
    } else {
        let measure = area.width.min(72).max(area.width * 4 / 5);
        let lines = centred(headline, theme.big, measure);
        let height = (lines.len() as u16).min(area.height);
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .render(Rect { height, ..area }, buf);
        height
    };
    let gap = if area.height >= 30 { 3 } else { 1 };
    let rest = Rect {
        y: area.y + headline_height + gap,
        height: area.height.saturating_sub(headline_height + gap),
        ..area
    };
    if rest.height > 0 && !bullets.is_empty() {
        render_bullet_list(bullets, theme, rest, buf);
    }
}

fn render_bullets(bullets: &[Bullet], theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
    render_bullet_list(bullets, theme, area, buf);
}

/// Bullets as a lead column (a date, a value, who) and wrapped text; spaced out when the
/// slide has room, with a "more" sign when it does not.
fn render_bullet_list(bullets: &[Bullet], theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
    let full = usize::from(area.width);
    let lead_width = bullets
        .iter()
        .filter_map(|bullet| bullet.lead.as_deref())
        .map(width)
        .max()
        .unwrap_or(0)
        .min(full / 3);
    let text_width = full.saturating_sub(lead_width + 4).max(8);
    let groups: Vec<Vec<Line<'static>>> = bullets
        .iter()
        .map(|bullet| {
            // A bullet without a lead (the presenter's own line, an undated event) takes the
            // whole width.
            let (lead_width, text_width) = match bullet.lead {
                Some(_) => (lead_width, text_width),
                None => (0, full.saturating_sub(2).max(8)),
            };
            let lead = bullet.lead.as_deref().unwrap_or("");
            let lead_lines = if lead.is_empty() {
                Vec::new()
            } else {
                wrap(lead, lead_width.max(1))
            };
            let text_lines = wrap(&bullet.text, text_width);
            let rows = lead_lines.len().max(text_lines.len());
            (0..rows)
                .map(|row| {
                    let marker = if row == 0 { "▸ " } else { "  " };
                    let lead = lead_lines.get(row).map_or("", String::as_str);
                    let text = text_lines.get(row).map_or("", String::as_str);
                    let mut spans = vec![Span::styled(marker, theme.muted)];
                    if lead_width > 0 {
                        spans.push(Span::styled(
                            format!("{}  ", pad(lead, lead_width)),
                            theme.lead,
                        ));
                    }
                    spans.push(Span::styled(text.to_string(), theme.text));
                    Line::from(spans)
                })
                .collect()
        })
        .collect();
    let rows: usize = groups.iter().map(Vec::len).sum();
    let gap = u16::from(rows * 2 <= usize::from(area.height));
    let (lines, _) = render_groups(groups, gap, theme, area, Alignment::Left);
    Paragraph::new(lines).render(area, buf);
}

fn render_closing(citation: &str, hint: &str, theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
    let measure = area.width.min(90);
    let mut lines = centred(citation, theme.heading, measure);
    lines.push(Line::default());
    lines.extend(centred(hint, theme.muted, measure));
    let height = (lines.len() as u16).min(area.height);
    let block = vertically_centred(area, height);
    let block = Rect {
        x: block.x + (block.width - measure.min(block.width)) / 2,
        width: measure.min(block.width),
        ..block
    };
    Paragraph::new(lines).render(block, buf);
}
