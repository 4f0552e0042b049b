//! A brief as its readers cite it, and its numbers as prose writes them.

use super::{Brief, Figure, ItemRef, Scale};

impl Figure {
    /// The number as the text would say it: "US$33.4 billion", "about 2%", "2 meetings".
    pub fn display_value(&self) -> String {
        let number = format_number(self.value);
        let scale = self
            .scale
            .map(|s| format!(" {}", s.word()))
            .unwrap_or_default();
        let about = match (&self.hedge, self.approximate) {
            (Some(hedge), _) => format!("{hedge} "),
            (None, true) => "about ".to_string(),
            (None, false) => String::new(),
        };
        match self.unit.as_str() {
            "USD" => format!("{about}US${number}{scale}"),
            "percent" => format!("{about}{number}%"),
            unit => format!("{about}{number}{scale} {unit}"),
        }
    }

    /// The value in plain units (33.4 billion becomes 33 400 000 000), for comparing figures.
    pub fn absolute_value(&self) -> f64 {
        self.value * self.scale.map_or(1.0, Scale::multiplier)
    }
}

/// Formats a number as prose does: no trailing ".0", thousands grouped.
/// 6 → "6", 33.4 → "33.4", 1700 → "1,700".
pub fn format_number(value: f64) -> String {
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.3}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (count, digit) in whole.chars().enumerate() {
        if count > 0 && (whole.len() - count) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

impl Brief {
    /// The 1-based numbers of the paragraphs the items come from, ascending, each once.
    pub fn paragraph_numbers(&self, items: &[ItemRef]) -> Vec<usize> {
        let mut numbers: Vec<usize> = items
            .iter()
            .filter_map(|&item| self.paragraph_of(item))
            .filter_map(|id| self.summary.iter().position(|p| p.id == id))
            .map(|index| index + 1)
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    /// The brief's citation with the paragraphs the items come from: "…, 8 August 2007,
    /// para. 6." The one line both `briefing cite` and the explorer's copy give.
    pub fn cite(&self, items: &[ItemRef]) -> String {
        let numbers = self.paragraph_numbers(items);
        let paragraphs = match numbers.as_slice() {
            [] => String::new(),
            [one] => format!(", para. {one}"),
            many => {
                let list: Vec<String> = many.iter().map(ToString::to_string).collect();
                format!(", paras. {}", list.join(", "))
            }
        };
        format!("{}{paragraphs}.", self.citation())
    }

    /// "Lai Hongyi and Lim Tin Seng, China-Russia Relations: …, EAI Background Brief No. 346,
    /// 8 August 2007": the reference a reader pastes into notes.
    pub fn citation(&self) -> String {
        let meta = &self.meta;
        let mut parts = Vec::new();
        if !meta.authors.is_empty() {
            parts.push(join_names(&meta.authors));
        }
        let mut title = meta.title.clone();
        if let Some(subtitle) = &meta.subtitle {
            title = format!("{title}: {subtitle}");
        }
        parts.push(format!("\"{title}\""));
        match (&meta.series, &meta.number) {
            (Some(series), Some(number)) => parts.push(format!("{series} No. {number}")),
            (Some(series), None) => parts.push(series.clone()),
            (None, Some(number)) => parts.push(format!("No. {number}")),
            (None, None) => {}
        }
        if let Some(publisher) = &meta.publisher {
            parts.push(publisher.clone());
        }
        parts.push(meta.published.long());
        parts.join(", ")
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_prose_writes_them() {
        assert_eq!(format_number(6.0), "6");
        assert_eq!(format_number(33.4), "33.4");
        assert_eq!(format_number(1700.0), "1,700");
        assert_eq!(format_number(410_000.0), "410,000");
        assert_eq!(format_number(-1234.5), "-1,234.5");
        assert_eq!(format_number(100.0), "100");
    }
}
