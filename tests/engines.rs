//! The SQL the crate writes, on running engines as on SQLite (`tests/sql.rs`): PostgreSQL, a
//! server named by `FACTS_POSTGRES` (a libpq connection string; the tests make a schema of
//! their own in its database and drop it), and DuckDB, the command line at `FACTS_DUCKDB`.
//! `.ci/run` starts the one and finds the other. Each test loads `facts::export`'s script for
//! the engine, runs queries translated by `Query::to_sql(Dialect::Postgres)` through the
//! engine's command line (`psql`, `duckdb`), and compares the rows, in order, with the crate's
//! own answers: every corpus query and thousands of generated ones (the generator of the
//! SQLite tests), text that tries to break out of its quotes, and a generated dataset of
//! 100,000 records loaded from CSV (`COPY`), timed beside SQLite.
//!
//! Without an engine, each of its tests says on stderr that it did not run and why (see it with
//! `cargo test --test engines -- --nocapture`); with `CI=true`, a missing engine fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use facts::export::{self, Format, Loader};
use facts::{Dataset, Dialect, Query};
use serde_json::{Map, Value as Json};

use common::answers::{corpus, expected_rows, same_cell};
use common::{HOSTILE, generated, load_dir, queries, quoted};

// ----- the engines -----

#[derive(Debug, Clone)]
enum Engine {
    Postgres { url: String },
    DuckDb { binary: PathBuf },
}

/// The engine named by its environment variable; `None` after saying why, where it is not
/// set (a failure instead under `CI=true`).
fn engine(postgres: bool, test: &str) -> Option<Engine> {
    let (variable, name) = if postgres {
        ("FACTS_POSTGRES", "PostgreSQL")
    } else {
        ("FACTS_DUCKDB", "DuckDB")
    };
    match std::env::var(variable) {
        Ok(value) if !value.trim().is_empty() => Some(if postgres {
            Engine::Postgres { url: value }
        } else {
            Engine::DuckDb {
                binary: value.into(),
            }
        }),
        _ => {
            let why = format!(
                "{test}: DID NOT RUN: {variable} is not set, so there is no {name} to run on \
                 (.ci/run starts one and sets it; see the README)"
            );
            if std::env::var("CI").is_ok_and(|ci| ci == "true") {
                panic!("{why}; under CI=true every engine must be there");
            }
            eprintln!("{why}");
            None
        }
    }
}

/// A fresh name for a schema or a file: tests run at once, and in several processes.
fn fresh(what: &str) -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    format!(
        "facts_{what}_{}_{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    )
}

/// What a client run printed.
struct Output {
    ok: bool,
    stdout: String,
    stderr: String,
    took: Duration,
}

/// A dataset loaded into an engine: a schema of the PostgreSQL database, or a DuckDB file.
struct Loaded {
    engine: Engine,
    /// The schema, or the database file.
    place: String,
    scratch: PathBuf,
}

