//! A report as quotes, and the records it holds; its fields are declared with its record.

use std::ops::Range;

use crate::store::columnar::QuoteSpan;

use crate::store::referrers::Referrers;

use super::*;

impl<'d> Report<'d> {
    /// The whole text as a quote: what a report row of an answer points to.
    pub(crate) fn whole(self) -> Quote<'d> {
        self.span(0..self.record.text.len())
    }

    /// A span of the text, in bytes, as a quote.
    pub(crate) fn span(self, range: Range<usize>) -> Quote<'d> {
        let span = QuoteSpan {
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
