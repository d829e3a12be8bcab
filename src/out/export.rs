//! A dataset for a database engine: a SQL script, CSV files, or JSON Lines.
//!
//! The SQL script creates one table per collection, with types, primary and foreign keys, and
//! one link table per list (an event's actors and sources, a source's actors, a claim's `about`,
//! an estimate's `reported_with`, and the restated quotes of estimates and claims), then inserts
//! every record. It runs unchanged in
//! SQLite, PostgreSQL and DuckDB. Nothing is lost on the way:
//!
//! - a date keeps its words (`date`, as `late October [2025]`), its precision, the earliest and
//!   latest day it can mean and whether the year is inferred: `date`, `date_precision`,
//!   `date_earliest`, `date_latest`, `date_year_inferred`;
//! - an estimate keeps the figure as stated (`value`), its `qualifier`, and the bounds the
//!   wording implies (`low`, `low_inclusive`, `high`, `high_inclusive`);
//! - a quote keeps its words, its report and its byte range: `quote`, `report`,
//!   `quote_start`, `quote_end`;
//! - every table has `pos`, the record's place in the dataset (from 0), and every link table
//!   `pos`, the item's place in its list, because order is part of the facts.
//!
//! Text a query compares ignoring case also has a `_folded` column (`name_folded`) holding it
//! in lower case by Unicode's rules, so that every engine compares it the same way (SQLite's
//! `lower()` folds ASCII only). [`Query::to_sql`](crate::Query::to_sql) translates queries to
//! this schema.
//!
//! CSV has one file per table with the same columns, a header line, and RFC 4180 quoting; an
//! empty field is a missing value and `""` an empty text, as PostgreSQL's `COPY ... CSV` reads
//! them. JSON Lines is the crate's own format, which [`Dataset`] reads back.
//!
//! ```
//! let mut script = Vec::new();
//! facts::export::sql(facts::Dataset::builtin(), &mut script)?;
//! let script = String::from_utf8(script).unwrap();
//! assert!(script.contains("CREATE TABLE estimates ("));
//! assert!(script.contains("INSERT INTO estimates VALUES ('troops-more-than-10000', 0,"));
//! # Ok::<(), std::io::Error>(())
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::model::Date;
use crate::model::collection::{Collection, Vocabulary};
use crate::model::date::Day;
use crate::model::text::fold;
use crate::store::data::Dataset;
use crate::store::record::{Actor, Claim, Estimate, Event, Quote, Record, Records, Report, Source};

/// What [`to_dir`] writes.
///
/// ```
/// use facts::export::Format;
/// assert_eq!("csv".parse::<Format>(), Ok(Format::Csv));
/// assert!("xml".parse::<Format>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One SQL script, `facts.sql`: the schema, then the rows.
    Sql,
    /// One CSV file per table, `actors.csv`, `event_actors.csv`, ...
    Csv,
    /// One JSON Lines file, `facts.jsonl`, that [`Dataset`] reads back.
    Jsonl,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(text: &str) -> Result<Format, String> {
        match text.to_ascii_lowercase().as_str() {
            "sql" => Ok(Format::Sql),
            "csv" => Ok(Format::Csv),
            "jsonl" => Ok(Format::Jsonl),
            _ => Err(format!(
                "unknown export format `{text}`: write sql, csv or jsonl"
            )),
        }
    }
}

/// Writes the dataset into `dir` (created if missing) in `format`, and returns the files
/// written.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("facts-doc-export-{}", std::process::id()));
/// let files = facts::export::to_dir(facts::Dataset::builtin(), facts::export::Format::Csv, &dir)?;
/// assert!(files.iter().any(|f| f.ends_with("event_actors.csv")));
/// std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn to_dir(dataset: &Dataset, format: Format, dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let write = |name: &str, f: &dyn Fn(&mut io::BufWriter<std::fs::File>) -> io::Result<()>| {
        let path = dir.join(name);
        let mut out = io::BufWriter::new(std::fs::File::create(&path)?);
        f(&mut out)?;
        out.flush()?;
        Ok::<PathBuf, io::Error>(path)
    };
    match format {
        Format::Sql => Ok(vec![write("facts.sql", &|out| sql(dataset, out))?]),
        Format::Jsonl => Ok(vec![write("facts.jsonl", &|out| jsonl(dataset, out))?]),
        Format::Csv => {
            let mut files = table_names()
                .into_iter()
                .map(|table| write(&format!("{table}.csv"), &|out| csv(dataset, table, out)))
                .collect::<io::Result<Vec<_>>>()?;
            for loader in [Loader::Psql, Loader::DuckDb] {
                files.push(write(loader.file_name(), &|out| {
                    out.write_all(csv_script(loader).as_bytes())
                })?);
            }
            Ok(files)
        }
    }
}

/// The program a script that loads the CSV files is written for ([`csv_script`]).
///
/// ```
/// use facts::export::Loader;
/// assert_eq!(Loader::Psql.file_name(), "load-postgres.sql");
/// assert_eq!(Loader::DuckDb.file_name(), "load-duckdb.sql");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loader {
    /// PostgreSQL's command line, `psql`, whose `\copy` runs `COPY ... FROM STDIN` with the
    /// file read on the client: no file on the server, no privilege beyond `INSERT`.
    Psql,
    /// DuckDB (its command line or any client), which runs `COPY ... FROM 'file.csv'`.
    DuckDb,
}

