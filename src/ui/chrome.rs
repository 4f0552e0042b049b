//! The chrome around the panes: the header with the brief's title and details, and the tab
//! row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::layout::{tab_spans, truncate, width_of};
use crate::theme::Theme;

/// `meta.origin` of a brief `briefing import` extracted and no person has checked.
const IMPORTED_ORIGIN: &str = "import";
/// What the header says of such a brief.
pub const IMPORTED_MARK: &str = "imported · unchecked";

/// The header row: the brief's title on the left; on the right its series, number and
/// date, after a quiet "imported · unchecked" when no person has checked its items.
pub fn draw_header(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let meta = &app.brief.meta;
    let full_title = match &meta.subtitle {
        Some(subtitle) => format!("{}: {subtitle}", meta.title),
        None => meta.title.clone(),
    };
    let number = meta.number.as_ref().map(|number| format!("No. {number}"));
    let series = match (&meta.series, &number) {
        (Some(series), Some(number)) => Some(format!("{series} {number}")),
        (Some(series), None) => Some(series.clone()),
        (None, number) => number.clone(),
    };
    let join =
        |parts: [Option<String>; 2]| parts.into_iter().flatten().collect::<Vec<_>>().join(" · ");
    let long = join([series, Some(meta.published.long())]);
    let short = join([number, Some(meta.published.short())]);
    // Whole words before an ellipsis: the subtitle goes first, then the long forms on the right.
    let candidates = [
        (&full_title, &long),
        (&full_title, &short),
        (&meta.title, &long),
        (&meta.title, &short),
    ];
    let width = usize::from(area.width);
    // The mark of an imported brief comes before the details on the right, and stays as
    // long as the title keeps a dozen cells: the reader must not miss it.
    let mut mark = if app.brief.meta.origin.as_deref() == Some(IMPORTED_ORIGIN) {
        IMPORTED_MARK
    } else {
        ""
    };
    let mark_width = if mark.is_empty() {
        0
    } else {
        width_of(mark) + 3
    };
    // A space at each end, and at least two between.
    let fits =
        |title: &str, right: &str| width_of(title) + mark_width + width_of(right) + 4 <= width;
    let (title, right) =
        if let Some((title, right)) = candidates.iter().find(|(title, right)| fits(title, right)) {
            ((*title).clone(), (*right).clone())
        } else {
            let room = width.saturating_sub(mark_width + width_of(&short) + 3);
            let room_beside_mark = width.saturating_sub(width_of(mark) + 4);
            if room >= 12 {
                (truncate(&meta.title, room), short.clone())
            } else if !mark.is_empty() && room_beside_mark >= 12 {
                (truncate(&meta.title, room_beside_mark), String::new())
            } else {
                mark = "";
                (
                    truncate(&meta.title, width.saturating_sub(1)),
                    String::new(),
                )
            }
        };
    let (mark, right) = match (mark.is_empty(), right.is_empty()) {
        (true, true) => (String::new(), right),
        (true, false) => (String::new(), format!("{right} ")),
        (false, true) => (format!("{mark} "), right),
        (false, false) => (mark.to_string(), format!(" · {right} ")),
    };
    let gap = width.saturating_sub(1 + width_of(&title) + width_of(&mark) + width_of(&right));
    let line = Line::from(vec![
        Span::raw(" "),
        Span::styled(title, theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(mark, theme.unchecked),
        Span::styled(right, theme.muted),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// The tab row, the pane in focus highlighted, at the places `layout::tab_spans` gives;
/// empty where no pane can be chosen (`layout::pane_tabs_shown`).
pub fn draw_tabs(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if !crate::layout::pane_tabs_shown(app) {
        return;
    }
    for (pane, label, start, end) in tab_spans(area.width) {
        if start >= area.width {
            break;
        }
        let active = pane == app.pane;
        let style = if active { theme.tab_active } else { theme.tab };
        buf.set_stringn(
            area.x + start,
            area.y,
            &label,
            usize::from(end.min(area.width) - start),
            style,
        );
    }
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::style::Modifier;

    use super::*;
    use crate::brief::load_embedded;

    /// The header row of `app` drawn `width` cells wide, as text, and the buffer.
    fn header(app: &App, width: u16) -> (String, Buffer) {
        let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
        draw_header(app, &Theme::colour(), buf.area, &mut buf);
        let text = (0..width).map(|x| buf[(x, 0)].symbol()).collect();
        (text, buf)
    }

    fn imported() -> App {
        let mut brief = load_embedded().unwrap();
        brief.meta.origin = Some("import".to_string());
        App::new(brief)
    }

    #[test]
    fn an_imported_brief_says_so_quietly_in_the_header() {
        for width in [160, 80, 40] {
            let (text, buf) = header(&imported(), width);
            let at = text.find(IMPORTED_MARK).unwrap_or_else(|| panic!("{text}"));
            let x = text[..at].chars().count() as u16;
            let cell = &buf[(x, 0)];
            assert!(cell.modifier.contains(Modifier::ITALIC), "{width}: {text}");
            assert_eq!(
                Some(cell.fg),
                Theme::colour().unchecked.fg,
                "{width}: {text}"
            );
            assert!(text.starts_with(" China"), "{width}: {text}");
        }
        let (wide, _) = header(&imported(), 160);
        assert!(wide.contains("imported · unchecked · "), "{wide}");
        assert!(wide.trim_end().ends_with("2007"), "{wide}");
        let (narrow, _) = header(&imported(), 40);
        assert_eq!(
            narrow.trim_end(),
            " China-Russia Re…  imported · unchecked",
            "{narrow}"
        );
    }

    #[test]
    fn a_brief_a_person_wrote_has_no_marker() {
        let app = App::new(load_embedded().unwrap());
        for width in [160, 80, 40] {
            let (text, _) = header(&app, width);
            assert!(!text.contains("imported"), "{text}");
        }
    }
}
