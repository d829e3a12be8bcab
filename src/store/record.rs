//! Records as a dataset hands them out: small `Copy` handles that read their fields from the
//! dataset they belong to, and follow references to other records through it.
//!
//! A handle is a dataset and a place in it, so how the dataset lays its records out stays its
//! own affair: the records of a large dataset can be kept in columns without changing what a
//! caller writes. A field that refers to another record gives that record's handle, not its id.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::store::columnar::{Estimates, NONE, Span};

use crate::model::{
    self, ActorId, ActorKind, Bound, ClaimId, ClaimStatus, Date, EstimateId, EventId, Measure,
    Qualifier, ReportId, SourceId, SourceKind, Topic,
};
use crate::store::data::Dataset;
use crate::store::referrers::Referrers;

/// A kind of record a dataset holds: [`Report`], [`Actor`], [`Event`], [`Estimate`],
/// [`Source`] or [`Claim`]. Sealed; it lets [`Records`] hold any of them.
///
/// ```
/// fn ids<'d, R: facts::Record<'d>>(records: facts::Records<'d, R>, id: fn(R) -> &'d str) -> Vec<&'d str> {
///     records.iter().map(id).collect()
/// }
/// let sources = ids(facts::sources(), |s| s.id().as_str());
/// assert!(sources.contains(&"other-assessments"));
/// ```
pub trait Record<'d>: Copy + sealed::Stored<'d> {}

pub(crate) mod sealed {
    use crate::store::data::Dataset;

    /// How a kind of record is found in a dataset.
    pub trait Stored<'d>: Sized {
        /// The id type that names this kind.
        type Id: AsRef<str> + 'd;

        /// How many records of this kind the dataset holds.
        fn count(dataset: &'d Dataset) -> usize;

        /// The record at `at`, which is below [`Stored::count`].
        fn at(dataset: &'d Dataset, at: usize) -> Self;

        /// The record with this id.
        fn find(dataset: &'d Dataset, id: &str) -> Option<Self>;
    }
}

use sealed::Stored;

/// Some records of one kind from one dataset, in order: a whole collection
/// ([`Dataset::estimates`]), or the records a list field names ([`Event::actors`]).
///
/// ```
/// let estimates = facts::estimates();
/// assert_eq!(estimates.len(), 5);
/// assert_eq!(estimates.get(0).unwrap().id(), "troops-more-than-10000");
/// assert_eq!(estimates.iter().filter(|e| e.value() > 5_000).count(), 2);
/// ```
pub struct Records<'d, R: Record<'d>> {
    dataset: &'d Dataset,
    list: List<'d, R::Id>,
}

// Not derived: a derive would ask the id type to be `Copy` too.
impl<'d, R: Record<'d>> Clone for Records<'d, R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<'d, R: Record<'d>> Copy for Records<'d, R> {}

enum List<'d, I> {
    /// The first `n` records of the collection.
    All(usize),
    /// The records with these ids.
    Ids(&'d [I]),
    /// The records at these positions.
    Positions(&'d [u32]),
}

impl<I> Clone for List<'_, I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I> Copy for List<'_, I> {}

impl<'d, R: Record<'d>> Records<'d, R> {
    /// Every record of its kind in `dataset`.
    pub(crate) fn all(dataset: &'d Dataset) -> Records<'d, R> {
        Records {
            dataset,
            list: List::All(R::count(dataset)),
        }
    }

    /// The records `ids` name, in their order.
    pub(crate) fn named(dataset: &'d Dataset, ids: &'d [R::Id]) -> Records<'d, R> {
        Records {
            dataset,
            list: List::Ids(ids),
        }
    }

    /// The records at `positions`, in their order.
    pub(crate) fn at(dataset: &'d Dataset, positions: &'d [u32]) -> Records<'d, R> {
        Records {
            dataset,
            list: List::Positions(positions),
        }
    }

    /// How many records there are.
    ///
    /// ```
    /// assert_eq!(facts::event("capture").unwrap().actors().len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        match self.list {
            List::All(n) => n,
            List::Ids(ids) => ids.len(),
            List::Positions(positions) => positions.len(),
        }
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(!facts::event("capture").unwrap().actors().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The record at `index`, counting from 0.
    ///
    /// ```
    /// assert_eq!(facts::reports().get(0).unwrap().year(), 2025);
    /// assert!(facts::reports().get(1).is_none());
    /// ```
    pub fn get(&self, index: usize) -> Option<R> {
        match self.list {
            List::All(n) => (index < n).then(|| R::at(self.dataset, index)),
            // A checked dataset has a record for every id it refers to.
            List::Ids(ids) => R::find(self.dataset, ids.get(index)?.as_ref()),
            List::Positions(positions) => {
                Some(R::at(self.dataset, *positions.get(index)? as usize))
            }
        }
    }

    /// The first record, if there is one.
    ///
    /// ```
    /// assert_eq!(facts::reports().first().unwrap().year(), 2025);
    /// ```
    pub fn first(&self) -> Option<R> {
        self.get(0)
    }

    /// The last record, if there is one.
    ///
    /// ```
    /// let actors = facts::event("capture").unwrap().actors();
    /// assert_eq!(actors.last(), actors.get(actors.len() - 1));
    /// ```
    pub fn last(&self) -> Option<R> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The records in order.
    ///
    /// ```
    /// let names: Vec<&str> = facts::sources().iter().map(|s| s.name()).take(2).collect();
    /// assert_eq!(names.len(), 2);
    /// ```
    pub fn iter(&self) -> Iter<'d, R> {
        Iter {
            records: *self,
            next: 0,
            end: self.len(),
        }
    }
}

/// Records are equal when they hold equal records in the same order.
impl<'d, 'e, R: Record<'d> + PartialEq<S>, S: Record<'e>> PartialEq<Records<'e, S>>
    for Records<'d, R>
{
    fn eq(&self, other: &Records<'e, S>) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<'d, R: Record<'d> + fmt::Debug> fmt::Debug for Records<'d, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'d, R: Record<'d> + Serialize> Serialize for Records<'d, R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'d, R: Record<'d>> IntoIterator for Records<'d, R> {
    type Item = R;
    type IntoIter = Iter<'d, R>;

    fn into_iter(self) -> Iter<'d, R> {
        self.iter()
    }
}

impl<'d, R: Record<'d>> IntoIterator for &Records<'d, R> {
    type Item = R;
    type IntoIter = Iter<'d, R>;

    fn into_iter(self) -> Iter<'d, R> {
        self.iter()
    }
}

