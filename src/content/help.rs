//! The lines of the help overlay, generated from the key maps the app dispatches with.

use ratatui::text::{Line, Span};

use crate::app::Mode;
use crate::keymap::{self, HelpLine};
use crate::layout::{width_of, wrap};
use crate::theme::Theme;

/// One key line, its description wrapped under itself so nothing is cut at the edge.
fn key_line(
    theme: &Theme,
    keys: &str,
    description: &str,
    keys_width: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let indent = keys_width + 4;
    let room = width.saturating_sub(indent).max(12);
    wrap(description, room)
        .into_iter()
        .enumerate()
        .map(|(at, text)| {
            let lead = if at == 0 {
                Span::styled(format!("  {keys:<keys_width$}  "), theme.key)
            } else {
                Span::raw(" ".repeat(indent))
            };
            Line::from(vec![lead, Span::raw(text)])
        })
        .collect()
}

fn section(
    theme: &Theme,
    title: &str,
    lines: &[HelpLine],
    keys_width: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled(title.to_string(), theme.title)];
    for line in lines {
        out.extend(key_line(
            theme,
            &line.keys,
            line.description,
            keys_width,
            width,
        ));
    }
    out.push(Line::raw(""));
    out
}

/// The title of the help's section on the Library pane.
const LIBRARY_SECTION: &str = "Library pane (after L)";
/// The title of the help's section on the diff view.
const DIFF_SECTION: &str = "Diff of two versions (Library pane)";

/// The title of the help section about a mode's keys, where the help opens from that mode;
/// `None` where it opens at the top.
pub fn help_section(mode: Mode) -> Option<&'static str> {
    match mode {
        Mode::Library => Some(LIBRARY_SECTION),
        Mode::Diff => Some(DIFF_SECTION),
        _ => None,
    }
}

/// Every line of the help, wrapped to `width` cells, before scrolling.
pub fn help_text(theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let browse = keymap::help_lines(Mode::Browse);
    let search = keymap::help_lines(Mode::Search);
    let help = keymap::help_lines(Mode::Help);
    let library = keymap::help_lines(Mode::Library);
    let diff = keymap::help_lines(Mode::Diff);
    let slides = crate::present::keys::help_lines(crate::present::keys::Role::Solo, true);
    let keys_width = browse
        .iter()
        .chain(&search)
        .chain(&help)
        .chain(&library)
        .chain(&diff)
        .map(|line| width_of(&line.keys))
        .chain(slides.iter().map(|(keys, _)| width_of(keys)))
        .max()
        .unwrap_or(0);
    let mut lines = section(theme, "Browsing", &browse, keys_width, width);
    lines.extend(section(
        theme,
        "Searching (after /)",
        &search,
        keys_width,
        width,
    ));
    lines.push(Line::styled("Search syntax", theme.title));
    for (syntax, meaning) in crate::search::SYNTAX {
        lines.extend(key_line(theme, syntax, meaning, keys_width, width));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(LIBRARY_SECTION, theme.title));
    lines.extend(key_line(
        theme,
        "letters",
        "type into the filter (every printable character)",
        keys_width,
        width,
    ));
    for line in &library {
        lines.extend(key_line(
            theme,
            &line.keys,
            line.description,
            keys_width,
            width,
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(section(theme, DIFF_SECTION, &diff, keys_width, width));
    lines.push(Line::styled("Slides (after p)", theme.title));
    for (keys, meaning) in slides {
        lines.extend(key_line(theme, &keys, meaning, keys_width, width));
    }
    lines.push(Line::raw(""));
    lines.extend(section(theme, "In this help", &help, keys_width, width));
    lines.push(Line::styled("Mouse", theme.title));
    for (what, meaning) in [
        ("wheel", "scrolls the list or text under the pointer"),
        ("click", "selects a tab, a row or a matrix cell"),
        ("click again", "opens what is selected"),
    ] {
        lines.extend(key_line(theme, what, meaning, keys_width, width));
    }
    lines
}
