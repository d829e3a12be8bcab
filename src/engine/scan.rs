//! Filters answered from columns: in a large collection, the tests a filter requires of a
//! field the dataset keeps as a column are answered a block of records at a time, from the
//! column alone, and only the records they admit are read.

use crate::engine::compare::{passes, passes_number};
use crate::engine::eval::Eval;
use crate::model::collection::Collection;
use crate::model::word::Word;
use crate::plan::{Cond, Op, Operand, Test};
use crate::store::data::{self, Dataset, NO_WORD, Words};
use crate::store::position::Position;
use crate::store::schema::{FieldType, Row, Value};

impl<'d> Eval<'d> {
    /// Calls `f` with every record of a large collection that the scans admit and the rest
    /// of the filter holds for, in order.
    pub(super) fn scanned(
        &self,
        collection: Collection,
        scans: &[Scan<'d, '_>],
        rest: &[&Cond],
        mut f: impl FnMut(Row<'d>),
    ) {
        let holds = |row| rest.iter().all(|c| self.holds(row, c));
        let records = RowsByPosition::of(self.dataset, collection);
        if scans.is_empty() {
            for i in 0..records.len() {
                let row = records.get(i);
                if holds(row) {
                    f(row);
                }
            }
            return;
        }
        in_blocks(scans, records.len(), |i| {
            let row = records.get(i);
            if holds(row) {
                f(row);
            }
        });
    }

    /// How many records of a collection a filter lets through: what [`Eval::matching`] would
    /// pass on, counted; where columns answer the whole filter, a block's count is the number
    /// of its bits set.
    pub(super) fn count(&self, collection: Collection, filter: Option<&Cond>) -> usize {
        let Some(filter) = filter else {
            return self.dataset.len(collection);
        };
        let mut count = 0;
        if !self.dataset.columnar(collection) {
            self.matching(collection, Some(filter), |_| count += 1);
            return count;
        }
        let (scans, rest) = self.plan(filter);
        if scans.is_empty() || !rest.is_empty() {
            self.scanned(collection, &scans, &rest, |_| count += 1);
            return count;
        }
        blocks(&scans, self.dataset.len(collection), |_, mask| {
            count += mask.iter().map(|w| w.count_ones() as usize).sum::<usize>();
        });
        count
    }

    /// The parts of a filter that columns answer, cheapest first, and the parts that are
    /// tested record by record.
    pub(super) fn plan<'q>(&self, filter: &'q Cond) -> (Vec<Scan<'d, 'q>>, Vec<&'q Cond>) {
        let parts = match filter {
            Cond::And(parts) => parts.iter().collect(),
            other => vec![other],
        };
        let mut scans: Vec<Scan<'d, 'q>> = Vec::new();
        let mut rest: Vec<&Cond> = Vec::new();
        for part in parts {
            match self.scan(part) {
                Some(scan) => scans.push(scan),
                None => rest.push(part),
            }
        }
        scans.sort_by_key(Scan::cost);
        (scans, rest)
    }

    /// A test that columns can answer: of a field of the record itself, or of a path that
    /// starts with a reference to one record (`source.kind`).
    pub(super) fn scan<'q>(&self, cond: &'q Cond) -> Option<Scan<'d, 'q>> {
        let Cond::Test(test) = cond else { return None };
        let (&first, rest) = test.path.0.split_first()?;
        match (self.dataset.column(first)?, first.field().ty) {
            (data::Column::Words(ranks), FieldType::Enum(vocabulary)) if rest.is_empty() => {
                // Whether the test passes for each word of the vocabulary, by rank, and for
                // a record without one.
                let mut passing = Box::<Ranks>::default();
                for rank in 0..vocabulary.words().len() {
                    let rank = u8::try_from(rank).ok().filter(|&r| r != NO_WORD)?;
                    let word = Word::from_rank(vocabulary, rank)?;
                    passing.set(rank, passes(test, &Value::Word(word)));
                }
                passing.set(NO_WORD, passes(test, &Value::Missing));
                Some(Scan::Words { ranks, passing })
            }
            (data::Column::Numbers(numbers), _) if rest.is_empty() => {
                Some(match NumberRange::of(test) {
                    Some(range) => Scan::Range { numbers, range },
                    None => Scan::Numbers { numbers, test },
                })
            }
            (data::Column::Positions(positions), FieldType::Ref(target)) if !rest.is_empty() => {
                // The rest of the path is walked once from each record referred to, rather
                // than once from each record referring; worth it while those are fewer.
                if self.dataset.len(target) > positions.len() {
                    return None;
                }
                // Indexed by `Position::slot`: a record referring to nothing first.
                let mut passing = Vec::with_capacity(self.dataset.len(target) + 1);
                passing.push(false);
                self.dataset.each(target, |row| {
                    passing.push(self.any(row, rest, &mut |value| passes(test, value)));
                });
                Some(Scan::Through {
                    positions,
                    passing: passing.into(),
                })
            }
            _ => None,
        }
    }
}

/// Positions a block of the records at a time, as bits of 64-bit words.
const BLOCK: usize = 1024;

/// Calls `f` with the start of each block of `len` records and the bits of the records in
/// it that every scan admits. Each scan sets or clears a word's bits from 64 values in a
/// row, with no branch to mispredict; a word no record of which is left is not read again.
fn blocks(scans: &[Scan<'_, '_>], len: usize, mut f: impl FnMut(usize, &[u64])) {
    let mut mask = [0u64; BLOCK / 64];
    for start in (0..len).step_by(BLOCK) {
        let end = (start + BLOCK).min(len);
        let words = (end - start).div_ceil(64);
        for (s, scan) in scans.iter().enumerate() {
            for (w, word) in mask[..words].iter_mut().enumerate() {
                if s > 0 && *word == 0 {
                    continue;
                }
                let from = start + w * 64;
                let bits = scan.bits(from, (from + 64).min(end));
                *word = if s == 0 { bits } else { *word & bits };
            }
        }
        f(start, &mask[..words]);
    }
}

