//! The ways out of a dataset: JSON Lines, the export to SQL and CSV, and queries as SQL.

pub mod export;
pub(crate) mod jsonl;
pub(crate) mod sql;
