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

/// Every reason a literal cannot be a value, with the query its documentation gives and the
/// message it words, as it was worded when reasons were text.
#[test]
fn each_reason_a_literal_is_no_value_has_its_variant_and_its_words() {
    use crate::language::error::LiteralError;
    use crate::model::Date;
    type Is = fn(&LiteralError) -> bool;
    let cases: [(&str, Is, &str); 8] = [
        (
            "estimates limit 99999999999999999999",
            |r| matches!(r, LiteralError::LimitTooLarge { .. }),
            "`99999999999999999999` is too large for a limit",
        ),
        (
            "estimates where value > 99999999999999999999",
            |r| matches!(r, LiteralError::NumberTooLarge { .. }),
            "`99999999999999999999` is too large a number",
        ),
        (
            "events where date > 202",
            |r| matches!(r, LiteralError::NotADate { .. }),
            "`202` is not a date: write a year (`2025`), a month (`2025-10`) or a day \
             (`2025-10-28`)",
        ),
        (
            "events where date = 2025-13",
            |r| matches!(r, LiteralError::NoSuchMonth { .. }),
            "`2025-13` is not a date: months run from 01 to 12",
        ),
        (
            "events where date = 2025-02-29",
            |r| {
                *r == LiteralError::NoSuchDay {
                    text: "2025-02-29".into(),
                    month: Date::month(2025, 2).unwrap(),
                    days: 28,
                }
            },
            "`2025-02-29` is not a date: February 2025 has 28 days",
        ),
        (
            "events where date = \"Octember 2025\"",
            |r| matches!(r, LiteralError::DateInWords(_)),
            "`Octember 2025` is not a date: unknown month; did you mean `October`? (a query \
             writes `2025`, `October 2025`, `28 October 2025` or `2025-10-28`)",
        ),
        (
            "events where date = \"late October 2025\"",
            |r| matches!(r, LiteralError::PartOfMonthOrYear { .. }),
            "`late October 2025` is part of a month or a year, which a query does not write: \
             `2025-10` asks for the whole, and a record dated `late October 2025` lies within it",
        ),
        (
            "events where date = \"early 2025\"",
            |r| matches!(r, LiteralError::PartOfMonthOrYear { .. }),
            "`early 2025` is part of a month or a year, which a query does not write: `2025` \
             asks for the whole, and a record dated `early 2025` lies within it",
        ),
    ];
    for (query, is, words) in cases {
        let Err(QueryError::BadLiteral { reason, .. }) = Query::parse(query) else {
            panic!("`{query}` is no bad literal")
        };
        assert!(is(&reason), "`{query}`: {reason:?}");
        assert_eq!(reason.to_string(), words, "`{query}`");
    }
}

/// Types where a message once matched words: a mismatch and a field with no fields carry the
/// field's type, and word it as before.
#[test]
fn type_errors_carry_the_type_and_word_it() {
    use crate::store::schema::FieldType;
    let err = Query::parse("estimates where value > abc").unwrap_err();
    let QueryError::TypeMismatch { expected, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*expected, FieldType::Number);
    assert!(err.to_string().starts_with(
        "`value` is a number, but `abc` is not; write a whole number, as in `600` or `10,000`"
    ));
    let err = Query::parse("estimates where topic.name = x").unwrap_err();
    let QueryError::NotAReference { ty, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(matches!(ty, FieldType::Enum(_)));
    assert!(err.to_string().starts_with(
        "`topic` is a word from a list, not a reference to other records: it has no fields"
    ));
}

#[test]
fn a_line_that_fits_the_window_is_shown_whole_and_a_longer_one_is_cut() {
    use crate::language::error::Snippet;
    // The span starts 41 characters in: cutting the first character for an ellipsis would
    // save nothing and read as a typo (`…stimates`).
    let query = "estimates where topic = casualties order value";
    let shown = Snippet::new(query, 41..46).to_string();
    assert!(shown.contains(&format!("| {query}\n")), "{shown}");

    let long = format!(
        "{} order value",
        "estimates where topic = casualties".repeat(3)
    );
    let end = long.len();
    let shown = Snippet::new(&long, end - 5..end).to_string();
    assert!(shown.contains("| …"), "{shown}");
}
