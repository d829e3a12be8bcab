//! What a field's type means to a handle: what its accessor gives, and how that is read from
//! a stored record. Each stage adds its own reading of the same types (the schema's type and
//! value, the export's columns), so a field's type decides them all.

use std::fmt;

use serde::Serialize;

use crate::model::ExactWords;
use crate::model::collection::Collection;
use crate::model::stored::names::*;
use crate::store::columnar::{Columnar, Interned, Lists, QuoteSpan};
use crate::store::position::Position;
use crate::store::schema::{FieldType, QueryField, Value};

use super::quote::QuoteList;
use super::*;

crate::model::stored::field_trait! {
    /// A field's type, as its handle's accessor gives it out.
    pub(crate) trait FieldOut {
        /// What the accessor returns: borrowed from the dataset, references as handles.
        type Out<'d>: Copy;
    }
}

crate::model::stored::field_trait! {
    /// A field's type as a stored record holds it.
    pub(crate) trait StoredField: FieldOut {
        /// The field of a record of `dataset`, as its accessor gives it.
        fn get<'d>(&'d self, dataset: &'d Dataset) -> Self::Out<'d>;
    }
}

crate::model::stored::field_trait! {
    /// A field's type as a column of estimates holds it ([`Columnar`]).
    pub(crate) trait ColumnField: Columnar + FieldOut {
        /// The value of estimate `at` of `dataset`, as its accessor gives it.
        fn get<'d>(column: &'d Self::Column, at: usize, dataset: &'d Dataset) -> Self::Out<'d>;
    }
}

/// Columns of values given out as they are kept.
macro_rules! column_as_kept {
    ($($ty:ty),*) => {
        $(
            impl ColumnField for $ty {
                fn get<'d>(column: &'d Vec<$ty>, at: usize, _: &'d Dataset) -> $ty {
                    column[at]
                }
            }
        )*
    };
}

column_as_kept!(u64, Option<Date>);

impl<V: ExactWords + Copy + fmt::Debug + PartialEq> ColumnField for V {
    fn get<'d>(column: &'d Vec<V>, at: usize, _: &'d Dataset) -> V {
        column[at]
    }
}

impl ColumnField for Option<Text> {
    fn get<'d>(column: &'d Interned, at: usize, _: &'d Dataset) -> Option<&'d str> {
        column.of(at)
    }
}

impl ColumnField for SourceId {
    fn get<'d>(column: &'d Vec<Option<Position>>, at: usize, dataset: &'d Dataset) -> Source<'d> {
        // A checked estimate's source is among the dataset's.
        let source = column[at].expect("a checked estimate names its source");
        Source::at(dataset, source.get())
    }
}

impl ColumnField for Cow<'static, [EstimateId]> {
    fn get<'d>(
        column: &'d Lists<u32>,
        at: usize,
        dataset: &'d Dataset,
    ) -> Records<'d, Estimate<'d>> {
        Records::at(dataset, column.of(at))
    }
}

impl ColumnField for StoredQuote {
    fn get<'d>(column: &'d Vec<QuoteSpan>, at: usize, dataset: &'d Dataset) -> Quote<'d> {
        Quote::span(dataset, column[at])
    }
}

impl ColumnField for Cow<'static, [StoredQuote]> {
    fn get<'d>(column: &'d Lists<QuoteSpan>, at: usize, dataset: &'d Dataset) -> Quotes<'d> {
        Quotes {
            dataset,
            list: QuoteList::Spans(column.of(at)),
        }
    }
}

/// Fields given out as they are stored.
macro_rules! as_stored {
    ($($ty:ty),*) => {
        $(
            impl FieldOut for $ty {
                type Out<'d> = $ty;
            }

            impl StoredField for $ty {
                fn get<'d>(&'d self, _: &'d Dataset) -> $ty {
                    *self
                }
            }
        )*
    };
}

as_stored!(bool, Option<bool>, u64, Option<Date>);

