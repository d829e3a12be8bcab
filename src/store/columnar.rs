//! Estimates kept in columns: the layout that lets a million of them take less memory than
//! SQLite needs for the same rows.
//!
//! A [`StoredEstimate`] is 216 bytes: five strings of 24 bytes each
//! (id, period, source, the quote's report and words) and three lists. In columns, the source
//! and the quote's report are positions, a quote is a byte range whose words are read from the
//! report (the checks have made sure they are there), the few distinct periods are kept once,
//! and the lists share one array each. An estimate then takes about 80 bytes.
//!
//! The columns follow from the estimate's declaration (`crate::model::stored`): a column per
//! field, of the kind its type is kept in ([`Columnar`]). The embedded estimates are laid out in
//! the same columns when first used, so that there is one layout to read.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use crate::model::ExactWords;
use crate::model::StoredEstimate;
use crate::model::stored::names::*;
use crate::store::position::Position;

/// Where a quote stands: its report's position among the reports, and its byte range there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    pub report: u32,
    pub start: u32,
    pub end: u32,
}

crate::model::stored::field_trait! {
    /// How a field's values are kept in a column of estimates. Reading them back, as the handle
    /// gives them, is the handle's (`store::record::field::ColumnField`).
    pub(crate) trait Columnar: Sized {
        /// The column: one value per estimate.
        type Column: Clone + Default + fmt::Debug + PartialEq;

        /// Room for `n` more values.
        fn reserve(column: &mut Self::Column, n: usize);

        /// Adds the value of the estimate `places` is at.
        fn push<'a>(column: &mut Self::Column, value: &'a Self, places: &mut Places<'a>);

        /// Adds the values of estimates laid out after these, apart.
        fn append(column: &mut Self::Column, other: Self::Column);

        /// Gives back room the column no longer needs.
        fn shrink(column: &mut Self::Column);
    }
}

/// Fields kept as they are, a value per estimate.
macro_rules! kept_as_they_are {
    ($($ty:ty),*) => {
        $(
            impl Columnar for $ty {
                type Column = Vec<$ty>;

                fn reserve(column: &mut Vec<$ty>, n: usize) {
                    column.reserve(n);
                }

                fn push(column: &mut Vec<$ty>, value: &$ty, _: &mut Places<'_>) {
                    column.push(*value);
                }

                fn append(column: &mut Vec<$ty>, mut other: Vec<$ty>) {
                    column.append(&mut other);
                }

                fn shrink(_: &mut Vec<$ty>) {}
            }
        )*
    };
}

kept_as_they_are!(u64, Option<Date>);

impl<V: ExactWords + Copy + fmt::Debug + PartialEq> Columnar for V {
    type Column = Vec<V>;

    fn reserve(column: &mut Vec<V>, n: usize) {
        column.reserve(n);
    }

    fn push(column: &mut Vec<V>, value: &V, _: &mut Places<'_>) {
        column.push(*value);
    }

    fn append(column: &mut Vec<V>, mut other: Vec<V>) {
        column.append(&mut other);
    }

    fn shrink(_: &mut Vec<V>) {}
}

/// A text most estimates share with others (a period): each distinct text kept once.
impl Columnar for Option<Text> {
    type Column = Interned;

    fn reserve(column: &mut Interned, n: usize) {
        column.at.reserve(n);
    }

    fn push(column: &mut Interned, value: &Option<Text>, _: &mut Places<'_>) {
        let at = value.as_deref().map(|text| column.keep(text));
        column.at.push(at);
    }

    fn append(column: &mut Interned, other: Interned) {
        // Each of the other's few texts is kept once; its estimates then follow by position.
        let kept: Vec<Position> = other.texts.iter().map(|t| column.keep(t)).collect();
        let at = other.at.into_iter().map(|at| at.map(|p| kept[p.get()]));
        column.at.extend(at);
    }

    fn shrink(column: &mut Interned) {
        // The map finds texts while estimates are laid out; a dataset keeps only the texts.
        column.map = HashMap::default();
    }
}

/// A source: its position among the sources.
impl Columnar for SourceId {
    type Column = Vec<Option<Position>>;

