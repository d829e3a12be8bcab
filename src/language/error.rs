//! Query errors: what is wrong, where (a span of the query), and how to fix it.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use crate::model::collection::Collection;
use crate::model::date::{Date, DateError, Precision};
use crate::plan::Op;
use crate::store::schema::FieldType;

/// Why a query was refused. Every variant but [`QueryError::TooLong`] carries a [`Snippet`]:
/// the query with the offending span, which `Display` draws with a caret under it.
///
/// ```
/// let err = facts::query("estimates where topc = casualties").unwrap_err();
/// assert_eq!(err.span(), 16..20);
/// // The hint goes on to list every field of estimates.
/// assert!(err.to_string().starts_with(
///     "unknown field `topc` for estimates; did you mean `topic`?\n\
///      \x20 | estimates where topc = casualties\n\
///      \x20 |                 ^^^^\n\
///      \x20 = estimates have: id, topic, measure, value, ",
/// ));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The text does not follow the grammar: `estimates where`, `estimates where a = b = c`,
    /// `estimates wherever`.
    #[error("expected {expected}, found {found}{}\n{at}", note(hint.as_deref()))]
    Syntax {
        /// Where.
        at: Snippet,
        /// What could have come there, for people: "`where`, `order by` or the end of the query".
        expected: String,
        /// What came instead: "`wherever`" or "the end of the query".
        found: String,
        /// How to fix a common slip: "write `order by` as two words".
        hint: Option<String>,
    },
    /// No such collection: `estmates`.
    #[error("unknown collection `{}`{}\n{at}\n  = collections: {}", clip(name), did_you_mean(*suggestion), Collection::names())]
    UnknownCollection {
        /// Where.
        at: Snippet,
        /// The name given.
        name: String,
        /// The nearest collection, for a likely typo.
        suggestion: Option<&'static str>,
    },
    /// No such field: `estimates where topc = casualties`, `estimates where source.kond = x`.
    #[error("unknown field `{}` for {collection}{}\n{at}\n  = {collection} have: {}", clip(name), did_you_mean(*suggestion), fields.join(", "))]
    UnknownField {
        /// Where.
        at: Snippet,
        /// The collection searched.
        collection: Collection,
        /// The name given.
        name: String,
        /// Every field the collection has.
        fields: Vec<&'static str>,
        /// The nearest field, for a likely typo.
        suggestion: Option<&'static str>,
    },
    /// A word that is not one of the field's values: `estimates where topic = casualtys`.
    #[error("`{}` is not a value of `{field}`{}\n{at}\n  = `{field}` is one of: {}", clip(value), did_you_mean(*suggestion), allowed.join(", "))]
    NotAValue {
        /// Where.
        at: Snippet,
        /// The field compared.
        field: String,
        /// The word given.
        value: String,
        /// The field's values.
        allowed: Vec<&'static str>,
        /// The nearest value, for a likely typo.
        suggestion: Option<&'static str>,
    },
    /// An id that names no record of the collection it refers to, in a query for a dataset
    /// ([`crate::query`], [`Dataset::query`](crate::Dataset::query),
    /// [`Dataset::prepare`](crate::Dataset::prepare)): `claims where source = jang-se-yull`.
    #[error("`{}` is not the id of any record in `{collection}`{}\n{at}", clip(id), did_you_mean(suggestion.as_deref()))]
    UnknownId {
        /// Where.
        at: Snippet,
        /// The collection the id should name a record of.
        collection: Collection,
        /// The id given.
        id: String,
        /// The nearest id of the collection, for a likely typo.
        suggestion: Option<String>,
    },
    /// A text no record holds, where one holds a near miss of it, in a query for a dataset:
    /// `actors where country = south_kroea`. (A text with no near miss answers no rows.)
    #[error(
        "no record of {collection} has {field} `{}`; did you mean `{}`?\n{at}",
        clip(value),
        clip(suggestion)
    )]
    UnknownValue {
        /// Where.
        at: Snippet,
        /// The collection whose records hold the field.
        collection: Collection,
        /// The field compared, as the query names it.
        field: String,
        /// The text given.
        value: String,
        /// The value a record holds that is nearest to it.
        suggestion: String,
    },
    /// A value of the wrong type for its field: `estimates where value > abc`,
    /// `events where date > casualties`, `actors where named = maybe`.
    #[error(
        "`{field}` is {}, but `{}` is not; {}\n{at}",
        expected.describe(),
        clip(found),
        how_to_write(*expected, found)
    )]
    TypeMismatch {
        /// Where.
        at: Snippet,
        /// The field compared.
        field: String,
        /// What the field holds, which the message words with an article: "a number", "a
        /// date".
        expected: FieldType,
        /// The value given, as written.
        found: String,
    },
    /// An operator the field's type does not have: `estimates where topic > casualties`,
    /// `events where actors = yu-yong-weon`.
    #[error("{}\n{at}", operator(field, *ty, op))]
    Operator {
        /// Where: the operator.
        at: Snippet,
        /// The field compared, as the query names it.
        field: String,
        /// Its type, which decides the operators it takes.
        ty: FieldType,
        /// The operator given.
        op: &'static str,
    },
    /// `group by` a list, which gives a record several values: `estimates group by
    /// reported_with`, `claims group by restated`.
    #[error(
        "cannot group by `{field}`: it is a list{}\n{at}",
        if *texts { " of texts; group by a field with one value".to_owned() } else { format!("; group by one of its fields, as in `{field}.kind`") }
    )]
    GroupByList {
        /// Where.
        at: Snippet,
        /// The list, as the query names it.
        field: String,
        /// Whether it lists texts (which have no fields) rather than records.
        texts: bool,
    },
    /// `order by` a list, or a field reached through one, which gives a record several values:
    /// `events order by actors`, `events order by actors.name`.
    #[error(
        "cannot order by `{field}`: {}\n{at}",
        match through { None => "it is a list; order by a field with one value, or select it to see it".to_owned(), Some(list) => format!("`{list}` is a list, so a record may have several values; group by it instead, or select it to see them") }
    )]
    OrderByList {
        /// Where.
        at: Snippet,
        /// The field, as the query names it.
        field: String,
        /// The list on the way to it, where the field itself is not one.
        through: Option<&'static str>,
    },
    /// A column of groups in a query without `group by`: `estimates order by count`.
    #[error(
        "`{column}` is a column of groups, and this query has no `group by`; add one, as in \
         `{collection} group by FIELD order by count desc`\n{at}"
    )]
    NotGrouped {
        /// Where.
        at: Snippet,
        /// The column named.
        column: String,
        /// The collection asked about.
        collection: Collection,
    },
    /// After `group by`, a column groups do not have: `estimates group by measure select
    /// value`, `... select low`.
    #[error(
        "after `group by`, answers are groups: `{}` is not one of their columns ({}){}\n{at}",
        clip(name),
        columns.join(", "),
        if ["low", "high"].iter().any(|r| r.eq_ignore_ascii_case(name)) {
            "; a group gives no range, as its figures may count different things in different \
             words: ask for the rows instead, each figure with its own bounds".to_owned()
        } else {
            did_you_mean(*suggestion)
        }
    )]
    NotAGroupColumn {
        /// Where.
        at: Snippet,
        /// The column named.
        name: String,
        /// The columns groups have.
        columns: Vec<&'static str>,
        /// The nearest of them, for a likely typo.
        suggestion: Option<&'static str>,
    },
    /// A literal that cannot be a value at all: `events where date = 2025-13`,
    /// `estimates limit 99999999999999999999999`.
    #[error("{reason}\n{at}")]
    BadLiteral {
        /// Where.
        at: Snippet,
        /// Why.
        reason: LiteralError,
    },
    /// `find` with nothing to find: `find ""`, `find '  '`.
    #[error("`find` needs words to look for, as in `find \"Kyiv\"`\n{at}")]
    NothingToFind {
        /// Where.
        at: Snippet,
    },
    /// A field followed by `.` that refers to nothing: `estimates where topic.name = x`.
    #[error(
        "`{field}` is {}, not a reference to other records: it has no fields\n{at}",
        ty.describe()
    )]
    NotAReference {
        /// Where.
        at: Snippet,
        /// The field.
        field: String,
        /// Its type, which the message words with an article.
        ty: FieldType,
    },
    /// The query is longer than [`MAX_QUERY_LEN`](crate::MAX_QUERY_LEN) bytes.
    #[error("the query is {len} bytes long; the limit is {max}")]
    TooLong {
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Parentheses, `not`s or a path nested deeper than [`MAX_DEPTH`](crate::MAX_DEPTH):
    /// `((((((...` or `not not not ...` or `affiliation.affiliation.affiliation...`.
    #[error(
        "nested deeper than {max} levels; use fewer parentheses, `not`s or steps of a path\n{at}"
    )]
    TooDeep {
        /// Where the limit was passed.
        at: Snippet,
        /// The limit.
        max: usize,
    },
}

