//! The ways out of a dataset: JSON Lines, the export to SQL and CSV, and queries as SQL.
//!
//! Inside, names run one way: `sql` reads `export` (its table definitions, link tables and
//! string literal) and `export` names nothing of `sql` (`tests/layers.rs` checks it). The export writes the schema, so it
//! owns it; a query is translated to that schema and follows it, never shapes it. `jsonl`
//! stands apart: the crate's own format, read back by `load`.

#[cfg(feature = "export")]
pub mod export;
#[cfg(feature = "export")]
pub(crate) mod jsonl;
#[cfg(feature = "sql")]
pub(crate) mod sql;
