//! Properties of the query language over generated input:
//!
//! 1. any text is answered or refused, never a panic, and a refusal points inside the text;
//! 2. queries generated from the grammar and the schema parse, print back to text that parses
//!    to an equal query, and run;
//! 3. single-field conditions select what a plain Rust filter over the same records selects.

mod common;

use std::collections::BTreeSet;

use facts::{Collection, Dataset, FieldType, Query, QueryError, Vocabulary};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

use common::quoted;

// ---------------------------------------------------------------------------------------------
// 1. Arbitrary text.

/// The tokens of the language, and a few that are almost tokens.
const TOKENS: &[&str] = &[
    "count",
    "where",
    "group",
    "order",
    "by",
    "asc",
    "desc",
    "limit",
    "select",
    "and",
    "or",
    "not",
    "in",
    "contains",
    "NOT",
    "Where",
    "=",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "==",
    "!",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    "\"",
    "\\",
    "\\\"",
    "-",
    "actors",
    "events",
    "estimates",
    "sources",
    "claims",
    "estmates",
    "id",
    "name",
    "kind",
    "value",
    "topic",
    "date",
    "status",
    "source",
    "actors",
    "reported_with",
    "affiliation",
    "source.kind",
    "source.actors.name",
    "key",
    "low",
    "high",
    "casualties",
    "killed",
    "true",
    "false",
    "group",
    "2025",
    "2025-10",
    "2025-10-28",
    "2025-13",
    "2025-02-30",
    "10,000",
    "10,00",
    "1.5",
    "600",
    "99999999999999999999999",
    "\"yu\"",
    "\"Yu Yong-weon\"",
    "\"",
    "yu-yong-weon",
    "é",
    "\u{1F600}",
    "\n",
    "\t",
    "",
    "x",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (select(TOKENS), prop_oneof![Just(" "), Just(""), Just("\n")]),
        0..24,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(token, sep)| [token, sep])
            .collect()
    })
}

/// `text` answered or refused without a panic, the refusal pointing inside `text`; `Query`
/// and `facts::query` agreeing on which.
fn check_any_text(text: &str) -> Result<(), TestCaseError> {
    let parsed = Query::parse(text);
    match facts::query(text) {
        Ok(answer) => {
            prop_assert!(parsed.is_ok());
            let _ = answer.to_string();
            serde_json::to_string(&answer).expect("answers serialize");
        }
        Err(err) => {
            if let facts::QueryError::UnknownId { .. } = err {
                // Only a query for a dataset checks its ids.
                prop_assert!(parsed.is_ok());
            } else {
                prop_assert_eq!(parsed.as_ref().err(), Some(&err));
            }
            check_points_inside(&err, text)?;
        }
    }
    Ok(())
}

