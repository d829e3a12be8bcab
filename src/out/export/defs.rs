//! The tables' definitions: each column's name, SQL type, key, reference and allowed words,
//! and the link table of every list field. Apart from the rows because the query translation
//! (`out::sql`) reads these and nothing else of the export.

use crate::model::collection::Collection;

/// The SQL type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SqlType {
    Text,
    /// Positions, byte offsets, years.
    Integer,
    /// Figures, which may exceed 32 bits.
    BigInt,
    Boolean,
    Date,
}

impl SqlType {
    pub(super) fn sql(self) -> &'static str {
        match self {
            SqlType::Text => "TEXT",
            SqlType::Integer => "INTEGER",
            SqlType::BigInt => "BIGINT",
            SqlType::Boolean => "BOOLEAN",
            SqlType::Date => "DATE",
        }
    }
}

/// One column of a table.
#[derive(Debug, Clone)]
pub(crate) struct ColumnDef {
    pub name: &'static str,
    pub ty: SqlType,
    pub nullable: bool,
    /// The table whose `id` it holds.
    pub references: Option<&'static str>,
    /// The words it may hold.
    pub words: Option<Vec<&'static str>>,
    /// What it holds, where the name does not say it.
    pub doc: Option<&'static str>,
}

/// A table's columns and primary key.
#[derive(Debug, Clone)]
pub(crate) struct TableDef {
    pub name: &'static str,
    pub doc: &'static str,
    pub columns: Vec<ColumnDef>,
    /// Columns of the primary key; `id` alone for a collection.
    pub key: Vec<&'static str>,
}

impl TableDef {
    /// The column named `name`.
    #[cfg(feature = "sql")]
    pub fn column(&self, name: &str) -> Option<&ColumnDef> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// A list field as its link table: `owner` holds the id of the record the list belongs to,
/// `pos` the item's place in the list, `item` the id listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link {
    pub table: &'static str,
    pub owner: &'static str,
    pub item: &'static str,
}

/// The link table of a list field of a collection.
pub(crate) fn link(collection: Collection, field: &str) -> Option<Link> {
    let (table, owner, item) = match (collection, field) {
        (Collection::Events, "actors") => ("event_actors", "event", "actor"),
        (Collection::Events, "sources") => ("event_sources", "event", "source"),
        (Collection::Estimates, "reported_with") => {
            ("estimate_reported_with", "estimate", "reported_with")
        }
        (Collection::Claims, "about") => ("claim_about", "claim", "actor"),
        (Collection::Sources, "actors") => ("source_actors", "source", "actor"),
        // Lists read backwards: a derived table of the same shape over the referring records,
        // `pos` being the referrer's place, so that such a list is in the referrers' order.
        (Collection::Actors, "claims") => (
            "(SELECT DISTINCT a.actor AS owner, a.claim AS item, c.pos AS pos FROM claim_about AS a JOIN claims AS c ON c.id = a.claim)",
            "owner",
            "item",
        ),
        (Collection::Actors, "sources") => (
            "(SELECT DISTINCT a.actor AS owner, a.source AS item, s.pos AS pos FROM source_actors AS a JOIN sources AS s ON s.id = a.source)",
            "owner",
            "item",
        ),
        (Collection::Actors, "events") => (
            "(SELECT DISTINCT a.actor AS owner, a.event AS item, e.pos AS pos FROM event_actors AS a JOIN events AS e ON e.id = a.event)",
            "owner",
            "item",
        ),
        (Collection::Actors, "members") => (
            "(SELECT affiliation AS owner, id AS item, pos FROM actors WHERE affiliation IS NOT NULL)",
            "owner",
            "item",
        ),
        (Collection::Sources, "estimates") => (
            "(SELECT source AS owner, id AS item, pos FROM estimates)",
            "owner",
            "item",
        ),
        (Collection::Sources, "claims") => (
            "(SELECT source AS owner, id AS item, pos FROM claims)",
            "owner",
            "item",
        ),
        (Collection::Sources, "events") => (
            "(SELECT DISTINCT a.source AS owner, a.event AS item, e.pos AS pos FROM event_sources AS a JOIN events AS e ON e.id = a.event)",
            "owner",
            "item",
        ),
        (Collection::Reports, "actors") => (
            "(SELECT report AS owner, id AS item, pos FROM actors)",
            "owner",
            "item",
        ),
        (Collection::Reports, "events") => (
            "(SELECT report AS owner, id AS item, pos FROM events)",
            "owner",
            "item",
        ),
        (Collection::Reports, "estimates") => (
            "(SELECT report AS owner, id AS item, pos FROM estimates)",
            "owner",
            "item",
        ),
        (Collection::Reports, "sources") => (
            "(SELECT report AS owner, id AS item, pos FROM sources)",
            "owner",
            "item",
        ),
        (Collection::Reports, "claims") => (
            "(SELECT report AS owner, id AS item, pos FROM claims)",
            "owner",
            "item",
        ),
        _ => return None,
    };
    Some(Link { table, owner, item })
}

/// The table of a collection's further quotes, and its column naming their record.
pub(crate) fn restated_table(collection: Collection) -> Option<(&'static str, &'static str)> {
    match collection {
        Collection::Estimates => Some(("estimate_restated", "estimate")),
        Collection::Claims => Some(("claim_restated", "claim")),
        _ => None,
    }
}
