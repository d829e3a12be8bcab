//! `find` as a statement: the records of every collection whose searched fields hold the
//! words. Apart because it shares nothing with the other statements but the substring test.

use crate::model::collection::Collection;
use crate::plan::{Find, Op, Operand};

use super::Translator;
use super::path::Leaf;

impl Translator {
    /// `find`: the records of every collection holding the words, as (`collection`, `id`)
    /// rows in the crate's order. The report's sentences are the crate's own reading of its
    /// text, which no table holds: the SQL answers the records.
    pub(super) fn find(self, find: &Find) -> String {
        let words = [Operand::Text {
            text: find.words.clone(),
            folded: find.folded.clone(),
        }];
        let mut parts = Vec::new();
        for (rank, collection) in Collection::ALL.into_iter().enumerate() {
            let table = collection.name();
            let tests: Vec<String> = crate::engine::find::searched(collection)
                .map(|field| {
                    let leaf = Leaf {
                        alias: table.to_owned(),
                        field,
                        nullable: false,
                    };
                    self.leaf_test(&leaf, Op::Contains, &words).into_sql()
                })
                .collect();
            parts.push(format!(
                "SELECT '{table}' AS collection, {table}.id AS id, {rank} AS rank, {table}.pos AS pos FROM {table} WHERE {}",
                tests.join(" OR ")
            ));
        }
        format!(
            "SELECT collection, id FROM (\n{}\n) AS found\nORDER BY rank, pos",
            parts.join("\nUNION ALL\n")
        )
    }
}
