//! Generated estimates loaded at run time: a count over 100,000 and 1,000,000 of them beside
//! a hand-written Rust loop over the same records and SQLite in memory (without an index, and
//! with a covering one), and loading the million from JSON Lines beside SQLite inserting them.
//!
//! `cargo bench --bench scale` (a few minutes; `-- --quick` is faster and rougher).
//! `FACTS_BENCH_ROWS=200000` changes the larger size. The ratios to the targets are printed at
//! the end; memory is measured by `cargo run --release --example scale`.

#[path = "common/generate.rs"]
mod generate;
#[path = "common/ratios.rs"]
mod ratios;
#[path = "common/sqlite.rs"]
mod sqlite;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, SamplingMode, Throughput};
use facts::{Dataset, Query, Topic};
use ratios::{Bench, Goal, Ratio, Run};

const COUNT: &str = "count estimates where topic = casualties and value > 50000";

fn rust_loop(dataset: &Dataset) -> usize {
    dataset
        .estimates()
        .iter()
        .filter(|e| e.topic() == Topic::Casualties && e.value() > 50_000)
        .count()
}

fn name(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn count(c: &mut Criterion, rows: usize, lines: &[u8]) {
    let dataset =
        Dataset::from_jsonl_reader(lines, "generated.jsonl").expect("generated data is valid");
    let plain = sqlite::load(&dataset);
    let indexed = sqlite::load(&dataset);
    indexed.execute_batch(sqlite::COVERING_INDEX).unwrap();
    let query = Query::parse(COUNT).unwrap();
    let expected = rust_loop(&dataset);
    assert_eq!(query.run(&dataset).count(), Some(expected));
    assert_eq!(sqlite::count(&plain), expected);
    assert_eq!(sqlite::count(&indexed), expected);

    let mut group = c.benchmark_group(format!("count-{rows}"));
    group.throughput(Throughput::Elements(rows as u64));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("facts", |b| {
        b.iter(|| black_box(&query).run(&dataset).count())
    });
    group.bench_function("rust", |b| b.iter(|| rust_loop(black_box(&dataset))));
    group.bench_function("sqlite", |b| b.iter(|| sqlite::count(&plain)));
    group.bench_function("sqlite-index", |b| b.iter(|| sqlite::count(&indexed)));
    group.finish();
}

fn load(c: &mut Criterion, rows: usize, lines: &[u8]) {
    let dataset = Dataset::from_jsonl_reader(lines, "generated.jsonl").unwrap();
    let mut group = c.benchmark_group(format!("load-{rows}"));
    group.throughput(Throughput::Elements(rows as u64));
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(10));
    // Dropping a million records is not loading them: both drop after the clock stops.
    group.bench_function("facts", |b| {
        b.iter_batched(
            || (),
            |()| Dataset::from_jsonl_reader(black_box(lines), "generated.jsonl").unwrap(),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("sqlite", |b| {
        b.iter_batched(
            sqlite::empty,
            |mut conn| {
                sqlite::insert(&mut conn, black_box(&dataset)).unwrap();
                conn
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn main() {
    let large: usize = std::env::var("FACTS_BENCH_ROWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let small = large / 10;
    let (mut c, run) = Run::start();
    for rows in [small, large] {
        let lines = generate::jsonl(&generate::Spec::new(rows));
        count(&mut c, rows, &lines);
        if rows == large {
            load(&mut c, rows, &lines);
        }
    }
    c.final_summary();

    let at = |group: String, name: &'static str, rows: usize| Bench {
        group: self::name(group),
        name,
        rows: rows as u64,
    };
    let count = |rows: usize, name| at(format!("count-{rows}"), name, 1);
    run.print(&[
        Ratio {
            what: format!("count over {large} / Rust loop"),
            top: count(large, "facts"),
            bottom: count(large, "rust"),
            goal: Goal::AtMost(1.5),
        },
        Ratio {
            what: format!("SQLite without index / count over {large}"),
            top: count(large, "sqlite"),
            bottom: count(large, "facts"),
            goal: Goal::AtLeast(3.0),
        },
        Ratio {
            what: format!("SQLite covering index / count over {large}"),
            top: count(large, "sqlite-index"),
            bottom: count(large, "facts"),
            goal: Goal::None,
        },
        Ratio {
            what: format!("count, ns per row at {large} / at {small}"),
            top: at(format!("count-{large}"), "facts", large),
            bottom: at(format!("count-{small}"), "facts", small),
            goal: Goal::AtMost(1.5),
        },
        Ratio {
            what: format!("count over {small} / Rust loop"),
            top: count(small, "facts"),
            bottom: count(small, "rust"),
            goal: Goal::AtMost(1.5),
        },
        Ratio {
            what: format!("SQLite without index / count over {small}"),
            top: count(small, "sqlite"),
            bottom: count(small, "facts"),
            goal: Goal::AtLeast(3.0),
        },
        Ratio {
            what: format!("load {large} from JSON Lines / SQLite inserting them"),
            top: at(format!("load-{large}"), "facts", 1),
            bottom: at(format!("load-{large}"), "sqlite", 1),
            goal: Goal::AtMost(1.0),
        },
    ]);
}