/// The records of a [`Records`], in order, from either end. It knows how many are left: a
/// dataset is checked when it is made, so every id it refers to names a record.
///
/// ```
/// let mut sources = facts::sources().iter();
/// assert_eq!(sources.len(), facts::sources().len());
/// let last = sources.next_back().unwrap();
/// assert_eq!(Some(last), facts::sources().get(facts::sources().len() - 1));
/// assert_eq!(sources.len(), facts::sources().len() - 1);
/// ```
pub struct Iter<'d, R: Record<'d>> {
    records: Records<'d, R>,
    next: usize,
    end: usize,
}

impl<'d, R: Record<'d>> Clone for Iter<'d, R> {
    fn clone(&self) -> Self {
        Iter {
            records: self.records,
            next: self.next,
            end: self.end,
        }
    }
}

impl<'d, R: Record<'d>> Iterator for Iter<'d, R> {
    type Item = R;

    fn next(&mut self) -> Option<R> {
        while self.next < self.end {
            self.next += 1;
            if let Some(record) = self.records.get(self.next - 1) {
                return Some(record);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.end - self.next;
        (left, Some(left))
    }
}

impl<'d, R: Record<'d>> ExactSizeIterator for Iter<'d, R> {}

impl<'d, R: Record<'d>> FusedIterator for Iter<'d, R> {}

impl<'d, R: Record<'d>> DoubleEndedIterator for Iter<'d, R> {
    fn next_back(&mut self) -> Option<R> {
        while self.next < self.end {
            self.end -= 1;
            if let Some(record) = self.records.get(self.end) {
                return Some(record);
            }
        }
        None
    }
}

impl<'d, R: Record<'d> + fmt::Debug> fmt::Debug for Iter<'d, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Iter")
            .field("next", &self.next)
            .field("end", &self.end)
            .finish()
    }
}

/// Defines a record handle: the struct, how it is found, and the traits every record has
/// (comparison and `Debug` read as the stored record's; `Serialize` is in `record_json`).
macro_rules! handle {
    ($(#[$meta:meta])* $name:ident, $id:ident, $stored:ident, $find:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name<'d> {
            dataset: &'d Dataset,
            pub(crate) record: &'d model::$name,
        }

        impl<'d> Stored<'d> for $name<'d> {
            type Id = $id;

            fn count(dataset: &'d Dataset) -> usize {
                dataset.$stored.len()
            }

            fn at(dataset: &'d Dataset, at: usize) -> $name<'d> {
                $name {
                    dataset,
                    record: &dataset.$stored[at],
                }
            }

            fn find(dataset: &'d Dataset, id: &str) -> Option<$name<'d>> {
                dataset.$find(id).map(|at| $name::at(dataset, at))
            }
        }

        impl<'d> Record<'d> for $name<'d> {}

        impl<'d> $name<'d> {
            /// The record's place among its collection's records: its distance from the start
            /// of the slice it was handed out from (`Stored::at` is the only way in).
            #[allow(dead_code)] // Only records something refers to need it.
            pub(crate) fn position(self) -> usize {
                let start = self.dataset.$stored.as_ptr() as usize;
                let this = self.record as *const model::$name as usize;
                (this - start) / std::mem::size_of::<model::$name>()
            }

            /// The records referring to this one the way `referrers` reads.
            #[allow(dead_code)]
            fn referrers<R: Record<'d>>(self, referrers: Referrers) -> Records<'d, R> {
                Records::at(self.dataset, self.dataset.referrers(referrers, self.position()))
            }
        }

        impl PartialEq<$name<'_>> for $name<'_> {
            fn eq(&self, other: &$name<'_>) -> bool {
                self.record == other.record
            }
        }

        impl Eq for $name<'_> {}

        impl fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self.record, f)
            }
        }
    };
}

handle!(
    /// A report: the document every quote points into.
    ///
    /// ```
    /// let report = facts::reports().first().unwrap();
    /// assert!(report.text().contains("Yu Yong-weon"));
    /// ```
    Report, ReportId, reports, report_position
);

handle!(
    /// A person, group, organisation, government, military formation or medium the report
    /// names or describes.
    ///
    /// ```
    /// let yu = facts::actor("yu-yong-weon").unwrap();
    /// assert_eq!(yu.name(), "Yu Yong-weon");
    /// assert_eq!(yu.kind(), facts::ActorKind::Person);
    /// ```
    Actor, ActorId, actors, actor_position
);

handle!(
    /// Something that happened, with when and where as precisely as the report says.
    ///
    /// ```
    /// let visit = facts::event("february-visit").unwrap();
    /// assert_eq!(visit.date().unwrap().to_string(), "February [2025]");
    /// ```
    Event, EventId, events, event_position
);

/// One figure the report gives about the deployment or its losses, with its source.
///
/// Conflicting figures are separate estimates, side by side; none is preferred.
///
/// ```
/// use facts::{Measure, Qualifier};
/// let killed = facts::estimates().iter().filter(|e| e.measure() == Measure::Killed);
/// assert_eq!(killed.count(), 2, "about 2,000 and around 600 stand side by side");
/// let more = facts::estimate("troops-more-than-10000").unwrap();
/// assert_eq!((more.value(), more.qualifier()), (10_000, Qualifier::MoreThan));
/// ```
#[derive(Clone, Copy)]
pub struct Estimate<'d> {
    dataset: &'d Dataset,
    at: usize,
}

impl<'d> Stored<'d> for Estimate<'d> {
    type Id = EstimateId;

    fn count(dataset: &'d Dataset) -> usize {
        dataset.estimates.len()
    }

    fn at(dataset: &'d Dataset, at: usize) -> Estimate<'d> {
        Estimate { dataset, at }
    }

    fn find(dataset: &'d Dataset, id: &str) -> Option<Estimate<'d>> {
        dataset
            .estimate_position(id)
            .map(|at| Estimate { dataset, at })
    }
}

impl<'d> Record<'d> for Estimate<'d> {}

/// Estimates are equal when every field is, references compared by the ids they name.
impl PartialEq<Estimate<'_>> for Estimate<'_> {
    fn eq(&self, other: &Estimate<'_>) -> bool {
        self.id() == other.id()
            && self.topic() == other.topic()
            && self.measure() == other.measure()
            && self.value() == other.value()
            && self.qualifier() == other.qualifier()
            && self.period() == other.period()
            && self.since() == other.since()
            && self.during() == other.during()
            && self.source().id() == other.source().id()
            && (self.reported_with().iter().map(|e| e.id()))
                .eq(other.reported_with().iter().map(|e| e.id()))
            && self.quote() == other.quote()
            && self.restated() == other.restated()
    }
}

impl Eq for Estimate<'_> {}

impl fmt::Debug for Estimate<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let with: Vec<&EstimateId> = self.reported_with().iter().map(|e| e.id()).collect();
        f.debug_struct("Estimate")
            .field("id", self.id())
            .field("topic", &self.topic())
            .field("measure", &self.measure())
            .field("value", &self.value())
            .field("qualifier", &self.qualifier())
            .field("period", &self.period())
            .field("since", &self.since())
            .field("during", &self.during())
            .field("source", self.source().id())
            .field("reported_with", &with)
            .field("quote", &self.quote())
            .field("restated", &self.restated())
            .finish()
    }
}

