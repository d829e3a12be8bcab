//! The query language: its grammar, the syntax tree pest's parse becomes, the checks that
//! resolve names against the schema, and the errors that point into the query.

mod check;
pub(crate) mod error;
mod expected;
pub(crate) mod from_str;
mod grammar;
mod hint;
pub(crate) mod limits;
mod literal;
mod parse;
mod syntax;
mod syntax_error;
#[cfg(test)]
mod tests;

use crate::language::error::QueryError;
use crate::plan::Query;
use crate::store::data::Dataset;

impl Query {
    /// Parses and checks a query: the same as `text.parse::<Query>()`, for a call that reads
    /// as a constructor.
    ///
    /// ```
    /// let query = facts::Query::parse("count claims where status = alleged")?;
    /// assert_eq!(query.collection(), Some(facts::Collection::Claims));
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Query, QueryError> {
        Query::parse_for(text, None)
    }

    /// Parses, checking ids against a dataset where one is given.
    pub(crate) fn parse_for(text: &str, dataset: Option<&Dataset>) -> Result<Query, QueryError> {
        let syntax = parse::parse(text).map_err(|e| match e {
            // What follows an unknown collection is no use to correct: name it first.
            QueryError::Syntax { .. } => check::unknown_collection(text).unwrap_or(e),
            e => e,
        })?;
        check::check(&syntax, text, dataset)
    }
}

impl Dataset {
    /// Parses a query for this dataset, to run on it as often as needed: as
    /// [`Query::parse`](crate::Query::parse), and every id the query compares whole must name
    /// one of the dataset's records, so that a typo is an error, not an empty answer.
    ///
    /// ```
    /// let facts = facts::Dataset::builtin();
    /// let query = facts.prepare("claims where source = yu-yong-weon")?;
    /// assert!(!query.run(facts).rows().unwrap().is_empty());
    ///
    /// let err = facts.prepare("claims where source = yu-yong-won").unwrap_err();
    /// assert!(err.to_string().contains("did you mean `yu-yong-weon`?"));
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn prepare(&self, text: &str) -> Result<Query, QueryError> {
        Query::parse_for(text, Some(self))
    }
}
