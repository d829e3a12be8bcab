//! The collections of records and the vocabularies their fields take words from: named here,
//! below every stage, so that the checks of the fact files and the query language speak of
//! them in the same types.

use std::fmt;

use serde::Serialize;

use crate::model::{ActorKind, ClaimStatus, Measure, Qualifier, SourceKind, Topic};

/// A collection of records a query asks about.
///
/// ```
/// use facts::Collection;
/// assert_eq!("ESTIMATES".parse(), Ok(Collection::Estimates));
/// assert!(Collection::Estimates.fields().iter().any(|f| f.name == "topic"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Collection {
    /// People, groups, organisations, governments.
    Actors,
    /// Things that happened.
    Events,
    /// Figures about the deployment and its losses.
    Estimates,
    /// Who facts come from.
    Sources,
    /// Attributed statements.
    Claims,
    /// The reports the records quote: the documents themselves.
    Reports,
}

impl Collection {
    /// Every collection.
    ///
    /// ```
    /// assert_eq!(facts::Collection::ALL.len(), 6);
    /// ```
    pub const ALL: [Collection; 6] = [
        Collection::Actors,
        Collection::Events,
        Collection::Estimates,
        Collection::Sources,
        Collection::Claims,
        Collection::Reports,
    ];

    /// The collection's name in queries.
    ///
    /// ```
    /// assert_eq!(facts::Collection::Claims.name(), "claims");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Collection::Actors => "actors",
            Collection::Events => "events",
            Collection::Estimates => "estimates",
            Collection::Sources => "sources",
            Collection::Claims => "claims",
            Collection::Reports => "reports",
        }
    }

    /// The collection a name means, ignoring ASCII case (callers outside the crate `parse`).
    pub(crate) fn from_name(name: &str) -> Option<Collection> {
        Collection::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }

    pub(crate) fn names() -> String {
        Collection::ALL.map(Collection::name).join(", ")
    }
}

impl fmt::Display for Collection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// A closed vocabulary a field takes its values from.
///
/// ```
/// assert!(facts::Vocabulary::Topic.words().contains(&"casualties"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vocabulary {
    /// [`ActorKind`].
    ActorKind,
    /// [`Topic`].
    Topic,
    /// [`Measure`].
    Measure,
    /// [`Qualifier`].
    Qualifier,
    /// [`SourceKind`].
    SourceKind,
    /// [`ClaimStatus`].
    ClaimStatus,
}

impl Vocabulary {
    /// The words, in declaration order (the order `order by` sorts them in).
    ///
    /// ```
    /// assert_eq!(facts::Vocabulary::Measure.words(), ["troops", "killed", "wounded"]);
    /// ```
    pub fn words(self) -> &'static [&'static str] {
        match self {
            Vocabulary::ActorKind => ActorKind::WORDS,
            Vocabulary::Topic => Topic::WORDS,
            Vocabulary::Measure => Measure::WORDS,
            Vocabulary::Qualifier => Qualifier::WORDS,
            Vocabulary::SourceKind => SourceKind::WORDS,
            Vocabulary::ClaimStatus => ClaimStatus::WORDS,
        }
    }
}
