//! Estimates kept in columns: the layout that lets a million of them take less memory than
//! SQLite needs for the same rows.
//!
//! A [`StoredEstimate`] is 216 bytes: five strings of 24 bytes each
//! (id, period, source, the quote's report and words) and three lists. In columns, the source
//! and the quote's report are positions, a quote is a byte range whose words are read from the
//! report (the checks have made sure they are there), the few distinct periods are kept once,
//! and the lists share one array each. An estimate then takes about 80 bytes.
//!
//! The embedded estimates are laid out in the same columns when first used, so that there is
//! one layout to read.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::{
    Date, EstimateId, Measure, Qualifier, StoredEstimate, StoredQuote, Text, Topic,
};
use crate::store::position::Position;

/// Where a quote stands: its report's position among the reports, and its byte range there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    pub report: u32,
    pub start: u32,
    pub end: u32,
}

/// Every estimate of a dataset, field by field, position for position.
#[derive(Debug, Clone)]
pub(crate) struct Estimates {
    pub ids: Cow<'static, [EstimateId]>,
    pub topics: Cow<'static, [Topic]>,
    pub measures: Cow<'static, [Measure]>,
    pub values: Cow<'static, [u64]>,
    pub qualifiers: Cow<'static, [Qualifier]>,
    /// Each estimate's period as a position in `periods`.
    pub period: Cow<'static, [Option<Position>]>,
    /// The distinct periods, each once.
    pub periods: Cow<'static, [Text]>,
    pub since: Cow<'static, [Option<Date>]>,
    pub during: Cow<'static, [Option<Date>]>,
    /// The source's position among the sources.
    pub source: Cow<'static, [Option<Position>]>,
    /// Estimate `i`'s `reported_with` is `reported_with[reported_with_end[i - 1]..reported_with_end[i]]`
    /// (from 0 for the first): positions among the estimates.
    pub reported_with_end: Cow<'static, [u32]>,
    pub reported_with: Cow<'static, [u32]>,
    pub quote: Cow<'static, [QuoteSpan]>,
    /// As `reported_with`: estimate `i`'s further quotes.
    pub restated_end: Cow<'static, [u32]>,
    pub restated: Cow<'static, [QuoteSpan]>,
}

impl Estimates {
    /// No estimates.
    pub const EMPTY: Estimates = Estimates {
        ids: Cow::Borrowed(&[]),
        topics: Cow::Borrowed(&[]),
        measures: Cow::Borrowed(&[]),
        values: Cow::Borrowed(&[]),
        qualifiers: Cow::Borrowed(&[]),
        period: Cow::Borrowed(&[]),
        periods: Cow::Borrowed(&[]),
        since: Cow::Borrowed(&[]),
        during: Cow::Borrowed(&[]),
        source: Cow::Borrowed(&[]),
        reported_with_end: Cow::Borrowed(&[]),
        reported_with: Cow::Borrowed(&[]),
        quote: Cow::Borrowed(&[]),
        restated_end: Cow::Borrowed(&[]),
        restated: Cow::Borrowed(&[]),
    };

    /// Lays checked estimates out in columns. `report` and `source` give the position of the
    /// record an id names; a checked dataset has one for every id its estimates use.
    pub fn new(
        records: Vec<StoredEstimate>,
        report: impl Fn(&str) -> Option<usize> + Sync,
        source: impl Fn(&str) -> Option<usize> + Sync,
    ) -> Estimates {
        let parallel = records.len() >= PARALLEL_MIN
            && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
        Estimates::build(records, report, source, parallel)
    }

    fn build(
        records: Vec<StoredEstimate>,
        report: impl Fn(&str) -> Option<usize> + Sync,
        source: impl Fn(&str) -> Option<usize> + Sync,
        parallel: bool,
    ) -> Estimates {
        let (fields, links) = if parallel {
            // Two halves of the columns, each read from every record: no merging after.
            std::thread::scope(|scope| {
                let links = scope.spawn(|| Links::of(&records, &report, &source));
                let fields = Fields::of(&records);
                let links = links
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                (fields, links)
            })
        } else {
            (Fields::of(&records), Links::of(&records, &report, &source))
        };
        Estimates {
            ids: Cow::Owned(fields.ids),
            topics: Cow::Owned(fields.topics),
            measures: Cow::Owned(fields.measures),
            values: Cow::Owned(fields.values),
            qualifiers: Cow::Owned(fields.qualifiers),
            period: Cow::Owned(fields.period),
            periods: Cow::Owned(fields.periods.texts),
            since: Cow::Owned(fields.since),
            during: Cow::Owned(fields.during),
            source: Cow::Owned(links.source),
            reported_with_end: Cow::Owned(links.with_end),
            reported_with: Cow::Owned(links.with),
            quote: Cow::Owned(links.quote),
            restated_end: Cow::Owned(links.restated_end),
            restated: Cow::Owned(links.restated),
        }
    }

