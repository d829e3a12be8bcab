//! Why a dataset cannot be written as asked. The public functions return `io::Result`, as any
//! writer does; the reason travels inside the `io::Error` as this type, not as a sentence, and
//! decides the error's kind, so that each reason is stated once.

use std::io;

/// What the export refuses, each reason with what a caller needs to see it.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ExportError {
    /// SQL text cannot hold a NUL character (PostgreSQL's cannot at all).
    #[error("text with a NUL character cannot be written as SQL: {0:?}")]
    NulInText(String),
    /// A figure above what a `BIGINT` column holds.
    #[error("{0} does not fit a SQL BIGINT (at most {max})", max = i64::MAX)]
    BeyondBigInt(u64),
    /// A CSV file asked for a table the schema does not have.
    #[error("no table `{name}`; the tables are {}", tables.join(", "))]
    NoTable {
        name: String,
        tables: Vec<&'static str>,
    },
}

impl From<ExportError> for io::Error {
    fn from(error: ExportError) -> io::Error {
        let kind = match error {
            ExportError::NoTable { .. } => io::ErrorKind::NotFound,
            ExportError::NulInText(_) | ExportError::BeyondBigInt(_) => io::ErrorKind::InvalidData,
        };
        io::Error::new(kind, error)
    }
}
