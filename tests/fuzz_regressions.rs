//! Every input that ever broke the crate through the fuzz targets under `fuzz/`, kept in
//! `fuzz/regressions/` (queries) and `fuzz/regressions-load/` (JSON Lines) and run again here:
//! none may panic or hang; an error must point inside the query, or name the file and a line
//! of it that holds something; what parses must print back to an equal query, and what loads
//! must write back to an equal dataset.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use facts::{DataError, Dataset, Problem, Query, QueryError};

/// Far above what any of these inputs takes once fixed, far below what they took before.
const BOUND: Duration = Duration::from_secs(2);

fn regressions() -> Vec<PathBuf> {
    files_in("fuzz/regressions")
}

fn load_regressions() -> Vec<PathBuf> {
    files_in("fuzz/regressions-load")
}

fn files_in(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
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
    assert!(
        load_regressions().len() >= 2,
        "fuzz/regressions-load/ lost its inputs: {:?}",
        load_regressions()
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

#[test]
fn every_load_regression_is_read_quickly_without_panic() {
    for path in load_regressions() {
        let name = path.display().to_string();
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        let started = Instant::now();
        match Dataset::from_jsonl(&path) {
            Ok(dataset) => {
                let mut written = Vec::new();
                dataset
                    .write_jsonl(&mut written)
                    .expect("writing to memory");
                let again = Dataset::from_jsonl_reader(&written[..], "written.jsonl")
                    .unwrap_or_else(|e| panic!("{name}: written back, refused: {e:?}"));
                assert_eq!(again, dataset, "{name}: written back");
            }
            Err(errors) => {
                assert!(!errors.is_empty(), "{name}: refused without a reason");
                for error in &errors {
                    assert_names_a_line(error, &name, &lines);
                }
            }
        }
        let took = started.elapsed();
        assert!(took < BOUND, "{name} took {took:?}");
    }
}

/// The error names the file and a line of it that is not blank, where records are.
fn assert_names_a_line(error: &DataError, name: &str, lines: &[&[u8]]) {
    assert_eq!(error.file, name);
    let line = error
        .line
        .unwrap_or_else(|| panic!("{name}: no line for a file that reads: {error}"));
    assert!(
        (1..=lines.len()).contains(&line) && !lines[line - 1].trim_ascii().is_empty(),
        "{name}: line {line} of {} holds nothing",
        lines.len()
    );
    let text = error.to_string();
    assert!(
        text.starts_with(&format!("{name}:{line}: ")),
        "{name}: {text}"
    );
}

/// A reference to an id of 20,000 bytes used to be compared with every known id of about its
/// length for a suggestion, at the cost of the product of the lengths (3.2 GB for this file).
/// It is still reported, without one.
#[test]
fn a_long_unknown_reference_is_reported_without_a_suggestion() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions-load/unknown-reference-of-20000-bytes-compared-with-an-id-as-long");
    let errors = Dataset::from_jsonl(&path).unwrap_err();
    let problems: Vec<&Problem> = errors.iter().map(|e| &e.problem).collect();
    assert!(
        matches!(
            problems[..],
            [Problem::UnknownReference {
                field: facts::FileField::Source,
                suggestion: None,
                ..
            }]
        ),
        "{} problems, the first: {:.200}",
        errors.len(),
        errors[0]
    );
    assert_eq!(errors[0].line, Some(3));
}

/// Estimate `k` names `w` 10,000 times, and `w` names 10,000 others: `w`'s list used to be
/// scanned for `k` each time. Every one-sided link is still reported, and a link named back
/// anywhere in a long list is found.
#[test]
fn links_are_looked_up_in_long_lists_without_a_scan_each() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions-load/one-sided-link-10000-times-to-an-estimate-of-10000-links");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let one_sided = |text: &str| {
        let errors = Dataset::from_jsonl_reader(text.as_bytes(), "links.jsonl").unwrap_err();
        errors
            .iter()
            .filter(|e| e.to_string().ends_with("but `w` does not name `k` back"))
            .count()
    };
    // `w`'s links name `x`, which is no estimate: an error of its own that suggests `k`. Read
    // as `k` misspelt, it explains `k`'s one-sided links, which are not reported again.
    assert_eq!(one_sided(&text), 0);
    let unrelated = text.replace(r#""x""#, r#""no-such-estimate""#);
    assert_eq!(one_sided(&unrelated), 10_000);
    // The last of `w`'s links names `k`.
    let named_back = unrelated.replacen(r#""no-such-estimate"]"#, r#""k"]"#, 1);
    assert_eq!(one_sided(&named_back), 0);
}

/// What each fixed input was about, checked beyond "no panic", so that a regression in the
/// answer (not only a crash) is caught too.
#[test]
fn paths_through_lists_of_lists_reach_each_record_once() {
    let steps = vec!["reported_with"; facts::MAX_DEPTH - 1].join(".");
    // Every estimate is reported with another, so some record is reached at every step, and
    // the three that travel together (15,000 with 600 and 4,000) reach each other.
    let answer = facts::query(&format!("estimates where {steps}.id = killed-about-600")).unwrap();
    let mut ids: Vec<&str> = answer.rows().unwrap().iter().map(|r| r.id()).collect();
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