    fn reserve(column: &mut Vec<Option<Position>>, n: usize) {
        column.reserve(n);
    }

    fn push(column: &mut Vec<Option<Position>>, value: &SourceId, places: &mut Places<'_>) {
        column.push((places.source)(value.as_str()).and_then(Position::new));
    }

    fn append(column: &mut Vec<Option<Position>>, mut other: Vec<Option<Position>>) {
        column.append(&mut other);
    }

    fn shrink(_: &mut Vec<Option<Position>>) {}
}

/// Other estimates: their positions among the estimates.
impl Columnar for std::borrow::Cow<'static, [EstimateId]> {
    type Column = Lists<u32>;

    fn reserve(column: &mut Lists<u32>, n: usize) {
        column.ends.reserve(n);
    }

    fn push<'a>(column: &mut Lists<u32>, value: &'a Self, places: &mut Places<'a>) {
        let at = places.at;
        let positions = value.iter().filter_map(|id| places.estimates.of(id, at));
        column.push(positions);
    }

    fn append(column: &mut Lists<u32>, other: Lists<u32>) {
        column.append(other);
    }

    fn shrink(column: &mut Lists<u32>) {
        column.items.shrink_to_fit();
    }
}

/// A quote: its report's position and its byte range.
impl Columnar for StoredQuote {
    type Column = Vec<QuoteSpan>;

    fn reserve(column: &mut Vec<QuoteSpan>, n: usize) {
        column.reserve(n);
    }

    fn push<'a>(column: &mut Vec<QuoteSpan>, value: &'a StoredQuote, places: &mut Places<'a>) {
        column.push(places.span(value));
    }

    fn append(column: &mut Vec<QuoteSpan>, mut other: Vec<QuoteSpan>) {
        column.append(&mut other);
    }

    fn shrink(_: &mut Vec<QuoteSpan>) {}
}

/// Further quotes: spans, in one array.
impl Columnar for std::borrow::Cow<'static, [StoredQuote]> {
    type Column = Lists<QuoteSpan>;

    fn reserve(column: &mut Lists<QuoteSpan>, n: usize) {
        column.ends.reserve(n);
    }

    fn push<'a>(column: &mut Lists<QuoteSpan>, value: &'a Self, places: &mut Places<'a>) {
        column.push(value.iter().map(|q| places.span(q)));
    }

    fn append(column: &mut Lists<QuoteSpan>, other: Lists<QuoteSpan>) {
        column.append(other);
    }

    fn shrink(column: &mut Lists<QuoteSpan>) {
        column.items.shrink_to_fit();
    }
}

/// A list per estimate, all in one array: estimate `i`'s items are
/// `items[ends[i - 1]..ends[i]]` (from 0 for the first).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lists<T> {
    pub ends: Vec<u32>,
    pub items: Vec<T>,
}

// Not derived: a derive would ask the items to have a default too.
impl<T> Default for Lists<T> {
    fn default() -> Self {
        Lists {
            ends: Vec::new(),
            items: Vec::new(),
        }
    }
}

impl<T> Lists<T> {
    /// The items of estimate `at`.
    pub fn of(&self, at: usize) -> &[T] {
        &self.items[self.range(at)]
    }

    fn range(&self, at: usize) -> Range<usize> {
        let start = if at == 0 {
            0
        } else {
            self.ends[at - 1] as usize
        };
        start..self.ends[at] as usize
    }

    fn push(&mut self, items: impl IntoIterator<Item = T>) {
        self.items.extend(items);
        self.ends.push(self.items.len() as u32);
    }

    fn append(&mut self, other: Lists<T>) {
        let offset = self.items.len() as u32;
        self.ends.extend(other.ends.iter().map(|end| end + offset));
        self.items.extend(other.items);
    }
}

/// Texts kept once each, and each estimate's as the position of its text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Interned {
    pub at: Vec<Option<Position>>,
    /// The distinct texts, each once.
    pub texts: Vec<Text>,
    /// Built once there are more texts than a scan finds quickly, while estimates are laid
    /// out; let go after.
    map: HashMap<Text, Position, foldhash::fast::RandomState>,
}