impl<V: ExactWords + Copy> FieldOut for V {
    type Out<'d> = V;
}

impl<V: ExactWords + Copy> StoredField for V {
    fn get<'d>(&'d self, _: &'d Dataset) -> V {
        *self
    }
}

impl FieldOut for Text {
    type Out<'d> = &'d str;
}

impl StoredField for Text {
    fn get<'d>(&'d self, _: &'d Dataset) -> &'d str {
        self
    }
}

impl FieldOut for Option<Text> {
    type Out<'d> = Option<&'d str>;
}

impl StoredField for Option<Text> {
    fn get<'d>(&'d self, _: &'d Dataset) -> Option<&'d str> {
        self.as_deref()
    }
}

/// Callers read a report's year as the number.
impl FieldOut for Year {
    type Out<'d> = i32;
}

impl StoredField for Year {
    fn get<'d>(&'d self, _: &'d Dataset) -> i32 {
        self.0
    }
}

impl FieldOut for StoredQuote {
    type Out<'d> = Quote<'d>;
}

impl StoredField for StoredQuote {
    fn get<'d>(&'d self, dataset: &'d Dataset) -> Quote<'d> {
        Quote::new(dataset, self)
    }
}

impl FieldOut for Cow<'static, [StoredQuote]> {
    type Out<'d> = Quotes<'d>;
}

impl StoredField for Cow<'static, [StoredQuote]> {
    fn get<'d>(&'d self, dataset: &'d Dataset) -> Quotes<'d> {
        Quotes {
            dataset,
            list: QuoteList::Stored(self),
        }
    }
}

/// A figure's bound, which the handle computes: never stored.
impl FieldOut for Option<Bound> {
    type Out<'d> = Option<Bound>;
}

/// A field's value as a handle's `Debug` (and an estimate's JSON and comparison) take it: a
/// reference as the id it names, anything else as it is.
pub(super) trait Shown {
    type Shown: Serialize + fmt::Debug + PartialEq;

    fn shown(self) -> Self::Shown;
}

/// Values shown as they are.
macro_rules! shown_as_they_are {
    ($($ty:ty),*) => {
        $(
            impl<'d> Shown for $ty {
                type Shown = $ty;

                fn shown(self) -> $ty {
                    self
                }
            }
        )*
    };
}

shown_as_they_are!(
    bool,
    Option<bool>,
    u64,
    i32,
    &'d str,
    Option<&'d str>,
    Option<Date>,
    Option<Bound>,
    Quote<'d>,
    Quotes<'d>
);

impl<V: ExactWords + Copy + Serialize + fmt::Debug + PartialEq> Shown for V {
    type Shown = V;

    fn shown(self) -> V {
        self
    }
}

