//! What the query language can see: the collections, their fields, the type of each field, and
//! how to read a field's value from a record.

use std::cmp::Ordering;
use std::fmt;

use serde::Serialize;

use crate::model::ExactWords;
use crate::model::collection::{Collection, Vocabulary};
use crate::model::stored::names::*;
use crate::model::text::same_str;
use crate::model::word::Word;
use crate::store::data::{Column, ColumnRef, Dataset, Words};
use crate::store::record::field::FieldOut;
use crate::store::record::{self, sealed::Stored};

impl Collection {
    /// The fields a query can name, in the order they are listed.
    ///
    /// ```
    /// let names: Vec<_> = facts::Collection::Sources.fields().iter().map(|f| f.name).collect();
    /// assert_eq!(names, [
    ///     "id", "name", "kind", "actors", "confirmable", "quote", "report",
    ///     "estimates", "claims", "events",
    /// ]);
    /// ```
    pub const fn fields(self) -> &'static [Field] {
        match self {
            Collection::Actors => ACTOR_FIELDS,
            Collection::Events => EVENT_FIELDS,
            Collection::Estimates => ESTIMATE_FIELDS,
            Collection::Sources => SOURCE_FIELDS,
            Collection::Claims => CLAIM_FIELDS,
            Collection::Reports => REPORT_FIELDS,
        }
    }

    /// The field a name means, ignoring ASCII case.
    ///
    /// ```
    /// let field = facts::Collection::Estimates.field("VALUE").unwrap();
    /// assert_eq!(field.ty, facts::FieldType::Number);
    /// ```
    pub fn field(self, name: &str) -> Option<&'static Field> {
        self.fields()
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }

    /// The fields a table shows when the query does not `select`. Each is named once, and
    /// found when the crate compiles: a name no field has stops the build.
    pub(crate) fn default_columns(self) -> &'static [FieldId] {
        use Collection as C;
        const ACTORS: &[FieldId] = &shown(C::Actors, ["id", "name", "kind", "country", "role"]);
        const EVENTS: &[FieldId] = &shown(C::Events, ["id", "date", "title", "place"]);
        const ESTIMATES: &[FieldId] = &shown(
            C::Estimates,
            ["id", "measure", "qualifier", "value", "source"],
        );
        const SOURCES: &[FieldId] = &shown(C::Sources, ["id", "name", "kind", "confirmable"]);
        const CLAIMS: &[FieldId] = &shown(C::Claims, ["id", "source", "date", "status", "text"]);
        // Not `year`: a report's JSON has the year as a number, the language a date.
        const REPORTS: &[FieldId] = &shown(C::Reports, ["id", "title"]);
        match self {
            C::Actors => ACTORS,
            C::Events => EVENTS,
            C::Estimates => ESTIMATES,
            C::Sources => SOURCES,
            C::Claims => CLAIMS,
            C::Reports => REPORTS,
        }
    }
}

/// The type of a field, which decides the operators and values it takes.
///
/// ```
/// use facts::{Collection, FieldType};
/// assert_eq!(Collection::Estimates.field("source").unwrap().ty, FieldType::Ref(Collection::Sources));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// The record's own id: `=`, `!=`, `in`, `contains`.
    Id,
    /// Text: `=`, `!=` and `in` (ignoring case), `contains` (a substring, ignoring case).
    Text,
    /// A whole number: every comparison, `in`.
    Number,
    /// `true` or `false`: `=`, `!=`.
    Bool,
    /// A [`Date`] with a precision: every comparison, with interval semantics.
    Date,
    /// One word of a vocabulary: `=`, `!=`, `in`.
    Enum(Vocabulary),
    /// The id of a record of another collection: `=`, `!=`, `in`, and `.` to its fields.
    Ref(Collection),
    /// Ids of records of another collection: `contains` (membership), and `.` to their fields.
    List(Collection),
    /// Several texts, a record's further quotes: `contains` holds when one of them holds the
    /// words (ignoring case).
    Texts,
}