impl QueryError {
    /// The byte range of the query the error points at. It always lies within the query.
    ///
    /// ```
    /// let err = facts::query("estmates").unwrap_err();
    /// assert_eq!(err.span(), 0..8);
    /// ```
    pub fn span(&self) -> Range<usize> {
        match self {
            QueryError::Syntax { at, .. }
            | QueryError::UnknownCollection { at, .. }
            | QueryError::UnknownField { at, .. }
            | QueryError::UnknownId { at, .. }
            | QueryError::UnknownValue { at, .. }
            | QueryError::NotAValue { at, .. }
            | QueryError::TypeMismatch { at, .. }
            | QueryError::Operator { at, .. }
            | QueryError::GroupByList { at, .. }
            | QueryError::OrderByList { at, .. }
            | QueryError::NotGrouped { at, .. }
            | QueryError::NotAGroupColumn { at, .. }
            | QueryError::BadLiteral { at, .. }
            | QueryError::NothingToFind { at }
            | QueryError::NotAReference { at, .. }
            | QueryError::TooDeep { at, .. } => at.span(),
            QueryError::TooLong { max, len } => *max..*len,
        }
    }
}

/// Why a field does not take an operator: what it is, what it takes, and what to write.
fn operator(field: &str, ty: FieldType, op: &str) -> String {
    let ops: Vec<String> = Op::allowed_for(ty)
        .iter()
        .map(|o| format!("`{}`", o.symbol()))
        .collect();
    let takes = match ops.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
        [] => String::new(),
    };
    let kind = match ty {
        FieldType::Enum(vocabulary) => {
            format!("{} ({})", ty.describe(), vocabulary.words().join(", "))
        }
        _ => ty.describe().to_owned(),
    };
    let hint = match ty {
        FieldType::List(_) => {
            format!("; to ask whether it holds an id, write `{field} contains ID`")
        }
        FieldType::Ref(_) | FieldType::Enum(_) | FieldType::Bool if op == "contains" => {
            format!("; to match the value, write `{field} = ...`")
        }
        _ => String::new(),
    };
    format!("`{field}` is {kind}: it takes {takes}, not `{op}`{hint}")
}