impl Loader {
    /// The name [`to_dir`] gives the script beside the CSV files.
    pub fn file_name(self) -> &'static str {
        match self {
            Loader::Psql => "load-postgres.sql",
            Loader::DuckDb => "load-duckdb.sql",
        }
    }
}

/// A script that creates the schema and loads every table from the CSV files [`to_dir`]
/// writes (`actors.csv`, ...), named relative to the directory it runs in, in one
/// transaction. The bulk path, where the script of [`sql`] inserts row by row:
///
/// ```text
/// $ cd facts-csv && psql -v ON_ERROR_STOP=1 -d facts -f load-postgres.sql
/// $ cd facts-csv && duckdb facts.duckdb < load-duckdb.sql
/// ```
///
/// Both read a CSV field as [`csv`] writes it: an empty field is NULL, `""` an empty text
/// (DuckDB is told so: by default it reads `""` as NULL too). DuckDB's script declares an
/// actor's `affiliation` without its foreign key: DuckDB checks one as the statement ends,
/// counting none of the rows the statement adds, so no `COPY` of actors that belong to actors
/// could pass it.
///
/// ```
/// use facts::export::{Loader, csv_script};
/// let psql = csv_script(Loader::Psql);
/// assert!(psql.contains("CREATE TABLE actors ("));
/// assert!(psql.contains("\\copy actors FROM 'actors.csv' WITH (FORMAT csv, HEADER true)"));
/// let duckdb = csv_script(Loader::DuckDb);
/// assert!(duckdb.contains("COPY actors FROM 'actors.csv' (FORMAT csv, HEADER true, ALLOW_QUOTED_NULLS false)"));
/// assert!(duckdb.trim_end().ends_with("COMMIT;"));
/// ```
pub fn csv_script(loader: Loader) -> String {
    let mut text = String::from(
        "-- Creates the tables and loads them from the CSV files beside this script; run it in\n\
         -- their directory.\n",
    );
    text.push_str("BEGIN TRANSACTION;\n");
    text.push_str(&schema_with(loader != Loader::DuckDb));
    text.push('\n');
    for table in table_names() {
        let _ = match loader {
            Loader::Psql => writeln!(
                text,
                "\\copy {table} FROM '{table}.csv' WITH (FORMAT csv, HEADER true)"
            ),
            Loader::DuckDb => writeln!(
                text,
                "COPY {table} FROM '{table}.csv' (FORMAT csv, HEADER true, ALLOW_QUOTED_NULLS false);"
            ),
        };
    }
    text.push_str("COMMIT;\n");
    text
}

/// The tables of the schema, in the order the script creates them (a table comes after those
/// it refers to).
///
/// ```
/// let tables = facts::export::table_names();
/// assert_eq!(tables[0], "reports");
/// assert!(tables.contains(&"claim_about"));
/// ```
pub fn table_names() -> Vec<&'static str> {
    definitions().into_iter().map(|t| t.name).collect()
}

/// The schema alone: one `CREATE TABLE` per table, commented.
///
/// ```
/// let ddl = facts::export::schema();
/// assert!(ddl.contains("source TEXT NOT NULL REFERENCES sources (id)"));
/// ```
pub fn schema() -> String {
    schema_with(true)
}

/// The schema; without the foreign key of an actor's `affiliation` where `self_reference` is
/// false, for DuckDB, which checks a foreign key as each statement ends (never at commit) and
/// counts none of the statement's own rows: it can load actors that belong to each other, or
/// a `COPY` of actors that belong to actors, only without it.
fn schema_with(self_reference: bool) -> String {
    let mut text = String::new();
    for mut table in definitions() {
        if !self_reference {
            let name = table.name;
            for column in &mut table.columns {
                if column.references == Some(name) {
                    column.references = None;
                    column.doc = Some(
                        "the actor it belongs to (an id of `actors`; not a foreign key here, as DuckDB could not load it)",
                    );
                }
            }
        }
        create_table(&mut text, &table);
    }
    text
}

