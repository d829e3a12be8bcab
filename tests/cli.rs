//! The command-line example, `examples/facts/`, run as a person would run it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

mod common;
use common::example::example;

/// The example's binary, built first if need be (so never a stale one).
fn binary() -> PathBuf {
    example("facts")
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
fn each_argument_is_a_query_and_unquoted_words_are_not_joined() {
    let two = run(&["count claims where status = unconfirmed", "count reports"]);
    assert!(two.status.success(), "{}", text(&two.stderr));
    assert_eq!(
        text(&two.stdout),
        "> count claims where status = unconfirmed\ncount\n-----\n    1\n\n\
         > count reports\ncount\n-----\n    1\n"
    );
    // The words of one query, unquoted, are refused with the quoting that was meant.
    let words = run(&["count", "claims", "where", "status", "=", "unconfirmed"]);
    assert_eq!(words.status.code(), Some(2));
    assert_eq!(text(&words.stdout), "");
    assert!(
        text(&words.stderr).contains(r#"facts "count claims where status = unconfirmed""#),
        "{}",
        text(&words.stderr)
    );
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
    // Each answer, or error, follows its query on stdout, so that a script can pair them.
    assert!(
        stdout.starts_with(
            "> count estimates\ncount\n-----\n    5\n\n> estmates\nunknown collection `estmates`"
        ),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("> count claims where status = unconfirmed\ncount\n-----\n    1\n"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("unknown").count(), 1, "{stdout}");
    assert_eq!(text(&out.stderr), "");
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
            serde_json::json!({"query": "count estimates", "answer": {"count": 5}}),
            serde_json::json!({"query": "count events where ongoing = true", "answer": {"count": 2}})
        ]
    );
    // An error is a line of its own, with its place in the query.
    let bad = run_with_stdin(&["--json"], "count estimates\nestimates where topc = x\n");
    assert_eq!(bad.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = text(&bad.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["query"], "estimates where topc = x");
    assert_eq!(lines[1]["error"]["kind"], "UnknownField");
    assert_eq!(
        lines[1]["error"]["span"],
        serde_json::json!({"start": 16, "end": 20})
    );
    assert!(
        lines[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `topic`?")
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
    assert_eq!(
        stdout,
        format!("{help}> count estimates\ncount\n-----\n    5\n")
    );
    let quit = run_with_stdin(&[], "quit\ncount claims where bogus = 1\n");
    assert!(quit.status.success());
    assert!(text(&quit.stderr).is_empty(), "{}", text(&quit.stderr));
}

/// A copy of the crate's `data/`, to edit.
fn data_copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("facts-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for entry in std::fs::read_dir(data).expect("data/ is there") {
        let path = entry.expect("an entry").path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).expect("a copy");
    }
    dir
}

#[test]
fn facts_of_ones_own_are_read_at_run_time_with_the_builds_checks() {
    let dir = data_copy("edit");
    let claims = dir.join("claims.toml");
    let text_before = std::fs::read_to_string(&claims).unwrap();
    let edited = text_before.replacen("text = \"", "text = \"EDITED ", 1);
    std::fs::write(&claims, edited).unwrap();
    let out = run(&[
        "--data",
        dir.to_str().unwrap(),
        "count claims where text contains edited",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "count\n-----\n    1\n");

    // A mistake fails with its file, line and record, and nothing is answered.
    let broken = text_before.replacen("status = \"stated\"", "status = \"staed\"", 1);
    std::fs::write(&claims, broken).unwrap();
    let out = run(&["--data", dir.to_str().unwrap(), "count claims"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("claims.toml:"), "{stderr}");
    assert!(stderr.contains("did you mean `stated`?"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn json_lines_in_and_out() {
    let dir = std::env::temp_dir().join(format!("facts-cli-jsonl-{}", std::process::id()));
    let out = run(&["export", "--format", "jsonl", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let file = dir.join("facts.jsonl");
    let out = run(&["--jsonl", file.to_str().unwrap(), "count estimates"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "count\n-----\n    5\n");
    let out = run(&[
        "--jsonl",
        dir.join("missing.jsonl").to_str().unwrap(),
        "count estimates",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("missing.jsonl"),
        "{}",
        text(&out.stderr)
    );
    let both = run(&["--jsonl", "x", "--data", "y", "count actors"]);
    assert_eq!(both.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sql_takes_its_dialect_after_an_equals_sign() {
    let sqlite = text(&run(&["--sql", "actors where name contains \"yu\""]).stdout);
    assert!(sqlite.contains("instr("), "{sqlite}");
    let postgres = text(&run(&["--sql=postgres", "actors where name contains \"yu\""]).stdout);
    assert!(postgres.contains("strpos("), "{postgres}");
    let neither = run(&["--sql=oracle", "count actors"]);
    assert_eq!(neither.status.code(), Some(2));
}

#[test]
fn several_queries_as_sql_are_a_script_a_database_runs() {
    let out = run_with_stdin(
        &["--sql"],
        "count claims\nestmates\nactors where named = true\n",
    );
    assert_eq!(out.status.code(), Some(1), "one query failed");
    let script = text(&out.stdout);
    let db = rusqlite::Connection::open_in_memory().unwrap();
    let dir = std::env::temp_dir().join(format!("facts-cli-sql-{}", std::process::id()));
    let export = run(&["export", "--format", "sql", dir.to_str().unwrap()]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    db.execute_batch(&std::fs::read_to_string(dir.join("facts.sql")).unwrap())
        .unwrap();
    assert!(
        script.contains("-- > estmates\n-- unknown collection `estmates`"),
        "{script}"
    );
    // Every line but comments is SQL, and the whole runs.
    db.execute_batch(&script).expect("the output runs as SQL");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_as_an_argument_prints_the_help() {
    let out = run(&["help"]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), text(&run(&["--help"]).stdout));
}
