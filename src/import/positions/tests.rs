//! Example sentences and the positions each must give (holder, stance, `stated_by`), and
//! sentences that must give none.

use super::*;
use crate::brief::Stance;
use crate::import::{Block, actors};

fn doc(text: &str) -> Document {
    Document {
        text: text.to_string(),
        paragraphs: vec![Block {
            span: 0..text.len(),
            section: None,
        }],
        front: Vec::new(),
    }
}

/// (holder id, stance, `stated_by`) for each position of `text`.
fn positions(text: &str) -> Vec<(String, Stance, Option<String>)> {
    let doc = doc(text);
    let actors = actors::extract(&doc);
    extract(&doc, &actors)
        .into_iter()
        .map(|p| (p.actor, p.stance, p.stated_by))
        .collect()
}

fn row(actor: &str, stance: Stance) -> (String, Stance, Option<String>) {
    (actor.to_string(), stance, None)
}

#[test]
fn subjects_of_stance_verbs_hold_positions() {
    let rows: &[(&str, &[(&str, Stance)])] = &[
        ("Iran rejected the proposal.", &[("iran", Stance::Rejects)]),
        (
            "The United States in March reportedly transmitted a plan.",
            &[("united-states", Stance::Acts)],
        ),
        (
            "Oman, Kuwait and Saudi Arabia (all attacked by Iran) welcomed the ceasefire.",
            &[
                ("oman", Stance::Supports),
                ("kuwait", Stance::Supports),
                ("saudi-arabia", Stance::Supports),
            ],
        ),
        (
            "Beijing and Moscow believed that dialogue works.",
            &[("china", Stance::Supports), ("russia", Stance::Supports)],
        ),
        (
            "The plan was rejected by the Senate.",
            &[("senate", Stance::Rejects)],
        ),
        (
            "Israel launched strikes; Hezbollah warned of war.",
            &[("israel", Stance::Acts), ("hezbollah", Stance::Warns)],
        ),
        (
            "China is also seeking Russia's military technology.",
            &[("china", Stance::Seeks)],
        ),
    ];
    for (text, expected) in rows {
        let expected: Vec<_> = expected.iter().map(|(a, s)| row(a, *s)).collect();
        assert_eq!(positions(text), expected, "{text}");
    }
}

#[test]
fn pronoun_subjects_take_the_actors_named_before() {
    assert_eq!(
        positions("China and Russia met in June. They rejected the sanctions."),
        [
            row("china", Stance::Rejects),
            row("russia", Stance::Rejects)
        ]
    );
    assert_eq!(
        positions("President Hu Jintao arrived. Later, he suggested talks."),
        [row("hu-jintao", Stance::Proposes)]
    );
    assert_eq!(positions("Iran met. They rejected it."), []);
}

#[test]
fn one_position_per_actor_per_sentence() {
    assert_eq!(
        positions("Iran rejected the plan and warned of reprisals."),
        [row("iran", Stance::Rejects)]
    );
}

#[test]
fn a_person_voicing_a_country_is_stated_by() {
    let text = "One common desire, as pointed out by Chinese Foreign Minister Yang Jiechi \
                during his visit, is to establish a multipolar world order.";
    assert_eq!(
        positions(text),
        [(
            "china".to_string(),
            Stance::Seeks,
            Some("yang-jiechi".to_string())
        )]
    );
}

#[test]
fn a_person_without_a_country_holds_the_position() {
    assert_eq!(
        positions("President Hu Jintao had suggested that both sides step up trade."),
        [row("hu-jintao", Stance::Proposes)]
    );
}

#[test]
fn no_position_without_an_actor_subject() {
    for text in [
        "Trade rejected by nobody grew.",
        "Sanctions against Iran were welcomed.",
        "In Germany, the summit agreed on little.",
        "He said \"Iran rejected it\" on Monday.",
        "",
    ] {
        assert_eq!(positions(text), [], "{text}");
    }
}

