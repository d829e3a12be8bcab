//! Every collection of the embedded facts, as YAML snapshots.
//!
//! A snapshot here is a claim about the report: each one was read against `data/article.txt`
//! before it was accepted. A change to the data shows up as a reviewable diff of these files.

use serde::Serialize;

/// The report without its full text, which `tests/integrity.rs` compares byte for byte.
#[derive(Serialize)]
struct ReportSummary<'a> {
    id: &'a str,
    title: &'a str,
    year: i32,
    text_bytes: usize,
    paragraphs: usize,
}

#[test]
fn reports() {
    let summaries: Vec<ReportSummary> = facts::reports()
        .iter()
        .map(|r| ReportSummary {
            id: r.id().as_str(),
            title: r.title(),
            year: r.year(),
            text_bytes: r.text().len(),
            paragraphs: r.text().lines().filter(|l| !l.trim().is_empty()).count(),
        })
        .collect();
    insta::assert_yaml_snapshot!(summaries);
}

#[test]
fn actors() {
    insta::assert_yaml_snapshot!(facts::actors());
}

#[test]
fn events() {
    insta::assert_yaml_snapshot!(facts::events());
}

#[test]
fn estimates() {
    insta::assert_yaml_snapshot!(facts::estimates());
}

#[test]
fn sources() {
    insta::assert_yaml_snapshot!(facts::sources());
}

#[test]
fn claims() {
    insta::assert_yaml_snapshot!(facts::claims());
}

/// Two mentions are one actor only by the rule of `data/README.md`: the same month, act and
/// content. The lawmaker who met the pair in February (l.2) is Yu Yong-weon's February visit
/// (l.5); the lawmaker who relayed the grenade claims (l.19) is left as the report leaves him,
/// and nothing says which group "the activist group" is. The data must not say more.
#[test]
fn no_identification_the_report_does_not_make() {
    let yu_claims: Vec<&str> = facts::claims()
        .iter()
        .filter(|c| c.source().id() == "yu-yong-weon")
        .map(|c| c.id().as_str())
        .collect();
    assert_eq!(
        yu_claims,
        [
            "february-single-captive",
            "death-sentence",
            "civilian-life-hopes"
        ]
    );
    assert!(facts::actor("lawmaker-who-met-the-pair").is_none());
    let relayed = facts::actor("lawmaker-who-relayed-claims").unwrap();
    assert!(
        !relayed.named(),
        "the lawmaker of l.19 is not named in the report"
    );
    let ids: Vec<&str> = facts::source("lawmaker-who-relayed-claims")
        .unwrap()
        .actors()
        .iter()
        .map(|a| a.id().as_str())
        .collect();
    assert_eq!(ids, ["lawmaker-who-relayed-claims"]);

    // Jang Se-yul leads a defectors' organization the report does not name.
    let jang = facts::actor("jang-se-yul").unwrap();
    assert_eq!(
        jang.affiliation().map(|a| a.id().as_str()),
        Some("jang-se-yul-organization")
    );
    assert!(!jang.affiliation().unwrap().named());
    assert_eq!(jang.country(), None);
    let group = facts::source("activist-group").unwrap();
    let ids: Vec<&str> = group.actors().iter().map(|a| a.id().as_str()).collect();
    assert_eq!(ids, ["activist-group"]);
    assert_eq!(facts::actor("activist-group").unwrap().affiliation(), None);
    assert!(
        facts::actors()
            .iter()
            .all(|a| a.affiliation().map(|x| x.id().as_str()) != Some("gyeore-eol-nation-united"))
    );

    let kim = facts::actor("kim-jong-un").unwrap();
    assert_eq!((kim.country(), kim.affiliation()), (None, None));
}
