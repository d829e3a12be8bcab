//! Any bytes through `facts::Dataset::from_jsonl_reader`: never a panic, a hang or a stack
//! overflow; the same result however the reader's buffer cuts the lines. Every error names
//! the file and a line of the input that holds something; what loads writes back
//! (`write_jsonl`) to lines that load to an equal dataset, and answers queries. A reader that
//! fails halfway is refused alike however it is buffered, at the line it cut short.
#![no_main]

use std::io::{self, BufReader, Read};
use std::sync::LazyLock;

use facts::{DataError, Dataset, Problem, Query};
use libfuzzer_sys::fuzz_target;

const FILE: &str = "fuzz.jsonl";

/// Queries that reach every collection, the references between them, dates, figures and
/// groups; parsed once, as the parser has targets of its own.
static QUERIES: LazyLock<Vec<Query>> = LazyLock::new(|| {
    [
        "count estimates",
        "estimates where topic = casualties",
        "claims group by status",
        "estimates where value > 1,000 order by value desc limit 3 select id, low, high",
        "events where date >= 2025-10 and actors.name contains \"a\" order by date",
        "estimates group by source.kind order by high desc select key, count, low, high",
        "actors where affiliation.name contains \"a\" select id, affiliation.affiliation.name",
        "claims where source.actors.named = true select about.affiliation.name, date",
        "estimates where reported_with.reported_with.value > 10 select reported_with.id",
        "sources group by actor.country",
    ]
    .iter()
    .map(|text| Query::parse(text).unwrap_or_else(|e| panic!("{text}:\n{e}")))
    .collect()
});

fuzz_target!(|data: &[u8]| {
    // Bytes, not text: a file that is not UTF-8 is the reader's to refuse.
    let loaded = Dataset::from_jsonl_reader(data, FILE);
    // A buffer shorter than most lines, so that lines straddle its end, which the reader
    // handles apart from lines that lie whole in its buffer.
    let straddling = Dataset::from_jsonl_reader(BufReader::with_capacity(64, data), FILE);
    assert_eq!(straddling, loaded, "read through a 64-byte buffer");
    match loaded {
        Ok(dataset) => check_loaded(&dataset),
        Err(errors) => check_errors(&errors, data),
    }
    check_failing(data);
});

/// Serves its bytes a few at a time up to `fails_at`, then fails.
struct Failing<'a> {
    data: &'a [u8],
    at: usize,
    fails_at: usize,
}

impl Read for Failing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.fails_at {
            return Err(io::Error::other("the disk is gone"));
        }
        let n = buf.len().min(37).min(self.fails_at - self.at);
        buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A reader that fails halfway gives the same problems through a buffer that holds several
/// chunks as through one shorter than most lines, and its failure is among them, at the line
/// it cut short.
fn check_failing(data: &[u8]) {
    let fails_at = data.len() / 2;
    let read = |capacity| {
        let failing = Failing {
            data,
            at: 0,
            fails_at,
        };
        Dataset::from_jsonl_reader(BufReader::with_capacity(capacity, failing), FILE)
    };
    let errors = read(64).expect_err("a reader that fails is refused");
    assert_eq!(
        Err(errors.clone()),
        read(1024),
        "failing through a 1024-byte buffer"
    );
    let cut_line = 1 + data[..fails_at].iter().filter(|&&b| b == b'\n').count();
    let failures: Vec<_> = errors
        .iter()
        .filter(|e| matches!(e.problem, Problem::Unreadable(_)))
        .collect();
    assert_eq!(failures.len(), 1, "{}", lines_of(&errors));
    assert_eq!(failures[0].line, Some(cut_line), "{}", lines_of(&errors));
}

/// What loaded writes back to what loads again, the same; the queries run and draw.
fn check_loaded(dataset: &Dataset) {
    let mut written = Vec::new();
    dataset
        .write_jsonl(&mut written)
        .expect("writing to memory");
    let again = match Dataset::from_jsonl_reader(&written[..], FILE) {
        Ok(again) => again,
        Err(errors) => panic!(
            "written as\n{}\nrefused:\n{}",
            String::from_utf8_lossy(&written),
            lines_of(&errors)
        ),
    };
    assert_eq!(
        &again,
        dataset,
        "written as\n{}",
        String::from_utf8_lossy(&written)
    );
    for query in QUERIES.iter() {
        let answer = query.run(dataset);
        let _ = answer.to_string();
        serde_json::to_string(&answer).expect("answers serialize");
    }
}

/// There is at least one error; each names the file and a line that is not blank, and says
/// something after it.
fn check_errors(errors: &[DataError], data: &[u8]) {
    assert!(!errors.is_empty(), "refused without a reason");
    let lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    for error in errors {
        assert_eq!(error.file, FILE, "{error}");
        let line = error
            .line
            .unwrap_or_else(|| panic!("no line for a reader that cannot fail: {error}"));
        assert!(
            (1..=lines.len()).contains(&line),
            "line {line} of {}: {error}",
            lines.len()
        );
        // Records and the problems found in them start on lines with something on them.
        assert!(
            !lines[line - 1].trim_ascii().is_empty(),
            "line {line} is blank: {error}"
        );
        let text = error.to_string();
        let prefix = format!("{FILE}:{line}: ");
        assert!(
            text.starts_with(&prefix) && text.len() > prefix.len(),
            "{text:?}"
        );
    }
}

fn lines_of(errors: &[DataError]) -> String {
    errors.iter().map(|e| format!("{e}\n")).collect()
}
