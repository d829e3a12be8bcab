//! The records that refer to an actor; its fields are declared with its record.

use crate::store::referrers::Referrers;

use super::*;

impl<'d> Actor<'d> {
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
