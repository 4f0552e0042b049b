//! Page layout: reading order and paragraphs. Two-column pages are read column by column;
//! lines are joined with hyphenated words mended; short title-case lines after a finished
//! sentence become headings. Lines and running matter come from `lines.rs`.

use super::Page;
use super::lines::{Line, drop_running, lines};
use super::matter;
use crate::import::read::clean::join_wrapped_in;
use crate::import::read::compose::{Piece, is_heading_like};
use crate::import::read::hyphen::Vocabulary;

/// The pieces of a document's pages.
pub fn pieces(pages: &[Page]) -> Vec<Piece> {
    let mut per_page: Vec<Vec<Line>> = pages
        .iter()
        .enumerate()
        .map(|(index, page)| lines(index, &page.glyphs))
        .collect();
    let identity = matter::identity_lines(&per_page);
    drop_running(&mut per_page, pages);
    let mut ordered: Vec<Line> = per_page
        .into_iter()
        .zip(pages)
        .flat_map(|(lines, page)| order(lines, page.width))
        .collect();
    title_first(&mut ordered);
    let blocks = blocks(&ordered);
    let all_lines: String = ordered
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let vocabulary = Vocabulary::from_text(&all_lines);
    let join_wrapped =
        |lines: &[Line]| join_wrapped_in(lines.iter().map(|l| l.text.as_str()), &vocabulary);
    let mut out = Vec::new();
    // Front matter: the title block, then the short blocks above the first paragraph of
    // the first page (a series logo, `Updated April 16, 2026`, a byline).
    let mut body_start = 0;
    while body_start < blocks.len().min(5) {
        let block = &blocks[body_start];
        let short = block.lines.len() <= 2
            && block
                .lines
                .iter()
                .all(|l| l.text.len() <= 80 && !l.text.ends_with('.'));
        if block.lines[0].page != 0 || (body_start > 0 && !short) {
            break;
        }
        out.push(Piece::Front(join_wrapped(&block.lines)));
        body_start += 1;
    }
    let listing = matter::author_runs(&blocks[body_start..]);
    let mut back = Vec::new();
    for (block, listed) in blocks[body_start..].iter().zip(listing) {
        if listed {
            back.extend(block.lines.iter().map(|l| Piece::Front(l.text.clone())));
            continue;
        }
        let text = join_wrapped(&block.lines);
        if block.heading {
            out.push(Piece::Heading(text));
        } else {
            out.push(Piece::Paragraph(text));
        }
    }
    out.extend(back);
    out.extend(identity.into_iter().map(Piece::Front));
    out
}

/// Puts the title (the largest type in the top third of the first page) before the lines
/// printed above it, such as an `Updated April 16, 2026` in the page's corner, so the front
/// matter opens with the title.
fn title_first(ordered: &mut Vec<Line>) {
    let first_page: Vec<usize> = (0..ordered.len())
        .filter(|&i| ordered[i].page == 0)
        .collect();
    let Some(&title) = first_page
        .iter()
        .filter(|&&i| ordered[i].y < 264.0)
        .max_by(|&&a, &&b| ordered[a].size.total_cmp(&ordered[b].size).then(b.cmp(&a)))
    else {
        return;
    };
    let title_y = ordered[title].y;
    let title_size = ordered[title].size;
    let above: Vec<usize> = first_page
        .iter()
        .copied()
        .filter(|&i| ordered[i].y < title_y && (ordered[i].size - title_size).abs() > 0.5)
        .collect();
    if above.is_empty() {
        return;
    }
    let mut title_end = title + 1;
    while title_end < ordered.len()
        && (ordered[title_end].size - title_size).abs() <= 0.5
        && ordered[title_end].page == 0
    {
        title_end += 1;
    }
    let moved: Vec<Line> = above.iter().map(|&i| ordered[i].clone()).collect();
    let mut rest: Vec<Line> = Vec::with_capacity(ordered.len());
    for (i, line) in ordered.drain(..).enumerate() {
        if above.contains(&i) {
            continue;
        }
        rest.push(line);
        if i + 1 == title_end {
            rest.extend(moved.iter().cloned());
        }
    }
    *ordered = rest;
}