impl Drop for Loaded {
    fn drop(&mut self) {
        if let Engine::Postgres { .. } = self.engine {
            let _ = self.client(&format!("DROP SCHEMA {} CASCADE;\n", self.place), None);
        }
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

impl Loaded {
    /// Loads a script (`export::sql`, or a CSV script run in `dir`) into a new schema or file.
    fn new(
        engine: &Engine,
        script: &str,
        dir: Option<&Path>,
    ) -> Result<(Loaded, Duration), String> {
        let place = fresh("test");
        let scratch = std::env::temp_dir().join(&place);
        std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
        let loaded = Loaded {
            engine: engine.clone(),
            place: match engine {
                Engine::Postgres { .. } => place,
                Engine::DuckDb { .. } => scratch.join("facts.duckdb").display().to_string(),
            },
            scratch,
        };
        if let Engine::Postgres { .. } = engine {
            let made = loaded.client(&format!("CREATE SCHEMA {};\n", loaded.place), None)?;
            if !made.ok {
                return Err(format!("PostgreSQL: {}", made.stderr));
            }
        }
        let output = loaded.client(script, dir)?;
        if !output.ok || !output.stderr.trim().is_empty() {
            return Err(format!("the script does not load: {}", output.stderr));
        }
        let took = output.took;
        Ok((loaded, took))
    }

    /// Runs a script through the engine's command line, stopping at the first error, in
    /// `dir` (for the CSV files a loading script names).
    fn client(&self, script: &str, dir: Option<&Path>) -> Result<Output, String> {
        let file = self.scratch.join(fresh("script") + ".sql");
        let mut text = String::new();
        let mut command = match &self.engine {
            Engine::Postgres { url } => {
                text.push_str("\\set ON_ERROR_STOP 1\n");
                text.push_str(&format!("SET search_path TO {};\n", self.place));
                let mut command = Command::new("psql");
                command.args(["-X", "-q", "-A", "-t", "-d", url]);
                command
            }
            Engine::DuckDb { binary } => {
                text.push_str(".bail on\n");
                let mut command = Command::new(binary);
                command.arg(&self.place);
                command
            }
        };
        text.push_str(script);
        std::fs::write(&file, &text).map_err(|e| e.to_string())?;
        if let Some(dir) = dir {
            command.current_dir(dir);
        }
        let input = std::fs::File::open(&file).map_err(|e| e.to_string())?;
        let start = Instant::now();
        let output = command
            .stdin(Stdio::from(input))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| format!("{:?} does not start: {e}", self.engine))?;
        let took = start.elapsed();
        std::fs::remove_file(&file).ok();
        Ok(Output {
            ok: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            took,
        })
    }

    /// Runs statements, each answering rows as JSON objects in the order the engine gives
    /// them, or the engine's error.
    fn rows(&self, statements: &[String]) -> Vec<Result<Vec<Map<String, Json>>, String>> {
        const END: &str = "@@facts-end-of-answer";
        let mut results = Vec::new();
        let mut errors = 0;
        while results.len() < statements.len() {
            let rest = &statements[results.len()..];
            let mut script = String::new();
            if let Engine::DuckDb { .. } = self.engine {
                script.push_str(".mode jsonlines\n");
            }
            for sql in rest {
                match self.engine {
                    // One JSON object a row; ordered as the statement orders, which is not
                    // flattened into the outer query (it has an ORDER BY).
                    Engine::Postgres { .. } => {
                        script.push_str(&format!(
                            "SELECT row_to_json(q) FROM (\n{sql}\n) AS q;\n\\echo {END}\n"
                        ));
                    }
                    Engine::DuckDb { .. } => {
                        script.push_str(&format!("{sql};\n.print {END}\n"));
                    }
                }
            }
            let output = match self.client(&script, None) {
                Ok(output) => output,
                Err(e) => {
                    results.extend(rest.iter().map(|_| Err(e.clone())));
                    break;
                }
            };
            let mut answer = Vec::new();
            let mut bad = None;
            for line in output.stdout.lines() {
                if line == END {
                    results.push(
                        bad.take()
                            .map_or_else(|| Ok(std::mem::take(&mut answer)), Err),
                    );
                    answer.clear();
                    continue;
                }
                if line.is_empty() {
                    continue;
                }
                match serde_json::from_str::<Json>(line) {
                    Ok(Json::Object(row)) => answer.push(row),
                    _ => bad = Some(format!("not a row: {line}")),
                }
            }
            if results.len() < statements.len() {
                // The statement after the last answered failed: the client stopped there.
                let why = if output.stderr.trim().is_empty() {
                    format!(
                        "no answer (exit {})",
                        if output.ok { "0" } else { "non-zero" }
                    )
                } else {
                    output.stderr.trim().to_owned()
                };
                results.push(Err(why));
                errors += 1;
                if errors >= 25 {
                    let stop = "not run: too many errors before it".to_owned();
                    results.resize(statements.len(), Err(stop));
                }
            }
        }
        results
    }

    /// The one value of a statement answering one row of one column.
    fn value(&self, sql: &str) -> Json {
        let mut rows = self.rows(&[sql.to_owned()]);
        let row = rows.remove(0).unwrap_or_else(|e| panic!("{sql}: {e}"));
        assert_eq!(row.len(), 1, "{sql}");
        row[0].values().next().cloned().unwrap_or(Json::Null)
    }
}

// ----- comparing -----

/// Runs every query of `texts` that parses, natively and on the engine, and returns how many
/// ran and a description of each that answered otherwise.
fn compare(loaded: &Loaded, dataset: &Dataset, texts: &[String]) -> (usize, Vec<String>) {
    let parsed: Vec<(&String, Query)> = texts
        .iter()
        .filter_map(|text| Query::parse(text).ok().map(|q| (text, q)))
        .collect();
    let sqls: Vec<String> = parsed
        .iter()
        .map(|(_, q)| q.to_sql(Dialect::Postgres))
        .collect();
    let answers = loaded.rows(&sqls);
    let mut failures = Vec::new();
    for (((text, query), sql), answer) in parsed.iter().zip(&sqls).zip(answers) {
        let native = serde_json::to_value(query.run(dataset)).expect("answers serialize");
        let fail = |why: String| format!("{text}\n--- SQL:\n{sql}\n--- {why}");
        let outcome = answer.map_err(|e| format!("the engine refuses it: {e}")).and_then(|rows| {
            let expected = expected_rows(&native)?;
            if expected.len() != rows.len() {
                return Err(format!(
                    "{} answers natively, {} from the engine\nnative: {native}\nengine: {rows:?}",
                    expected.len(),
                    rows.len()
                ));
            }
            for (i, (want, got)) in expected.iter().zip(&rows).enumerate() {
                for (name, cell) in got {
                    let value = want
                        .get(name)
                        .ok_or_else(|| format!("column `{name}` is not in the answer {native}"))?;
                    if !same_cell(value, cell) {
                        return Err(format!(
                            "answer {i}, `{name}`: {value} natively, {cell} from the engine\nnative: {native}\nengine: {rows:?}"
                        ));
                    }
                }
            }
            Ok(())
        });
        if let Err(why) = outcome {
            failures.push(fail(why));
        }
    }
    (parsed.len(), failures)
}

fn assert_agree(what: &str, (ran, failures): (usize, Vec<String>), at_least: usize) {
    assert!(
        failures.is_empty(),
        "{what}: {} of {ran} queries answer otherwise; the first:\n\n{}",
        failures.len(),
        failures
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    assert!(ran >= at_least, "{what}: only {ran} queries parse");
}

fn script(dataset: &Dataset) -> String {
    let mut out = Vec::new();
    export::sql(dataset, &mut out).expect("the dataset exports");
    String::from_utf8(out).expect("the script is UTF-8")
}

fn load(engine: &Engine, dataset: &Dataset) -> Loaded {
    Loaded::new(engine, &script(dataset), None)
        .unwrap_or_else(|e| panic!("{engine:?}: {e}"))
        .0
}

fn corpus_texts() -> Vec<String> {
    corpus().into_iter().map(|(_, text)| text).collect()
}

// ----- the tests, for each engine -----

fn corpus_and_generated_queries_on_the_embedded_facts(engine: Engine) {
    let dataset = Dataset::builtin();
    let loaded = load(&engine, dataset);
    assert_agree("the corpus", compare(&loaded, dataset, &corpus_texts()), 50);
    let generated = queries::sample(dataset, 2000);
    assert_agree(
        "generated queries",
        compare(&loaded, dataset, &generated),
        1200,
    );
}

fn generated_queries_on_generated_datasets(engine: Engine) {
    for (seed, scale, cases) in [(7, 1, 600), (42, 1, 600), (5, 64, 300)] {
        let dir = generated::write(seed, scale);
        let dataset = load_dir(&dir, &format!("generated dataset {seed}"));
        let loaded = load(&engine, &dataset);
        let mut texts = corpus_texts();
        texts.extend(queries::sample(&dataset, cases));
        assert_agree(
            &format!("generated dataset {seed} at scale {scale}"),
            compare(&loaded, &dataset, &texts),
            cases as usize / 2,
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}

fn hostile_values_survive(engine: Engine) {
    let dir = generated::write(99, 1);
    let dataset = load_dir(&dir, "generated dataset 99");
    let loaded = load(&engine, &dataset);
    let mut texts = Vec::new();
    for value in HOSTILE.iter().chain(generated::TEXTS) {
        texts.extend(queries::hostile_queries(value));
        texts.extend([
            format!("actors where id = {}", quoted(value)),
            format!("find {}", quoted(value)),
        ]);
    }
    let (ran, failures) = compare(&loaded, &dataset, &texts);
    assert_agree("hostile values", (ran, failures), texts.len());
    let matched: usize = texts
        .iter()
        .map(|t| {
            let answer = Query::parse(t).unwrap().run(&dataset);
            answer.rows().map_or(0, <[_]>::len) + answer.groups().map_or(0, <[_]>::len)
        })
        .sum();
    assert!(
        matched > 20,
        "the hostile names matched only {matched} records"
    );

    // Every text is in the tables as it is in the dataset, byte for byte.
    let names = loaded.rows(&["SELECT id, name, role, quote FROM actors ORDER BY pos".into()]);
    let names = names.into_iter().next().unwrap().expect("actors read back");
    assert_eq!(names.len(), dataset.actors().len(), "the table is intact");
    for (row, actor) in names.iter().zip(dataset.actors().iter()) {
        assert_eq!(row["id"], Json::from(actor.id().as_str()));
        assert_eq!(row["name"], Json::from(actor.name()));
        assert_eq!(row["role"], actor.role().map_or(Json::Null, Json::from));
        assert_eq!(row["quote"], Json::from(actor.quote().text()));
    }
    let claims = loaded.rows(&["SELECT text FROM claims ORDER BY pos".into()]);
    let claims = claims
        .into_iter()
        .next()
        .unwrap()
        .expect("claims read back");
    let texts: Vec<&Json> = claims.iter().map(|row| &row["text"]).collect();
    let want: Vec<Json> = dataset
        .claims()
        .iter()
        .map(|c| Json::from(c.text()))
        .collect();
    assert_eq!(texts, want.iter().collect::<Vec<_>>());
    std::fs::remove_dir_all(&dir).ok();
}

/// The records of a dataset: every record of every collection.
fn records(d: &Dataset) -> usize {
    d.reports().len()
        + d.actors().len()
        + d.sources().len()
        + d.events().len()
        + d.estimates().len()
        + d.claims().len()
}

/// Queries over the large dataset: counts and small answers, which every engine answers
/// without a subquery per record of another table.
const AT_SCALE: &[&str] = &[
    "count estimates where topic = casualties and value > 5000",
    "count estimates where source.kind = intelligence",
    "count claims where text contains \"kyiv\" and status != alleged",
    "count events where date >= 2025-02 and not place contains \"ü\"",
    "count estimates where since < 2025 or during = 2025-10",
    "estimates where value > 10,000 order by value desc, id limit 5 select id, value, qualifier, since",
    "claims where status = unconfirmed order by date desc, text limit 7 select id, text, date",
    "estimates group by source.kind order by count desc select key, count",
    "events group by date order by key select key, count",
];

/// The generated dataset at 100,000 records, made once for every test that needs it.
fn at_scale() -> &'static Dataset {
    static AT_SCALE: OnceLock<Dataset> = OnceLock::new();
    AT_SCALE.get_or_init(|| {
        let started = Instant::now();
        let dir = generated::write(3, 5_100);
        let dataset = load_dir(&dir, "generated dataset 3 at 100,000 records");
        std::fs::remove_dir_all(&dir).ok();
        let n = records(&dataset);
        assert!(n >= 100_000, "only {n} records");
        eprintln!(
            "the generated dataset of {n} records: written and loaded in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        dataset
    })
}

/// The generated dataset at 100,000 records, loaded from CSV through `COPY` (the script
/// `export::to_dir` writes beside the files), answers as the crate does; prints how long the
/// load and the count took, beside SQLite loading the SQL script.
fn a_hundred_thousand_records_load_from_csv(engine: Engine) {
    let started = Instant::now();
    let dataset = at_scale();
    let n = records(dataset);
    let dir = std::env::temp_dir().join(fresh("csv"));
    let csv = dir.join("csv");
    export::to_dir(dataset, Format::Csv, &csv).expect("the CSV files are written");
    let loader = match engine {
        Engine::Postgres { .. } => Loader::Psql,
        Engine::DuckDb { .. } => Loader::DuckDb,
    };
    let script = std::fs::read_to_string(csv.join(loader.file_name())).unwrap();
    let (loaded, load) =
        Loaded::new(&engine, &script, Some(&csv)).unwrap_or_else(|e| panic!("{engine:?}: {e}"));
    for table in export::table_names() {
        let mut file = Vec::new();
        export::csv(dataset, table, &mut file).unwrap();
        let count = loaded.value(&format!("SELECT count(*) AS n FROM {table}"));
        assert_eq!(count, Json::from(csv_records(&file) - 1), "{table}");
    }
    let texts: Vec<String> = AT_SCALE.iter().map(|t| t.to_string()).collect();
    assert_agree("at scale", compare(&loaded, dataset, &texts), texts.len());

    // The count: PostgreSQL's client times each statement (best of 3); DuckDB's timer counts
    // whole milliseconds, so its time is the difference between a run of 41 counts and a run
    // of one, over 40.
    let count = Query::parse(AT_SCALE[0]).unwrap().to_sql(Dialect::Postgres);
    let best = match engine {
        Engine::Postgres { .. } => {
            let timed = format!("\\timing on\n{count};\n{count};\n{count};\n");
            let output = loaded.client(&timed, None).unwrap();
            let times: Vec<f64> = output
                .stdout
                .lines()
                .filter_map(|line| {
                    line.strip_prefix("Time: ")?
                        .split_whitespace()
                        .next()?
                        .parse()
                        .ok()
                })
                .collect();
            assert_eq!(times.len(), 3, "{}{}", output.stdout, output.stderr);
            times.iter().copied().fold(f64::INFINITY, f64::min)
        }
        Engine::DuckDb { .. } => {
            let run = |n: usize| {
                let output = loaded
                    .client(&format!("{count};\n").repeat(n), None)
                    .unwrap();
                assert!(output.ok, "{}", output.stderr);
                output.took.as_secs_f64() * 1000.0
            };
            let (one, many) = (
                (0..3).map(|_| run(1)).fold(f64::INFINITY, f64::min),
                run(41),
            );
            (many - one) / 40.0
        }
    };

    eprintln!(
        "{n} records ({} estimates) on {}: load from CSV {:.0} ms (the client's run), `{}` {best:.2} ms; test {:.1} s",
        dataset.estimates().len(),
        match engine {
            Engine::Postgres { .. } => "PostgreSQL",
            Engine::DuckDb { .. } => "DuckDB",
        },
        load.as_secs_f64() * 1000.0,
        AT_SCALE[0],
        started.elapsed().as_secs_f64(),
    );
    drop(loaded);
    std::fs::remove_dir_all(&dir).ok();
}

/// The same dataset in SQLite, from the SQL script, for the same measures; runs where an
/// engine is there to compare with.
#[test]
fn a_hundred_thousand_records_in_sqlite_beside_them() {
    if ["FACTS_POSTGRES", "FACTS_DUCKDB"]
        .iter()
        .all(|v| std::env::var(v).is_err())
    {
        eprintln!(
            "a_hundred_thousand_records_in_sqlite_beside_them: DID NOT RUN: no engine to compare with \
             (neither FACTS_POSTGRES nor FACTS_DUCKDB is set)"
        );
        return;
    }
    let dataset = at_scale();
    let started = Instant::now();
    let db = rusqlite::Connection::open_in_memory().unwrap();
    for chunk in statements(&script(dataset), 1 << 16) {
        db.execute_batch(chunk).unwrap();
    }
    let load = started.elapsed();
    let count = Query::parse(AT_SCALE[0]).unwrap();
    let sql = count.to_sql(Dialect::Sqlite);
    let mut best = Duration::MAX;
    let mut answer = 0;
    for _ in 0..3 {
        let start = Instant::now();
        answer = db.query_row(&sql, [], |row| row.get::<_, i64>(0)).unwrap();
        best = best.min(start.elapsed());
    }
    let native = count.run(dataset);
    assert_eq!(
        serde_json::to_value(&native).unwrap()["count"],
        Json::from(answer)
    );
    eprintln!(
        "{} records on SQLite (this build's): load from the SQL script {:.0} ms, `{}` {:.2} ms (best of 3)",
        records(dataset),
        load.as_secs_f64() * 1000.0,
        AT_SCALE[0],
        best.as_secs_f64() * 1000.0,
    );
}

macro_rules! on_each_engine {
    ($($name:ident),* $(,)?) => {
        mod postgres {
            $(
                #[test]
                fn $name() {
                    if let Some(engine) = super::engine(true, concat!("postgres::", stringify!($name))) {
                        super::$name(engine);
                    }
                }
            )*
        }
        mod duckdb {
            $(
                #[test]
                fn $name() {
                    if let Some(engine) = super::engine(false, concat!("duckdb::", stringify!($name))) {
                        super::$name(engine);
                    }
                }
            )*
        }
    };
}

on_each_engine!(
    corpus_and_generated_queries_on_the_embedded_facts,
    generated_queries_on_generated_datasets,
    hostile_values_survive,
    a_hundred_thousand_records_load_from_csv,
);

/// A SQL script cut into runs of whole statements of about `size` bytes. SQLite copies the
/// rest of the text it is given for each statement it prepares, so a script of many megabytes
/// given at once takes the square of its length to run.
fn statements(script: &str, size: usize) -> Vec<&str> {
    let bytes = script.as_bytes();
    let (mut chunks, mut start, mut at) = (Vec::new(), 0, 0);
    let (mut quoted, mut comment) = (false, false);
    while at < bytes.len() {
        match bytes[at] {
            b'\n' if comment => comment = false,
            _ if comment => {}
            b'\'' => quoted = !quoted,
            b'-' if !quoted && bytes.get(at + 1) == Some(&b'-') => comment = true,
            b';' if !quoted && at + 1 - start >= size => {
                chunks.push(&script[start..=at]);
                start = at + 1;
            }
            _ => {}
        }
        at += 1;
    }
    chunks.push(&script[start..]);
    chunks
}

/// The records of a CSV file (its header included): line ends outside quotes.
fn csv_records(file: &[u8]) -> usize {
    let mut quoted = false;
    let mut records = 0;
    for pair in file.windows(2) {
        match pair {
            [b'"', _] => quoted = !quoted,
            [b'\r', b'\n'] if !quoted => records += 1,
            _ => {}
        }
    }
    records
}

#[test]
fn the_csv_scripts_load_every_table_after_those_it_refers_to() {
    let tables = export::table_names();
    for loader in [Loader::Psql, Loader::DuckDb] {
        let script = export::csv_script(loader);
        let mut at = 0;
        for table in &tables {
            let line = script[at..]
                .find(&format!(" {table} FROM '{table}.csv'"))
                .unwrap_or_else(|| panic!("{loader:?}: {table} is not loaded in order"));
            at += line + 1;
        }
    }
    assert!(export::csv_script(Loader::Psql).contains("affiliation TEXT REFERENCES actors (id)"));
    assert!(!export::csv_script(Loader::DuckDb).contains("affiliation TEXT REFERENCES"));
}
