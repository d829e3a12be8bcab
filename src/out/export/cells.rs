//! The builder every table is written with: a column at a time, each with its definition and
//! how to read its cell from a record, so that the schema and the rows cannot disagree. Apart
//! from [`super::tables`], which says what each table holds, because this says how any table
//! is held.

use std::borrow::Cow;

use crate::model::Date;
use crate::model::collection::{Collection, Vocabulary};
use crate::model::date::{Day, Precision};
use crate::model::text::fold;
use crate::store::record::{Quote, Record, Records};

use super::defs::{ColumnDef, Link, SqlType, TableDef, link};

/// A value of a cell.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Cell<'d> {
    Null,
    Text(Cow<'d, str>),
    Int(u64),
    Bool(bool),
    Day(Day),
}

/// A table with its rows.
pub(super) struct TableRows<'d> {
    pub(super) name: &'static str,
    pub(super) columns: Vec<ColumnDef>,
    pub(super) rows: Vec<Vec<Cell<'d>>>,
}

type Getter<'d, T> = Box<dyn Fn(T, usize) -> Cell<'d> + 'd>;

/// A table's columns, each with how to read its cell from a record and its position.
pub(super) struct Spec<'d, T> {
    pub(super) def: TableDef,
    cells: Vec<Getter<'d, T>>,
}

impl<'d, T: Copy + 'd> Spec<'d, T> {
    pub(super) fn new(name: &'static str, doc: &'static str, key: Vec<&'static str>) -> Self {
        Spec {
            def: TableDef {
                name,
                doc,
                columns: Vec::new(),
                key,
            },
            cells: Vec::new(),
        }
    }

    pub(super) fn column(
        mut self,
        name: &'static str,
        ty: SqlType,
        nullable: bool,
        cell: impl Fn(T, usize) -> Cell<'d> + 'd,
    ) -> Self {
        self.def.columns.push(ColumnDef {
            name,
            ty,
            nullable,
            references: None,
            words: None,
            doc: None,
        });
        self.cells.push(Box::new(cell));
        self
    }

    /// Sets something on the column added last.
    fn last(mut self, f: impl FnOnce(&mut ColumnDef)) -> Self {
        if let Some(column) = self.def.columns.last_mut() {
            f(column);
        }
        self
    }

    pub(super) fn doc(self, doc: &'static str) -> Self {
        self.last(|c| c.doc = Some(doc))
    }

    /// Sets the comment of the column added last, where there is one to set.
    pub(super) fn doc_if(self, doc: Option<&'static str>) -> Self {
        match doc {
            Some(doc) => self.doc(doc),
            None => self,
        }
    }

    /// Sets the comment of the column called `name`, where there is one to set.
    pub(super) fn doc_of(mut self, name: &str, doc: Option<&'static str>) -> Self {
        if let Some(doc) = doc {
            let column = self.def.columns.iter_mut().find(|c| c.name == name);
            column.expect("the field has a column of its name").doc = Some(doc);
        }
        self
    }

    pub(super) fn references(self, table: &'static str) -> Self {
        self.last(|c| c.references = Some(table))
    }

    pub(super) fn words(self, vocabulary: Vocabulary) -> Self {
        self.last(|c| c.words = Some(vocabulary.words().to_vec()))
    }

    pub(super) fn id(self, get: impl Fn(T) -> &'d str + 'd) -> Self {
        self.column("id", SqlType::Text, false, move |r, _| text(get(r)))
            .column("pos", SqlType::Integer, false, |_, i| Cell::Int(i as u64))
            .doc("place in the dataset, from 0")
    }

    /// A text a query compares ignoring case: the text, and the text folded.
    pub(super) fn text(
        self,
        name: &'static str,
        folded: &'static str,
        get: impl Fn(T) -> Option<&'d str> + Copy + 'd,
    ) -> Self {
        let nullable = false;
        self.column(name, SqlType::Text, nullable, move |r, _| {
            get(r).map_or(Cell::Null, text)
        })
        .column(folded, SqlType::Text, nullable, move |r, _| {
            get(r).map_or(Cell::Null, |t| Cell::Text(fold(t).into()))
        })
        .doc("lower case, typographic quotes as plain ones, for comparing")
    }

    /// Like [`Spec::text`], for a text that may be missing.
    pub(super) fn optional_text(
        mut self,
        name: &'static str,
        folded: &'static str,
        get: impl Fn(T) -> Option<&'d str> + Copy + 'd,
    ) -> Self {
        self = self.text(name, folded, get);
        let n = self.def.columns.len();
        for column in &mut self.def.columns[n - 2..] {
            column.nullable = true;
        }
        self
    }

    /// A date: its words, precision, interval and whether the year is inferred.
    pub(super) fn date(
        self,
        names: [&'static str; 5],
        get: impl Fn(T) -> Option<Date> + Copy + 'd,
    ) -> Self {
        let [words, precision, earliest, latest, inferred] = names;
        self.column(words, SqlType::Text, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Text(d.to_string().into()))
        })
        .doc("as the report says it; `[2025]` is a year the report implies")
        .column(precision, SqlType::Text, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| {
                Cell::Text(precision_word(d.precision()).into())
            })
        })
        .last(|c| c.words = Some(PRECISIONS.map(precision_word).to_vec()))
        .column(earliest, SqlType::Date, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Day(d.earliest()))
        })
        .doc("first day it can mean")
        .column(latest, SqlType::Date, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Day(d.latest()))
        })
        .doc("last day it can mean")
        .column(inferred, SqlType::Boolean, true, move |r, _| {
            get(r).map_or(Cell::Null, |d| Cell::Bool(d.year_inferred()))
        })
    }

    /// A quote: its words (and folded), its report and byte range.
    pub(super) fn quote(self, get: impl Fn(T) -> Quote<'d> + Copy + 'd) -> Self {
        self.text("quote", "quote_folded", move |r| Some(get(r).text()))
            .quote_place(get)
    }

    /// Where a quote stands: its report and byte range.
    fn quote_place(self, get: impl Fn(T) -> Quote<'d> + Copy + 'd) -> Self {
        self.column("report", SqlType::Text, false, move |r, _| {
            text(get(r).report().id().as_str())
        })
        .references("reports")
        .column("quote_start", SqlType::Integer, false, move |r, _| {
            Cell::Int(get(r).start() as u64)
        })
        .doc("byte offset of the quote in the report's text")
        .column("quote_end", SqlType::Integer, false, move |r, _| {
            Cell::Int(get(r).end() as u64)
        })
        .doc("byte offset just past it")
    }

    pub(super) fn table(self, records: impl IntoIterator<Item = T>) -> TableRows<'d> {
        let rows = records
            .into_iter()
            .enumerate()
            .map(|(i, r)| self.cells.iter().map(|cell| cell(r, i)).collect())
            .collect();
        TableRows {
            name: self.def.name,
            columns: self.def.columns,
            rows,
        }
    }
}