/// With its bounds (`low`, `high`), which follow from the figure and qualifier; references as
/// the ids they name.
impl Serialize for Estimate<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let with: Vec<&EstimateId> = self.reported_with().iter().map(|e| e.id()).collect();
        let mut s = serializer.serialize_struct("Estimate", 14)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("topic", &self.topic())?;
        s.serialize_field("measure", &self.measure())?;
        s.serialize_field("value", &self.value())?;
        s.serialize_field("qualifier", &self.qualifier())?;
        s.serialize_field("low", &self.low())?;
        s.serialize_field("high", &self.high())?;
        s.serialize_field("period", &self.period())?;
        s.serialize_field("since", &self.since())?;
        s.serialize_field("during", &self.during())?;
        s.serialize_field("source", self.source().id())?;
        s.serialize_field("reported_with", &with)?;
        s.serialize_field("quote", &self.quote())?;
        s.serialize_field("restated", &self.restated())?;
        s.end()
    }
}

handle!(
    /// Who a fact comes from, and whether the report says it can be checked.
    ///
    /// ```
    /// let source = facts::source("other-assessments").unwrap();
    /// assert_eq!(source.kind(), facts::SourceKind::Assessment);
    /// assert!(source.actors().is_empty(), "the report does not say whose assessments");
    /// ```
    Source, SourceId, sources, source_position
);

handle!(
    /// A statement the report attributes to a source.
    ///
    /// ```
    /// let claim = facts::claim("death-sentence").unwrap();
    /// assert_eq!(claim.source().id(), "yu-yong-weon");
    /// ```
    Claim, ClaimId, claims, claim_position
);

/// Looks up the record a stored reference names. A checked dataset has one for every
/// reference, so a missing one is a bug in the checks.
fn referent<'d, R: Record<'d>>(dataset: &'d Dataset, id: &str) -> R {
    R::find(dataset, id).unwrap_or_else(|| unreachable!("a checked dataset has record {id:?}"))
}

impl<'d> Report<'d> {
    /// Stable id.
    ///
    /// ```
    /// assert_eq!(facts::reports().first().unwrap().id(), "nk-pows-seek-south-korea");
    /// ```
    pub fn id(self) -> &'d ReportId {
        &self.record.id
    }

    /// A title for people, taken from the report.
    ///
    /// ```
    /// assert!(!facts::reports().first().unwrap().title().is_empty());
    /// ```
    pub fn title(self) -> &'d str {
        &self.record.title
    }

    /// The year the report is written in, from which it says "this year" and "last year".
    ///
    /// ```
    /// assert_eq!(facts::report("nk-pows-seek-south-korea").unwrap().year(), 2025);
    /// ```
    pub fn year(self) -> i32 {
        self.record.year
    }

    /// The full text, byte for byte.
    ///
    /// ```
    /// assert!(facts::reports().first().unwrap().text().contains("South Korea"));
    /// ```
    pub fn text(self) -> &'d str {
        &self.record.text
    }

    /// The whole text as a quote: what a report row of an answer points to.
    pub(crate) fn whole(self) -> Quote<'d> {
        self.span(0..self.record.text.len())
    }

    /// A span of the text, in bytes, as a quote.
    pub(crate) fn span(self, range: Range<usize>) -> Quote<'d> {
        let span = Span {
            report: self.position() as u32,
            start: range.start as u32,
            end: range.end as u32,
        };
        Quote::span(self.dataset, span)
    }

    /// The actors this report names or describes (those whose quote is from it).
    ///
    /// ```
    /// let report = facts::reports().first().unwrap();
    /// assert_eq!(report.actors().len(), facts::actors().len());
    /// ```
    pub fn actors(self) -> Records<'d, Actor<'d>> {
        self.referrers(Referrers::ReportActors)
    }

    /// The events this report tells (those whose quote is from it).
    ///
    /// ```
    /// let report = facts::reports().first().unwrap();
    /// assert!(report.events().iter().any(|e| e.id() == "capture"));
    /// ```
    pub fn events(self) -> Records<'d, Event<'d>> {
        self.referrers(Referrers::ReportEvents)
    }

    /// The figures this report gives (the estimates whose quote is from it).
    ///
    /// ```
    /// let report = facts::reports().first().unwrap();
    /// assert_eq!(report.estimates().len(), 5);
    /// ```
    pub fn estimates(self) -> Records<'d, Estimate<'d>> {
        self.referrers(Referrers::ReportEstimates)
    }

    /// The sources this report names (those whose quote is from it).
    ///
    /// ```
    /// let report = facts::reports().first().unwrap();
    /// assert!(report.sources().iter().any(|s| s.id() == "yu-yong-weon"));
    /// ```
    pub fn sources(self) -> Records<'d, Source<'d>> {
        self.referrers(Referrers::ReportSources)
    }

    /// The claims this report reports (those whose quote is from it).
    ///
    /// ```
    /// let report = facts::reports().first().unwrap();
    /// assert!(report.claims().iter().any(|c| c.id() == "death-sentence"));
    /// ```
    pub fn claims(self) -> Records<'d, Claim<'d>> {
        self.referrers(Referrers::ReportClaims)
    }
}

/// A verbatim span of a report that supports a record.
///
/// ```
/// let estimate = facts::estimate("troops-about-15000").unwrap();
/// let quote = estimate.quote();
/// assert_eq!(&quote.report().text()[quote.range()], quote.text());
/// ```
#[derive(Clone, Copy)]
pub struct Quote<'d> {
    pub(crate) dataset: &'d Dataset,
    place: Place<'d>,
}

/// Where a quote is kept: whole in a stored record, or as a span of its report.
#[derive(Clone, Copy)]
enum Place<'d> {
    Stored(&'d model::Quote),
    Span(Span),
}

