//! `briefing get ID` and `briefing cite ID`: one item in full, every id of every section,
//! unknown ids, citations.

use super::*;

#[test]
fn get_prints_an_item_in_full() {
    let export = export();
    let figure = export["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "f-trade-2006")
        .unwrap();
    let text = ok(&["get", "f-trade-2006"]);
    assert_fits(&text, 80);
    assert_plain(&text);
    assert!(text.contains("US$33.4 billion"));
    assert!(text.contains(figure["quote"].as_str().unwrap()));
    assert!(text.contains("p4"), "the paragraph it comes from");
    assert!(text.contains("China and Russia"), "actors by name");

    let event = ok(&["get", "e-heiligendamm"]);
    assert!(event.contains("8 June 2007"));
    assert!(event.contains("Hu Jintao"));
    assert!(event.contains("Diplomacy"));
}

#[test]
fn get_works_for_every_id_of_every_section() {
    let export = export();
    for section in SECTIONS {
        for id in ids_of(&export[section]) {
            let found = json(&["get", &id, "--json"]);
            assert_eq!(found["id"], id.as_str());
            assert_eq!(found["section"], section);
            let expected = export[section]
                .as_array()
                .unwrap()
                .iter()
                .find(|item| item["id"] == id.as_str())
                .unwrap();
            assert_eq!(&found["item"], expected);
            assert!(ok(&["get", &id]).contains(&id));
        }
    }
}

#[test]
fn an_unknown_id_exits_1_and_suggests_the_nearest() {
    for command in ["get", "cite"] {
        let output = run(&[command, "e-heilgendamm"]);
        assert_eq!(output.status.code(), Some(1), "{command}");
        assert!(stdout(&output).is_empty());
        let message = stderr(&output);
        assert!(message.contains("e-heilgendamm"), "{message}");
        assert!(
            message.contains("e-heiligendamm"),
            "no suggestion: {message}"
        );
    }
    let output = run(&["get", "trade-2006"]);
    let message = stderr(&output);
    assert!(
        message.contains("e-trade-2006") && message.contains("f-trade-2006"),
        "{message}"
    );

    let output = run(&["get", "qqqqqqqq"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("qqqqqqqq"));
}

#[test]
fn cite_prints_one_line_with_the_reference_and_paragraph() {
    let text = ok(&["cite", "f-trade-2006"]);
    assert_eq!(text.lines().count(), 1);
    let line = text.trim_end();
    for part in [
        "Lai Hongyi",
        "Lim Tin Seng",
        "China-Russia Relations",
        "EAI Background Brief No. 346",
        "8 August 2007",
        "para. 4",
    ] {
        assert!(line.contains(part), "{part} missing from {line}");
    }

    let cited = json(&["cite", "f-trade-2006", "--json"]);
    assert_eq!(cited["citation"], line);
    assert_eq!(cited["paragraphs"], serde_json::json!(["p4"]));
    assert_eq!(cited["published"], "2007-08-08");
    assert_eq!(cited["quote"], "to US$33.4 billion in 2006");
}