/// Writes the dataset as one SQL script: the schema, then the rows, in one transaction.
///
/// Text is written as standard SQL string literals (a `'` doubled, a backslash as itself), as
/// SQLite, DuckDB and PostgreSQL (with its default `standard_conforming_strings`) read them.
/// An actor is inserted after the actor it belongs to, so that foreign keys hold row by row;
/// only actors that belong to each other in a cycle need an `UPDATE` after, which DuckDB
/// refuses on a row a foreign key refers to: where there is such a cycle, an actor's
/// `affiliation` is declared without its foreign key, so that the script still runs in all
/// three. Fails on what a SQL table cannot hold: a figure above 2^63 - 1, a NUL character in
/// text.
///
/// ```
/// let mut script = Vec::new();
/// facts::export::sql(facts::Dataset::builtin(), &mut script)?;
/// let script = String::from_utf8(script).unwrap();
/// assert!(script.starts_with("-- "));
/// assert!(script.trim_end().ends_with("COMMIT;"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn sql(dataset: &Dataset, mut out: impl Write) -> io::Result<()> {
    writeln!(
        out,
        "-- The facts of {} report(s), for SQLite, PostgreSQL or DuckDB.",
        dataset.reports.len()
    )?;
    writeln!(out, "BEGIN TRANSACTION;")?;
    let tables = tables(dataset);
    let cycle = tables.iter().any(|table| {
        table
            .columns
            .iter()
            .position(|c| c.references == Some(table.name))
            .is_some_and(|column| !referred_first(&table.rows, column).1.is_empty())
    });
    out.write_all(schema_with(!cycle).as_bytes())?;
    for table in tables {
        writeln!(out)?;
        let self_ref = table
            .columns
            .iter()
            .position(|c| c.references == Some(table.name));
        let (order, cyclic) = match self_ref {
            Some(column) => referred_first(&table.rows, column),
            None => ((0..table.rows.len()).collect(), Vec::new()),
        };
        for &r in &order {
            let row = &table.rows[r];
            let mut line = format!("INSERT INTO {} VALUES (", table.name);
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push_str(", ");
                }
                if Some(i) == self_ref && cyclic.contains(&r) {
                    line.push_str("NULL");
                } else {
                    sql_cell(&mut line, cell)?;
                }
            }
            line.push_str(");");
            writeln!(out, "{line}")?;
        }
        if let Some(column) = self_ref {
            for &r in &cyclic {
                let row = &table.rows[r];
                let mut line = format!(
                    "UPDATE {} SET {} = ",
                    table.name, table.columns[column].name
                );
                sql_cell(&mut line, &row[column])?;
                line.push_str(" WHERE id = ");
                sql_cell(&mut line, &row[0])?;
                writeln!(out, "{line};")?;
            }
        }
    }
    writeln!(out, "COMMIT;")
}

/// Writes one table as CSV (RFC 4180: a header line, fields quoted where they hold a comma,
/// a quote or a line break, lines ending in CRLF). A missing value is an empty field, an
/// empty text `""`; `true` and `false` for booleans, `YYYY-MM-DD` for days.
///
/// ```
/// let mut out = Vec::new();
/// facts::export::csv(facts::Dataset::builtin(), "estimates", &mut out)?;
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.starts_with("id,pos,topic,measure,value,qualifier,low,low_inclusive,"));
/// assert!(facts::export::csv(facts::Dataset::builtin(), "nothing", &mut Vec::new()).is_err());
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn csv(dataset: &Dataset, table: &str, mut out: impl Write) -> io::Result<()> {
    let table = tables(dataset)
        .into_iter()
        .find(|t| t.name == table)
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!(
                    "no table `{table}`; the tables are {}",
                    table_names().join(", ")
                ),
            )
        })?;
    let header: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    write!(out, "{}\r\n", header.join(","))?;
    for row in &table.rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            csv_cell(&mut line, cell);
        }
        line.push_str("\r\n");
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Writes the dataset as JSON Lines ([`Dataset::write_jsonl`]), which
/// [`Dataset::from_jsonl`] reads back to an equal dataset.
///
/// ```
/// let mut out = Vec::new();
/// facts::export::jsonl(facts::Dataset::builtin(), &mut out)?;
/// let back = facts::Dataset::from_jsonl_reader(&out[..], "facts.jsonl").unwrap();
/// assert_eq!(&back, facts::Dataset::builtin());
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn jsonl(dataset: &Dataset, out: impl Write) -> io::Result<()> {
    dataset.write_jsonl(out)
}

/// The SQL type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SqlType {
    Text,
    /// Positions, byte offsets, years.
    Integer,
    /// Figures, which may exceed 32 bits.
    BigInt,
    Boolean,
    Date,
}

impl SqlType {
    fn sql(self) -> &'static str {
        match self {
            SqlType::Text => "TEXT",
            SqlType::Integer => "INTEGER",
            SqlType::BigInt => "BIGINT",
            SqlType::Boolean => "BOOLEAN",
            SqlType::Date => "DATE",
        }
    }
}

/// One column of a table.
#[derive(Debug, Clone)]
pub(crate) struct ColumnDef {
    pub name: &'static str,
    pub ty: SqlType,
    pub nullable: bool,
    /// The table whose `id` it holds.
    pub references: Option<&'static str>,
    /// The words it may hold.
    pub words: Option<Vec<&'static str>>,
    /// What it holds, where the name does not say it.
    pub doc: Option<&'static str>,
}

/// A table's columns and primary key.
#[derive(Debug, Clone)]
pub(crate) struct TableDef {
    pub name: &'static str,
    pub doc: &'static str,
    pub columns: Vec<ColumnDef>,
    /// Columns of the primary key; `id` alone for a collection.
    pub key: Vec<&'static str>,
}

impl TableDef {
    /// The column named `name`.
    pub fn column(&self, name: &str) -> Option<&ColumnDef> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// A list field as its link table: `owner` holds the id of the record the list belongs to,
/// `pos` the item's place in the list, `item` the id listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link {
    pub table: &'static str,
    pub owner: &'static str,
    pub item: &'static str,
}