    /// How many estimates there are.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// The range of a list column that belongs to estimate `at`, from its `ends` column.
    pub fn list(ends: &[u32], at: usize) -> std::ops::Range<usize> {
        let start = if at == 0 { 0 } else { ends[at - 1] as usize };
        start..ends[at] as usize
    }
}

/// Collections at least this large have their columns built on two threads.
const PARALLEL_MIN: usize = 1 << 16;

/// The columns of an estimate's own fields.
struct Fields {
    ids: Vec<EstimateId>,
    topics: Vec<Topic>,
    measures: Vec<Measure>,
    values: Vec<u64>,
    qualifiers: Vec<Qualifier>,
    period: Vec<Option<Position>>,
    periods: Interned,
    since: Vec<Option<Date>>,
    during: Vec<Option<Date>>,
}

impl Fields {
    fn of(records: &[StoredEstimate]) -> Fields {
        let n = records.len();
        let mut fields = Fields {
            ids: Vec::with_capacity(n),
            topics: Vec::with_capacity(n),
            measures: Vec::with_capacity(n),
            values: Vec::with_capacity(n),
            qualifiers: Vec::with_capacity(n),
            period: Vec::with_capacity(n),
            periods: Interned::default(),
            since: Vec::with_capacity(n),
            during: Vec::with_capacity(n),
        };
        for e in records {
            // Ids are short: a copy is kept inline, and the record's is let go with it.
            fields.ids.push(e.id.clone());
            fields.topics.push(e.topic);
            fields.measures.push(e.measure);
            fields.values.push(e.value);
            fields.qualifiers.push(e.qualifier);
            let period = e.period.as_deref().map(|p| fields.periods.at(p));
            fields.period.push(period);
            fields.since.push(e.since);
            fields.during.push(e.during);
        }
        fields
    }
}

/// The columns of what an estimate refers to: its source, figures and report.
struct Links {
    source: Vec<Option<Position>>,
    with_end: Vec<u32>,
    with: Vec<u32>,
    quote: Vec<QuoteSpan>,
    restated_end: Vec<u32>,
    restated: Vec<QuoteSpan>,
}

impl Links {
    fn of(
        records: &[StoredEstimate],
        report: &impl Fn(&str) -> Option<usize>,
        source: &impl Fn(&str) -> Option<usize>,
    ) -> Links {
        let n = records.len();
        let mut links = Links {
            source: Vec::with_capacity(n),
            with_end: Vec::with_capacity(n),
            with: Vec::new(),
            quote: Vec::with_capacity(n),
            restated_end: Vec::with_capacity(n),
            restated: Vec::new(),
        };
        let mut estimate_at = Positions::new(records);
        let mut spans = Spans {
            // The checks have made sure every quote's report is in the dataset.
            report: |id: &str| report(id).expect("a checked quote names a known report") as u32,
            last: None,
        };
        for (i, e) in records.iter().enumerate() {
            links
                .source
                .push(source(e.source.as_str()).and_then(Position::new));
            let with = e.reported_with.iter().filter_map(|w| estimate_at.of(w, i));
            links.with.extend(with);
            links.with_end.push(links.with.len() as u32);
            links.quote.push(spans.of(&e.quote));
            links
                .restated
                .extend(e.restated.iter().map(|q| spans.of(q)));
            links.restated_end.push(links.restated.len() as u32);
        }
        links.with.shrink_to_fit();
        links.restated.shrink_to_fit();
        links
    }
}

/// Turns quotes into spans. Estimates come a report at a time, so the report last found is
/// nearly always the next one asked for.
struct Spans<'a, F> {
    report: F,
    last: Option<(&'a str, u32)>,
}

impl<'a, F: Fn(&str) -> u32> Spans<'a, F> {
    fn of(&mut self, quote: &'a StoredQuote) -> QuoteSpan {
        let id = quote.report.as_str();
        let report = match self.last {
            Some((last, at)) if last == id => at,
            _ => (self.report)(id),
        };
        self.last = Some((id, report));
        QuoteSpan {
            report,
            // The checks keep quotes within a report's first 4 GiB.
            start: quote.start as u32,
            end: quote.end as u32,
        }
    }
}