fn note(hint: Option<&str>) -> String {
    hint.map(|h| format!("; {h}")).unwrap_or_default()
}

/// How to write a value of a type.
fn how_to_write(expected: FieldType, found: &str) -> String {
    match expected {
        FieldType::Number => "write a whole number, as in `600` or `10,000`".into(),
        FieldType::Date => WRITE_A_DATE.into(),
        FieldType::Bool => "write `true` or `false`".into(),
        _ => format!("put it in quotes: `\"{}\"`", clip(found)),
    }
}

/// How a query writes a date.
const WRITE_A_DATE: &str = "write a year (`2025`), a month (`2025-10`) or a day (`2025-10-28`)";

/// Why a literal cannot be a value at all: the reason of a [`QueryError::BadLiteral`].
///
/// ```
/// let err = facts::query("events where date = 2025-13").unwrap_err();
/// let facts::QueryError::BadLiteral { reason, .. } = err else { panic!() };
/// assert_eq!(reason, facts::LiteralError::NoSuchMonth { text: "2025-13".into() });
/// assert_eq!(reason.to_string(), "`2025-13` is not a date: months run from 01 to 12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LiteralError {
    /// A limit past the most answers there can be: `estimates limit 99999999999999999999`.
    #[error("`{text}` is too large for a limit")]
    LimitTooLarge {
        /// The number, as written.
        text: String,
    },
    /// A number past the largest a field holds: `estimates where value > 99999999999999999999`.
    #[error("`{text}` is too large a number")]
    NumberTooLarge {
        /// The number, as written.
        text: String,
    },
    /// A number where a date is expected that is no year of four digits: `events where date
    /// > 202`.
    #[error("`{text}` is not a date: {}", WRITE_A_DATE)]
    NotADate {
        /// The number, as written.
        text: String,
    },
    /// A month past 12, or 00: `events where date = 2025-13`.
    #[error("`{text}` is not a date: months run from 01 to 12")]
    NoSuchMonth {
        /// The date, as written.
        text: String,
    },
    /// A day the month does not have: `events where date = 2025-02-29`.
    #[error("`{text}` is not a date: {month} has {days} days")]
    NoSuchDay {
        /// The date, as written.
        text: String,
        /// The month.
        month: Date,
        /// The days it has.
        days: u8,
    },
    /// A date in the report's words that is none: `events where date = "Octember 2025"`.
    /// It lists the forms a query writes, which leave out the parts of a month or a year that
    /// data files may write.
    #[error(
        "`{}` is not a date: {} (a query writes `2025`, `October 2025`, `28 October 2025` or \
         `2025-10-28`)",
        .0.text(),
        .0.kind()
    )]
    DateInWords(DateError),
    /// A part of a month or a year in the report's words, which a query asks for as the whole
    /// it lies in: `events where date = "late October 2025"`.
    #[error(
        "`{text}` is part of a month or a year, which a query does not write: `{}` asks for \
         the whole, and a record dated `{date}` lies within it",
        whole(*date)
    )]
    PartOfMonthOrYear {
        /// The text, quotes left out.
        text: String,
        /// The date it means.
        date: Date,
    },
}

