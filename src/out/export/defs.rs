//! The tables' definitions: each column's name, SQL type, key, reference and allowed words,
//! and the link table of every list field. Apart from the rows because the query translation
//! (`out::sql`) reads these and nothing else of the export.

use crate::model::collection::Collection;
use crate::model::text::same_str;

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

/// Every list's link table, by collection and field. The lists a record stores come first;
/// then the lists read backwards: a derived table of the same shape over the referring
/// records, `pos` being the referrer's place, so that such a list is in the referrers' order.
const LINKS: &[(Collection, &str, Link)] = &[
    (
        Collection::Events,
        "actors",
        Link {
            table: "event_actors",
            owner: "event",
            item: "actor",
        },
    ),
    (
        Collection::Events,
        "sources",
        Link {
            table: "event_sources",
            owner: "event",
            item: "source",
        },
    ),
    (
        Collection::Estimates,
        "reported_with",
        Link {
            table: "estimate_reported_with",
            owner: "estimate",
            item: "reported_with",
        },
    ),
    (
        Collection::Claims,
        "about",
        Link {
            table: "claim_about",
            owner: "claim",
            item: "actor",
        },
    ),
    (
        Collection::Sources,
        "actors",
        Link {
            table: "source_actors",
            owner: "source",
            item: "actor",
        },
    ),
    (
        Collection::Actors,
        "claims",
        Link {
            table: "(SELECT DISTINCT a.actor AS owner, a.claim AS item, c.pos AS pos FROM claim_about AS a JOIN claims AS c ON c.id = a.claim)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Actors,
        "sources",
        Link {
            table: "(SELECT DISTINCT a.actor AS owner, a.source AS item, s.pos AS pos FROM source_actors AS a JOIN sources AS s ON s.id = a.source)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Actors,
        "events",
        Link {
            table: "(SELECT DISTINCT a.actor AS owner, a.event AS item, e.pos AS pos FROM event_actors AS a JOIN events AS e ON e.id = a.event)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Actors,
        "members",
        Link {
            table: "(SELECT affiliation AS owner, id AS item, pos FROM actors WHERE affiliation IS NOT NULL)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Sources,
        "estimates",
        Link {
            table: "(SELECT source AS owner, id AS item, pos FROM estimates)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Sources,
        "claims",
        Link {
            table: "(SELECT source AS owner, id AS item, pos FROM claims)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Sources,
        "events",
        Link {
            table: "(SELECT DISTINCT a.source AS owner, a.event AS item, e.pos AS pos FROM event_sources AS a JOIN events AS e ON e.id = a.event)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Reports,
        "actors",
        Link {
            table: "(SELECT report AS owner, id AS item, pos FROM actors)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Reports,
        "events",
        Link {
            table: "(SELECT report AS owner, id AS item, pos FROM events)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Reports,
        "estimates",
        Link {
            table: "(SELECT report AS owner, id AS item, pos FROM estimates)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Reports,
        "sources",
        Link {
            table: "(SELECT report AS owner, id AS item, pos FROM sources)",
            owner: "owner",
            item: "item",
        },
    ),
    (
        Collection::Reports,
        "claims",
        Link {
            table: "(SELECT report AS owner, id AS item, pos FROM claims)",
            owner: "owner",
            item: "item",
        },
    ),
];

/// The link table of a list field of a collection. A constant function, so that the export
/// checks while the crate compiles that every list a record stores has one.
pub(crate) const fn link(collection: Collection, field: &str) -> Option<Link> {
    let mut i = 0;
    while i < LINKS.len() {
        let (of, name, link) = LINKS[i];
        if of as u8 == collection as u8 && same_str(name, field) {
            return Some(link);
        }
        i += 1;
    }
    None
}

/// Which table of its own a field has, beside its record's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OwnTable {
    /// None: its columns are in its record's table.
    None,
    /// A list's link table ([`link`]).
    Link,
    /// Further quotes' table ([`restated_table`]).
    Restated,
}

impl OwnTable {
    /// Whether the table a field of `collection` has of its own is named here; checked while
    /// the crate compiles, so that a new list or quotes field cannot go without one.
    pub(crate) const fn named(self, collection: Collection, field: &str) -> bool {
        match self {
            OwnTable::None => true,
            OwnTable::Link => link(collection, field).is_some(),
            OwnTable::Restated => restated_table(collection).is_some(),
        }
    }
}

/// The table of a collection's further quotes, and its column naming their record.
pub(crate) const fn restated_table(collection: Collection) -> Option<(&'static str, &'static str)> {
    match collection {
        Collection::Estimates => Some(("estimate_restated", "estimate")),
        Collection::Claims => Some(("claim_restated", "claim")),
        _ => None,
    }
}
