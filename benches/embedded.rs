//! The embedded facts (five estimates): a query from text to rows, and a prepared query, each
//! beside SQLite in memory holding the same rows and a hand-written Rust filter.
//!
//! `cargo bench --bench embedded` (add `-- --quick` for a fast, rougher run). The ratios to the
//! targets are printed at the end.

#[path = "common/ratios.rs"]
mod ratios;
#[path = "common/sqlite.rs"]
mod sqlite;

use std::hint::black_box;

use criterion::Criterion;
use facts::{Dataset, Estimate, Query, Topic};
use ratios::{Goal, Ratio, Run, bench};

const QUERY: &str = "estimates where topic = casualties";

fn rust_filter(dataset: &Dataset) -> Vec<Estimate<'_>> {
    dataset
        .estimates()
        .iter()
        .filter(|e| e.topic() == Topic::Casualties)
        .collect()
}

fn collect(statement: &mut rusqlite::Statement<'_>) -> Vec<(String, i64)> {
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .expect("the query runs")
        .collect::<Result<_, _>>()
        .expect("the rows read")
}

fn parse_to_rows(c: &mut Criterion) {
    let conn = sqlite::load(Dataset::builtin());
    assert_eq!(facts::query(QUERY).unwrap().rows().unwrap().len(), 3);
    let mut group = c.benchmark_group("parse-to-rows");
    group.bench_function("facts", |b| {
        b.iter(|| facts::query(black_box(QUERY)).expect("the query is valid"))
    });
    group.bench_function("sqlite", |b| {
        b.iter(|| {
            let mut statement = conn.prepare(black_box(sqlite::CASUALTIES)).unwrap();
            collect(&mut statement)
        })
    });
    group.bench_function("rust", |b| {
        b.iter(|| rust_filter(black_box(Dataset::builtin())))
    });
    group.finish();
}

fn prepared(c: &mut Criterion) {
    let conn = sqlite::load(Dataset::builtin());
    let mut statement = conn.prepare(sqlite::CASUALTIES).unwrap();
    assert_eq!(collect(&mut statement).len(), 3);
    let query = Query::parse(QUERY).unwrap();
    let mut group = c.benchmark_group("prepared");
    group.bench_function("facts", |b| {
        b.iter(|| black_box(&query).run(black_box(Dataset::builtin())))
    });
    group.bench_function("sqlite", |b| b.iter(|| collect(&mut statement)));
    group.bench_function("rust", |b| {
        b.iter(|| rust_filter(black_box(Dataset::builtin())))
    });
    group.finish();
}

fn main() {
    let (mut c, run) = Run::start();
    parse_to_rows(&mut c);
    prepared(&mut c);
    c.final_summary();
    run.print(&[
        Ratio {
            what: "query text to rows / SQLite prepare + run".into(),
            top: bench("parse-to-rows", "facts"),
            bottom: bench("parse-to-rows", "sqlite"),
            goal: Goal::AtMost(0.5),
        },
        Ratio {
            what: "prepared query / SQLite cached statement".into(),
            top: bench("prepared", "facts"),
            bottom: bench("prepared", "sqlite"),
            goal: Goal::AtMost(0.25),
        },
        Ratio {
            what: "prepared query / Rust filter".into(),
            top: bench("prepared", "facts"),
            bottom: bench("prepared", "rust"),
            goal: Goal::AtMost(10.0),
        },
    ]);
}
