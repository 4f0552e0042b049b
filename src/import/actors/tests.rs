//! Example sentences and the actors each must give (name, kind, aliases, affiliation), and
//! sentences that must give none.

use super::*;
use crate::import::Block;

fn doc(text: &str) -> Document {
    let mut paragraphs = Vec::new();
    let mut at = 0;
    for part in text.split("\n\n") {
        paragraphs.push(Block {
            span: at..at + part.len(),
            section: None,
        });
        at += part.len() + 2;
    }
    Document {
        text: text.to_string(),
        paragraphs,
        front: Vec::new(),
    }
}

fn names(text: &str) -> Vec<String> {
    extract(&doc(text)).into_iter().map(|a| a.name).collect()
}

fn actor(text: &str, name: &str) -> ActorCandidate {
    extract(&doc(text))
        .into_iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor {name:?} in {text:?}"))
}

#[test]
fn actors_named_by_each_kind_of_expression() {
    let rows: &[(&str, &[&str])] = &[
        ("China and Russia signed a deal.", &["China", "Russia"]),
        ("Beijing rejected the offer.", &["China"]),
        ("The Chinese delegation left.", &["China"]),
        (
            "NATO and the EU met the WTO.",
            &["NATO", "European Union", "World Trade Organization"],
        ),
        (
            "Congress passed the bill; the Senate agreed.",
            &["Congress", "Senate"],
        ),
        (
            "The Department of Energy said so.",
            &["Department of Energy"],
        ),
        ("Acme Widget Company sells tools.", &["Acme Widget Company"]),
        ("Hezbollah fired rockets.", &["Hezbollah"]),
        (
            "President Hu Jintao met President Vladimir Putin.",
            &["Hu Jintao", "Vladimir Putin"],
        ),
        (
            "The Congressional Research Service (CRS) wrote it.",
            &["Congressional Research Service"],
        ),
        // A table's rows: a name never runs across a line break.
        (
            "Definition Used\nEnvironmental Protection Agency | 20%\nSeparation Policies\nAcme Widget Company | 5",
            &["Environmental Protection Agency", "Acme Widget Company"],
        ),
    ];
    for (text, expected) in rows {
        assert_eq!(names(text), *expected, "{text}");
    }
}

