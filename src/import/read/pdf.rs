//! PDF, read with pdf-extract (over lopdf): every glyph with its position is collected,
//! then `pdf/layout.rs` rebuilds lines, drops running headers, footers and page numbers,
//! reads two-column pages column by column and joins lines into paragraphs.
//!
//! pdf-extract may panic on malformed content streams, so the walk runs under
//! `catch_unwind` and a panic becomes [`PdfError::Broken`].

mod layout;
mod lines;
mod matter;

use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, Transform};

use super::compose::Piece;

/// Fewer letters and digits than this in the whole file means it has no usable text layer.
const MIN_TEXT_CHARS: usize = 40;

/// Why a PDF gave no text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("no text layer: run OCR first (the PDF holds images of pages, not text)")]
    NoTextLayer,
    #[error("the PDF is encrypted and opens only with a password; save an unencrypted copy")]
    Encrypted,
    #[error("broken PDF: {0}")]
    Broken(String),
}

/// One glyph (or run of glyphs pdf-extract reports at once) on a page, in points from the
/// page's top-left corner.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    /// Where the glyph's advance ends on the x axis.
    pub end: f64,
    /// Font size in points after the text and page transforms.
    pub size: f64,
    pub text: String,
}

/// One page's glyphs in content-stream order, with the page size in points.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub glyphs: Vec<Glyph>,
}

#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
    top: f64,
    left: f64,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.top = media_box.ury;
        self.left = media_box.llx;
        self.pages.push(Page {
            width: (media_box.urx - media_box.llx).abs(),
            height: (media_box.ury - media_box.lly).abs(),
            glyphs: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = font_size * scale;
        let x = trm.m31 - self.left;
        let glyph = Glyph {
            x,
            y: self.top - trm.m32,
            end: x + width * size,
            size,
            text: text.to_string(),
        };
        if let Some(page) = self.pages.last_mut() {
            page.glyphs.push(glyph);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn stroke(
        &mut self,
        _ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        _path: &Path,
    ) -> Result<(), OutputError> {
        Ok(())
    }
}

/// The glyphs of every page of a PDF held in memory.
pub fn pages(bytes: &[u8]) -> Result<Vec<Page>, PdfError> {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut doc =
            pdf_extract::Document::load_mem(bytes).map_err(|e| broken_or_encrypted(&e))?;
        if doc.is_encrypted() && doc.decrypt("").is_err() {
            return Err(PdfError::Encrypted);
        }
        let mut collector = Collector::default();
        pdf_extract::output_doc(&doc, &mut collector).map_err(|error| match error {
            OutputError::PdfError(e) => broken_or_encrypted(&e),
            other => PdfError::Broken(format!("{other:?}")),
        })?;
        Ok(collector.pages)
    }));
    result.unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the PDF reader failed".to_string());
        Err(PdfError::Broken(message))
    })
}

fn broken_or_encrypted(error: &pdf_extract::Error) -> PdfError {
    let text = error.to_string();
    if text.to_lowercase().contains("decrypt") || text.to_lowercase().contains("encrypt") {
        PdfError::Encrypted
    } else {
        PdfError::Broken(text)
    }
}

/// The pieces of a PDF: front matter, headings and paragraphs in reading order.
pub fn pieces(bytes: &[u8]) -> Result<Vec<Piece>, PdfError> {
    let pages = pages(bytes)?;
    let letters: usize = pages
        .iter()
        .flat_map(|page| &page.glyphs)
        .map(|glyph| glyph.text.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    if letters < MIN_TEXT_CHARS {
        return Err(PdfError::NoTextLayer);
    }
    Ok(layout::pieces(&pages))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_after_the_header_is_a_broken_pdf_not_a_panic() {
        let error = pieces(b"%PDF-1.4\nthis is not a pdf at all\n%%EOF").unwrap_err();
        assert!(matches!(error, PdfError::Broken(_)), "{error:?}");
    }
}
