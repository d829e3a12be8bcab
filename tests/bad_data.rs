//! Bad fact files fail with the file, the line and a message that says what to fix.
//!
//! The build and `Dataset::from_dir` share one validator, so these fixtures test both: each
//! directory under `tests/fixtures/` is a small data dir with exactly one defect (or, for
//! `valid/`, none).

use std::path::{Path, PathBuf};

use facts::{Dataset, Measure, Qualifier, SourceKind, Topic};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

/// Loads a fixture that must fail with exactly one problem, and returns it as
/// `(file, line, the whole Display text)`.
fn only_error(name: &str) -> (String, Option<usize>, String) {
    let errors = match Dataset::from_dir(fixture(name)) {
        Ok(_) => panic!("fixture `{name}` loaded, but it has a defect"),
        Err(errors) => errors,
    };
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "fixture `{name}`: {shown:#?}");
    let error = &errors[0];
    (error.file.clone(), error.line, shown[0].clone())
}

/// The file name as `from_dir` prints it: the directory passed, joined with the file name.
fn file(name: &str, file: &str) -> String {
    fixture(name).join(file).display().to_string()
}

/// Asserts the one error of fixture `name`: in `toml` at `line`, with `message`.
fn assert_fails(name: &str, toml: &str, line: usize, message: &str) {
    let (got_file, got_line, shown) = only_error(name);
    let expected_file = file(name, toml);
    assert_eq!(got_file, expected_file);
    assert_eq!(got_line, Some(line));
    assert_eq!(shown, format!("{expected_file}:{line}: {message}"));
}

#[test]
fn a_toml_syntax_error_names_its_line() {
    assert_fails(
        "malformed",
        "sources.toml",
        3,
        "invalid basic string, expected `\"`",
    );
}

#[test]
fn a_duplicate_id_names_both_lines() {
    assert_fails(
        "duplicate-id",
        "sources.toml",
        7,
        "duplicate id `officials` (first used at line 1)",
    );
}

#[test]
fn an_unknown_reference_suggests_the_nearest_id() {
    assert_fails(
        "unknown-reference",
        "estimates.toml",
        1,
        "estimate troops-about-500: `source` names `oficials`, which is not in sources \
         (did you mean `officials`?)",
    );
}

#[test]
fn a_quote_not_in_the_report_is_refused() {
    assert_fails(
        "quote-not-found",
        "sources.toml",
        5,
        "quote not found in report `fixture-report`: \"Officials in Southland said\" \
         (quotes must match the report byte for byte, curly quotes included)",
    );
}

#[test]
fn a_quote_that_stands_twice_is_refused() {
    assert_fails(
        "quote-ambiguous",
        "estimates.toml",
        8,
        "quote stands 2 times in the report: \"more than 20\" \
         (quote more words so it stands once)",
    );
}

#[test]
fn a_bad_date_is_refused_with_the_forms_that_work() {
    assert_fails(
        "bad-date",
        "events.toml",
        4,
        "event troops-sent: `date`: `late Octember 2025` is not a date: unknown month; did you mean `October`? (write `2024`, `early 2025`, \
         `February 2025`, `late October [2025]` or `28 October 2025`)",
    );
}

#[test]
fn a_date_without_quotes_is_refused_with_the_form_that_works() {
    // TOML reads `2025-10-28` as a date of its own; the facts' dates are text.
    assert_fails(
        "unquoted-date",
        "events.toml",
        4,
        "a date is text in quotes, such as \"October 2025\" or \"28 October 2025\"",
    );
}

#[test]
fn a_word_outside_its_vocabulary_lists_the_words() {
    assert_fails(
        "bad-enum",
        "estimates.toml",
        3,
        "estimate troops-about-500: `topic` is `casualty`, which is not one of deployment, \
         casualties (did you mean `casualties`?)",
    );
}

#[test]
fn a_misspelt_field_is_an_error_not_a_silent_default() {
    // The message lists every key an estimate has, the one meant among them.
    let (got_file, got_line, shown) = only_error("unknown-key");
    let expected_file = file("unknown-key", "estimates.toml");
    assert_eq!((got_file, got_line), (expected_file.clone(), Some(7)));
    let prefix = format!("{expected_file}:7: unknown field `sorce`, expected one of `id`, ");
    assert!(shown.starts_with(&prefix), "{shown}");
    assert!(
        shown.contains(", `source`, ") && shown.ends_with(", `report`"),
        "{shown}"
    );
}

#[test]
fn a_measure_must_fit_its_topic() {
    assert_fails(
        "measure-mismatch",
        "estimates.toml",
        1,
        "estimate troops-about-500: measure `killed` does not belong to topic `deployment` \
         (deployment counts troops; casualties count killed or wounded)",
    );
}

