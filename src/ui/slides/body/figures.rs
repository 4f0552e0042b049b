//! The numbers slide (cards of figures, sized alike) and the chart slide (a series as bars).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::present::{Bar, Card};
use crate::theme::SlideTheme;

use super::{centred, vertically_centred};
use crate::ui::slides::text::{
    BIG_SIZES, BigFit, big_fit_among, pad_left, render_big, width, wrap,
};

/// The numbers, each in block letters when its share of the slide holds them.
pub(super) fn render_cards(cards: &[Card], theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
    if cards.is_empty() {
        return;
    }
    let count = cards.len() as u16;
    let across: Vec<Rect> =
        Layout::horizontal(vec![Constraint::Ratio(1, u32::from(count)); cards.len()])
            .spacing(2)
            .split(area)
            .to_vec();
    let stacked: Vec<Rect> =
        Layout::vertical(vec![Constraint::Ratio(1, u32::from(count)); cards.len()])
            .split(area)
            .to_vec();
    // Side by side when that allows letters as big as stacking does and the cards are wide
    // enough to read; otherwise one under the other.
    let wide_enough = area.width / count >= 36;
    let across_size = common_size(cards, &across, theme).filter(|_| wide_enough);
    let stacked_size = common_size(cards, &stacked, theme);
    let (areas, size) = match (across_size, stacked_size) {
        (Some(a), Some(s)) if s < a => (stacked, Some(s)),
        (Some(a), _) => (across, Some(a)),
        (None, Some(s)) => (stacked, Some(s)),
        (None, None) if wide_enough => (across, None),
        (None, None) => (stacked, None),
    };
    let below_height = cards
        .iter()
        .zip(&areas)
        .map(|(card, card_area)| card_words(card, theme, card_area.width).len() as u16)
        .max()
        .unwrap_or(0);
    for (card, card_area) in cards.iter().zip(areas) {
        let fit = size.and_then(|index| {
            let room = card_area.height.saturating_sub(below_height);
            big_fit_among(&BIG_SIZES[index..=index], &card.big, card_area.width, room)
        });
        render_card(card, fit, below_height, theme, card_area, buf);
    }
}

/// The largest block-letter size (an index into `BIG_SIZES`) in which every card fits its area.
fn common_size(cards: &[Card], areas: &[Rect], theme: &SlideTheme) -> Option<usize> {
    (0..BIG_SIZES.len()).find(|&index| {
        cards.iter().zip(areas).all(|(card, card_area)| {
            let below = card_words(card, theme, card_area.width).len() as u16;
            let room = card_area.height.saturating_sub(below);
            big_fit_among(&BIG_SIZES[index..=index], &card.big, card_area.width, room).is_some()
        })
    })
}

/// A card's label and its value as the text says it, under the big number.
fn card_words(card: &Card, theme: &SlideTheme, width: u16) -> Vec<Line<'static>> {
    let detail = match &card.when {
        Some(when) => format!("{} · {when}", card.value),
        None => card.value.clone(),
    };
    let mut lines = centred(&card.label, theme.heading, width);
    lines.extend(centred(&detail, theme.muted, width));
    lines
}

fn render_card(
    card: &Card,
    fit: Option<BigFit>,
    below_height: u16,
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    if let Some(fit) = fit {
        let block = vertically_centred(area, fit.height + below_height);
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
            y: block.y + fit.height,
            height: below_height,
            ..block
        };
        Paragraph::new(card_words(card, theme, area.width)).render(rest, buf);
        return;
    }
    // No room for block letters: the value in bold, then the label and the period.
    let mut lines = centred(&card.value, theme.big, area.width);
    lines.extend(centred(&card.label, theme.heading, area.width));
    if let Some(when) = &card.when {
        lines.extend(centred(when, theme.muted, area.width));
    }
    let height = (lines.len() as u16).min(area.height);
    Paragraph::new(lines).render(vertically_centred(area, height), buf);
}

/// Horizontal bars from a common zero, as thick as the slide allows, each labelled with its
/// period and value.
pub(super) fn render_chart(
    bars: &[Bar],
    caption: Option<&str>,
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    if bars.is_empty() {
        return;
    }
    let caption_lines =
        caption.map_or_else(Vec::new, |caption| wrap(caption, usize::from(area.width)));
    let caption_height = (caption_lines.len() as u16).min(area.height);
    let chart_area = Rect {
        height: area
            .height
            .saturating_sub(caption_height + u16::from(caption_height > 0)),
        ..area
    };
    let label_width = bars.iter().map(|bar| width(&bar.label)).max().unwrap_or(0);
    let value_width = bars.iter().map(|bar| width(&bar.text)).max().unwrap_or(0);
    let track = usize::from(chart_area.width).saturating_sub(label_width + value_width + 4);
    let max = bars.iter().map(|bar| bar.value).fold(0.0_f64, f64::max);
    let count = bars.len() as u16;
    // Bars and the gaps between them share the height; a gap is half a bar, at least a row.
    let thickness = (chart_area.height.saturating_sub(count.saturating_sub(1)) / count).clamp(1, 7);
    let gap = u16::from(chart_area.height > count * thickness + count - 1 && count > 1).max(
        (chart_area.height.saturating_sub(count * thickness) / count.max(1)).min(thickness / 2 + 1),
    );
    let total = count * thickness + (count - 1) * gap;
    let mut y = vertically_centred(chart_area, total).y;
    for bar in bars {
        let eighths = if max > 0.0 {
            let track = f64::from(u32::try_from(track).unwrap_or(u32::MAX));
            // A ratio in 0..=1 of the track, in eighths of a cell: small and not negative.
            #[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
            let eighths = ((bar.value / max).clamp(0.0, 1.0) * track * 8.0).round() as usize;
            eighths
        } else {
            0
        };
        let mut fill = "█".repeat(eighths / 8);
        if eighths % 8 > 0 {
            fill.push(['▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8 - 1]);
        }
        for row in 0..thickness {
            if y + row >= chart_area.bottom() {
                break;
            }
            let middle = row == thickness / 2;
            let label = if middle { bar.label.as_str() } else { "" };
            let mut spans = vec![
                Span::styled(format!("{} ", pad_left(label, label_width)), theme.lead),
                Span::styled("│", theme.axis),
                Span::styled(fill.clone(), theme.bar),
            ];
            if middle {
                spans.push(Span::raw(" "));
                spans.push(Span::styled(bar.text.clone(), theme.heading));
            }
            Line::from(spans).render(
                Rect {
                    y: y + row,
                    height: 1,
                    ..chart_area
                },
                buf,
            );
        }
        y += thickness + gap;
    }
    if !caption_lines.is_empty() {
        let lines: Vec<Line> = caption_lines
            .into_iter()
            .take(usize::from(caption_height))
            .map(|line| Line::styled(line, theme.text).alignment(Alignment::Center))
            .collect();
        Paragraph::new(lines).render(
            Rect {
                y: area.bottom() - caption_height,
                height: caption_height,
                ..area
            },
            buf,
        );
    }
}
