//! Queries as SQL: the same question as one statement over the schema of [`crate::out::export`].
//!
//! The translation keeps the language's semantics exactly (they are documented in
//! `src/engine/eval.rs`), so that a database answers as the crate does:
//!
//! - a test on a missing value is false whatever the operator, and `not` of it true: a test
//!   on a column that may be NULL is wrapped as `COALESCE(test, FALSE)` wherever a `NOT` is
//!   over it, so that SQL's three-valued logic never reaches the `NOT`;
//! - text compares ignoring case through the `_folded` columns, against a literal folded the
//!   same way; `contains` is a substring test (`instr`, `strpos`), never `LIKE`, whose `%`
//!   and `_` would be wildcards; an id compares ignoring ASCII case (ids are lower case);
//! - a path through a reference is a `LEFT JOIN`; a test through a list is `EXISTS` over its
//!   link table, true when it holds for any item (`!=` through a list arrives as `NOT` of
//!   `=`: no item equals);
//! - dates compare as intervals, on their earliest and latest days;
//! - `order by` puts missing values last in either direction, text sorts ignoring case (then
//!   by the text itself, byte for byte: `COLLATE "C"` for PostgreSQL), words in their
//!   vocabulary's order, and ties keep the order of the data (`pos`), as does a query that
//!   does not order;
//! - a value reached through a list is one value per distinct record reached, in the order
//!   first reached; `group by` through a list puts a record in one group per distinct value
//!   (in the missing group if none), and groups that sort alike keep the order they first
//!   appear in;
//! - values are written as literals, never spliced: text is quoted (a `'` doubled; for
//!   PostgreSQL a backslash as an `E'...'` escape), so no value can end its literal; a
//!   figure beyond a `BIGINT` is decided without SQL numbers.
//!
//! Lists of values (a `select` through a list, a group's `sources`) are JSON arrays, built
//! with window functions in SQLite (whose aggregates take an order only from 3.44) and with
//! `to_json(array_agg(...))` for PostgreSQL and DuckDB.
//!
//! The translation is cut by what it translates, as a SQL unparser is: [`dialect`] the
//! engines' differences and literals, [`path`] paths as joins through references and lists,
//! [`value`] what a path shows (a column, a JSON array), [`cond`] conditions, [`select`] a
//! query for records (columns, order, limit), [`group`] `group by`, [`find`] `find`. This
//! module holds the [`Translator`] they all extend and what they all ask of the schema.
//!
//! It depends on [`crate::out::export`], never the reverse: the export writes the schema (its
//! table definitions, link tables and string literal) and a query is translated to it, so a
//! change of schema is made there and followed here.

use crate::model::collection::Collection;
use crate::out::export::{self, Link, TableDef};
use crate::plan::{Form, Query};
use crate::store::schema::{FieldId, FieldType};

mod cond;
mod dialect;
mod find;
mod group;
mod path;
mod select;
mod value;

pub use dialect::Dialect;

#[cfg_attr(docsrs, doc(cfg(feature = "sql")))]
impl Query {
    /// The query as one SQL statement over the schema [`crate::out::export::sql`] creates.
    ///
    /// A query for records selects the `select`ed fields (without `select`, the columns the
    /// command line shows), each named as in the query; `count` selects `count`; `group by`
    /// selects the `select`ed columns of the groups, or `key`, `count` and for estimates
    /// `low`, `high` and `sources`. A date shows as its words, a list as a JSON array.
    ///
    /// Needs the `sql` feature, on by default.
    ///
    /// ```
    /// use facts::{Dialect, Query};
    /// let query = Query::parse("estimates where source.kind = intelligence order by value desc")?;
    /// assert_eq!(
    ///     query.to_sql(Dialect::Sqlite),
    ///     "SELECT estimates.id, estimates.measure, estimates.qualifier, estimates.value, estimates.source\n\
    ///      FROM estimates\n\
    ///      LEFT JOIN sources AS source ON source.id = estimates.source\n\
    ///      WHERE source.kind = 'intelligence'\n\
    ///      ORDER BY estimates.value DESC, estimates.pos"
    /// );
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn to_sql(&self, dialect: Dialect) -> String {
        let translator = Translator {
            dialect,
            defs: export::definitions(),
            subqueries: 0,
        };
        match &self.0 {
            Form::Select(select) => translator.statement(select),
            Form::Find(find) => translator.find(find),
        }
    }
}

/// A query being translated: for which engine, to which schema, and the subquery aliases
/// taken so far, which every part of the translation adds to.
struct Translator {
    dialect: Dialect,
    defs: Vec<TableDef>,
    /// Subqueries made so far, for their aliases (`l1`, `x1`, ...).
    subqueries: usize,
}

impl Translator {
    fn def(&self, collection: Collection) -> &TableDef {
        self.defs
            .iter()
            .find(|t| t.name == collection.name())
            .expect("every collection has a table")
    }

    /// Whether a field's column may be NULL.
    fn nullable(&self, field: FieldId) -> bool {
        let name = field.field().name;
        self.def(field.collection)
            .column(name)
            .is_some_and(|c| c.nullable)
    }

    /// The column to compare a text field on: its folded form where the table has one.
    fn folded(&self, field: FieldId) -> String {
        let name = field.field().name;
        let folded = format!("{name}_folded");
        if self.def(field.collection).column(&folded).is_some() {
            folded
        } else {
            // Report ids are kebab-case, lower case already.
            name.to_owned()
        }
    }

    fn link(field: FieldId) -> Link {
        export::link(field.collection, field.field().name).expect("every list has a link table")
    }

    /// The table of a texts field's items (a record's further quotes), and its owner column.
    fn restated(field: FieldId) -> (&'static str, &'static str) {
        export::restated_table(field.collection).expect("every texts field has a table")
    }

    fn next_subquery(&mut self) -> (String, String) {
        self.subqueries += 1;
        (
            format!("l{}", self.subqueries),
            format!("x{}", self.subqueries),
        )
    }
}

/// The collection a reference or a list field points into.
fn target(field: FieldId) -> Collection {
    match field.field().ty {
        FieldType::Ref(c) | FieldType::List(c) => c,
        _ => field.collection,
    }
}
