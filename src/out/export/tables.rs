//! Every table of the export, in the order the script creates them: each collection's, from
//! its record's declaration (`crate::model::stored`), field by field as [`super::fields`] says
//! a field's type is exported, followed by the tables of its lists and further quotes.

use crate::model::collection::Collection;
use crate::model::stored::names::*;
use crate::store::data::Dataset;
use crate::store::record::{Actor, Claim, Estimate, Event, Quote, Record, Records, Report, Source};

use super::cells::{Cell, Spec, TableRows, link_rows, text};
use super::defs::{SqlType, TableDef, restated_table};
use super::fields::{ExportField, Names, names};

/// Where tables go: their definitions alone, or with the rows of a dataset.
pub(super) enum Sink<'d> {
    Defs(Vec<TableDef>),
    Rows(&'d Dataset, Vec<TableRows<'d>>),
}

impl<'d> Sink<'d> {
    /// A collection's own table: a row per record.
    fn records<R: Record<'d> + 'd>(&mut self, spec: Spec<'d, R>) {
        match self {
            Sink::Defs(defs) => defs.push(spec.def),
            Sink::Rows(d, tables) => tables.push(spec.table(Records::<R>::all(d).iter())),
        }
    }

    /// A table of a list: a row per item of every record's list.
    pub(super) fn list<O: Record<'d> + 'd, I: Copy + 'd>(
        &mut self,
        spec: Spec<'d, (O, I)>,
        list: impl Fn(O) -> Vec<I>,
    ) {
        match self {
            Sink::Defs(defs) => defs.push(spec.def),
            Sink::Rows(d, tables) => tables.push(link_rows(spec, Records::all(d), list)),
        }
    }
}

/// A field's comment in the export, where its declaration gives one.
macro_rules! sql {
    (()) => {
        None
    };
    (($doc:literal)) => {
        Some($doc)
    };
}

/// Writes a collection's tables from its record's declaration: `$tables` adds them to a sink.
macro_rules! export {
    (
        ($tables:ident) [$($meta:tt)*] $stored:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        fn $tables<'d>(sink: &mut Sink<'d>) {
            let of = Collection::$collection;
            let spec = Spec::new(of.name(), $table, vec!["id"])
                .id(|r: $handle<'d>| r.id().as_str());
            $(
                let spec = <$ty as ExportField>::columns(
                    spec,
                    &names!($field),
                    sql!($sql),
                    |r: $handle<'d>| r.$field(),
                );
                $(
                    let spec = <$dty as ExportField>::columns(
                        spec,
                        &names!($dfield),
                        sql!($dsql),
                        |r: $handle<'d>| r.$dfield(),
                    );
                )*
            )*
            sink.records(spec);
            $(
                const {
                    assert!(
                        <$ty as ExportField>::OWN_TABLE.named(Collection::$collection, stringify!($field)),
                        concat!(
                            "`", stringify!($field), "` needs its table named in ",
                            "src/out/export/defs.rs (`link`, or `restated_table`)"
                        ),
                    )
                };
                <$ty as ExportField>::table(
                    sink,
                    of,
                    &names!($field),
                    sql!($sql),
                    |r: $handle<'d>| r.$field(),
                    |r: $handle<'d>| r.id().as_str(),
                );
            )*
        }
    };
}

crate::model::stored::report_record!(export!(reports));
crate::model::stored::actor_record!(export!(actors));
crate::model::stored::event_record!(export!(events));
crate::model::stored::estimate_record!(export!(estimates));
crate::model::stored::source_record!(export!(sources));
crate::model::stored::claim_record!(export!(claims));

/// Every collection's tables, in the order the script creates them: a table is created after
/// those it refers to.
fn all(sink: &mut Sink<'_>) {
    reports(sink);
    actors(sink);
    sources(sink);
    events(sink);
    estimates(sink);
    claims(sink);
}

/// A table of the further quotes of a collection's records (`estimate_restated`): the
/// owner's id, the place in its list, and the quote with its place in the report.
pub(super) fn restated<'d, O: Copy + 'd>(
    of: Collection,
    doc: &'static str,
    owner_id: fn(O) -> &'d str,
) -> Spec<'d, (O, Quote<'d>)> {
    let (table, owner) =
        restated_table(of).expect("a collection with further quotes has their table");
    Spec::new(table, doc, vec![owner, "pos"])
        .column(owner, SqlType::Text, false, move |(o, _): (O, _), _| {
            text(owner_id(o))
        })
        .references(of.name())
        .column("pos", SqlType::Integer, false, |_, i| Cell::Int(i as u64))
        .doc("place in the list, from 0")
        .quote(|(_, q): (_, Quote<'d>)| q)
}

/// Every table's definition, in the order the script creates them.
pub(crate) fn definitions() -> Vec<TableDef> {
    let mut sink = Sink::Defs(Vec::new());
    all(&mut sink);
    match sink {
        Sink::Defs(defs) => defs,
        Sink::Rows(..) => unreachable!("a sink of definitions stays one"),
    }
}

/// Every table with its rows, in the order of [`definitions`].
pub(super) fn tables(d: &Dataset) -> Vec<TableRows<'_>> {
    let mut sink = Sink::Rows(d, Vec::new());
    all(&mut sink);
    match sink {
        Sink::Rows(_, tables) => tables,
        Sink::Defs(..) => unreachable!("a sink of rows stays one"),
    }
}
