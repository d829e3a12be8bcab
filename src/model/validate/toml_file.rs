//! A TOML fact file as read: its entries, and the lines they stand on, so that a problem with
//! a record or one of its values names the line a person edits.

use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::model::files::{FileField, Written, WrittenDate};
use crate::model::suggest::closest;
use crate::model::validate::clip::clip_quoted;
use crate::model::validate::error::{DataError, Problem, RecordName};
use crate::model::validate::filed::Origin;
use crate::model::{Date, ExactWords};

/// A parsed TOML file with its name and text, for turning spans into lines.
pub(crate) struct TomlFile<T> {
    pub(super) name: Arc<str>,
    pub(super) text: String,
    /// Where each line break stands, so that finding a record's line does not read the file
    /// up to it (which, done for every record, took the square of the file's length).
    pub(super) breaks: Vec<usize>,
    pub(super) value: T,
}

/// Reads and parses `dir/name`. A file that is missing and not `required` is `None` with no
/// problem: a missing collection is an empty one.
pub(super) fn read_toml<T: DeserializeOwned>(
    dir: &Path,
    name: &str,
    required: bool,
    errors: &mut Vec<DataError>,
) -> Option<TomlFile<T>> {
    let path = dir.join(name);
    let display = path.display().to_string();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return None,
        Err(e) => {
            errors.push(DataError {
                file: display,
                line: None,
                problem: Problem::Unreadable(e.to_string()),
            });
            return None;
        }
    };
    match toml::from_str::<T>(&text) {
        Ok(value) => Some(TomlFile {
            name: display.into(),
            breaks: line_breaks(&text),
            text,
            value,
        }),
        Err(e) => {
            errors.push(DataError {
                line: Some(e.span().map_or(1, |s| line_of(&text, s.start))),
                file: display,
                problem: Problem::Malformed(clip_quoted(e.message().trim())),
            });
            None
        }
    }
}

/// The 1-based line of a byte offset.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The offsets of the line breaks of `text`.
pub(super) fn line_breaks(text: &str) -> Vec<usize> {
    text.bytes()
        .enumerate()
        .filter_map(|(at, b)| (b == b'\n').then_some(at))
        .collect()
}

impl<T> TomlFile<T> {
    /// The line of a byte offset, as [`line_of`] counts it.
    pub(super) fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.breaks.partition_point(|&at| at < end) + 1
    }

    /// Where a record starting at `offset` was read.
    pub(super) fn origin(&self, offset: usize) -> Origin {
        Origin {
            file: Arc::clone(&self.name),
            line: self.line(offset),
        }
    }

    /// A problem at the line of `offset`.
    pub(super) fn error(&self, offset: usize, problem: Problem) -> DataError {
        DataError {
            file: self.name.to_string(),
            line: Some(self.line(offset)),
            problem,
        }
    }

    /// Reads a vocabulary word as written, reporting a wrong one against its record.
    pub(crate) fn word<W: ExactWords>(
        &self,
        record: RecordName<'_>,
        field: FileField,
        written: &Written,
        errors: &mut Vec<DataError>,
    ) -> Option<W> {
        let word = written.get_ref();
        let value = W::exactly(word);
        if value.is_none() {
            errors.push(self.error(
                written.span().start,
                Problem::UnknownWord {
                    record: record.to_string(),
                    field,
                    word: word.clone(),
                    allowed: W::WORDS,
                    suggestion: closest(word, W::WORDS.iter().copied()),
                },
            ));
        }
        value
    }

    /// Reads a date as written, reporting a wrong one against its record.
    pub(crate) fn one_date(
        &self,
        record: RecordName<'_>,
        field: FileField,
        written: &WrittenDate,
        errors: &mut Vec<DataError>,
    ) -> Option<Date> {
        match written.get_ref().0.parse::<Date>() {
            Ok(date) => Some(date),
            Err(error) => {
                errors.push(self.error(
                    written.span().start,
                    Problem::BadDate {
                        record: record.to_string(),
                        field,
                        error,
                    },
                ));
                None
            }
        }
    }
}
