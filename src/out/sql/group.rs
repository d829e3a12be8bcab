//! `group by` as a statement: the matching records with their key, a record in one group per
//! distinct value through a list, then one row per key with its columns (`key`, `count`,
//! `sources`) in the groups' order. Apart because it is a statement of its own, the longest.

use std::fmt::Write as _;

use crate::model::collection::Collection;
use crate::plan::{AnswerColumn, GroupColumn, Select, SortKey};
use crate::store::schema::FieldId;

use super::Translator;
use super::dialect::{Dialect, WHOLE_FRAME};
use super::path::{Leaf, Reached, Scope};
use super::select::{direction, limit};

impl Translator {
    /// `group by`: the matching records with their key in a common table `matched`, then one
    /// row per key. Through a list a record has one key per distinct value reached (the
    /// missing key if none), in a table `keys`, so that it may stand in several groups.
    pub(super) fn groups(
        &mut self,
        query: &Select,
        mut scope: Scope,
        filter: Option<String>,
        key: &[FieldId],
    ) -> String {
        let main = query.collection.name();
        let mut record = format!("{main}.pos");
        if query.collection == Collection::Estimates {
            let _ = write!(record, ", {main}.source");
        }

        // The key, its sort terms, and for a key through a list the table of keys and the
        // alias of the record owning the list.
        let mut keys = None;
        let (key_value, key_terms) = match self.reach(&mut scope, main, key, false) {
            Reached::List { alias, list, rest } if !rest.is_empty() => {
                let (last, between) = rest.split_last().expect("not empty");
                let mut through = vec![list];
                through.extend_from_slice(between);
                let (chain, reached) = self.chain(&through);
                let (x, d) = self.next_chain_alias();
                let leaf = Leaf {
                    alias: x.clone(),
                    field: *last,
                    nullable: true,
                };
                let value = format!("{x}.{}", last.field().name);
                let terms = self.leaf_order(&leaf);
                let mut pairs = format!("SELECT {d}.owner AS owner, {value} AS key");
                let mut grouped = format!("{d}.owner, {value}");
                let mut names = Vec::new();
                for (i, term) in terms.iter().enumerate() {
                    let _ = write!(pairs, ", {} AS key_{}", term.sql, i + 1);
                    let _ = write!(grouped, ", {}", term.sql);
                    names.push(term.of(format!("k.key_{}", i + 1)));
                }
                let _ = write!(
                    pairs,
                    ", min({d}.rank) AS first FROM ({chain}) AS {d} JOIN {reached} AS {x} ON {x}.id = {d}.id WHERE {value} IS NOT NULL GROUP BY {grouped}"
                );
                keys = Some((pairs, alias));
                ("k.key".to_owned(), names)
            }
            _ => {
                let value = self.value(&mut scope, main, key);
                let value = self.shown(value);
                let terms = self.order_terms(&mut scope, main, key);
                (value, terms)
            }
        };

        // The key's sort terms are columns of `matched`; a collation goes with the ordering.
        let mut matched = format!("SELECT {record}, {key_value} AS key");
        let mut key_columns = vec!["key".to_owned()];
        let mut key_order = Vec::new();
        for (i, term) in key_terms.iter().enumerate() {
            let name = format!("key_{}", i + 1);
            let _ = write!(matched, ", {} AS {name}", term.sql);
            key_order.push(term.of(name.clone()));
            key_columns.push(name);
        }
        let from = format!("FROM {main}{}", scope.sql.replace('\n', "\n  "));
        let mut common = String::new();
        match &keys {
            Some((pairs, owner)) => {
                // Ties between groups keep the order they first appear in: the record's
                // place, then the key's place among the record's keys.
                let _ = write!(common, "keys AS (\n  {pairs}\n),\n");
                let _ = write!(
                    matched,
                    ", {main}.pos * 4294967296 + k.first AS seq\n  {from}\n  JOIN keys AS k ON k.owner = {owner}.id"
                );
                if let Some(filter) = &filter {
                    let _ = write!(matched, "\n  WHERE {filter}");
                }
                let nulls: String = key_columns
                    .iter()
                    .map(|c| format!(", NULL AS {c}"))
                    .collect();
                let _ = write!(
                    matched,
                    "\n  UNION ALL\n  SELECT {record}{nulls}, {main}.pos * 4294967296 AS seq\n  {from}\n  WHERE NOT EXISTS (SELECT 1 FROM keys AS k WHERE k.owner = {owner}.id)"
                );
                if let Some(filter) = &filter {
                    let _ = write!(matched, "\n    AND ({filter})");
                }
            }
            None => {
                let _ = write!(matched, "\n  {from}");
                if let Some(filter) = &filter {
                    let _ = write!(matched, "\n  WHERE {filter}");
                }
            }
        }

        let group_columns: Vec<GroupColumn> = if query.select.is_empty() {
            GroupColumn::of(query.collection).to_vec()
        } else {
            query
                .select
                .iter()
                .filter_map(|c| match c {
                    AnswerColumn::Group(g) => Some(*g),
                    AnswerColumn::Field(_) => None,
                })
                .collect()
        };
        let columns: Vec<String> = group_columns
            .iter()
            .map(|c| match c {
                GroupColumn::Key => "key".to_owned(),
                GroupColumn::Count => "count(*) AS \"count\"".to_owned(),
                GroupColumn::Sources => format!("{} AS \"sources\"", self.sources(false)),
            })
            .collect();

        let mut order = Vec::new();
        for SortKey { column, descending } in &query.order_by {
            let AnswerColumn::Group(column) = column else {
                continue;
            };
            let aggregate = |sql: &str| direction(sql.to_owned(), *descending, false);
            match column {
                GroupColumn::Key => {
                    for term in &key_order {
                        order.push(direction(term.collated(), *descending, term.nullable));
                    }
                }
                GroupColumn::Count => order.push(aggregate("count(*)")),
                GroupColumn::Sources => order.push(aggregate(&format!(
                    "{}{}",
                    self.sources(true),
                    self.bytewise()
                ))),
            }
        }
        // Then by key, as groups always are, then in the order they first appear.
        for term in key_order {
            order.push(direction(term.collated(), false, term.nullable));
        }
        order.push(
            if keys.is_some() {
                "min(seq)"
            } else {
                "min(pos)"
            }
            .into(),
        );

        let mut sql = format!(
            "WITH {common}matched AS (\n  {matched}\n)\nSELECT {}\nFROM matched AS g\nGROUP BY {}\nORDER BY {}",
            columns.join(", "),
            key_columns.join(", "),
            order.join(", ")
        );
        limit(&mut sql, query.limit);
        sql
    }

    /// A group's sources in order of first appearance: a JSON array, or a key that sorts as
    /// the list does, item by item (each item `1` and its id escaped and ended by two
    /// `char(1)`s, the list ended by `0`, so that a list sorts before any longer list it
    /// begins).
    pub(super) fn sources(&self, as_key: bool) -> String {
        let firsts = format!(
            "FROM (SELECT source, min(pos) AS first FROM matched AS m WHERE m.key {} g.key GROUP BY source) AS s",
            self.null_safe_eq()
        );
        let chr = self.char_fn();
        let item = format!(
            "'1' || replace(s.source, {chr}(1), {chr}(1) || {chr}(2)) || {chr}(1) || {chr}(1)"
        );
        match (self.dialect, as_key) {
            (_, false) => {
                let array = self.json_array("s.source", "s.first", &firsts);
                self.shown((array, true))
            }
            (Dialect::Sqlite, true) => format!(
                "(COALESCE((SELECT group_concat({item}, '') OVER (ORDER BY s.first {WHOLE_FRAME}) {firsts}), '') || '0')"
            ),
            (Dialect::Postgres, true) => format!(
                "(COALESCE((SELECT string_agg({item}, '' ORDER BY s.first) {firsts}), '') || '0')"
            ),
        }
    }
}
