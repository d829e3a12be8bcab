//! Paths as joins: a path through references is a `LEFT JOIN` per step, each table joined
//! once; a list is its link table, read by a subquery. Apart because conditions, values and
//! ordering all start by reaching a field this way.

use std::fmt::Write as _;

use crate::model::collection::Collection;
use crate::out::export::Link;
use crate::store::schema::{FieldId, FieldType};

use super::{Translator, target};

/// Tables joined through references, each once: `LEFT JOIN sources AS source ON ...`.
#[derive(Default)]
pub(super) struct Scope {
    /// (alias joined from, reference field, alias of the joined table)
    pub(super) joined: Vec<(String, FieldId, String)>,
    pub(super) sql: String,
}

/// A field reached through references: where it is, and whether it may be missing.
pub(super) struct Leaf {
    pub(super) alias: String,
    pub(super) field: FieldId,
    pub(super) nullable: bool,
}

/// A path through references, then either a field or a list.
pub(super) enum Reached<'p> {
    Leaf(Leaf),
    /// A list field at `alias` (`list`), with the steps after it.
    List {
        alias: String,
        list: FieldId,
        rest: &'p [FieldId],
    },
}

impl Translator {
    /// Follows references from `alias` by `LEFT JOIN`s, up to the last field or a list.
    pub(super) fn reach<'p>(
        &mut self,
        scope: &mut Scope,
        alias: &str,
        steps: &'p [FieldId],
        nullable: bool,
    ) -> Reached<'p> {
        let (first, rest) = steps.split_first().expect("a path has a field");
        let first = *first;
        let nullable = nullable || self.nullable(first);
        match first.field().ty {
            FieldType::List(_) => Reached::List {
                alias: alias.to_owned(),
                list: first,
                rest,
            },
            FieldType::Ref(target) if !rest.is_empty() => {
                let joined = self.join(scope, alias, first, target);
                self.reach(scope, &joined, rest, nullable)
            }
            // The last step; the checker lets no path continue past a field that refers to
            // nothing.
            _ => Reached::Leaf(Leaf {
                alias: alias.to_owned(),
                field: first,
                nullable,
            }),
        }
    }

    /// The alias of the record a reference field at `alias` refers to, joined once.
    pub(super) fn join(
        &mut self,
        scope: &mut Scope,
        alias: &str,
        field: FieldId,
        target: Collection,
    ) -> String {
        if let Some((_, _, joined)) = scope
            .joined
            .iter()
            .find(|(from, f, _)| from == alias && *f == field)
        {
            return joined.clone();
        }
        let name = field.field().name;
        let mut joined = if Collection::ALL.iter().any(|c| c.name() == alias) {
            name.to_owned()
        } else {
            format!("{alias}_{name}")
        };
        while scope.joined.iter().any(|(_, _, a)| *a == joined) {
            joined.push('_');
        }
        let _ = write!(
            scope.sql,
            "\nLEFT JOIN {target} AS {joined} ON {joined}.id = {alias}.{name}",
        );
        scope.joined.push((alias.to_owned(), field, joined.clone()));
        joined
    }

    /// `FROM link AS l JOIN target AS x ON ... [joins] WHERE l.owner = alias.id`: the records a
    /// list holds, for a subquery; `body` writes what the subquery asks of each, at `x`.
    pub(super) fn list_from(
        &mut self,
        alias: &str,
        list: FieldId,
        body: impl FnOnce(&mut Self, &mut Scope, &str) -> String,
    ) -> (String, String) {
        let Link { table, owner, item } = Self::link(list);
        let (l, x) = self.next_subquery();
        let mut scope = Scope::default();
        let value = body(self, &mut scope, &x);
        let joins = scope.sql.replace('\n', " ");
        let from = format!(
            "FROM {table} AS {l} JOIN {target} AS {x} ON {x}.id = {l}.{item}{joins} WHERE {l}.{owner} = {alias}.id",
            target = target(list)
        );
        (value, from)
    }
}
