//! How each type a record is made of is written in a fact file, and read back from it.
//!
//! A record's file entry follows from its declaration (in [`crate::model::stored`]): each
//! field is written in the form its type says ([`FromFile::Toml`]) and read back by its type
//! ([`FromFile::read`]). A word, a date or a quote is read as text, so that a wrong one fails
//! its own record, named with its line, and not the whole file.

use std::borrow::Cow;

use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::model::files::{FileField, WrittenDate};
use crate::model::validate::error::{DataError, RecordName};
use crate::model::validate::toml_file::TomlFile;
use crate::model::{Date, StoredQuote, StoredReport, Text};

/// What reading one entry's fields needs: its file (for lines), the reports its quotes are
/// found in, the entry's own `report` key, its name for problems, and where problems go.
pub(crate) struct Reading<'a, T> {
    pub(crate) file: &'a TomlFile<T>,
    pub(crate) reports: &'a [StoredReport],
    pub(crate) report: &'a Option<Spanned<String>>,
    pub(crate) record: RecordName<'a>,
    pub(crate) errors: &'a mut Vec<DataError>,
}

/// A type of a record's field, as a fact file writes it.
pub(crate) trait FromFile: Sized {
    /// The form the file writes it in.
    type Toml: DeserializeOwned;

    /// The value written, or `None` where it is wrong (and the problem reported).
    fn read<T>(toml: &Self::Toml, field: FileField, at: &mut Reading<'_, T>) -> Option<Self>;
}

/// Types a file writes as they are.
macro_rules! as_written {
    ($($ty:ty),*) => {
        $(impl FromFile for $ty {
            type Toml = $ty;

            fn read<T>(toml: &$ty, _: FileField, _: &mut Reading<'_, T>) -> Option<$ty> {
                Some(*toml)
            }
        })*
    };
}

as_written!(bool, i32, u64);

impl FromFile for Text {
    type Toml = String;

    fn read<T>(toml: &String, _: FileField, _: &mut Reading<'_, T>) -> Option<Text> {
        Some(toml.clone().into())
    }
}

impl<V: FromFile> FromFile for Option<V> {
    type Toml = Option<V::Toml>;

    fn read<T>(toml: &Self::Toml, field: FileField, at: &mut Reading<'_, T>) -> Option<Self> {
        match toml {
            None => Some(None),
            Some(toml) => V::read(toml, field, at).map(Some),
        }
    }
}

impl<V: FromFile + Clone> FromFile for Cow<'static, [V]> {
    type Toml = Vec<V::Toml>;

    /// Every item, or `None` at the first wrong one.
    fn read<T>(toml: &Self::Toml, field: FileField, at: &mut Reading<'_, T>) -> Option<Self> {
        let items: Option<Vec<V>> = toml.iter().map(|t| V::read(t, field, at)).collect();
        items.map(Cow::Owned)
    }
}

impl FromFile for Date {
    type Toml = WrittenDate;

    fn read<T>(toml: &WrittenDate, field: FileField, at: &mut Reading<'_, T>) -> Option<Date> {
        at.file.one_date(at.record, field, toml, at.errors)
    }
}

impl FromFile for StoredQuote {
    /// The quote's words, found in the entry's report.
    type Toml = Spanned<String>;

    fn read<T>(toml: &Spanned<String>, _: FileField, at: &mut Reading<'_, T>) -> Option<Self> {
        at.file.quote(at.reports, at.report, toml, at.errors)
    }
}

/// A record's entry in its fact file: its fields in the forms their types write them, and the
/// `report` its quotes are in. `record!` declares it beside the record.
pub(crate) trait Entry: DeserializeOwned {
    /// The record it reads into.
    type Record;

    /// The entry's id, as written.
    fn id(&self) -> &Spanned<String>;

    /// The record, or `None` where a field is wrong (every wrong one reported, in the order
    /// the record declares them).
    fn record<T>(
        &self,
        file: &TomlFile<T>,
        reports: &[StoredReport],
        errors: &mut Vec<DataError>,
    ) -> Option<Self::Record>;
}
