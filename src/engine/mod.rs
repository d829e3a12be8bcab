//! Answering a checked query over a dataset: filters, scans, grouping, ordering, and `find`.

mod compare;
pub(crate) mod eval;
pub(crate) mod find;
mod group;
mod order;
mod scan;
#[cfg(test)]
mod tests;

use crate::answer::Answer;
use crate::language::error::QueryError;
use crate::plan::{Form, Query};
use crate::store::data::Dataset;

impl Query {
    /// Answers the query from a dataset.
    ///
    /// ```
    /// let query = facts::Query::parse("count estimates where topic = deployment")?;
    /// assert_eq!(query.run(facts::Dataset::builtin()).count(), Some(2));
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn run<'d>(&self, dataset: &'d Dataset) -> Answer<'d> {
        match &self.0 {
            Form::Select(select) => eval::eval(select, dataset),
            Form::Find(find) => Answer::Found(find::find(find, dataset)),
        }
    }
}

impl Dataset {
    /// Answers a query from this dataset.
    ///
    /// ```
    /// let facts = facts::Dataset::builtin();
    /// assert_eq!(facts.query("count sources where kind = intelligence")?.count(), Some(2));
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn query(&self, text: &str) -> Result<Answer<'_>, QueryError> {
        Ok(self.prepare(text)?.run(self))
    }
}