impl Interned {
    const SCAN: usize = 16;

    /// The text of estimate `at`.
    pub fn of(&self, at: usize) -> Option<&str> {
        self.at[at].map(|p| self.texts[p.get()].as_str())
    }

    /// The text's place among those kept, keeping it first if it is new.
    fn keep(&mut self, text: &str) -> Position {
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

/// Texts compare by their words, not by where they are kept.
impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        self.at.len() == other.at.len() && (0..self.at.len()).all(|i| self.of(i) == other.of(i))
    }
}

/// Writes the estimates' columns from their declaration: a column per field, the id's first.
macro_rules! columns {
    (
        () [$($meta:tt)*] $stored:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        /// Every estimate of a dataset, field by field, position for position.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub(crate) struct Estimates {
            pub id: Vec<$idty>,
            $(pub $field: <$ty as Columnar>::Column,)*
        }

        impl Estimates {
            /// How many columns there are: the id's and a field's each.
            #[cfg(test)]
            const COLUMNS: usize = 1 $(+ { let _ = stringify!($field); 1 })*;

            fn reserve(&mut self, n: usize) {
                self.id.reserve(n);
                $(<$ty as Columnar>::reserve(&mut self.$field, n);)*
            }

            fn push<'a>(&mut self, estimate: &'a $stored, places: &mut Places<'a>) {
                // Ids are short: a copy is kept inline, and the record's is let go with it.
                self.id.push(estimate.id.clone());
                $(<$ty as Columnar>::push(&mut self.$field, &estimate.$field, places);)*
            }

            fn append(&mut self, mut other: Estimates) {
                self.id.append(&mut other.id);
                $(<$ty as Columnar>::append(&mut self.$field, other.$field);)*
            }

            fn shrink(&mut self) {
                $(<$ty as Columnar>::shrink(&mut self.$field);)*
            }
        }
    };
}

crate::model::stored::estimate_record!(columns!());

impl Estimates {
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
        let lay = |range: Range<usize>| {
            let mut columns = Estimates::default();
            columns.reserve(range.len());
            let mut places = Places::new(&records, &report, &source);
            for at in range {
                places.at = at;
                columns.push(&records[at], &mut places);
            }
            columns
        };
        let n = records.len();
        let mut columns = if parallel {
            // Each half of the records laid out on a thread of its own, then joined.
            std::thread::scope(|scope| {
                let second = scope.spawn(|| lay(n / 2..n));
                let mut first = lay(0..n / 2);
                let second = second
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                first.append(second);
                first
            })
        } else {
            lay(0..n)
        };
        columns.shrink();
        columns
    }

    /// How many estimates there are.
    pub fn len(&self) -> usize {
        self.id.len()
    }
}

/// Collections at least this large have their columns built on two threads.
const PARALLEL_MIN: usize = 1 << 16;

/// Where the references of the estimates being laid out lead: the position of the report or
/// source an id names, and of an estimate among those being laid out.
pub(crate) struct Places<'a> {
    report: &'a (dyn Fn(&str) -> Option<usize> + Sync),
    source: &'a (dyn Fn(&str) -> Option<usize> + Sync),
    estimates: Positions<'a>,
    /// The estimate being laid out.
    at: usize,
    /// Estimates come a report at a time, so the report last found is nearly always the next
    /// one asked for.
    last_report: Option<(&'a str, u32)>,
}

