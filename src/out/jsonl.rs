//! JSON Lines written: every record, one a line, in the format [`crate::load::jsonl`] reads.

use std::io::{self, Write};

use serde::Serialize;

use crate::store::data::Dataset;
use crate::store::record;

#[cfg_attr(docsrs, doc(cfg(feature = "export")))]
impl Dataset {
    /// Writes every record as JSON Lines, in the format `Dataset::from_jsonl` (feature `load`)
    /// reads: reports first, then actors, events, estimates, sources and claims, each in order.
    ///
    /// Needs the `export` feature, on by default.
    ///
    /// ```
    /// let mut out = Vec::new();
    /// facts::Dataset::builtin().write_jsonl(&mut out).unwrap();
    /// let text = String::from_utf8(out).unwrap();
    /// assert!(text.lines().next().unwrap().starts_with(r#"{"kind":"report","record":{"#));
    /// let back = facts::Dataset::from_jsonl_reader(text.as_bytes(), "facts.jsonl").unwrap();
    /// assert_eq!(&back, facts::Dataset::builtin());
    /// ```
    pub fn write_jsonl(&self, out: impl io::Write) -> io::Result<()> {
        write(self, out)
    }
}

/// Writes every record, one a line.
fn write(dataset: &Dataset, out: impl Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let mut line = |record: LineRef<'_>| -> io::Result<()> {
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")
    };
    dataset
        .reports()
        .iter()
        .try_for_each(|r| line(LineRef::Report(r)))?;
    dataset
        .actors()
        .iter()
        .try_for_each(|r| line(LineRef::Actor(r)))?;
    dataset
        .events()
        .iter()
        .try_for_each(|r| line(LineRef::Event(r)))?;
    dataset
        .estimates()
        .iter()
        .try_for_each(|r| line(LineRef::Estimate(r)))?;
    dataset
        .sources()
        .iter()
        .try_for_each(|r| line(LineRef::Source(r)))?;
    dataset
        .claims()
        .iter()
        .try_for_each(|r| line(LineRef::Claim(r)))?;
    out.flush()
}

/// A line as written: the records' own serialization, tagged.
#[derive(Serialize)]
#[serde(tag = "kind", content = "record", rename_all = "snake_case")]
enum LineRef<'d> {
    Report(record::Report<'d>),
    Actor(record::Actor<'d>),
    Event(record::Event<'d>),
    Estimate(record::Estimate<'d>),
    Source(record::Source<'d>),
    Claim(record::Claim<'d>),
}
