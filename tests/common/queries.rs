//! Queries generated from the schema, with values drawn from a dataset (its ids, texts,
//! figures and the edges of its dates) and values it does not hold: the queries the
//! differential tests run on the crate and on each SQL engine.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;

use facts::{Collection, Dataset, Date, Day, Field, FieldType};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use super::quoted;

/// What generated queries draw their values from: the ids, texts and figures of a dataset,
/// and values it does not hold.
pub struct Pools {
    pub ids: HashMap<&'static str, Vec<String>>,
    pub texts: Vec<String>,
    pub numbers: Vec<u64>,
    /// Date literals at and around the edges of the dataset's dates: where a wrong interval
    /// test would answer differently.
    pub dates: Vec<String>,
}

/// The literals of a date's year, its months, its first and last days and the days just
/// outside them.
pub fn date_literals(date: &Date, out: &mut Vec<String>) {
    let (first, last) = (date.earliest(), date.latest());
    let day = |d: Day| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    let before = if first.day() > 1 {
        Day::new(first.year(), first.month(), first.day() - 1)
    } else if first.month() > 1 {
        (28..=31)
            .rev()
            .find_map(|d| Day::new(first.year(), first.month() - 1, d))
    } else {
        Day::new(first.year() - 1, 12, 31)
    };
    let after = Day::new(last.year(), last.month(), last.day() + 1)
        .or_else(|| Day::new(last.year(), last.month() + 1, 1))
        .or_else(|| Day::new(last.year() + 1, 1, 1));
    out.push(first.year().to_string());
    out.push(format!("{:04}-{:02}", first.year(), first.month()));
    out.push(format!("{:04}-{:02}", last.year(), last.month()));
    out.extend(
        [Some(first), Some(last), before, after]
            .into_iter()
            .flatten()
            .map(day),
    );
}

impl Pools {
    pub fn of(dataset: &Dataset) -> Pools {
        let mut ids: HashMap<&'static str, Vec<String>> = HashMap::new();
        let mut texts: Vec<String> = Vec::new();
        let mut add = |collection: Collection, id: &str, words: &[Option<&str>]| {
            ids.entry(collection.name())
                .or_default()
                .push(id.to_owned());
            texts.extend(words.iter().flatten().map(|w| w.to_string()));
        };
        for a in dataset.actors() {
            add(
                Collection::Actors,
                a.id().as_str(),
                &[Some(a.name()), a.role(), Some(a.quote().text())],
            );
        }
        let mut dates = Vec::new();
        let all_dates = dataset.events().iter().map(|e| e.date()).chain(
            dataset
                .estimates()
                .iter()
                .flat_map(|e| [e.since(), e.during()]),
        );
        for date in all_dates
            .chain(dataset.claims().iter().map(|c| c.date()))
            .chain(
                dataset
                    .reports()
                    .iter()
                    .map(|r| Some(facts::Date::year(r.year()))),
            )
            .flatten()
        {
            date_literals(&date, &mut dates);
        }
        dates.sort();
        dates.dedup();
        for e in dataset.events() {
            add(
                Collection::Events,
                e.id().as_str(),
                &[Some(e.title()), e.place()],
            );
        }
        for e in dataset.estimates() {
            add(
                Collection::Estimates,
                e.id().as_str(),
                &[e.period(), Some(e.quote().text())],
            );
        }
        for s in dataset.sources() {
            add(Collection::Sources, s.id().as_str(), &[Some(s.name())]);
        }
        for c in dataset.claims() {
            add(Collection::Claims, c.id().as_str(), &[Some(c.text())]);
        }
        for r in dataset.reports() {
            add(Collection::Reports, r.id().as_str(), &[Some(r.title())]);
        }
        for list in ids.values_mut() {
            list.push("no-such-record".into());
        }
        texts.extend(
            [
                "", "'", "\"", ";", "--", "\\", "%", "_", "é", "KOREA", "yu", "ß", "한국",
            ]
            .map(String::from),
        );
        let mut numbers: Vec<u64> = dataset.estimates().iter().map(|e| e.value()).collect();
        numbers.extend([0, 1, 599, 600, 601, 4_000, 9_999, 10_001, 20_000, u64::MAX]);
        Pools {
            ids,
            texts,
            numbers,
            dates,
        }
    }
}

/// Part of a text, cut at characters `a` and `b` (taken modulo its length).
pub fn cut(text: &str, a: usize, b: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    let (a, b) = (a % chars.len(), b % (chars.len() + 1));
    let (from, to) = (a.min(b), a.max(b));
    chars[from..to].iter().collect()
}

