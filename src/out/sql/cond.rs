//! Conditions: `and`, `or`, `not` and each test, with the language's semantics kept (a test
//! on a missing value false, `not` of it true; text folded; dates as intervals; a test
//! through a list true for any item). Apart because it is the part most bound to the
//! language's semantics, and read against them.

use crate::out::export::Link;
use crate::plan::{Cond, Op, Operand};
use crate::store::schema::{FieldId, FieldType};

use super::Translator;
use super::path::{Leaf, Reached, Scope};

impl Translator {
    /// A condition on the record at `alias`, never NULL where `definite` (see [`Translator::test`]).
    pub(super) fn cond(
        &mut self,
        scope: &mut Scope,
        alias: &str,
        cond: &Cond,
        definite: bool,
    ) -> String {
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
    pub(super) fn test(
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
                // A test that cannot hold is FALSE already, never NULL.
                let coalesce = leaf.nullable && definite && !matches!(test, Predicate::Never);
                let test = test.into_sql();
                if coalesce {
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
    pub(super) fn leaf_test(&self, leaf: &Leaf, op: Op, values: &[Operand]) -> Predicate {
        if op == Op::In {
            return self.in_test(leaf, values);
        }
        let Some(value) = values.first() else {
            return Predicate::Never;
        };
        let name = leaf.field.field().name;
        let column = format!("{}.{name}", leaf.alias);
        let compare = |literal: String| Predicate::compare(&column, op, literal);
        match (leaf.field.field().ty, value) {
            (FieldType::Texts, Operand::Text { folded, .. }) if op == Op::Contains => {
                let (table, owner) = Self::restated(leaf.field);
                let holds = self.substring("rq.quote_folded", &self.text(folded));
                Predicate::Sql(format!(
                    "EXISTS (SELECT 1 FROM {table} AS rq WHERE rq.{owner} = {}.id AND {holds})",
                    leaf.alias
                ))
            }
            (FieldType::Text, Operand::Text { folded, .. }) => {
                let column = format!("{}.{}", leaf.alias, self.folded(leaf.field));
                let literal = self.text(folded);
                match op {
                    Op::Eq | Op::Ne => Predicate::compare(&column, op, literal),
                    Op::Contains => Predicate::Sql(self.substring(&column, &literal)),
                    _ => Predicate::Never,
                }
            }
            (FieldType::Id | FieldType::Ref(_), Operand::Id(id)) => {
                // Ids are kebab-case, lower case: an id compares ignoring ASCII case.
                let literal = self.text(&id.to_ascii_lowercase());
                match op {
                    Op::Eq | Op::Ne => compare(literal),
                    Op::Contains => Predicate::Sql(self.substring(&column, &literal)),
                    _ => Predicate::Never,
                }
            }
            (FieldType::Number, Operand::Number(n)) => {
                if i64::try_from(*n).is_ok() {
                    match op {
                        Op::Contains | Op::In => Predicate::Never,
                        _ => compare(n.to_string()),
                    }
                } else {
                    // Above any figure a table holds (figures are BIGINT): decided here.
                    match op {
                        Op::Ne | Op::Lt | Op::Le => Predicate::Sql(format!("{column} IS NOT NULL")),
                        _ => Predicate::Never,
                    }
                }
            }
            (FieldType::Bool, Operand::Bool(b)) => match op {
                Op::Eq | Op::Ne => compare(if *b { "TRUE" } else { "FALSE" }.into()),
                _ => Predicate::Never,
            },
            (FieldType::Enum(_), Operand::Word(word)) => match op {
                Op::Eq | Op::Ne => compare(self.text(word)),
                _ => Predicate::Never,
            },
            (FieldType::Date, Operand::Date(literal)) => {
                let earliest = format!("{column}_earliest");
                let latest = format!("{column}_latest");
                let (from, to) = (self.day(literal.earliest()), self.day(literal.latest()));
                Predicate::Sql(match op {
                    Op::Eq => format!("({earliest} >= {from} AND {latest} <= {to})"),
                    Op::Ne => format!("({latest} < {from} OR {earliest} > {to})"),
                    Op::Lt => format!("{latest} < {from}"),
                    Op::Gt => format!("{earliest} > {to}"),
                    Op::Le => format!("{latest} <= {to}"),
                    Op::Ge => format!("{earliest} >= {from}"),
                    Op::In | Op::Contains => return Predicate::Never,
                })
            }
            _ => Predicate::Never,
        }
    }

    /// `in [a, b]`: `column IN (a, b)`, or for dates the interval tests or'ed.
    pub(super) fn in_test(&self, leaf: &Leaf, values: &[Operand]) -> Predicate {
        let mut tests: Vec<Predicate> = values
            .iter()
            .map(|v| self.leaf_test(leaf, Op::Eq, std::slice::from_ref(v)))
            .filter(|t| !matches!(t, Predicate::Never))
            .collect();
        if tests.len() < 2 {
            return tests.pop().unwrap_or(Predicate::Never);
        }
        let column = match leaf.field.field().ty {
            FieldType::Text => format!("{}.{}", leaf.alias, self.folded(leaf.field)),
            _ => format!("{}.{}", leaf.alias, leaf.field.field().name),
        };
        let literals: Option<Vec<&str>> = tests
            .iter()
            .map(|t| match t {
                Predicate::Equals { column: c, literal } if *c == column => Some(literal.as_str()),
                _ => None,
            })
            .collect();
        match literals {
            Some(literals) => Predicate::Sql(format!("{column} IN ({})", literals.join(", "))),
            None => {
                let tests: Vec<String> = tests.into_iter().map(Predicate::into_sql).collect();
                Predicate::Sql(format!("({})", tests.join(" OR ")))
            }
        }
    }
}

/// A test on one field, kept as what it is until written: whether it can hold at all decides
/// its coalescing and its place in an `in`, and the literals of equalities gather into one
/// `IN`, which reading the SQL text back could only guess.
pub(super) enum Predicate {
    /// Holds for no record: `FALSE`.
    Never,
    /// `column = literal`.
    Equals { column: String, literal: String },
    /// Any other test, written.
    Sql(String),
}

impl Predicate {
    /// `column <op> literal`, for the six comparisons.
    fn compare(column: &str, op: Op, literal: String) -> Predicate {
        let symbol = match op {
            Op::Eq => {
                return Predicate::Equals {
                    column: column.to_owned(),
                    literal,
                };
            }
            Op::Ne => "<>",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::In | Op::Contains => "",
        };
        Predicate::Sql(format!("{column} {symbol} {literal}"))
    }

    pub(super) fn into_sql(self) -> String {
        match self {
            Predicate::Never => "FALSE".into(),
            Predicate::Equals { column, literal } => format!("{column} = {literal}"),
            Predicate::Sql(sql) => sql,
        }
    }
}
