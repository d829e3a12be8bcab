//! Facts at scale: generates N synthetic estimates (default 1,000,000), loads them from JSON
//! Lines, and measures loading, memory and queries beside SQLite in memory and hand-written
//! Rust loops over the same records.
//!
//! ```sh
//! cargo run --release --example scale            # a million estimates
//! cargo run --release --example scale -- 100000
//! ```
//!
//! Memory is the growth of the resident set while loading, each side measured in a fresh
//! process of this program so that neither reuses memory the other freed.

#[path = "../benches/common/generate.rs"]
mod generate;
#[path = "../benches/common/sqlite.rs"]
mod sqlite;
#[path = "support/mod.rs"]
mod support;

use std::hint::black_box;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use facts::{Dataset, Measure, Qualifier, Query, SourceKind, Topic};
use support::cli::{Cli, Flag, Takes};

const CLI: Cli = Cli {
    name: "scale",
    about: "Facts at scale: load N synthetic estimates and time queries beside SQLite and \
            hand-written loops.",
    operands: "[ESTIMATES]",
    flags: &[&[Flag {
        name: "--memory",
        value: Takes::Value("SIDE"),
        help: "measure the memory of one side (facts or sqlite); scale runs itself so",
    }]],
    more: "ESTIMATES defaults to 1,000,000; `_` and `,` may group its digits.\n",
};

