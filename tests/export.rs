//! The export: the SQL script runs in SQLite and holds every record, every list item and every
//! quote exactly; the CSV files hold the same tables, quoted as RFC 4180 says; JSON Lines read
//! back to an equal dataset.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use facts::export::{self, Format};
use facts::{Dataset, Date};
use rusqlite::Connection;
use rusqlite::types::Value as Sql;

use common::{load_dir, toml};

fn script(dataset: &Dataset) -> String {
    let mut out = Vec::new();
    export::sql(dataset, &mut out).expect("the dataset exports");
    String::from_utf8(out).expect("the script is UTF-8")
}

fn database(dataset: &Dataset) -> Connection {
    let db = Connection::open_in_memory().unwrap();
    db.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
    db.execute_batch(&script(dataset))
        .expect("the script runs in SQLite");
    db
}

fn rows(db: &Connection, sql: &str) -> Vec<Vec<Sql>> {
    let mut statement = db.prepare(sql).unwrap();
    let width = statement.column_count();
    statement
        .query_map([], |row| (0..width).map(|i| row.get::<_, Sql>(i)).collect())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn text(value: &Sql) -> &str {
    match value {
        Sql::Text(t) => t,
        other => panic!("{other:?} is not text"),
    }
}

fn int(value: &Sql) -> i64 {
    match value {
        Sql::Integer(i) => *i,
        other => panic!("{other:?} is not an integer"),
    }
}

/// A small dataset with what breaks naive exports: commas, quotes, semicolons, dashes,
/// backslashes, line breaks and non-ASCII text; an empty role; an actor belonging to one
/// listed after it; a repeated list item; restated quotes; dates with an inferred year.
fn awkward() -> (PathBuf, Dataset) {
    // Tests run at once: each gets its own copy.
    static COPIES: AtomicUsize = AtomicUsize::new(0);
    let copy = COPIES.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "facts-export-awkward-{}-{copy}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let q = |n: u32, words: &str| format!("[q{n}] {words}");
    let quotes = [
        q(1, "O'Brien, \"the\" envoy"),
        q(2, "a line\r\nbreak; then -- more"),
        q(3, "back\\slash and Ünïcödé, 한국"),
        q(4, "the figure: \"more than 1,000\""),
        q(5, "again, more than 1,000"),
        q(6, "and once more"),
        q(7, "'; DROP TABLE claims; --"),
        q(8, "the source, named"),
        q(9, "at most 5 troops"),
    ];
    let report: String = quotes.iter().map(|quote| format!("{quote}\n")).collect();
    std::fs::write(dir.join("report.txt"), &report).unwrap();
    std::fs::write(
        dir.join("reports.toml"),
        "[[report]]\nid = \"awkward\"\ntitle = \"An awkward, \\\"quoted\\\" report\"\nyear = 2025\nfile = \"report.txt\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("actors.toml"),
        format!(
            "[[actor]]\nid = \"envoy\"\nname = {}\nnamed = true\nkind = \"person\"\nrole = \"\"\naffiliation = \"ministry\"\nquote = {}\n\n\
             [[actor]]\nid = \"ministry\"\nname = {}\nnamed = false\nkind = \"government\"\ncountry = \"ukraine\"\nquote = {}\n",
            toml("O'Brien, \"the\" envoy"),
            toml(&quotes[0]),
            toml("Ministry of\nLines; --"),
            toml(&quotes[2]),
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("sources.toml"),
        format!(
            "[[source]]\nid = \"envoy-said\"\nname = {}\nkind = \"government\"\nactors = [\"envoy\"]\nconfirmable = false\nquote = {}\n",
            toml("The envoy, \"himself\""),
            toml(&quotes[7]),
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("events.toml"),
        format!(
            "[[event]]\nid = \"meeting\"\ntitle = {}\ndate = \"late October [2025]\"\nplace = {}\nactors = [\"envoy\", \"ministry\", \"envoy\"]\nsources = [\"envoy-said\"]\nquote = {}\n",
            toml("A meeting, \"brief\""),
            toml("Kyiv, \"centre\""),
            toml(&quotes[1]),
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("estimates.toml"),
        format!(
            "[[estimate]]\nid = \"more-than-1000\"\ntopic = \"casualties\"\nmeasure = \"killed\"\nvalue = 1000\nqualifier = \"more_than\"\nperiod = \"\"\nsince = \"February [2025]\"\nduring = \"2025\"\nsource = \"envoy-said\"\nreported_with = [\"at-most-5\"]\nquote = {}\nrestated = [{}, {}]\n\n\
             [[estimate]]\nid = \"at-most-5\"\ntopic = \"deployment\"\nmeasure = \"troops\"\nvalue = 5\nqualifier = \"at_most\"\nsource = \"envoy-said\"\nreported_with = [\"more-than-1000\"]\nquote = {}\n",
            toml(&quotes[3]),
            toml(&quotes[4]),
            toml(&quotes[5]),
            toml(&quotes[8]),
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("claims.toml"),
        format!(
            "[[claim]]\nid = \"drop\"\ntext = {}\nsource = \"envoy-said\"\ndate = \"28 October 2025\"\nabout = [\"ministry\"]\nstatus = \"alleged\"\nquote = {}\n",
            toml("'; DROP TABLE claims; --"),
            toml(&quotes[6]),
        ),
    )
    .unwrap();
    let dataset = load_dir(&dir, "the hostile dataset");
    (dir, dataset)
}

/// How many rows each table must hold, counted from the dataset itself.
fn expected_counts(d: &Dataset) -> Vec<(&'static str, usize)> {
    vec![
        ("reports", d.reports().len()),
        ("actors", d.actors().len()),
        ("sources", d.sources().len()),
        (
            "source_actors",
            d.sources().iter().map(|s| s.actors().len()).sum(),
        ),
        ("events", d.events().len()),
        (
            "event_actors",
            d.events().iter().map(|e| e.actors().len()).sum(),
        ),
        (
            "event_sources",
            d.events().iter().map(|e| e.sources().len()).sum(),
        ),
        ("estimates", d.estimates().len()),
        (
            "estimate_reported_with",
            d.estimates().iter().map(|e| e.reported_with().len()).sum(),
        ),
        (
            "estimate_restated",
            d.estimates().iter().map(|e| e.restated().len()).sum(),
        ),
        ("claims", d.claims().len()),
        (
            "claim_about",
            d.claims().iter().map(|c| c.about().len()).sum(),
        ),
        (
            "claim_restated",
            d.claims().iter().map(|c| c.restated().len()).sum(),
        ),
    ]
}

#[test]
fn the_script_runs_and_every_table_holds_its_rows() {
    let (dir, awkward) = awkward();
    for dataset in [Dataset::builtin(), &awkward] {
        let db = database(dataset);
        let expected = expected_counts(dataset);
        let names: Vec<&str> = expected.iter().map(|(name, _)| *name).collect();
        assert_eq!(export::table_names(), names, "every table is counted here");
        for (table, count) in expected {
            let found = rows(&db, &format!("SELECT count(*) FROM {table}"));
            assert_eq!(int(&found[0][0]), count as i64, "{table}");
        }
        assert!(
            rows(&db, "PRAGMA foreign_key_check").is_empty(),
            "every reference resolves"
        );
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn lists_keep_their_order_and_repeats() {
    let (dir, awkward) = awkward();
    for dataset in [Dataset::builtin(), &awkward] {
        let db = database(dataset);
        for event in dataset.events() {
            let found = rows(
                &db,
                &format!(
                    "SELECT actor FROM event_actors WHERE event = '{}' ORDER BY pos",
                    event.id()
                ),
            );
            let found: Vec<&str> = found.iter().map(|r| text(&r[0])).collect();
            let listed: Vec<&str> = event.actors().iter().map(|a| a.id().as_str()).collect();
            assert_eq!(found, listed, "{}", event.id());
        }
        let found = rows(&db, "SELECT id FROM actors ORDER BY pos");
        let found: Vec<&str> = found.iter().map(|r| text(&r[0])).collect();
        let listed: Vec<&str> = dataset.actors().iter().map(|a| a.id().as_str()).collect();
        assert_eq!(found, listed, "records keep the dataset's order");
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn an_actor_may_belong_to_one_listed_after_it() {
    let (dir, awkward) = awkward();
    let script = script(&awkward);
    // Inserted after the actor it belongs to, so that foreign keys checked row by row hold;
    // `pos` keeps the dataset's order.
    let ministry = script
        .find("INSERT INTO actors VALUES ('ministry', 1,")
        .unwrap();
    let envoy = script
        .find("INSERT INTO actors VALUES ('envoy', 0,")
        .unwrap();
    assert!(ministry < envoy, "{script}");
    assert!(!script.contains("UPDATE"), "{script}");
    let db = database(&awkward);
    let found = rows(&db, "SELECT affiliation FROM actors WHERE id = 'envoy'");
    assert_eq!(text(&found[0][0]), "ministry");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn actors_that_belong_to_each_other_are_linked_after_both_exist() {
    // `ukrainian-forces` belongs to `ukraine`; here `ukraine` belongs to it in turn.
    let cycle = edited(|lines| {
        lines
            .lines()
            .map(|line| {
                if line.contains(r#""record":{"id":"ukraine","#) {
                    line.replace(
                        r#""affiliation":null"#,
                        r#""affiliation":"ukrainian-forces""#,
                    )
                } else {
                    line.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let script = script(&cycle);
    let updates: Vec<&str> = script.lines().filter(|l| l.starts_with("UPDATE")).collect();
    assert_eq!(updates.len(), 1, "one link of the cycle waits: {updates:?}");
    // DuckDB refuses to update a row a foreign key refers to: with a cycle, the script
    // declares `affiliation` without one, so that it runs there too.
    assert!(!script.contains("affiliation TEXT REFERENCES actors (id)"));
    assert!(script.contains("affiliation TEXT, -- the actor it belongs to (an id of `actors`"));
    assert!(self::script(Dataset::builtin()).contains("affiliation TEXT REFERENCES actors (id)"));
    let db = database(&cycle);
    let found = rows(
        &db,
        "SELECT id, affiliation FROM actors WHERE id IN ('ukraine', 'ukrainian-forces') ORDER BY id",
    );
    assert_eq!(text(&found[0][1]), "ukrainian-forces");
    assert_eq!(text(&found[1][1]), "ukraine");
    assert!(rows(&db, "PRAGMA foreign_key_check").is_empty());
}

fn check_date(db: &Connection, table: &str, column: &str, id: &str, date: Option<Date>) {
    let found = rows(
        db,
        &format!(
            "SELECT {column}, {column}_precision, {column}_earliest, {column}_latest, \
             {column}_year_inferred FROM {table} WHERE id = '{id}'"
        ),
    );
    let row = &found[0];
    match date {
        None => assert!(row.iter().all(|v| *v == Sql::Null), "{table} {id} {column}"),
        Some(date) => {
            assert_eq!(text(&row[0]), date.to_string());
            assert_eq!(
                Sql::Text(text(&row[1]).to_owned()),
                serde_json::to_value(date.precision())
                    .map(|v| Sql::Text(v.as_str().unwrap().to_owned()))
                    .unwrap()
            );
            assert_eq!(text(&row[2]), date.earliest().to_string());
            assert_eq!(text(&row[3]), date.latest().to_string());
            assert_eq!(int(&row[4]), i64::from(date.year_inferred()));
            // The words give the date back.
            assert_eq!(text(&row[0]).parse::<Date>().unwrap(), date);
        }
    }
}

#[test]
fn dates_estimates_and_quotes_lose_nothing() {
    let (dir, awkward) = awkward();
    for dataset in [Dataset::builtin(), &awkward] {
        let db = database(dataset);
        for e in dataset.events() {
            check_date(&db, "events", "date", e.id().as_str(), e.date());
        }
        for c in dataset.claims() {
            check_date(&db, "claims", "date", c.id().as_str(), c.date());
        }
        for e in dataset.estimates() {
            check_date(&db, "estimates", "since", e.id().as_str(), e.since());
            check_date(&db, "estimates", "during", e.id().as_str(), e.during());
            let found = rows(
                &db,
                &format!(
                    "SELECT value, qualifier, low, low_inclusive, high, high_inclusive \
                     FROM estimates WHERE id = '{}'",
                    e.id()
                ),
            );
            let row = &found[0];
            assert_eq!(int(&row[0]), e.value() as i64);
            assert_eq!(text(&row[1]), e.qualifier().word());
            let bound = |value: &Sql, inclusive: &Sql| match (value, inclusive) {
                (Sql::Null, Sql::Null) => None,
                (v, i) => Some((int(v) as u64, int(i) == 1)),
            };
            assert_eq!(
                bound(&row[2], &row[3]),
                e.low().map(|b| (b.value, b.inclusive))
            );
            assert_eq!(
                bound(&row[4], &row[5]),
                e.high().map(|b| (b.value, b.inclusive))
            );
        }
        // Every quote stands where it says, in its report's text as the database holds it.
        let reports: Vec<(String, String)> = rows(&db, "SELECT id, text FROM reports")
            .iter()
            .map(|r| (text(&r[0]).to_owned(), text(&r[1]).to_owned()))
            .collect();
        let mut quotes = 0;
        for table in [
            "actors",
            "sources",
            "events",
            "estimates",
            "estimate_restated",
            "claims",
        ] {
            for row in rows(
                &db,
                &format!("SELECT quote, report, quote_start, quote_end FROM {table}"),
            ) {
                let (_, report) = reports
                    .iter()
                    .find(|(id, _)| id == text(&row[1]))
                    .expect("the quote's report is there");
                let range = int(&row[2]) as usize..int(&row[3]) as usize;
                assert_eq!(&report[range], text(&row[0]), "{table}");
                quotes += 1;
            }
        }
        let expected: usize = dataset.actors().len()
            + dataset.sources().len()
            + dataset.events().len()
            + dataset
                .estimates()
                .iter()
                .map(|e| 1 + e.restated().len())
                .sum::<usize>()
            + dataset.claims().len();
        assert_eq!(quotes, expected);
    }
    std::fs::remove_dir_all(dir).ok();
}

/// Reads RFC 4180 CSV: fields separated by commas, records by CRLF, a field in double
/// quotes may hold commas, quotes (doubled) and line breaks. An empty unquoted field is
/// `None`, a quoted one `Some("")`.
fn read_csv(text: &str) -> Vec<Vec<Option<String>>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        let field = if chars.peek() == Some(&'"') {
            chars.next();
            let mut field = String::new();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => panic!("unclosed quote"),
                }
            }
            Some(field)
        } else {
            let mut field = String::new();
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\r' {
                    break;
                }
                assert!(
                    c != '"' && c != '\n',
                    "a bare field holds `{c:?}` in:\n{text}"
                );
                field.push(c);
                chars.next();
            }
            (!field.is_empty()).then_some(field)
        };
        record.push(field);
        match chars.next() {
            Some(',') => continue,
            Some('\r') => {
                assert_eq!(chars.next(), Some('\n'), "a record ends with CRLF");
                records.push(std::mem::take(&mut record));
                if chars.peek().is_none() {
                    return records;
                }
            }
            None => panic!("the last record has no CRLF"),
            Some(c) => panic!("`{c:?}` after a field"),
        }
    }
}

#[test]
fn csv_files_hold_the_same_tables_quoted_as_rfc_4180_says() {
    let (dir, awkward) = awkward();
    for dataset in [Dataset::builtin(), &awkward] {
        let db = database(dataset);
        for table in export::table_names() {
            let mut out = Vec::new();
            export::csv(dataset, table, &mut out).unwrap();
            let csv = read_csv(&String::from_utf8(out).unwrap());
            let columns: Vec<(String, String)> = rows(&db, &format!("PRAGMA table_info({table})"))
                .iter()
                .map(|r| (text(&r[1]).to_owned(), text(&r[2]).to_owned()))
                .collect();
            let header: Vec<Option<String>> =
                columns.iter().map(|(name, _)| Some(name.clone())).collect();
            assert_eq!(csv[0], header, "{table}");
            // CSV keeps the dataset's order: a record's `pos`, a list item's owner and `pos`
            // (as inserted).
            let order = if columns[0].0 == "id" { "pos" } else { "rowid" };
            let held = rows(&db, &format!("SELECT * FROM {table} ORDER BY {order}"));
            assert_eq!(csv.len() - 1, held.len(), "{table}");
            for (line, row) in csv[1..].iter().zip(&held) {
                let expected: Vec<Option<String>> = row
                    .iter()
                    .zip(&columns)
                    .map(|(value, (_, ty))| match (value, ty.as_str()) {
                        (Sql::Null, _) => None,
                        (Sql::Integer(b), "BOOLEAN") => Some((*b == 1).to_string()),
                        (Sql::Integer(i), _) => Some(i.to_string()),
                        (Sql::Text(t), _) => Some(t.clone()),
                        (other, _) => panic!("{other:?}"),
                    })
                    .collect();
                assert_eq!(line, &expected, "{table}");
            }
        }
    }
    // The awkward values did need quoting, and kept their line breaks.
    let mut out = Vec::new();
    export::csv(&awkward, "actors", &mut out).unwrap();
    let csv = String::from_utf8(out).unwrap();
    assert!(csv.contains("\"O'Brien, \"\"the\"\" envoy\""), "{csv}");
    assert!(csv.contains("\"Ministry of\nLines; --\""), "{csv}");
    assert!(
        csv.contains(",\"\","),
        "an empty role is a quoted empty field: {csv}"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn json_lines_read_back_to_an_equal_dataset() {
    let (dir, awkward) = awkward();
    for dataset in [Dataset::builtin(), &awkward] {
        let mut out = Vec::new();
        export::jsonl(dataset, &mut out).unwrap();
        let back =
            Dataset::from_jsonl_reader(&out[..], "facts.jsonl").unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(&back, dataset);
    }
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn to_dir_writes_each_format() {
    let out = std::env::temp_dir().join(format!("facts-export-to-dir-{}", std::process::id()));
    let sql = export::to_dir(Dataset::builtin(), Format::Sql, &out.join("sql")).unwrap();
    assert_eq!(sql, [out.join("sql/facts.sql")]);
    let db = Connection::open_in_memory().unwrap();
    db.execute_batch(&std::fs::read_to_string(&sql[0]).unwrap())
        .unwrap();

    let csv = export::to_dir(Dataset::builtin(), Format::Csv, &out.join("csv")).unwrap();
    let names: Vec<String> = csv
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut expected: Vec<String> = export::table_names()
        .iter()
        .map(|t| format!("{t}.csv"))
        .collect();
    expected.extend(["load-postgres.sql".into(), "load-duckdb.sql".into()]);
    assert_eq!(names, expected);

    let jsonl = export::to_dir(Dataset::builtin(), Format::Jsonl, &out.join("jsonl")).unwrap();
    assert_eq!(jsonl, [out.join("jsonl/facts.jsonl")]);
    let back = Dataset::from_jsonl(&jsonl[0]).unwrap();
    assert_eq!(&back, Dataset::builtin());
    std::fs::remove_dir_all(&out).ok();
}

/// A dataset read from JSON Lines, one record changed by `edit`.
fn edited(edit: impl Fn(&str) -> String) -> Dataset {
    let mut out = Vec::new();
    export::jsonl(Dataset::builtin(), &mut out).unwrap();
    let lines = edit(&String::from_utf8(out).unwrap());
    Dataset::from_jsonl_reader(lines.as_bytes(), "edited.jsonl").unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn what_sql_cannot_hold_is_refused_not_mangled() {
    // A figure must stand in its quote, so the report says it too.
    let lines = [
        r#"{"kind":"report","record":{"id":"r","title":"R","year":2025,"text":"Officials said about 18446744073709551615 died."}}"#,
        r#"{"kind":"source","record":{"id":"officials","name":"Officials","kind":"officials","actors":[],"confirmable":null,"quote":{"report":"r","start":0,"end":9,"text":"Officials"}}}"#,
        r#"{"kind":"estimate","record":{"id":"huge","topic":"casualties","measure":"killed","value":18446744073709551615,"qualifier":"about","period":null,"since":null,"during":null,"source":"officials","reported_with":[],"quote":{"report":"r","start":15,"end":41,"text":"about 18446744073709551615"},"restated":[]}}"#,
    ];
    let huge = Dataset::from_jsonl_reader(lines.join("\n").as_bytes(), "huge.jsonl")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let error = export::sql(&huge, Vec::new()).unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
    assert!(
        error.to_string().contains("18446744073709551615"),
        "{error}"
    );
    // CSV has no such limit.
    let mut out = Vec::new();
    export::csv(&huge, "estimates", &mut out).unwrap();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains(",18446744073709551615,")
    );

    let nul =
        edited(|lines| lines.replacen("\"name\":\"Yu Yong-weon\"", "\"name\":\"Yu\\u0000\"", 1));
    let error = export::sql(&nul, Vec::new()).unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
}

#[test]
fn formats_are_named_as_the_command_line_names_them() {
    assert_eq!("SQL".parse::<Format>(), Ok(Format::Sql));
    assert_eq!("jsonl".parse::<Format>(), Ok(Format::Jsonl));
    assert!(
        "parquet"
            .parse::<Format>()
            .unwrap_err()
            .contains("sql, csv or jsonl")
    );
    assert!(export::csv(Dataset::builtin(), "nothing", Vec::new()).is_err());
}

/// The command-line example's binary, built beside the test binaries by `cargo test` (built
/// here when only this test was).
fn cli() -> std::process::Command {
    use std::process::Command;
    static BINARY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let binary = BINARY.get_or_init(|| {
        let exe = std::env::current_exe().expect("the test binary has a path");
        let profile = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("test binaries live in target/<profile>/deps");
        let binary = profile
            .join("examples")
            .join(format!("facts{}", std::env::consts::EXE_SUFFIX));
        if !binary.exists() {
            let mut build = Command::new(env!("CARGO"));
            build.args(["build", "--example", "facts"]);
            if profile.file_name().is_some_and(|name| name == "release") {
                build.arg("--release");
            }
            if let Some(target) = profile.parent() {
                build.arg("--target-dir").arg(target);
            }
            assert!(build.status().expect("cargo runs").success());
        }
        binary
    });
    Command::new(binary)
}

#[test]
fn the_command_line_exports_and_translates() {
    let dir = std::env::temp_dir().join(format!("facts-export-cli-{}", std::process::id()));
    let out = cli()
        .args(["export", "--format", "sql"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let script = dir.join("facts.sql");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        script.display().to_string()
    );
    let db = Connection::open_in_memory().unwrap();
    db.execute_batch(&std::fs::read_to_string(&script).unwrap())
        .unwrap();

    // `--sql` prints a statement that SQLite runs over the export, to the crate's answer.
    let query = "estimates where topic = casualties order by value desc";
    let out = cli().args(["--sql", query]).output().unwrap();
    assert!(out.status.success());
    let sql = String::from_utf8(out.stdout).unwrap();
    let found = rows(&db, sql.trim().trim_end_matches(';'));
    let ids: Vec<&str> = found.iter().map(|r| text(&r[0])).collect();
    let answer = facts::query(query).unwrap();
    let native: Vec<&str> = answer.rows().unwrap().iter().map(|r| r.id()).collect();
    assert_eq!(ids, native);

    let out = cli()
        .args(["--sql=postgres", "actors where name contains \"yu\""])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("strpos("));

    let out = cli()
        .args(["export", "--format=csv"])
        .arg(dir.join("csv"))
        .output()
        .unwrap();
    assert!(out.status.success());
    // A file a table, and the two scripts that load them.
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().lines().count(),
        export::table_names().len() + 2
    );

    let out = cli()
        .args(["export", "--format", "xml"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("sql, csv or jsonl")
    );
    std::fs::remove_dir_all(&dir).ok();
}
