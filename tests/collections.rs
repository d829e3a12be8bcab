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

/// The report names Yu Yong-weon only in paragraph 5; the lawmakers of paragraphs 2 and 19
/// are "a South Korean lawmaker", and nothing says which group Jang Se-yul leads or which
/// group "the activist group" is. The data must not say more than the report.
#[test]
fn no_identification_the_report_does_not_make() {
    let yu_claims: Vec<&str> = facts::claims()
        .iter()
        .filter(|c| c.source().id() == "yu-yong-weon")
        .map(|c| c.id().as_str())
        .collect();
    assert_eq!(yu_claims, ["death-sentence", "civilian-life-hopes"]);
    for lawmaker in ["lawmaker-who-met-the-pair", "lawmaker-who-relayed-claims"] {
        let actor = facts::actor(lawmaker).unwrap();
        assert!(!actor.named(), "{lawmaker} is not named in the report");
        assert_eq!(
            facts::source(lawmaker).unwrap().actor().map(|a| a.id()),
            Some(actor.id())
        );
    }

    let jang = facts::actor("jang-se-yul").unwrap();
    assert_eq!(jang.affiliation(), None);
    assert_eq!(jang.country(), None);
    let group = facts::source("activist-group").unwrap();
    assert_eq!(
        group.actor().map(|a| a.id().as_str()),
        Some("activist-group")
    );
    assert_eq!(facts::actor("activist-group").unwrap().affiliation(), None);
    assert!(
        facts::actors()
            .iter()
            .all(|a| a.affiliation().map(|x| x.id().as_str()) != Some("gyeore-eol-nation-united"))
    );

    let kim = facts::actor("kim-jong-un").unwrap();
    assert_eq!((kim.country(), kim.affiliation()), (None, None));
}
