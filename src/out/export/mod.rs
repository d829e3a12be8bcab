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
//! `lower()` folds ASCII only). `Query::to_sql` (feature `sql`) translates queries to this
//! schema.
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

// Cut by what each part writes, so that each reads in one sitting: `defs` the tables'
// definitions (which `out::sql` reads too), `cells` the builder of a table's columns and
// cells, `tables` every table built with it, `ddl` the `CREATE TABLE`s, `script` the SQL
// script, `csv` the CSV files and the scripts that load them, `error` what either refuses.
// The public items are re-exported here, where they have always been.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::store::data::Dataset;

mod cells;
mod csv;
mod ddl;
mod defs;
mod error;
mod fields;
mod script;
mod tables;

#[cfg(test)]
mod tests;

pub use self::csv::{Loader, csv, csv_script};
pub use ddl::{schema, table_names};
pub use script::sql;

// What the translation of queries to SQL reads of the schema.
#[cfg(feature = "sql")]
pub(crate) use defs::{Link, TableDef, link, restated_table};
#[cfg(feature = "sql")]
pub(crate) use script::quote_standard;
#[cfg(feature = "sql")]
pub(crate) use tables::definitions;

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

/// Writes the dataset as JSON Lines ([`Dataset::write_jsonl`]), which `Dataset::from_jsonl`
/// (feature `load`) reads back to an equal dataset.
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
