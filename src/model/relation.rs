//! How two dates' intervals lie against each other, answered for either order.

use std::cmp::Ordering;

use crate::model::date::Date;

/// Where one [`Date`]'s interval of days lies against another's: what [`Date::relate`]
/// answers.
///
/// Every pair of dates stands in exactly one relation, and swapping the dates gives its
/// [`converse`](Relation::converse): if `a` is `Within` `b`, then `b` `Contains` `a`.
///
/// ```
/// use facts::{Date, Relation};
/// let late_october: Date = "late October 2025".parse().unwrap();
/// let october: Date = "2025-10".parse().unwrap();
/// assert_eq!(late_october.relate(&october), Relation::Within);
/// assert_eq!(october.relate(&late_october), Relation::Contains);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// It ends before the other begins.
    Before,
    /// It begins after the other ends.
    After,
    /// Both mean the same days.
    Same,
    /// It lies inside the other, which has days it has not.
    Within,
    /// The other lies inside it, which has days the other has not.
    Contains,
    /// They share days, and each has days the other has not: the words allow either order.
    ///
    /// Two [`Date`]s never do: the parts of a year and of a month are cut so that they nest
    /// (a month lies in one part of its year, a day in one part of its month). An interval
    /// that crosses them, such as a range of dates, would.
    Overlaps,
}

impl Relation {
    /// The relation with the dates swapped.
    ///
    /// ```
    /// use facts::Relation;
    /// assert_eq!(Relation::Before.converse(), Relation::After);
    /// assert_eq!(Relation::Within.converse(), Relation::Contains);
    /// assert_eq!(Relation::Overlaps.converse(), Relation::Overlaps);
    /// ```
    pub fn converse(self) -> Relation {
        match self {
            Relation::Before => Relation::After,
            Relation::After => Relation::Before,
            Relation::Within => Relation::Contains,
            Relation::Contains => Relation::Within,
            Relation::Same => Relation::Same,
            Relation::Overlaps => Relation::Overlaps,
        }
    }

    /// The order of the two dates where it is certain: `Less` before, `Greater` after, `Equal`
    /// for the same days; `None` where the intervals share some days but not all.
    ///
    /// ```
    /// use std::cmp::Ordering;
    /// use facts::Relation;
    /// assert_eq!(Relation::Before.ordering(), Some(Ordering::Less));
    /// assert_eq!(Relation::Within.ordering(), None);
    /// ```
    pub fn ordering(self) -> Option<Ordering> {
        match self {
            Relation::Before => Some(Ordering::Less),
            Relation::After => Some(Ordering::Greater),
            Relation::Same => Some(Ordering::Equal),
            Relation::Within | Relation::Contains | Relation::Overlaps => None,
        }
    }
}

impl Date {
    /// Where the interval of `self` lies against the interval of `other`.
    ///
    /// Swapping the dates gives the [converse](Relation::converse), so the answer does not
    /// depend on which date is asked first.
    ///
    /// ```
    /// use facts::{Date, Relation};
    /// let late_october: Date = "late October 2025".parse().unwrap();
    /// let october: Date = "2025-10".parse().unwrap();
    /// let the_28th: Date = "2025-10-28".parse().unwrap();
    /// assert_eq!(late_october.relate(&october), Relation::Within);
    /// assert_eq!(october.relate(&late_october), Relation::Contains);
    /// assert_eq!(late_october.relate(&the_28th), Relation::Contains, "the report gives no day");
    /// assert_eq!(october.relate(&"November 2025".parse().unwrap()), Relation::Before);
    /// ```
    pub fn relate(&self, other: &Date) -> Relation {
        let (a, b) = (
            (self.earliest(), self.latest()),
            (other.earliest(), other.latest()),
        );
        if a.1 < b.0 {
            Relation::Before
        } else if a.0 > b.1 {
            Relation::After
        } else if a == b {
            Relation::Same
        } else if a.0 >= b.0 && a.1 <= b.1 {
            Relation::Within
        } else if b.0 >= a.0 && b.1 <= a.1 {
            Relation::Contains
        } else {
            Relation::Overlaps
        }
    }

    /// Where `self` lies against a query's literal, as the language's comparisons read it:
    /// `Equal` when every day `self` can mean lies within the literal, `Less` or `Greater`
    /// when all lie before or after it, `None` otherwise.
    pub(crate) fn place_in(&self, literal: &Date) -> Option<Ordering> {
        match self.relate(literal) {
            Relation::Same | Relation::Within => Some(Ordering::Equal),
            relation => relation.ordering(),
        }
    }
}
