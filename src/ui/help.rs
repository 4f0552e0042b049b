//! The help overlay: every key, generated from the key map the app dispatches with.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::app::{App, Mode};
use crate::keymap::{self, HelpLine};
use crate::ui::{block, width_of};

fn section(app: &App, title: &str, lines: &[HelpLine], keys_width: usize) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled(title.to_string(), app.theme.title)];
    for line in lines {
        out.push(Line::from(vec![
            Span::styled(format!("  {:<keys_width$}  ", line.keys), app.theme.key),
            Span::raw(line.description),
        ]));
    }
    out.push(Line::raw(""));
    out
}

/// Every line of the help, before scrolling.
pub fn help_text(app: &App) -> Vec<Line<'static>> {
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
    let mut lines = section(app, "Browsing", &browse, keys_width);
    lines.extend(section(app, "Searching (after /)", &search, keys_width));
    lines.push(Line::styled("Search syntax", app.theme.title));
    for (syntax, meaning) in [
        ("a b", "every term must match"),
        ("'word", "the exact characters"),
        ("^word", "at the start"),
        ("word$", "at the end"),
        ("!word", "leave out items that match"),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("  {syntax:<keys_width$}  "), app.theme.key),
            Span::raw(meaning),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Slides (after p)", app.theme.title));
    for (keys, meaning) in slides {
        lines.push(Line::from(vec![
            Span::styled(format!("  {keys:<keys_width$}  "), app.theme.key),
            Span::raw(meaning),
        ]));
    }
    lines.push(Line::raw(""));
    lines.extend(section(app, "In this help", &help, keys_width));
    lines.push(Line::styled(
        "Mouse: the wheel moves; a click selects, a second click opens.",
        app.theme.muted,
    ));
    lines
}

/// The overlay's place: centred in the body, no taller than its `lines` need.
pub fn popup_area(body: Rect, lines: usize) -> Rect {
    let width = body.width.saturating_sub(2).min(76);
    let height = u16::try_from(lines + 2)
        .unwrap_or(u16::MAX)
        .min(body.height);
    Rect::new(body.x + (body.width - width) / 2, body.y, width, height)
}

/// The furthest the help can scroll at this size.
pub fn max_scroll(app: &App) -> u16 {
    let body = crate::ui::areas(Rect::new(0, 0, app.size.0, app.size.1)).body;
    let lines = help_text(app).len();
    let visible = popup_area(body, lines).height.saturating_sub(2);
    u16::try_from(lines)
        .unwrap_or(u16::MAX)
        .saturating_sub(visible)
}

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let text = help_text(app);
    let area = popup_area(body, text.len());
    Clear.render(area, buf);
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