fn main() -> ExitCode {
    let matches = match CLI.args() {
        Ok(matches) => matches,
        Err(code) => return code,
    };
    let n = match matches.operands.as_slice() {
        [] => Ok(1_000_000),
        [n] => n
            .replace(['_', ','], "")
            .parse::<usize>()
            .map_err(|_| n.clone()),
        [_, extra, ..] => Err(extra.clone()),
    };
    let n = match n {
        Ok(n) => n,
        Err(bad) => {
            eprintln!("unexpected argument `{bad}`\n{}\nsee --help", CLI.usage());
            return ExitCode::from(2);
        }
    };
    let result = match matches.value("--memory") {
        // The measuring child: how much one side's data takes, as two numbers.
        Some(side) => memory_child(side, n),
        None => run(n),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("scale: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(n: usize) -> Result<(), String> {
    if n == 0 {
        return Err("give at least one estimate".into());
    }
    let spec = generate::Spec::new(n);
    println!(
        "{} estimates in {} synthetic reports, {} records in all\n",
        grouped(n as u64),
        spec.reports(),
        grouped(spec.records() as u64)
    );

    let lines = generate_lines(&spec);
    let started = Instant::now();
    let dataset = load(&lines)?;
    let facts_load = started.elapsed();
    status("inserting into SQLite");
    let started = Instant::now();
    let plain = sqlite::load(&dataset);
    let sqlite_load = started.elapsed();
    let indexed = sqlite::load(&dataset);
    indexed
        .execute_batch(sqlite::COVERING_INDEX)
        .map_err(|e| e.to_string())?;

    status("measuring memory");
    let facts_memory = measure_memory("facts", n)?;
    let sqlite_memory = measure_memory("sqlite", n)?;
    status("");

    println!(
        "| loading {} records | time | memory (resident growth) |",
        grouped(spec.records() as u64)
    );
    println!("| --- | ---: | ---: |");
    println!(
        "| facts, from JSON Lines ({} MB), checked | {} | {} MB |",
        lines.len() / 1_000_000,
        seconds(facts_load),
        facts_memory.0 / 1_000_000
    );
    println!(
        "| SQLite in memory, inserting the records | {} | {} MB (its pages: {} MB) |",
        seconds(sqlite_load),
        sqlite_memory.0 / 1_000_000,
        sqlite_memory.1 / 1_000_000
    );
    println!(
        "| facts / SQLite | {:.2} | {:.2} |\n",
        facts_load.as_secs_f64() / sqlite_load.as_secs_f64(),
        facts_memory.0 as f64 / sqlite_memory.0 as f64
    );

    println!(
        "| query, over {} estimates | facts | Rust loop | SQLite | SQLite, covering index | facts / Rust | SQLite / facts |",
        grouped(n as u64)
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    // The hasher the crate itself uses: with std's default the loop takes twice as long.
    let queries: Vec<Comparison<'_>> = vec![
        Comparison {
            facts: "count estimates where topic = casualties and value > 50000",
            rust: Box::new(|d| {
                d.estimates()
                    .iter()
                    .filter(|e| e.topic() == Topic::Casualties && e.value() > 50_000)
                    .count()
            }),
            sql: sqlite::COUNT.to_owned(),
        },
        Comparison {
            facts: "count estimates where measure = wounded",
            rust: Box::new(|d| {
                d.estimates()
                    .iter()
                    .filter(|e| e.measure() == Measure::Wounded)
                    .count()
            }),
            sql: "SELECT count(*) FROM estimates WHERE measure = 'wounded'".into(),
        },
        Comparison {
            facts: "estimates where qualifier = at_most and value >= 990000",
            rust: Box::new(|d| {
                d.estimates()
                    .iter()
                    .filter(|e| e.qualifier() == Qualifier::AtMost && e.value() >= 990_000)
                    .collect::<Vec<_>>()
                    .len()
            }),
            sql: "SELECT * FROM estimates WHERE qualifier = 'at_most' AND value >= 990000".into(),
        },
        Comparison {
            facts: "count estimates where source.kind = intelligence",
            rust: Box::new(|d| {
                d.estimates()
                    .iter()
                    .filter(|e| e.source().kind() == SourceKind::Intelligence)
                    .count()
            }),
            sql: "SELECT count(*) FROM estimates JOIN sources ON estimates.source = sources.id \
                  WHERE sources.kind = 'intelligence'"
                .into(),
        },
    ];
    for q in &queries {
        let query = Query::parse(q.facts).map_err(|e| e.to_string())?;
        let answer = |d: &Dataset| {
            let answer = query.run(d);
            answer
                .count()
                .unwrap_or_else(|| answer.rows().map_or(0, <[_]>::len))
        };
        let expected = (q.rust)(&dataset);
        let rows = |conn: &rusqlite::Connection| -> usize {
            let mut statement = conn.prepare_cached(&q.sql).expect("the SQL is valid");
            if q.sql.starts_with("SELECT count") {
                statement.query_row([], |r| r.get::<_, i64>(0)).unwrap() as usize
            } else {
                // Every column, as the facts engine hands back whole records.
                let columns = statement.column_count();
                let mut rows = statement.query([]).unwrap();
                let mut n = 0;
                while let Some(row) = rows.next().unwrap() {
                    for c in 0..columns {
                        black_box(row.get_ref(c).unwrap());
                    }
                    n += 1;
                }
                n
            }
        };
        for (who, got) in [
            ("facts", answer(&dataset)),
            ("SQLite", rows(&plain)),
            ("SQLite with index", rows(&indexed)),
        ] {
            if got != expected {
                return Err(format!(
                    "{who} answers {got} to `{}`, not {expected}",
                    q.facts
                ));
            }
        }
        let facts = median(|| answer(&dataset));
        let rust = median(|| (q.rust)(&dataset));
        let sql = median(|| rows(&plain));
        let sql_index = median(|| rows(&indexed));
        println!(
            "| `{}` ({} found) | {} | {} | {} | {} | {:.2} | {:.2} |",
            q.facts,
            grouped(expected as u64),
            millis(facts),
            millis(rust),
            millis(sql),
            millis(sql_index),
            facts.as_secs_f64() / rust.as_secs_f64(),
            sql.as_secs_f64() / facts.as_secs_f64(),
        );
    }

    // Linear: the same question over a tenth of the records, per row.
    if n >= 10 {
        let tenth = load(&generate_lines(&generate::Spec::new(n / 10)))?;
        let query = Query::parse(queries[0].facts).map_err(|e| e.to_string())?;
        let per_row = |d: &Dataset| {
            median(|| query.run(d).count()).as_secs_f64() * 1e9 / d.estimates().len() as f64
        };
        let (large, small) = (per_row(&dataset), per_row(&tenth));
        println!(
            "\n`{}`: {large:.1} ns a row over {}, {small:.1} ns over {}: {:.2}x",
            queries[0].facts,
            grouped(n as u64),
            grouped((n / 10) as u64),
            large / small
        );
    }
    Ok(())
}

/// One question asked three ways.
struct Comparison<'a> {
    facts: &'static str,
    rust: Box<dyn Fn(&Dataset) -> usize + 'a>,
    sql: String,
}

/// The median of a few runs, as many as fit in about half a second (at least five).
fn median<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 5 || (started.elapsed() < Duration::from_millis(500) && times.len() < 1000)
    {
        let t = Instant::now();
        black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn generate_lines(spec: &generate::Spec) -> Vec<u8> {
    let mut progress = Progress::new("generating", spec.estimates);
    let mut lines = Vec::new();
    generate::write_jsonl(spec, &mut lines, |done| progress.show(done))
        .expect("writing to memory cannot fail");
    progress.done();
    lines
}

fn load(lines: &[u8]) -> Result<Dataset, String> {
    let reader = ProgressReader {
        lines,
        at: 0,
        progress: Progress::new("loading", lines.len()),
    };
    let loaded = Dataset::from_jsonl_reader(reader, "generated.jsonl");
    Progress::new("", 0).done();
    loaded.map_err(|errors| {
        errors
            .iter()
            .take(10)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Runs this program to measure one side's memory: (resident growth, the side's own count).
fn measure_memory(side: &str, n: usize) -> Result<(u64, u64), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = Command::new(exe)
        .args(["--memory", side, &n.to_string()])
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&output.stdout);
    let numbers: Vec<u64> = text
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    match numbers[..] {
        [before, after, own] if output.status.success() => Ok((after.saturating_sub(before), own)),
        _ => Err(format!(
            "measuring {side} memory failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )),
    }
}

fn memory_child(side: &str, n: usize) -> Result<(), String> {
    let lines = generate::jsonl(&generate::Spec::new(n));
    let (before, after, own) = match side {
        "facts" => {
            let before = resident()?;
            let dataset = Dataset::from_jsonl_reader(&lines[..], "generated.jsonl")
                .map_err(|_| "the generated data does not load")?;
            let after = resident()?;
            black_box(&dataset);
            (before, after, 0)
        }
        "sqlite" => {
            let dataset = Dataset::from_jsonl_reader(&lines[..], "generated.jsonl")
                .map_err(|_| "the generated data does not load")?;
            drop(lines);
            let before = resident()?;
            let conn = sqlite::load(&dataset);
            let after = resident()?;
            (before, after, sqlite::size(&conn))
        }
        other => return Err(format!("--memory takes facts or sqlite, not `{other}`")),
    };
    println!("{before} {after} {own}");
    Ok(())
}

/// The resident set size in bytes: pages from /proc/self/statm, times the page size the
/// kernel gave this process (AT_PAGESZ in /proc/self/auxv).
fn resident() -> Result<u64, String> {
    let statm = std::fs::read_to_string("/proc/self/statm")
        .map_err(|e| format!("memory is measured on Linux only: {e}"))?;
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .ok_or("unexpected /proc/self/statm")?;
    let auxv = std::fs::read("/proc/self/auxv").map_err(|e| e.to_string())?;
    const AT_PAGESZ: u64 = 6;
    let page = auxv
        .chunks_exact(16)
        .map(|pair| {
            let word = |b: &[u8]| u64::from_ne_bytes(b.try_into().expect("eight bytes"));
            (word(&pair[..8]), word(&pair[8..]))
        })
        .find(|&(key, _)| key == AT_PAGESZ)
        .map_or(4096, |(_, value)| value);
    Ok(pages * page)
}

/// What is being done, on stderr when it is a terminal; empty to clear it.
fn status(what: &str) {
    if io::stderr().is_terminal() {
        eprint!("\r{:60}\r{what}", "");
    }
}

/// A bar on stderr, drawn only when stderr is a terminal.
struct Progress {
    label: &'static str,
    total: usize,
    shown: Option<usize>,
    on: bool,
}

impl Progress {
    const WIDTH: usize = 40;

    fn new(label: &'static str, total: usize) -> Progress {
        Progress {
            label,
            total: total.max(1),
            shown: None,
            on: io::stderr().is_terminal(),
        }
    }

    fn show(&mut self, done: usize) {
        let filled = done.min(self.total) * Progress::WIDTH / self.total;
        if !self.on || self.shown == Some(filled) {
            return;
        }
        self.shown = Some(filled);
        let mut err = io::stderr().lock();
        let _ = write!(
            err,
            "\r{:<11}[{}{}] {:>3}%",
            self.label,
            "#".repeat(filled),
            " ".repeat(Progress::WIDTH - filled),
            done.min(self.total) * 100 / self.total
        );
        let _ = err.flush();
    }

    /// Clears the line.
    fn done(&self) {
        if self.on {
            eprint!("\r{:60}\r", "");
        }
    }
}

/// The generated lines, read with a progress bar.
struct ProgressReader<'a> {
    lines: &'a [u8],
    at: usize,
    progress: Progress,
}

impl Read for ProgressReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = (&self.lines[self.at..]).read(buf)?;
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for ProgressReader<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        Ok(&self.lines[self.at..])
    }

    fn consume(&mut self, n: usize) {
        self.at += n;
        self.progress.show(self.at);
    }
}

/// `10000` as `10,000`, as the report writes figures (and as the crate's tables show them).
fn grouped(n: u64) -> String {
    facts::Value::Number(n).to_string()
}

fn seconds(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn millis(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms >= 1.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.1} us", ms * 1e3)
    }
}
