//! Estimates, read from the columns a dataset keeps them in.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::store::columnar::Estimates;

use crate::model::{Bound, Date, EstimateId, Measure, Qualifier, Topic};
use crate::store::data::Dataset;

use super::quote::QuoteList;
use super::*;

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

impl<'d> Estimate<'d> {
    fn columns(self) -> &'d Estimates {
        &self.dataset.estimates
    }

    /// The estimate as loading builds it, for tests that make datasets of their own.
    #[cfg(test)]
    pub(crate) fn to_stored(self) -> model::StoredEstimate {
        let quote = |q: Quote<'_>| model::StoredQuote {
            report: q.report().id().clone(),
            start: q.start(),
            end: q.end(),
            text: q.text().into(),
        };
        model::StoredEstimate {
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
        columns.period[self.at].map(|p| columns.periods[p.get()].as_str())
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
        // A checked estimate's source is among the dataset's.
        let at = self.columns().source[self.at].expect("a checked estimate names its source");
        Source::at(self.dataset, at.get())
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
