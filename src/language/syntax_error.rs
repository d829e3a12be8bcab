//! Pest's error to [`QueryError::Syntax`]: where the query went wrong, what could have come
//! there in words, what came instead, and advice for a common slip.

use crate::language::error::{QueryError, Snippet};
use crate::language::expected::{END, Expected, in_words};
use crate::language::grammar::Rule;
use crate::language::hint::hint;
use crate::language::syntax::Span;

/// Turns pest's error into one a person can act on: the tokens that could have come, in
/// words, never the grammar's rule names, and where the slip is a common one, how to fix it.
pub(super) fn syntax_error(e: &pest::error::Error<Rule>, query: &str) -> QueryError {
    // An unclosed quote swallows the rest of the query, so whatever pest expected at its
    // start says nothing useful: point at the quote instead.
    if let Some((start, quote)) = unclosed_string(query) {
        let quote = char::from(quote);
        return QueryError::Syntax {
            at: Snippet::new(query, start..query.len()),
            expected: Expected::ClosingQuote(quote).to_string(),
            found: END.into(),
            hint: Some(format!(
                "end the text with `{quote}`; inside it, write `\\{quote}` for a quote"
            )),
        };
    }
    let at = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let at = at.min(query.len());
    let positives: &[Rule] = match &e.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives,
        pest::error::ErrorVariant::CustomError { .. } => &[],
    };
    let (found, span) = found_at(query, at);
    QueryError::Syntax {
        hint: hint(query, at, &query[span.clone()], positives),
        at: Snippet::new(query, span),
        expected: in_words(positives),
        found,
    }
}

/// Where a quoted string opens that never closes, and its quote, if one does.
fn unclosed_string(query: &str) -> Option<(usize, u8)> {
    let bytes = query.as_bytes();
    let mut open: Option<(usize, u8)> = None;
    let mut i = 0;
    while i < bytes.len() {
        match (open, bytes[i]) {
            (None, quote @ (b'"' | b'\'')) => open = Some((i, quote)),
            (Some(_), b'\\') => i += 1,
            (Some((_, quote)), b) if b == quote => open = None,
            _ => {}
        }
        i += 1;
    }
    open
}

/// The token at `at`, for "found ...": a word, a quoted string, or one character.
fn found_at(query: &str, at: usize) -> (String, Span) {
    let rest = &query[at..];
    let Some(first) = rest.chars().next() else {
        return (END.into(), query.len()..query.len());
    };
    let len = if first.is_ascii_digit() {
        // A number with its grouping, `1,0000`, is one slip, not a valid `1` and junk.
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == ',' || c == '-' || c == '.'))
            .unwrap_or(rest.len())
    } else if first.is_ascii_alphanumeric() || first == '_' {
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(rest.len())
    } else if rest.starts_with("<=") || rest.starts_with(">=") || rest.starts_with("!=") {
        2
    } else {
        first.len_utf8()
    };
    (
        format!("`{}`", crate::language::error::clip(&rest[..len])),
        at..at + len,
    )
}