/// The link table of a list field of a collection.
pub(crate) fn link(collection: Collection, field: &str) -> Option<Link> {
    let (table, owner, item) = match (collection, field) {
        (Collection::Events, "actors") => ("event_actors", "event", "actor"),
        (Collection::Events, "sources") => ("event_sources", "event", "source"),
        (Collection::Estimates, "reported_with") => {
            ("estimate_reported_with", "estimate", "reported_with")
        }
        (Collection::Claims, "about") => ("claim_about", "claim", "actor"),
        (Collection::Sources, "actors") => ("source_actors", "source", "actor"),
        // Lists read backwards: a derived table of the same shape over the referring records,
        // `pos` being the referrer's place, so that such a list is in the referrers' order.
        (Collection::Actors, "claims") => (
            "(SELECT DISTINCT a.actor AS owner, a.claim AS item, c.pos AS pos FROM claim_about AS a JOIN claims AS c ON c.id = a.claim)",
            "owner",
            "item",
        ),
        (Collection::Actors, "sources") => (
            "(SELECT DISTINCT a.actor AS owner, a.source AS item, s.pos AS pos FROM source_actors AS a JOIN sources AS s ON s.id = a.source)",
            "owner",
            "item",
        ),
        (Collection::Actors, "events") => (
            "(SELECT DISTINCT a.actor AS owner, a.event AS item, e.pos AS pos FROM event_actors AS a JOIN events AS e ON e.id = a.event)",
            "owner",
            "item",
        ),
        (Collection::Actors, "members") => (
            "(SELECT affiliation AS owner, id AS item, pos FROM actors WHERE affiliation IS NOT NULL)",
            "owner",
            "item",
        ),
        (Collection::Sources, "estimates") => (
            "(SELECT source AS owner, id AS item, pos FROM estimates)",
            "owner",
            "item",
        ),
        (Collection::Sources, "claims") => (
            "(SELECT source AS owner, id AS item, pos FROM claims)",
            "owner",
            "item",
        ),
        (Collection::Sources, "events") => (
            "(SELECT DISTINCT a.source AS owner, a.event AS item, e.pos AS pos FROM event_sources AS a JOIN events AS e ON e.id = a.event)",
            "owner",
            "item",
        ),
        (Collection::Reports, "actors") => (
            "(SELECT report AS owner, id AS item, pos FROM actors)",
            "owner",
            "item",
        ),
        (Collection::Reports, "events") => (
            "(SELECT report AS owner, id AS item, pos FROM events)",
            "owner",
            "item",
        ),
        (Collection::Reports, "estimates") => (
            "(SELECT report AS owner, id AS item, pos FROM estimates)",
            "owner",
            "item",
        ),
        (Collection::Reports, "sources") => (
            "(SELECT report AS owner, id AS item, pos FROM sources)",
            "owner",
            "item",
        ),
        (Collection::Reports, "claims") => (
            "(SELECT report AS owner, id AS item, pos FROM claims)",
            "owner",
            "item",
        ),
        _ => return None,
    };
    Some(Link { table, owner, item })
}

/// A value of a cell.
#[derive(Debug, Clone, PartialEq)]
enum Cell<'d> {
    Null,
    Text(Cow<'d, str>),
    Int(u64),
    Bool(bool),
    Day(Day),
}

/// A table with its rows.
struct TableRows<'d> {
    name: &'static str,
    columns: Vec<ColumnDef>,
    rows: Vec<Vec<Cell<'d>>>,
}

type Getter<'d, T> = Box<dyn Fn(T, usize) -> Cell<'d> + 'd>;

/// A table's columns, each with how to read its cell from a record and its position.
struct Spec<'d, T> {
    def: TableDef,
    cells: Vec<Getter<'d, T>>,
}

