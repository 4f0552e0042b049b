//! The widths of matrix columns by priority, and names fitted to them.

use super::*;

/// Three columns as the brief's positions give them: China acts and seeks on one issue,
/// the United States opposes, Russian oil companies act.
fn actors() -> [Column<'static>; 3] {
    [
        Column {
            name: "China",
            short: "China",
            least: "acts+1".len(),
            full: "acts/seeks".len(),
        },
        Column {
            name: "United States",
            short: "US",
            least: "opp".len(),
            full: "opposes".len(),
        },
        Column {
            name: "Russian oil companies",
            short: "Russian oil companies",
            least: "acts".len(),
            full: "acts".len(),
        },
    ]
}

const ISSUES: [&str; 2] = ["Missile defence in Eastern Europe", "Oil and gas pipelines"];

const SLIDE: Limits = Limits {
    heading_rows: 3,
    sign: 4,
    issue_tenths: 0,
};

fn used(plan: &Plan) -> usize {
    plan.issue_width + 1 + plan.columns.iter().map(|c| c + 1).sum::<usize>()
}

#[test]
fn a_cut_name_ends_at_a_whole_word() {
    let issue = "Missile defence in Eastern Europe";
    assert_eq!(truncate_words(issue, 40), issue);
    assert_eq!(truncate_words(issue, 17), "Missile defence…");
    assert_eq!(truncate_words(issue, 8), "Missile…");
    assert_eq!(
        truncate_words("Unilateralism", 6),
        "Unila…",
        "one overlong word"
    );
}

#[test]
fn actor_names_wrap_at_words_or_use_the_short_name() {
    let oil = actors()[2];
    assert_eq!(actor_heading(&oil, 21, 3), ["Russian oil companies"]);
    assert_eq!(actor_heading(&oil, 11, 3), ["Russian oil", "companies"]);
    assert_eq!(actor_heading(&oil, 9, 3), ["Russian", "oil", "companies"]);
    assert_eq!(actor_heading(&oil, 8, 3), ["Russian…"]);
    assert_eq!(
        actor_heading(&oil, 9, 2),
        ["Russian…"],
        "three lines where two are allowed"
    );
    let cnpc = Column {
        name: "China National Petroleum Corporation",
        short: "CNPC",
        least: 4,
        full: 4,
    };
    assert_eq!(actor_heading(&cnpc, 12, 3), ["CNPC"]);
    assert_eq!(least_width(&cnpc, 3), 4);
    assert_eq!(least_width(&oil, 3), 9, "the longest word, three lines");
    assert_eq!(
        least_width(&oil, 2),
        11,
        "\"Russian oil\" over \"companies\""
    );
    assert_eq!(
        least_width(&actors()[0], 2),
        6,
        "\"acts+1\" is wider than China"
    );
}

#[test]
fn issues_wrap_over_two_rows_only_when_all_of_them_fit() {
    let wrapped = issue_lines(&ISSUES, 21, 3);
    assert_eq!(
        wrapped,
        [
            vec!["Missile defence in", "Eastern Europe"],
            vec!["Oil and gas pipelines"]
        ]
    );
    let cut = issue_lines(&ISSUES, 21, 2);
    assert_eq!(
        cut,
        [vec!["Missile defence in…"], vec!["Oil and gas pipelines"]]
    );
}

