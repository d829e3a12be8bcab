//! The demo examples, run as a user runs them: their plain (non-terminal) output is
//! snapshotted, the SVG chart is parsed and checked, and the chart committed under `docs/`
//! must be exactly what the example draws today.
//!
//! Each example is built with `cargo build --example NAME` before it runs: after `cargo test`,
//! which builds the examples, that costs nothing, and with `cargo test --test examples`, which
//! does not, it keeps the test from running a missing or stale binary.

use std::process::{Command, Output};

mod common;
use common::example::example;

/// Runs an example with `args`, its stdout piped so that it is not a terminal.
fn run(name: &str, args: &[&str]) -> Output {
    Command::new(example(name))
        .args(args)
        // A user's NO_COLOR must not be what keeps the output plain: the pipe must.
        .env_remove("NO_COLOR")
        .output()
        .expect("the example runs")
}

/// The stdout of a run that must succeed, checked to be plain text.
fn stdout(name: &str, args: &[&str]) -> String {
    let output = run(name, args);
    assert!(
        output.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("output is UTF-8");
    assert!(
        !text.contains('\x1b'),
        "{name} wrote escape codes to a pipe"
    );
    text
}

#[test]
fn timeline() {
    let text = stdout("timeline", &[]);
    for line in text.lines() {
        assert!(
            line.chars().count() <= 100,
            "wider than 100 columns: {line:?}"
        );
    }
    // Date order: each dated event's label appears before the next one's.
    let capture = text
        .find("Ukrainian forces capture")
        .expect("capture is shown");
    let deployment = text
        .find("North Korea deploys troops")
        .expect("deployment is shown");
    let interviews = text
        .find("producer interviews")
        .expect("interviews are shown");
    assert!(deployment < capture && capture < interviews);
    assert!(text.contains("━━━▶  since early 2025\n"));
    insta::assert_snapshot!("timeline", text);
}

#[test]
fn estimates() {
    let text = stdout("estimates", &[]);
    for line in text.lines() {
        assert!(
            line.chars().count() <= 100,
            "wider than 100 columns: {line:?}"
        );
    }
    assert!(text.contains("about 15,000 overlap: 15,000 is more than 10,000"));
    assert!(text.contains("about 2,000 and about 600 disagree"));
    insta::assert_snapshot!("estimates", text);
}

#[test]
fn estimates_svg() {
    let path = std::env::temp_dir().join(format!(
        "facts-estimates-{}-{:?}.svg",
        std::process::id(),
        std::thread::current().id()
    ));
    let path_text = path.to_str().expect("a UTF-8 temporary path");
    let text = stdout("estimates", &["--svg", path_text]);
    let svg = std::fs::read_to_string(&path).expect("the chart was written");
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        text,
        stdout("estimates", &[]),
        "--svg changes only what is written to the file"
    );

    let doc = roxmltree::Document::parse(&svg).expect("the chart is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );

    let rows: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("estimate"))
        .collect();
    let ids: Vec<_> = rows.iter().filter_map(|n| n.attribute("id")).collect();
    let mut expected: Vec<_> = facts::estimates().iter().map(|e| e.id().as_str()).collect();
    expected.sort_unstable();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, expected, "one row per estimate");

    let row_text = |id: &str| -> String {
        let row = rows
            .iter()
            .find(|n| n.attribute("id") == Some(id))
            .expect("the row exists");
        row.descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("|")
    };
    for (id, label, source, period) in [
        (
            "troops-more-than-10000",
            "more than 10,000",
            "One set of reports, repeated by South Korean and Western agencies",
            "sent in 2024",
        ),
        (
            "troops-about-15000",
            "about 15,000",
            "Later South Korean briefings",
            "since October last year",
        ),
        (
            "killed-about-2000",
            "about 2,000",
            "Some intelligence updates",
            "to date",
        ),
        (
            "killed-about-600",
            "about 600",
            "Other assessments",
            "no period given",
        ),
        (
            "wounded-more-than-4000",
            "more than 4,000",
            "Other assessments",
            "no period given",
        ),
    ] {
        let text = row_text(id);
        for expected in [label, source, period] {
            assert!(
                text.split('|').any(|t| t == expected),
                "{id}: no label {expected:?} in {text:?}"
            );
        }
    }
    // Open ranges fade out and end in an arrowhead; "about" figures are points, with none.
    let fades = |id: &str| {
        rows.iter()
            .find(|n| n.attribute("id") == Some(id))
            .is_some_and(|row| {
                row.descendants().any(|n| {
                    n.attribute("fill")
                        .is_some_and(|f| f.starts_with("url(#fade"))
                })
            })
    };
    assert!(fades("troops-more-than-10000") && fades("wounded-more-than-4000"));
    assert!(!fades("troops-about-15000") && !fades("killed-about-600"));

    insta::assert_snapshot!("estimates_svg", svg);

    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/estimates.svg"))
            .expect("docs/estimates.svg is committed");
    // A checkout that turns line ends into CRLF has not made the chart stale.
    assert!(
        committed.replace("\r\n", "\n") == svg,
        "docs/estimates.svg is stale: run `cargo run --example estimates -- --svg docs/estimates.svg`"
    );
}

