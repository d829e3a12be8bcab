//! What a field's type becomes in the export: columns of its record's table (a text and its
//! folded twin, a date's five columns, a bound's figure and inclusiveness, ...) or, for a list
//! or further quotes, a table of its own. The tables then follow from the records'
//! declarations ([`super::tables`]).

use std::borrow::Cow;

use crate::model::ExactWords;
use crate::model::collection::Collection;
use crate::model::stored::names::*;
use crate::model::word::Word;
use crate::store::record::field::FieldOut;
use crate::store::record::{Quote, Quotes, Record};
use crate::store::schema::{FieldType, QueryField};

use super::cells::{Cell, Spec, text, word};
use super::defs::{OwnTable, SqlType};
use super::tables::Sink;

/// The names of a field's columns: the field's own name, and those its type adds to it.
pub(super) struct Names {
    pub field: &'static str,
    pub folded: &'static str,
    pub inclusive: &'static str,
    pub date: [&'static str; 5],
}

/// Names the columns of field `$field`.
macro_rules! names {
    ($field:ident) => {
        Names {
            field: stringify!($field),
            folded: concat!(stringify!($field), "_folded"),
            inclusive: concat!(stringify!($field), "_inclusive"),
            date: [
                stringify!($field),
                concat!(stringify!($field), "_precision"),
                concat!(stringify!($field), "_earliest"),
                concat!(stringify!($field), "_latest"),
                concat!(stringify!($field), "_year_inferred"),
            ],
        }
    };
}
pub(super) use names;

crate::model::stored::field_trait! {
    /// A field's type as the export writes it. `doc` is the field's comment in the export, where
    /// its declaration gives one.
    pub(super) trait ExportField: FieldOut {
        /// The table it has of its own, beside its record's.
        const OWN_TABLE: OwnTable = OwnTable::None;

        /// Adds the field's columns to its record's table.
        fn columns<'d, R: Copy + 'd>(
            spec: Spec<'d, R>,
            names: &Names,
            doc: Option<&'static str>,
            get: fn(R) -> Self::Out<'d>,
        ) -> Spec<'d, R>;

        /// Adds the table the field has of its own, after its record's: none but for lists.
        fn table<'d, R: Record<'d> + 'd>(
            _sink: &mut Sink<'d>,
            _of: Collection,
            _names: &Names,
            _doc: Option<&'static str>,
            _get: fn(R) -> Self::Out<'d>,
            _id: fn(R) -> &'d str,
        ) {
        }
    }
}

/// A column of one cell per record, with the field's comment.
fn one<'d, R: Copy + 'd, T: Copy + 'd>(
    spec: Spec<'d, R>,
    names: &Names,
    doc: Option<&'static str>,
    (ty, nullable): (SqlType, bool),
    get: fn(R) -> T,
    cell: fn(T) -> Cell<'d>,
) -> Spec<'d, R> {
    spec.column(names.field, ty, nullable, move |r, _| cell(get(r)))
        .doc_if(doc)
}

impl ExportField for Text {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> &'d str,
    ) -> Spec<'d, R> {
        spec.text(names.field, names.folded, move |r| Some(get(r)))
            .doc_of(names.field, doc)
    }
}

impl ExportField for Option<Text> {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> Option<&'d str>,
    ) -> Spec<'d, R> {
        spec.optional_text(names.field, names.folded, get)
            .doc_of(names.field, doc)
    }
}

impl ExportField for bool {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> bool,
    ) -> Spec<'d, R> {
        one(spec, names, doc, (SqlType::Boolean, false), get, Cell::Bool)
    }
}

impl ExportField for Option<bool> {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> Option<bool>,
    ) -> Spec<'d, R> {
        one(spec, names, doc, (SqlType::Boolean, true), get, |b| {
            b.map_or(Cell::Null, Cell::Bool)
        })
    }
}

impl ExportField for u64 {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> u64,
    ) -> Spec<'d, R> {
        one(spec, names, doc, (SqlType::BigInt, false), get, Cell::Int)
    }
}

/// A figure's bound: the figure, and whether it is inside the range.
impl ExportField for Option<Bound> {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> Option<Bound>,
    ) -> Spec<'d, R> {
        one(spec, names, doc, (SqlType::BigInt, true), get, |b| {
            b.map_or(Cell::Null, |b| Cell::Int(b.value))
        })
        .column(names.inclusive, SqlType::Boolean, true, move |r, _| {
            get(r).map_or(Cell::Null, |b| Cell::Bool(b.inclusive))
        })
    }
}