impl<'d, T: Copy + 'd> Spec<'d, T> {
    fn new(name: &'static str, doc: &'static str, key: Vec<&'static str>) -> Self {
        Spec {
            def: TableDef {
                name,
                doc,
                columns: Vec::new(),
                key,
            },
            cells: Vec::new(),
        }
    }

    fn column(
        mut self,
        name: &'static str,
        ty: SqlType,
        nullable: bool,
        cell: impl Fn(T, usize) -> Cell<'d> + 'd,
    ) -> Self {
        self.def.columns.push(ColumnDef {
            name,
            ty,
            nullable,
            references: None,
            words: None,
            doc: None,
        });
        self.cells.push(Box::new(cell));
        self
    }

    /// Sets something on the column added last.
    fn last(mut self, f: impl FnOnce(&mut ColumnDef)) -> Self {
        if let Some(column) = self.def.columns.last_mut() {
            f(column);
        }
        self
    }

    fn doc(self, doc: &'static str) -> Self {
        self.last(|c| c.doc = Some(doc))
    }

    fn references(self, table: &'static str) -> Self {
        self.last(|c| c.references = Some(table))
    }

    fn words(self, vocabulary: Vocabulary) -> Self {
        self.last(|c| c.words = Some(vocabulary.words().to_vec()))
    }

    fn id(self, get: impl Fn(T) -> &'d str + 'd) -> Self {
        self.column("id", SqlType::Text, false, move |r, _| text(get(r)))
            .column("pos", SqlType::Integer, false, |_, i| Cell::Int(i as u64))
            .doc("place in the dataset, from 0")
    }

    /// A text a query compares ignoring case: the text, and the text folded.
    fn text(
        self,
        name: &'static str,
        folded: &'static str,
        get: impl Fn(T) -> Option<&'d str> + Copy + 'd,
    ) -> Self {
        let nullable = false;
        self.column(name, SqlType::Text, nullable, move |r, _| {
            get(r).map_or(Cell::Null, text)
        })
        .column(folded, SqlType::Text, nullable, move |r, _| {
            get(r).map_or(Cell::Null, |t| Cell::Text(fold(t).into()))
        })
        .doc("lower case, typographic quotes as plain ones, for comparing")
    }

    /// Like [`Spec::text`], for a text that may be missing.
    fn optional_text(
        mut self,
        name: &'static str,
        folded: &'static str,
        get: impl Fn(T) -> Option<&'d str> + Copy + 'd,
    ) -> Self {
        self = self.text(name, folded, get);
        let n = self.def.columns.len();
        for column in &mut self.def.columns[n - 2..] {
            column.nullable = true;
        }
        self
    }

    /// A date: its words, precision, interval and whether the year is inferred.
    fn date(self, names: [&'static str; 5], get: impl Fn(T) -> Option<Date> + Copy + 'd) -> Self {
        let [words, precision, earliest, latest, inferred] = names;
        self.column(words, SqlType::Text, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Text(d.to_string().into()))
        })
        .doc("as the report says it; `[2025]` is a year the report implies")
        .column(precision, SqlType::Text, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Text(precision_word(&d).into()))
        })
        .last(|c| {
            c.words = Some(vec![
                "year",
                "part_of_year",
                "month",
                "part_of_month",
                "day",
            ])
        })
        .column(earliest, SqlType::Date, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Day(d.earliest()))
        })
        .doc("first day it can mean")
        .column(latest, SqlType::Date, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Day(d.latest()))
        })
        .doc("last day it can mean")
        .column(inferred, SqlType::Boolean, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Bool(d.year_inferred()))
        })
    }

    /// A quote: its words (and folded), its report and byte range.
    fn quote(self, get: impl Fn(T) -> Quote<'d> + Copy + 'd) -> Self {
        self.text("quote", "quote_folded", move |r| Some(get(r).text()))
            .quote_place(get)
    }

    /// Where a quote stands: its report and byte range.
    fn quote_place(self, get: impl Fn(T) -> Quote<'d> + Copy + 'd) -> Self {
        self.column("report", SqlType::Text, false, move |r, _| {
            text(get(r).report().id().as_str())
        })
        .references("reports")
        .column("quote_start", SqlType::Integer, false, move |r, _| {
            Cell::Int(get(r).start() as u64)
        })
        .doc("byte offset of the quote in the report's text")
        .column("quote_end", SqlType::Integer, false, move |r, _| {
            Cell::Int(get(r).end() as u64)
        })
        .doc("byte offset just past it")
    }

    fn table(self, records: impl IntoIterator<Item = T>) -> TableRows<'d> {
        let rows = records
            .into_iter()
            .enumerate()
            .map(|(i, r)| self.cells.iter().map(|cell| cell(r, i)).collect())
            .collect();
        TableRows {
            name: self.def.name,
            columns: self.def.columns,
            rows,
        }
    }
}

fn text(s: &str) -> Cell<'_> {
    Cell::Text(Cow::Borrowed(s))
}

fn word<'d>(w: &'static str) -> Cell<'d> {
    Cell::Text(Cow::Borrowed(w))
}

fn precision_word(date: &Date) -> &'static str {
    use crate::model::date::Precision;
    match date.precision() {
        Precision::Year => "year",
        Precision::PartOfYear => "part_of_year",
        Precision::Month => "month",
        Precision::PartOfMonth => "part_of_month",
        Precision::Day => "day",
    }
}

/// A link table of a list: the owner's id, the place in the list, the item's id.
fn link_spec<'d, O: Copy + 'd>(
    collection: Collection,
    field: &str,
    doc: &'static str,
    target: &'static str,
    owner_id: fn(O) -> &'d str,
) -> Spec<'d, (O, &'d str)> {
    let Link { table, owner, item } = link(collection, field).expect("a list field");
    Spec::new(table, doc, vec![owner, "pos"])
        .column(owner, SqlType::Text, false, move |(o, _): (O, _), _| {
            text(owner_id(o))
        })
        .references(collection.name())
        .column("pos", SqlType::Integer, false, |_, i| Cell::Int(i as u64))
        .doc("place in the list, from 0")
        .column(item, SqlType::Text, false, |(_, i): (O, &'d str), _| {
            text(i)
        })
        .references(target)
}

/// Rows of a link table: every item of every owner's list, with its place in the list.
fn link_rows<'d, O: Record<'d>, I: Copy>(
    spec: Spec<'d, (O, I)>,
    owners: Records<'d, O>,
    list: impl Fn(O) -> Vec<I>,
) -> TableRows<'d> {
    let rows = owners
        .iter()
        .flat_map(|o| {
            list(o)
                .into_iter()
                .enumerate()
                .map(move |(i, item)| (i, (o, item)))
        })
        .map(|(i, pair)| spec.cells.iter().map(|cell| cell(pair, i)).collect())
        .collect();
    TableRows {
        name: spec.def.name,
        columns: spec.def.columns,
        rows,
    }
}

/// The ids of the records a list field names.
fn ids<'d, R: Record<'d>>(records: Records<'d, R>, id: fn(R) -> &'d str) -> Vec<&'d str> {
    records.iter().map(id).collect()
}

