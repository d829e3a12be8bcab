//! An event's fields.

use crate::model::{Date, EventId};

use super::*;

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
