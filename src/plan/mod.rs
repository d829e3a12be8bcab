//! A query as a value: parsed and checked once, run many times, printed back as text.

pub(crate) mod path;

use std::fmt;

use crate::model::Date;
use crate::model::collection::Collection;
use crate::store::schema::{FieldId, FieldType};

/// A checked query: every collection, field and value resolved against the schema.
///
/// Parse once and [`run`](Query::run) it against any dataset. It prints back as text that
/// parses to an equal query.
///
/// ```
/// use facts::{Dataset, Query};
/// let query = Query::parse("ESTIMATES WHERE topic = Casualties ORDER BY value DESC")?;
/// assert_eq!(
///     query.to_string(),
///     "estimates where topic = casualties order by value desc"
/// );
/// assert_eq!(Query::parse(&query.to_string())?, query);
/// let answer = query.run(Dataset::builtin());
/// assert_eq!(answer.rows().unwrap().len(), 3);
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Query(pub(crate) Form);

/// What a query asks.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Form {
    /// The records of one collection: rows, a count or groups.
    Select(Select),
    /// Every record, of any collection, holding some words (`find "Kyiv"`).
    Find(Find),
}

/// `find "words"`: the words as written, and folded for comparing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Find {
    pub words: String,
    pub folded: String,
}

/// A query of one collection's records.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Select {
    pub(crate) collection: Collection,
    pub(crate) count: bool,
    pub(crate) filter: Option<Cond>,
    pub(crate) group_by: Option<Path>,
    pub(crate) order_by: Vec<SortKey>,
    pub(crate) limit: Option<usize>,
    pub(crate) select: Vec<AnswerColumn>,
}

/// A resolved path: the field of the collection, then fields of what it refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Path(pub Vec<FieldId>);

impl Path {
    /// The type of the last field.
    pub fn ty(&self) -> FieldType {
        self.0.last().map_or(FieldType::Id, |f| f.field().ty)
    }

    /// The first list the path goes through before its last field (`actors` in
    /// `actors.kind`), where a record may reach several values.
    pub(crate) fn list_on_the_way(&self) -> Option<FieldId> {
        let through = self.0.split_last().map_or(&[][..], |(_, through)| through);
        through
            .iter()
            .copied()
            .find(|f| matches!(f.field().ty, FieldType::List(_)))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cond {
    Or(Vec<Cond>),
    And(Vec<Cond>),
    Not(Box<Cond>),
    Test(Test),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Test {
    pub path: Path,
    pub op: Op,
    /// One value, or several for `in`.
    pub values: Vec<Operand>,
}

/// A literal, typed for the field it is compared with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Operand {
    /// Text as written, and folded to lower case for comparing.
    Text {
        text: String,
        folded: String,
    },
    Number(u64),
    Bool(bool),
    Date(Date),
    /// A vocabulary word, canonical.
    Word(&'static str),
    /// An id of a record.
    Id(String),
}

/// What a group answer has besides its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum GroupColumn {
    Key,
    Count,
    Sources,
}

impl GroupColumn {
    pub const ALL: [GroupColumn; 3] = [GroupColumn::Key, GroupColumn::Count, GroupColumn::Sources];

    pub fn name(self) -> &'static str {
        match self {
            GroupColumn::Key => "key",
            GroupColumn::Count => "count",
            GroupColumn::Sources => "sources",
        }
    }

    /// The columns groups of a collection have: estimates add their sources. A group gives no
    /// range of its figures: they may count different things (killed, wounded) in different
    /// words ("about", "more than"), and a range over them would reconcile what the report
    /// keeps apart.
    pub fn of(collection: Collection) -> &'static [GroupColumn] {
        match collection {
            Collection::Estimates => &GroupColumn::ALL,
            _ => &GroupColumn::ALL[..2],
        }
    }
}

/// A column of an answer, to show or sort by: a field of the records, or a column of the
/// groups.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum AnswerColumn {
    Field(Path),
    Group(GroupColumn),
}

/// One key of `order by`: a column, and which way.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct SortKey {
    pub column: AnswerColumn,
    pub descending: bool,
}

/// A test's operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Contains,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::In => "in",
            Op::Contains => "contains",
        }
    }

    /// The operators a field of this type takes.
    pub fn allowed_for(ty: FieldType) -> &'static [Op] {
        match ty {
            FieldType::Id | FieldType::Text => &[Op::Eq, Op::Ne, Op::In, Op::Contains],
            FieldType::Number | FieldType::Date => {
                &[Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::In]
            }
            FieldType::Bool | FieldType::Enum(_) | FieldType::Ref(_) => &[Op::Eq, Op::Ne, Op::In],
            FieldType::List(_) | FieldType::Texts => &[Op::Contains],
        }
    }
}