/// An id, outside a record's own `id` field, is a reference: its accessor gives the record it
/// names (a checked dataset has it), and a list of them the records; a query reads their ids.
macro_rules! references {
    ($($id:ident => $handle:ident in $collection:ident),*) => {
        $(
            impl<'d> Shown for $handle<'d> {
                type Shown = &'d $id;

                fn shown(self) -> &'d $id {
                    self.id()
                }
            }

            impl<'d> Shown for Option<$handle<'d>> {
                type Shown = Option<&'d $id>;

                fn shown(self) -> Option<&'d $id> {
                    self.map(|r| r.id())
                }
            }

            impl<'d> Shown for Records<'d, $handle<'d>> {
                type Shown = Vec<&'d $id>;

                fn shown(self) -> Vec<&'d $id> {
                    self.iter().map(|r| r.id()).collect()
                }
            }

            impl QueryField for $id {
                const TYPE: FieldType = FieldType::Ref(Collection::$collection);

                fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
                    Value::Ref(out.id().as_str())
                }
            }

            impl QueryField for Option<$id> {
                const TYPE: FieldType = FieldType::Ref(Collection::$collection);

                fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
                    out.map_or(Value::Missing, |r| Value::Ref(r.id().as_str()))
                }
            }

            impl QueryField for Cow<'static, [$id]> {
                const TYPE: FieldType = FieldType::List(Collection::$collection);

                fn value<'d>(out: Self::Out<'d>) -> Value<'d> {
                    Value::List(out.iter().map(|r| Value::Ref(r.id().as_str())).collect())
                }
            }

            impl FieldOut for $id {
                type Out<'d> = $handle<'d>;
            }

            impl StoredField for $id {
                fn get<'d>(&'d self, dataset: &'d Dataset) -> $handle<'d> {
                    referent(dataset, self.as_str())
                }
            }

            impl FieldOut for Option<$id> {
                type Out<'d> = Option<$handle<'d>>;
            }

            impl StoredField for Option<$id> {
                fn get<'d>(&'d self, dataset: &'d Dataset) -> Option<$handle<'d>> {
                    self.as_ref().map(|id| referent(dataset, id.as_str()))
                }
            }

            impl FieldOut for Cow<'static, [$id]> {
                type Out<'d> = Records<'d, $handle<'d>>;
            }

            impl StoredField for Cow<'static, [$id]> {
                fn get<'d>(&'d self, dataset: &'d Dataset) -> Records<'d, $handle<'d>> {
                    Records::named(dataset, self)
                }
            }
        )*
    };
}

references!(
    ReportId => Report in Reports,
    ActorId => Actor in Actors,
    EventId => Event in Events,
    EstimateId => Estimate in Estimates,
    SourceId => Source in Sources,
    ClaimId => Claim in Claims
);

/// Writes a handle's accessors from its record's declaration (`crate::model::stored`): the
/// id, then each field, with the field's docs and example. A handle reads its stored record;
/// an estimate, kept in columns, its dataset's columns (`accessors!(columns)`).
macro_rules! accessors {
    (
        $how:tt [$($meta:tt)*] $stored:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        impl<'d> $handle<'d> {
            $($iddoc)*
            ///
            #[doc = concat!("```\n", $idexample, "\n```")]
            pub fn id(self) -> &'d $idty {
                accessors!(@read self $how, id)
            }

            $(
                $($doc)*
                ///
                #[doc = concat!("```\n", $example, "\n```")]
                pub fn $field(self) -> $out {
                    accessors!(@read self $how, $field: $ty)
                }
            )*
        }
    };
    (@read $self:ident (), id) => {
        &$self.record.id
    };
    (@read $self:ident (), $field:ident: $ty:ty) => {
        StoredField::get(&$self.record.$field, $self.dataset)
    };
    (@read $self:ident (columns), id) => {
        &$self.dataset.estimates.id[$self.at]
    };
    (@read $self:ident (columns), $field:ident: $ty:ty) => {
        <$ty as ColumnField>::get(&$self.dataset.estimates.$field, $self.at, $self.dataset)
    };
}

/// Writes a handle's `Debug` from its record's declaration: the handle's name, then every
/// field its accessors give, references as the ids they name.
macro_rules! debug {
    (
        () [$($meta:tt)*] $stored:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        impl fmt::Debug for $handle<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($handle))
                    .field("id", self.id())
                    $(.field(stringify!($field), &self.$field().shown()))*
                    .finish()
            }
        }
    };
}

crate::model::stored::report_record!(debug!());
crate::model::stored::actor_record!(debug!());
crate::model::stored::event_record!(debug!());
crate::model::stored::estimate_record!(debug!());
crate::model::stored::source_record!(debug!());
crate::model::stored::claim_record!(debug!());

crate::model::stored::report_record!(accessors!());
crate::model::stored::actor_record!(accessors!());
crate::model::stored::event_record!(accessors!());
crate::model::stored::estimate_record!(accessors!(columns));
crate::model::stored::source_record!(accessors!());
crate::model::stored::claim_record!(accessors!());