impl FieldType {
    /// The type in words, with an article, for messages.
    ///
    /// ```
    /// assert_eq!(facts::FieldType::Number.describe(), "a number");
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            FieldType::Id => "an id",
            FieldType::Text => "text",
            FieldType::Number => "a number",
            FieldType::Bool => "true or false",
            FieldType::Date => "a date",
            FieldType::Enum(_) => "a word from a list",
            FieldType::Ref(_) => "a reference",
            FieldType::List(_) => "a list of references",
            FieldType::Texts => "a list of texts",
        }
    }
}

/// One field a query can name.
///
/// ```
/// let field = facts::Collection::Events.field("date").unwrap();
/// assert_eq!(field.ty, facts::FieldType::Date);
/// assert!(!field.doc.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The name in queries.
    pub name: &'static str,
    /// Its type.
    pub ty: FieldType,
    /// What it holds, for `--help` and the docs.
    pub doc: &'static str,
}

use FieldType as T;

crate::model::stored::field_trait! {
    /// A field's type as the language reads it: the [`FieldType`] a query sees, and the value it
    /// compares, from what the field's accessor gives.
    pub(crate) trait QueryField: FieldOut {
        /// The type a query sees.
        const TYPE: FieldType;

        /// The value a query compares.
        fn value<'d>(out: Self::Out<'d>) -> Value<'d>;
    }
}

impl QueryField for Text {
    const TYPE: FieldType = T::Text;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        Value::Text(out)
    }
}

impl QueryField for Option<Text> {
    const TYPE: FieldType = T::Text;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        out.map_or(Value::Missing, Value::Text)
    }
}

impl QueryField for bool {
    const TYPE: FieldType = T::Bool;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        Value::Bool(out)
    }
}

impl QueryField for Option<bool> {
    const TYPE: FieldType = T::Bool;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        out.map_or(Value::Missing, Value::Bool)
    }
}

impl QueryField for u64 {
    const TYPE: FieldType = T::Number;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        Value::Number(out)
    }
}

/// A report's year is a date to a query, so that `year = 2025` and `year < 2026-03` compare
/// as dates do.
impl QueryField for Year {
    const TYPE: FieldType = T::Date;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        Value::Date(Date::year(out))
    }
}

impl QueryField for Option<Date> {
    const TYPE: FieldType = T::Date;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        out.map_or(Value::Missing, Value::Date)
    }
}

impl<V: ExactWords + Copy + Into<Word>> QueryField for V {
    const TYPE: FieldType = T::Enum(V::VOCABULARY);

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        Value::Word(out.into())
    }
}

/// A quote is its words.
impl QueryField for StoredQuote {
    const TYPE: FieldType = T::Text;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        Value::Text(out.text())
    }
}

impl QueryField for Cow<'static, [StoredQuote]> {
    const TYPE: FieldType = T::Texts;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        Value::List(out.iter().map(|q| Value::Text(q.text())).collect())
    }
}

/// A bound is its figure; whether the figure is inside is for the export to say.
impl QueryField for Option<Bound> {
    const TYPE: FieldType = T::Number;

    fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
        out.map_or(Value::Missing, |b| Value::Number(b.value))
    }
}

/// Ids of records of `collection`, read as `record` handles give them.
fn refs<'d, R: record::Record<'d>>(
    records: record::Records<'d, R>,
    id: fn(R) -> &'d str,
) -> Value<'d> {
    Value::List(records.iter().map(|r| Value::Ref(id(r))).collect())
}

