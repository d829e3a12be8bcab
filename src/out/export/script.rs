//! The SQL script: the schema, then every row as an `INSERT`, ordered so that foreign keys
//! hold row by row, and cells as SQL literals. The export's hot path on a large dataset.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::store::data::Dataset;

use super::cells::Cell;
use super::ddl::schema_with;
use super::error::ExportError;
use super::tables::tables;

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

/// A cell as a SQL literal.
fn sql_cell(out: &mut String, cell: &Cell<'_>) -> io::Result<()> {
    match cell {
        Cell::Null => out.push_str("NULL"),
        Cell::Text(t) => {
            if t.contains('\0') {
                return Err(ExportError::NulInText(t.to_string()).into());
            }
            quote_standard(out, t);
        }
        Cell::Int(n) => {
            if i64::try_from(*n).is_err() {
                return Err(ExportError::BeyondBigInt(*n).into());
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

/// Writes `text` as a standard SQL string literal: in single quotes, a quote doubled. The
/// script's text; the query translation writes its own literals with it too.
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
