//! What a path shows as a result column: a column, or for a list or a path through one a JSON
//! array, one value per distinct record reached in the order first reached. Apart from
//! [`super::path`]: reaching a field is shared, showing it is the `select`'s and the groups'.

use crate::model::collection::Collection;
use crate::out::export::Link;
use crate::store::schema::{FieldId, FieldType};

use super::dialect::Dialect;
use super::path::{Reached, Scope};
use super::{Translator, target};

impl Translator {
    /// A path's value to show: a column, or a JSON array for a list or a path through one
    /// (of type `json` in PostgreSQL, so that arrays nest; see [`Translator::shown`]).
    pub(super) fn value(
        &mut self,
        scope: &mut Scope,
        alias: &str,
        steps: &[FieldId],
    ) -> (String, bool) {
        match self.reach(scope, alias, steps, false) {
            Reached::Leaf(leaf) if leaf.field.field().ty == FieldType::Texts => {
                let texts = self.texts(&leaf.alias, leaf.field);
                let texts = if leaf.alias == alias {
                    texts
                } else {
                    format!("CASE WHEN {}.id IS NOT NULL THEN {texts} END", leaf.alias)
                };
                (texts, true)
            }
            Reached::Leaf(leaf) => (format!("{}.{}", leaf.alias, leaf.field.field().name), false),
            // A list of a record reached through a reference that refers to nothing is no
            // list at all (NULL), not an empty one.
            Reached::List {
                alias: owner, rest, ..
            } if owner != alias => {
                let (items, _) = self.value(scope, &owner, &steps[steps.len() - rest.len() - 1..]);
                (
                    format!("CASE WHEN {owner}.id IS NOT NULL THEN {items} END"),
                    true,
                )
            }
            Reached::List { alias, list, rest } => match rest.split_last() {
                None => (self.list_items(&alias, list), true),
                Some((last, between)) => {
                    // One value per distinct record reached, in the order first reached.
                    let mut through = vec![list];
                    through.extend_from_slice(between);
                    let (chain, reached) = self.chain(&through);
                    let (x, d) = self.next_chain_alias();
                    let item = self.json_item(&x, *last);
                    let from = format!(
                        "FROM ({chain}) AS {d} LEFT JOIN {reached} AS {x} ON {x}.id = {d}.id WHERE {d}.owner = {alias}.id"
                    );
                    (self.json_array(&item, &format!("{d}.rank"), &from), true)
                }
            },
        }
    }

    /// A value as a result column: a PostgreSQL JSON array as text.
    pub(super) fn shown(&self, (sql, is_list): (String, bool)) -> String {
        match self.dialect {
            Dialect::Postgres if is_list => format!("({sql})::text"),
            _ => sql,
        }
    }

    /// The texts of a texts field of the record at `alias`, in order: a JSON array.
    pub(super) fn texts(&mut self, alias: &str, field: FieldId) -> String {
        let (table, owner) = Self::restated(field);
        let (l, _) = self.next_subquery();
        let from = format!("FROM {table} AS {l} WHERE {l}.{owner} = {alias}.id");
        self.json_array(&format!("{l}.quote"), &format!("{l}.pos"), &from)
    }

    /// The ids of a list field of the record at `alias`, as they stand: a JSON array.
    pub(super) fn list_items(&mut self, alias: &str, list: FieldId) -> String {
        let Link { table, owner, item } = Self::link(list);
        let (l, _) = self.next_subquery();
        let from = format!("FROM {table} AS {l} WHERE {l}.{owner} = {alias}.id");
        self.json_array(&format!("{l}.{item}"), &format!("{l}.pos"), &from)
    }

    /// A field of the record at `alias` as an item of a JSON array.
    pub(super) fn json_item(&mut self, alias: &str, field: FieldId) -> String {
        let column = format!("{alias}.{}", field.field().name);
        match (field.field().ty, self.dialect) {
            (FieldType::List(_) | FieldType::Texts, dialect) => {
                let items = if field.field().ty == FieldType::Texts {
                    self.texts(alias, field)
                } else {
                    self.list_items(alias, field)
                };
                let items = match dialect {
                    Dialect::Sqlite => format!("json({items})"),
                    Dialect::Postgres => items,
                };
                // A record that is not there has no list.
                format!("CASE WHEN {alias}.id IS NOT NULL THEN {items} END")
            }
            (FieldType::Bool, Dialect::Sqlite) => {
                format!("json(CASE WHEN {column} THEN 'true' WHEN NOT {column} THEN 'false' END)")
            }
            _ => column,
        }
    }

    /// The records a path through lists reaches from every record owning its first list, as a
    /// table of (`owner`, `id`, `rank`): through a list each record once, ranked in the order
    /// first reached; through a reference the record referred to (NULL where there is none),
    /// in its place. Also the collection of the records reached.
    pub(super) fn chain(&mut self, through: &[FieldId]) -> (String, Collection) {
        let (first, rest) = through.split_first().expect("a path through a list");
        let Link { table, owner, item } = Self::link(*first);
        let (l, _) = self.next_subquery();
        let mut sql = format!(
            "SELECT {l}.{owner} AS owner, {l}.{item} AS id, ROW_NUMBER() OVER (PARTITION BY {l}.{owner} ORDER BY min({l}.pos)) AS rank FROM {table} AS {l} GROUP BY {l}.{owner}, {l}.{item}"
        );
        let mut reached = target(*first);
        for step in rest {
            let (l, x) = self.next_subquery();
            let d = format!("d{}", self.subqueries);
            sql = match step.field().ty {
                FieldType::List(_) => {
                    let Link { table, owner, item } = Self::link(*step);
                    // Ranked by the rank of the record the list belongs to, then the place in
                    // the list.
                    format!(
                        "SELECT {d}.owner, {l}.{item} AS id, ROW_NUMBER() OVER (PARTITION BY {d}.owner ORDER BY min({d}.rank * 4294967296 + {l}.pos)) AS rank FROM ({sql}) AS {d} JOIN {table} AS {l} ON {l}.{owner} = {d}.id GROUP BY {d}.owner, {l}.{item}"
                    )
                }
                _ => format!(
                    "SELECT {d}.owner, {x}.{} AS id, {d}.rank FROM ({sql}) AS {d} LEFT JOIN {reached} AS {x} ON {x}.id = {d}.id",
                    step.field().name
                ),
            };
            reached = target(*step);
        }
        (sql, reached)
    }

    /// Aliases for a record reached through lists (`x`) and the table of those reached (`d`).
    pub(super) fn next_chain_alias(&mut self) -> (String, String) {
        let (_, x) = self.next_subquery();
        (x, format!("d{}", self.subqueries))
    }
}
