//! Helpers several test files share. Each test file is a crate of its own and takes what it
//! needs.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

use facts::Dataset;

pub mod answers;
pub mod example;
pub mod generated;
pub mod queries;

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

/// A TOML basic string: `text` in double quotes, with quotes, backslashes and control
/// characters escaped.
pub fn toml(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => write!(out, "\\u{:04X}", c as u32).unwrap(),
            c => out.push(c),
        }
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

/// Values that try to end their literal, comment out the rest, or get lost in an encoding.
pub const HOSTILE: &[&str] = &[
    "'",
    "\"",
    ";",
    "--",
    "\\",
    "\\'",
    "''",
    "O'Brien'; DROP TABLE actors; --",
    "x' OR '1'='1",
    "back\\slash \\' -- ;",
    "/* not a comment */",
    "Ünïcödé Straße",
    "한국 국회의원",
    "Ukraine’s army",
];
