//! Helpers several test files share. Each test file is a crate of its own and takes what it
//! needs.

#![allow(dead_code)]

use std::path::Path;

use facts::Dataset;

/// A string literal of the query language: `text` in double quotes, with `"` and `\` escaped.
pub fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The fact files in `dir`, which must load; if they do not, the test fails with every
/// problem, one a line, after `what`.
pub fn load_dir(dir: &Path, what: &str) -> Dataset {
    Dataset::from_dir(dir).unwrap_or_else(|errors| {
        let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{what} does not load:\n{}", problems.join("\n"))
    })
}
