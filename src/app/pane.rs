//! The five panes of a brief, in tab order, and the section each lists.

use crate::brief::Section;

/// The five views of a brief, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Summary,
    Timeline,
    Figures,
    Positions,
    Actors,
}

impl Pane {
    pub const ALL: [Pane; 5] = [
        Pane::Summary,
        Pane::Timeline,
        Pane::Figures,
        Pane::Positions,
        Pane::Actors,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Summary => "Summary",
            Pane::Timeline => "Timeline",
            Pane::Figures => "Figures",
            Pane::Positions => "Positions",
            Pane::Actors => "Actors",
        }
    }

    pub fn index(self) -> usize {
        match self {
            Pane::Summary => 0,
            Pane::Timeline => 1,
            Pane::Figures => 2,
            Pane::Positions => 3,
            Pane::Actors => 4,
        }
    }

    pub fn section(self) -> Section {
        match self {
            Pane::Summary => Section::Summary,
            Pane::Timeline => Section::Timeline,
            Pane::Figures => Section::Figures,
            Pane::Positions => Section::Positions,
            Pane::Actors => Section::Actors,
        }
    }

    /// The pane that lists a section's items; themes have none.
    pub fn of_section(section: Section) -> Option<Pane> {
        match section {
            Section::Summary => Some(Pane::Summary),
            Section::Timeline => Some(Pane::Timeline),
            Section::Figures => Some(Pane::Figures),
            Section::Positions => Some(Pane::Positions),
            Section::Actors => Some(Pane::Actors),
            Section::Themes => None,
        }
    }

    pub(super) fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % Pane::ALL.len()]
    }

    pub(super) fn previous(self) -> Pane {
        Pane::ALL[(self.index() + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }
}