/// Calls `f` with each position every scan admits, in order.
fn in_blocks(scans: &[Scan<'_, '_>], len: usize, mut f: impl FnMut(usize)) {
    blocks(scans, len, |start, mask| {
        for (w, &word) in mask.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                f(start + w * 64 + bits.trailing_zeros() as usize);
                bits &= bits - 1;
            }
        }
    });
}

/// A test answered from a column.
pub(super) enum Scan<'d, 'q> {
    /// The records' words, and by rank whether the test passes.
    Words {
        ranks: Words<'d>,
        passing: Box<Ranks>,
    },
    /// The records' numbers, and the test.
    Numbers { numbers: &'d [u64], test: &'q Test },
    /// The records' numbers, and the range of numbers the test passes (or fails) for.
    Range {
        numbers: &'d [u64],
        range: NumberRange,
    },
    /// Where each record's referent sits, and by position whether the test passes for the
    /// rest of the path from there. A record referring to nothing fails, as walking the path
    /// from it does.
    Through {
        positions: &'d [Option<Position>],
        passing: Box<[bool]>,
    },
}

impl Scan<'_, '_> {
    /// Whether the scan admits each record from `from` to `to` (at most 64), as bits from
    /// the lowest.
    fn bits(&self, from: usize, to: usize) -> u64 {
        fn pack<T: Copy>(values: &[T], admits: impl Fn(T) -> bool) -> u64 {
            values
                .iter()
                .enumerate()
                .fold(0, |bits, (j, &v)| bits | u64::from(admits(v)) << j)
        }
        match self {
            // One loop per enum type, each reading its own column in place.
            Scan::Words { ranks, passing } => match ranks {
                Words::Ranks(r) => pack(&r[from..to], |r| passing.has(r)),
                Words::Topics(t) => pack(&t[from..to], |t| passing.has(t as u8)),
                Words::Measures(m) => pack(&m[from..to], |m| passing.has(m as u8)),
                Words::Qualifiers(q) => pack(&q[from..to], |q| passing.has(q as u8)),
            },
            Scan::Numbers { numbers, test } => pack(&numbers[from..to], |n| passes_number(test, n)),
            Scan::Range { numbers, range } => pack(&numbers[from..to], |n| range.admits(n)),
            Scan::Through { positions, passing } => pack(&positions[from..to], |p| {
                passing.get(Position::slot(p)).copied().unwrap_or(false)
            }),
        }
    }

    /// What scanning costs, a record: the cheapest scan goes first and narrows the others.
    fn cost(&self) -> u8 {
        match self {
            Scan::Words { .. } => 0,
            Scan::Numbers { .. } | Scan::Range { .. } => 1,
            Scan::Through { .. } => 2,
        }
    }
}

/// A test of a number with one operand, as the numbers from `low` to `high` it passes for
/// (`inside`) or fails for: two comparisons a record, with no operator to match.
#[derive(Clone, Copy)]
pub(super) struct NumberRange {
    low: u64,
    high: u64,
    inside: bool,
}

impl NumberRange {
    pub(super) fn of(test: &Test) -> Option<NumberRange> {
        let [Operand::Number(m)] = test.values[..] else {
            return None;
        };
        let within = |low, high| NumberRange {
            low,
            high,
            inside: true,
        };
        // No number passes: the complement of every number.
        let none = NumberRange {
            low: 0,
            high: u64::MAX,
            inside: false,
        };
        Some(match test.op {
            Op::Eq | Op::In => within(m, m),
            Op::Ne => NumberRange {
                inside: false,
                ..within(m, m)
            },
            Op::Lt => m.checked_sub(1).map_or(none, |m| within(0, m)),
            Op::Le => within(0, m),
            Op::Gt => m.checked_add(1).map_or(none, |m| within(m, u64::MAX)),
            Op::Ge => within(m, u64::MAX),
            Op::Contains => return None,
        })
    }

    #[inline(always)]
    pub(super) fn admits(self, n: u64) -> bool {
        // One comparison, without a branch: below `low` wraps past `high - low`.
        (n.wrapping_sub(self.low) <= self.high - self.low) == self.inside
    }
}

/// A set of word ranks, [`NO_WORD`] included: a flag a rank, so that testing one is a load.
#[derive(Clone, Copy)]
pub(super) struct Ranks([bool; 256]);

impl Default for Ranks {
    fn default() -> Self {
        Ranks([false; 256])
    }
}

impl Ranks {
    fn set(&mut self, rank: u8, on: bool) {
        self.0[usize::from(rank)] = on;
    }

    #[inline(always)]
    fn has(&self, rank: u8) -> bool {
        self.0[usize::from(rank)]
    }
}

/// The records of one collection, by position.
#[derive(Clone, Copy)]
struct RowsByPosition<'d> {
    dataset: &'d Dataset,
    collection: Collection,
}

impl<'d> RowsByPosition<'d> {
    fn of(dataset: &'d Dataset, collection: Collection) -> RowsByPosition<'d> {
        RowsByPosition {
            dataset,
            collection,
        }
    }

    fn len(self) -> usize {
        self.dataset.len(self.collection)
    }

    fn get(self, i: usize) -> Row<'d> {
        Row::at(self.dataset, self.collection, i)
    }
}