fn reports<'d>() -> Spec<'d, Report<'d>> {
    Spec::new(
        "reports",
        "The reports every quote points into.",
        vec!["id"],
    )
    .id(|r: Report<'d>| r.id().as_str())
    .text("title", "title_folded", |r: Report<'d>| Some(r.title()))
    .date(
        [
            "year",
            "year_precision",
            "year_earliest",
            "year_latest",
            "year_year_inferred",
        ],
        |r: Report<'d>| Some(Date::year(r.year())),
    )
    .text("text", "text_folded", |r: Report<'d>| Some(r.text()))
}

fn actors<'d>() -> Spec<'d, Actor<'d>> {
    Spec::new(
        "actors",
        "People, groups, organisations, governments, forces and media the report names.",
        vec!["id"],
    )
    .id(|r: Actor<'d>| r.id().as_str())
    .text("name", "name_folded", |r: Actor<'d>| Some(r.name()))
    .column("named", SqlType::Boolean, false, |r: Actor<'d>, _| {
        Cell::Bool(r.named())
    })
    .doc("whether the report gives a proper name")
    .column("kind", SqlType::Text, false, |r: Actor<'d>, _| {
        word(r.kind().word())
    })
    .words(Vocabulary::ActorKind)
    .optional_text("country", "country_folded", |r: Actor<'d>| r.country())
    .optional_text("role", "role_folded", |r: Actor<'d>| r.role())
    .column("affiliation", SqlType::Text, true, |r: Actor<'d>, _| {
        r.affiliation()
            .map_or(Cell::Null, |a| text(a.id().as_str()))
    })
    .references("actors")
    .doc("the actor it belongs to")
    .quote(|r: Actor<'d>| r.quote())
}

fn sources<'d>() -> Spec<'d, Source<'d>> {
    Spec::new("sources", "Who facts come from.", vec!["id"])
        .id(|r: Source<'d>| r.id().as_str())
        .text("name", "name_folded", |r: Source<'d>| Some(r.name()))
        .column("kind", SqlType::Text, false, |r: Source<'d>, _| {
            word(r.kind().word())
        })
        .words(Vocabulary::SourceKind)
        .column("confirmable", SqlType::Boolean, true, |r: Source<'d>, _| {
            r.confirmable().map_or(Cell::Null, Cell::Bool)
        })
        .doc(
            "whether the report says it can be confirmed independently; NULL where it says neither",
        )
        .quote(|r: Source<'d>| r.quote())
}

fn events<'d>() -> Spec<'d, Event<'d>> {
    Spec::new(
        "events",
        "What happened, dated as precisely as the report says.",
        vec!["id"],
    )
    .id(|r: Event<'d>| r.id().as_str())
    .text("title", "title_folded", |r: Event<'d>| Some(r.title()))
    .date(
        [
            "date",
            "date_precision",
            "date_earliest",
            "date_latest",
            "date_year_inferred",
        ],
        |r: Event<'d>| r.date(),
    )
    .column("ongoing", SqlType::Boolean, false, |r: Event<'d>, _| {
        Cell::Bool(r.ongoing())
    })
    .doc("whether it began at `date` and still holds")
    .optional_text("place", "place_folded", |r: Event<'d>| r.place())
    .quote(|r: Event<'d>| r.quote())
}

fn estimates<'d>() -> Spec<'d, Estimate<'d>> {
    Spec::new(
        "estimates",
        "The figures about the deployment and its losses, side by side; none is preferred.",
        vec!["id"],
    )
    .id(|r: Estimate<'d>| r.id().as_str())
    .column("topic", SqlType::Text, false, |r: Estimate<'d>, _| {
        word(r.topic().word())
    })
    .words(Vocabulary::Topic)
    .column("measure", SqlType::Text, false, |r: Estimate<'d>, _| {
        word(r.measure().word())
    })
    .words(Vocabulary::Measure)
    .column("value", SqlType::BigInt, false, |r: Estimate<'d>, _| {
        Cell::Int(r.value())
    })
    .doc("the figure as the report states it")
    .column("qualifier", SqlType::Text, false, |r: Estimate<'d>, _| {
        word(r.qualifier().word())
    })
    .words(Vocabulary::Qualifier)
    .column("low", SqlType::BigInt, true, |r: Estimate<'d>, _| {
        r.low().map_or(Cell::Null, |b| Cell::Int(b.value))
    })
    .doc("lower bound the wording implies")
    .column(
        "low_inclusive",
        SqlType::Boolean,
        true,
        |r: Estimate<'d>, _| r.low().map_or(Cell::Null, |b| Cell::Bool(b.inclusive)),
    )
    .column("high", SqlType::BigInt, true, |r: Estimate<'d>, _| {
        r.high().map_or(Cell::Null, |b| Cell::Int(b.value))
    })
    .doc("upper bound the wording implies")
    .column(
        "high_inclusive",
        SqlType::Boolean,
        true,
        |r: Estimate<'d>, _| r.high().map_or(Cell::Null, |b| Cell::Bool(b.inclusive)),
    )
    .optional_text("period", "period_folded", |r: Estimate<'d>| r.period())
    .date(
        [
            "since",
            "since_precision",
            "since_earliest",
            "since_latest",
            "since_year_inferred",
        ],
        |r: Estimate<'d>| r.since(),
    )
    .date(
        [
            "during",
            "during_precision",
            "during_earliest",
            "during_latest",
            "during_year_inferred",
        ],
        |r: Estimate<'d>| r.during(),
    )
    .column("source", SqlType::Text, false, |r: Estimate<'d>, _| {
        text(r.source().id().as_str())
    })
    .references("sources")
    .quote(|r: Estimate<'d>| r.quote())
}

