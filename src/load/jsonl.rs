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

use std::borrow::Cow;
use std::io::{self, BufRead};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError, mpsc};

use serde::{Deserialize, Deserializer};

use crate::model::validate::{self, Collections, DataError, Origin, Problem};
use crate::model::{
    Actor, ActorId, ActorKind, Bound, Claim, ClaimId, ClaimStatus, Date, Estimate, EstimateId,
    Event, EventId, Measure, Qualifier, Quote, Report, ReportId, Source, SourceId, SourceKind,
    Text, Topic,
};

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
    let mut place = Place { index: 0, line: 1 };
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

/// Reads the lines in chunks of at least `size` bytes, parsed on `threads` threads.
///
/// Lines the reader already holds, more than a chunk of them, are cut into chunks where they
/// lie: an in-memory reader hands over its whole input at once, and copying it chunk by chunk
/// would be work for this thread alone while the others parse. Lines still to come are read
/// into chunks.
fn read_chunks(
    reader: &mut impl BufRead,
    threads: usize,
    size: usize,
    place: &mut Place,
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
const CHUNK: usize = 1 << 20;
/// Fuzzing builds cut chunks of a few lines, so that the fuzzer's inputs, a few kilobytes
/// long, reach the threads, and its 64-byte buffer the chunks read out of it.
#[cfg(fuzzing)]
const CHUNK: usize = 256;

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
struct Place {
    index: usize,
    line: usize,
}

/// Reads the next chunk: at least `size` bytes and on to the end of a line, or what is left.
fn next_chunk(reader: &mut impl BufRead, place: &mut Place, size: usize) -> Chunk<'static> {
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
fn cut_chunk<'a>(rest: &mut &'a [u8], place: &mut Place, size: usize) -> Chunk<'a> {
    let wanted = size.min(rest.len());
    let end = memchr(b'\n', &rest[wanted..]).map_or(rest.len(), |end| wanted + end + 1);
    let (bytes, after) = rest.split_at(end);
    *rest = after;
    place.chunk(Cow::Borrowed(bytes), rest.is_empty(), None)
}

impl Place {
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

/// Parses lines, the first numbered `first_line`, into `into`; returns the number of the
/// line after them.
fn parse(
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
        let read = match std::str::from_utf8(line) {
            Ok(text) => serde_json::from_str::<Line>(text).map_err(|e| message(&e)),
            Err(e) => Err(format!("column {}: not UTF-8", e.valid_up_to() + 1)),
        };
        match read {
            Ok(line) => add(into, line, origin, errors),
            Err(why) => {
                // Name the record where the line still says which it is, and leave it out
                // once: records that refer to it are not reported again.
                let why = match named(line) {
                    Some((kind, id)) => {
                        let why = format!("{kind} {}: {why}", validate::clip_quoted(&id));
                        into.rejected.insert(id);
                        why
                    }
                    None => why,
                };
                errors.push(DataError {
                    file: file.to_string(),
                    line: Some(origin.line),
                    problem: Problem::Malformed(why),
                });
            }
        }
    }
    number
}

/// The kind and id of a line that does not read as a record, where it is JSON enough to say.
/// Only a line in error pays for this.
fn named(line: &[u8]) -> Option<(String, String)> {
    #[derive(Deserialize)]
    struct Named {
        kind: String,
        record: Id,
    }
    #[derive(Deserialize)]
    struct Id {
        id: String,
    }
    let named: Named = serde_json::from_slice(line).ok()?;
    Some((named.kind, named.record.id))
}