impl<V: ExactWords + Copy + Into<Word> + 'static> ExportField for V {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> V,
    ) -> Spec<'d, R> {
        one(spec, names, doc, (SqlType::Text, false), get, |v| {
            word(v.into().word())
        })
        .words(V::VOCABULARY)
    }
}

impl ExportField for Option<Date> {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> Option<Date>,
    ) -> Spec<'d, R> {
        spec.date(names.date, get).doc_of(names.field, doc)
    }
}

/// A report's year is a date in the export as in queries.
impl ExportField for Year {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> i32,
    ) -> Spec<'d, R> {
        spec.date(names.date, move |r| Some(Date::year(get(r))))
            .doc_of(names.field, doc)
    }
}

/// A quote: its words (and folded), its report and byte range, under the quote's own names.
impl ExportField for StoredQuote {
    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        names: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> Quote<'d>,
    ) -> Spec<'d, R> {
        spec.quote(get).doc_of(names.field, doc)
    }
}

/// Further quotes: a table of their own (`estimate_restated`).
impl ExportField for Cow<'static, [StoredQuote]> {
    const OWN_TABLE: OwnTable = OwnTable::Restated;

    fn columns<'d, R: Copy + 'd>(
        spec: Spec<'d, R>,
        _: &Names,
        _: Option<&'static str>,
        _: fn(R) -> Quotes<'d>,
    ) -> Spec<'d, R> {
        spec
    }

    fn table<'d, R: Record<'d> + 'd>(
        sink: &mut Sink<'d>,
        of: Collection,
        _: &Names,
        doc: Option<&'static str>,
        get: fn(R) -> Quotes<'d>,
        id: fn(R) -> &'d str,
    ) {
        let doc = doc.expect("further quotes have their table's comment (`sql`)");
        sink.list(super::tables::restated(of, doc, id), move |r| {
            get(r).iter().collect()
        });
    }
}

/// A reference: the id it names, a key of the table of its collection.
fn reference<T: QueryField>() -> &'static str {
    match T::TYPE {
        FieldType::Ref(to) | FieldType::List(to) => to.name(),
        _ => unreachable!("a reference's type names its collection"),
    }
}

/// References export the id they name; a list of them is a link table of its own.
macro_rules! references {
    ($($id:ident),*) => {
        $(
            impl ExportField for $id {
                fn columns<'d, R: Copy + 'd>(
                    spec: Spec<'d, R>,
                    names: &Names,
                    doc: Option<&'static str>,
                    get: fn(R) -> Self::Out<'d>,
                ) -> Spec<'d, R> {
                    one(spec, names, doc, (SqlType::Text, false), get, |r| {
                        text(r.id().as_str())
                    })
                    .references(reference::<$id>())
                }
            }

            impl ExportField for Option<$id> {
                fn columns<'d, R: Copy + 'd>(
                    spec: Spec<'d, R>,
                    names: &Names,
                    doc: Option<&'static str>,
                    get: fn(R) -> Self::Out<'d>,
                ) -> Spec<'d, R> {
                    one(spec, names, doc, (SqlType::Text, true), get, |r| {
                        r.map_or(Cell::Null, |r| text(r.id().as_str()))
                    })
                    .references(reference::<$id>())
                }
            }

            impl ExportField for Cow<'static, [$id]> {
                const OWN_TABLE: OwnTable = OwnTable::Link;

                fn columns<'d, R: Copy + 'd>(
                    spec: Spec<'d, R>,
                    _: &Names,
                    _: Option<&'static str>,
                    _: fn(R) -> Self::Out<'d>,
                ) -> Spec<'d, R> {
                    spec
                }

                fn table<'d, R: Record<'d> + 'd>(
                    sink: &mut Sink<'d>,
                    of: Collection,
                    names: &Names,
                    doc: Option<&'static str>,
                    get: fn(R) -> Self::Out<'d>,
                    id: fn(R) -> &'d str,
                ) {
                    let doc = doc.expect("a list has its link table's comment (`sql`)");
                    let to = reference::<Self>();
                    sink.list(super::cells::link_spec(of, names.field, doc, to, id), move |r| {
                        get(r).iter().map(|item| item.id().as_str()).collect()
                    });
                }
            }
        )*
    };
}

references!(ReportId, ActorId, EventId, EstimateId, SourceId, ClaimId);
