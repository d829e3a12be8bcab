//! The SQL engines' differences and literals: [`Dialect`], text and day literals quoted so no
//! value can end them, substring tests, JSON arrays, collation. Apart so that everything an
//! engine does its own way is in one place, and the rest of the translation is the same for
//! all.

use crate::model::date::Day;
use crate::out::export::quote_standard;

use super::Translator;

/// The SQL engine a query is translated for. DuckDB reads the PostgreSQL form.
///
/// ```
/// use facts::{Dialect, Query};
/// let query = Query::parse("actors where name contains \"yong\"")?;
/// assert!(query.to_sql(Dialect::Sqlite).contains("instr(actors.name_folded, 'yong') > 0"));
/// assert!(query.to_sql(Dialect::Postgres).contains("strpos(actors.name_folded, 'yong') > 0"));
/// assert_eq!("duckdb".parse::<Dialect>(), Ok(Dialect::Postgres));
/// # Ok::<(), facts::QueryError>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "sql")))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// SQLite 3.30 or later.
    Sqlite,
    /// PostgreSQL (and DuckDB).
    Postgres,
}

impl std::str::FromStr for Dialect {
    type Err = String;

    /// `sqlite`, or `postgres` (also `postgresql`, `duckdb`), ignoring case.
    fn from_str(text: &str) -> Result<Dialect, String> {
        match text.to_ascii_lowercase().as_str() {
            "sqlite" => Ok(Dialect::Sqlite),
            "postgres" | "postgresql" | "duckdb" => Ok(Dialect::Postgres),
            _ => Err(format!(
                "unknown SQL dialect `{text}`: write sqlite or postgres"
            )),
        }
    }
}

/// A window over every row of a subquery, so that an aggregate sees them in the window's
/// order (SQLite orders an aggregate's input itself only from 3.44; a window's order it
/// always keeps).
pub(super) const WHOLE_FRAME: &str = "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING";

/// A column name as a quoted identifier.
pub(super) fn identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Translator {
    /// A text literal no value can end: quoted, and a NUL spelled out as a function call.
    pub(super) fn text(&self, text: &str) -> String {
        let mut out = String::new();
        for (i, part) in text.split('\0').enumerate() {
            if i > 0 {
                // SQL text cannot hold a NUL inside a literal; PostgreSQL cannot hold one at all
                // and refuses `chr(0)`, which is the right answer to an impossible value.
                out.push_str(match self.dialect {
                    Dialect::Sqlite => " || char(0) || ",
                    Dialect::Postgres => " || chr(0) || ",
                });
            }
            match self.dialect {
                Dialect::Postgres if part.contains('\\') => {
                    // An escape string reads the same whatever `standard_conforming_strings` is.
                    out.push_str("E'");
                    for c in part.chars() {
                        match c {
                            '\'' => out.push_str("''"),
                            '\\' => out.push_str("\\\\"),
                            c => out.push(c),
                        }
                    }
                    out.push('\'');
                }
                _ => quote_standard(&mut out, part),
            }
        }
        out
    }

    pub(super) fn day(&self, day: Day) -> String {
        match self.dialect {
            Dialect::Sqlite => format!("'{day}'"),
            Dialect::Postgres => format!("DATE '{day}'"),
        }
    }

    /// `COLLATE "C"` where text would otherwise sort by a locale: PostgreSQL's default
    /// collation is the database's, SQLite's compares bytes already.
    pub(super) fn bytewise(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "",
            Dialect::Postgres => " COLLATE \"C\"",
        }
    }

    pub(super) fn char_fn(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "char",
            Dialect::Postgres => "chr",
        }
    }

    pub(super) fn null_safe_eq(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "IS",
            Dialect::Postgres => "IS NOT DISTINCT FROM",
        }
    }

    /// Whether `literal` occurs in `column`: a function, never `LIKE`, whose `%` and `_` a
    /// value would turn into wildcards.
    pub(super) fn substring(&self, column: &str, literal: &str) -> String {
        match self.dialect {
            Dialect::Sqlite => format!("instr({column}, {literal}) > 0"),
            Dialect::Postgres => format!("strpos({column}, {literal}) > 0"),
        }
    }

    /// The JSON array of `item` over the rows of `from`, in the order of `by`; `[]` for none.
    pub(super) fn json_array(&self, item: &str, by: &str, from: &str) -> String {
        match self.dialect {
            Dialect::Sqlite => format!(
                "COALESCE((SELECT json_group_array({item}) OVER (ORDER BY {by} {WHOLE_FRAME}) {from}), '[]')"
            ),
            // `json_agg` would do in PostgreSQL, but DuckDB has only these.
            Dialect::Postgres => format!(
                "COALESCE((SELECT to_json(array_agg({item} ORDER BY {by})) {from}), '[]'::json)"
            ),
        }
    }
}