fn check_points_inside(err: &QueryError, text: &str) -> Result<(), TestCaseError> {
    let span = err.span();
    prop_assert!(span.start <= span.end, "{:?} is backwards", span);
    prop_assert!(
        span.end <= text.len(),
        "{:?} ends past the {} bytes of {:?}",
        span,
        text.len(),
        text
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{:?} cuts a character of {:?}",
        span,
        text
    );
    // An error points at something: a token, or the end where a token was missing.
    prop_assert!(
        !span.is_empty() || span.start == text.len(),
        "{:?} points at nothing in {:?}: {}",
        span,
        text,
        err
    );
    prop_assert!(!err.to_string().is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_is_answered_or_refused_with_a_span_inside_it(text in any::<String>()) {
        check_any_text(&text)?;
    }

    #[test]
    fn printable_text_is_answered_or_refused_with_a_span_inside_it(text in "\\PC{0,80}") {
        check_any_text(&text)?;
    }

    #[test]
    fn token_soup_is_answered_or_refused_with_a_span_inside_it(text in token_soup()) {
        check_any_text(&text)?;
    }

    #[test]
    fn queries_with_a_junk_tail_are_refused_inside_them(
        query in grammar_query(),
        junk in "[\\PC]{1,6}",
        at in any::<prop::sample::Index>(),
    ) {
        // Cut a valid query anywhere and splice junk in: the error is still inside.
        let cut = (0..=query.len()).filter(|&i| query.is_char_boundary(i)).collect::<Vec<_>>();
        let cut = cut[at.index(cut.len())];
        let text = format!("{}{junk}{}", &query[..cut], &query[cut..]);
        check_any_text(&text)?;
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Queries from the grammar.

/// The ids of a collection's records, for values of fields that refer to it.
fn ids(collection: Collection) -> Vec<String> {
    let data = Dataset::builtin();
    match collection {
        Collection::Actors => data.actors().iter().map(|r| r.id().to_string()).collect(),
        Collection::Events => data.events().iter().map(|r| r.id().to_string()).collect(),
        Collection::Estimates => data
            .estimates()
            .iter()
            .map(|r| r.id().to_string())
            .collect(),
        Collection::Sources => data.sources().iter().map(|r| r.id().to_string()).collect(),
        Collection::Claims => data.claims().iter().map(|r| r.id().to_string()).collect(),
        Collection::Reports => data.reports().iter().map(|r| r.id().to_string()).collect(),
    }
}

/// A keyword or word in any case: the language ignores ASCII case there.
fn any_case(word: String) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(word.clone()),
        1 => Just(word.to_ascii_uppercase()),
        1 => prop::collection::vec(any::<bool>(), word.len()).prop_map(move |upper| {
            word.chars()
                .zip(upper)
                .map(|(c, up)| if up { c.to_ascii_uppercase() } else { c })
                .collect()
        }),
    ]
}

/// `10000` or `10,000`.
fn number_text(n: u64, grouped: bool) -> String {
    let digits = n.to_string();
    if !grouped {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn number_literal() -> impl Strategy<Value = String> {
    let n = prop_oneof![
        0u64..20_000,
        select(vec![0u64, 600, 2_000, 4_000, 10_000, 15_000, u64::MAX]),
        any::<u64>(),
    ];
    (n, any::<bool>()).prop_map(|(n, grouped)| number_text(n, grouped))
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(year) => 29,
        _ => 28,
    }
}

/// A date literal as a query writes it, and the interval of days it means.
#[derive(Debug, Clone)]
struct DateLiteral {
    text: String,
    first: (i32, u32, u32),
    last: (i32, u32, u32),
}

fn date_literal() -> impl Strategy<Value = DateLiteral> {
    (2023i32..=2026, 1u32..=12, 1u32..=31, 0..3).prop_map(|(y, m, d, precision)| {
        let end = days_in_month(y, m);
        match precision {
            0 => DateLiteral {
                text: format!("{y}"),
                first: (y, 1, 1),
                last: (y, 12, 31),
            },
            1 => DateLiteral {
                text: format!("{y}-{m:02}"),
                first: (y, m, 1),
                last: (y, m, end),
            },
            _ => {
                let d = d.min(end);
                DateLiteral {
                    text: format!("{y}-{m:02}-{d:02}"),
                    first: (y, m, d),
                    last: (y, m, d),
                }
            }
        }
    })
}

fn text_literal() -> impl Strategy<Value = String> {
    prop_oneof![
        // Quoted, with quotes, backslashes and characters beyond ASCII inside.
        "[a-zA-Z \"\\\\é\u{1F600}-]{0,12}".prop_map(|t| quoted(&t)),
        // A bare word.
        "[a-z_][a-z0-9_-]{0,8}",
    ]
}

fn id_literal(collection: Collection) -> impl Strategy<Value = String> {
    (select(ids(collection)), any::<bool>(), any::<bool>()).prop_map(|(id, quote, upper)| {
        let id = if upper { id.to_ascii_uppercase() } else { id };
        if quote { quoted(&id) } else { id }
    })
}

/// A field of `collection`, or a path through references from it: its text, its type, and
/// whether it goes through a list.
fn path(collection: Collection, depth: u32) -> BoxedStrategy<(String, FieldType, bool)> {
    select(collection.fields())
        .prop_flat_map(move |field| {
            let here = Just((field.name.to_owned(), field.ty, false));
            match field.ty {
                FieldType::Ref(target) | FieldType::List(target) if depth > 1 => {
                    let list = matches!(field.ty, FieldType::List(_));
                    prop_oneof![
                        here,
                        path(target, depth - 1).prop_map(move |(rest, ty, through)| {
                            (format!("{}.{rest}", field.name), ty, through || list)
                        }),
                    ]
                    .boxed()
                }
                _ => here.boxed(),
            }
        })
        .boxed()
}

/// A literal of a type.
fn value_of(ty: FieldType) -> BoxedStrategy<String> {
    match ty {
        FieldType::Id | FieldType::Text | FieldType::Texts => text_literal().boxed(),
        FieldType::Number => number_literal().boxed(),
        FieldType::Bool => select(vec!["true", "false"])
            .prop_flat_map(|w| any_case(w.to_owned()))
            .boxed(),
        FieldType::Date => date_literal().prop_map(|d| d.text).boxed(),
        FieldType::Enum(vocabulary) => select(vocabulary.words())
            .prop_flat_map(|w| any_case(w.to_owned()))
            .boxed(),
        FieldType::Ref(target) | FieldType::List(target) => id_literal(target).boxed(),
    }
}

/// The operators a type takes, as the documentation of [`FieldType`] lists them.
fn ops_of(ty: FieldType) -> Vec<&'static str> {
    match ty {
        FieldType::Id | FieldType::Text => vec!["=", "!=", "contains", "in"],
        FieldType::Number | FieldType::Date => vec!["=", "!=", "<", "<=", ">", ">=", "in"],
        FieldType::Bool | FieldType::Enum(_) | FieldType::Ref(_) => vec!["=", "!=", "in"],
        FieldType::List(_) | FieldType::Texts => vec!["contains"],
    }
}

/// `path OP value`, with a value of the path's type.
fn test_of(collection: Collection) -> BoxedStrategy<String> {
    path(collection, 3)
        .prop_flat_map(|(path, ty, _)| {
            (
                select(ops_of(ty)),
                prop::collection::vec(value_of(ty), 1..4),
            )
                .prop_flat_map(move |(op, values)| {
                    let path = path.clone();
                    any_case(op.to_owned()).prop_map(move |op| {
                        if op.eq_ignore_ascii_case("in") {
                            format!("{path} {op} [{}]", values.join(", "))
                        } else {
                            format!("{path} {op} {}", values[0])
                        }
                    })
                })
        })
        .boxed()
}

/// A condition as the test builds it, printed with the parentheses its shape needs.
#[derive(Debug, Clone)]
enum Cond {
    Test(String),
    And(Vec<Cond>),
    Or(Vec<Cond>),
    Not(Box<Cond>),
    Parens(Box<Cond>),
}

impl Cond {
    fn render(&self) -> String {
        match self {
            Cond::Test(t) => t.clone(),
            // `and` binds tighter than `or`: an `or` inside an `and` needs parentheses.
            Cond::And(parts) => parts
                .iter()
                .map(|c| match c {
                    Cond::Or(_) => format!("({})", c.render()),
                    _ => c.render(),
                })
                .collect::<Vec<_>>()
                .join(" and "),
            Cond::Or(parts) => parts
                .iter()
                .map(Cond::render)
                .collect::<Vec<_>>()
                .join(" or "),
            Cond::Not(c) => match **c {
                Cond::And(_) | Cond::Or(_) => format!("not ({})", c.render()),
                _ => format!("not {}", c.render()),
            },
            Cond::Parens(c) => format!("({})", c.render()),
        }
    }
}

fn cond_of(collection: Collection) -> impl Strategy<Value = Cond> {
    // Depth 4 of `not (`: 8 levels, well within the limit.
    test_of(collection)
        .prop_map(Cond::Test)
        .prop_recursive(4, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 2..4).prop_map(Cond::And),
                prop::collection::vec(inner.clone(), 2..4).prop_map(Cond::Or),
                inner.clone().prop_map(|c| Cond::Not(Box::new(c))),
                inner.prop_map(|c| Cond::Parens(Box::new(c))),
            ]
        })
}

