//! Some records of one kind, and iterating over them.

use std::fmt;
use std::iter::FusedIterator;

use serde::{Serialize, Serializer};

use crate::store::data::Dataset;

use super::*;

/// Some records of one kind from one dataset, in order: a whole collection
/// ([`Dataset::estimates`]), or the records a list field names ([`Event::actors`]).
///
/// ```
/// let estimates = facts::estimates();
/// assert_eq!(estimates.len(), 5);
/// assert_eq!(estimates.get(0).unwrap().id(), "troops-more-than-10000");
/// assert_eq!(estimates.iter().filter(|e| e.value() > 5_000).count(), 2);
/// ```
pub struct Records<'d, R: Record<'d>> {
    dataset: &'d Dataset,
    list: List<'d, R::Id>,
}

// Not derived: a derive would ask the id type to be `Copy` too.
impl<'d, R: Record<'d>> Clone for Records<'d, R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<'d, R: Record<'d>> Copy for Records<'d, R> {}

enum List<'d, I> {
    /// The first `n` records of the collection.
    All(usize),
    /// The records with these ids.
    Ids(&'d [I]),
    /// The records at these positions.
    Positions(&'d [u32]),
}

impl<I> Clone for List<'_, I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I> Copy for List<'_, I> {}

impl<'d, R: Record<'d>> Records<'d, R> {
    /// Every record of its kind in `dataset`.
    pub(crate) fn all(dataset: &'d Dataset) -> Records<'d, R> {
        Records {
            dataset,
            list: List::All(R::count(dataset)),
        }
    }

    /// The records `ids` name, in their order.
    pub(crate) fn named(dataset: &'d Dataset, ids: &'d [R::Id]) -> Records<'d, R> {
        Records {
            dataset,
            list: List::Ids(ids),
        }
    }

    /// The records at `positions`, in their order.
    pub(crate) fn at(dataset: &'d Dataset, positions: &'d [u32]) -> Records<'d, R> {
        Records {
            dataset,
            list: List::Positions(positions),
        }
    }

    /// How many records there are.
    ///
    /// ```
    /// assert_eq!(facts::event("capture").unwrap().actors().len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        match self.list {
            List::All(n) => n,
            List::Ids(ids) => ids.len(),
            List::Positions(positions) => positions.len(),
        }
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(!facts::event("capture").unwrap().actors().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The record at `index`, counting from 0.
    ///
    /// ```
    /// assert_eq!(facts::reports().get(0).unwrap().year(), 2025);
    /// assert!(facts::reports().get(1).is_none());
    /// ```
    pub fn get(&self, index: usize) -> Option<R> {
        match self.list {
            List::All(n) => (index < n).then(|| R::at(self.dataset, index)),
            // A checked dataset has a record for every id it refers to.
            List::Ids(ids) => R::find(self.dataset, ids.get(index)?.as_ref()),
            List::Positions(positions) => {
                Some(R::at(self.dataset, *positions.get(index)? as usize))
            }
        }
    }

    /// The first record, if there is one.
    ///
    /// ```
    /// assert_eq!(facts::reports().first().unwrap().year(), 2025);
    /// ```
    pub fn first(&self) -> Option<R> {
        self.get(0)
    }

    /// The last record, if there is one.
    ///
    /// ```
    /// let actors = facts::event("capture").unwrap().actors();
    /// assert_eq!(actors.last(), actors.get(actors.len() - 1));
    /// ```
    pub fn last(&self) -> Option<R> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The records in order.
    ///
    /// ```
    /// let names: Vec<&str> = facts::sources().iter().map(|s| s.name()).take(2).collect();
    /// assert_eq!(names.len(), 2);
    /// ```
    pub fn iter(&self) -> Iter<'d, R> {
        Iter {
            records: *self,
            next: 0,
            end: self.len(),
        }
    }
}

/// Records are equal when they hold equal records in the same order.
impl<'d, 'e, R: Record<'d> + PartialEq<S>, S: Record<'e>> PartialEq<Records<'e, S>>
    for Records<'d, R>
{
    fn eq(&self, other: &Records<'e, S>) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<'d, R: Record<'d> + fmt::Debug> fmt::Debug for Records<'d, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'d, R: Record<'d> + Serialize> Serialize for Records<'d, R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'d, R: Record<'d>> IntoIterator for Records<'d, R> {
    type Item = R;
    type IntoIter = Iter<'d, R>;

    fn into_iter(self) -> Iter<'d, R> {
        self.iter()
    }
}

impl<'d, R: Record<'d>> IntoIterator for &Records<'d, R> {
    type Item = R;
    type IntoIter = Iter<'d, R>;

    fn into_iter(self) -> Iter<'d, R> {
        self.iter()
    }
}

/// The records of a [`Records`], in order, from either end. It knows how many are left: a
/// dataset is checked when it is made, so every id it refers to names a record.
///
/// ```
/// let mut sources = facts::sources().iter();
/// assert_eq!(sources.len(), facts::sources().len());
/// let last = sources.next_back().unwrap();
/// assert_eq!(Some(last), facts::sources().get(facts::sources().len() - 1));
/// assert_eq!(sources.len(), facts::sources().len() - 1);
/// ```
pub struct Iter<'d, R: Record<'d>> {
    records: Records<'d, R>,
    next: usize,
    end: usize,
}

impl<'d, R: Record<'d>> Clone for Iter<'d, R> {
    fn clone(&self) -> Self {
        Iter {
            records: self.records,
            next: self.next,
            end: self.end,
        }
    }
}

impl<'d, R: Record<'d>> Iterator for Iter<'d, R> {
    type Item = R;

    fn next(&mut self) -> Option<R> {
        while self.next < self.end {
            self.next += 1;
            if let Some(record) = self.records.get(self.next - 1) {
                return Some(record);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.end - self.next;
        (left, Some(left))
    }
}

impl<'d, R: Record<'d>> ExactSizeIterator for Iter<'d, R> {}

impl<'d, R: Record<'d>> FusedIterator for Iter<'d, R> {}

impl<'d, R: Record<'d>> DoubleEndedIterator for Iter<'d, R> {
    fn next_back(&mut self) -> Option<R> {
        while self.next < self.end {
            self.end -= 1;
            if let Some(record) = self.records.get(self.end) {
                return Some(record);
            }
        }
        None
    }
}

impl<'d, R: Record<'d> + fmt::Debug> fmt::Debug for Iter<'d, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Iter")
            .field("next", &self.next)
            .field("end", &self.end)
            .finish()
    }
}
