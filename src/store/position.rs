//! A place among records, or among a column's distinct values, in four bytes.

use std::num::NonZeroU32;

/// The place of a record among its collection's records, or of a value among the distinct
/// values a column keeps once.
///
/// Four bytes, and so is `Option<Position>` (`NonZeroU32` leaves zero free for `None`): a
/// column of places where some records have none costs no more than a column of `u32`, and
/// "none" is `None`, never a number that could be read as a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Position(NonZeroU32);

impl Position {
    /// The place `at`; `None` past the last place four bytes hold (`u32::MAX - 1`).
    pub(crate) fn new(at: usize) -> Option<Position> {
        let stored = u32::try_from(at).ok()?.checked_add(1)?;
        NonZeroU32::new(stored).map(Position)
    }

    /// The place, counted from 0.
    pub(crate) fn get(self) -> usize {
        self.0.get() as usize - 1
    }

    /// Where a place sits in a table that keeps a slot for "none" first: 0 for `None`, the
    /// place plus one otherwise (the four bytes as they are kept), so a scan indexes the table
    /// with no branch.
    pub(crate) fn slot(position: Option<Position>) -> usize {
        position.map_or(0, |p| p.0.get() as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_and_its_absence_take_four_bytes() {
        assert_eq!(size_of::<Option<Position>>(), 4);
        assert_eq!(Position::new(0).unwrap().get(), 0);
        let last = u32::MAX as usize - 1;
        assert_eq!(Position::new(last).unwrap().get(), last);
        assert_eq!(Position::new(last + 1), None);
        assert_eq!(Position::new(usize::MAX), None);
        assert_eq!(Position::slot(None), 0);
        assert_eq!(Position::slot(Position::new(0)), 1);
    }
}