#[test]
fn a_valid_fixture_loads_with_its_quotes_placed() {
    let dataset = Dataset::from_dir(fixture("valid")).unwrap_or_else(|errors| {
        panic!(
            "{:#?}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        )
    });
    let report = dataset.reports().get(0).unwrap();
    assert_eq!(report.id().as_str(), "fixture-report");
    assert_eq!(report.year(), 2025);
    assert_eq!(
        (
            dataset.actors().len(),
            dataset.events().len(),
            dataset.estimates().len(),
            dataset.sources().len(),
            dataset.claims().len(),
        ),
        (2, 1, 2, 2, 1)
    );

    let killed = dataset.estimate("killed-more-than-20").unwrap();
    assert_eq!(
        (
            killed.topic(),
            killed.measure(),
            killed.value(),
            killed.qualifier()
        ),
        (Topic::Casualties, Measure::Killed, 20, Qualifier::MoreThan)
    );
    assert_eq!(killed.quote().text(), "more than 20 soldiers were killed");
    assert_eq!(
        &report.text()[killed.quote().range()],
        "more than 20 soldiers were killed"
    );
    // The restated words are found at their own place, after the first.
    let again = killed.restated().get(0).unwrap();
    assert_eq!(&report.text()[again.range()], "repeated it: more than 20");
    assert!(again.start() > killed.quote().end());

    let analyst = dataset.source("analyst").unwrap();
    assert_eq!(analyst.kind(), SourceKind::Assessment);
    assert_eq!(analyst.confirmable(), Some(false));
    assert_eq!(
        dataset.get(killed.source().id()).unwrap().name(),
        "An analyst"
    );
    assert_eq!(
        dataset
            .event("troops-sent")
            .unwrap()
            .date()
            .unwrap()
            .to_string(),
        "2024"
    );
}

#[test]
fn the_crate_data_dir_loads_to_the_builtin_records() {
    let loaded = Dataset::from_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
        .unwrap_or_else(|errors| {
            panic!(
                "{:#?}",
                errors.iter().map(ToString::to_string).collect::<Vec<_>>()
            )
        });
    let builtin = Dataset::builtin();
    assert_eq!(loaded.reports(), builtin.reports());
    assert_eq!(loaded.actors(), builtin.actors());
    assert_eq!(loaded.events(), builtin.events());
    assert_eq!(loaded.estimates(), builtin.estimates());
    assert_eq!(loaded.sources(), builtin.sources());
    assert_eq!(loaded.claims(), builtin.claims());
}

#[test]
fn figures_reported_together_name_each_other() {
    assert_fails(
        "one-sided-link",
        "estimates.toml",
        2,
        "estimate troops-about-500: `reported_with` names `killed-more-than-20`, but \
         `killed-more-than-20` does not name `troops-about-500` back",
    );
}

/// A copy of the crate's own `data/` in a fresh temporary directory, for a test to break.
fn data_copy(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("facts-bad-data-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(data).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn a_file_that_cannot_be_read_is_one_error_not_one_per_reference_into_it() {
    let dir = data_copy("unknown-key");
    let actors = dir.join("actors.toml");
    let text = std::fs::read_to_string(&actors).unwrap();
    let text = text.replacen("named = ", "nickname = \"the producer\"\nnamed = ", 1);
    std::fs::write(&actors, text).unwrap();

    let errors = Dataset::from_dir(&dir).unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{shown:#?}");
    assert!(
        shown[0].contains("unknown field `nickname`"),
        "{}",
        shown[0]
    );
    assert_eq!(errors[0].file, actors.display().to_string());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_toml_file_that_is_not_a_fact_file_is_an_error_naming_the_one_meant() {
    let dir = data_copy("stray-file");
    std::fs::rename(dir.join("claims.toml"), dir.join("claim.toml")).unwrap();

    let errors = Dataset::from_dir(&dir).unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{shown:#?}");
    assert_eq!(
        errors[0].problem,
        facts::Problem::UnknownFile {
            suggestion: Some("claims.toml")
        }
    );
    assert_eq!(
        shown[0],
        format!(
            "{}: not a fact file, so nothing in it is read (did you mean `claims.toml`?)",
            dir.join("claim.toml").display()
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn problems_come_in_file_and_line_order_whichever_check_finds_them() {
    let dir = data_copy("order");
    let estimates = dir.join("estimates.toml");
    let text = std::fs::read_to_string(&estimates).unwrap();
    // A reference early in the file (found by the checks after reading) and a word late in it
    // (found while reading).
    let text = text.replacen("source = \"", "source = \"x-", 1);
    let last = text.rfind("measure = \"").unwrap();
    let text = format!(
        "{}measure = \"kiled{}",
        &text[..last],
        &text[last + "measure = \"".len()..]
    );
    std::fs::write(&estimates, text).unwrap();

    let errors = Dataset::from_dir(&dir).unwrap_err();
    let lines: Vec<Option<usize>> = errors.iter().map(|e| e.line).collect();
    assert_eq!(errors.len(), 2, "{errors}");
    assert!(lines[0] < lines[1], "{errors}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_directory_is_one_error_for_the_directory() {
    let missing = fixture("no-such-directory");
    let errors = Dataset::from_dir(&missing).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].problem, facts::Problem::NotADirectory);
    assert_eq!(
        errors[0].to_string(),
        format!("{}: not a directory of fact files", missing.display())
    );
    // A file where the directory should be, alike.
    let file = fixture("valid").join("reports.toml");
    let errors = Dataset::from_dir(&file).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].problem, facts::Problem::NotADirectory);
}

#[test]
fn a_misspelt_link_back_is_one_error_not_also_a_one_sided_link() {
    let dir = data_copy("misspelt-link");
    let estimates = dir.join("estimates.toml");
    let text = std::fs::read_to_string(&estimates).unwrap();
    let text = text.replacen(
        r#"reported_with = ["troops-about-15000", "killed-about-600"]"#,
        r#"reported_with = ["troops-about-15000", "killed-about-60"]"#,
        1,
    );
    std::fs::write(&estimates, text).unwrap();

    let errors = Dataset::from_dir(&dir).unwrap_err();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{shown:#?}");
    assert!(
        shown[0].ends_with(
            "estimate wounded-more-than-4000: `reported_with` names `killed-about-60`, which is \
             not in estimates (did you mean `killed-about-600`?)"
        ),
        "{}",
        shown[0]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