/// The month or year a part of one lies in, as a query writes it.
fn whole(part: Date) -> String {
    match part.precision() {
        Precision::PartOfMonth => format!(
            "{:04}-{:02}",
            part.earliest().year(),
            part.earliest().month()
        ),
        _ => format!("{:04}", part.earliest().year()),
    }
}

/// A name or value as a message quotes it: whole up to 60 characters, then its start and its
/// length, so that a pasted page is not printed back. The error keeps the span whole.
pub(crate) fn clip(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(LONGEST_SHOWN) {
        Some((end, _)) => format!("{}… ({} bytes)", &text[..end], text.len()).into(),
        None => text.into(),
    }
}

fn did_you_mean(suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("; did you mean `{s}`?"),
        None => String::new(),
    }
}

/// A span of a query, shown as the line it is on with a caret under it.
///
/// ```
/// let err = facts::query("count events where date > casualties").unwrap_err();
/// let facts::QueryError::TypeMismatch { at, .. } = err else { panic!() };
/// assert_eq!(&at.query()[at.span()], "casualties");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    query: Arc<str>,
    span: Range<usize>,
}

/// How many characters of a long line to show either side of the span.
const CONTEXT: usize = 40;

/// The most characters of a span a snippet shows; [`clip`] quotes as many.
const LONGEST_SHOWN: usize = 60;

impl Snippet {
    /// A snippet of `query`, which it copies: only a refused query pays for the copy.
    pub(crate) fn new(query: &str, span: Range<usize>) -> Snippet {
        // Spans come from the parser and are within the query; clamp anyway, since an error
        // must never be the thing that panics.
        let end = span.end.min(query.len());
        let start = span.start.min(end);
        Snippet {
            query: Arc::from(query),
            span: start..end,
        }
    }

    /// The whole query.
    ///
    /// ```
    /// let err = facts::query("actors where nmae = x").unwrap_err();
    /// let facts::QueryError::UnknownField { at, .. } = err else { panic!() };
    /// assert_eq!(at.query(), "actors where nmae = x");
    /// ```
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The byte range pointed at.
    ///
    /// ```
    /// let err = facts::query("actors where nmae = x").unwrap_err();
    /// let facts::QueryError::UnknownField { at, .. } = err else { panic!() };
    /// assert_eq!(at.span(), 13..17);
    /// ```
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

impl fmt::Display for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = &*self.query;
        let line_start = q[..self.span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = q[self.span.start..]
            .find('\n')
            .map_or(q.len(), |i| self.span.start + i);
        let line = &q[line_start..line_end];
        let line_number = q[..line_start].matches('\n').count() + 1;
        let gutter = if q.contains('\n') {
            format!("{line_number:>3}")
        } else {
            String::from(" ")
        };
        let pad = " ".repeat(gutter.len());

        // Columns in characters, so that non-ASCII text keeps the caret aligned.
        let before = q[line_start..self.span.start].chars().count();
        let width = q[self.span.start..self.span.end.min(line_end)]
            .chars()
            .count()
            .max(1);
        let total = line.chars().count();
        // A line no longer than the window around its span is shown whole: cutting a few
        // characters for an ellipsis would save nothing and look like a typo.
        let whole = total <= CONTEXT + width.min(LONGEST_SHOWN) + CONTEXT;
        let first = if whole {
            0
        } else {
            before.saturating_sub(CONTEXT)
        };
        // A long span is shown by its start: a pasted page is not printed back.
        let last = if whole {
            total
        } else if width > LONGEST_SHOWN {
            before + LONGEST_SHOWN
        } else {
            (before + width + CONTEXT).min(total)
        };
        let shown: String = line.chars().skip(first).take(last - first).collect();
        let lead = if first > 0 { "…" } else { "" };
        let tail = if last < total { "…" } else { "" };
        writeln!(f, "{gutter} | {lead}{shown}{tail}")?;
        write!(
            f,
            "{pad} | {}{}",
            " ".repeat(before - first + lead.chars().count()),
            "^".repeat(width.min(last - before).max(1))
        )
    }
}
