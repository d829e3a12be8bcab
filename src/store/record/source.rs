//! A source's fields, and the records that refer to it.

use crate::model::{SourceId, SourceKind};
use crate::store::referrers::Referrers;

use super::*;

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
