//! The same facts in SQLite, in memory, for measuring the query engine against it: one table
//! per collection, every field a column, and no index unless a benchmark adds one.

#![allow(dead_code)] // Each user of this file takes what it needs.

use facts::{Dataset, Quote};
use rusqlite::{Connection, params};

pub const SCHEMA: &str = r#"
CREATE TABLE reports (id TEXT NOT NULL, title TEXT NOT NULL, year INTEGER NOT NULL,
    text TEXT NOT NULL);
CREATE TABLE actors (id TEXT NOT NULL, name TEXT NOT NULL, named INTEGER NOT NULL,
    kind TEXT NOT NULL, country TEXT, role TEXT, affiliation TEXT,
    report TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL);
CREATE TABLE events (id TEXT NOT NULL, title TEXT NOT NULL, date TEXT, ongoing INTEGER NOT NULL,
    place TEXT, actors TEXT, sources TEXT,
    report TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL);
CREATE TABLE estimates (id TEXT NOT NULL, topic TEXT NOT NULL, measure TEXT NOT NULL,
    value INTEGER NOT NULL, qualifier TEXT NOT NULL, period TEXT, since TEXT, during TEXT,
    source TEXT NOT NULL, reported_with TEXT,
    report TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
    restated TEXT);
CREATE TABLE sources (id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, actors TEXT,
    confirmable INTEGER,
    report TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL);
CREATE TABLE claims (id TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, date TEXT,
    about TEXT, status TEXT NOT NULL,
    report TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL);
"#;

/// The question the scale benchmarks ask, in SQL.
pub const COUNT: &str =
    "SELECT count(*) FROM estimates WHERE topic = 'casualties' AND value > 50000";

/// The question the small benchmarks ask, in SQL.
pub const CASUALTIES: &str = "SELECT id, value FROM estimates WHERE topic = 'casualties'";

/// A covering index for [`COUNT`], for comparison.
pub const COVERING_INDEX: &str = "CREATE INDEX estimates_topic_value ON estimates (topic, value)";

/// A list of ids as one column: space-separated, or NULL when empty.
fn list<'a>(ids: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let ids: Vec<&str> = ids.into_iter().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn quote<'d>(q: Quote<'d>) -> (&'d str, u64, u64, &'d str) {
    (
        q.report().id().as_str(),
        q.start() as u64,
        q.end() as u64,
        q.text(),
    )
}

/// An in-memory database with the schema and no rows.
pub fn empty() -> Connection {
    let conn = Connection::open_in_memory().expect("SQLite opens in memory");
    conn.execute_batch(SCHEMA).expect("the schema is valid");
    conn
}

/// Inserts every record of `dataset`, in one transaction, through prepared statements: the
/// fastest way SQLite takes rows one by one.
pub fn insert(conn: &mut Connection, dataset: &Dataset) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    {
        let mut s = tx.prepare("INSERT INTO reports VALUES (?1, ?2, ?3, ?4)")?;
        for r in dataset.reports() {
            s.execute(params![r.id().as_str(), r.title(), r.year(), r.text()])?;
        }
        let mut s =
            tx.prepare("INSERT INTO actors VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?;
        for a in dataset.actors() {
            let (report, start, end, text) = quote(a.quote());
            s.execute(params![
                a.id().as_str(),
                a.name(),
                a.named(),
                a.kind().word(),
                a.country(),
                a.role(),
                a.affiliation().map(|x| x.id().as_str()),
                report,
                start,
                end,
                text
            ])?;
        }
        let mut s =
            tx.prepare("INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?;
        for e in dataset.events() {
            let (report, start, end, text) = quote(e.quote());
            s.execute(params![
                e.id().as_str(),
                e.title(),
                e.date().map(|d| d.to_string()),
                e.ongoing(),
                e.place(),
                list(e.actors().iter().map(|a| a.id().as_str())),
                list(e.sources().iter().map(|s| s.id().as_str())),
                report,
                start,
                end,
                text
            ])?;
        }
        let mut s = tx.prepare(
            "INSERT INTO estimates VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        for e in dataset.estimates() {
            let (report, start, end, text) = quote(e.quote());
            let restated = (!e.restated().is_empty())
                .then(|| serde_json::to_string(&e.restated()).expect("quotes serialize"));
            s.execute(params![
                e.id().as_str(),
                e.topic().word(),
                e.measure().word(),
                e.value(),
                e.qualifier().word(),
                e.period(),
                e.since().map(|d| d.to_string()),
                e.during().map(|d| d.to_string()),
                e.source().id().as_str(),
                list(e.reported_with().iter().map(|e| e.id().as_str())),
                report,
                start,
                end,
                text,
                restated
            ])?;
        }
        let mut s =
            tx.prepare("INSERT INTO sources VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
        for r in dataset.sources() {
            let (report, start, end, text) = quote(r.quote());
            s.execute(params![
                r.id().as_str(),
                r.name(),
                r.kind().word(),
                list(r.actors().iter().map(|x| x.id().as_str())),
                r.confirmable(),
                report,
                start,
                end,
                text
            ])?;
        }
        let mut s =
            tx.prepare("INSERT INTO claims VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")?;
        for c in dataset.claims() {
            let (report, start, end, text) = quote(c.quote());
            s.execute(params![
                c.id().as_str(),
                c.text(),
                c.source().id().as_str(),
                c.date().map(|d| d.to_string()),
                list(c.about().iter().map(|a| a.id().as_str())),
                c.status().word(),
                report,
                start,
                end,
                text
            ])?;
        }
    }
    tx.commit()
}

/// A database holding `dataset`.
pub fn load(dataset: &Dataset) -> Connection {
    let mut conn = empty();
    insert(&mut conn, dataset).expect("the records insert");
    conn
}

/// How many bytes the database's pages take (its own measure; memory holds a little more).
pub fn size(conn: &Connection) -> u64 {
    let pages: u64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("SQLite knows its page count");
    let page: u64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .expect("SQLite knows its page size");
    pages * page
}

/// Runs [`COUNT`].
pub fn count(conn: &Connection) -> usize {
    conn.prepare_cached(COUNT)
        .and_then(|mut s| s.query_row([], |r| r.get::<_, i64>(0)))
        .expect("the count runs") as usize
}
