//! Pest's error to [`QueryError::Syntax`]: where the query went wrong, what could have come
//! there in words, what came instead, and advice for a common slip.

use crate::language::error::{QueryError, Snippet};
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
            expected: format!("a closing `{quote}`"),
            found: "the end of the query".into(),
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
    let mut expected: Vec<&'static str> = Vec::new();
    for rule in positives {
        let words = describe(*rule);
        if !expected.contains(&words) {
            expected.push(words);
        }
    }
    // Where any value may come, a number is one of them; "a number" alone is for `limit`.
    if expected.contains(&"a value") {
        expected.retain(|w| *w != "a number");
    }
    // After `find`, a quoted string is the words to find too.
    if expected.contains(&"the words to find") {
        expected.retain(|w| *w != "a value");
    }
    expected.sort_by_key(|w| order_of(w));
    let (found, span) = found_at(query, at);
    QueryError::Syntax {
        hint: hint(query, at, &query[span.clone()], positives),
        at: Snippet::new(query, span),
        expected: join_or(&expected),
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

/// The collections, as an error lists them where one is expected.
const A_COLLECTION: &str = "a collection (actors, events, estimates, sources, claims, reports)";

/// A rule of the grammar in words.
fn describe(rule: Rule) -> &'static str {
    match rule {
        Rule::collection | Rule::rows_query => A_COLLECTION,
        Rule::find_query | Rule::kw_find => "`find`",
        Rule::words => "the words to find",
        Rule::count_query | Rule::kw_count => "`count`",
        Rule::where_clause | Rule::kw_where => "`where`",
        Rule::group_clause | Rule::kw_group => "`group by`",
        Rule::order_clause | Rule::kw_order => "`order by`",
        Rule::kw_by => "`by`",
        Rule::limit_clause | Rule::kw_limit => "`limit`",
        Rule::select_clause | Rule::kw_select => "`select`",
        Rule::direction | Rule::kw_asc | Rule::kw_desc => "`asc` or `desc`",
        Rule::kw_and => "`and`",
        Rule::kw_or => "`or`",
        Rule::kw_not => "`not`",
        Rule::kw_in | Rule::in_test => "`in [...]`",
        Rule::kw_contains | Rule::contains_test => "`contains`",
        Rule::op | Rule::compare_test => "an operator (= != < <= > >=)",
        Rule::or_cond | Rule::and_cond | Rule::unary | Rule::test => "a condition",
        Rule::group | Rule::paren_open => "`(`",
        Rule::paren_close => "`)`",
        Rule::bracket_open => "`[`",
        Rule::bracket_close => "`]`",
        Rule::comma => "`,`",
        Rule::path | Rule::name | Rule::key => "a field",
        Rule::number => "a number",
        Rule::value
        | Rule::string
        | Rule::string_text
        | Rule::single_quoted
        | Rule::date
        | Rule::word => "a value",
        Rule::EOI => "the end of the query",
        Rule::query => {
            "`count`, `find` or a collection (actors, events, estimates, sources, claims, reports)"
        }
        Rule::keyword | Rule::ident_char | Rule::blank => "a query",
    }
}

/// The order expected tokens are listed in: the query's own order.
fn order_of(words: &str) -> usize {
    [
        "`count`",
        "`find`",
        A_COLLECTION,
        "the words to find",
        "`not`",
        "`(`",
        "a condition",
        "a field",
        "an operator (= != < <= > >=)",
        "`in [...]`",
        "`contains`",
        "`[`",
        "a value",
        "a number",
        "`asc` or `desc`",
        "`,`",
        "`]`",
        "`and`",
        "`or`",
        "`)`",
        "`where`",
        "`group by`",
        "`by`",
        "`order by`",
        "`limit`",
        "`select`",
    ]
    .iter()
    .position(|w| *w == words)
    .unwrap_or(usize::MAX)
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => "something else".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The token at `at`, for "found ...": a word, a quoted string, or one character.
fn found_at(query: &str, at: usize) -> (String, Span) {
    let rest = &query[at..];
    let Some(first) = rest.chars().next() else {
        return ("the end of the query".into(), query.len()..query.len());
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
