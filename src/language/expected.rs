//! What the grammar could have taken where a query went wrong, in words: the list a syntax
//! error gives after "expected", never the grammar's rule names.

use std::fmt;

use crate::language::grammar::Rule;

/// What a syntax error says came instead of anything expected, where the query ended.
pub(super) const END: &str = "the end of the query";

/// One thing that could have come. Declared in the order a query writes them, which is the
/// order an error lists them in (the derived `Ord`); the ones after `Select` never share a
/// list with another, so their place is only for completeness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Expected {
    Count,
    Find,
    Collection,
    /// The words after `find`.
    Words,
    Not,
    OpenParen,
    Condition,
    Field,
    Operator,
    In,
    Contains,
    OpenBracket,
    Value,
    /// A number alone: the one after `limit`.
    Number,
    Direction,
    Comma,
    CloseBracket,
    And,
    Or,
    CloseParen,
    Where,
    GroupBy,
    By,
    OrderBy,
    Limit,
    Select,
    End,
    /// Whatever may begin a query.
    QueryStart,
    /// A query at all: where the grammar names nothing better.
    Query,
    /// The quote that would end a string left open.
    ClosingQuote(char),
}

impl Expected {
    /// What a rule of the grammar stands for.
    fn of(rule: Rule) -> Expected {
        match rule {
            Rule::collection | Rule::rows_query => Expected::Collection,
            Rule::find_query | Rule::kw_find => Expected::Find,
            Rule::words => Expected::Words,
            Rule::count_query | Rule::kw_count => Expected::Count,
            Rule::where_clause | Rule::kw_where => Expected::Where,
            Rule::group_clause | Rule::kw_group => Expected::GroupBy,
            Rule::order_clause | Rule::kw_order => Expected::OrderBy,
            Rule::kw_by => Expected::By,
            Rule::limit_clause | Rule::kw_limit => Expected::Limit,
            Rule::select_clause | Rule::kw_select => Expected::Select,
            Rule::direction | Rule::kw_asc | Rule::kw_desc => Expected::Direction,
            Rule::kw_and => Expected::And,
            Rule::kw_or => Expected::Or,
            Rule::kw_not => Expected::Not,
            Rule::kw_in | Rule::in_test => Expected::In,
            Rule::kw_contains | Rule::contains_test => Expected::Contains,
            Rule::op | Rule::compare_test => Expected::Operator,
            Rule::or_cond | Rule::and_cond | Rule::unary | Rule::test => Expected::Condition,
            Rule::group | Rule::paren_open => Expected::OpenParen,
            Rule::paren_close => Expected::CloseParen,
            Rule::bracket_open => Expected::OpenBracket,
            Rule::bracket_close => Expected::CloseBracket,
            Rule::comma => Expected::Comma,
            Rule::path | Rule::name | Rule::key => Expected::Field,
            Rule::number => Expected::Number,
            Rule::value
            | Rule::string
            | Rule::string_text
            | Rule::single_quoted
            | Rule::date
            | Rule::word => Expected::Value,
            Rule::EOI => Expected::End,
            Rule::query => Expected::QueryStart,
            Rule::keyword | Rule::ident_char | Rule::blank => Expected::Query,
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Count => "`count`",
            Expected::Find => "`find`",
            Expected::Collection => {
                "a collection (actors, events, estimates, sources, claims, reports)"
            }
            Expected::Words => "the words to find",
            Expected::Not => "`not`",
            Expected::OpenParen => "`(`",
            Expected::Condition => "a condition",
            Expected::Field => "a field",
            Expected::Operator => "an operator (= != < <= > >=)",
            Expected::In => "`in [...]`",
            Expected::Contains => "`contains`",
            Expected::OpenBracket => "`[`",
            Expected::Value => "a value",
            Expected::Number => "a number",
            Expected::Direction => "`asc` or `desc`",
            Expected::Comma => "`,`",
            Expected::CloseBracket => "`]`",
            Expected::And => "`and`",
            Expected::Or => "`or`",
            Expected::CloseParen => "`)`",
            Expected::Where => "`where`",
            Expected::GroupBy => "`group by`",
            Expected::By => "`by`",
            Expected::OrderBy => "`order by`",
            Expected::Limit => "`limit`",
            Expected::Select => "`select`",
            Expected::End => END,
            Expected::QueryStart => {
                return write!(f, "`count`, `find` or {}", Expected::Collection);
            }
            Expected::Query => "a query",
            Expected::ClosingQuote(quote) => return write!(f, "a closing `{quote}`"),
        })
    }
}

/// What the rules pest expected stand for, once each, in the query's order, in words: "`and`,
/// `or` or the end of the query".
pub(super) fn in_words(positives: &[Rule]) -> String {
    let mut expected: Vec<Expected> = Vec::new();
    for rule in positives {
        let one = Expected::of(*rule);
        if !expected.contains(&one) {
            expected.push(one);
        }
    }
    // Where any value may come, a number is one of them; a number alone is for `limit`.
    if expected.contains(&Expected::Value) {
        expected.retain(|e| *e != Expected::Number);
    }
    // After `find`, a quoted string is the words to find too.
    if expected.contains(&Expected::Words) {
        expected.retain(|e| *e != Expected::Value);
    }
    expected.sort();
    list(&expected)
}

/// Several things expected, as one: "`a`, `b` or `c`".
fn list(expected: &[Expected]) -> String {
    match expected {
        [] => "something else".into(),
        [one] => one.to_string(),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(Expected::to_string).collect();
            format!("{} or {last}", init.join(", "))
        }
    }
}
