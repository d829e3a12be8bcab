//! The limits on a query are API: [`facts::MAX_QUERY_LEN`] bytes and [`facts::MAX_DEPTH`]
//! levels of nesting. Input past them gets its own error, quickly, pointing at the token that
//! went too far; input within them is accepted. Every test runs on a small stack, so that a
//! recursion before the limits are checked would overflow it.

use std::time::{Duration, Instant};

use facts::{MAX_DEPTH, MAX_QUERY_LEN, QueryError};

/// Small enough that recursing once per `(` of a long input overflows it in a debug build.
const SMALL_STACK: usize = 256 * 1024;

/// Enough for a query nested [`MAX_DEPTH`] deep: the grammar recurses on `(`, about 11 KiB a
/// level in a debug build (far less optimised), so the limit needs some 350 KiB there. Were
/// the limit raised without thought, the tests at the limit would overflow this.
const AT_LIMIT_STACK: usize = 512 * 1024;

/// Generous for a debug build on a busy machine; refusing long input takes microseconds.
const QUICKLY: Duration = Duration::from_secs(2);

/// Runs `f` on a thread with a small stack and returns what it returns.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    on_stack(SMALL_STACK, f)
}

fn on_stack<T: Send + 'static>(size: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(size)
        .spawn(f)
        .expect("a thread")
        .join()
        .expect("no panic, no overflow")
}

/// Answers `text` on a small stack: how many rows, how many counted, or how many groups; and
/// how long that took.
fn timed_query(text: String) -> (Result<usize, QueryError>, Duration) {
    on_small_stack(move || {
        let started = Instant::now();
        let result = facts::query(&text).map(|answer| match answer {
            facts::Answer::Rows(rows) => rows.records().len(),
            facts::Answer::Count(n) => n,
            facts::Answer::Groups(groups) => groups.groups().len(),
            facts::Answer::Found(found) => found.records().len() + found.sentences().len(),
        });
        (result, started.elapsed())
    })
}

/// The span of a `TooDeep` error, or a panic saying what came instead.
fn too_deep_at(result: Result<usize, QueryError>) -> std::ops::Range<usize> {
    match result {
        Err(err @ QueryError::TooDeep { max, .. }) => {
            assert_eq!(max, MAX_DEPTH);
            err.span()
        }
        other => panic!("expected TooDeep, got {other:?}"),
    }
}

fn assert_too_long(result: Result<usize, QueryError>, len: usize) {
    match result {
        Err(err @ QueryError::TooLong { .. }) => {
            assert_eq!(
                err,
                QueryError::TooLong {
                    len,
                    max: MAX_QUERY_LEN
                }
            );
            // The span is the part past the limit, within the query.
            assert_eq!(err.span(), MAX_QUERY_LEN..len);
        }
        other => panic!("expected TooLong, got {other:?}"),
    }
}

#[test]
fn a_million_open_parentheses_are_refused_for_their_length_quickly() {
    let text = "(".repeat(1_000_000);
    let (result, took) = timed_query(text);
    assert_too_long(result, 1_000_000);
    assert!(took < QUICKLY, "took {took:?}");

    let text = format!("estimates where {}", "(".repeat(1_000_000));
    let len = text.len();
    let (result, took) = timed_query(text);
    assert_too_long(result, len);
    assert!(took < QUICKLY, "took {took:?}");
}

#[test]
fn ten_megabytes_are_refused_for_their_length_quickly() {
    let ten_mb = 10 * 1024 * 1024;
    // A query that would be valid but for its length, and one that would be too deep.
    let valid = format!("actors where name = \"{}\"", "x".repeat(ten_mb));
    let len = valid.len();
    let (result, took) = timed_query(valid);
    assert_too_long(result, len);
    assert!(took < QUICKLY, "took {took:?}");

    let nots = format!("actors where {}named = true", "not ".repeat(ten_mb / 4));
    let len = nots.len();
    let (result, took) = timed_query(nots);
    assert_too_long(result, len);
    assert!(took < QUICKLY, "took {took:?}");
}

#[test]
fn parentheses_filling_the_length_limit_are_too_deep_quickly() {
    let prefix = "estimates where ";
    let text = format!("{prefix}{}", "(".repeat(MAX_QUERY_LEN - prefix.len()));
    assert_eq!(text.len(), MAX_QUERY_LEN);
    let (result, took) = timed_query(text.clone());
    let span = too_deep_at(result);
    // The first `(` past the limit, not the whole run of them.
    let first_too_deep = prefix.len() + MAX_DEPTH;
    assert_eq!(span, first_too_deep..first_too_deep + 1);
    assert!(took < QUICKLY, "took {took:?}");
    // The message shows the query around the caret, not all sixteen kilobytes of it.
    let message = facts::query(&text).unwrap_err().to_string();
    assert!(message.len() < 1_000, "{} bytes of message", message.len());
}

