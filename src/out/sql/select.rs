//! A query for records as a statement: its columns, `count`, `order by` (missing values last,
//! text ignoring case, words in their vocabulary's order, ties in the data's order) and
//! `limit`. Apart from [`super::group`], which shares the ordering but builds a statement of
//! its own.

use std::fmt::Write as _;

use crate::plan::{AnswerColumn, Select, SortKey};
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
            (query.collection.default_columns().iter())
                .map(|&f| (f.field().name.to_owned(), vec![f]))
                .collect()
        } else {
            query
                .select
                .iter()
                .filter_map(|c| match c {
                    AnswerColumn::Field(path) => Some((path.to_string(), path.0.clone())),
                    AnswerColumn::Group(_) => None,
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
        for SortKey { column, descending } in &query.order_by {
            if let AnswerColumn::Field(path) = column {
                for term in self.order_terms(&mut scope, main, &path.0) {
                    order.push(direction(term.collated(), *descending, term.nullable));
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

    /// How a path's value sorts: expressions to order by in turn. A path through a list has
    /// no one value to sort by; the checker refuses it.
    pub(super) fn order_terms(
        &mut self,
        scope: &mut Scope,
        alias: &str,
        steps: &[FieldId],
    ) -> Vec<OrderTerm> {
        match self.reach(scope, alias, steps, false) {
            Reached::Leaf(leaf) => self.leaf_order(&leaf),
            Reached::List { .. } => {
                let value = self.value(scope, alias, steps);
                vec![OrderTerm {
                    sql: self.shown(value),
                    collate: self.bytewise(),
                    nullable: false,
                }]
            }
        }
    }

    /// How one field sorts: text ignoring case, then byte by byte; words by their rank in the
    /// vocabulary; dates by their first, then their last day.
    pub(super) fn leaf_order(&self, leaf: &Leaf) -> Vec<OrderTerm> {
        let column = format!("{}.{}", leaf.alias, leaf.field.field().name);
        let n = leaf.nullable;
        let c = self.bytewise();
        let term = |sql: String, collate: &'static str| OrderTerm {
            sql,
            collate,
            nullable: n,
        };
        match leaf.field.field().ty {
            FieldType::Text => vec![
                term(format!("{}.{}", leaf.alias, self.folded(leaf.field)), c),
                term(column, c),
            ],
            FieldType::Id | FieldType::Ref(_) => vec![term(column, c)],
            FieldType::Enum(vocabulary) => {
                let mut case = format!("CASE {column}");
                for (rank, word) in vocabulary.words().iter().enumerate() {
                    let _ = write!(case, " WHEN '{word}' THEN {rank}");
                }
                case.push_str(" END");
                vec![term(case, "")]
            }
            FieldType::Date => vec![
                term(format!("{column}_earliest"), ""),
                term(format!("{column}_latest"), ""),
            ],
            FieldType::Number | FieldType::Bool | FieldType::List(_) | FieldType::Texts => {
                vec![term(column, "")]
            }
        }
    }
}

/// An expression to order by, with its collation kept apart so that `group by` can hold the
/// expression in a column and sort that column the same way; and whether it may be NULL (a
/// missing value, which sorts last).
pub(super) struct OrderTerm {
    pub(super) sql: String,
    /// ` COLLATE "C"` where text would otherwise sort by a locale; empty otherwise.
    pub(super) collate: &'static str,
    pub(super) nullable: bool,
}

impl OrderTerm {
    /// The expression with its collation, as it goes in an `ORDER BY`.
    pub(super) fn collated(&self) -> String {
        format!("{}{}", self.sql, self.collate)
    }

    /// The same order for another expression: a column holding this one.
    pub(super) fn of(&self, sql: String) -> OrderTerm {
        OrderTerm {
            sql,
            collate: self.collate,
            nullable: self.nullable,
        }
    }
}