impl<'a> Places<'a> {
    fn new(
        records: &'a [StoredEstimate],
        report: &'a (dyn Fn(&str) -> Option<usize> + Sync),
        source: &'a (dyn Fn(&str) -> Option<usize> + Sync),
    ) -> Places<'a> {
        Places {
            report,
            source,
            estimates: Positions::new(records),
            at: 0,
            last_report: None,
        }
    }

    /// Where a quote stands.
    fn span(&mut self, quote: &'a StoredQuote) -> QuoteSpan {
        let id = quote.report.as_str();
        let report = match self.last_report {
            Some((last, at)) if last == id => at,
            // The checks have made sure every quote's report is in the dataset.
            _ => (self.report)(id).expect("a checked quote names a known report") as u32,
        };
        self.last_report = Some((id, report));
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
        // An embedded estimate's other fields, so that a field added to estimates needs
        // nothing here.
        let base = &crate::store::data::ESTIMATES[1];
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
                ..base.clone()
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
        assert_eq!(columns.period.texts.len(), 40);
        assert!(
            columns.period.map.is_empty(),
            "the map is let go once laid out"
        );
        for (i, e) in records.iter().enumerate() {
            assert_eq!(columns.id[i], e.id);
            assert_eq!(columns.value[i], e.value);
            assert_eq!(columns.period.of(i), e.period.as_deref(), "estimate {i}");
            assert_eq!(columns.source[i].map(Position::get), Some(i % 5));
            let with = columns.reported_with.of(i);
            assert_eq!(with, links(i).iter().map(|&w| w as u32).collect::<Vec<_>>());
            assert_eq!(
                columns.quote[i],
                QuoteSpan {
                    report: (i % 3) as u32,
                    start: i as u32,
                    end: i as u32 + 1
                }
            );
            assert_eq!(columns.restated.of(i).len(), i % 3);
        }
    }

    #[test]
    fn two_threads_lay_out_what_one_does() {
        let records = estimates(5_000, 20, |i| if i % 4 == 0 { vec![i / 2] } else { vec![] });
        let one = Estimates::build(records.clone(), number('r'), number('s'), false);
        let two = Estimates::build(records, number('r'), number('s'), true);
        assert_eq!(one, two);
        assert_eq!(one.restated, two.restated);
        assert!(one.reported_with.items.len() > 1_000);
    }

    /// The equality the tests above and the datasets' round trips rely on: it must tell
    /// apart columns that differ anywhere, and only there.
    #[test]
    fn columns_are_equal_when_every_estimate_is() {
        let records = estimates(40, 5, |i| if i % 2 == 0 { vec![i + 1] } else { vec![] });
        let base = Estimates::new(records, number('r'), number('s'));
        assert_eq!(base.period.texts.len(), 5, "each period is kept once");

        // The same periods, kept in another order, are the same estimates.
        let mut reordered = base.clone();
        let last = base.period.texts.len() - 1;
        reordered.period.texts.reverse();
        for p in reordered.period.at.iter_mut().flatten() {
            *p = Position::new(last - p.get()).unwrap();
        }
        assert_ne!(reordered.period.texts, base.period.texts);
        assert_eq!(reordered, base);

        type Edit = fn(&mut Estimates);
        let edits: &[(&str, Edit)] = &[
            ("id", |e| e.id[3] = EstimateId::new("e99")),
            ("topic", |e| e.topic[3] = Topic::Deployment),
            ("measure", |e| e.measure[3] = Measure::Wounded),
            ("value", |e| e.value[3] += 1),
            ("qualifier", |e| e.qualifier[3] = Qualifier::Exact),
            ("period", |e| e.period.at[3] = None),
            ("period's words", |e| e.period.texts[0] = "another".into()),
            ("since", |e| {
                e.since[3] = Some("October 2025".parse().unwrap())
            }),
            ("during", |e| {
                e.during[3] = Some("October 2025".parse().unwrap())
            }),
            ("source", |e| e.source[3] = Position::new(4)),
            ("reported_with", |e| e.reported_with.items[0] += 1),
            ("reported_with's ends", |e| e.reported_with.ends[0] -= 1),
            ("quote", |e| e.quote[3].start -= 1),
            ("restated", |e| e.restated.items[0].end += 1),
            ("restated's ends", |e| e.restated.ends[1] -= 1),
        ];
        // An edit of every column, and of the parts of those that keep more than one list: a
        // column added to estimates needs its own here.
        assert_eq!(edits.len(), Estimates::COLUMNS + 3, "an edit per column");
        for &(what, edit) in edits {
            let mut edited = base.clone();
            edit(&mut edited);
            assert_ne!(edited, base, "a different {what}");
            assert_ne!(base, edited, "a different {what}");
        }
    }
}