impl<'d> Quote<'d> {
    fn new(dataset: &'d Dataset, quote: &'d model::Quote) -> Quote<'d> {
        Quote {
            dataset,
            place: Place::Stored(quote),
        }
    }

    fn span(dataset: &'d Dataset, span: Span) -> Quote<'d> {
        Quote {
            dataset,
            place: Place::Span(span),
        }
    }

    /// The report quoted.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.report().id(), "nk-pows-seek-south-korea");
    /// ```
    pub fn report(self) -> Report<'d> {
        match self.place {
            Place::Stored(q) => referent(self.dataset, q.report.as_str()),
            Place::Span(span) => Report::at(self.dataset, span.report as usize),
        }
    }

    /// The line of its report's text the quote begins on, from 1: the report keeps one
    /// paragraph a line, so this is the paragraph, headings counted.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.line(), 5);
    /// ```
    pub fn line(self) -> usize {
        let before = self.report().text().get(..self.start()).unwrap_or("");
        1 + before.bytes().filter(|&b| b == b'\n').count()
    }

    /// Where the quote begins in its report's text, in bytes of UTF-8 (a Rust `str` index):
    /// not a count of characters. [`Quote::char_range`] counts code points, as Python and W3C
    /// Web Annotation do; [`Quote::utf16_range`] counts UTF-16 units, as JavaScript does.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert!(quote.start() < quote.end());
    /// ```
    pub fn start(self) -> usize {
        match self.place {
            Place::Stored(q) => q.start,
            Place::Span(span) => span.start as usize,
        }
    }

    /// Where the quote ends in its report's text: the byte offset (UTF-8) just past its last
    /// byte.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.end() - quote.start(), quote.text().len());
    /// ```
    pub fn end(self) -> usize {
        match self.place {
            Place::Stored(q) => q.end,
            Place::Span(span) => span.end as usize,
        }
    }

    /// Where the quote sits in its report's text, in bytes of UTF-8: `&text[quote.range()]` is
    /// the quote. For code points see [`Quote::char_range`], for UTF-16 [`Quote::utf16_range`].
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.range().len(), quote.text().len());
    /// ```
    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    /// The quoted words, exactly as in the report.
    ///
    /// ```
    /// let quote = facts::estimate("troops-about-15000").unwrap().quote();
    /// assert_eq!(quote.text(), "raised the figure to about 15,000 since October last year");
    /// ```
    pub fn text(self) -> &'d str {
        match self.place {
            Place::Stored(q) => &q.text,
            // The checks found the quoted words at this range before the text was let go.
            Place::Span(span) => self
                .report()
                .text()
                .get(span.start as usize..span.end as usize)
                .unwrap_or_default(),
        }
    }
}

/// Quotes are equal when they are the same words at the same place of reports with the same id.
impl PartialEq<Quote<'_>> for Quote<'_> {
    fn eq(&self, other: &Quote<'_>) -> bool {
        self.report().id() == other.report().id()
            && self.range() == other.range()
            && self.text() == other.text()
    }
}

impl Eq for Quote<'_> {}

impl fmt::Debug for Quote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Quote")
            .field("report", self.report().id())
            .field("start", &self.start())
            .field("end", &self.end())
            .field("text", &self.text())
            .finish()
    }
}

/// As the stored quote it reads: report id, byte range (`start`, `end`, bytes of UTF-8) and
/// words; then the same place in code points (`char_start`, `char_end`: Python, W3C Web
/// Annotation) and in UTF-16 units (`utf16_start`, `utf16_end`: JavaScript), which follow from
/// the bytes.
impl Serialize for Quote<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Quote", 8)?;
        s.serialize_field("report", self.report().id())?;
        s.serialize_field("start", &self.start())?;
        s.serialize_field("end", &self.end())?;
        s.serialize_field("text", self.text())?;
        let chars = self.char_range();
        s.serialize_field("char_start", &chars.start)?;
        s.serialize_field("char_end", &chars.end)?;
        let utf16 = self.utf16_range();
        s.serialize_field("utf16_start", &utf16.start)?;
        s.serialize_field("utf16_end", &utf16.end)?;
        s.end()
    }
}

/// The further quotes of a record that states something more than once
/// ([`Estimate::restated`]), in order.
///
/// ```
/// let quotes = facts::estimate("troops-about-15000").unwrap().restated();
/// assert_eq!(quotes.len(), 1);
/// let again = quotes.get(0).unwrap();
/// assert_eq!(again.text(), "raises the total deployed to about 15,000 since October last year");
/// ```
#[derive(Clone, Copy)]
pub struct Quotes<'d> {
    dataset: &'d Dataset,
    list: QuoteList<'d>,
}

/// Where a record keeps its further quotes: as spans in columns (estimates), or whole in the
/// stored record (claims).
#[derive(Clone, Copy)]
enum QuoteList<'d> {
    Spans(&'d [Span]),
    Stored(&'d [model::Quote]),
}

impl<'d> QuoteList<'d> {
    fn len(self) -> usize {
        match self {
            QuoteList::Spans(spans) => spans.len(),
            QuoteList::Stored(quotes) => quotes.len(),
        }
    }

    fn get(self, dataset: &'d Dataset, index: usize) -> Option<Quote<'d>> {
        Some(match self {
            QuoteList::Spans(spans) => Quote::span(dataset, *spans.get(index)?),
            QuoteList::Stored(quotes) => Quote::new(dataset, quotes.get(index)?),
        })
    }
}

impl<'d> Quotes<'d> {
    /// How many quotes there are.
    ///
    /// ```
    /// assert_eq!(facts::estimate("troops-about-15000").unwrap().restated().len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(!facts::estimate("troops-about-15000").unwrap().restated().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.list.len() == 0
    }

    /// The quote at `index`, counting from 0.
    ///
    /// ```
    /// let restated = facts::estimate("troops-about-15000").unwrap().restated();
    /// assert!(restated.get(0).unwrap().text().contains("about 15,000"));
    /// assert!(restated.get(1).is_none());
    /// ```
    pub fn get(&self, index: usize) -> Option<Quote<'d>> {
        self.list.get(self.dataset, index)
    }

    /// The first quote, if there is one.
    ///
    /// ```
    /// let restated = facts::estimate("killed-about-600").unwrap().restated();
    /// assert_eq!(restated.first().unwrap().text(), "around 600 dead");
    /// ```
    pub fn first(&self) -> Option<Quote<'d>> {
        self.get(0)
    }

    /// The last quote, if there is one.
    ///
    /// ```
    /// let restated = facts::estimate("killed-about-600").unwrap().restated();
    /// assert_eq!(restated.last(), restated.first()); // the report says it again once
    /// ```
    pub fn last(&self) -> Option<Quote<'d>> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The quotes in order.
    ///
    /// ```
    /// let estimate = facts::estimate("troops-about-15000").unwrap();
    /// assert!(estimate.restated().iter().all(|q| q.text().contains("15,000")));
    /// ```
    pub fn iter(&self) -> QuoteIter<'d> {
        QuoteIter {
            dataset: self.dataset,
            list: self.list,
            front: 0,
            back: self.list.len(),
        }
    }
}

