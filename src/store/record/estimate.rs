//! An estimate's handle: a place in the columns a dataset keeps estimates in, compared and
//! written as JSON field by field, and the bounds its wording implies.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::model::stored::names::*;
use crate::store::data::Dataset;

use super::field::Shown;
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
    pub(super) dataset: &'d Dataset,
    pub(super) at: usize,
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

/// Writes an estimate's comparison and JSON from its record's declaration
/// (`crate::model::stored`): every field in its order, references as the ids they name, and in
/// JSON the bounds after the qualifier, which follow from it and the figure.
macro_rules! estimate_traits {
    (
        () [$($meta:tt)*] $stored:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        /// Estimates are equal when every field is, references compared by the ids they name.
        impl PartialEq<Estimate<'_>> for Estimate<'_> {
            fn eq(&self, other: &Estimate<'_>) -> bool {
                self.id() == other.id() $(&& self.$field().shown() == other.$field().shown())*
            }
        }

        /// With its bounds (`low`, `high`), which follow from the figure and qualifier;
        /// references as the ids they name.
        impl Serialize for Estimate<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let fields = [$(stringify!($field), $(stringify!($dfield),)*)*];
                let mut s = serializer.serialize_struct("Estimate", 1 + fields.len())?;
                s.serialize_field("id", self.id())?;
                $(
                    s.serialize_field(stringify!($field), &self.$field().shown())?;
                    $(s.serialize_field(stringify!($dfield), &self.$dfield().shown())?;)*
                )*
                s.end()
            }
        }
    };
}

crate::model::stored::estimate_record!(estimate_traits!());

impl Eq for Estimate<'_> {}

impl<'d> Estimate<'d> {
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
}
