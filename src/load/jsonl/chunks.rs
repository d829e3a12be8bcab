//! The input in chunks of whole lines, parsed on several threads at once and filed in line
//! order, so that the result is the same however many threads there are.

use std::borrow::Cow;
use std::io::{self, BufRead};
use std::sync::{Arc, Mutex, PoisonError, mpsc};

use crate::load::jsonl::bytes::{count, memchr};
use crate::load::jsonl::lines::{parse, unreadable};
use crate::model::validate::{Collections, DataError};

/// Reads the lines in chunks of at least `size` bytes, parsed on `threads` threads.
///
/// Lines the reader already holds, more than a chunk of them, are cut into chunks where they
/// lie: an in-memory reader hands over its whole input at once, and copying it chunk by chunk
/// would be work for this thread alone while the others parse. Lines still to come are read
/// into chunks.
pub(super) fn read_chunks(
    reader: &mut impl BufRead,
    threads: usize,
    size: usize,
    place: &mut ChunkStart,
    file: &Arc<str>,
    (into, errors): (&mut Collections, &mut Vec<DataError>),
) {
    loop {
        let held = match reader.fill_buf() {
            Ok(buffer) if buffer.len() > size => buffer,
            Ok(_) => break,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                errors.push(unreadable(file, place.line, &e));
                return;
            }
        };
        // Only whole lines: the rest of the last one may be yet to come.
        let Some(end) = held.iter().rposition(|&b| b == b'\n') else {
            break;
        };
        let mut rest = &held[..=end];
        let first = cut_chunk(&mut rest, place, size);
        let next = || cut_chunk(&mut rest, place, size);
        read_on_threads(threads, first, next, file, (into, errors));
        reader.consume(end + 1);
    }
    let first = next_chunk(reader, place, size);
    if first.last {
        let end = parse(&first.bytes, first.first_line, file, into, errors);
        if let Some(e) = first.error {
            errors.push(unreadable(file, end, &e));
        }
    } else {
        let next = || next_chunk(reader, place, size);
        read_on_threads(threads, first, next, file, (into, errors));
    }
}

/// Parses chunks on `threads` threads while this one takes the next chunks from `next` and
/// files the parsed ones in order, up to the chunk that is `last`.
fn read_on_threads<'a>(
    threads: usize,
    first: Chunk<'a>,
    mut next: impl FnMut() -> Chunk<'a>,
    file: &Arc<str>,
    (into, errors): (&mut Collections, &mut Vec<DataError>),
) {
    let (work, jobs) = mpsc::sync_channel::<Chunk<'a>>(threads);
    let jobs = Mutex::new(jobs);
    let (done, parsed) = mpsc::channel::<Parsed>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let (jobs, done) = (&jobs, done.clone());
            scope.spawn(move || {
                loop {
                    // A worker that panicked holds no data the others need.
                    let job = jobs.lock().unwrap_or_else(PoisonError::into_inner).recv();
                    let Ok(chunk) = job else { break };
                    let mut parsed = Parsed {
                        index: chunk.index,
                        collections: Collections::default(),
                        errors: Vec::new(),
                    };
                    let end = parse(
                        &chunk.bytes,
                        chunk.first_line,
                        file,
                        &mut parsed.collections,
                        &mut parsed.errors,
                    );
                    if let Some(e) = chunk.error {
                        parsed.errors.push(unreadable(file, end, &e));
                    }
                    if done.send(parsed).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        let mut order = InOrder {
            next: first.index,
            waiting: Default::default(),
        };
        let mut chunk = first;
        loop {
            let last = chunk.last;
            if work.send(chunk).is_err() {
                break;
            }
            while let Ok(ready) = parsed.try_recv() {
                order.add(ready, into, errors);
            }
            if last {
                break;
            }
            chunk = next();
        }
        drop(work);
        for ready in parsed {
            order.add(ready, into, errors);
        }
    });
}

/// How many bytes of lines a chunk holds, at least (a line is never split).
#[cfg(not(fuzzing))]
pub(super) const CHUNK: usize = 1 << 20;
/// Fuzzing builds cut chunks of a few lines, so that the fuzzer's inputs, a few kilobytes
/// long, reach the threads, and its 64-byte buffer the chunks read out of it.
#[cfg(fuzzing)]
pub(super) const CHUNK: usize = 256;

/// Whole lines of the input, where the reader held them or copied out.
struct Chunk<'a> {
    /// The chunk's place among the chunks, from 0.
    index: usize,
    /// The number of its first line, from 1.
    first_line: usize,
    bytes: Cow<'a, [u8]>,
    /// Whether it is the last of its pass: the input, or the lines the buffer held, end with it.
    last: bool,
    /// A failure to read that ended the input after this chunk's lines.
    error: Option<io::Error>,
}

