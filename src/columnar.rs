//! Estimates kept in columns: the layout that lets a million of them take less memory than
//! SQLite needs for the same rows.
//!
//! A stored [`Estimate`](crate::model::Estimate) is 216 bytes: five strings of 24 bytes each
//! (id, period, source, the quote's report and words) and three lists. In columns, the source
//! and the quote's report are positions, a quote is a byte range whose words are read from the
//! report (the checks have made sure they are there), the few distinct periods are kept once,
//! and the lists share one array each. An estimate then takes about 80 bytes.
//!
//! The build compiles the embedded estimates into the same columns, as static arrays, so that
//! there is one layout to read and it costs nothing at run time.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::{Date, Estimate, EstimateId, Measure, Qualifier, Quote, Text, Topic};

/// What a column of positions holds where a record has nothing.
pub(crate) const NONE: u32 = u32::MAX;

/// Where a quote stands: its report's position among the reports, and its byte range there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
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
    /// Each estimate's period as a position in `periods`, or [`NONE`].
    pub period: Cow<'static, [u32]>,
    /// The distinct periods, each once.
    pub periods: Cow<'static, [Text]>,
    pub since: Cow<'static, [Option<Date>]>,
    pub during: Cow<'static, [Option<Date>]>,
    /// The source's position among the sources.
    pub source: Cow<'static, [u32]>,
    /// Estimate `i`'s `reported_with` is `reported_with[reported_with_end[i - 1]..reported_with_end[i]]`
    /// (from 0 for the first): positions among the estimates.
    pub reported_with_end: Cow<'static, [u32]>,
    pub reported_with: Cow<'static, [u32]>,
    pub quote: Cow<'static, [Span]>,
    /// As `reported_with`: estimate `i`'s further quotes.
    pub restated_end: Cow<'static, [u32]>,
    pub restated: Cow<'static, [Span]>,
}

impl Estimates {
    /// Lays checked estimates out in columns. `report` and `source` give the position of the
    /// record an id names; a checked dataset has one for every id its estimates use.
    pub fn new(
        records: Vec<Estimate>,
        report: impl Fn(&str) -> Option<usize>,
        source: impl Fn(&str) -> Option<usize>,
    ) -> Estimates {
        let n = records.len();
        let at: HashMap<&str, u32, foldhash::fast::RandomState> = records
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as u32))
            .collect();
        let position = |found: Option<usize>| found.map_or(NONE, |p| p as u32);
        let span = |q: &Quote| Span {
            report: position(report(q.report.as_str())),
            // The checks keep quotes within a report's first 4 GiB.
            start: q.start as u32,
            end: q.end as u32,
        };
        let mut periods: Vec<Text> = Vec::new();
        let mut period_at: HashMap<&str, u32, foldhash::fast::RandomState> = HashMap::default();
        let mut columns = Estimates {
            ids: Cow::Owned(Vec::with_capacity(n)),
            topics: Cow::Owned(Vec::with_capacity(n)),
            measures: Cow::Owned(Vec::with_capacity(n)),
            values: Cow::Owned(Vec::with_capacity(n)),
            qualifiers: Cow::Owned(Vec::with_capacity(n)),
            period: Cow::Owned(Vec::with_capacity(n)),
            periods: Cow::Owned(Vec::new()),
            since: Cow::Owned(Vec::with_capacity(n)),
            during: Cow::Owned(Vec::with_capacity(n)),
            source: Cow::Owned(Vec::with_capacity(n)),
            reported_with_end: Cow::Owned(Vec::with_capacity(n)),
            reported_with: Cow::Owned(Vec::new()),
            quote: Cow::Owned(Vec::with_capacity(n)),
            restated_end: Cow::Owned(Vec::with_capacity(n)),
            restated: Cow::Owned(Vec::new()),
        };
        for e in &records {
            columns.topics.to_mut().push(e.topic);
            columns.measures.to_mut().push(e.measure);
            columns.values.to_mut().push(e.value);
            columns.qualifiers.to_mut().push(e.qualifier);
            let period = e.period.as_deref().map_or(NONE, |p| {
                *period_at.entry(p).or_insert_with(|| {
                    periods.push(Text::from(p));
                    periods.len() as u32 - 1
                })
            });
            columns.period.to_mut().push(period);
            columns.since.to_mut().push(e.since);
            columns.during.to_mut().push(e.during);
            columns
                .source
                .to_mut()
                .push(position(source(e.source.as_str())));
            let with = columns.reported_with.to_mut();
            with.extend(e.reported_with.iter().filter_map(|w| at.get(w.as_str())));
            let end = with.len() as u32;
            columns.reported_with_end.to_mut().push(end);
            columns.quote.to_mut().push(span(&e.quote));
            let restated = columns.restated.to_mut();
            restated.extend(e.restated.iter().map(span));
            let end = restated.len() as u32;
            columns.restated_end.to_mut().push(end);
        }
        drop(at);
        drop(period_at);
        columns.periods = Cow::Owned(periods);
        // The ids move last: the look-ups above borrowed them.
        columns.ids = Cow::Owned(records.into_iter().map(|e| e.id).collect());
        columns.shrink();
        columns
    }

    /// Gives back what the vectors grew by, as a dataset lives long.
    fn shrink(&mut self) {
        fn shrink<T: Clone>(column: &mut Cow<'static, [T]>) {
            if let Cow::Owned(v) = column {
                v.shrink_to_fit();
            }
        }
        shrink(&mut self.ids);
        shrink(&mut self.periods);
        shrink(&mut self.reported_with);
        shrink(&mut self.restated);
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

/// Columns are equal when they hold the same estimates: periods compare by their words, not
/// by where `periods` keeps them.
impl PartialEq for Estimates {
    fn eq(&self, other: &Estimates) -> bool {
        let period = |e: &Estimates, i: usize| {
            let p = e.period[i];
            (p != NONE).then(|| e.periods[p as usize].as_str())
        };
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