#[test]
fn texts_without_actors_give_none() {
    for text in [
        "Trade grew by 5% in 2006.",
        "The meeting was held on time.",
        "",
        "Ünïcödé text, no actors — 中文.",
        "The summit took place in Germany.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_country_named_only_as_a_venue_is_not_an_actor() {
    let text = "President Hu met President Putin at the summit in Heiligendamm, Germany. \
                He will visit Kyrgyzstan. During his visit to Moscow, China spoke.";
    let found = names(text);
    assert!(!found.contains(&"Germany".to_string()), "{found:?}");
    assert!(!found.contains(&"Russia".to_string()), "{found:?}");
    assert!(found.contains(&"Kyrgyzstan".to_string()), "{found:?}");
    assert!(found.contains(&"China".to_string()), "{found:?}");
}

#[test]
fn later_short_forms_of_a_person_are_aliases() {
    let text = "President Hu Jintao arrived.\n\nPresident Hu spoke. Hu left.";
    let hu = actor(text, "Hu Jintao");
    assert_eq!(hu.kind, ActorKind::Leader);
    assert_eq!(hu.role.as_deref(), Some("President"));
    assert!(
        hu.aliases.contains(&"President Hu".to_string()),
        "{:?}",
        hu.aliases
    );
    assert!(hu.aliases.contains(&"Hu".to_string()), "{:?}", hu.aliases);
    assert_eq!(hu.mentions.len(), 3, "{:?}", hu.mentions);
}

#[test]
fn a_leader_belongs_to_the_country_the_text_gives() {
    let text = "Chinese Foreign Minister Yang Jiechi met Russia's President Vladimir Putin.";
    let yang = actor(text, "Yang Jiechi");
    assert_eq!(yang.affiliation.as_deref(), Some("china"));
    assert_eq!(yang.kind, ActorKind::Official);
    assert_eq!(yang.role.as_deref(), Some("Chinese Foreign Minister"));
    assert_eq!(
        actor(text, "Vladimir Putin").affiliation.as_deref(),
        Some("russia")
    );
    assert_eq!(
        actor("President Hu Jintao spoke.", "Hu Jintao").affiliation,
        None
    );
}

#[test]
fn a_role_without_a_name_is_an_official_of_its_country() {
    let found = actor(
        "Iran's Foreign Minister wrote that talks would go on.",
        "Iran's Foreign Minister",
    );
    assert_eq!(found.kind, ActorKind::Official);
    assert_eq!(found.affiliation.as_deref(), Some("iran"));
}

#[test]
fn a_body_after_a_country_belongs_to_it() {
    let text = "The U.S. Department of Defense and Iran's Armed Forces met.";
    assert_eq!(
        actor(text, "Department of Defense").affiliation.as_deref(),
        Some("united-states")
    );
    assert_eq!(
        actor(text, "Armed Forces").affiliation.as_deref(),
        Some("iran")
    );
}

#[test]
fn a_bare_title_after_a_country_is_no_actor() {
    let found = names(
        "The U.S. Minister-Counselor and the U.S. General spoke; the U.S. Department of Defense agreed.",
    );
    assert_eq!(found, ["United States", "Department of Defense"]);
}

#[test]
fn an_acronym_after_a_list_of_names_is_not_their_alias() {
    let text = "The Australia-New Zealand-United States (ANZUS) alliance holds.";
    let us = actor(text, "United States");
    assert!(us.aliases.is_empty(), "{:?}", us.aliases);
}

#[test]
fn a_run_of_known_organisations_is_not_one_name() {
    assert_eq!(
        names("It joined the G20 and the World Trade Organization."),
        ["G20", "World Trade Organization"]
    );
}

#[test]
fn defined_acronyms_become_aliases_and_mentions() {
    let text = "The United Nations Security Council (UNSC) met.\n\nThe UNSC voted. The \
                Energy Information Administration (EIA) said the EIA expects more.";
    let unsc = actor(text, "United Nations Security Council");
    assert!(unsc.aliases.contains(&"UNSC".to_string()));
    assert_eq!(unsc.mentions.len(), 3);
    let eia = actor(text, "Energy Information Administration");
    assert!(eia.aliases.contains(&"EIA".to_string()));
    assert_eq!(eia.mentions.len(), 3);
}

#[test]
fn a_name_inside_a_longer_name_is_not_a_mention() {
    let text = "China National Petroleum Corporation built a pipeline.";
    let found = extract(&doc(text));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].affiliation, None,
        "China is not an actor here, so no link"
    );
}

#[test]
fn every_mention_is_recorded_in_order_and_ids_are_unique() {
    let text = "Iran and Israel traded fire. Iran warned Israel.\n\nIranian officials spoke.";
    let found = extract(&doc(text));
    let iran = found.iter().find(|a| a.name == "Iran").expect("Iran");
    let spans: Vec<&str> = iran.mentions.iter().map(|s| &text[s.clone()]).collect();
    assert_eq!(spans, ["Iran", "Iran", "Iranian"]);
    assert!(iran.aliases.contains(&"Iranian".to_string()));
    let ids: HashSet<&str> = found.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), found.len());
}

#[test]
fn slugs_are_ascii_and_unique() {
    assert_eq!(slug("Hu Jintao"), "hu-jintao");
    assert_eq!(slug("G8+5"), "g8-5");
    assert_eq!(slug("Iran's Foreign Minister"), "irans-foreign-minister");
    assert_eq!(slug("中文"), "");
    let mut used = HashSet::new();
    assert_eq!(unique("china", "actor", &mut used), "china");
    assert_eq!(unique("china", "actor", &mut used), "china-2");
    assert_eq!(unique("", "actor", &mut used), "actor");
}

#[test]
fn a_lower_case_role_before_a_name_makes_a_person() {
    let xi = actor(
        "PRC leader Xi Jinping met Vice President JD Vance.",
        "Xi Jinping",
    );
    assert_eq!(xi.kind, ActorKind::Leader);
    assert_eq!(xi.affiliation.as_deref(), Some("china"));
    let vance = actor(
        "PRC leader Xi Jinping met Vice President JD Vance.",
        "JD Vance",
    );
    assert_eq!(vance.kind, ActorKind::Official);
}
