//! Every input the fuzzers under `fuzz/` ever broke the crate with, kept in
//! `fuzz/regressions/` and run again here: none may panic, hang or point an error outside the
//! query, and what parses must print back to an equal query.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use facts::{Dataset, Query, QueryError};

/// Far above what any of these inputs takes once fixed, far below what they took before.
const BOUND: Duration = Duration::from_secs(2);

fn regressions() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

/// The fuzz targets see bytes and skip what is not UTF-8; here such an input still goes
/// through, with its bad bytes replaced.
fn text_of(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    String::from_utf8_lossy(&bytes).into_owned()
}

fn assert_points_inside(err: &QueryError, text: &str, name: &str) {
    let span = err.span();
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{name}: span {span:?} outside the {} bytes of the query",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{name}: span {span:?} cuts a character"
    );
    // Drawing the caret must not panic either.
    assert!(!err.to_string().is_empty(), "{name}: an empty message");
}

#[test]
fn there_are_regressions_to_run() {
    // An emptied or moved directory would make the test below pass vacuously.
    assert!(
        regressions().len() >= 5,
        "fuzz/regressions/ lost its inputs: {:?}",
        regressions()
    );
}

#[test]
fn every_regression_is_answered_quickly_without_panic() {
    for path in regressions() {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let text = text_of(&path);
        let started = Instant::now();
        match facts::query(&text) {
            Ok(answer) => {
                let _ = answer.to_string();
                serde_json::to_string(&answer).expect("answers serialize");
            }
            Err(err) => assert_points_inside(&err, &text, &name),
        }
        match Query::parse(&text) {
            Ok(query) => {
                let printed = query.to_string();
                let again = Query::parse(&printed)
                    .unwrap_or_else(|e| panic!("{name}: printed as {printed:?}, refused:\n{e}"));
                assert_eq!(again, query, "{name}: printed as {printed:?}");
                let _ = query.run(Dataset::builtin()).to_string();
            }
            Err(err) => assert_points_inside(&err, &text, &name),
        }
        let took = started.elapsed();
        assert!(took < BOUND, "{name} took {took:?}");
    }
}

/// What each fixed input was about, checked beyond "no panic", so that a regression in the
/// answer (not only a crash) is caught too.
#[test]
fn paths_through_lists_of_lists_reach_each_record_once() {
    let steps = vec!["reported_with"; facts::MAX_DEPTH - 1].join(".");
    // Every estimate is reported with another, so some record is reached at every step, and
    // the three that travel together (15,000 with 600 and 4,000) reach each other.
    let answer = facts::query(&format!("estimates where {steps}.id = killed-about-600")).unwrap();
    let mut ids: Vec<&str> = answer.rows().iter().map(|r| r.id()).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "killed-about-600",
            "troops-about-15000",
            "wounded-more-than-4000"
        ]
    );
    // A selected value through lists of lists is a flat list, each record's value once.
    let answer = facts::query(&format!(
        "estimates where id = troops-about-15000 select {steps}.value"
    ))
    .unwrap();
    let json = serde_json::to_value(&answer).unwrap();
    let values = &json[0][format!("{steps}.value")];
    let mut values: Vec<u64> = values
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {json}"))
        .iter()
        .map(|v| v.as_u64().unwrap_or_else(|| panic!("not a number: {v}")))
        .collect();
    values.sort_unstable();
    assert_eq!(values, [600, 4_000, 15_000]);
}
