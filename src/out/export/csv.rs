//! The CSV files, one per table, and the scripts that create the tables and load those files
//! in bulk (psql's `\copy`, DuckDB's `COPY`). Apart from the SQL script: another format, read
//! by other programs.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::store::data::Dataset;

use super::cells::Cell;
use super::ddl::{schema_with, table_names};
use super::error::ExportError;
use super::tables::tables;

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
    /// The name [`to_dir`](super::to_dir) gives the script beside the CSV files.
    pub fn file_name(self) -> &'static str {
        match self {
            Loader::Psql => "load-postgres.sql",
            Loader::DuckDb => "load-duckdb.sql",
        }
    }
}

/// A script that creates the schema and loads every table from the CSV files [`to_dir`](super::to_dir)
/// writes (`actors.csv`, ...), named relative to the directory it runs in, in one
/// transaction. The bulk path, where the script of [`sql`](super::sql) inserts row by row:
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
        .ok_or_else(|| ExportError::NoTable {
            name: table.to_owned(),
            tables: table_names(),
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
