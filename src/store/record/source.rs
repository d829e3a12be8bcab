//! The records that refer to a source; its fields are declared with its record.

use crate::store::referrers::Referrers;

use super::*;

impl<'d> Source<'d> {
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