pub(super) fn text(s: &str) -> Cell<'_> {
    Cell::Text(Cow::Borrowed(s))
}

pub(super) fn word<'d>(w: &'static str) -> Cell<'d> {
    Cell::Text(Cow::Borrowed(w))
}

/// Every precision, in the order its column's `CHECK` lists their words.
const PRECISIONS: [Precision; 5] = [
    Precision::Year,
    Precision::PartOfYear,
    Precision::Month,
    Precision::PartOfMonth,
    Precision::Day,
];

/// A precision's word in a table: the words the `CHECK` allows are these, so a cell always
/// passes it.
fn precision_word(precision: Precision) -> &'static str {
    match precision {
        Precision::Year => "year",
        Precision::PartOfYear => "part_of_year",
        Precision::Month => "month",
        Precision::PartOfMonth => "part_of_month",
        Precision::Day => "day",
    }
}

/// A link table of a list: the owner's id, the place in the list, the item's id.
pub(super) fn link_spec<'d, O: Copy + 'd>(
    collection: Collection,
    field: &str,
    doc: &'static str,
    target: &'static str,
    owner_id: fn(O) -> &'d str,
) -> Spec<'d, (O, &'d str)> {
    let Link { table, owner, item } = link(collection, field).expect("a list field");
    Spec::new(table, doc, vec![owner, "pos"])
        .column(owner, SqlType::Text, false, move |(o, _): (O, _), _| {
            text(owner_id(o))
        })
        .references(collection.name())
        .column("pos", SqlType::Integer, false, |_, i| Cell::Int(i as u64))
        .doc("place in the list, from 0")
        .column(item, SqlType::Text, false, |(_, i): (O, &'d str), _| {
            text(i)
        })
        .references(target)
}

/// Rows of a link table: every item of every owner's list, with its place in the list.
pub(super) fn link_rows<'d, O: Record<'d>, I: Copy>(
    spec: Spec<'d, (O, I)>,
    owners: Records<'d, O>,
    list: impl Fn(O) -> Vec<I>,
) -> TableRows<'d> {
    let rows = owners
        .iter()
        .flat_map(|o| {
            list(o)
                .into_iter()
                .enumerate()
                .map(move |(i, item)| (i, (o, item)))
        })
        .map(|(i, pair)| spec.cells.iter().map(|cell| cell(pair, i)).collect())
        .collect();
    TableRows {
        name: spec.def.name,
        columns: spec.def.columns,
        rows,
    }
}
