//! The command-line example, `examples/facts.rs`, run as a person would run it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The example's binary. `cargo test` builds examples next to the test binaries
/// (`target/<profile>/examples/` beside `target/<profile>/deps/`); when only this test was
/// built, build the example first.
fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test binary has a path");
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("test binaries live in target/<profile>/deps");
        let binary = profile_dir
            .join("examples")
            .join(format!("facts{}", std::env::consts::EXE_SUFFIX));
        if !binary.exists() {
            let mut build = Command::new(env!("CARGO"));
            build.args(["build", "--example", "facts"]);
            if profile_dir
                .file_name()
                .is_some_and(|name| name == "release")
            {
                build.arg("--release");
            }
            if let Some(target_dir) = profile_dir.parent() {
                build.arg("--target-dir").arg(target_dir);
            }
            let status = build.status().expect("cargo runs");
            assert!(status.success(), "building the example failed");
        }
        binary
    })
}

fn run(args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .output()
        .expect("the example runs")
}

fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes())
        .expect("the example reads its input");
    child.wait_with_output().expect("the example finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

#[test]
fn a_query_prints_its_table() {
    let out = run(&["estimates where topic = casualties order by value desc"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn the_words_of_a_query_may_come_as_separate_arguments() {
    let joined = run(&["count claims where status = unconfirmed"]);
    let separate = run(&["count", "claims", "where", "status", "=", "unconfirmed"]);
    assert!(separate.status.success());
    assert_eq!(text(&separate.stdout), text(&joined.stdout));
    assert_eq!(text(&separate.stdout), "count\n-----\n    1\n");
}

#[test]
fn json_before_or_after_the_query() {
    let query = "estimates where topic = casualties select id, value";
    let before = run(&["--json", query]);
    let after = run(&[query, "--json"]);
    for out in [&before, &after] {
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let before: serde_json::Value = serde_json::from_slice(&before.stdout).expect("JSON");
    let after: serde_json::Value = serde_json::from_slice(&after.stdout).expect("JSON");
    assert_eq!(before, after);
    assert_eq!(
        before,
        serde_json::json!([
            {"id": "killed-about-2000", "value": 2000},
            {"id": "killed-about-600", "value": 600},
            {"id": "wounded-more-than-4000", "value": 4000},
        ])
    );

    let count = run(&["--json", "count estimates"]);
    let count: serde_json::Value = serde_json::from_slice(&count.stdout).expect("JSON");
    assert_eq!(count, serde_json::json!({"count": 5}));

    // Whole records carry their quote, so a reader can check the report's words.
    let records = run(&["--json", "estimates where measure = wounded"]);
    let records: serde_json::Value = serde_json::from_slice(&records.stdout).expect("JSON");
    assert_eq!(records[0]["quote"]["text"], "more than 4,000 injured");
}

#[test]
fn an_error_goes_to_stderr_with_exit_code_1() {
    let out = run(&["estimates where topc = casualties"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("unknown field `topc` for estimates; did you mean `topic`?"),
        "{stderr}"
    );
    assert!(
        stderr.contains("^^^^"),
        "the error points at the word: {stderr}"
    );

    let json = run(&["--json", "estmates"]);
    assert_eq!(json.status.code(), Some(1));
    assert_eq!(text(&json.stdout), "");
    assert!(text(&json.stderr).contains("did you mean `estimates`?"));
}

#[test]
fn an_unknown_option_is_refused() {
    let out = run(&["--jsn", "estimates"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--jsn"));
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn stdin_answers_each_line_and_keeps_going_after_an_error() {
    let input = "count estimates\n\
                 \n\
                 # a comment is skipped\n\
                 estmates\n\
                 count claims where status = unconfirmed\n";
    let out = run_with_stdin(&[], input);
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert_eq!(
        stdout, "count\n-----\n    5\ncount\n-----\n    1\n",
        "both good lines are answered, in order"
    );
    assert!(stderr.contains("unknown collection `estmates`"), "{stderr}");
    assert_eq!(stderr.matches("unknown").count(), 1, "{stderr}");
    // A failed line makes the run fail, once all lines are answered.
    assert_eq!(out.status.code(), Some(1));

    let good = run_with_stdin(
        &["--json"],
        "count estimates\ncount events where ongoing = true\n",
    );
    assert!(good.status.success());
    let values: Vec<serde_json::Value> = serde_json::Deserializer::from_slice(&good.stdout)
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("one JSON value per line of input");
    assert_eq!(
        values,
        [
            serde_json::json!({"count": 5}),
            serde_json::json!({"count": 1})
        ]
    );
}

#[test]
fn help_lists_every_collection_and_field() {
    let out = run(&["--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    for collection in facts::Collection::ALL {
        assert!(
            help.lines().any(|l| l.trim() == collection.name()),
            "{collection} is not a heading of --help"
        );
        for field in collection.fields() {
            assert!(
                help.lines()
                    .any(|l| l.trim_start().starts_with(field.name) && l.contains(field.doc)),
                "{collection}.{} is not in --help",
                field.name
            );
        }
    }
    // Every example the help gives is a query that works.
    let examples = help.split("Examples:").nth(1).expect("--help has examples");
    let mut tried = 0;
    for line in examples.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(facts::query(line).is_ok(), "`{line}` in --help fails");
        tried += 1;
    }
    assert!(tried >= 3);
    assert_eq!(text(&run(&["-h"]).stdout), help);
}

#[test]
fn help_exit_and_quit_are_words_of_the_prompt_not_collections() {
    let out = run_with_stdin(
        &[],
        "# a comment\nhelp\ncount estimates\nexit\ncount claims\n",
    );
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "stderr: {stderr}");
    assert!(!stderr.contains("unknown collection"), "stderr: {stderr}");
    // `help` prints what --help prints; `exit` ends the input, so the query after it is not
    // answered.
    let help = text(&run(&["--help"]).stdout);
    assert_eq!(stdout, format!("{help}count\n-----\n    5\n"));
    let quit = run_with_stdin(&[], "quit\ncount claims where bogus = 1\n");
    assert!(quit.status.success());
    assert!(text(&quit.stderr).is_empty(), "{}", text(&quit.stderr));
}