/// Defines a collection's fields and, index for index, how each is read from a record: one
/// list, so that a field and its reading cannot drift apart, and reading a field is an index
/// into a table rather than a search by name.
macro_rules! fields {
    ($fields:ident, $getters:ident, $handle:ident {
        $($name:expr, $ty:expr, $doc:expr, |$r:ident| $value:expr;)*
    }) => {
        const $fields: &[Field] = &[$(Field { name: $name, ty: $ty, doc: $doc }),*];
        const $getters: &[for<'d> fn(record::$handle<'d>) -> Value<'d>] = &[$({
            fn get<'d>($r: record::$handle<'d>) -> Value<'d> {
                $value
            }
            get
        }),*];
    };
}

/// A collection's fields from its record's declaration (`crate::model::stored`): the id, each
/// field and those computed after it, in the declaration's order; then the fields the
/// collection reads from elsewhere (`$tail`, in the form of [`fields!`]).
macro_rules! schema {
    (
        ($fields:ident, $getters:ident; $($tail:tt)*) [$($meta:tt)*] $stored:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        fields!($fields, $getters, $handle {
            "id", T::Id, "stable id", |r| Value::Text(r.id().as_str());
            $(
                stringify!($field), <$ty as QueryField>::TYPE, $query,
                    |r| <$ty as QueryField>::value(r.$field());
                $(
                    stringify!($dfield), <$dty as QueryField>::TYPE, $dquery,
                        |r| <$dty as QueryField>::value(r.$dfield());
                )*
            )*
            $($tail)*
        });
    };
}

crate::model::stored::actor_record!(schema!(ACTOR_FIELDS, ACTOR_GETTERS;
    "report", T::Ref(Collection::Reports), "the report quoted",
        |a| Value::Ref(a.quote().report().id().as_str());
    "claims", T::List(Collection::Claims), "the claims about it (read back from their `about`)",
        |a| refs(a.claims(), |c| c.id().as_str());
    "sources", T::List(Collection::Sources), "the sources it stands behind (from their `actors`)",
        |a| refs(a.sources(), |s| s.id().as_str());
    "events", T::List(Collection::Events), "the events it took part in (from their `actors`)",
        |a| refs(a.events(), |e| e.id().as_str());
    "members", T::List(Collection::Actors), "the actors that belong to it (their `affiliation`)",
        |a| refs(a.members(), |m| m.id().as_str());
));

crate::model::stored::event_record!(schema!(EVENT_FIELDS, EVENT_GETTERS;
    "report", T::Ref(Collection::Reports), "the report quoted",
        |e| Value::Ref(e.quote().report().id().as_str());
));

crate::model::stored::estimate_record!(schema!(ESTIMATE_FIELDS, ESTIMATE_GETTERS;
    "report", T::Ref(Collection::Reports), "the report quoted",
        |e| Value::Ref(e.quote().report().id().as_str());
));

crate::model::stored::source_record!(schema!(SOURCE_FIELDS, SOURCE_GETTERS;
    "report", T::Ref(Collection::Reports), "the report quoted",
        |s| Value::Ref(s.quote().report().id().as_str());
    "estimates", T::List(Collection::Estimates), "the figures it gives (their `source`)",
        |s| refs(s.estimates(), |e| e.id().as_str());
    "claims", T::List(Collection::Claims), "the claims it makes (their `source`)",
        |s| refs(s.claims(), |c| c.id().as_str());
    "events", T::List(Collection::Events), "the events it reports (from their `sources`)",
        |s| refs(s.events(), |e| e.id().as_str());
));

crate::model::stored::claim_record!(schema!(CLAIM_FIELDS, CLAIM_GETTERS;
    "report", T::Ref(Collection::Reports), "the report quoted",
        |c| Value::Ref(c.quote().report().id().as_str());
));

crate::model::stored::report_record!(schema!(REPORT_FIELDS, REPORT_GETTERS;
    "actors", T::List(Collection::Actors), "the actors it names (their `quote`)",
        |r| refs(r.actors(), |a| a.id().as_str());
    "events", T::List(Collection::Events), "the events it tells",
        |r| refs(r.events(), |e| e.id().as_str());
    "estimates", T::List(Collection::Estimates), "the figures it gives",
        |r| refs(r.estimates(), |e| e.id().as_str());
    "sources", T::List(Collection::Sources), "the sources it names",
        |r| refs(r.sources(), |s| s.id().as_str());
    "claims", T::List(Collection::Claims), "the claims it reports",
        |r| refs(r.claims(), |c| c.id().as_str());
));