#[test]
fn provenance() {
    let text = stdout("provenance", &[]);
    assert!(text.starts_with("Query: estimates where topic = casualties\n"));
    // Each casualty figure in the sentence it comes from, and again where it is restated.
    assert!(text.contains(
        "Some intelligence updates »have cited about 2,000 North Korean soldiers killed«."
    ));
    assert!(text.contains("and »over 4,000 wounded«."));
    insta::assert_snapshot!("provenance", text);

    let text = stdout("provenance", &["claims where status = unconfirmed"]);
    insta::assert_snapshot!("provenance_unconfirmed_claims", text);
    // Words of one query, unquoted, are refused rather than joined.
    let words = run(
        "provenance",
        &["claims", "where", "status", "=", "unconfirmed"],
    );
    assert_eq!(words.status.code(), Some(2));
    assert!(words.stdout.is_empty());
}

#[test]
fn provenance_errors() {
    let output = run("provenance", &["estmates"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unknown collection `estmates`; did you mean `estimates`?"),
        "{stderr}"
    );

    for query in ["count claims", "claims group by status"] {
        let output = run("provenance", &[query]);
        assert_eq!(output.status.code(), Some(1), "{query}");
        assert!(output.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("provenance needs rows"),
            "{query}: {stderr}"
        );
    }
}

#[test]
fn every_example_has_help_and_refuses_an_unknown_flag_alike() {
    for name in ["facts", "estimates", "timeline", "provenance", "scale"] {
        let help = run(name, &["--help"]);
        assert!(help.status.success(), "{name} --help");
        let text = String::from_utf8_lossy(&help.stdout);
        assert!(
            text.contains(&format!("usage: {name}")),
            "{name} --help: {text}"
        );
        assert!(text.contains("-h, --help"), "{name} --help: {text}");

        let bogus = run(name, &["--bogus"]);
        assert_eq!(bogus.status.code(), Some(2), "{name} --bogus");
        assert!(bogus.stdout.is_empty(), "{name} --bogus printed an answer");
        let stderr = String::from_utf8_lossy(&bogus.stderr);
        assert!(
            stderr.starts_with("unknown flag `--bogus`\nusage: "),
            "{name} --bogus: {stderr}"
        );
    }
}

#[test]
fn the_demos_read_facts_of_ones_own() {
    let dir = std::env::temp_dir().join(format!("facts-examples-jsonl-{}", std::process::id()));
    let out = run(
        "facts",
        &["export", "--format", "jsonl", dir.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = dir.join("facts.jsonl");
    let file = file.to_str().unwrap();
    for name in ["estimates", "timeline"] {
        assert_eq!(
            stdout(name, &["--jsonl", file]),
            stdout(name, &[]),
            "{name}"
        );
    }
    let missing = run("timeline", &["--data", "no/such/dir"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/dir"));
    let _ = std::fs::remove_dir_all(&dir);
}