/// Reading order of one page. A page is two-column when at least five lines, and a quarter
/// of the lines that fit in one half, start right of the middle; it is then read in bands
/// between full-width lines, each band's left column before its right. A one-column page
/// keeps the stream order.
pub fn order(mut lines: Vec<Line>, width: f64) -> Vec<Line> {
    let middle = width / 2.0;
    let slack = width * 0.02;
    let is_left = |line: &Line| line.x1 <= middle + slack;
    let is_right = |line: &Line| line.x0 >= middle - slack;
    let right = lines.iter().filter(|l| is_right(l)).count();
    let halves = lines.iter().filter(|l| is_left(l) || is_right(l)).count();
    if right < 5 || right * 4 < halves {
        let widest = lines.iter().map(|l| l.x1 - l.x0).fold(0.0, f64::max);
        for line in &mut lines {
            line.column_width = widest;
        }
        return lines;
    }
    if let Some(ordered) = body_and_box(&lines, width) {
        return ordered;
    }
    let left_width = lines
        .iter()
        .filter(|l| is_left(l))
        .map(|l| l.x1 - l.x0)
        .fold(0.0, f64::max);
    let right_width = lines
        .iter()
        .filter(|l| is_right(l))
        .map(|l| l.x1 - l.x0)
        .fold(0.0, f64::max);
    let full_width = lines.iter().map(|l| l.x1 - l.x0).fold(0.0, f64::max);
    lines.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut out = Vec::with_capacity(lines.len());
    let mut left = Vec::new();
    let mut right_column = Vec::new();
    for mut line in lines {
        if is_left(&line) {
            line.column_width = left_width;
            left.push(line);
        } else if is_right(&line) {
            line.column_width = right_width;
            right_column.push(line);
        } else {
            out.append(&mut left);
            out.append(&mut right_column);
            line.column_width = full_width;
            out.push(line);
        }
    }
    out.append(&mut left);
    out.append(&mut right_column);
    out
}

/// A body column with a box beside it (an author box next to a summary): at least five
/// lines that cross the middle but end left of where the right-hand lines start, more than
/// there are left-column lines. The box (the lines right of the middle) is then read whole,
/// before the body when it starts above it, else after it; each keeps its stream order.
fn body_and_box(lines: &[Line], width: f64) -> Option<Vec<Line>> {
    let middle = width / 2.0;
    let slack = width * 0.02;
    let is_left = |line: &Line| line.x1 <= middle + slack;
    let is_right = |line: &Line| line.x0 >= middle - slack;
    let box_x0 = lines
        .iter()
        .filter(|l| is_right(l))
        .map(|l| l.x0)
        .fold(f64::INFINITY, f64::min);
    let beside = lines
        .iter()
        .filter(|l| !is_left(l) && !is_right(l) && l.x1 < box_x0 - slack)
        .count();
    let left = lines.iter().filter(|l| is_left(l)).count();
    if beside < 5 || beside <= left {
        return None;
    }
    let (mut side, mut body): (Vec<Line>, Vec<Line>) =
        lines.iter().cloned().partition(|l| is_right(l));
    for group in [&mut side, &mut body] {
        let widest = group.iter().map(|l| l.x1 - l.x0).fold(0.0, f64::max);
        for line in group.iter_mut() {
            line.column_width = widest;
        }
    }
    let top = |group: &[Line]| group.iter().map(|l| l.y).fold(f64::INFINITY, f64::min);
    Some(if top(&side) < top(&body) {
        side.into_iter().chain(body).collect()
    } else {
        body.into_iter().chain(side).collect()
    })
}

/// A paragraph or heading made of lines.
#[derive(Debug, Clone)]
pub struct TextBlock {
    pub lines: Vec<Line>,
    pub heading: bool,
}