/// How a dataset hands out a column it keeps.
type KeptColumn = for<'d> fn(&'d Dataset) -> ColumnRef<'d>;

/// The fields whose column a dataset keeps as it stores them (the estimates' columns), so
/// that a scan reads it where it lies. A field not listed has its column built when a scan
/// first needs it.
const KEPT: &[(FieldId, KeptColumn)] = {
    use Collection::Estimates as E;
    &[
        (FieldId::named(E, "topic"), |d| {
            Column::Words(Words::Topics(&d.estimates.topic))
        }),
        (FieldId::named(E, "measure"), |d| {
            Column::Words(Words::Measures(&d.estimates.measure))
        }),
        (FieldId::named(E, "value"), |d| {
            Column::Numbers(&d.estimates.value)
        }),
        (FieldId::named(E, "qualifier"), |d| {
            Column::Words(Words::Qualifiers(&d.estimates.qualifier))
        }),
        (FieldId::named(E, "source"), |d| {
            Column::Positions(&d.estimates.source)
        }),
    ]
};

/// A field of a collection by position, as a resolved query holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct FieldId {
    pub collection: Collection,
    pub index: u8,
}

impl FieldId {
    pub fn field(self) -> &'static Field {
        &self.collection.fields()[usize::from(self.index)]
    }

    /// How a dataset hands out the field's column where the collection keeps one.
    pub fn kept_column(self) -> Option<KeptColumn> {
        KEPT.iter()
            .find(|(field, _)| *field == self)
            .map(|&(_, kept)| kept)
    }

    pub fn find(collection: Collection, name: &str) -> Option<FieldId> {
        let index = collection
            .fields()
            .iter()
            .position(|f| f.name.eq_ignore_ascii_case(name))?;
        Some(FieldId {
            collection,
            index: index as u8,
        })
    }
}

/// The fields of `collection` called `names`, looked up while the crate compiles.
const fn shown<const N: usize>(collection: Collection, names: [&str; N]) -> [FieldId; N] {
    let mut ids = [FieldId {
        collection,
        index: 0,
    }; N];
    let mut i = 0;
    while i < N {
        ids[i] = FieldId::named(collection, names[i]);
        i += 1;
    }
    ids
}

impl FieldId {
    /// The field of `collection` called `name`, exactly; in a constant, a name no field has
    /// is a compile error.
    const fn named(collection: Collection, name: &str) -> FieldId {
        let fields = collection.fields();
        let mut index = 0;
        while index < fields.len() {
            if same_str(fields[index].name, name) {
                return FieldId {
                    collection,
                    index: index as u8,
                };
            }
            index += 1;
        }
        panic!("no field has this name")
    }
}