#[test]
fn what_a_passive_or_participle_acts_on_holds_no_position() {
    let rows: &[(&str, &[(&str, Stance)])] = &[
        (
            "The modern Australian state developed from a British penal colony established in 1788.",
            &[],
        ),
        ("The Department of Energy was established in 1977.", &[]),
        (
            "The Department of Energy was later directed to assist the states.",
            &[],
        ),
        ("Iran was sanctioned in 2019.", &[]),
        ("The Department of Energy is a user-supported fund.", &[]),
        (
            "Congress has sometimes sought to ease the tension.",
            &[("congress", Stance::Seeks)],
        ),
        (
            "Congress has sometimes provided for a federal agency to fund it.",
            &[("congress", Stance::Acts)],
        ),
        (
            "The Pakistan-brokered ceasefire came hours later.",
            &[("pakistan", Stance::Acts)],
        ),
        ("Iran has been repeatedly sanctioned.", &[]),
        ("China's steel output increased in 2025.", &[]),
        (
            "CRS compared NASA funding with enacted FY2025 funding levels.",
            &[],
        ),
        (
            "Tariffs on Chinese goods imposed under Section 301 remain.",
            &[],
        ),
        // A common noun right before the verb is its subject; the actor only modifies it.
        ("U.S. goods exports increased from $134 billion.", &[]),
        (
            "Both China and Russia share similar positions on many international issues.",
            &[],
        ),
        ("The Chinese market supports growth.", &[]),
        // Not so for a group of actors, a document voicing one, or an adjunct.
        (
            "Australia and China met. The two countries signed a free trade agreement.",
            &[("australia", Stance::Agrees), ("china", Stance::Agrees)],
        ),
        (
            "Russia's nuclear deterrence policy seeks to maintain nuclear forces.",
            &[("russia", Stance::Seeks)],
        ),
        (
            "The Environmental Protection Agency's 2025 rule extends the deadline.",
            &[("environmental-protection-agency", Stance::Acts)],
        ),
        (
            "Congress in effect pursued a two-pronged approach.",
            &[("congress", Stance::Seeks)],
        ),
        (
            "Congress has long considered how to pay for it.",
            &[("congress", Stance::Assesses)],
        ),
        // A `by` agent holds it; the subject's own stance after `be` stays.
        (
            "The Department of Energy was established by Congress in 1977.",
            &[("congress", Stance::Acts)],
        ),
        ("Iran is opposed to the plan.", &[("iran", Stance::Opposes)]),
        (
            "Japan is concerned about the tariffs.",
            &[("japan", Stance::Warns)],
        ),
        // Active verbs: after the actor's name, after a noun that acts for it, or with an
        // object.
        (
            "Congress established the program in 2016.",
            &[("congress", Stance::Acts)],
        ),
        (
            "The Senate passed in March a bill on tariffs.",
            &[("senate", Stance::Acts)],
        ),
        (
            "Chinese officials announced in March new export controls.",
            &[("china", Stance::Acts)],
        ),
        (
            "The Australian government established in 2018 a foreign influence register.",
            &[("australia", Stance::Acts)],
        ),
        (
            "Some Members in the House and Senate have indicated their intention to act.",
            &[("house", Stance::Seeks), ("senate", Stance::Seeks)],
        ),
        (
            "China and Russia both support the plan.",
            &[("china", Stance::Supports), ("russia", Stance::Supports)],
        ),
    ];
    for (text, expected) in rows {
        let expected: Vec<_> = expected.iter().map(|(a, s)| row(a, *s)).collect();
        assert_eq!(positions(text), expected, "{text}");
    }
}

#[test]
fn an_actor_told_to_act_holds_no_position() {
    for (text, holders) in [
        ("The summit pressed Iran to agree to talks.", vec![]),
        ("NATO urged Russia to reject the plan.", vec!["nato"]),
        (
            "Congress directed Iran to support the talks.",
            vec!["congress"],
        ),
        ("Iran wants to agree to talks.", vec!["iran"]),
        ("Iran agreed to talks.", vec!["iran"]),
    ] {
        let found: Vec<String> = positions(text).into_iter().map(|(a, _, _)| a).collect();
        assert_eq!(found, holders, "{text}");
    }
}

#[test]
fn the_quote_is_the_sentence_and_the_issue_its_object() {
    let text = "Talks began. Iran rejected the U.S. proposal, officials said. Then peace.";
    let doc = doc(text);
    let actors = actors::extract(&doc);
    let found = extract(&doc, &actors);
    assert_eq!(found.len(), 1);
    assert_eq!(
        &text[found[0].quote.clone()],
        "Iran rejected the U.S. proposal, officials said."
    );
    assert_eq!(found[0].issue, "U.S. proposal");
    assert_eq!(found[0].summary, "Rejected the U.S. proposal");
}

#[test]
fn overlapping_mentions_do_not_break_subjects_or_agents() {
    let text = "The plan was rejected by the Senate House Group and Iran Oman warned.";
    let doc = doc(text);
    let at = |s: &str| text.find(s).expect("in the text");
    let actor = |id: &str, spans: &[(usize, usize)]| crate::import::ActorCandidate {
        id: id.to_string(),
        name: id.to_string(),
        kind: crate::brief::ActorKind::Organisation,
        aliases: Vec::new(),
        role: None,
        affiliation: None,
        mentions: spans.iter().map(|&(s, e)| s..e).collect(),
    };
    let senate = at("Senate");
    let iran = at("Iran");
    let actors = vec![
        actor("a", &[(senate, senate + 12)]),
        actor("b", &[(senate + 7, senate + 18)]),
        actor("c", &[(iran, iran + 9)]),
        actor("d", &[(iran + 5, iran + 9)]),
    ];
    let found = extract(&doc, &actors);
    assert!(found.iter().all(|p| text.get(p.quote.clone()).is_some()));
}