fn claims<'d>() -> Spec<'d, Claim<'d>> {
    Spec::new(
        "claims",
        "Statements the report attributes to a source.",
        vec!["id"],
    )
    .id(|r: Claim<'d>| r.id().as_str())
    .text("text", "text_folded", |r: Claim<'d>| Some(r.text()))
    .column("source", SqlType::Text, false, |r: Claim<'d>, _| {
        text(r.source().id().as_str())
    })
    .references("sources")
    .date(
        [
            "date",
            "date_precision",
            "date_earliest",
            "date_latest",
            "date_year_inferred",
        ],
        |r: Claim<'d>| r.date(),
    )
    .column("status", SqlType::Text, false, |r: Claim<'d>, _| {
        word(r.status().word())
    })
    .words(Vocabulary::ClaimStatus)
    .quote(|r: Claim<'d>| r.quote())
}

/// A table of the further quotes of a collection's records (`estimate_restated`): the
/// owner's id, the place in its list, and the quote with its place in the report.
fn restated<'d, O: Copy + 'd>(
    table: &'static str,
    owner: &'static str,
    doc: &'static str,
    references: &'static str,
    owner_id: fn(O) -> &'d str,
) -> Spec<'d, (O, Quote<'d>)> {
    Spec::new(table, doc, vec![owner, "pos"])
        .column(owner, SqlType::Text, false, move |(o, _): (O, _), _| {
            text(owner_id(o))
        })
        .references(references)
        .column("pos", SqlType::Integer, false, |_, i| Cell::Int(i as u64))
        .doc("place in the list, from 0")
        .quote(|(_, q): (_, Quote<'d>)| q)
}

/// The table of a collection's further quotes, and its column naming their record.
pub(crate) fn restated_table(collection: Collection) -> Option<(&'static str, &'static str)> {
    match collection {
        Collection::Estimates => Some(("estimate_restated", "estimate")),
        Collection::Claims => Some(("claim_restated", "claim")),
        _ => None,
    }
}

fn estimate_restated<'d>() -> Spec<'d, (Estimate<'d>, Quote<'d>)> {
    let (table, owner) = restated_table(Collection::Estimates).expect("estimates restate");
    restated(
        table,
        owner,
        "Where the report states an estimate's figure again.",
        "estimates",
        |e: Estimate<'d>| e.id().as_str(),
    )
}

fn claim_restated<'d>() -> Spec<'d, (Claim<'d>, Quote<'d>)> {
    let (table, owner) = restated_table(Collection::Claims).expect("claims restate");
    restated(
        table,
        owner,
        "Where the report makes a claim's statement again.",
        "claims",
        |c: Claim<'d>| c.id().as_str(),
    )
}

fn source_actors<'d>() -> Spec<'d, (Source<'d>, &'d str)> {
    link_spec(
        Collection::Sources,
        "actors",
        "The actors behind a source.",
        "actors",
        |s: Source<'d>| s.id().as_str(),
    )
}

fn event_actors<'d>() -> Spec<'d, (Event<'d>, &'d str)> {
    link_spec(
        Collection::Events,
        "actors",
        "Who took part in an event.",
        "actors",
        |e: Event<'d>| e.id().as_str(),
    )
}

fn event_sources<'d>() -> Spec<'d, (Event<'d>, &'d str)> {
    link_spec(
        Collection::Events,
        "sources",
        "Who the report has an event from.",
        "sources",
        |e: Event<'d>| e.id().as_str(),
    )
}

fn reported_with<'d>() -> Spec<'d, (Estimate<'d>, &'d str)> {
    link_spec(
        Collection::Estimates,
        "reported_with",
        "Figures the report says come from the same report or time frame.",
        "estimates",
        |e: Estimate<'d>| e.id().as_str(),
    )
}

fn claim_about<'d>() -> Spec<'d, (Claim<'d>, &'d str)> {
    link_spec(
        Collection::Claims,
        "about",
        "Who a claim is about.",
        "actors",
        |c: Claim<'d>| c.id().as_str(),
    )
}

/// Every table's definition, in the order the script creates them.
pub(crate) fn definitions() -> Vec<TableDef> {
    vec![
        reports().def,
        actors().def,
        sources().def,
        source_actors().def,
        events().def,
        event_actors().def,
        event_sources().def,
        estimates().def,
        reported_with().def,
        estimate_restated().def,
        claims().def,
        claim_about().def,
        claim_restated().def,
    ]
}

/// Every table with its rows, in the order of [`definitions`].
fn tables(d: &Dataset) -> Vec<TableRows<'_>> {
    vec![
        reports().table(d.reports()),
        actors().table(d.actors()),
        sources().table(d.sources()),
        link_rows(source_actors(), d.sources(), |s| {
            ids(s.actors(), |a| a.id().as_str())
        }),
        events().table(d.events()),
        link_rows(event_actors(), d.events(), |e| {
            ids(e.actors(), |a| a.id().as_str())
        }),
        link_rows(event_sources(), d.events(), |e| {
            ids(e.sources(), |s| s.id().as_str())
        }),
        estimates().table(d.estimates()),
        link_rows(reported_with(), d.estimates(), |e| {
            ids(e.reported_with(), |w| w.id().as_str())
        }),
        link_rows(estimate_restated(), d.estimates(), |e| {
            e.restated().iter().collect()
        }),
        claims().table(d.claims()),
        link_rows(claim_about(), d.claims(), |c| {
            ids(c.about(), |a| a.id().as_str())
        }),
        link_rows(claim_restated(), d.claims(), |c| {
            c.restated().iter().collect()
        }),
    ]
}

/// The order to insert rows in so that a row comes after the row of its own table it refers
/// to (an actor after the actor it belongs to), where foreign keys are checked row by row;
/// data order is kept otherwise (and `pos` keeps it anyway). Also the rows in a cycle of
/// references, which can only be inserted without the reference and updated after.
fn referred_first(rows: &[Vec<Cell<'_>>], column: usize) -> (Vec<usize>, Vec<usize>) {
    let index: std::collections::HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| match row.first() {
            Some(Cell::Text(id)) => Some((id.as_ref(), i)),
            _ => None,
        })
        .collect();
    let target = |i: usize| match rows[i].get(column) {
        Some(Cell::Text(id)) => index.get(id.as_ref()).copied().filter(|&j| j != i),
        _ => None,
    };
    // 0: not yet, 1: waiting for the row it refers to, 2: inserted.
    let mut state = vec![0u8; rows.len()];
    let (mut order, mut cyclic) = (Vec::new(), Vec::new());
    for start in 0..rows.len() {
        let mut stack = vec![start];
        while let Some(&i) = stack.last() {
            if state[i] == 2 {
                stack.pop();
                continue;
            }
            state[i] = 1;
            match target(i) {
                Some(j) if state[j] == 0 => stack.push(j),
                found => {
                    if found.is_some_and(|j| state[j] == 1) {
                        cyclic.push(i);
                    }
                    order.push(i);
                    state[i] = 2;
                    stack.pop();
                }
            }
        }
    }
    (order, cyclic)
}

/// `CREATE TABLE`, with a comment for the table and for columns whose name does not say all.
fn create_table(out: &mut String, table: &TableDef) {
    let _ = writeln!(out, "\n-- {}", table.doc);
    let _ = writeln!(out, "CREATE TABLE {} (", table.name);
    let single_key = match table.key.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let mut lines: Vec<(String, Option<&str>)> = table
        .columns
        .iter()
        .map(|c| {
            let mut line = format!("  {} {}", c.name, c.ty.sql());
            if single_key == Some(c.name) {
                line.push_str(" PRIMARY KEY");
            } else if !c.nullable {
                line.push_str(" NOT NULL");
            }
            if c.name == "pos" && single_key.is_some() {
                line.push_str(" UNIQUE");
            }
            if let Some(words) = &c.words {
                let list: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
                let _ = write!(line, " CHECK ({} IN ({}))", c.name, list.join(", "));
            }
            if let Some(target) = c.references {
                let _ = write!(line, " REFERENCES {target} (id)");
            }
            (line, c.doc)
        })
        .collect();
    if single_key.is_none() {
        lines.push((format!("  PRIMARY KEY ({})", table.key.join(", ")), None));
    }
    let last = lines.len() - 1;
    for (i, (line, doc)) in lines.iter().enumerate() {
        let comma = if i == last { "" } else { "," };
        match doc {
            Some(doc) => {
                let _ = writeln!(out, "{line}{comma} -- {doc}");
            }
            None => {
                let _ = writeln!(out, "{line}{comma}");
            }
        }
    }
    out.push_str(");\n");
}

fn invalid(why: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, why)
}