/// A path from `collection`: a field, then perhaps fields of what it refers to.
pub fn path(collection: Collection, depth: u32) -> BoxedStrategy<Vec<&'static Field>> {
    let fields = collection.fields();
    (0..fields.len())
        .prop_flat_map(move |i| {
            let field = &fields[i];
            match field.ty {
                FieldType::Ref(target) | FieldType::List(target) if depth > 0 => prop_oneof![
                    2 => Just(vec![field]),
                    1 => path(target, depth - 1).prop_map(move |mut rest| {
                        rest.insert(0, field);
                        rest
                    }),
                ]
                .boxed(),
                _ => Just(vec![field]).boxed(),
            }
        })
        .boxed()
}

pub fn path_text(path: &[&Field]) -> String {
    path.iter().map(|f| f.name).collect::<Vec<_>>().join(".")
}

/// A literal of the type of `ty`, from the pools.
pub fn literal(ty: FieldType, pools: &Rc<Pools>, contains: bool) -> BoxedStrategy<String> {
    match ty {
        FieldType::Text | FieldType::Texts => {
            let texts = pools.texts.clone();
            (
                prop::sample::select(texts),
                0..4usize,
                any::<usize>(),
                any::<usize>(),
            )
                .prop_map(move |(text, case, a, b)| {
                    let text = if contains { cut(&text, a, b) } else { text };
                    let text = match case {
                        0 => text.to_uppercase(),
                        1 => text.to_lowercase(),
                        _ => text,
                    };
                    quoted(&text)
                })
                .boxed()
        }
        FieldType::Id | FieldType::Ref(_) | FieldType::List(_) => {
            let target = match ty {
                FieldType::Ref(c) | FieldType::List(c) => c,
                _ => Collection::Actors,
            };
            let ids = pools.ids.get(target.name()).cloned().unwrap_or_default();
            (
                prop::sample::select(ids),
                0..4usize,
                any::<usize>(),
                any::<usize>(),
            )
                .prop_map(move |(id, case, a, b)| {
                    let id = if contains && ty == FieldType::Id {
                        cut(&id, a, b)
                    } else {
                        id
                    };
                    match case {
                        0 => quoted(&id.to_uppercase()),
                        1 if id.starts_with(|c: char| c.is_ascii_alphabetic()) => id,
                        _ => quoted(&id),
                    }
                })
                .boxed()
        }
        FieldType::Number => {
            let numbers = pools.numbers.clone();
            prop_oneof![
                prop::sample::select(numbers).prop_map(|n| n.to_string()),
                (0u64..30_000).prop_map(|n| n.to_string()),
                Just("10,000".to_owned()),
            ]
            .boxed()
        }
        FieldType::Bool => prop_oneof![Just("true".to_owned()), Just("FALSE".to_owned())].boxed(),
        FieldType::Date => prop_oneof![
            3 => prop::sample::select(pools.dates.clone()),
            1 => (2023u32..2027, 0u32..13, 0u32..32).prop_map(|(year, month, day)| {
                match (month, day) {
                    (0, _) => format!("{year}"),
                    (m, 0) | (m, 29..) => format!("{year}-{m:02}"),
                    (m, d) => format!("{year}-{m:02}-{d:02}"),
                }
            }),
        ]
        .boxed(),
        FieldType::Enum(vocabulary) => (prop::sample::select(vocabulary.words()), any::<bool>())
            .prop_map(|(word, upper)| {
                if upper {
                    word.to_uppercase()
                } else {
                    word.to_owned()
                }
            })
            .boxed(),
    }
}

/// A test on a path: an operator its type takes (mostly), and values.
pub fn test(collection: Collection, pools: Rc<Pools>) -> BoxedStrategy<String> {
    path(collection, 2)
        .prop_flat_map(move |path| {
            let ty = path.last().expect("a path has a field").ty;
            let ops: &[&str] = match ty {
                FieldType::Id | FieldType::Text => &["=", "!=", "in", "contains"],
                FieldType::Number | FieldType::Date => &["=", "!=", "<", "<=", ">", ">=", "in"],
                FieldType::Bool | FieldType::Enum(_) | FieldType::Ref(_) => &["=", "!=", "in"],
                FieldType::List(_) | FieldType::Texts => &["contains"],
            };
            let path = path_text(&path);
            let pools = pools.clone();
            prop::sample::select(ops).prop_flat_map(move |op| {
                let path = path.clone();
                let values = prop::collection::vec(literal(ty, &pools, op == "contains"), 1..4);
                values.prop_map(move |values| match op {
                    "in" => format!("{path} in [{}]", values.join(", ")),
                    op => format!("{path} {op} {}", values[0]),
                })
            })
        })
        .boxed()
}

pub fn condition(collection: Collection, pools: Rc<Pools>) -> BoxedStrategy<String> {
    let single = test(collection, pools);
    let nested = single.clone().prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|c| format!("not ({c})")),
            prop::collection::vec(inner.clone(), 2..4)
                .prop_map(|cs| format!("({})", cs.join(") and ("))),
            prop::collection::vec(inner, 2..4).prop_map(|cs| format!("({})", cs.join(") or ("))),
        ]
    });
    // Mostly one test, or two: a long chain answers all or nothing and proves little.
    prop_oneof![2 => single, 2 => nested].boxed()
}