#[test]
fn nots_filling_the_length_limit_are_too_deep_quickly() {
    let prefix = "actors where ";
    let count = (MAX_QUERY_LEN - prefix.len()) / 4;
    let text = format!("{prefix}{}", "not ".repeat(count));
    let (result, took) = timed_query(text);
    let at = prefix.len() + MAX_DEPTH * 4;
    assert_eq!(too_deep_at(result), at..at + 3);
    assert!(took < QUICKLY, "took {took:?}");
}

/// `(((...value > 1...)))` nested `depth` deep.
fn nested(depth: usize) -> String {
    format!(
        "estimates where {}value > 1,000{}",
        "(".repeat(depth),
        ")".repeat(depth)
    )
}

#[test]
fn nesting_at_the_limit_is_answered() {
    let text = nested(MAX_DEPTH);
    let result = on_stack(AT_LIMIT_STACK, move || {
        facts::query(&text).map(|answer| answer.rows().unwrap().len())
    });
    let flat = facts::query("estimates where value > 1,000").unwrap();
    assert_eq!(result.unwrap(), flat.rows().unwrap().len());
    assert_eq!(flat.rows().unwrap().len(), 4, "every figure but 600");
}

#[test]
fn nesting_past_the_limit_points_at_the_parenthesis_that_passed_it() {
    let text = nested(MAX_DEPTH + 1);
    let (result, _) = timed_query(text.clone());
    let span = too_deep_at(result);
    let opening = "estimates where ".len();
    assert_eq!(span, opening + MAX_DEPTH..opening + MAX_DEPTH + 1);
    assert_eq!(&text[span], "(");
}

#[test]
fn nots_at_the_limit_are_answered_and_past_it_point_at_the_not_that_passed_it() {
    // An even number of `not`s is no `not` at all.
    let at_limit = format!("estimates where {}value > 1,000", "not ".repeat(MAX_DEPTH));
    assert_eq!(
        MAX_DEPTH % 2,
        0,
        "the assertion below assumes an even limit"
    );
    let (result, _) = timed_query(at_limit);
    assert_eq!(result.unwrap(), 4);

    let past = format!(
        "estimates where {}value > 1,000",
        "NOT ".repeat(MAX_DEPTH + 1)
    );
    let (result, _) = timed_query(past.clone());
    let span = too_deep_at(result);
    let at = "estimates where ".len() + MAX_DEPTH * 4;
    assert_eq!(span, at..at + 3);
    assert_eq!(&past[span], "NOT");
}

#[test]
fn parentheses_and_nots_count_together() {
    // `not (` is two levels: half the limit of them is at it, one more `not` passes it.
    let half = MAX_DEPTH / 2;
    let at_limit = format!(
        "estimates where {}value > 1,000{}",
        "not (".repeat(half),
        ")".repeat(half)
    );
    let (result, _) = timed_query(at_limit.clone());
    assert_eq!(result.unwrap(), 4, "{at_limit}");

    let past = format!(
        "estimates where {}not value > 1,000{}",
        "not (".repeat(half),
        ")".repeat(half)
    );
    let (result, _) = timed_query(past.clone());
    let span = too_deep_at(result);
    assert_eq!(&past[span.clone()], "not");
    assert_eq!(span.start, "estimates where ".len() + half * "not (".len());
}

#[test]
fn nots_that_were_applied_do_not_add_up() {
    // Each `not` ends with its test, so a long chain of them is shallow.
    let chain = vec!["not value = 600"; 400].join(" and ");
    let text = format!("estimates where {chain}");
    assert!(text.len() <= MAX_QUERY_LEN);
    let (result, took) = timed_query(text);
    assert_eq!(result.unwrap(), 4);
    assert!(took < QUICKLY, "took {took:?}");
}

