//! An actor's fields, and the records that refer to it.

use crate::model::{ActorId, ActorKind};
use crate::store::referrers::Referrers;

use super::*;

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
