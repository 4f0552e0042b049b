//! The help overlay: every key, generated from the key map the app dispatches with.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::app::{App, Mode};
use crate::keymap::{self, HelpLine};
use crate::ui::{block, width_of};

/// One key line, its description wrapped under itself so nothing is cut at the edge.
fn key_line(
    app: &App,
    keys: &str,
    description: &str,
    keys_width: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let indent = keys_width + 4;
    let room = width.saturating_sub(indent).max(12);
    crate::ui::wrap(description, room)
        .into_iter()
        .enumerate()
        .map(|(at, text)| {
            let lead = if at == 0 {
                Span::styled(format!("  {keys:<keys_width$}  "), app.theme.key)
            } else {
                Span::raw(" ".repeat(indent))
            };
            Line::from(vec![lead, Span::raw(text)])
        })
        .collect()
}

fn section(
    app: &App,
    title: &str,
    lines: &[HelpLine],
    keys_width: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled(title.to_string(), app.theme.title)];
    for line in lines {
        out.extend(key_line(
            app,
            &line.keys,
            line.description,
            keys_width,
            width,
        ));
    }
    out.push(Line::raw(""));
    out
}

/// The overlay's width inside its border in a body this wide.
fn inner_width(body: Rect) -> usize {
    usize::from(popup_width(body).saturating_sub(2))
}

fn popup_width(body: Rect) -> u16 {
    body.width.saturating_sub(4).min(76)
}

/// Every line of the help, wrapped to `width` cells, before scrolling.
pub fn help_text(app: &App, width: usize) -> Vec<Line<'static>> {
    let browse = keymap::help_lines(Mode::Browse);
    let search = keymap::help_lines(Mode::Search);
    let help = keymap::help_lines(Mode::Help);
    let slides = crate::present::keys::help_lines(crate::present::keys::Role::Solo);
    let keys_width = browse
        .iter()
        .chain(&search)
        .chain(&help)
        .map(|line| width_of(&line.keys))
        .chain(slides.iter().map(|(keys, _)| width_of(keys)))
        .max()
        .unwrap_or(0);
    let mut lines = section(app, "Browsing", &browse, keys_width, width);
    lines.extend(section(
        app,
        "Searching (after /)",
        &search,
        keys_width,
        width,
    ));
    lines.push(Line::styled("Search syntax", app.theme.title));
    for (syntax, meaning) in [
        ("a b", "every term must match"),
        ("'word", "the exact characters"),
        ("^word", "at the start"),
        ("word$", "at the end"),
        ("!word", "leave out items that match"),
    ] {
        lines.extend(key_line(app, syntax, meaning, keys_width, width));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Slides (after p)", app.theme.title));
    for (keys, meaning) in slides {
        lines.extend(key_line(app, &keys, meaning, keys_width, width));
    }
    lines.push(Line::raw(""));
    lines.extend(section(app, "In this help", &help, keys_width, width));
    lines.push(Line::styled("Mouse", app.theme.title));
    for (what, meaning) in [
        ("wheel", "scrolls the list or text under the pointer"),
        ("click", "selects a tab, a row or a matrix cell"),
        ("click again", "opens what is selected"),
    ] {
        lines.extend(key_line(app, what, meaning, keys_width, width));
    }
    lines
}

/// The overlay's place: centred in the body, clear of the panes' borders by a cell of
/// margin, no taller than its `lines` need.
pub fn popup_area(body: Rect, lines: usize) -> Rect {
    let width = popup_width(body);
    // Two rows in, so the cleared margin row falls inside the panes, not on their borders.
    let height = u16::try_from(lines + 2)
        .unwrap_or(u16::MAX)
        .min(body.height.saturating_sub(4));
    Rect::new(
        body.x + (body.width - width) / 2,
        body.y + 2.min(body.height),
        width,
        height,
    )
}

/// The furthest the help can scroll at this size.
pub fn max_scroll(app: &App) -> u16 {
    let body = crate::ui::areas(Rect::new(0, 0, app.size.0, app.size.1)).body;
    let lines = help_text(app, inner_width(body)).len();
    let visible = popup_area(body, lines).height.saturating_sub(2);
    u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .saturating_sub(visible)
}

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let text = help_text(app, inner_width(body));
    let area = popup_area(body, text.len());
    // A cell of margin cleared all round, so nothing from the panes shows beside it.
    let margin = Rect::new(
        area.x.saturating_sub(1),
        area.y.saturating_sub(1),
        area.width + 2,
        area.height + 2,
    )
    .intersection(body);
    Clear.render(margin, buf);
    let more = if max_scroll(app) > 0 {
        " · j/k scroll"
    } else {
        ""
    };
    let outer = block(app, " Keys ", true).title_bottom(Line::styled(
        format!(" ? or Esc closes{more} "),
        app.theme.muted,
    ));
    Paragraph::new(text)
        .scroll((app.help_scroll.min(max_scroll(app)), 0))
        .block(outer)
        .render(area, buf);
}