impl PartialEq for Quotes<'_> {
    fn eq(&self, other: &Quotes<'_>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl fmt::Debug for Quotes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Quotes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'d> IntoIterator for Quotes<'d> {
    type Item = Quote<'d>;
    type IntoIter = QuoteIter<'d>;

    fn into_iter(self) -> QuoteIter<'d> {
        self.iter()
    }
}

/// The quotes of a [`Quotes`], in order.
///
/// ```
/// let mut quotes = facts::estimate("troops-about-15000").unwrap().restated().iter();
/// assert!(quotes.next().is_some());
/// assert!(quotes.next().is_none());
/// ```
#[derive(Clone)]
pub struct QuoteIter<'d> {
    dataset: &'d Dataset,
    list: QuoteList<'d>,
    /// The quotes not yet handed out, from either end: `front..back`.
    front: usize,
    back: usize,
}

impl<'d> Iterator for QuoteIter<'d> {
    type Item = Quote<'d>;

    fn next(&mut self) -> Option<Quote<'d>> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.list.get(self.dataset, self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.back - self.front;
        (left, Some(left))
    }
}

impl DoubleEndedIterator for QuoteIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.list.get(self.dataset, self.back)
    }
}

impl ExactSizeIterator for QuoteIter<'_> {}

impl FusedIterator for QuoteIter<'_> {}

impl fmt::Debug for QuoteIter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<'d> Actor<'d> {
    /// Stable id.
    ///
    /// ```
    /// assert_eq!(facts::actor("yu-yong-weon").unwrap().id(), "yu-yong-weon");
    /// ```
    pub fn id(self) -> &'d ActorId {
        &self.record.id
    }

    /// The name, or for an unnamed actor the report's description of it.
    ///
    /// ```
    /// assert_eq!(facts::actor("jang-se-yul").unwrap().name(), "Jang Se-yul");
    /// ```
    pub fn name(self) -> &'d str {
        &self.record.name
    }

    /// Whether the report gives the actor a proper name.
    ///
    /// ```
    /// assert!(facts::actor("yu-yong-weon").unwrap().named());
    /// ```
    pub fn named(self) -> bool {
        self.record.named
    }

    /// What kind of actor.
    ///
    /// ```
    /// assert_eq!(facts::actor("yu-yong-weon").unwrap().kind(), facts::ActorKind::Person);
    /// ```
    pub fn kind(self) -> ActorKind {
        self.record.kind
    }

    /// The country the actor belongs to, where the report says: a snake_case name, open to
    /// any country a report names.
    ///
    /// ```
    /// let yu = facts::actor("yu-yong-weon").unwrap();
    /// assert_eq!(yu.country(), Some("south_korea"));
    /// ```
    pub fn country(self) -> Option<&'d str> {
        self.record.country.as_deref()
    }

    /// The actor's role in the report's words ("South Korean lawmaker").
    ///
    /// ```
    /// assert!(facts::actor("yu-yong-weon").unwrap().role().is_some());
    /// ```
    pub fn role(self) -> Option<&'d str> {
        self.record.role.as_deref()
    }

    /// The actor this one belongs to, where the report says.
    ///
    /// ```
    /// let affiliated = facts::actors().iter().filter_map(|a| a.affiliation());
    /// assert!(affiliated.count() > 0);
    /// ```
    pub fn affiliation(self) -> Option<Actor<'d>> {
        let id = self.record.affiliation.as_ref()?;
        Some(referent(self.dataset, id.as_str()))
    }

    /// Where the report names or describes the actor.
    ///
    /// ```
    /// assert!(facts::actor("yu-yong-weon").unwrap().quote().text().contains("Yu"));
    /// ```
    pub fn quote(self) -> Quote<'d> {
        Quote::new(self.dataset, &self.record.quote)
    }

    /// The claims about this actor (those whose [`Claim::about`] names it), in the claims'
    /// order.
    ///
    /// ```
    /// let soldiers = facts::actor("captured-soldiers").unwrap();
    /// assert!(soldiers.claims().iter().any(|c| c.id() == "both-want-south"));
    /// ```
    pub fn claims(self) -> Records<'d, Claim<'d>> {
        self.referrers(Referrers::ActorClaims)
    }

    /// The sources this actor stands behind (those whose [`Source::actors`] name it).
    ///
    /// ```
    /// let yu = facts::actor("yu-yong-weon").unwrap();
    /// assert!(yu.sources().iter().all(|s| s.actors().iter().any(|a| a == yu)));
    /// ```
    pub fn sources(self) -> Records<'d, Source<'d>> {
        self.referrers(Referrers::ActorSources)
    }

    /// The events this actor took part in (those whose [`Event::actors`] name it).
    ///
    /// ```
    /// let soldiers = facts::actor("captured-soldiers").unwrap();
    /// assert!(soldiers.events().iter().any(|e| e.id() == "capture"));
    /// ```
    pub fn events(self) -> Records<'d, Event<'d>> {
        self.referrers(Referrers::ActorEvents)
    }

    /// The actors that belong to this one (those whose [`Actor::affiliation`] it is).
    ///
    /// ```
    /// for actor in facts::actors() {
    ///     assert!(actor.members().iter().all(|m| m.affiliation() == Some(actor)));
    /// }
    /// ```
    pub fn members(self) -> Records<'d, Actor<'d>> {
        self.referrers(Referrers::ActorMembers)
    }
}