/// Finds estimates by id while their columns are built. Figures reported together are
/// written together, so a reference is first looked for among the few records around the one
/// that makes it; only one from further away has a map of every id built.
struct Positions<'a> {
    records: &'a [StoredEstimate],
    map: Option<HashMap<&'a str, u32, foldhash::fast::RandomState>>,
}

impl<'a> Positions<'a> {
    /// How far either side of a record its references are first looked for.
    const NEAR: usize = 4;

    fn new(records: &'a [StoredEstimate]) -> Positions<'a> {
        Positions { records, map: None }
    }

    /// The position of the estimate with `id`, referred to from the one at `from`.
    fn of(&mut self, id: &EstimateId, from: usize) -> Option<u32> {
        let records = self.records;
        let near = from.saturating_sub(Self::NEAR)..(from + Self::NEAR + 1).min(records.len());
        if let Some(k) = records[near.clone()].iter().position(|e| e.id == *id) {
            return Some((near.start + k) as u32);
        }
        let map = self.map.get_or_insert_with(|| {
            (records.iter().enumerate())
                .map(|(i, e)| (e.id.as_str(), i as u32))
                .collect()
        });
        map.get(id.as_str()).copied()
    }
}

/// Texts kept once each, with the position each was given.
#[derive(Default)]
struct Interned {
    texts: Vec<Text>,
    /// Built once there are more texts than a scan finds quickly.
    map: HashMap<Text, Position, foldhash::fast::RandomState>,
}

impl Interned {
    const SCAN: usize = 16;

    /// The text's place among those kept, keeping it first if it is new.
    fn at(&mut self, text: &str) -> Position {
        let found = if self.texts.len() <= Self::SCAN {
            self.texts.iter().position(|t| t == text)
        } else {
            self.map.get(text).map(|p| p.get())
        };
        let at = found.unwrap_or_else(|| {
            self.texts.push(Text::from(text));
            let at = self.texts.len() - 1;
            if self.texts.len() > Self::SCAN {
                if self.map.is_empty() {
                    self.map = (self.texts.iter().cloned().enumerate())
                        .map(|(i, t)| (t, Self::place(i)))
                        .collect();
                } else {
                    self.map.insert(Text::from(text), Self::place(at));
                }
            }
            at
        });
        Self::place(at)
    }

    /// A text's place; there are never as many distinct texts as four bytes can count.
    fn place(at: usize) -> Position {
        Position::new(at).expect("fewer distinct texts than u32::MAX")
    }
}

/// Columns are equal when they hold the same estimates: periods compare by their words, not
/// by where `periods` keeps them.
impl PartialEq for Estimates {
    fn eq(&self, other: &Estimates) -> bool {
        fn period(e: &Estimates, i: usize) -> Option<&str> {
            e.period[i].map(|p| e.periods[p.get()].as_str())
        }
        self.ids == other.ids
            && self.topics == other.topics
            && self.measures == other.measures
            && self.values == other.values
            && self.qualifiers == other.qualifiers
            && (0..self.len()).all(|i| period(self, i) == period(other, i))
            && self.since == other.since
            && self.during == other.during
            && self.source == other.source
            && self.reported_with_end == other.reported_with_end
            && self.reported_with == other.reported_with
            && self.quote == other.quote
            && self.restated_end == other.restated_end
            && self.restated == other.restated
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ReportId, SourceId};

    /// `n` estimates, estimate `i` quoting report `i % 3` at bytes `i..i + 1`, from source
    /// `i % 5`, in period `i % periods`, reported with the estimates `links(i)` gives.
    fn estimates(
        n: usize,
        periods: usize,
        links: impl Fn(usize) -> Vec<usize>,
    ) -> Vec<StoredEstimate> {
        let quote = |i: usize| StoredQuote {
            report: ReportId::new(format!("r{}", i % 3)),
            start: i,
            end: i + 1,
            text: "x".into(),
        };
        (0..n)
            .map(|i| StoredEstimate {
                id: EstimateId::new(format!("e{i}")),
                topic: Topic::Casualties,
                measure: Measure::Killed,
                value: i as u64,
                qualifier: Qualifier::About,
                period: (i % 7 != 0).then(|| Text::from(format!("period {}", i % periods))),
                since: None,
                during: None,
                source: SourceId::new(format!("s{}", i % 5)),
                reported_with: links(i)
                    .into_iter()
                    .map(|w| EstimateId::new(format!("e{w}")))
                    .collect(),
                quote: quote(i),
                restated: (0..i % 3).map(|k| quote(i + k)).collect(),
            })
            .collect()
    }