#[test]
fn widths_go_to_whole_names_first_then_full_verbs_issues_and_one_line_names() {
    let actors = actors();
    // Narrow: every name whole ("companies" needs 9), short verbs, issues their
    // longest word at least.
    let narrow = plan(&actors, 0, IssueWidths::of(ISSUES), 40, SLIDE);
    assert_eq!(narrow.columns.len(), 3);
    assert!(narrow.columns[2] >= 9, "{narrow:?}");
    assert!(narrow.issue_width >= "pipelines".len(), "{narrow:?}");
    assert!(used(&narrow) <= 40, "{narrow:?}");
    // Wide: full verbs, whole issues, names on one line.
    let wide = plan(&actors, 0, IssueWidths::of(ISSUES), 120, SLIDE);
    assert_eq!(wide.issue_width, 33);
    assert!(wide.columns[0] >= "acts/seeks".len(), "{wide:?}");
    assert!(wide.columns[1] >= "United States".len(), "{wide:?}");
    assert!(wide.columns[2] >= "Russian oil companies".len(), "{wide:?}");
    assert!(used(&wide) <= 120, "{wide:?}");
    // Too narrow for all: columns drop off the right, the first always shown, and the
    // sign keeps its cells.
    let tiny = plan(&actors, 0, IssueWidths::of(ISSUES), 24, SLIDE);
    assert!(
        !tiny.columns.is_empty() && tiny.columns.len() < 3,
        "{tiny:?}"
    );
    assert!(used(&tiny) + SLIDE.sign <= 24, "{tiny:?}");
}

#[test]
fn full_verbs_go_to_no_column_before_they_fit_every_column() {
    let actors = actors();
    let mut with_verbs = 0;
    for full in 30..70 {
        let plan = plan(&actors, 0, IssueWidths::of(ISSUES), full, SLIDE);
        assert!(used(&plan) <= full, "at {full}: {plan:?}");
        if plan.columns.len() == 3 && plan.columns[0] >= "acts/seeks".len() {
            with_verbs += 1;
            assert!(plan.columns[1] >= "opposes".len(), "at {full}: {plan:?}");
        }
    }
    assert!((1..40).contains(&with_verbs), "{with_verbs}");
}

const EXPLORER: Limits = Limits {
    heading_rows: 2,
    sign: 1,
    issue_tenths: 3,
};

#[test]
fn issues_keep_their_share_only_when_actors_are_hidden_anyway() {
    let actors = actors();
    let issues = IssueWidths::of(ISSUES);
    assert_eq!(
        issues,
        IssueWidths {
            name: 33,
            word: "pipelines".len()
        }
    );
    // All three fit beside 12 cells of issues: the floor is the longest word's 12.
    assert_eq!(issue_floor(&actors, issues, 60, EXPLORER), 12);
    // At 40 they do not: issues keep three tenths, 12 either way.
    assert_eq!(issue_floor(&actors, issues, 40, EXPLORER), 12);
    let many: Vec<Column> = std::iter::repeat_n(actors[1], 30).collect();
    assert_eq!(issue_floor(&many, issues, 100, EXPLORER), 30);
    assert_eq!(
        issue_floor(&many, issues, 100, SLIDE),
        12,
        "the slide keeps none"
    );
}

#[test]
fn the_first_shown_column_is_the_leftmost_that_keeps_the_cursor_in_view() {
    let many: Vec<Column> = std::iter::repeat_n(actors()[1], 30).collect();
    let issues = IssueWidths::of(ISSUES);
    // 80 cells: 24 + 1 for issues, 1 for ▶, then 13 columns of 3 + 1 (short "US", "opp").
    assert_eq!(first_shown(&many, issues, 80, EXPLORER, 0), 0);
    assert_eq!(first_shown(&many, issues, 80, EXPLORER, 12), 0);
    assert_eq!(first_shown(&many, issues, 80, EXPLORER, 13), 1);
    assert_eq!(first_shown(&many, issues, 80, EXPLORER, 29), 17);
    assert_eq!(first_shown(&many, issues, 80, EXPLORER, 99), 17, "clamped");
    assert_eq!(first_shown(&[], issues, 80, EXPLORER, 3), 0);
    // The plan from there shows the cursor's column.
    for cursor in 0..30 {
        let first = first_shown(&many, issues, 80, EXPLORER, cursor);
        let plan = plan(&many, first, issues, 80, EXPLORER);
        assert!(first + plan.columns.len() > cursor, "{cursor}: {plan:?}");
        let hidden = first + plan.columns.len() < many.len();
        let sign = if hidden { EXPLORER.sign } else { 0 };
        assert!(used(&plan) + sign <= 80, "{cursor}: {plan:?}");
    }
}
