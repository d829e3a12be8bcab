//! The query corpus: every file in `tests/queries/` holds one query, and its snapshot holds
//! what the crate answers — the query printed back, the table and the JSON, or the error a
//! person would read.

use std::fmt::Write as _;
use std::path::Path;

use facts::{Dataset, Query, QueryError};

/// A query file's text: one query, without the file's final newline.
fn read_query(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("a query file is readable text");
    text.strip_suffix('\n').unwrap_or(&text).to_owned()
}

/// The name of an error's variant, as `Debug` starts it: `Syntax`, `UnknownField`, ...
fn variant(error: &QueryError) -> String {
    let debug = format!("{error:?}");
    debug
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// What the snapshot of one query shows.
fn report(query: &str) -> String {
    let mut out = String::new();
    writeln!(out, "query:   {query}").unwrap();
    // As `facts::query` reads it: for the embedded dataset, whose ids it must name.
    match Dataset::builtin().prepare(query) {
        Ok(parsed) => {
            let answer = parsed.run(Dataset::builtin());
            writeln!(out, "printed: {parsed}").unwrap();
            writeln!(out, "\n{answer}").unwrap();
            let json = serde_json::to_string_pretty(&answer).expect("answers serialize");
            writeln!(out, "\njson:\n{json}").unwrap();
        }
        Err(error) => {
            writeln!(out, "error:   {}\n\n{error}", variant(&error)).unwrap();
        }
    }
    out
}

#[test]
fn answers() {
    insta::glob!("queries/*.txt", |path| {
        let query = read_query(path);
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(report(&query));
        });
    });
}

/// Every corpus query that parses prints back as text that parses to an equal query, and the
/// printed form prints back to itself.
#[test]
fn printed_queries_parse_back_to_equal_queries() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/queries");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/queries exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut parsed_count = 0;
    for path in &files {
        let text = read_query(path);
        let Ok(query) = Query::parse(&text) else {
            continue;
        };
        parsed_count += 1;
        let printed = query.to_string();
        let reparsed = Query::parse(&printed)
            .unwrap_or_else(|e| panic!("{}: `{printed}` does not parse:\n{e}", path.display()));
        assert_eq!(reparsed, query, "{}: `{printed}`", path.display());
        assert_eq!(reparsed.to_string(), printed, "{}", path.display());
        // Equal queries give equal answers.
        let (a, b) = (
            query.run(Dataset::builtin()),
            reparsed.run(Dataset::builtin()),
        );
        assert_eq!(a.to_string(), b.to_string(), "{}", path.display());
    }
    assert!(
        parsed_count >= 45,
        "the corpus should hold many valid queries, found {parsed_count}"
    );
    assert!(files.len() >= 70, "found {} query files", files.len());
}