    fn number(prefix: char) -> impl Fn(&str) -> Option<usize> + Sync {
        move |id: &str| id.strip_prefix(prefix)?.parse().ok()
    }

    #[test]
    fn references_far_and_near_and_many_periods_keep_their_records() {
        // Each estimate names its neighbour (found nearby) and one a thousand records away
        // (found through the map); forty periods outgrow the scan.
        let n = 3_000;
        let links = |i: usize| vec![(i + 1) % n, (i + 1_000) % n];
        let records = estimates(n, 40, links);
        let columns = Estimates::new(records.clone(), number('r'), number('s'));
        assert_eq!(columns.len(), n);
        assert_eq!(columns.periods.len(), 40);
        for (i, e) in records.iter().enumerate() {
            assert_eq!(columns.ids[i], e.id);
            assert_eq!(columns.values[i], e.value);
            let period = columns.period[i].map(|p| columns.periods[p.get()].as_str());
            assert_eq!(period, e.period.as_deref(), "estimate {i}");
            assert_eq!(columns.source[i].map(Position::get), Some(i % 5));
            let with = &columns.reported_with[Estimates::list(&columns.reported_with_end, i)];
            assert_eq!(with, links(i).iter().map(|&w| w as u32).collect::<Vec<_>>());
            assert_eq!(
                columns.quote[i],
                QuoteSpan {
                    report: (i % 3) as u32,
                    start: i as u32,
                    end: i as u32 + 1
                }
            );
            let restated = &columns.restated[Estimates::list(&columns.restated_end, i)];
            assert_eq!(restated.len(), i % 3);
        }
    }

    #[test]
    fn two_threads_lay_out_what_one_does() {
        let records = estimates(5_000, 20, |i| if i % 4 == 0 { vec![i / 2] } else { vec![] });
        let one = Estimates::build(records.clone(), number('r'), number('s'), false);
        let two = Estimates::build(records, number('r'), number('s'), true);
        assert_eq!(one, two);
        assert_eq!(one.restated, two.restated);
        assert!(one.reported_with.len() > 1_000);
    }

    /// The equality the tests above and the datasets' round trips rely on: it must tell
    /// apart columns that differ anywhere, and only there.
    #[test]
    fn columns_are_equal_when_every_estimate_is() {
        let records = estimates(40, 5, |i| if i % 2 == 0 { vec![i + 1] } else { vec![] });
        let base = Estimates::new(records, number('r'), number('s'));
        assert_eq!(base.periods.len(), 5, "each period is kept once");

        // The same periods, kept in another order, are the same estimates.
        let mut reordered = base.clone();
        let last = base.periods.len() - 1;
        reordered.periods.to_mut().reverse();
        for p in reordered.period.to_mut().iter_mut().flatten() {
            *p = Position::new(last - p.get()).unwrap();
        }
        assert_ne!(reordered.periods, base.periods);
        assert_eq!(reordered, base);

        type Edit = fn(&mut Estimates);
        let edits: [(&str, Edit); 15] = [
            ("id", |e| e.ids.to_mut()[3] = EstimateId::new("e99")),
            ("topic", |e| e.topics.to_mut()[3] = Topic::Deployment),
            ("measure", |e| e.measures.to_mut()[3] = Measure::Wounded),
            ("value", |e| e.values.to_mut()[3] += 1),
            ("qualifier", |e| e.qualifiers.to_mut()[3] = Qualifier::Exact),
            ("period", |e| e.period.to_mut()[3] = None),
            ("period's words", |e| {
                e.periods.to_mut()[0] = "another".into()
            }),
            ("since", |e| {
                e.since.to_mut()[3] = Some("October 2025".parse().unwrap())
            }),
            ("during", |e| {
                e.during.to_mut()[3] = Some("October 2025".parse().unwrap())
            }),
            ("source", |e| e.source.to_mut()[3] = Position::new(4)),
            ("reported_with", |e| e.reported_with.to_mut()[0] += 1),
            ("reported_with_end", |e| {
                e.reported_with_end.to_mut()[0] -= 1
            }),
            ("quote", |e| e.quote.to_mut()[3].start -= 1),
            ("restated", |e| e.restated.to_mut()[0].end += 1),
            ("restated_end", |e| e.restated_end.to_mut()[1] -= 1),
        ];
        for (what, edit) in edits {
            let mut edited = base.clone();
            edit(&mut edited);
            assert_ne!(edited, base, "a different {what}");
            assert_ne!(base, edited, "a different {what}");
        }
    }
}
