//! Reading alike on every path: in place, in chunks cut where they lie or copied out, on
//! one thread or several, and when the reader fails partway.

use super::*;
use crate::Dataset;
use crate::load::jsonl::bytes::{count, memchr};
use crate::load::jsonl::chunks::{ChunkStart, read_chunks};

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
    // Buffers that hold everything (the slice itself, no capacity: chunks cut where they
    // lie), part of it (cut where the lines fit, copied out where a line runs past the buffer)
    // and less than a chunk (copied out).
    for capacity in [None, Some(256), Some(64)] {
        for (threads, size) in sizes {
            let mut chunks = (Collections::default(), Vec::new());
            let mut place = ChunkStart { index: 0, line: 1 };
            let into = (&mut chunks.0, &mut chunks.1);
            let text = text.as_bytes();
            match capacity {
                None => read_chunks(&mut { text }, threads, size, &mut place, &file, into),
                Some(capacity) => {
                    let mut reader = io::BufReader::with_capacity(capacity, text);
                    read_chunks(&mut reader, threads, size, &mut place, &file, into);
                }
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
                let mut place = ChunkStart { index: 0, line: 1 };
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