/// A whole query: counted, listed (ordered, limited, selected) or grouped, or a `find`.
pub fn query(pools: Rc<Pools>) -> BoxedStrategy<String> {
    let texts = pools.texts.clone();
    let find = (
        prop::sample::select(texts),
        any::<usize>(),
        any::<usize>(),
        0..3usize,
    )
        .prop_map(|(text, a, b, case)| {
            let words = cut(&text, a, b);
            let words = match case {
                0 => words.to_uppercase(),
                1 => words.to_lowercase(),
                _ => words,
            };
            format!("find {}", quoted(&words))
        });
    prop_oneof![12 => one_collection(pools), 1 => find].boxed()
}

/// A query of one collection: counted, listed (ordered, limited, selected) or grouped.
pub fn one_collection(pools: Rc<Pools>) -> BoxedStrategy<String> {
    prop::sample::select(Collection::ALL.to_vec())
        .prop_flat_map(move |collection| {
            let name = collection.name();
            let filter = prop::option::of(condition(collection, pools.clone()));
            let key = (path(collection, 2), any::<bool>()).prop_map(|(p, desc)| {
                format!("{}{}", path_text(&p), if desc { " desc" } else { "" })
            });
            let group_columns: &'static [&'static str] = if collection == Collection::Estimates {
                &["key", "count", "sources"]
            } else {
                &["key", "count"]
            };
            let group_key = (prop::sample::select(group_columns), any::<bool>())
                .prop_map(|(c, desc)| format!("{c}{}", if desc { " desc" } else { "" }));
            let limit = prop::option::of(0usize..6);
            prop_oneof![
                1 => filter.clone().prop_map(move |f| match f {
                    Some(f) => format!("count {name} where {f}"),
                    None => format!("count {name}"),
                }),
                4 => (
                    filter.clone(),
                    prop::collection::vec(key, 0..3),
                    limit.clone(),
                    prop::collection::vec(path(collection, 2), 0..4),
                )
                    .prop_map(move |(f, keys, limit, select)| {
                        let mut q = name.to_owned();
                        if let Some(f) = f {
                            write!(q, " where {f}").unwrap();
                        }
                        if !keys.is_empty() {
                            write!(q, " order by {}", keys.join(", ")).unwrap();
                        }
                        if let Some(n) = limit {
                            write!(q, " limit {n}").unwrap();
                        }
                        if !select.is_empty() {
                            let paths: Vec<String> = select.iter().map(|p| path_text(p)).collect();
                            write!(q, " select {}", paths.join(", ")).unwrap();
                        }
                        q
                    }),
                2 => (
                    filter,
                    path(collection, 2),
                    prop::collection::vec(group_key, 0..3),
                    limit,
                    prop::collection::vec(prop::sample::select(group_columns), 0..3),
                )
                    .prop_map(move |(f, by, keys, limit, select)| {
                        let mut q = name.to_owned();
                        if let Some(f) = f {
                            write!(q, " where {f}").unwrap();
                        }
                        write!(q, " group by {}", path_text(&by)).unwrap();
                        if !keys.is_empty() {
                            write!(q, " order by {}", keys.join(", ")).unwrap();
                        }
                        if let Some(n) = limit {
                            write!(q, " limit {n}").unwrap();
                        }
                        if !select.is_empty() {
                            write!(q, " select {}", select.join(", ")).unwrap();
                        }
                        q
                    }),
            ]
        })
        .boxed()
}

/// `cases` queries generated for `dataset` (a new sample each run, as proptest draws them).
pub fn sample(dataset: &Dataset, cases: u32) -> Vec<String> {
    let pools = Rc::new(Pools::of(dataset));
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let found = std::cell::RefCell::new(Vec::new());
    runner
        .run(&query(pools), |text| {
            found.borrow_mut().push(text);
            Ok(())
        })
        .expect("collecting never fails");
    found.into_inner()
}

/// Queries that carry a hostile text as a literal in every place one can stand: compared
/// whole, as a substring, negated, in a list, cut short, and as a group's key.
pub fn hostile_queries(value: &str) -> Vec<String> {
    vec![
        format!("actors where name = {}", quoted(value)),
        format!("actors where name contains {}", quoted(value)),
        format!("actors where not role = {}", quoted(value)),
        format!(
            "events where title in [{}, {}]",
            quoted(value),
            quoted(&value.to_uppercase())
        ),
        format!(
            "claims where text contains {} select id, text",
            quoted(&cut(value, 1, 4))
        ),
        format!(
            "estimates where source.name = {} group by source.name",
            quoted(value)
        ),
    ]
}