impl<'d> Event<'d> {
    /// Stable id.
    ///
    /// ```
    /// assert_eq!(facts::event("capture").unwrap().id(), "capture");
    /// ```
    pub fn id(self) -> &'d EventId {
        &self.record.id
    }

    /// What happened, in a few words.
    ///
    /// ```
    /// assert!(!facts::event("capture").unwrap().title().is_empty());
    /// ```
    pub fn title(self) -> &'d str {
        &self.record.title
    }

    /// When it happened (or began), if the report says.
    ///
    /// ```
    /// assert!(facts::event("february-visit").unwrap().date().is_some());
    /// ```
    pub fn date(self) -> Option<Date> {
        self.record.date
    }

    /// True for a state that began at `date` and still holds ("held since early 2025").
    ///
    /// ```
    /// assert!(facts::event("detention").unwrap().ongoing());
    /// ```
    pub fn ongoing(self) -> bool {
        self.record.ongoing
    }

    /// Where, in the report's words.
    ///
    /// ```
    /// assert!(facts::events().iter().any(|e| e.place().is_some()));
    /// ```
    pub fn place(self) -> Option<&'d str> {
        self.record.place.as_deref()
    }

    /// Who took part.
    ///
    /// ```
    /// let visit = facts::event("february-visit").unwrap();
    /// assert!(visit.actors().iter().any(|a| a.id() == "yu-yong-weon"));
    /// ```
    pub fn actors(self) -> Records<'d, Actor<'d>> {
        Records::named(self.dataset, &self.record.actors)
    }

    /// Who the report has it from.
    ///
    /// ```
    /// assert!(!facts::event("capture").unwrap().sources().is_empty());
    /// ```
    pub fn sources(self) -> Records<'d, Source<'d>> {
        Records::named(self.dataset, &self.record.sources)
    }

    /// The words the event rests on.
    ///
    /// ```
    /// assert!(!facts::event("capture").unwrap().quote().text().is_empty());
    /// ```
    pub fn quote(self) -> Quote<'d> {
        Quote::new(self.dataset, &self.record.quote)
    }
}

impl<'d> Estimate<'d> {
    fn columns(self) -> &'d Estimates {
        &self.dataset.estimates
    }

    /// The estimate as loading builds it, for tests that make datasets of their own.
    #[cfg(test)]
    pub(crate) fn to_stored(self) -> model::Estimate {
        let quote = |q: Quote<'_>| model::Quote {
            report: q.report().id().clone(),
            start: q.start(),
            end: q.end(),
            text: q.text().into(),
        };
        model::Estimate {
            id: self.id().clone(),
            topic: self.topic(),
            measure: self.measure(),
            value: self.value(),
            qualifier: self.qualifier(),
            period: self.period().map(Into::into),
            since: self.since(),
            during: self.during(),
            source: self.source().id().clone(),
            reported_with: self
                .reported_with()
                .iter()
                .map(|e| e.id().clone())
                .collect(),
            quote: quote(self.quote()),
            restated: self.restated().iter().map(quote).collect(),
        }
    }

    /// Stable id.
    ///
    /// ```
    /// assert_eq!(facts::estimates().get(1).unwrap().id(), "troops-about-15000");
    /// ```
    pub fn id(self) -> &'d EstimateId {
        &self.columns().ids[self.at]
    }

    /// Deployment or casualties.
    ///
    /// ```
    /// let estimate = facts::estimate("killed-about-600").unwrap();
    /// assert_eq!(estimate.topic(), facts::Topic::Casualties);
    /// ```
    pub fn topic(self) -> Topic {
        self.columns().topics[self.at]
    }

    /// What is counted.
    ///
    /// ```
    /// let estimate = facts::estimate("killed-about-600").unwrap();
    /// assert_eq!(estimate.measure(), facts::Measure::Killed);
    /// ```
    pub fn measure(self) -> Measure {
        self.columns().measures[self.at]
    }

    /// The figure as the report states it.
    ///
    /// ```
    /// assert_eq!(facts::estimate("killed-about-600").unwrap().value(), 600);
    /// ```
    pub fn value(self) -> u64 {
        self.columns().values[self.at]
    }

    /// How the report qualifies the figure.
    ///
    /// ```
    /// let estimate = facts::estimate("killed-about-600").unwrap();
    /// assert_eq!(estimate.qualifier(), facts::Qualifier::About);
    /// ```
    pub fn qualifier(self) -> Qualifier {
        self.columns().qualifiers[self.at]
    }

    /// The lower bound the wording implies: "more than 10,000" has one, "about 15,000" has none.
    ///
    /// ```
    /// assert!(facts::estimate("troops-about-15000").unwrap().low().is_none());
    /// ```
    pub fn low(self) -> Option<Bound> {
        crate::model::low(self.qualifier(), self.value())
    }

    /// The upper bound the wording implies: "more than 10,000" has none.
    ///
    /// ```
    /// assert!(facts::estimate("troops-more-than-10000").unwrap().high().is_none());
    /// ```
    pub fn high(self) -> Option<Bound> {
        crate::model::high(self.qualifier(), self.value())
    }

    /// The period the figure covers, in the report's words ("since October last year").
    ///
    /// ```
    /// let estimate = facts::estimate("troops-about-15000").unwrap();
    /// assert_eq!(estimate.period(), Some("since October last year"));
    /// ```
    pub fn period(self) -> Option<&'d str> {
        let columns = self.columns();
        let period = columns.period[self.at];
        (period != NONE).then(|| columns.periods[period as usize].as_str())
    }

    /// The earliest the period can begin, where the report says.
    ///
    /// ```
    /// let since = facts::estimate("troops-about-15000").unwrap().since().unwrap();
    /// assert_eq!(since.to_string(), "October [2024]");
    /// ```
    pub fn since(self) -> Option<Date> {
        self.columns().since[self.at]
    }

    /// The period the figure falls within, where the report says ("sent in 2024").
    ///
    /// ```
    /// assert!(facts::estimates().iter().any(|e| e.during().is_some()));
    /// ```
    pub fn during(self) -> Option<Date> {
        self.columns().during[self.at]
    }

    /// Who the figure comes from.
    ///
    /// ```
    /// let source = facts::estimate("troops-about-15000").unwrap().source();
    /// assert_eq!(source.name(), "Later South Korean briefings");
    /// ```
    pub fn source(self) -> Source<'d> {
        Source::at(self.dataset, self.columns().source[self.at] as usize)
    }

    /// Figures the report says come from the same report or time frame as this one.
    ///
    /// ```
    /// let estimate = facts::estimate("killed-about-600").unwrap();
    /// assert!(estimate.reported_with().iter().all(|e| e.id() != estimate.id()));
    /// ```
    pub fn reported_with(self) -> Records<'d, Estimate<'d>> {
        let columns = self.columns();
        let range = Estimates::list(&columns.reported_with_end, self.at);
        Records::at(self.dataset, &columns.reported_with[range])
    }

    /// Where the report states the figure first.
    ///
    /// ```
    /// let estimate = facts::estimate("killed-about-600").unwrap();
    /// assert!(estimate.quote().text().contains("600"));
    /// ```
    pub fn quote(self) -> Quote<'d> {
        Quote::span(self.dataset, self.columns().quote[self.at])
    }

    /// Where the report states the same figure again.
    ///
    /// ```
    /// let estimate = facts::estimate("killed-about-600").unwrap();
    /// assert_eq!(estimate.restated().get(0).unwrap().text(), "around 600 dead");
    /// ```
    pub fn restated(self) -> Quotes<'d> {
        let columns = self.columns();
        let range = Estimates::list(&columns.restated_end, self.at);
        Quotes {
            dataset: self.dataset,
            list: QuoteList::Spans(&columns.restated[range]),
        }
    }
}

