//! What the demos share: the page width, word wrapping to it, and figures in the report's words.

// Each demo compiles this module and uses a part of it.
#![allow(dead_code)]

use facts::{Estimate, Qualifier};

/// The widest line a demo prints, so that its output reads in an ordinary terminal.
pub const WIDTH: usize = 100;

/// Words wrapped to `WIDTH` columns, the first line after `first`, the rest after `rest`.
pub fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= WIDTH;
        if !empty && !fits {
            out.push_str(&line);
            out.push('\n');
            line = String::from(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// The figure as the report qualifies it: "more than 10,000", "about 600".
pub fn in_words(estimate: Estimate<'_>) -> String {
    let qualifier = match estimate.qualifier() {
        Qualifier::Exact => "",
        Qualifier::About => "about ",
        Qualifier::MoreThan => "more than ",
        Qualifier::AtLeast => "at least ",
        Qualifier::FewerThan => "fewer than ",
        Qualifier::AtMost => "at most ",
    };
    // The crate's tables group digits as the report does: 10,000.
    format!("{qualifier}{}", facts::Value::Number(estimate.value()))
}
pub mod cli;
pub mod figures;

/// An error as JSON: its kind, its message, the span of the query it points at, and the
/// whole text the prompt prints.
pub fn error_json(error: &facts::QueryError) -> serde_json::Value {
    let debug = format!("{error:?}");
    let kind = debug.split([' ', '{', '(']).next().unwrap_or_default();
    let text = error.to_string();
    let span = error.span();
    serde_json::json!({
        "kind": kind,
        "message": text.lines().next().unwrap_or_default(),
        "span": { "start": span.start, "end": span.end },
        "text": text,
    })
}
