//! Queries as SQL: the same question as one statement over the schema of [`crate::out::export`].
//!
//! The translation keeps the language's semantics exactly (they are documented in
//! `src/eval.rs`), so that a database answers as the crate does:
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

use std::fmt::Write as _;

use crate::model::collection::Collection;
use crate::model::date::Day;
use crate::out::export::{self, Link, TableDef};
use crate::plan::Op;
use crate::plan::{
    AnswerColumn as Column, Cond, Find, Form, GroupColumn, Operand, Query, Select, SortKey as Key,
};
use crate::store::schema::{FieldId, FieldType};

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

impl Query {
    /// The query as one SQL statement over the schema [`crate::out::export::sql`] creates.
    ///
    /// A query for records selects the `select`ed fields (without `select`, the columns the
    /// command line shows), each named as in the query; `count` selects `count`; `group by`
    /// selects the `select`ed columns of the groups, or `key`, `count` and for estimates
    /// `low`, `high` and `sources`. A date shows as its words, a list as a JSON array.
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

/// Writes `text` as a standard SQL string literal: in single quotes, a quote doubled.
pub(crate) fn quote_standard(out: &mut String, text: &str) {
    out.push('\'');
    for c in text.chars() {
        if c == '\'' {
            out.push('\'');
        }
        out.push(c);
    }
    out.push('\'');
}

/// Tables joined through references, each once: `LEFT JOIN sources AS source ON ...`.
#[derive(Default)]
struct Scope {
    /// (alias joined from, reference field, alias of the joined table)
    joined: Vec<(String, FieldId, String)>,
    sql: String,
}

/// A field reached through references: where it is, and whether it may be missing.
struct Leaf {
    alias: String,
    field: FieldId,
    nullable: bool,
}

/// A path through references, then either a field or a list.
enum Reached<'p> {
    Leaf(Leaf),
    /// A list field at `alias` (`list`), with the steps after it.
    List {
        alias: String,
        list: FieldId,
        rest: &'p [FieldId],
    },
}

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

    /// The texts of a texts field of the record at `alias`, in order: a JSON array.
    fn texts(&mut self, alias: &str, field: FieldId) -> String {
        let (table, owner) = Self::restated(field);
        let (l, _) = self.next_subquery();
        let from = format!("FROM {table} AS {l} WHERE {l}.{owner} = {alias}.id");
        self.json_array(&format!("{l}.quote"), &format!("{l}.pos"), &from)
    }

    fn next_subquery(&mut self) -> (String, String) {
        self.subqueries += 1;
        (
            format!("l{}", self.subqueries),
            format!("x{}", self.subqueries),
        )
    }

    // ----- literals -----

    fn text(&self, text: &str) -> String {
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

    fn day(&self, day: Day) -> String {
        match self.dialect {
            Dialect::Sqlite => format!("'{day}'"),
            Dialect::Postgres => format!("DATE '{day}'"),
        }
    }

    /// `COLLATE "C"` where text would otherwise sort by a locale: PostgreSQL's default
    /// collation is the database's, SQLite's compares bytes already.
    fn bytewise(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "",
            Dialect::Postgres => " COLLATE \"C\"",
        }
    }

    fn char_fn(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "char",
            Dialect::Postgres => "chr",
        }
    }

    fn null_safe_eq(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "IS",
            Dialect::Postgres => "IS NOT DISTINCT FROM",
        }
    }

    // ----- paths -----

    /// Follows references from `alias` by `LEFT JOIN`s, up to the last field or a list.
    fn reach<'p>(
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
    fn join(
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
    fn list_from(
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

    // ----- tests -----

    fn cond(&mut self, scope: &mut Scope, alias: &str, cond: &Cond, definite: bool) -> String {
        match cond {
            Cond::Or(parts) | Cond::And(parts) => {
                let word = if matches!(cond, Cond::Or(_)) {
                    " OR "
                } else {
                    " AND "
                };
                let parts: Vec<String> = parts
                    .iter()
                    .map(|c| {
                        let text = self.cond(scope, alias, c, definite);
                        match c {
                            Cond::Or(_) | Cond::And(_) => format!("({text})"),
                            _ => text,
                        }
                    })
                    .collect();
                parts.join(word)
            }
            Cond::Not(inner) => {
                let text = self.cond(scope, alias, inner, true);
                format!("NOT ({text})")
            }
            Cond::Test(test) => {
                self.test(scope, alias, &test.path.0, test.op, &test.values, definite)
            }
        }
    }

    /// A test on a path, never NULL where `definite` (under a `not`, or wherever its value
    /// is more than a filter's).
    fn test(
        &mut self,
        scope: &mut Scope,
        alias: &str,
        steps: &[FieldId],
        op: Op,
        values: &[Operand],
        definite: bool,
    ) -> String {
        match self.reach(scope, alias, steps, false) {
            Reached::Leaf(leaf) => {
                let test = self.leaf_test(&leaf, op, values);
                if leaf.nullable && definite && test != "FALSE" {
                    format!("COALESCE({test}, FALSE)")
                } else {
                    test
                }
            }
            Reached::List {
                alias,
                list,
                rest: [],
            } => {
                // `actors contains yu-yong-weon`: membership.
                let Link { table, owner, item } = Self::link(list);
                let (l, _) = self.next_subquery();
                let wanted: Vec<String> = values
                    .iter()
                    .filter_map(|v| match v {
                        Operand::Id(id) => Some(self.text(&id.to_ascii_lowercase())),
                        _ => None,
                    })
                    .collect();
                if op != Op::Contains || wanted.is_empty() {
                    return "FALSE".into();
                }
                format!(
                    "EXISTS (SELECT 1 FROM {table} AS {l} WHERE {l}.{owner} = {alias}.id AND {l}.{item} = {})",
                    wanted[0]
                )
            }
            Reached::List { alias, list, rest } => {
                // Through a list: true when the test holds for any item.
                let (inner, from) = self.list_from(&alias, list, |t, scope, x| {
                    t.test(scope, x, rest, op, values, false)
                });
                format!("EXISTS (SELECT 1 {from} AND {inner})")
            }
        }
    }

    /// A test on one field of one record (which may be NULL: the caller coalesces).
    fn leaf_test(&self, leaf: &Leaf, op: Op, values: &[Operand]) -> String {
        if op == Op::In {
            return self.in_test(leaf, values);
        }
        let Some(value) = values.first() else {
            return "FALSE".into();
        };
        let name = leaf.field.field().name;
        let column = format!("{}.{name}", leaf.alias);
        let compare = |symbol: &str, literal: String| format!("{column} {symbol} {literal}");
        let symbol = match op {
            Op::Eq => "=",
            Op::Ne => "<>",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::In | Op::Contains => "",
        };
        match (leaf.field.field().ty, value) {
            (FieldType::Texts, Operand::Text { folded, .. }) if op == Op::Contains => {
                let (table, owner) = Self::restated(leaf.field);
                let holds = self.substring("rq.quote_folded", &self.text(folded));
                format!(
                    "EXISTS (SELECT 1 FROM {table} AS rq WHERE rq.{owner} = {}.id AND {holds})",
                    leaf.alias
                )
            }
            (FieldType::Text, Operand::Text { folded, .. }) => {
                let column = format!("{}.{}", leaf.alias, self.folded(leaf.field));
                let literal = self.text(folded);
                match op {
                    Op::Eq | Op::Ne => format!("{column} {symbol} {literal}"),
                    Op::Contains => self.substring(&column, &literal),
                    _ => "FALSE".into(),
                }
            }
            (FieldType::Id | FieldType::Ref(_), Operand::Id(id)) => {
                // Ids are kebab-case, lower case: an id compares ignoring ASCII case.
                let literal = self.text(&id.to_ascii_lowercase());
                match op {
                    Op::Eq | Op::Ne => compare(symbol, literal),
                    Op::Contains => self.substring(&column, &literal),
                    _ => "FALSE".into(),
                }
            }
            (FieldType::Number, Operand::Number(n)) => {
                if i64::try_from(*n).is_ok() {
                    match op {
                        Op::Contains | Op::In => "FALSE".into(),
                        _ => compare(symbol, n.to_string()),
                    }
                } else {
                    // Above any figure a table holds (figures are BIGINT): decided here.
                    match op {
                        Op::Ne | Op::Lt | Op::Le => format!("{column} IS NOT NULL"),
                        _ => "FALSE".into(),
                    }
                }
            }
            (FieldType::Bool, Operand::Bool(b)) => match op {
                Op::Eq | Op::Ne => compare(symbol, if *b { "TRUE" } else { "FALSE" }.into()),
                _ => "FALSE".into(),
            },
            (FieldType::Enum(_), Operand::Word(word)) => match op {
                Op::Eq | Op::Ne => compare(symbol, self.text(word)),
                _ => "FALSE".into(),
            },
            (FieldType::Date, Operand::Date(literal)) => {
                let earliest = format!("{column}_earliest");
                let latest = format!("{column}_latest");
                let (from, to) = (self.day(literal.earliest()), self.day(literal.latest()));
                match op {
                    Op::Eq => format!("({earliest} >= {from} AND {latest} <= {to})"),
                    Op::Ne => format!("({latest} < {from} OR {earliest} > {to})"),
                    Op::Lt => format!("{latest} < {from}"),
                    Op::Gt => format!("{earliest} > {to}"),
                    Op::Le => format!("{latest} <= {to}"),
                    Op::Ge => format!("{earliest} >= {from}"),
                    Op::In | Op::Contains => "FALSE".into(),
                }
            }
            _ => "FALSE".into(),
        }
    }

    /// `in [a, b]`: `column IN (a, b)`, or for dates the interval tests or'ed.
    fn in_test(&self, leaf: &Leaf, values: &[Operand]) -> String {
        let tests: Vec<String> = values
            .iter()
            .map(|v| self.leaf_test(leaf, Op::Eq, std::slice::from_ref(v)))
            .filter(|t| t != "FALSE")
            .collect();
        let column = match leaf.field.field().ty {
            FieldType::Text => format!("{}.{}", leaf.alias, self.folded(leaf.field)),
            _ => format!("{}.{}", leaf.alias, leaf.field.field().name),
        };
        let prefix = format!("{column} = ");
        let literals: Option<Vec<&str>> = tests.iter().map(|t| t.strip_prefix(&prefix)).collect();
        match (tests.len(), literals) {
            (0, _) => "FALSE".into(),
            (1, _) => tests[0].clone(),
            (_, Some(literals)) => format!("{column} IN ({})", literals.join(", ")),
            (_, None) => format!("({})", tests.join(" OR ")),
        }
    }

    fn substring(&self, column: &str, literal: &str) -> String {
        match self.dialect {
            Dialect::Sqlite => format!("instr({column}, {literal}) > 0"),
            Dialect::Postgres => format!("strpos({column}, {literal}) > 0"),
        }
    }

    // ----- find -----

    /// `find`: the records of every collection holding the words, as (`collection`, `id`)
    /// rows in the crate's order. The report's sentences are the crate's own reading of its
    /// text, which no table holds: the SQL answers the records.
    fn find(self, find: &Find) -> String {
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
                    self.leaf_test(&leaf, Op::Contains, &words)
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

    // ----- values -----

    /// A path's value to show: a column, or a JSON array for a list or a path through one
    /// (of type `json` in PostgreSQL, so that arrays nest; see [`Translator::shown`]).
    fn value(&mut self, scope: &mut Scope, alias: &str, steps: &[FieldId]) -> (String, bool) {
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

    /// Aliases for a record reached through lists (`x`) and the table of those reached (`d`).
    fn next_chain_alias(&mut self) -> (String, String) {
        let (_, x) = self.next_subquery();
        (x, format!("d{}", self.subqueries))
    }

    /// The ids of a list field of the record at `alias`, as they stand: a JSON array.
    fn list_items(&mut self, alias: &str, list: FieldId) -> String {
        let Link { table, owner, item } = Self::link(list);
        let (l, _) = self.next_subquery();
        let from = format!("FROM {table} AS {l} WHERE {l}.{owner} = {alias}.id");
        self.json_array(&format!("{l}.{item}"), &format!("{l}.pos"), &from)
    }

    /// The JSON array of `item` over the rows of `from`, in the order of `by`; `[]` for none.
    fn json_array(&self, item: &str, by: &str, from: &str) -> String {
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

    /// A field of the record at `alias` as an item of a JSON array.
    fn json_item(&mut self, alias: &str, field: FieldId) -> String {
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
    fn chain(&mut self, through: &[FieldId]) -> (String, Collection) {
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

    /// A value as a result column: a PostgreSQL JSON array as text.
    fn shown(&self, (sql, is_list): (String, bool)) -> String {
        match self.dialect {
            Dialect::Postgres if is_list => format!("({sql})::text"),
            _ => sql,
        }
    }

    /// How a path's value sorts: expressions to order by in turn, each with whether it may be
    /// NULL (a missing value, which sorts last). A path through a list has no one value to
    /// sort by; the checker refuses it.
    fn order_terms(
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
    fn leaf_order(&self, leaf: &Leaf) -> Vec<(String, bool)> {
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
    fn split_collation<'t>(&self, term: &'t str) -> (&'t str, &'static str) {
        let collate = self.bytewise();
        match term.strip_suffix(collate) {
            Some(bare) if !collate.is_empty() => (bare, collate),
            _ => (term, ""),
        }
    }

    // ----- statements -----

    fn statement(mut self, query: &Select) -> String {
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

    /// `group by`: the matching records with their key in a common table `matched`, then one
    /// row per key. Through a list a record has one key per distinct value reached (the
    /// missing key if none), in a table `keys`, so that it may stand in several groups.
    fn groups(
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
                for (i, (term, nullable)) in terms.iter().enumerate() {
                    let (bare, collate) = self.split_collation(term);
                    let _ = write!(pairs, ", {bare} AS key_{}", i + 1);
                    let _ = write!(grouped, ", {bare}");
                    names.push((format!("k.key_{}{collate}", i + 1), *nullable));
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
        for (i, (term, nullable)) in key_terms.iter().enumerate() {
            let name = format!("key_{}", i + 1);
            let (bare, collate) = self.split_collation(term);
            let _ = write!(matched, ", {bare} AS {name}");
            key_order.push((format!("{name}{collate}"), *nullable));
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
                    Column::Group(g) => Some(*g),
                    Column::Field(_) => None,
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
        for Key { column, descending } in &query.order_by {
            let Column::Group(column) = column else {
                continue;
            };
            let aggregate = |sql: &str| direction(sql.to_owned(), *descending, false);
            match column {
                GroupColumn::Key => {
                    for (term, nullable) in &key_order {
                        order.push(direction(term.clone(), *descending, *nullable));
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
        for (term, nullable) in key_order {
            order.push(direction(term, false, nullable));
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
    fn sources(&self, as_key: bool) -> String {
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

/// The collection a reference or a list field points into.
fn target(field: FieldId) -> Collection {
    match field.field().ty {
        FieldType::Ref(c) | FieldType::List(c) => c,
        _ => field.collection,
    }
}

/// A window over every row of a subquery, so that an aggregate sees them in the window's
/// order (SQLite orders an aggregate's input itself only from 3.44; a window's order it
/// always keeps).
const WHOLE_FRAME: &str = "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING";

fn direction(term: String, descending: bool, nullable: bool) -> String {
    match (descending, nullable) {
        (false, false) => term,
        (true, false) => format!("{term} DESC"),
        (false, true) => format!("{term} NULLS LAST"),
        (true, true) => format!("{term} DESC NULLS LAST"),
    }
}

fn limit(sql: &mut String, limit: Option<usize>) {
    if let Some(n) = limit {
        // Beyond what SQL's LIMIT takes is the same as no limit.
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        let _ = write!(sql, "\nLIMIT {n}");
    }
}

/// A column name as a quoted identifier.
fn identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
