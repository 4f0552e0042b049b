//! The body of each kind of slide: title, key point, timeline, numbers, chart, matrix,
//! bullets and closing, each filling the area it is given.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::brief::Stance;
use crate::present::{Bar, Body, Bullet, Card, Heading, Mark, MatrixRow};
use crate::theme::SlideTheme;

use super::text::{
    BIG_SIZES, big_fit, big_fit_among, pad, pad_left, render_big, render_groups, truncate, width,
    wrap,
};

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
        let total = fit.2 + 1 + below_height;
        let block = vertically_centred(area, total);
        render_big(
            &fit,
            theme.big,
            Rect {
                height: fit.2,
                ..block
            },
            buf,
        );
        let rest = Rect {
            y: block.y + fit.2 + 1,
            height: block.height.saturating_sub(fit.2 + 1),
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
                height: fit.2,
                ..area
            },
            buf,
        );
        fit.2
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

/// A vertical axis: dates on the left, a dot per event (hollow when the date is inexact),
/// titles on the right. Undated events beside or below.
#[allow(clippy::too_many_lines)]
fn render_timeline(
    dated: &[Mark],
    undated: &[Mark],
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    let side_by_side = area.width >= 110 && !undated.is_empty();
    let (axis_area, undated_area) = if side_by_side {
        let [axis, _, rest] = Layout::horizontal([
            Constraint::Percentage(58),
            Constraint::Length(3),
            Constraint::Fill(1),
        ])
        .areas(area);
        (axis, rest)
    } else {
        let undated_rows = if undated.is_empty() {
            0
        } else {
            undated.len() as u16 + 2
        };
        let axis_rows = area.height.saturating_sub(undated_rows).max(3);
        let [axis, rest] =
            Layout::vertical([Constraint::Length(axis_rows), Constraint::Fill(1)]).areas(area);
        (axis, rest)
    };
    let date_width = dated
        .iter()
        .map(|mark| width(&mark.date))
        .max()
        .unwrap_or(0);
    let title_width = usize::from(axis_area.width).saturating_sub(date_width + 5);
    let spare = usize::from(axis_area.height).saturating_sub(dated.len() + 1);
    let spacing = if dated.is_empty() {
        0
    } else {
        (spare / dated.len()).min(3)
    };
    let mut lines: Vec<Line> = Vec::new();
    let axis_only = |lines: &mut Vec<Line>| {
        lines.push(Line::from(vec![
            Span::raw(" ".repeat(date_width + 1)),
            Span::styled("│", theme.axis),
        ]));
    };
    for (index, mark) in dated.iter().enumerate() {
        if index > 0 {
            for _ in 0..spacing {
                axis_only(&mut lines);
            }
        }
        let dot = if mark.inexact { "○" } else { "●" };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", pad_left(&mark.date, date_width)), theme.lead),
            Span::styled(dot, theme.mark),
            Span::styled("─ ", theme.axis),
            Span::styled(truncate(&mark.title, title_width), theme.text),
        ]));
    }
    if !dated.is_empty() {
        lines.push(Line::from(vec![
            Span::raw(" ".repeat(date_width + 1)),
            Span::styled("▼", theme.axis),
        ]));
    }
    let shown = lines.len().min(usize::from(axis_area.height));
    if shown < lines.len() && shown > 0 {
        lines.truncate(shown - 1);
        lines.push(Line::styled("▼ more", theme.more));
    }
    let axis_used = lines.len() as u16;
    Paragraph::new(lines).render(axis_area, buf);
    if undated.is_empty() {
        return;
    }
    let undated_area = if side_by_side {
        undated_area
    } else {
        // Right under the axis, one row apart.
        let top = axis_area.y + axis_used + 1;
        Rect {
            y: top.min(area.bottom()),
            height: area.bottom().saturating_sub(top),
            ..area
        }
    };
    let mut groups = vec![vec![Line::styled("No date in the text", theme.heading)]];
    let item_width = usize::from(undated_area.width).saturating_sub(2);
    groups.extend(undated.iter().map(|mark| {
        let lines = if side_by_side {
            wrap(&mark.title, item_width)
        } else {
            vec![truncate(&mark.title, item_width)]
        };
        lines
            .into_iter()
            .enumerate()
            .map(|(row, line)| {
                let marker = if row == 0 { "○ " } else { "  " };
                Line::from(vec![
                    Span::styled(marker, theme.mark),
                    Span::styled(line, theme.text),
                ])
            })
            .collect()
    }));
    let (lines, _) = render_groups(groups, 0, theme, undated_area, Alignment::Left);
    Paragraph::new(lines).render(undated_area, buf);
}