/// One record of an answer: a reference to the typed record itself.
///
/// ```
/// let answer = facts::query("estimates where measure = wounded").unwrap();
/// let facts::Row::Estimate(estimate) = answer.rows().unwrap()[0] else { panic!() };
/// assert_eq!(estimate.value(), 4_000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Row<'d> {
    /// An actor.
    Actor(record::Actor<'d>),
    /// An event.
    Event(record::Event<'d>),
    /// An estimate.
    Estimate(record::Estimate<'d>),
    /// A source.
    Source(record::Source<'d>),
    /// A claim.
    Claim(record::Claim<'d>),
    /// A report.
    Report(record::Report<'d>),
}

impl<'d> Row<'d> {
    /// The record of `collection` with this id.
    pub(crate) fn find(dataset: &'d Dataset, collection: Collection, id: &str) -> Option<Row<'d>> {
        match collection {
            Collection::Actors => dataset.actor(id).map(Row::Actor),
            Collection::Events => dataset.event(id).map(Row::Event),
            Collection::Estimates => dataset.estimate(id).map(Row::Estimate),
            Collection::Sources => dataset.source(id).map(Row::Source),
            Collection::Claims => dataset.claim(id).map(Row::Claim),
            Collection::Reports => dataset.report(id).map(Row::Report),
        }
    }

    /// The record at `at` in its collection.
    pub(crate) fn at(dataset: &'d Dataset, collection: Collection, at: usize) -> Row<'d> {
        match collection {
            Collection::Actors => Row::Actor(record::Actor::at(dataset, at)),
            Collection::Events => Row::Event(record::Event::at(dataset, at)),
            Collection::Estimates => Row::Estimate(record::Estimate::at(dataset, at)),
            Collection::Sources => Row::Source(record::Source::at(dataset, at)),
            Collection::Claims => Row::Claim(record::Claim::at(dataset, at)),
            Collection::Reports => Row::Report(record::Report::at(dataset, at)),
        }
    }

    /// The record's id.
    ///
    /// ```
    /// let answer = facts::query("claims where id = death-sentence").unwrap();
    /// assert_eq!(answer.rows().unwrap()[0].id(), "death-sentence");
    /// ```
    pub fn id(self) -> &'d str {
        match self {
            Row::Actor(r) => r.id().as_str(),
            Row::Event(r) => r.id().as_str(),
            Row::Estimate(r) => r.id().as_str(),
            Row::Source(r) => r.id().as_str(),
            Row::Claim(r) => r.id().as_str(),
            Row::Report(r) => r.id().as_str(),
        }
    }

    /// The record's quote; a report's is its whole text.
    ///
    /// ```
    /// let answer = facts::query("estimates where measure = wounded").unwrap();
    /// assert_eq!(answer.rows().unwrap()[0].quote().text(), "more than 4,000 injured");
    /// ```
    pub fn quote(self) -> record::Quote<'d> {
        match self {
            Row::Actor(r) => r.quote(),
            Row::Event(r) => r.quote(),
            Row::Estimate(r) => r.quote(),
            Row::Source(r) => r.quote(),
            Row::Claim(r) => r.quote(),
            Row::Report(r) => r.whole(),
        }
    }

    /// The collection the record is of.
    ///
    /// ```
    /// let answer = facts::query("claims where id = death-sentence")?;
    /// assert_eq!(answer.rows().unwrap()[0].collection(), facts::Collection::Claims);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn collection(self) -> Collection {
        match self {
            Row::Actor(_) => Collection::Actors,
            Row::Event(_) => Collection::Events,
            Row::Estimate(_) => Collection::Estimates,
            Row::Source(_) => Collection::Sources,
            Row::Claim(_) => Collection::Claims,
            Row::Report(_) => Collection::Reports,
        }
    }

    /// The value of a field of this record's collection; `Missing` for a field of another
    /// (which the checker never lets a query ask).
    pub(crate) fn get(self, field: FieldId) -> Value<'d> {
        if field.collection != self.collection() {
            return Value::Missing;
        }
        let i = usize::from(field.index);
        match self {
            Row::Actor(r) => ACTOR_GETTERS.get(i).map_or(Value::Missing, |get| get(r)),
            Row::Event(r) => EVENT_GETTERS.get(i).map_or(Value::Missing, |get| get(r)),
            Row::Estimate(r) => ESTIMATE_GETTERS.get(i).map_or(Value::Missing, |get| get(r)),
            Row::Source(r) => SOURCE_GETTERS.get(i).map_or(Value::Missing, |get| get(r)),
            Row::Claim(r) => CLAIM_GETTERS.get(i).map_or(Value::Missing, |get| get(r)),
            Row::Report(r) => REPORT_GETTERS.get(i).map_or(Value::Missing, |get| get(r)),
        }
    }
}

/// A field's value, borrowed from its record: a cell of an answer, or the key of a group.
///
/// ```
/// let answer = facts::query("estimates group by measure").unwrap();
/// let keys: Vec<String> = answer.groups().unwrap().iter().map(|g| g.key.to_string()).collect();
/// assert_eq!(keys, ["troops", "killed", "wounded"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value<'d> {
    /// The record has no value for the field.
    Missing,
    /// Text, or a record's own id.
    Text(&'d str),
    /// A whole number.
    Number(u64),
    /// True or false.
    Bool(bool),
    /// A date with its precision.
    Date(Date),
    /// A word of a vocabulary, typed.
    Word(Word),
    /// The id of another record.
    Ref(&'d str),
    /// Several values: a list field, or a path through one.
    List(Vec<Value<'d>>),
}

impl<'d> Value<'d> {
    /// The order `order by` sorts in: numbers and dates by value (a date by its earliest,
    /// then its latest day), text ignoring case, words by their rank in the vocabulary.
    /// Missing values sort after all others.
    ///
    /// ```
    /// use std::cmp::Ordering;
    /// use facts::Value;
    /// assert_eq!(Value::Number(600).order(&Value::Number(2_000)), Ordering::Less);
    /// assert_eq!(Value::Missing.order(&Value::Number(1)), Ordering::Greater);
    /// // A year alone begins with its January and early part, and ends after both.
    /// let dates = ["January 2025", "early 2025", "2025", "February 2025"];
    /// let dates: Vec<Value> = dates.iter().map(|d| Value::Date(d.parse().unwrap())).collect();
    /// assert!(dates.windows(2).all(|w| w[0].order(&w[1]) == Ordering::Less));
    /// ```
    pub fn order(&self, other: &Value<'_>) -> Ordering {
        match (self, other) {
            (Value::Text(a) | Value::Ref(a), Value::Text(b) | Value::Ref(b)) => {
                // As the language compares text: see `text::fold`.
                crate::model::text::fold(a)
                    .cmp(&crate::model::text::fold(b))
                    .then_with(|| a.cmp(b))
            }
            (Value::Number(a), Value::Number(b)) => a.cmp(b),
            (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
            (Value::Date(a), Value::Date(b)) => {
                (a.earliest(), a.latest()).cmp(&(b.earliest(), b.latest()))
            }
            (Value::Word(a), Value::Word(b)) => a.cmp(b),
            (Value::List(a), Value::List(b)) => {
                for (x, y) in a.iter().zip(b) {
                    let o = x.order(y);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                a.len().cmp(&b.len())
            }
            (Value::Missing, Value::Missing) => Ordering::Equal,
            (Value::Missing, _) => Ordering::Greater,
            (_, Value::Missing) => Ordering::Less,
            // Values of one field are of one type; no other pair is compared.
            _ => Ordering::Equal,
        }
    }
}

impl Serialize for Value<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Missing => serializer.serialize_none(),
            Value::Text(s) | Value::Ref(s) => serializer.serialize_str(s),
            Value::Word(w) => serializer.serialize_str(w.word()),
            Value::Number(n) => serializer.serialize_u64(*n),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Date(d) => d.serialize(serializer),
            Value::List(items) => items.serialize(serializer),
        }
    }
}

impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Missing => f.write_str("-"),
            Value::Text(s) | Value::Ref(s) => f.write_str(s),
            Value::Word(w) => f.write_str(w.word()),
            Value::Number(n) => f.write_str(&grouped(*n)),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Date(d) => write!(f, "{d}"),
            // An empty list shows as a missing value does, so no cell is blank.
            Value::List(items) if items.is_empty() => f.write_str("-"),
            Value::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                Ok(())
            }
        }
    }
}

/// `10000` as `10,000`, as the report writes figures.
pub(crate) fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
