//! A claim's fields.

use crate::model::{ClaimId, ClaimStatus, Date};

use super::quote::QuoteList;
use super::*;

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