impl Query {
    /// The collection asked about; `None` for `find`, which asks every collection.
    ///
    /// ```
    /// let query = facts::Query::parse("sources where kind = intelligence")?;
    /// assert_eq!(query.collection(), Some(facts::Collection::Sources));
    /// assert_eq!(facts::Query::parse("find Kyiv")?.collection(), None);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn collection(&self) -> Option<Collection> {
        match &self.0 {
            Form::Select(select) => Some(select.collection),
            Form::Find(_) => None,
        }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            f.write_str(step.field().name)?;
        }
        Ok(())
    }
}

impl fmt::Display for AnswerColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerColumn::Field(path) => path.fmt(f),
            AnswerColumn::Group(column) => f.write_str(column.name()),
        }
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operand::Text { text, .. } => quoted(f, text),
            Operand::Number(n) => write!(f, "{n}"),
            Operand::Bool(b) => write!(f, "{b}"),
            Operand::Date(d) => match (d.month, d.day) {
                (Some(m), Some(day)) => write!(f, "{:04}-{m:02}-{day:02}", d.year),
                (Some(m), None) => write!(f, "{:04}-{m:02}", d.year),
                _ => write!(f, "{:04}", d.year),
            },
            Operand::Word(w) => f.write_str(w),
            Operand::Id(id) if is_bare_word(id) => f.write_str(id),
            Operand::Id(id) => quoted(f, id),
        }
    }
}

/// `text` as a string literal of the language, in double quotes.
pub(crate) fn quoted_text(text: &str) -> String {
    struct Quoted<'a>(&'a str);
    impl fmt::Display for Quoted<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            quoted(f, self.0)
        }
    }
    Quoted(text).to_string()
}

fn quoted(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in text.chars() {
        if c == '"' || c == '\\' {
            f.write_str("\\")?;
        }
        write!(f, "{c}")?;
    }
    f.write_str("\"")
}

/// Whether the grammar reads `text` back as one bare word.
fn is_bare_word(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl fmt::Display for Cond {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Parentheses wherever the tree would otherwise read back differently: an `or` inside
        // an `and`, a chain inside a chain of its own kind, a chain under `not`.
        fn part(f: &mut fmt::Formatter<'_>, c: &Cond, bare: bool) -> fmt::Result {
            if bare {
                write!(f, "{c}")
            } else {
                write!(f, "({c})")
            }
        }
        match self {
            Cond::Or(parts) | Cond::And(parts) => {
                let (word, is_or) = match self {
                    Cond::Or(_) => (" or ", true),
                    _ => (" and ", false),
                };
                for (i, c) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(word)?;
                    }
                    let bare = match c {
                        Cond::Or(_) => false,
                        Cond::And(_) => is_or,
                        Cond::Not(_) | Cond::Test(_) => true,
                    };
                    part(f, c, bare)?;
                }
                Ok(())
            }
            Cond::Not(c) => {
                f.write_str("not ")?;
                part(f, c, matches!(**c, Cond::Not(_) | Cond::Test(_)))
            }
            Cond::Test(t) => {
                write!(f, "{} {} ", t.path, t.op.symbol())?;
                match t.op {
                    Op::In => {
                        f.write_str("[")?;
                        for (i, v) in t.values.iter().enumerate() {
                            if i > 0 {
                                f.write_str(", ")?;
                            }
                            write!(f, "{v}")?;
                        }
                        f.write_str("]")
                    }
                    _ => t.values.iter().try_for_each(|v| write!(f, "{v}")),
                }
            }
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Form::Select(select) => select.fmt(f),
            Form::Find(find) => {
                f.write_str("find ")?;
                quoted(f, &find.words)
            }
        }
    }
}

impl fmt::Display for Select {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.count {
            f.write_str("count ")?;
        }
        f.write_str(self.collection.name())?;
        if let Some(filter) = &self.filter {
            write!(f, " where {filter}")?;
        }
        if let Some(group) = &self.group_by {
            write!(f, " group by {group}")?;
        }
        for (i, key) in self.order_by.iter().enumerate() {
            f.write_str(if i == 0 { " order by " } else { ", " })?;
            write!(f, "{}", key.column)?;
            if key.descending {
                f.write_str(" desc")?;
            }
        }
        if let Some(limit) = self.limit {
            write!(f, " limit {limit}")?;
        }
        for (i, column) in self.select.iter().enumerate() {
            f.write_str(if i == 0 { " select " } else { ", " })?;
            write!(f, "{column}")?;
        }
        Ok(())
    }
}