/// A cell as a SQL literal.
fn sql_cell(out: &mut String, cell: &Cell<'_>) -> io::Result<()> {
    match cell {
        Cell::Null => out.push_str("NULL"),
        Cell::Text(t) => {
            if t.contains('\0') {
                return Err(invalid(format!(
                    "text with a NUL character cannot be written as SQL: {t:?}"
                )));
            }
            quote_standard(out, t);
        }
        Cell::Int(n) => {
            if i64::try_from(*n).is_err() {
                return Err(invalid(format!(
                    "{n} does not fit a SQL BIGINT (at most {})",
                    i64::MAX
                )));
            }
            let _ = write!(out, "{n}");
        }
        Cell::Bool(b) => out.push_str(if *b { "TRUE" } else { "FALSE" }),
        Cell::Day(day) => {
            let _ = write!(out, "'{day}'");
        }
    }
    Ok(())
}

/// Writes `text` as a standard SQL string literal: in single quotes, a quote doubled.
pub(crate) fn quote_standard(out: &mut String, text: &str) {
    out.push('\'');
    for c in text.chars() {
        if c == '\'' {
            out.push('\'');
        }
        out.push(c);
    }
    out.push('\'');
}

/// A cell as a CSV field.
fn csv_cell(out: &mut String, cell: &Cell<'_>) {
    match cell {
        Cell::Null => {}
        Cell::Text(t) => {
            if t.is_empty() || t.contains([',', '"', '\r', '\n']) {
                out.push('"');
                out.push_str(&t.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(t);
            }
        }
        Cell::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Cell::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Cell::Day(day) => {
            let _ = write!(out, "{day}");
        }
    }
}