#[test]
fn long_chains_within_the_length_limit_are_answered_on_a_small_stack() {
    // `or` and `and` chains are repetitions in the grammar, so their length costs no stack.
    for (joiner, expected) in [(" or ", 1), (" and ", 1)] {
        let one = "value = 600";
        let count = (MAX_QUERY_LEN - 100) / (one.len() + joiner.len());
        let text = format!("estimates where {}", vec![one; count].join(joiner));
        let (result, took) = timed_query(text);
        assert_eq!(result.unwrap(), expected, "a chain of {joiner:?}");
        assert!(took < QUICKLY, "a chain of {joiner:?} took {took:?}");
    }
    let values = vec!["killed"; (MAX_QUERY_LEN - 100) / 8].join(", ");
    let (result, _) = timed_query(format!("estimates where measure in [{values}]"));
    assert_eq!(result.unwrap(), 2);
}

#[test]
fn paths_as_deep_as_the_limit_are_answered_and_deeper_ones_refused() {
    // `affiliation` of an actor is an actor: a path may go on and on.
    let at_limit = format!(
        "actors where {}.name contains \"x\"",
        vec!["affiliation"; MAX_DEPTH - 1].join(".")
    );
    let (result, _) = timed_query(at_limit);
    assert_eq!(result.unwrap(), 0, "no chain of affiliations is that long");

    let steps = vec!["affiliation"; MAX_DEPTH].join(".");
    let past = format!("actors where {steps}.name contains \"x\"");
    let (result, _) = timed_query(past.clone());
    let span = too_deep_at(result);
    // The first step past the limit.
    assert_eq!(&past[span.clone()], "name");
    assert_eq!(span.start, "actors where ".len() + steps.len() + 1);
}

#[test]
fn paths_through_lists_of_lists_are_answered_quickly() {
    // Each estimate of three that travel together lists the other two: the paths double at
    // each step, 2^31 of them at the limit.
    let steps = vec!["reported_with"; MAX_DEPTH - 1].join(".");
    for text in [
        format!("estimates where {steps}.id = killed-about-600"),
        format!("estimates select id, {steps}.value"),
        format!("estimates group by {steps}.topic"),
    ] {
        let (result, took) = timed_query(text.clone());
        assert!(result.is_ok(), "{text}: {result:?}");
        assert!(took < QUICKLY, "{text} took {took:?}");
    }
}

#[test]
fn a_query_of_exactly_the_limit_is_accepted() {
    let head = "actors where name = \"";
    let pad = MAX_QUERY_LEN - head.len() - 1;
    let exact = format!("{head}{}\"", "x".repeat(pad));
    assert_eq!(exact.len(), MAX_QUERY_LEN);
    let (result, _) = timed_query(exact);
    assert_eq!(result.unwrap(), 0);

    // One byte more is refused, and a character counts for its bytes.
    let over = format!("{head}{}é\"", "x".repeat(pad - 1));
    assert_eq!(over.len(), MAX_QUERY_LEN + 1);
    let (result, _) = timed_query(over);
    assert_too_long(result, MAX_QUERY_LEN + 1);
}

#[test]
fn at_the_limit_other_errors_still_come_through() {
    // Accepted by the length check does not mean valid: the grammar has its say.
    let junk = "x".repeat(MAX_QUERY_LEN);
    let (result, _) = timed_query(junk);
    let err = result.unwrap_err();
    assert!(
        !matches!(err, QueryError::TooLong { .. } | QueryError::TooDeep { .. }),
        "{err:?}"
    );
    assert_eq!(
        err.span(),
        0..MAX_QUERY_LEN,
        "the unknown collection is all of it"
    );
}

#[test]
fn values_spelt_not_are_not_nesting() {
    // After an operator or in a list, `not` is a value: an id may be spelt so. Were it
    // counted as nesting, printing a query with such ids would give text refused as too deep.
    let many = vec!["not"; MAX_DEPTH * 2].join(", ");
    for text in [
        format!("actors where id in [{many}]"),
        "actors where id = not or role contains not and name != not".to_owned(),
    ] {
        let query = facts::Query::parse(&text).unwrap_or_else(|e| panic!("{text}\n{e}"));
        let printed = query.to_string();
        assert_eq!(
            facts::Query::parse(&printed).as_ref(),
            Ok(&query),
            "{printed}"
        );
    }
}

#[test]
fn a_path_of_empty_steps_is_a_syntax_error_not_too_deep() {
    // Past the limit in dots alone, but the slip is the empty step, and the error says so.
    let text = format!("actors where name{} = x", ".".repeat(MAX_DEPTH + 8));
    let (result, _) = timed_query(text.clone());
    let err = result.unwrap_err();
    assert!(matches!(err, QueryError::Syntax { .. }), "{err:?}");
    // The second dot, where a field should have come.
    let second_dot = "actors where name.".len();
    assert_eq!(err.span(), second_dot..second_dot + 1);
}