fn unreadable(file: &str, line: usize, e: &io::Error) -> DataError {
    DataError {
        file: file.to_owned(),
        line: Some(line),
        problem: Problem::Unreadable(e.to_string()),
    }
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

/// The high bit of each byte of `word` that equals `byte`, and no other bit.
fn matches(word: u64, byte: u8) -> u64 {
    const LOWS: u64 = u64::from_ne_bytes([0x7f; 8]);
    let x = word ^ u64::from_ne_bytes([byte; 8]);
    // A byte of `x` is zero where `word` has `byte`: adding 0x7f to its low bits carries into
    // the high bit for every byte but zero, and no carry crosses a byte.
    !(((x & LOWS) + LOWS) | x | LOWS)
}

fn words(bytes: &[u8]) -> (impl Iterator<Item = u64> + '_, &[u8]) {
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    (
        words.map(|w| u64::from_le_bytes(w.try_into().expect("eight bytes"))),
        tail,
    )
}

/// The position of the first `byte` in `bytes`, eight bytes at a time.
fn memchr(byte: u8, bytes: &[u8]) -> Option<usize> {
    let (words, tail) = words(bytes);
    let mut at = 0;
    for word in words {
        let found = matches(word, byte);
        if found != 0 {
            // Little-endian: the first byte in memory is the lowest.
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    tail.iter().position(|&b| b == byte).map(|i| at + i)
}

/// How many times `byte` stands in `bytes`.
fn count(byte: u8, bytes: &[u8]) -> usize {
    let (words, tail) = words(bytes);
    let whole: usize = words.map(|w| matches(w, byte).count_ones() as usize).sum();
    whole + tail.iter().filter(|&&b| b == byte).count()
}

/// serde_json's message without its "at line 1 column 9": the line is the file's, and the
/// column is said in words.
fn message(e: &serde_json::Error) -> String {
    let mut text = e.to_string();
    if let Some(at) = text.rfind(" at line ") {
        text.truncate(at);
    }
    let text = validate::clip_quoted(&text);
    match e.column() {
        0 => text,
        column => format!("column {column}: {text}"),
    }
}

/// A line as read. The records mirror the model's fields so that unknown keys are refused.
#[derive(Deserialize)]
#[serde(
    tag = "kind",
    content = "record",
    rename_all = "snake_case",
    deny_unknown_fields
)]
enum Line {
    Report(ReportLine),
    Actor(ActorLine),
    Event(EventLine),
    Estimate(EstimateLine),
    Source(SourceLine),
    Claim(ClaimLine),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportLine {
    id: Text,
    title: Text,
    year: i32,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteLine {
    report: Text,
    start: usize,
    end: usize,
    text: Text,
    // The place in code points and UTF-16 units that writing adds follows from the bytes, which
    // are checked against the report; it is read past.
    #[serde(default, rename = "char_start")]
    _char_start: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "char_end")]
    _char_end: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "utf16_start")]
    _utf16_start: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "utf16_end")]
    _utf16_end: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorLine {
    id: Text,
    name: Text,
    named: bool,
    kind: ActorKind,
    country: Option<Text>,
    role: Option<Text>,
    affiliation: Option<Text>,
    quote: QuoteLine,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventLine {
    id: Text,
    title: Text,
    date: Option<Date>,
    #[serde(default)]
    ongoing: bool,
    place: Option<Text>,
    #[serde(default)]
    actors: Vec<Text>,
    sources: Vec<Text>,
    quote: QuoteLine,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EstimateLine {
    id: Text,
    topic: Topic,
    measure: Measure,
    value: u64,
    qualifier: Qualifier,
    /// Derived from the figure and qualifier; `Some` when the line has the key, to be checked.
    #[serde(default, deserialize_with = "present")]
    low: Option<Option<BoundLine>>,
    #[serde(default, deserialize_with = "present")]
    high: Option<Option<BoundLine>>,
    period: Option<Text>,
    since: Option<Date>,
    during: Option<Date>,
    source: Text,
    #[serde(default)]
    reported_with: Vec<Text>,
    quote: QuoteLine,
    #[serde(default)]
    restated: Vec<QuoteLine>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoundLine {
    value: u64,
    inclusive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceLine {
    id: Text,
    name: Text,
    kind: SourceKind,
    #[serde(default)]
    actors: Vec<Text>,
    confirmable: Option<bool>,
    quote: QuoteLine,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimLine {
    id: Text,
    text: Text,
    source: Text,
    date: Option<Date>,
    #[serde(default)]
    about: Vec<Text>,
    status: ClaimStatus,
    quote: QuoteLine,
    #[serde(default)]
    restated: Vec<QuoteLine>,
}

/// A key that is there, null or not, as distinct from a key that is absent.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<BoundLine>>, D::Error> {
    Option::<BoundLine>::deserialize(d).map(Some)
}

fn quote(q: QuoteLine) -> Quote {
    Quote {
        report: ReportId::new(q.report),
        start: q.start,
        end: q.end,
        text: q.text,
    }
}

fn ids<T>(ids: Vec<Text>, make: fn(Text) -> T) -> std::borrow::Cow<'static, [T]>
where
    T: Clone,
{
    ids.into_iter().map(make).collect::<Vec<_>>().into()
}

/// Turns a line into its record and files it, with the problems only a line can show.
fn add(c: &mut Collections, line: Line, origin: Origin, errors: &mut Vec<DataError>) {
    match line {
        Line::Report(r) => c.reports.push(
            Report {
                id: ReportId::new(r.id),
                title: r.title,
                year: r.year,
                text: r.text,
            },
            origin,
        ),
        Line::Actor(a) => c.actors.push(
            Actor {
                id: ActorId::new(a.id),
                name: a.name,
                named: a.named,
                kind: a.kind,
                country: a.country,
                role: a.role,
                affiliation: a.affiliation.map(ActorId::new),
                quote: quote(a.quote),
            },
            origin,
        ),
        Line::Event(e) => c.events.push(
            Event {
                id: EventId::new(e.id),
                title: e.title,
                date: e.date,
                ongoing: e.ongoing,
                place: e.place,
                actors: ids(e.actors, ActorId::new),
                sources: ids(e.sources, SourceId::new),
                quote: quote(e.quote),
            },
            origin,
        ),
        Line::Estimate(e) => {
            let estimate = Estimate {
                id: EstimateId::new(e.id),
                topic: e.topic,
                measure: e.measure,
                value: e.value,
                qualifier: e.qualifier,
                period: e.period,
                since: e.since,
                during: e.during,
                source: SourceId::new(e.source),
                reported_with: ids(e.reported_with, EstimateId::new),
                quote: quote(e.quote),
                restated: e.restated.into_iter().map(quote).collect::<Vec<_>>().into(),
            };
            for (field, given, implied) in [
                (
                    "low",
                    e.low,
                    crate::model::low(estimate.qualifier, estimate.value),
                ),
                (
                    "high",
                    e.high,
                    crate::model::high(estimate.qualifier, estimate.value),
                ),
            ] {
                let Some(given) = given else { continue };
                let given = given.map(|b| Bound {
                    value: b.value,
                    inclusive: b.inclusive,
                });
                if given != implied {
                    errors.push(DataError {
                        file: origin.file.to_string(),
                        line: Some(origin.line),
                        problem: Problem::Inconsistent(format!(
                            "estimate {}: `{field}` is {}, but {} {} implies {}",
                            estimate.id,
                            bound(given),
                            estimate.qualifier,
                            estimate.value,
                            bound(implied),
                        )),
                    });
                }
            }
            c.estimates.push(estimate, origin);
        }
        Line::Source(s) => c.sources.push(
            Source {
                id: SourceId::new(s.id),
                name: s.name,
                kind: s.kind,
                actors: ids(s.actors, ActorId::new),
                confirmable: s.confirmable,
                quote: quote(s.quote),
            },
            origin,
        ),
        Line::Claim(cl) => c.claims.push(
            Claim {
                id: ClaimId::new(cl.id),
                text: cl.text,
                source: SourceId::new(cl.source),
                date: cl.date,
                about: ids(cl.about, ActorId::new),
                status: cl.status,
                quote: quote(cl.quote),
                restated: cl
                    .restated
                    .into_iter()
                    .map(quote)
                    .collect::<Vec<_>>()
                    .into(),
            },
            origin,
        ),
    }
}

/// A bound in words, for messages.
fn bound(bound: Option<Bound>) -> String {
    match bound {
        None => "no bound".to_owned(),
        Some(Bound {
            value,
            inclusive: true,
        }) => format!("{value} inclusive"),
        Some(Bound { value, .. }) => format!("{value} exclusive"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;

    /// The embedded facts as JSON Lines, with blank lines, problems in several places and a
    /// last line without its newline.
    fn lines() -> String {
        let mut out = Vec::new();
        Dataset::builtin().write_jsonl(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        lines.insert(3, String::new());
        lines[10] = "{not json".into();
        lines[20] = lines[20].replacen(r#""kind":"#, r#""kind":"x"#, 1);
        let duplicate = lines[30].clone();
        lines.insert(40, duplicate);
        lines.push("   ".into());
        lines.push(lines[5].replacen(r#""id":""#, r#""id":"again-"#, 1));
        lines.join("\n")
    }

    fn same(a: &(Collections, Vec<DataError>), b: &(Collections, Vec<DataError>)) {
        let (a, b) = ((&a.0, &a.1), (&b.0, &b.1));
        assert_eq!(a.0.actors.records, b.0.actors.records);
        assert_eq!(a.0.actors.origins, b.0.actors.origins);
        assert_eq!(a.0.estimates.records, b.0.estimates.records);
        assert_eq!(a.0.estimates.origins, b.0.estimates.origins);
        assert_eq!(a.0.claims.origins, b.0.claims.origins);
        assert_eq!(a.0.reports.records, b.0.reports.records);
        assert_eq!(a.1, b.1);
    }

    #[test]
    fn threads_and_chunks_read_as_one_pass_does() {
        let text = lines();
        let file: Arc<str> = "facts.jsonl".into();
        let mut in_place = (Collections::default(), Vec::new());
        // A buffer smaller than most lines: lines straddle its end.
        let mut reader = io::BufReader::with_capacity(64, text.as_bytes());
        read_in_place(&mut reader, &file, &mut in_place.0, &mut in_place.1);
        assert_eq!(in_place.1.len(), 2, "{:?}", in_place.1);
        assert_eq!(in_place.1[0].line, Some(11));
        assert_eq!(
            in_place.0.estimates.records.len(),
            Dataset::builtin().estimates().len()
        );

        let sizes = [(1, 1), (2, 100), (3, 1000), (4, 1 << 20)];
        // Buffers that hold everything (chunks cut where they lie), part of it (cut where the
        // lines fit, copied out where a line runs past the buffer) and less than a chunk
        // (copied out).
        for capacity in [usize::MAX, 256, 64] {
            for (threads, size) in sizes {
                let mut chunks = (Collections::default(), Vec::new());
                let mut place = Place { index: 0, line: 1 };
                let into = (&mut chunks.0, &mut chunks.1);
                let text = text.as_bytes();
                if capacity == usize::MAX {
                    read_chunks(&mut { text }, threads, size, &mut place, &file, into);
                } else {
                    let mut reader = io::BufReader::with_capacity(capacity, text);
                    read_chunks(&mut reader, threads, size, &mut place, &file, into);
                }
                same(&in_place, &chunks);
            }
        }
    }

    /// Serves `data` up to `fails_at` a few bytes a read, once interrupted, then fails.
    struct Failing<'a> {
        data: &'a [u8],
        at: usize,
        fails_at: usize,
        interrupted: bool,
    }

    impl io::Read for Failing<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if !self.interrupted {
                self.interrupted = true;
                return Err(io::ErrorKind::Interrupted.into());
            }
            if self.at == self.fails_at {
                return Err(io::Error::other("the disk is gone"));
            }
            let n = buf.len().min(37).min(self.fails_at - self.at);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    #[test]
    fn a_failure_to_read_ends_the_lines_alike_on_every_path() {
        let text = lines();
        let text = text.as_bytes();
        let file: Arc<str> = "facts.jsonl".into();
        let mid_line = text.len() / 2;
        let after_newline = 1 + memchr(b'\n', &text[mid_line..]).unwrap() + mid_line;
        for fails_at in [0, 5, mid_line, after_newline, text.len() - 1] {
            let failing = |capacity| {
                let data = Failing {
                    data: text,
                    at: 0,
                    fails_at,
                    interrupted: false,
                };
                io::BufReader::with_capacity(capacity, data)
            };
            let mut in_place = (Collections::default(), Vec::new());
            read_in_place(&mut failing(64), &file, &mut in_place.0, &mut in_place.1);
            // The lines read whole are kept, the one cut short is not a line, and the failure
            // is reported at it.
            let cut_line = 1 + count(b'\n', &text[..fails_at]);
            let last = in_place.1.last().unwrap();
            assert_eq!(last.line, Some(cut_line), "{fails_at}: {:?}", in_place.1);
            assert!(
                matches!(last.problem, Problem::Unreadable(_)),
                "{:?}",
                last.problem
            );
            for (threads, size) in [(2, 1), (2, 100), (3, 1000)] {
                for capacity in [64, 256] {
                    let mut chunks = (Collections::default(), Vec::new());
                    let mut place = Place { index: 0, line: 1 };
                    let into = (&mut chunks.0, &mut chunks.1);
                    read_chunks(
                        &mut failing(capacity),
                        threads,
                        size,
                        &mut place,
                        &file,
                        into,
                    );
                    same(&in_place, &chunks);
                }
            }
        }
    }

    #[test]
    fn finds_and_counts_bytes_a_word_at_a_time() {
        let text = b"{\"a\":1}\n\n0123456789abcdef\nxyz\n\x80\xff\n";
        for start in 0..text.len() {
            let bytes = &text[start..];
            for byte in [b'\n', b'x', b'0', 0x80, 0xff, 0x7f, 0] {
                let expected = bytes.iter().position(|&b| b == byte);
                assert_eq!(memchr(byte, bytes), expected, "{byte} from {start}");
                let expected = bytes.iter().filter(|&&b| b == byte).count();
                assert_eq!(count(byte, bytes), expected, "{byte} from {start}");
            }
        }
    }
}
