//! Parsing lines of JSON Lines into records, and the problems only a line can show: what is
//! not JSON, not UTF-8 or not a record, named by the record where the line still says which.

use std::io;
use std::sync::Arc;

use serde::Deserialize;

use crate::load::jsonl::bytes::memchr;
use crate::load::jsonl::records::{Line, add};
use crate::model::validate::{self, Collections, DataError, Origin, Problem};

/// Parses lines, the first numbered `first_line`, into `into`; returns the number of the
/// line after them.
pub(super) fn parse(
    bytes: &[u8],
    first_line: usize,
    file: &Arc<str>,
    into: &mut Collections,
    errors: &mut Vec<DataError>,
) -> usize {
    // A copy of the name for this chunk's records: threads that shared one count of
    // references would contend for it on every line.
    let file: &Arc<str> = &Arc::from(&**file);
    let mut number = first_line;
    let mut rest = bytes;
    while !rest.is_empty() {
        let (line, next) = match memchr(b'\n', rest) {
            Some(end) => (&rest[..end], &rest[end + 1..]),
            None => (rest, &rest[rest.len()..]),
        };
        rest = next;
        let origin = Origin {
            file: Arc::clone(file),
            line: number,
        };
        // A byte order mark, as some editors write, is no part of the first line's record
        // (JSON allows readers to skip one, and fact files in TOML may start with one too).
        let line = match origin.line {
            1 => line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line),
            _ => line,
        };
        number += 1;
        let line = line.trim_ascii();
        if line.is_empty() {
            continue;
        }
        // Checking the whole line at once is faster than serde_json checking each string.
        let problem = match std::str::from_utf8(line) {
            Ok(text) => match serde_json::from_str::<Line>(text) {
                Ok(record) => {
                    add(into, record, origin, errors);
                    continue;
                }
                Err(e) => bad_json(rejected(line, into), &e),
            },
            Err(e) => Problem::NotUtf8 {
                record: rejected(line, into),
                column: e.valid_up_to() + 1,
            },
        };
        errors.push(DataError {
            file: file.to_string(),
            line: Some(origin.line),
            problem,
        });
    }
    number
}

/// Names the record of a line that does not read as one, where the line is JSON enough to say
/// which (`estimate killed-about-600`), and leaves it out once: records that refer to it are
/// not reported again. Only a line in error pays for this.
fn rejected(line: &[u8], into: &mut Collections) -> Option<String> {
    #[derive(Deserialize)]
    struct Named {
        kind: String,
        record: IdOnly,
    }
    #[derive(Deserialize)]
    struct IdOnly {
        id: String,
    }
    let named: Named = serde_json::from_slice(line).ok()?;
    let id = named.record.id;
    let record = format!("{} {}", named.kind, validate::clip_quoted(&id));
    into.rejected.insert(id);
    Some(record)
}

/// A problem where the reader failed, at the line it was on.
pub(super) fn unreadable(file: &str, line: usize, e: &io::Error) -> DataError {
    DataError {
        file: file.to_owned(),
        line: Some(line),
        problem: Problem::Unreadable(e.to_string()),
    }
}

/// A line serde_json refused, with its message but not its "at line 1 column 9": the line is
/// the file's, and the column is kept apart.
fn bad_json(record: Option<String>, e: &serde_json::Error) -> Problem {
    let mut message = e.to_string();
    if let Some(at) = message.rfind(" at line ") {
        message.truncate(at);
    }
    Problem::BadJson {
        record,
        // serde_json counts columns from 1 and says 0 where it has none.
        column: Some(e.column()).filter(|&column| column != 0),
        message: validate::clip_quoted(&message),
    }
}
