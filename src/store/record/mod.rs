//! Records as a dataset hands them out: small `Copy` handles that read their fields from the
//! dataset they belong to, and follow references to other records through it.
//!
//! A handle is a dataset and a place in it, so how the dataset lays its records out stays its
//! own affair: the records of a large dataset can be kept in columns without changing what a
//! caller writes. A field that refers to another record gives that record's handle, not its id.

// The accessors first, so that the docs list a record's fields before what refers to it.
mod actor;
mod estimate;
pub(crate) mod field;
mod quote;
mod records;
mod report;
mod source;
#[cfg(test)]
mod tests;

use crate::model::{self, ActorId, ClaimId, EventId, ReportId, SourceId};
use crate::store::data::Dataset;
use crate::store::referrers::Referrers;

pub use estimate::Estimate;
pub use quote::{Quote, QuoteIter, Quotes};
pub use records::{Iter, Records};

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

/// Defines a record handle: the struct, how it is found, and the traits every record has
/// (comparison reads the stored record; `Debug` follows from the record's declaration, in
/// `field`; `Serialize` is in `record_json`).
macro_rules! handle {
    ($(#[$meta:meta])* $name:ident, $record:ident, $id:ident, $stored:ident, $find:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name<'d> {
            dataset: &'d Dataset,
            pub(crate) record: &'d model::$record,
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
                let this = self.record as *const model::$record as usize;
                (this - start) / std::mem::size_of::<model::$record>()
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
    };
}

handle!(
    /// A report: the document every quote points into.
    ///
    /// ```
    /// let report = facts::reports().first().unwrap();
    /// assert!(report.text().contains("Yu Yong-weon"));
    /// ```
    Report, StoredReport, ReportId, reports, report_position
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
    Actor, StoredActor, ActorId, actors, actor_position
);

handle!(
    /// Something that happened, with when and where as precisely as the report says.
    ///
    /// ```
    /// let visit = facts::event("february-visit").unwrap();
    /// assert_eq!(visit.date().unwrap().to_string(), "February [2025]");
    /// ```
    Event, StoredEvent, EventId, events, event_position
);

handle!(
    /// Who a fact comes from, and whether the report says it can be checked.
    ///
    /// ```
    /// let source = facts::source("other-assessments").unwrap();
    /// assert_eq!(source.kind(), facts::SourceKind::Assessment);
    /// assert!(source.actors().is_empty(), "the report does not say whose assessments");
    /// ```
    Source, StoredSource, SourceId, sources, source_position
);

handle!(
    /// A statement the report attributes to a source.
    ///
    /// ```
    /// let claim = facts::claim("death-sentence").unwrap();
    /// assert_eq!(claim.source().id(), "yu-yong-weon");
    /// ```
    Claim, StoredClaim, ClaimId, claims, claim_position
);

/// Looks up the record a stored reference names. A checked dataset has one for every
/// reference, so a missing one is a bug in the checks.
fn referent<'d, R: Record<'d>>(dataset: &'d Dataset, id: &str) -> R {
    R::find(dataset, id).unwrap_or_else(|| unreachable!("a checked dataset has record {id:?}"))
}
