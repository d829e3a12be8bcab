//! JSON Lines: the format for facts that machines make, one record a line.
//!
//! Each line is an object naming the record's kind and holding the record as its JSON is
//! everywhere else in the crate:
//!
//! ```text
//! {"kind":"estimate","record":{"id":"killed-about-600","topic":"casualties",...}}
//! ```
//!
//! The record sits under its own key rather than beside `kind` because actors and sources have
//! a `kind` field of their own. Quotes carry their place (`report`, `start`, `end`, `text`),
//! in bytes, so reading never searches a report; the place is checked instead, with the same
//! [`validate::check`] as every other way in. Unknown keys are errors, and so are bounds
//! (`low`, `high`, which writing includes) that the qualifier does not imply: nothing in a line
//! is silently dropped. The place in code points and UTF-16 units that writing adds
//! (`char_start`, ..., `utf16_end`) follows from the bytes and is read past. Lines may come in
//! any order; blank lines are allowed.
//!
//! Reading is in parts: [`chunks`] cuts the input into chunks of whole lines and files what
//! threads parse of them in line order; [`lines`] parses a chunk's lines; [`records`] holds a
//! line's record as read and turns it into the model's; [`bytes`] finds the lines' ends.

mod bytes;
mod chunks;
mod lines;
mod records;

#[cfg(all(test, feature = "export"))] // The tests read back what writing wrote.
mod tests;

use std::io::{self, BufRead};
use std::path::Path;
use std::sync::Arc;

use crate::load::jsonl::chunks::{CHUNK, ChunkStart, read_chunks};
use crate::load::jsonl::lines::{parse, unreadable};
use crate::model::validate::{self, Collections, DataError, Problem};

/// Reads a JSON Lines file, named in problems as the path is written.
pub(crate) fn read_file(path: &Path) -> Result<Collections, Vec<DataError>> {
    let name = path.display().to_string();
    match std::fs::File::open(path) {
        Ok(file) => read(io::BufReader::with_capacity(1 << 16, file), &name),
        Err(e) => Err(vec![DataError {
            file: name,
            line: None,
            problem: Problem::Unreadable(e.to_string()),
        }]),
    }
}

/// Reads JSON Lines and checks the records; every problem, in line order.
///
/// On a machine with several cores, an input of more than one chunk is parsed on as many
/// threads, a chunk at a time each; the records are filed in line order, so the result is the
/// same however many threads there are. On one core, lines are parsed where they lie in the
/// reader's buffer, and so are they on several when the buffer holds more than a chunk (as an
/// in-memory reader's does).
pub(crate) fn read(mut reader: impl BufRead, name: &str) -> Result<Collections, Vec<DataError>> {
    let file: Arc<str> = name.into();
    let mut collections = Collections::default();
    let mut errors = Vec::new();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut place = ChunkStart { index: 0, line: 1 };
    if threads == 1 {
        read_in_place(&mut reader, &file, &mut collections, &mut errors);
    } else {
        let into = (&mut collections, &mut errors);
        read_chunks(&mut reader, threads, CHUNK, &mut place, &file, into);
    }
    errors.extend(validate::check(&collections));
    if errors.is_empty() {
        Ok(collections)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// Parses lines where they lie in the reader's buffer; only a line that runs past the end
/// of the buffer is gathered first.
fn read_in_place(
    reader: &mut impl BufRead,
    file: &Arc<str>,
    into: &mut Collections,
    errors: &mut Vec<DataError>,
) {
    let mut line = 1;
    let mut long_line = Vec::new();
    loop {
        let buffer = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                errors.push(unreadable(file, line, &e));
                return;
            }
        };
        if buffer.is_empty() {
            return;
        }
        let used = match buffer.iter().rposition(|&b| b == b'\n') {
            Some(end) => {
                line = parse(&buffer[..=end], line, file, into, errors);
                end + 1
            }
            None => {
                long_line.clear();
                if let Err(e) = reader.read_until(b'\n', &mut long_line) {
                    errors.push(unreadable(file, line, &e));
                    return;
                }
                line = parse(&long_line, line, file, into, errors);
                0
            }
        };
        reader.consume(used);
    }
}