impl<'d> Source<'d> {
    /// Stable id.
    ///
    /// ```
    /// assert_eq!(facts::source("other-assessments").unwrap().id(), "other-assessments");
    /// ```
    pub fn id(self) -> &'d SourceId {
        &self.record.id
    }

    /// The source as the report names it ("Later South Korean briefings").
    ///
    /// ```
    /// assert_eq!(facts::source("other-assessments").unwrap().name(), "Other assessments");
    /// ```
    pub fn name(self) -> &'d str {
        &self.record.name
    }

    /// What kind of source.
    ///
    /// ```
    /// let source = facts::source("other-assessments").unwrap();
    /// assert_eq!(source.kind(), facts::SourceKind::Assessment);
    /// ```
    pub fn kind(self) -> SourceKind {
        self.record.kind
    }

    /// The actors behind the source, where the report says: none, one, or several
    /// ("repeated by South Korean and Western agencies").
    ///
    /// ```
    /// let yu = facts::source("yu-yong-weon").unwrap().actors();
    /// assert_eq!(yu.get(0).unwrap().name(), "Yu Yong-weon");
    /// assert_eq!(facts::source("one-set-of-reports").unwrap().actors().len(), 2);
    /// ```
    pub fn actors(self) -> Records<'d, Actor<'d>> {
        Records::named(self.dataset, &self.record.actors)
    }

    /// `Some(false)` where the report says the source cannot be confirmed independently,
    /// `Some(true)` where it says it can, `None` where it says neither.
    ///
    /// ```
    /// assert!(facts::sources().iter().any(|s| s.confirmable() == Some(false)));
    /// ```
    pub fn confirmable(self) -> Option<bool> {
        self.record.confirmable
    }

    /// Where the report introduces the source.
    ///
    /// ```
    /// assert!(!facts::source("other-assessments").unwrap().quote().text().is_empty());
    /// ```
    pub fn quote(self) -> Quote<'d> {
        Quote::new(self.dataset, &self.record.quote)
    }

    /// The figures this source gives (the estimates whose [`Estimate::source`] it is).
    ///
    /// ```
    /// let other = facts::source("other-assessments").unwrap();
    /// let values: Vec<u64> = other.estimates().iter().map(|e| e.value()).collect();
    /// assert_eq!(values, [600, 4_000]);
    /// ```
    pub fn estimates(self) -> Records<'d, Estimate<'d>> {
        self.referrers(Referrers::SourceEstimates)
    }

    /// The claims this source makes (those whose [`Claim::source`] it is).
    ///
    /// ```
    /// let yu = facts::source("yu-yong-weon").unwrap();
    /// assert!(yu.claims().iter().any(|c| c.id() == "death-sentence"));
    /// ```
    pub fn claims(self) -> Records<'d, Claim<'d>> {
        self.referrers(Referrers::SourceClaims)
    }

    /// The events this source reports (those whose [`Event::sources`] name it).
    ///
    /// ```
    /// let yu = facts::source("yu-yong-weon").unwrap();
    /// assert_eq!(yu.events().get(0).unwrap().id(), "february-visit");
    /// ```
    pub fn events(self) -> Records<'d, Event<'d>> {
        self.referrers(Referrers::SourceEvents)
    }
}