/// Where the next chunk starts.
pub(super) struct ChunkStart {
    /// The chunk's place among the chunks, from 0.
    pub(super) index: usize,
    /// The number of its first line, from 1.
    pub(super) line: usize,
}

/// Reads the next chunk: at least `size` bytes and on to the end of a line, or what is left.
fn next_chunk(reader: &mut impl BufRead, place: &mut ChunkStart, size: usize) -> Chunk<'static> {
    let mut bytes = Vec::with_capacity(size + (size >> 4));
    let mut error = None;
    let last = loop {
        let buffer = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                // The line the failure cut short is no line: the chunk keeps the whole ones,
                // and the failure is reported at the next.
                let whole = bytes
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |at| at + 1);
                bytes.truncate(whole);
                error = Some(e);
                break true;
            }
        };
        if buffer.is_empty() {
            break true;
        }
        let wanted = size.saturating_sub(bytes.len()).min(buffer.len());
        match memchr(b'\n', &buffer[wanted..]) {
            Some(end) if bytes.len() + wanted >= size => {
                let used = wanted + end + 1;
                bytes.extend_from_slice(&buffer[..used]);
                reader.consume(used);
                break false;
            }
            _ => {
                let used = buffer.len();
                bytes.extend_from_slice(buffer);
                reader.consume(used);
            }
        }
    };
    place.chunk(Cow::Owned(bytes), last, error)
}

/// Cuts the next chunk from the front of `rest`: at least `size` bytes and on to the end of a
/// line, or what is left.
fn cut_chunk<'a>(rest: &mut &'a [u8], place: &mut ChunkStart, size: usize) -> Chunk<'a> {
    let wanted = size.min(rest.len());
    let end = memchr(b'\n', &rest[wanted..]).map_or(rest.len(), |end| wanted + end + 1);
    let (bytes, after) = rest.split_at(end);
    *rest = after;
    place.chunk(Cow::Borrowed(bytes), rest.is_empty(), None)
}

impl ChunkStart {
    /// The chunk of `bytes` that starts here; moves this place past it.
    fn chunk<'a>(
        &mut self,
        bytes: Cow<'a, [u8]>,
        last: bool,
        error: Option<io::Error>,
    ) -> Chunk<'a> {
        let chunk = Chunk {
            index: self.index,
            first_line: self.line,
            bytes,
            last,
            error,
        };
        self.index += 1;
        self.line += count(b'\n', &chunk.bytes);
        chunk
    }
}

/// The records of a chunk's lines, and the problems only a line can show.
struct Parsed {
    index: usize,
    collections: Collections,
    errors: Vec<DataError>,
}

/// Parsed chunks, filed in the order of the input however they arrive.
struct InOrder {
    next: usize,
    waiting: std::collections::BTreeMap<usize, Parsed>,
}

impl InOrder {
    fn add(&mut self, parsed: Parsed, into: &mut Collections, errors: &mut Vec<DataError>) {
        self.waiting.insert(parsed.index, parsed);
        while let Some(ready) = self.waiting.first_entry() {
            if *ready.key() != self.next {
                break;
            }
            self.next += 1;
            let ready = ready.remove();
            into.append(ready.collections);
            errors.extend(ready.errors);
        }
    }
}