/// The columns of a `group by` answer, as `estimates` and the others have them.
fn group_columns(collection: Collection) -> Vec<&'static str> {
    match collection {
        Collection::Estimates => vec!["key", "count", "sources"],
        _ => vec!["key", "count"],
    }
}

/// A path to sort by: one value per record, so neither a list nor through one.
fn sort_path(collection: Collection) -> impl Strategy<Value = String> {
    path(collection, 3)
        .prop_filter("one value per record", |(_, ty, through)| {
            !through && !matches!(ty, FieldType::List(_) | FieldType::Texts)
        })
        .prop_map(|(p, _, _)| p)
}

fn direction() -> impl Strategy<Value = &'static str> {
    select(vec!["", " asc", " desc", " DESC"])
}

/// A whole query from the grammar, with names and values from the schema and the data.
fn grammar_query() -> impl Strategy<Value = String> {
    select(Collection::ALL.to_vec()).prop_flat_map(|c| {
        let filter = prop::option::weighted(0.8, cond_of(c).prop_map(|c| c.render()));
        let limit = prop::option::of((0u64..30, any::<bool>()));
        let grouped = prop::option::of(
            path(c, 3)
                .prop_filter("not a list", |(_, ty, _)| {
                    !matches!(ty, FieldType::List(_) | FieldType::Texts)
                })
                .prop_map(|(p, _, _)| p),
        )
        .prop_flat_map(move |group| {
            let (order, select_) = match group {
                Some(_) => (
                    prop::collection::vec(
                        (
                            select(group_columns(c)).prop_map(str::to_owned),
                            direction(),
                        ),
                        0..3,
                    )
                    .boxed(),
                    prop::collection::vec(select(group_columns(c)).prop_map(str::to_owned), 0..3)
                        .boxed(),
                ),
                None => (
                    prop::collection::vec((sort_path(c), direction()), 0..3).boxed(),
                    prop::collection::vec(path(c, 3).prop_map(|(p, _, _)| p), 0..4).boxed(),
                ),
            };
            (Just(group), order, select_)
        });
        (prop::bool::weighted(0.25), filter, grouped, limit).prop_map(
            move |(count, filter, (group, order, select_), limit)| {
                let mut q = String::new();
                if count {
                    q.push_str("count ");
                }
                q.push_str(c.name());
                if let Some(f) = filter {
                    q.push_str(&format!(" where {f}"));
                }
                if count {
                    // `count` takes only `where`.
                    return q;
                }
                if let Some(g) = group {
                    q.push_str(&format!(" group by {g}"));
                }
                if !order.is_empty() {
                    let keys: Vec<String> = order.iter().map(|(p, d)| format!("{p}{d}")).collect();
                    q.push_str(&format!(" order by {}", keys.join(", ")));
                }
                if let Some((n, grouped)) = limit {
                    q.push_str(&format!(" limit {}", number_text(n, grouped)));
                }
                if !select_.is_empty() {
                    q.push_str(&format!(" select {}", select_.join(", ")));
                }
                q
            },
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_queries_parse_print_back_and_run(text in grammar_query()) {
        let query = Query::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{text}\n{e}")))?;
        let printed = query.to_string();
        let again = Query::parse(&printed)
            .map_err(|e| TestCaseError::fail(format!("{text}\nprinted as {printed}\n{e}")))?;
        prop_assert_eq!(&again, &query, "{} printed as {}", text, printed);
        prop_assert_eq!(again.to_string(), printed.clone(), "printing is a fixed point");
        // The printed query answers as the written one did (ids the generator makes up
        // name no record, so the queries run without a dataset's id check).
        let answer = query.run(facts::Dataset::builtin());
        let reanswer = again.run(facts::Dataset::builtin());
        prop_assert_eq!(answer.to_string(), reanswer.to_string());
        prop_assert_eq!(
            serde_json::to_value(&answer).unwrap(),
            serde_json::to_value(&reanswer).unwrap()
        );
        prop_assert_eq!(answer.count().is_some(), text.starts_with("count "));
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Evaluation against plain Rust filters written from the documentation.

fn answered_ids(text: &str) -> Result<BTreeSet<String>, TestCaseError> {
    let answer = facts::query(text).map_err(|e| TestCaseError::fail(format!("{text}\n{e}")))?;
    Ok(answer
        .rows()
        .unwrap()
        .iter()
        .map(|r| r.id().to_owned())
        .collect())
}

fn expected_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    ids.into_iter().map(str::to_owned).collect()
}

fn compare_op() -> impl Strategy<Value = &'static str> {
    select(vec!["=", "!=", "<", "<=", ">", ">="])
}

fn holds<T: Ord>(a: T, op: &str, b: T) -> bool {
    match op {
        "=" => a == b,
        "!=" => a != b,
        "<" => a < b,
        "<=" => a <= b,
        ">" => a > b,
        ">=" => a >= b,
        _ => unreachable!("{op}"),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The first and last day a record's date means, read from its words (`late October [2025]`)
/// by the conventions of the table at the top of `src/model/date.rs`.
fn interval(words: &str) -> ((i32, u32, u32), (i32, u32, u32)) {
    let mut tokens: Vec<&str> = words.split_whitespace().collect();
    let year: i32 = tokens
        .pop()
        .map(|y| y.trim_matches(['[', ']']))
        .and_then(|y| y.parse().ok())
        .unwrap_or_else(|| panic!("no year in {words:?}"));
    let month = tokens
        .last()
        .and_then(|m| MONTHS.iter().position(|name| name == m))
        .map(|i| i as u32 + 1);
    if month.is_some() {
        tokens.pop();
    }
    match (month, tokens.as_slice()) {
        (None, []) => ((year, 1, 1), (year, 12, 31)),
        (None, ["early"]) => ((year, 1, 1), (year, 4, 30)),
        (None, ["mid"]) => ((year, 5, 1), (year, 8, 31)),
        (None, ["late"]) => ((year, 9, 1), (year, 12, 31)),
        (Some(m), []) => ((year, m, 1), (year, m, days_in_month(year, m))),
        (Some(m), ["early"]) => ((year, m, 1), (year, m, 10)),
        (Some(m), ["mid"]) => ((year, m, 11), (year, m, 20)),
        (Some(m), ["late"]) => ((year, m, 21), (year, m, days_in_month(year, m))),
        (Some(m), [day]) => {
            let d: u32 = day.parse().unwrap_or_else(|_| panic!("{words:?}"));
            ((year, m, d), (year, m, d))
        }
        _ => panic!("a date this test cannot read: {words:?}"),
    }
}

/// Whether a record's date stands in relation `op` to a literal: for every day it can mean,
/// as the top of `src/engine/eval.rs` says. No date, no relation.
fn date_holds(date: Option<facts::Date>, op: &str, literal: &DateLiteral) -> bool {
    let Some(date) = date else {
        return false;
    };
    let (first, last) = interval(&date.to_string());
    let (lit_first, lit_last) = (literal.first, literal.last);
    match op {
        "=" => first >= lit_first && last <= lit_last,
        "!=" => last < lit_first || first > lit_last,
        "<" => last < lit_first,
        ">" => first > lit_last,
        "<=" => last <= lit_last,
        ">=" => first >= lit_first,
        _ => unreachable!("{op}"),
    }
}

/// Substrings of the actors' names in any case, and strings that are likely in none.
fn name_fragment() -> impl Strategy<Value = String> {
    let names: Vec<String> = facts::actors()
        .iter()
        .map(|a| a.name().to_string())
        .collect();
    prop_oneof![
        (
            select(names),
            any::<prop::sample::Index>(),
            0usize..8,
            any::<bool>()
        )
            .prop_map(|(name, start, len, upper)| {
                let chars: Vec<char> = name.chars().collect();
                let start = start.index(chars.len() + 1);
                let end = (start + len).min(chars.len());
                let part: String = chars[start..end].iter().collect();
                if upper { part.to_uppercase() } else { part }
            }),
        "[a-zA-Z -]{0,4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn estimates_by_value_agree_with_a_filter(op in compare_op(), n in number_literal()) {
        let wanted: u64 = n.replace(',', "").parse().unwrap();
        let expected = expected_ids(
            facts::estimates()
                .iter()
                .filter(|e| holds(e.value(), op, wanted))
                .map(|e| e.id().as_str()),
        );
        prop_assert_eq!(answered_ids(&format!("estimates where value {op} {n}"))?, expected);
    }

    #[test]
    fn estimates_by_topic_agree_with_a_filter(
        eq in any::<bool>(),
        word in select(Vocabulary::Topic.words()).prop_flat_map(|w| any_case(w.to_owned())),
    ) {
        let expected = expected_ids(
            facts::estimates()
                .iter()
                .filter(|e| e.topic().word().eq_ignore_ascii_case(&word) == eq)
                .map(|e| e.id().as_str()),
        );
        let op = if eq { "=" } else { "!=" };
        prop_assert_eq!(answered_ids(&format!("estimates where topic {op} {word}"))?, expected);
    }

    #[test]
    fn actors_by_kind_agree_with_a_filter(
        word in select(Vocabulary::ActorKind.words()).prop_flat_map(|w| any_case(w.to_owned())),
    ) {
        let expected = expected_ids(
            facts::actors()
                .iter()
                .filter(|a| a.kind().word().eq_ignore_ascii_case(&word))
                .map(|a| a.id().as_str()),
        );
        prop_assert_eq!(answered_ids(&format!("actors where kind = {word}"))?, expected);
    }

    #[test]
    fn claims_by_status_in_a_list_agree_with_a_filter(
        words in subsequence(Vocabulary::ClaimStatus.words(), 1..=4),
    ) {
        let expected = expected_ids(
            facts::claims()
                .iter()
                .filter(|c| words.contains(&c.status().word()))
                .map(|c| c.id().as_str()),
        );
        let text = format!("claims where status in [{}]", words.join(", "));
        prop_assert_eq!(answered_ids(&text)?, expected);
    }

    #[test]
    fn events_and_claims_by_date_agree_with_the_documented_intervals(
        op in compare_op(),
        literal in date_literal(),
    ) {
        let events = expected_ids(
            facts::events()
                .iter()
                .filter(|e| date_holds(e.date(), op, &literal))
                .map(|e| e.id().as_str()),
        );
        let text = format!("events where date {op} {}", literal.text);
        prop_assert_eq!(answered_ids(&text)?, events, "{}", text);
        let claims = expected_ids(
            facts::claims()
                .iter()
                .filter(|c| date_holds(c.date(), op, &literal))
                .map(|c| c.id().as_str()),
        );
        let text = format!("claims where date {op} {}", literal.text);
        prop_assert_eq!(answered_ids(&text)?, claims, "{}", text);
    }

    #[test]
    fn actors_by_name_fragment_agree_with_a_filter(fragment in name_fragment()) {
        let folded = fragment.to_lowercase();
        let expected = expected_ids(
            facts::actors()
                .iter()
                .filter(|a| a.name().to_lowercase().contains(&folded))
                .map(|a| a.id().as_str()),
        );
        let text = format!("actors where name contains {}", quoted(&fragment));
        prop_assert_eq!(answered_ids(&text)?, expected, "{}", text);
    }

    #[test]
    fn events_by_actor_agree_with_a_filter(id in select(ids(Collection::Actors))) {
        let expected = expected_ids(
            facts::events()
                .iter()
                .filter(|e| e.actors().iter().any(|a| a.id() == id.as_str()))
                .map(|e| e.id().as_str()),
        );
        prop_assert_eq!(answered_ids(&format!("events where actors contains {id}"))?, expected);
    }

    #[test]
    fn references_read_back_agree_with_the_records_that_make_them(
        status in select(Vocabulary::ClaimStatus.words()),
        id in select(ids(Collection::Actors)),
    ) {
        // Read from the claims' side only: which claims each source makes, and whom they name.
        let expected = expected_ids(
            facts::sources()
                .iter()
                .filter(|s| {
                    facts::claims()
                        .iter()
                        .any(|c| c.source() == *s && c.status().word() == status)
                })
                .map(|s| s.id().as_str()),
        );
        let text = format!("sources where claims.status = {status}");
        prop_assert_eq!(answered_ids(&text)?, expected, "{}", text);
        let expected = expected_ids(
            facts::sources()
                .iter()
                .filter(|s| {
                    facts::claims().iter().any(|c| {
                        c.source() == *s && c.about().iter().any(|a| a.id().as_str() == id)
                    })
                })
                .map(|s| s.id().as_str()),
        );
        let text = format!("sources where claims.about contains {id}");
        prop_assert_eq!(answered_ids(&text)?, expected, "{}", text);
        let expected = expected_ids(
            facts::actors()
                .iter()
                .filter(|a| {
                    facts::events()
                        .iter()
                        .any(|e| e.actors().iter().any(|x| x == *a) && e.date().is_some())
                })
                .map(|a| a.id().as_str()),
        );
        let text = "actors where events.date >= 1900";
        prop_assert_eq!(answered_ids(text)?, expected, "{}", text);
    }

    #[test]
    fn paths_through_lists_agree_with_following_every_path(
        steps in 1usize..=5,
        id in select(ids(Collection::Estimates)),
    ) {
        // Every path, one by one: exponential, and so only for short paths.
        fn reaches(from: facts::Estimate<'_>, steps: usize, id: &str) -> bool {
            if steps == 0 {
                return from.id().as_str() == id;
            }
            from.reported_with()
                .iter()
                .any(|next| reaches(next, steps - 1, id))
        }
        let expected = expected_ids(
            facts::estimates()
                .iter()
                .filter(|&e| reaches(e, steps, &id))
                .map(|e| e.id().as_str()),
        );
        let path = vec!["reported_with"; steps].join(".");
        prop_assert_eq!(answered_ids(&format!("estimates where {path}.id = {id}"))?, expected);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. `find` against plain Rust reading every text the documentation says it reads.

/// Text as the language compares it: lower case, typographic quotes as plain ones.
fn folded(text: &str) -> String {
    text.to_lowercase()
        .replace(['’', '‘', '‚', '‛', '′'], "'")
        .replace(['“', '”', '„', '‟', '″'], "\"")
}

/// Whether words hold a sentence's end: a stop, closing quotes, then a blank or a line's end.
fn crosses_a_stop(words: &str) -> bool {
    let chars: Vec<char> = words.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        let mut j = i + 1;
        while chars.get(j).is_some_and(|c| "’”\"')".contains(*c)) {
            j += 1;
        }
        ".?!".contains(*c) && chars.get(j).is_some_and(|c| c.is_whitespace())
    }) || words.contains('\n')
}

/// Words to find: parts of the report's text, and words likely in none of it.
fn report_fragment() -> impl Strategy<Value = String> {
    let text = facts::reports().first().unwrap().text().to_owned();
    prop_oneof![
        4 => (any::<prop::sample::Index>(), 1usize..12, any::<bool>()).prop_map(move |(at, len, upper)| {
            let chars: Vec<char> = text.chars().collect();
            let start = at.index(chars.len());
            let end = (start + len).min(chars.len());
            let part: String = chars[start..end].iter().collect();
            if upper { part.to_uppercase() } else { part }
        }),
        1 => "[a-zA-Z' ]{1,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn find_agrees_with_reading_every_text(words in report_fragment()) {
        let text = format!("find {}", quoted(&words));
        let answer = match facts::query(&text) {
            Err(e) => {
                prop_assert!(words.trim().is_empty(), "{text}: {e}");
                return Ok(());
            }
            Ok(answer) => answer,
        };
        let again = Query::parse(&Query::parse(&text).unwrap().to_string()).unwrap();
        prop_assert_eq!(again.to_string(), Query::parse(&text).unwrap().to_string());
        let found = answer.found().unwrap();
        let wanted = folded(words.trim());
        let holds = |t: &str| folded(t).contains(&wanted);
        let any = |ts: &mut dyn Iterator<Item = &str>| {
            let mut held = false;
            for t in ts {
                held |= holds(t);
            }
            held
        };
        let mut expected: Vec<(&str, String)> = Vec::new();
        for a in facts::actors() {
            if any(&mut [Some(a.name()), a.country(), a.role(), Some(a.quote().text())].into_iter().flatten()) {
                expected.push(("actors", a.id().to_string()));
            }
        }
        for e in facts::events() {
            if any(&mut [Some(e.title()), e.place(), Some(e.quote().text())].into_iter().flatten()) {
                expected.push(("events", e.id().to_string()));
            }
        }
        for e in facts::estimates() {
            let restated = e.restated();
            let mut texts = [e.period(), Some(e.quote().text())]
                .into_iter()
                .flatten()
                .chain(restated.iter().map(|q| q.text()));
            if any(&mut texts) {
                expected.push(("estimates", e.id().to_string()));
            }
        }
        for s in facts::sources() {
            if any(&mut [s.name(), s.quote().text()].into_iter()) {
                expected.push(("sources", s.id().to_string()));
            }
        }
        for c in facts::claims() {
            let restated = c.restated();
            let mut texts = [c.text(), c.quote().text()]
                .into_iter()
                .chain(restated.iter().map(|q| q.text()));
            if any(&mut texts) {
                expected.push(("claims", c.id().to_string()));
            }
        }
        for r in facts::reports() {
            if holds(r.title()) {
                expected.push(("reports", r.id().to_string()));
            }
        }
        let got: Vec<(&str, String)> = found
            .records()
            .iter()
            .map(|hit| (hit.collection().name(), hit.row().id().to_owned()))
            .collect();
        prop_assert_eq!(got, expected, "{}", text);
        // Every sentence holds the words, and every place the words stand in is in one, but
        // where they run from one sentence into the next (a stop, then a blank).
        let stop = crosses_a_stop(&words);
        let report = facts::reports().first().unwrap().text();
        for sentence in found.sentences() {
            prop_assert!(holds(sentence.text()), "{:?}", sentence.text());
            prop_assert_eq!(&report[sentence.range()], sentence.text());
        }
        let chars: Vec<(usize, char)> = report.char_indices().collect();
        let n = wanted.chars().count();
        for (i, &(at, _)) in chars.iter().enumerate() {
            let end = chars.get(i + n).map_or(report.len(), |&(e, _)| e);
            if !stop && i + n <= chars.len() && folded(&report[at..end]) == wanted {
                prop_assert!(
                    found.sentences().iter().any(|s| s.range().contains(&at)),
                    "{} at byte {} is in no sentence found", words, at
                );
            }
        }
    }
}