impl<'d> Claim<'d> {
    /// Stable id.
    ///
    /// ```
    /// assert_eq!(facts::claim("death-sentence").unwrap().id(), "death-sentence");
    /// ```
    pub fn id(self) -> &'d ClaimId {
        &self.record.id
    }

    /// A faithful paraphrase of what was claimed.
    ///
    /// ```
    /// assert!(!facts::claim("death-sentence").unwrap().text().is_empty());
    /// ```
    pub fn text(self) -> &'d str {
        &self.record.text
    }

    /// Who claims it.
    ///
    /// ```
    /// assert_eq!(facts::claim("death-sentence").unwrap().source().name(), "Yu Yong-weon");
    /// ```
    pub fn source(self) -> Source<'d> {
        referent(self.dataset, self.record.source.as_str())
    }

    /// When it was claimed, if the report says.
    ///
    /// ```
    /// assert!(facts::claims().iter().any(|c| c.date().is_some()));
    /// ```
    pub fn date(self) -> Option<Date> {
        self.record.date
    }

    /// Who the claim is about.
    ///
    /// ```
    /// assert!(facts::claims().iter().any(|c| !c.about().is_empty()));
    /// ```
    pub fn about(self) -> Records<'d, Actor<'d>> {
        Records::named(self.dataset, &self.record.about)
    }

    /// How firmly the report attributes it.
    ///
    /// ```
    /// let claim = facts::claim("death-sentence").unwrap();
    /// assert_eq!(claim.status(), facts::ClaimStatus::Stated);
    /// ```
    pub fn status(self) -> ClaimStatus {
        self.record.status
    }

    /// The words of the report that carry the claim.
    ///
    /// ```
    /// assert!(!facts::claim("death-sentence").unwrap().quote().text().is_empty());
    /// ```
    pub fn quote(self) -> Quote<'d> {
        Quote::new(self.dataset, &self.record.quote)
    }

    /// Where the report makes the same statement again, in order: one claim, several quotes.
    ///
    /// ```
    /// let claim = facts::claim("willing-to-receive").unwrap();
    /// assert!(claim.restated().iter().any(|q| q.text().contains("if all conditions are met")));
    /// ```
    pub fn restated(self) -> Quotes<'d> {
        Quotes {
            dataset: self.dataset,
            list: QuoteList::Stored(&self.record.restated),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Walks a list of `len` items from both ends in turn, checking each against `get` and
    /// the count left at every step, then that nothing lies past either end.
    fn walk_both<T: PartialEq + fmt::Debug>(
        mut iter: impl DoubleEndedIterator<Item = T> + ExactSizeIterator,
        len: usize,
        get: impl Fn(usize) -> Option<T>,
    ) {
        let (mut front, mut back) = (0, len);
        for step in 0..len {
            assert_eq!(iter.len(), back - front);
            if step % 2 == 0 {
                assert_eq!(iter.next(), get(front));
                front += 1;
            } else {
                back -= 1;
                assert_eq!(iter.next_back(), get(back));
            }
        }
        assert_eq!(iter.len(), 0);
        assert_eq!(iter.next(), None);
        assert_eq!(iter.next_back(), None);
        assert_eq!(iter.next(), None);
        assert_eq!(get(len), None);
    }

    fn walk<'d, R: Record<'d> + PartialEq + fmt::Debug>(records: Records<'d, R>) {
        walk_both(records.iter(), records.len(), |at| records.get(at));
    }

    #[test]
    fn lists_of_every_kind_iterate_from_both_ends() {
        let facts = Dataset::builtin();
        walk(facts.estimates());
        walk(facts.sources());
        let capture = facts.event("capture").unwrap();
        assert_eq!(capture.actors().len(), 2);
        walk(capture.actors());
        let estimate = facts.estimate("troops-about-15000").unwrap();
        assert_eq!(estimate.reported_with().len(), 2);
        walk(estimate.reported_with());
    }

    #[test]
    fn an_empty_list_has_no_first_or_last() {
        let facts = Dataset::builtin();
        let by_position: Records<'_, Estimate<'_>> = Records::at(facts, &[]);
        let by_id: Records<'_, Actor<'_>> = Records::named(facts, &[]);
        assert!(by_position.is_empty() && by_id.is_empty());
        assert_eq!((by_position.first(), by_position.last()), (None, None));
        assert_eq!((by_id.first(), by_id.last()), (None, None));
        walk(by_position);
        walk(by_id);
    }

    #[test]
    fn lists_are_equal_when_they_hold_the_same_records_in_order() {
        let facts = Dataset::builtin();
        let all = facts.estimates();
        assert_eq!(all.len(), 5);
        assert_eq!(all, Records::<Estimate<'_>>::at(facts, &[0, 1, 2, 3, 4]));
        for other in [
            &[0, 1, 2, 3][..],
            &[0, 1, 2, 4, 3],
            &[0, 1, 2, 3, 4, 4],
            &[],
        ] {
            let other = Records::<Estimate<'_>>::at(facts, other);
            assert_ne!(all, other, "{other:?}");
            assert_ne!(other, all, "{other:?}");
        }
    }

    #[test]
    fn a_list_prints_as_its_records() {
        let actors = Dataset::builtin().event("capture").unwrap().actors();
        let records: Vec<Actor<'_>> = actors.iter().collect();
        assert_eq!(format!("{actors:?}"), format!("{records:?}"));
        assert!(format!("{actors:?}").contains("Actor"), "{actors:?}");
    }

    fn walk_quotes(quotes: Quotes<'_>) {
        walk_both(quotes.iter(), quotes.len(), |at| quotes.get(at));
        assert_eq!(quotes.is_empty(), quotes.list.len() == 0);
        assert_eq!(quotes.first(), quotes.get(0));
        let last = quotes.len().checked_sub(1).and_then(|at| quotes.get(at));
        assert_eq!(quotes.last(), last);
    }

    #[test]
    fn a_claims_stored_quotes_iterate_from_both_ends() {
        let restated = crate::claim("both-directly-asked").unwrap().restated();
        assert_eq!(restated.len(), 2);
        walk_quotes(restated);
        assert_eq!(
            restated.last().unwrap().text(),
            "is how he summarized their final message to the producer"
        );
    }

    #[test]
    fn quotes_of_any_length_iterate_from_both_ends() {
        let facts = Dataset::builtin();
        // Every estimate's restatement, one each: five quotes to take lists of from.
        let spans = &facts.estimates.restated[..];
        assert_eq!(spans.len(), 5);
        for n in [0, 1, 2, 5] {
            let quotes = Quotes {
                dataset: facts,
                list: QuoteList::Spans(&spans[..n]),
            };
            assert_eq!(quotes.len(), n);
            walk_quotes(quotes);
        }
        let all = Quotes {
            dataset: facts,
            list: QuoteList::Spans(spans),
        };
        assert!(!all.is_empty());
        assert_eq!(
            all.first().unwrap().text(),
            "more than 10,000 troops sent in 2024"
        );
        assert_eq!(all.last().unwrap().text(), "over 4,000 wounded");
    }

    #[test]
    fn quotes_compare_and_print_as_their_quotes() {
        let facts = Dataset::builtin();
        let spans = &facts.estimates.restated[..];
        let quotes = |spans| Quotes {
            dataset: facts,
            list: QuoteList::Spans(spans),
        };
        let copy = spans.to_vec();
        assert_eq!(quotes(spans), quotes(&copy));
        let swapped = [spans[1], spans[0], spans[2], spans[3], spans[4]];
        for other in [&spans[..4], &swapped[..], &[]] {
            assert_ne!(quotes(spans), quotes(other), "{other:?}");
            assert_ne!(quotes(other), quotes(spans), "{other:?}");
        }
        let listed: Vec<Quote<'_>> = quotes(spans).iter().collect();
        assert_eq!(format!("{:?}", quotes(spans)), format!("{listed:?}"));
        assert_eq!(format!("{:?}", quotes(spans).iter()), format!("{listed:?}"));
        assert!(format!("{listed:?}").contains("around 600 dead"));
        let iter = facts.estimates().iter();
        assert_eq!(format!("{iter:?}"), "Iter { next: 0, end: 5 }");
    }

    #[test]
    fn an_estimate_prints_its_fields() {
        let estimate = Dataset::builtin().estimate("killed-about-600").unwrap();
        let printed = format!("{estimate:?}");
        for part in [
            "Estimate {",
            "\"killed-about-600\"",
            "value: 600",
            "qualifier: About",
            "\"other-assessments\"",
            "around 600 dead",
        ] {
            assert!(printed.contains(part), "{part} in {printed}");
        }
    }

    #[test]
    fn first_and_last_are_the_ends() {
        let sources = Dataset::builtin().sources();
        assert!(sources.len() > 1);
        assert_eq!(sources.first(), sources.iter().next());
        assert_eq!(sources.last(), sources.iter().next_back());
        assert_ne!(sources.first(), sources.last());
    }
}
