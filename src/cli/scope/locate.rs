//! The item an id names among the briefs in scope: `BRIEF/ITEM`, or an item id one brief
//! alone has (case ignored); otherwise the nearest ids, or the briefs that share it.

use std::borrow::Cow;

use anyhow::{Context, Result};

use super::{Listed, NotFound, Scope, Shelf, unknown_brief};
use crate::brief::{Brief, BriefDate, ItemRef};
use crate::cli::suggest::nearest;
use crate::library::Resolution;
use crate::search::resolve_id;

/// At most this many candidates of an ambiguous id are listed.
const MAX_CANDIDATES: usize = 20;

/// The item an id names, in the brief it belongs to.
pub struct Located<'a> {
    pub brief: Cow<'a, Brief>,
    /// The brief's id in the library; `None` with `--file`.
    pub brief_id: Option<String>,
    pub item: ItemRef,
    /// Whether ids print as `BRIEF/ITEM` (several briefs in scope).
    pub qualified: bool,
}

impl Located<'_> {
    /// The item's id as the lookups print it: `BRIEF/ITEM` when several briefs are in scope.
    pub fn id(&self) -> String {
        let item = self.brief.id_of(self.item).unwrap_or_default();
        match (&self.brief_id, self.qualified) {
            (Some(brief), true) => format!("{brief}/{item}"),
            _ => item.to_string(),
        }
    }
}

impl Scope {
    /// The item `id` names: `BRIEF/ITEM`, or an item id that one brief alone has; ids match
    /// whatever their case, as `resolve_id` allows.
    ///
    /// # Errors
    /// [`NotFound`] for an unknown brief or item (with the nearest ids) or an item id that
    /// several briefs have (listing them); a brief file that no longer loads; an empty id
    /// (a usage error, exit 2).
    pub fn locate(&self, id: &str) -> Result<Located<'_>> {
        if id.trim().is_empty() {
            anyhow::bail!(
                "the id is empty: name an item by its id, as `briefing search` or `briefing show` prints it"
            );
        }
        match self {
            Scope::One {
                brief,
                id: brief_id,
            } => {
                // `BRIEF/ITEM` naming this very brief is its item.
                let item_id = match (brief_id, id.split_once('/')) {
                    (Some(own), Some((named, item))) if named.eq_ignore_ascii_case(own) => item,
                    _ => id,
                };
                let item = resolve_id(brief, item_id)
                    .ok_or_else(|| unknown_item(id, &brief.ids(), None))?;
                Ok(Located {
                    brief: Cow::Borrowed(brief),
                    brief_id: brief_id.clone(),
                    item,
                    qualified: false,
                })
            }
            Scope::Many(many) => many.locate(id),
        }
    }
}

impl Shelf {
    fn locate(&self, id: &str) -> Result<Located<'_>> {
        let (listed, item_id) = if let Some((named, item)) = id.split_once('/') {
            let listed = self.find(named).ok_or_else(|| self.unknown_brief(named))?;
            (listed, item.to_string())
        } else {
            self.unique(id)?
        };
        let brief = self
            .load(listed)
            .with_context(|| format!("{}: the brief no longer loads", listed.id))?;
        let Some(item) = resolve_id(&brief, &item_id) else {
            return Err(unknown_item(&item_id, &brief.ids(), Some(&listed.id)).into());
        };
        Ok(Located {
            brief,
            brief_id: Some(listed.id.clone()),
            item,
            qualified: true,
        })
    }

    /// The one brief holding an item `id`, with the id as it writes it.
    fn unique(&self, id: &str) -> Result<(&Listed, String)> {
        let mut candidates = self.candidates(id)?;
        match candidates.len() {
            0 => {
                let mut ids = self.library.item_ids()?;
                if let Some((_, brief)) = &self.embedded {
                    ids.extend(brief.ids().into_iter().map(str::to_string));
                }
                ids.sort();
                ids.dedup();
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                Err(unknown_item(id, &ids, None).into())
            }
            1 => Ok(candidates.remove(0)),
            _ => Err(ambiguous(id, &candidates).into()),
        }
    }

    /// The briefs holding an item `id` (case ignored), in list order, with the id as each
    /// writes it.
    fn candidates(&self, id: &str) -> Result<Vec<(&Listed, String)>> {
        let mut found: Vec<(String, String)> = match self.library.resolve(id)? {
            Resolution::Found(one) => vec![(one.brief, one.item)],
            Resolution::Ambiguous(many) => many.into_iter().map(|q| (q.brief, q.item)).collect(),
            Resolution::NotFound => Vec::new(),
        };
        if let Some((embedded_id, brief)) = &self.embedded
            && let Some(item) = resolve_id(brief, id).and_then(|item| brief.id_of(item))
        {
            found.push((embedded_id.clone(), item.to_string()));
        }
        let order: std::collections::HashMap<&str, usize> = self
            .briefs
            .iter()
            .enumerate()
            .map(|(index, listed)| (listed.id.as_str(), index))
            .collect();
        let mut candidates: Vec<(usize, String)> = found
            .into_iter()
            .filter_map(|(brief, item)| Some((*order.get(brief.as_str())?, item)))
            .collect();
        candidates.sort();
        Ok(candidates
            .into_iter()
            .map(|(index, item)| (&self.briefs[index], item))
            .collect())
    }

    fn unknown_brief(&self, id: &str) -> NotFound {
        let ids: Vec<&str> = self
            .briefs
            .iter()
            .map(|listed| listed.id.as_str())
            .collect();
        unknown_brief(id, &ids)
    }
}

/// "no item with id …" and the nearest ids (qualified with `brief` when given).
fn unknown_item(id: &str, ids: &[&str], brief: Option<&str>) -> NotFound {
    let qualify = |item: &str| brief.map_or_else(|| item.to_string(), |b| format!("{b}/{item}"));
    let suggestions: Vec<String> = nearest(id, ids).into_iter().map(qualify).collect();
    let within = brief.map(|b| format!(" in {b}")).unwrap_or_default();
    let hint = match suggestions.as_slice() {
        [] => format!("hint: `briefing search {id}` finds items by their text"),
        [one] => format!("did you mean {one}?"),
        many => format!("did you mean one of: {}?", many.join(", ")),
    };
    NotFound(format!("no item with id {id:?}{within}\n{hint}"))
}

/// An item id several briefs have: each as `BRIEF/ITEM` with its brief's title and date.
fn ambiguous(id: &str, candidates: &[(&Listed, String)]) -> NotFound {
    let width = candidates
        .iter()
        .take(MAX_CANDIDATES)
        .map(|(listed, item)| listed.id.chars().count() + 1 + item.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines = vec![format!(
        "{id:?} is an item of {} briefs; name one as BRIEF/ITEM:",
        candidates.len()
    )];
    for (listed, item) in candidates.iter().take(MAX_CANDIDATES) {
        let qualified = format!("{}/{item}", listed.id);
        let date = BriefDate::parse(&listed.summary.published)
            .map_or_else(|_| listed.summary.published.clone(), |date| date.short());
        lines.push(format!(
            "  {qualified:<width$}  {} ({date})",
            listed.summary.title
        ));
    }
    if candidates.len() > MAX_CANDIDATES {
        lines.push(format!(
            "  … and {} more; --brief ID narrows the lookup to one brief",
            candidates.len() - MAX_CANDIDATES
        ));
    }
    NotFound(lines.join("\n"))
}
