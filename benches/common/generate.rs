//! Synthetic facts for benchmarks, the `scale` example and tests: a seeded generator, so that
//! every run measures and checks the same records.
//!
//! The records are written as JSON Lines, the format machine-made facts come in, and loaded
//! with `Dataset::from_jsonl_reader` like any user's data. The synthetic reports are made up
//! of sentences each stating one figure, so that every quote is a real span of its report:
//!
//! ```text
//! Report 3: figures from 24 agencies.
//! Agency 7 put the figure at about 12,000 killed to date.
//! ```
//!
//! Nothing here describes the real world; the names say so.

#![allow(dead_code)] // Each user of this file takes what it needs.

use std::fmt::Write as _;
use std::io::{self, Write};

/// SplitMix64: a small, fast generator that passes the usual statistical tests; enough for
/// synthetic data, and the same numbers on every platform.
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`, `n > 0` (the slight bias of a modulus does not matter here).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `1 / n`.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }
}

/// The seed every user of the generator shares.
pub const SEED: u64 = 0x5eed_fac7_2025;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Estimates, the bulk of the records.
    pub estimates: usize,
    /// Estimates per report; the last report may hold fewer.
    pub per_report: usize,
    /// Sources, every other one with an actor of the same name.
    pub sources: usize,
    pub seed: u64,
}

impl Spec {
    /// `estimates` estimates, a thousand to a report, quoting 24 agencies.
    pub fn new(estimates: usize) -> Spec {
        Spec {
            estimates,
            per_report: 1_000,
            sources: 24,
            seed: SEED,
        }
    }

    pub fn reports(&self) -> usize {
        self.estimates.div_ceil(self.per_report).max(1)
    }

    /// Every record: reports, actors, sources, estimates, and an event and a claim a report.
    pub fn records(&self) -> usize {
        self.reports() * 3 + self.sources * 2 + self.estimates
    }
}

/// (topic, measure) pairs that belong together; a generated estimate takes one at random.
pub const TOPIC_MEASURES: [(&str, &str); 3] = [
    ("deployment", "troops"),
    ("casualties", "killed"),
    ("casualties", "wounded"),
];

/// Qualifiers and the words a report puts before the figure.
pub const QUALIFIERS: [(&str, &str); 6] = [
    ("exact", ""),
    ("about", "about "),
    ("more_than", "more than "),
    ("at_least", "at least "),
    ("fewer_than", "fewer than "),
    ("at_most", "at most "),
];

/// Periods in words, with the `since` or `during` date they give.
const PERIODS: [(&str, &str, &str); 4] = [
    (" to date", "", ""),
    (" since October last year", "since", "October [2024]"),
    (" in 2024", "during", "2024"),
    (" this year", "during", "2025"),
];

const SOURCE_KINDS: [&str; 6] = [
    "intelligence",
    "government",
    "officials",
    "assessment",
    "organization",
    "state_media",
];

const ACTOR_KINDS: [&str; 4] = ["intelligence", "government", "military", "organization"];

const CLAIM_STATUSES: [&str; 4] = ["stated", "reported", "alleged", "unconfirmed"];

/// `10000` as `10,000`, as the report writes figures (and as the crate's tables show them).
fn grouped(n: u64) -> String {
    facts::Value::Number(n).to_string()
}

fn json_string(out: &mut String, text: &str) {
    out.push_str(&serde_json::to_string(text).expect("a string serializes"));
}

/// Writes the dataset `spec` describes as JSON Lines; `progress` hears how many estimates are
/// written so far, every few thousand.
pub fn write_jsonl(
    spec: &Spec,
    out: &mut impl Write,
    mut progress: impl FnMut(usize),
) -> io::Result<()> {
    let mut rng = SplitMix64::new(spec.seed);
    let mut line = String::with_capacity(512);
    let mut estimate = 0;
    for r in 0..spec.reports() {
        // The report's text, sentence by sentence, with each estimate's line as its quote is
        // placed.
        let mut text = String::new();
        let mut lines = Vec::new();
        let header = format!("Report {r}");
        writeln!(text, "{header}: figures from {} agencies.", spec.sources).unwrap();
        let mut agency_at = Vec::new();
        if r == 0 {
            // The first report names every agency once, for sources and actors to quote.
            text.push_str("Agencies cited: ");
            for s in 0..spec.sources {
                if s > 0 {
                    text.push_str("; ");
                }
                let name = format!("Agency {s}");
                agency_at.push((text.len(), text.len() + name.len()));
                text.push_str(&name);
            }
            text.push_str(".\n");
        }
        let first = estimate;
        let last = (first + spec.per_report).min(spec.estimates);
        let mut link_from_previous = false;
        for i in first..last {
            let (topic, measure) = TOPIC_MEASURES[rng.below(3) as usize];
            let (qualifier, words) = QUALIFIERS[rng.below(6) as usize];
            let value = (1 + rng.below(999)) * 10u64.pow(rng.below(4) as u32);
            let period = (!rng.one_in(2)).then(|| PERIODS[rng.below(4) as usize]);
            let source = rng.below(spec.sources as u64);
            // Figures reported together name each other: a link to the next figure is drawn
            // here and mirrored by that figure.
            let link_to_next = i + 1 < last && rng.one_in(8);
            let reported_with = [
                link_from_previous.then(|| i - 1),
                link_to_next.then(|| i + 1),
            ];
            link_from_previous = link_to_next;

            write!(text, "Agency {source} put the figure at ").unwrap();
            let start = text.len();
            write!(text, "{words}{} {measure}", grouped(value)).unwrap();
            let end = text.len();
            if let Some((words, _, _)) = period {
                text.push_str(words);
            }
            text.push_str(".\n");

            line.clear();
            write!(
                line,
                r#"{{"kind":"estimate","record":{{"id":"estimate-{i}","topic":"{topic}","measure":"{measure}","value":{value},"qualifier":"{qualifier}","period":"#
            )
            .unwrap();
            match period {
                Some((words, _, _)) => json_string(&mut line, words.trim_start()),
                None => line.push_str("null"),
            }
            for field in ["since", "during"] {
                match period {
                    Some((_, f, date)) if f == field => {
                        write!(line, r#","{field}":"{date}""#).unwrap()
                    }
                    _ => write!(line, r#","{field}":null"#).unwrap(),
                }
            }
            write!(line, r#","source":"source-{source}","reported_with":["#).unwrap();
            for (k, w) in reported_with.iter().flatten().enumerate() {
                let comma = if k == 0 { "" } else { "," };
                write!(line, r#"{comma}"estimate-{w}""#).unwrap();
            }
            write!(
                line,
                r#"],"quote":{{"report":"report-{r}","start":{start},"end":{end},"text":"{}"}}}}}}"#,
                &text[start..end]
            )
            .unwrap();
            line.push('\n');
            lines.push(line.clone());
            if (i + 1) % 4096 == 0 {
                progress(i + 1);
            }
        }
        estimate = last;

        line.clear();
        write!(
            line,
            r#"{{"kind":"report","record":{{"id":"report-{r}","title":"Synthetic report {r}","year":2025,"text":"#
        )
        .unwrap();
        json_string(&mut line, &text);
        line.push_str("}}\n");
        out.write_all(line.as_bytes())?;

        if r == 0 {
            for (s, &(start, end)) in agency_at.iter().enumerate() {
                let actor_kind = ACTOR_KINDS[s % ACTOR_KINDS.len()];
                let source_kind = SOURCE_KINDS[s % SOURCE_KINDS.len()];
                let quote = format!(
                    r#""quote":{{"report":"report-0","start":{start},"end":{end},"text":"Agency {s}"}}"#
                );
                writeln!(
                    out,
                    r#"{{"kind":"actor","record":{{"id":"actor-{s}","name":"Agency {s}","named":true,"kind":"{actor_kind}","country":null,"role":null,"affiliation":null,{quote}}}}}"#
                )?;
                let actor = if s % 2 == 0 {
                    format!(r#"["actor-{s}"]"#)
                } else {
                    "[]".to_owned()
                };
                let confirmable = ["null", "true", "false"][s % 3];
                writeln!(
                    out,
                    r#"{{"kind":"source","record":{{"id":"source-{s}","name":"Agency {s}","kind":"{source_kind}","actors":{actor},"confirmable":{confirmable},{quote}}}}}"#
                )?;
            }
        }

        // An event and a claim a report, quoting its header.
        let quote = format!(
            r#""quote":{{"report":"report-{r}","start":0,"end":{},"text":"{header}"}}"#,
            header.len()
        );
        let source = rng.below(spec.sources as u64);
        // The crate writes dates as the report would ("March 2025"); so does the generator.
        let date =
            facts::Date::month(2025, 1 + rng.below(12) as u8).unwrap_or(facts::Date::year(2025));
        writeln!(
            out,
            r#"{{"kind":"event","record":{{"id":"briefing-{r}","title":"Briefing {r}","date":"{date}","ongoing":false,"place":null,"actors":["actor-{}"],"sources":["source-{source}"],{quote}}}}}"#,
            source / 2 * 2
        )?;
        let status = CLAIM_STATUSES[rng.below(4) as usize];
        writeln!(
            out,
            r#"{{"kind":"claim","record":{{"id":"figures-{r}","text":"Agencies gave figures","source":"source-{source}","date":null,"about":[],"status":"{status}",{quote}}}}}"#
        )?;
        for line in &lines {
            out.write_all(line.as_bytes())?;
        }
    }
    progress(spec.estimates);
    Ok(())
}

/// The dataset `spec` describes, as JSON Lines in memory.
pub fn jsonl(spec: &Spec) -> Vec<u8> {
    let mut out = Vec::new();
    write_jsonl(spec, &mut out, |_| {}).expect("writing to memory cannot fail");
    out
}
