//! The language's unit tests: the limits checked before the grammar runs, and what a syntax
//! error says was expected.

use super::expected::Expected;
use super::limits::{MAX_DEPTH, check_depth, too_short_to_nest};
use crate::language::error::QueryError;
use crate::plan::Query;

fn depth_ok(q: &str) -> bool {
    check_depth(q).is_ok()
}

#[test]
fn depth_counts_parens_and_pending_nots() {
    let at_limit = format!(
        "x where {}a = 1{}",
        "(".repeat(MAX_DEPTH),
        ")".repeat(MAX_DEPTH)
    );
    assert!(depth_ok(&at_limit));
    let over = format!("x where {}a = 1", "(".repeat(MAX_DEPTH + 1));
    assert!(!depth_ok(&over));
    assert!(depth_ok(&format!(
        "x where {}a = 1",
        "not ".repeat(MAX_DEPTH)
    )));
    assert!(!depth_ok(&format!(
        "x where {}a = 1",
        "not ".repeat(MAX_DEPTH + 1)
    )));
    // `not`s that have been applied do not add up along a chain.
    let chain = vec!["not a = 1"; 200].join(" or ");
    assert!(depth_ok(&format!("x where {chain}")));
    let groups = vec!["not (a = 1)"; 200].join(" and ");
    assert!(depth_ok(&format!("x where {groups}")));
    // Parentheses inside strings are text.
    assert!(depth_ok(&format!("x where a = \"{}\"", "(".repeat(100))));
    // Unbalanced closers do not underflow.
    assert!(depth_ok("x where a = 1))))"));
    // `not` as a value applies to nothing.
    let values = vec!["not"; 100].join(", ");
    assert!(depth_ok(&format!("x where a in [{values}]")));
}

#[test]
fn short_queries_skip_the_walk_only_when_they_cannot_be_too_deep() {
    // Every query the walk refuses is too long for the shortcut.
    let deepest = [
        "(".repeat(MAX_DEPTH + 1),
        "not ".repeat(MAX_DEPTH + 1),
        "not(".repeat(MAX_DEPTH / 2 + 1),
        vec!["a"; MAX_DEPTH + 1].join("."),
    ];
    for query in deepest {
        assert!(!depth_ok(&query), "{query}");
        assert!(!too_short_to_nest(&query), "{query}");
    }
    assert!(too_short_to_nest("estimates where topic = casualties"));
}

#[test]
fn long_paths_are_too_deep() {
    let path = vec!["affiliation"; MAX_DEPTH + 1].join(".");
    assert!(!depth_ok(&format!("actors where {path} = x")));
}

/// What a syntax error says could have come.
fn expected(query: &str) -> String {
    match Query::parse(query) {
        Err(QueryError::Syntax { expected, .. }) => expected,
        other => panic!("`{query}` is no syntax error: {other:?}"),
    }
}

#[test]
fn expected_tokens_are_listed_in_the_order_a_query_writes_them() {
    assert_eq!(
        expected("estimates where value > 1 a"),
        "`and`, `or`, `group by`, `order by`, `limit`, `select` or the end of the query"
    );
    assert_eq!(
        expected(""),
        "`count`, `find` or a collection (actors, events, estimates, sources, claims, reports)"
    );
    assert_eq!(expected("estimates where value > 1 and"), "a condition");
    assert_eq!(expected("find"), "the words to find");
    assert_eq!(expected("estimates where name = \"x"), "a closing `\"`");
    // The clauses, in the order a query takes them.
    let clauses = [
        Expected::Where,
        Expected::GroupBy,
        Expected::By,
        Expected::OrderBy,
        Expected::Limit,
        Expected::Select,
    ];
    assert!(clauses.is_sorted());
    assert!(Expected::Or < Expected::Where && Expected::Select < Expected::End);
}
