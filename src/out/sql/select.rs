//! A query for records as a statement: its columns, `count`, `order by` (missing values last,
//! text ignoring case, words in their vocabulary's order, ties in the data's order) and
//! `limit`. Apart from [`super::group`], which shares the ordering but builds a statement of
//! its own.

use std::fmt::Write as _;

use crate::plan::{Column, Key, Select};
use crate::store::schema::{FieldId, FieldType};

use super::Translator;
use super::dialect::identifier;
use super::path::{Leaf, Reached, Scope};

pub(super) fn direction(term: String, descending: bool, nullable: bool) -> String {
    match (descending, nullable) {
        (false, false) => term,
        (true, false) => format!("{term} DESC"),
        (false, true) => format!("{term} NULLS LAST"),
        (true, true) => format!("{term} DESC NULLS LAST"),
    }
}

pub(super) fn limit(sql: &mut String, limit: Option<usize>) {
    if let Some(n) = limit {
        // Beyond what SQL's LIMIT takes is the same as no limit.
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        let _ = write!(sql, "\nLIMIT {n}");
    }
}

impl Translator {
    pub(super) fn statement(mut self, query: &Select) -> String {
        let main = query.collection.name();
        let mut scope = Scope::default();
        let filter = query
            .filter
            .as_ref()
            .map(|c| self.cond(&mut scope, main, c, false));
        if query.count {
            let mut sql = format!("SELECT count(*) AS \"count\"\nFROM {main}");
            sql.push_str(&scope.sql);
            if let Some(filter) = filter {
                let _ = write!(sql, "\nWHERE {filter}");
            }
            return sql;
        }
        if let Some(path) = &query.group_by {
            return self.groups(query, scope, filter, &path.0);
        }

        let paths: Vec<(String, Vec<FieldId>)> = if query.select.is_empty() {
            let collection = query.collection;
            collection
                .default_columns()
                .iter()
                .filter_map(|name| FieldId::find(collection, name))
                .map(|f| (f.field().name.to_owned(), vec![f]))
                .collect()
        } else {
            query
                .select
                .iter()
                .filter_map(|c| match c {
                    Column::Field(path) => Some((path.to_string(), path.0.clone())),
                    Column::Group(_) => None,
                })
                .collect()
        };
        let mut columns = Vec::new();
        for (name, steps) in paths {
            let value = self.value(&mut scope, main, &steps);
            let sql = self.shown(value);
            columns.push(if sql == format!("{main}.{name}") {
                sql
            } else {
                format!("{sql} AS {}", identifier(&name))
            });
        }
        let mut order = Vec::new();
        for Key { column, descending } in &query.order_by {
            if let Column::Field(path) = column {
                for (term, nullable) in self.order_terms(&mut scope, main, &path.0) {
                    order.push(direction(term, *descending, nullable));
                }
            }
        }
        // Ties, and a query that does not order, keep the order of the data.
        order.push(format!("{main}.pos"));

        let mut sql = format!("SELECT {}\nFROM {main}", columns.join(", "));
        sql.push_str(&scope.sql);
        if let Some(filter) = filter {
            let _ = write!(sql, "\nWHERE {filter}");
        }
        let _ = write!(sql, "\nORDER BY {}", order.join(", "));
        limit(&mut sql, query.limit);
        sql
    }

    /// How a path's value sorts: expressions to order by in turn, each with whether it may be
    /// NULL (a missing value, which sorts last). A path through a list has no one value to
    /// sort by; the checker refuses it.
    pub(super) fn order_terms(
        &mut self,
        scope: &mut Scope,
        alias: &str,
        steps: &[FieldId],
    ) -> Vec<(String, bool)> {
        match self.reach(scope, alias, steps, false) {
            Reached::Leaf(leaf) => self.leaf_order(&leaf),
            Reached::List { .. } => {
                let value = self.value(scope, alias, steps);
                vec![(format!("{}{}", self.shown(value), self.bytewise()), false)]
            }
        }
    }

    /// How one field sorts: text ignoring case, then byte by byte; words by their rank in the
    /// vocabulary; dates by their first, then their last day.
    pub(super) fn leaf_order(&self, leaf: &Leaf) -> Vec<(String, bool)> {
        let column = format!("{}.{}", leaf.alias, leaf.field.field().name);
        let n = leaf.nullable;
        let c = self.bytewise();
        match leaf.field.field().ty {
            FieldType::Text => vec![
                (format!("{}.{}{c}", leaf.alias, self.folded(leaf.field)), n),
                (format!("{column}{c}"), n),
            ],
            FieldType::Id | FieldType::Ref(_) => vec![(format!("{column}{c}"), n)],
            FieldType::Enum(vocabulary) => {
                let mut case = format!("CASE {column}");
                for (rank, word) in vocabulary.words().iter().enumerate() {
                    let _ = write!(case, " WHEN '{word}' THEN {rank}");
                }
                case.push_str(" END");
                vec![(case, n)]
            }
            FieldType::Date => vec![
                (format!("{column}_earliest"), n),
                (format!("{column}_latest"), n),
            ],
            FieldType::Number | FieldType::Bool | FieldType::List(_) | FieldType::Texts => {
                vec![(column, n)]
            }
        }
    }

    /// An order term without its collation, and the collation.
    pub(super) fn split_collation<'t>(&self, term: &'t str) -> (&'t str, &'static str) {
        let collate = self.bytewise();
        match term.strip_suffix(collate) {
            Some(bare) if !collate.is_empty() => (bare, collate),
            _ => (term, ""),
        }
    }
}