/// Lines in reading order become blocks. A new block starts after a gap over 1.5 line
/// sizes, at a change of font size over 12%, after a short line that ends a sentence, and
/// where the flow moves up (next column or page) after a finished sentence. A short
/// title-case line starting a block is a heading block of its own.
pub fn blocks(lines: &[Line]) -> Vec<TextBlock> {
    let mut out: Vec<TextBlock> = Vec::new();
    let mut previous: Option<&Line> = None;
    let mut after_heading = false;
    for line in lines {
        let starts = match previous {
            None => true,
            Some(_) if after_heading => true,
            Some(prev) => {
                let finished = prev.text.ends_with(['.', '?', '!', ':', '"', '”']);
                let moved_on = line.page != prev.page || line.y <= prev.y;
                let gap = line.y - prev.y;
                let short = prev.x1 - prev.x0 < 0.8 * prev.column_width;
                let resized = (line.size - prev.size).abs() > 0.12 * prev.size;
                if moved_on {
                    finished || resized
                } else {
                    gap > 1.5 * prev.size || resized || (finished && short)
                }
            }
        };
        after_heading = false;
        let heading =
            starts && is_heading_like(&line.text) && line.x1 - line.x0 < 0.8 * line.column_width;
        if starts || out.is_empty() {
            out.push(TextBlock {
                lines: vec![line.clone()],
                heading,
            });
            after_heading = heading;
        } else if let Some(block) = out.last_mut() {
            block.lines.push(line.clone());
        }
        previous = Some(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(page: usize, x0: f64, y: f64, text: &str) -> Line {
        Line {
            page,
            x0,
            x1: x0 + 5.0 * f64::from(u32::try_from(text.chars().count()).unwrap()),
            y,
            size: 10.0,
            text: text.to_string(),
            column_width: 250.0,
        }
    }

    #[test]
    fn two_columns_are_read_left_then_right() {
        let mut page = Vec::new();
        for i in 0..6 {
            let y = 100.0 + 12.0 * f64::from(i);
            page.push(line(0, 40.0, y, &format!("left {i}")));
            page.push(line(0, 320.0, y, &format!("right {i}")));
        }
        let ordered = order(page, 612.0);
        let texts: Vec<&str> = ordered.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts[..7],
            [
                "left 0", "left 1", "left 2", "left 3", "left 4", "left 5", "right 0"
            ]
        );
    }

    #[test]
    fn a_box_beside_the_body_is_read_whole() {
        let mut page = vec![line(0, 460.0, 100.0, "R48694")];
        for i in 0..6 {
            let y = 120.0 + 12.0 * f64::from(i);
            // Body lines cross the middle but stop short of the box.
            let mut body = line(0, 54.0, y, &format!("body line {i}"));
            body.x1 = 440.0;
            page.push(body);
            page.push(line(0, 460.0, y, &format!("box {i}")));
        }
        let mut wide = line(0, 54.0, 200.0, "a full-width line below the box");
        wide.x1 = 557.0;
        page.push(wide);
        let ordered = order(page, 612.0);
        let texts: Vec<&str> = ordered.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts[..8],
            [
                "R48694",
                "box 0",
                "box 1",
                "box 2",
                "box 3",
                "box 4",
                "box 5",
                "body line 0"
            ]
        );
        assert_eq!(
            texts[12..],
            ["body line 5", "a full-width line below the box"]
        );
    }

    #[test]
    fn paragraphs_headings_and_flow_across_columns() {
        let mut lines = vec![
            line(0, 40.0, 100.0, "Trade in Goods"),
            line(
                0,
                40.0,
                112.0,
                "Trade between the two countries has grown since the deal",
            ),
            line(
                0,
                40.0,
                124.0,
                "entered into force in 1994, with imports rising faster.",
            ),
            line(
                0,
                40.0,
                142.0,
                "Another paragraph begins after a gap and runs on in the",
            ),
            line(
                0,
                40.0,
                40.0,
                "next column without a break in its sentence.",
            ),
        ];
        for l in &mut lines {
            l.column_width = 280.0;
        }
        let blocks = blocks(&lines);
        assert_eq!(blocks.len(), 3);
        assert!(blocks[0].heading);
        assert_eq!(blocks[1].lines.len(), 2);
        assert_eq!(blocks[2].lines.len(), 2);
    }
}