/// The numbers, each in block letters when its share of the slide holds them.
fn render_cards(cards: &[Card], theme: &SlideTheme, area: Rect, buf: &mut Buffer) {
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
    fit: Option<(tui_big_text::PixelSize, Vec<String>, u16)>,
    below_height: u16,
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    if let Some(fit) = fit {
        let block = vertically_centred(area, fit.2 + below_height);
        render_big(
            &fit,
            theme.big,
            Rect {
                height: fit.2,
                ..block
            },
            buf,
        );
        let rest = Rect {
            y: block.y + fit.2,
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
fn render_chart(
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

/// Issues down, actors across; a cell names the stance. Narrow screens abbreviate stances and
/// wrap actor names; what still does not fit is cut with a visible sign.
fn render_matrix(
    actors: &[Heading],
    rows: &[MatrixRow],
    theme: &SlideTheme,
    area: Rect,
    buf: &mut Buffer,
) {
    let full = usize::from(area.width);
    let issue_width = rows
        .iter()
        .map(|row| width(&row.issue))
        .max()
        .unwrap_or(0)
        .min(full * 3 / 10)
        .max(6);
    let spare = full.saturating_sub(issue_width + 1);
    // As many actors as fit at 5 cells a column or more.
    let shown = actors.len().min(spare / 6).max(1);
    let hidden = actors.len() - shown.min(actors.len());
    let sign_width = if hidden > 0 { 3 } else { 0 };
    let column = (spare.saturating_sub(sign_width) / shown).min(16);
    let cell_width = column.saturating_sub(1);
    let header_rows = 3;
    let headings: Vec<Vec<String>> = actors
        .iter()
        .take(shown)
        .map(|actor| actor_heading(actor, cell_width, header_rows))
        .collect();
    let mut lines: Vec<Line> = Vec::new();
    for header_row in 0..header_rows {
        let mut spans = vec![Span::raw(" ".repeat(issue_width + 1))];
        for heading in &headings {
            // Bottom-align names so one-line names sit on the row above the cells.
            let offset = header_rows - heading.len();
            let text = header_row
                .checked_sub(offset)
                .and_then(|row| heading.get(row))
                .map_or("", String::as_str);
            spans.push(Span::styled(pad(text, column), theme.heading));
        }
        if hidden > 0 && header_row == header_rows - 1 {
            spans.push(Span::styled(format!("+{hidden}▶"), theme.more));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled(
        "─".repeat((issue_width + 1 + column * shown).min(full)),
        theme.border,
    ));
    let legend = stance_legend(rows, shown, cell_width);
    let legend_rows = usize::from(!legend.is_empty());
    let body_rows = usize::from(area.height).saturating_sub(lines.len() + 1 + legend_rows);
    let spacing = usize::from(rows.len() * 2 <= body_rows);
    let fits = rows.len() * (1 + spacing) <= body_rows + 1;
    let visible = if fits {
        rows.len()
    } else {
        body_rows.saturating_sub(1)
    };
    for (index, row) in rows.iter().take(visible).enumerate() {
        if index > 0 && spacing > 0 {
            lines.push(Line::default());
        }
        let mut spans = vec![Span::styled(
            format!("{} ", pad(&truncate(&row.issue, issue_width), issue_width)),
            theme.text,
        )];
        for cell in row.cells.iter().take(shown) {
            let words: Vec<&str> = cell
                .iter()
                .map(|stance| stance_word(*stance, cell_width))
                .collect();
            let text = truncate(&words.join("/"), cell_width);
            let style = cell
                .first()
                .map_or(theme.muted, |stance| theme.stance(*stance));
            let text = if text.is_empty() {
                "·".to_string()
            } else {
                text
            };
            spans.push(Span::styled(pad(&text, column), style));
        }
        lines.push(Line::from(spans));
    }
    if visible < rows.len() {
        lines.push(Line::styled(
            format!("▼ {} more issues", rows.len() - visible),
            theme.more,
        ));
    }
    if !legend.is_empty() {
        lines.push(Line::styled(truncate(&legend, full), theme.muted));
    }
    Paragraph::new(lines).render(area, buf);
}

/// An actor's name for a matrix column: wrapped to `rows` lines of `cell_width` cells, the
/// short name when the full one would take more than two lines, cut with "…" beyond.
fn actor_heading(actor: &Heading, cell_width: usize, rows: usize) -> Vec<String> {
    let name = if width(&actor.name) <= cell_width * 2 {
        &actor.name
    } else {
        &actor.short
    };
    let words: Vec<String> = name
        .split_whitespace()
        .map(|word| truncate(word, cell_width))
        .collect();
    let lines = wrap(&words.join(" "), cell_width);
    let mut kept: Vec<String> = lines.iter().take(rows).cloned().collect();
    if lines.len() > rows
        && let Some(last) = kept.last_mut()
    {
        *last = truncate(&format!("{last} …"), cell_width);
    }
    kept
}

/// "prop proposes · opp opposes": what each shortened stance in the shown columns stands
/// for, in the order first met; empty when nothing was shortened.
fn stance_legend(rows: &[MatrixRow], shown: usize, cell_width: usize) -> String {
    let mut seen: Vec<Stance> = Vec::new();
    for row in rows {
        for stance in row.cells.iter().take(shown).flatten() {
            if stance_word(*stance, cell_width) != stance.verb() && !seen.contains(stance) {
                seen.push(*stance);
            }
        }
    }
    seen.iter()
        .map(|stance| format!("{} {}", stance_word(*stance, cell_width), stance.verb()))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The stance as a word, shortened for narrow columns.
fn stance_word(stance: Stance, width: usize) -> &'static str {
    if width >= stance.verb().len() {
        return stance.verb();
    }
    match stance {
        Stance::Supports => "supp",
        Stance::Opposes => "opp",
        Stance::Seeks => "seek",
        Stance::Proposes => "prop",
        Stance::Rejects => "rej",
        Stance::Warns => "warn",
        Stance::Agrees => "agr",
        Stance::Assesses => "asmt",
        Stance::Acts => "acts",
    }
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
