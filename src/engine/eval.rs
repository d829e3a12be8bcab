//! Evaluation: a checked [`Query`] against a [`Dataset`], giving an [`Answer`].
//!
//! The semantics, in one place:
//!
//! - A test on a missing value (`affiliation` of an actor with none) is false, whatever the
//!   operator, `!=` included; `not (...)` is true there.
//! - Text compares ignoring case; `contains` is a substring. An id compares exactly but for
//!   ASCII case; on a list, `contains` is membership.
//! - A path through a reference (`source.kind`) reads the field of the record referred to; a
//!   path through a list (`actors.kind`) holds when it holds for any record of the list;
//!   `!=` through a list holds when no record's value equals (the checker writes it as
//!   `not ... =`), so that `about.kind != group` and `not about.kind = group` agree.
//! - `group by` a path through a list (`events group by actors.kind`) puts a record in one
//!   group for each distinct value it reaches, so group counts may add up to more than the
//!   records.
//! - Dates are intervals and a test holds only when it holds for every day the record's date
//!   can mean (see [`crate::Date::relate`]): `=` when the date lies within the literal, `<` when
//!   it ends before the literal begins, `>` when it begins after the literal ends, `<=` when it
//!   ends no later than the literal ends, `>=` when it begins no earlier than the literal
//!   begins, `!=` when it lies wholly outside the literal.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::answer::{Answer, Group, Groups, Rows};
use crate::model::collection::Collection;
use crate::model::text::fold;
use crate::model::word::Word;
use crate::plan::Op;
use crate::plan::path::follow;
use crate::plan::{Column, Cond, GroupColumn, Key, Operand, Select, Test};
use crate::store::data::{self, Dataset, NO_WORD, Words};
use crate::store::schema::{FieldId, FieldType, Row, Value};

pub(crate) fn eval<'d>(query: &Select, dataset: &'d Dataset) -> Answer<'d> {
    let eval = Eval { dataset };
    if query.count {
        return Answer::Count(eval.count(query.collection, query.filter.as_ref()));
    }
    let mut rows = Vec::new();
    eval.matching(query.collection, query.filter.as_ref(), |row| {
        rows.push(row)
    });
    if let Some(path) = &query.group_by {
        let mut groups: Vec<Group<'d>> = Vec::new();
        // Where each key's group is, so that grouping a million records by a field with as
        // many values stays linear.
        let mut index: HashMap<Value<'d>, usize> = HashMap::new();
        for row in rows {
            for key in group_keys(path.value(dataset, row)) {
                match index.entry(key) {
                    Entry::Occupied(at) => groups[*at.get()].add(row),
                    Entry::Vacant(slot) => {
                        groups.push(Group::new(slot.key().clone(), row));
                        slot.insert(groups.len() - 1);
                    }
                }
            }
        }
        groups.sort_by(|a, b| a.key.order(&b.key));
        sort(&mut groups, &query.order_by, |g, column| g.column(column));
        truncate(&mut groups, query.limit);
        return Answer::Groups(Groups {
            collection: query.collection,
            groups,
            columns: query.select.clone(),
        });
    }
    sort(&mut rows, &query.order_by, |&row, column| match column {
        Column::Field(path) => path.value(dataset, row),
        Column::Group(_) => Value::Missing,
    });
    truncate(&mut rows, query.limit);
    Answer::Rows(Rows {
        collection: query.collection,
        rows,
        columns: query.select.clone(),
        dataset,
    })
}

/// The groups a record joins: one per distinct value a path through a list reaches
/// (`events group by actors.kind` puts an event with a person and a group in both groups),
/// else the one value; a record the path reaches nothing from goes to the missing group.
fn group_keys(value: Value<'_>) -> Vec<Value<'_>> {
    fn flatten<'d>(value: Value<'d>, keys: &mut Vec<Value<'d>>) {
        match value {
            // Through two lists (`reported_with.reported_with`), lists of lists.
            Value::List(items) => items.into_iter().for_each(|item| flatten(item, keys)),
            Value::Missing => {}
            value if !keys.contains(&value) => keys.push(value),
            _ => {}
        }
    }
    if !matches!(value, Value::List(_)) {
        return vec![value];
    }
    let mut keys = Vec::new();
    flatten(value, &mut keys);
    if keys.is_empty() {
        keys.push(Value::Missing);
    }
    keys
}

fn truncate<T>(items: &mut Vec<T>, limit: Option<usize>) {
    if let Some(limit) = limit {
        items.truncate(limit);
    }
}

/// A stable sort by the keys in turn; missing values last in either direction.
fn sort<'d, T>(items: &mut [T], keys: &[Key], value: impl Fn(&T, &Column) -> Value<'d>) {
    if keys.is_empty() {
        return;
    }
    let mut keyed: Vec<(Vec<Value<'d>>, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (keys.iter().map(|k| value(item, &k.column)).collect(), i))
        .collect();
    keyed.sort_by(|(a, _), (b, _)| {
        for ((x, y), key) in a.iter().zip(b).zip(keys) {
            let order = match (x, y) {
                (Value::Missing, _) | (_, Value::Missing) => x.order(y),
                _ if key.descending => y.order(x),
                _ => x.order(y),
            };
            if order != Ordering::Equal {
                return order;
            }
        }
        Ordering::Equal
    });
    let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    apply_permutation(items, order);
}

/// Reorders `items` so that position `k` holds what was at `order[k]`.
fn apply_permutation<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut current = start;
        while order[current] != start {
            let next = order[current];
            items.swap(current, next);
            order[current] = current;
            current = next;
        }
        order[current] = current;
    }
}

struct Eval<'d> {
    dataset: &'d Dataset,
}

impl<'d> Eval<'d> {
    /// Whether a condition holds for a record. Recursion follows the tree, whose depth the
    /// parser bounded.
    fn holds(&self, row: Row<'d>, cond: &Cond) -> bool {
        match cond {
            Cond::Or(parts) => parts.iter().any(|c| self.holds(row, c)),
            Cond::And(parts) => parts.iter().all(|c| self.holds(row, c)),
            Cond::Not(inner) => !self.holds(row, inner),
            Cond::Test(test) => self.any(row, &test.path.0, &mut |value| passes(test, value)),
        }
    }

    /// Whether `test` holds for any value the path reaches from `row`. The walk keeps each
    /// record it reaches once per step: through a list of lists (`reported_with.reported_with`)
    /// the paths multiply with every step, the records reached do not.
    // Inlined into `holds`, the hot call: with `scan` calling it too, a plain `#[inline]`
    // is not followed, and a prepared query over the embedded facts takes 13% more
    // instructions.
    #[inline(always)]
    fn any(
        &self,
        row: Row<'d>,
        steps: &[FieldId],
        test: &mut dyn FnMut(&Value<'d>) -> bool,
    ) -> bool {
        let Some((last, through)) = steps.split_last() else {
            return false;
        };
        // Through references alone a path reaches one record at most: walk it without
        // gathering. A list on the way takes the general walk, from the start.
        let mut at = Some(row);
        for step in through {
            let Some(here) = at else { break };
            let value = here.get(*step);
            if matches!(value, Value::List(_)) {
                return self.any_through_lists(row, through, *last, test);
            }
            at = match (step.field().ty, value) {
                (FieldType::Ref(target), Value::Ref(id)) => Row::find(self.dataset, target, id),
                _ => None,
            };
        }
        at.is_some_and(|row| test(&row.get(*last)))
    }

    fn any_through_lists(
        &self,
        row: Row<'d>,
        through: &[FieldId],
        last: FieldId,
        test: &mut dyn FnMut(&Value<'d>) -> bool,
    ) -> bool {
        let mut rows = vec![Some(row)];
        for step in through {
            rows = follow(self.dataset, &rows, *step).0;
        }
        rows.into_iter().flatten().any(|row| test(&row.get(last)))
    }

    /// Calls `f` with every record of `collection` the filter holds for, in order.
    ///
    /// In a large collection, tests the filter requires (`topic = casualties and value >
    /// 50000`) of a field with a column in the dataset (enums, and numbers every record has)
    /// are answered from the column: [`passes`] on the value the column holds, which is what
    /// reading the field gives. Only the records the columns admit are read, for the rest of
    /// the filter.
    fn matching(&self, collection: Collection, filter: Option<&Cond>, mut f: impl FnMut(Row<'d>)) {
        let Some(filter) = filter else {
            self.dataset.each(collection, f);
            return;
        };
        if !self.dataset.columnar(collection) {
            self.dataset.each(collection, |row| {
                if self.holds(row, filter) {
                    f(row)
                }
            });
            return;
        }
        let (scans, rest) = self.plan(filter);
        self.scanned(collection, &scans, &rest, f);
    }

    /// Calls `f` with every record of a large collection that the scans admit and the rest
    /// of the filter holds for, in order.
    fn scanned(
        &self,
        collection: Collection,
        scans: &[Scan<'d, '_>],
        rest: &[&Cond],
        mut f: impl FnMut(Row<'d>),
    ) {
        let holds = |row| rest.iter().all(|c| self.holds(row, c));
        let records = Records::of(self.dataset, collection);
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
    fn count(&self, collection: Collection, filter: Option<&Cond>) -> usize {
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
    fn plan<'q>(&self, filter: &'q Cond) -> (Vec<Scan<'d, 'q>>, Vec<&'q Cond>) {
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
    fn scan<'q>(&self, cond: &'q Cond) -> Option<Scan<'d, 'q>> {
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
            (data::Column::Numbers(numbers), _) if rest.is_empty() => Some(match Span::of(test) {
                Some(span) => Scan::Span { numbers, span },
                None => Scan::Numbers { numbers, test },
            }),
            (data::Column::Positions(positions), FieldType::Ref(target)) if !rest.is_empty() => {
                // The rest of the path is walked once from each record referred to, rather
                // than once from each record referring; worth it while those are fewer.
                if self.dataset.len(target) > positions.len() {
                    return None;
                }
                let mut passing = Vec::with_capacity(self.dataset.len(target));
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
enum Scan<'d, 'q> {
    /// The records' words, and by rank whether the test passes.
    Words {
        ranks: Words<'d>,
        passing: Box<Ranks>,
    },
    /// The records' numbers, and the test.
    Numbers { numbers: &'d [u64], test: &'q Test },
    /// The records' numbers, and the span of numbers the test passes (or fails) for.
    Span { numbers: &'d [u64], span: Span },
    /// Where each record's referent sits, and by position whether the test passes for the
    /// rest of the path from there. A record referring to nothing fails, as walking the path
    /// from it does.
    Through {
        positions: &'d [u32],
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
            Scan::Span { numbers, span } => pack(&numbers[from..to], |n| span.admits(n)),
            Scan::Through { positions, passing } => pack(&positions[from..to], |p| {
                passing.get(p as usize).copied().unwrap_or(false)
            }),
        }
    }

    /// What scanning costs, a record: the cheapest scan goes first and narrows the others.
    fn cost(&self) -> u8 {
        match self {
            Scan::Words { .. } => 0,
            Scan::Numbers { .. } | Scan::Span { .. } => 1,
            Scan::Through { .. } => 2,
        }
    }
}

/// A test of a number with one operand, as the numbers from `low` to `high` it passes for
/// (`inside`) or fails for: two comparisons a record, with no operator to match.
#[derive(Clone, Copy)]
struct Span {
    low: u64,
    high: u64,
    inside: bool,
}

impl Span {
    fn of(test: &Test) -> Option<Span> {
        let [Operand::Number(m)] = test.values[..] else {
            return None;
        };
        let within = |low, high| Span {
            low,
            high,
            inside: true,
        };
        // No number passes: the complement of every number.
        let none = Span {
            low: 0,
            high: u64::MAX,
            inside: false,
        };
        Some(match test.op {
            Op::Eq | Op::In => within(m, m),
            Op::Ne => Span {
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
    fn admits(self, n: u64) -> bool {
        // One comparison, without a branch: below `low` wraps past `high - low`.
        (n.wrapping_sub(self.low) <= self.high - self.low) == self.inside
    }
}

/// A set of word ranks, [`NO_WORD`] included: a flag a rank, so that testing one is a load.
#[derive(Clone, Copy)]
struct Ranks([bool; 256]);

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

/// Whether a test holds for one value its path reaches.
fn passes(test: &Test, value: &Value<'_>) -> bool {
    passes_with(test, value, compare)
}

/// Whether a test holds for a number from a column: as [`passes`] for `Value::Number`, with
/// the comparison inlined into the scan.
fn passes_number(test: &Test, number: u64) -> bool {
    passes_with(test, number, |n, op, operand| match operand {
        Operand::Number(m) => numbers(n, op, *m),
        _ => false,
    })
}

/// `in` holds when the value equals any operand; every other operator compares with the one.
#[inline(always)]
fn passes_with<V: Copy>(test: &Test, value: V, compare: impl Fn(V, Op, &Operand) -> bool) -> bool {
    match test.op {
        Op::In => test.values.iter().any(|v| compare(value, Op::Eq, v)),
        op => test.values.first().is_some_and(|v| compare(value, op, v)),
    }
}

/// The records of one collection, by position.
#[derive(Clone, Copy)]
struct Records<'d> {
    dataset: &'d Dataset,
    collection: Collection,
}

impl<'d> Records<'d> {
    fn of(dataset: &'d Dataset, collection: Collection) -> Records<'d> {
        Records {
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

/// Whether one value stands in relation `op` to one operand.
fn compare(value: &Value<'_>, op: Op, operand: &Operand) -> bool {
    match (value, operand) {
        (Value::Text(text), Operand::Text { folded, .. }) => match op {
            Op::Eq => eq_folded(text, folded),
            Op::Ne => !eq_folded(text, folded),
            Op::Contains => fold(text).contains(folded.as_str()),
            _ => false,
        },
        (Value::Text(id) | Value::Ref(id), Operand::Id(wanted)) => match op {
            Op::Eq => id.eq_ignore_ascii_case(wanted),
            Op::Ne => !id.eq_ignore_ascii_case(wanted),
            Op::Contains => id
                .to_ascii_lowercase()
                .contains(&wanted.to_ascii_lowercase()),
            _ => false,
        },
        (Value::List(texts), Operand::Text { folded, .. }) => {
            op == Op::Contains
                && texts
                    .iter()
                    .any(|t| matches!(t, Value::Text(t) if fold(t).contains(folded.as_str())))
        }
        (Value::List(items), Operand::Id(wanted)) => {
            op == Op::Contains
                && items
                    .iter()
                    .any(|item| matches!(item, Value::Ref(id) if id.eq_ignore_ascii_case(wanted)))
        }
        (Value::Number(n), Operand::Number(m)) => numbers(*n, op, *m),
        (Value::Bool(a), Operand::Bool(b)) => match op {
            Op::Eq => a == b,
            Op::Ne => a != b,
            _ => false,
        },
        (Value::Word(word), Operand::Word(wanted)) => match op {
            Op::Eq => same_word(word.word(), wanted),
            Op::Ne => !same_word(word.word(), wanted),
            _ => false,
        },
        (Value::Date(date), Operand::Date(literal)) => match op {
            Op::Eq => date.place_in(literal) == Some(Ordering::Equal),
            Op::Ne => matches!(
                date.place_in(literal),
                Some(Ordering::Less | Ordering::Greater)
            ),
            Op::Lt => date.place_in(literal) == Some(Ordering::Less),
            Op::Gt => date.place_in(literal) == Some(Ordering::Greater),
            Op::Le => date.latest() <= literal.latest(),
            Op::Ge => date.earliest() >= literal.earliest(),
            Op::In | Op::Contains => false,
        },
        // A missing value, or a pairing the checker does not let through.
        _ => false,
    }
}

/// Whether `n op m`.
#[inline(always)]
fn numbers(n: u64, op: Op, m: u64) -> bool {
    ordered(op, n.cmp(&m))
}

#[inline(always)]
fn ordered(op: Op, order: Ordering) -> bool {
    match op {
        Op::Eq => order == Ordering::Equal,
        Op::Ne => order != Ordering::Equal,
        Op::Lt => order == Ordering::Less,
        Op::Le => order != Ordering::Greater,
        Op::Gt => order == Ordering::Greater,
        Op::Ge => order != Ordering::Less,
        Op::In | Op::Contains => false,
    }
}

/// Whether two vocabulary words are the same. Both are the vocabulary's own static text, so
/// the same word is mostly the same pointer; words are short, so a byte loop beats a call.
fn same_word(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a.bytes().eq(b.bytes())
}

/// Equality against an already folded text (see [`fold`]), without allocating for ASCII,
/// the common case, which folds to its lower case.
fn eq_folded(text: &str, folded: &str) -> bool {
    if text.is_ascii() {
        text.len() == folded.len() && text.eq_ignore_ascii_case(folded)
    } else {
        fold(text) == folded
    }
}

impl<'d> Group<'d> {
    fn new(key: Value<'d>, row: Row<'d>) -> Group<'d> {
        let mut group = Group {
            key,
            count: 0,
            sources: None,
            rows: Vec::new(),
        };
        group.add(row);
        group
    }

    fn add(&mut self, row: Row<'d>) {
        self.count += 1;
        self.rows.push(row);
        if let Row::Estimate(e) = row {
            let sources = self.sources.get_or_insert_with(Vec::new);
            let source = e.source().id();
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
    }

    pub(crate) fn column(&self, column: &Column) -> Value<'d> {
        let Column::Group(column) = column else {
            return Value::Missing;
        };
        match column {
            GroupColumn::Key => self.key.clone(),
            GroupColumn::Count => Value::Number(self.count as u64),
            GroupColumn::Sources => self.sources.as_ref().map_or(Value::Missing, |s| {
                Value::List(s.iter().map(|id| Value::Ref(id.as_str())).collect())
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;
    use crate::plan::{Form, Query};

    /// A query of one collection, parsed.
    fn select(text: &str) -> Select {
        let Query(Form::Select(select)) = Query::parse(text).unwrap() else {
            unreachable!("{text} asks one collection")
        };
        select
    }

    fn date(text: &str) -> Value<'static> {
        Value::Date(text.parse().unwrap())
    }

    /// The embedded records, each `copies` times under new ids: enough for columns.
    fn copies(copies: usize) -> Dataset {
        use crate::model::{ActorId, ClaimId, EstimateId, EventId, SourceId};
        let facts = Dataset::builtin();
        let mut c = crate::model::validate::Collections::default();
        let origin = || crate::model::validate::Origin {
            file: "copies".into(),
            line: 1,
        };
        for copy in 0..copies {
            // Every id and every reference to one is renamed, so that each copy refers
            // within itself.
            let id = |id: &str| format!("{id}-{copy}");
            let actor = |a: &ActorId| ActorId::new(id(a.as_str()));
            let source = |s: &SourceId| SourceId::new(id(s.as_str()));
            for r in facts.actors.iter() {
                let mut r = r.clone();
                r.id = actor(&r.id);
                r.affiliation = r.affiliation.as_ref().map(actor);
                c.actors.push(r, origin());
            }
            for r in facts.events.iter() {
                let mut r = r.clone();
                r.id = EventId::new(id(r.id.as_str()));
                r.actors = r.actors.iter().map(actor).collect();
                r.sources = r.sources.iter().map(source).collect();
                c.events.push(r, origin());
            }
            for r in facts.estimates().iter() {
                let mut r = r.to_stored();
                r.id = EstimateId::new(id(r.id.as_str()));
                r.source = source(&r.source);
                r.reported_with = r
                    .reported_with
                    .iter()
                    .map(|e| EstimateId::new(id(e.as_str())))
                    .collect();
                // Figures of every size, so that number tests split the copies.
                r.value += copy as u64 * 100;
                c.estimates.push(r, origin());
            }
            for r in facts.sources.iter() {
                let mut r = r.clone();
                r.id = source(&r.id);
                r.actors = r.actors.iter().map(actor).collect();
                c.sources.push(r, origin());
            }
            for r in facts.claims.iter() {
                let mut r = r.clone();
                r.id = ClaimId::new(id(r.id.as_str()));
                r.source = source(&r.source);
                r.about = r.about.iter().map(actor).collect();
                c.claims.push(r, origin());
            }
        }
        c.reports.records = facts.reports.to_vec();
        Dataset::from_collections(c)
    }

    #[test]
    fn columns_answer_as_reading_the_records_does() {
        let dataset = copies(300);
        let eval = Eval { dataset: &dataset };
        let (mut scanned, mut through) = (0, 0);
        for text in [
            "estimates where topic = casualties",
            "estimates where topic != casualties",
            "estimates where measure in [killed, wounded] and value > 2000",
            "estimates where value >= 4000 and value < 20000 and qualifier = about",
            "estimates where value in [600, 2600, 10000] and not (measure = troops)",
            "estimates where value = 2000 or topic = deployment",
            "estimates where low > 10000 and measure = troops",
            "estimates where source.kind = assessment and topic = casualties",
            "estimates where source.kind = assessment",
            "estimates where source.kind != assessment and value > 1000",
            "estimates where not source.kind = intelligence",
            "claims where source.actors.country = south_korea and status = stated",
            "actors where affiliation.country = north_korea",
            "sources where actors.kind = person",
            "events where sources.kind = captives",
            "actors where country = north_korea",
            "actors where country != north_korea and kind in [person, group]",
            "sources where kind = captives and confirmable = false",
            "claims where status in [alleged, unconfirmed]",
            "events where ongoing = true",
        ] {
            let query = select(text);
            let mut expected = Vec::new();
            dataset.each(query.collection, |row| {
                if query.filter.as_ref().is_none_or(|f| eval.holds(row, f)) {
                    expected.push(row.id());
                }
            });
            let mut got = Vec::new();
            eval.matching(query.collection, query.filter.as_ref(), |row| {
                got.push(row.id())
            });
            assert_eq!(got, expected, "{text}");
            assert!(
                !got.is_empty() || text.contains("low >"),
                "{text} finds nothing"
            );
            let parts = match &query.filter {
                Some(Cond::And(parts)) => parts.iter().collect(),
                Some(other) => vec![other],
                None => vec![],
            };
            for part in parts {
                match eval.scan(part) {
                    Some(Scan::Through { .. }) => through += 1,
                    Some(_) => scanned += 1,
                    None => {}
                }
            }
        }
        assert!(scanned >= 10, "the columns were used {scanned} times");
        assert!(
            through >= 1,
            "references were followed by position {through} times"
        );
    }

    #[test]
    fn kept_columns_hold_what_reading_the_records_gives() {
        let dataset = copies(300);
        let mut kept = 0;
        for collection in Collection::ALL {
            for index in 0..collection.fields().len() {
                let field = FieldId {
                    collection,
                    index: index as u8,
                };
                if field.kept_column().is_none() {
                    continue;
                }
                kept += 1;
                let column = dataset.column(field).unwrap();
                let mut at = 0;
                dataset.each(collection, |row| {
                    let value = row.get(field);
                    match (column, &value) {
                        (data::Column::Words(words), Value::Word(word)) => {
                            let kept = match words {
                                Words::Ranks(r) => r[at],
                                Words::Topics(t) => t[at] as u8,
                                Words::Measures(m) => m[at] as u8,
                                Words::Qualifiers(q) => q[at] as u8,
                            };
                            assert_eq!(kept, word.rank(), "{}", field.field().name);
                        }
                        (data::Column::Numbers(n), Value::Number(number)) => {
                            assert_eq!(n[at], *number, "{}", field.field().name);
                        }
                        (data::Column::Positions(p), Value::Ref(id)) => {
                            let FieldType::Ref(target) = field.field().ty else {
                                panic!("{} is not a reference", field.field().name)
                            };
                            let position = dataset.position(target, id).unwrap();
                            assert_eq!(p[at] as usize, position, "{}", field.field().name);
                        }
                        _ => panic!("{}: {value:?} in a column", field.field().name),
                    }
                    at += 1;
                });
                assert_eq!(at, dataset.len(collection));
            }
        }
        // topic, measure, value, qualifier and source of the estimates.
        assert_eq!(kept, 5);
    }

    #[test]
    fn paths_through_a_reference_answer_as_walking_them_does() {
        // Many estimates over the few embedded sources, as in data at scale: the case where
        // the path is walked from each source once.
        let facts = Dataset::builtin();
        let mut c = crate::model::validate::Collections::default();
        let origin = || crate::model::validate::Origin {
            file: "copies".into(),
            line: 1,
        };
        for copy in 0..100 {
            for r in facts.estimates().iter() {
                let mut r = r.to_stored();
                let id = |id: &str| crate::model::EstimateId::new(format!("{id}-{copy}"));
                r.id = id(r.id.as_str());
                r.reported_with = r.reported_with.iter().map(|e| id(e.as_str())).collect();
                r.value += copy;
                c.estimates.push(r, origin());
            }
        }
        c.reports.records = facts.reports.to_vec();
        c.actors.records = facts.actors.to_vec();
        c.sources.records = facts.sources.to_vec();
        let dataset = Dataset::from_collections(c);
        let eval = Eval { dataset: &dataset };
        for text in [
            "estimates where source.kind = assessment",
            "estimates where source.kind != assessment and value > 1000",
            "estimates where source.name = \"Other assessments\" and value < 650",
            "estimates where source.kind in [assessment] and measure = troops",
            "estimates where source.actors.kind = person",
            "estimates where source.confirmable = false",
        ] {
            let query = select(text);
            let Some(filter) = &query.filter else {
                unreachable!("{text} has a filter")
            };
            let parts = match filter {
                Cond::And(parts) => parts.iter().collect(),
                other => vec![other],
            };
            assert!(
                parts
                    .iter()
                    .any(|p| matches!(eval.scan(p), Some(Scan::Through { .. }))),
                "{text} follows its reference by position"
            );
            let mut expected = Vec::new();
            dataset.each(query.collection, |row| {
                if eval.holds(row, filter) {
                    expected.push(row.id());
                }
            });
            let mut got = Vec::new();
            eval.matching(query.collection, Some(filter), |row| got.push(row.id()));
            assert_eq!(got, expected, "{text}");
            assert!(
                !got.is_empty() || text.contains("actor") || text.contains("confirmable"),
                "{text} finds nothing"
            );
        }
    }

    #[test]
    fn numbers_from_columns_pass_as_values_do() {
        for text in [
            "value = 600",
            "value != 600",
            "value < 600",
            "value <= 600",
            "value > 600",
            "value >= 600",
            "value in [0, 600, 2000]",
            "value in [600]",
            "value < 0",
            "value >= 0",
            "value > 18446744073709551615",
            "value <= 18446744073709551615",
            "value != 18446744073709551615",
        ] {
            let query = select(&format!("estimates where {text}"));
            let Some(Cond::Test(test)) = &query.filter else {
                unreachable!("{text} is a test")
            };
            let span = Span::of(test);
            assert_eq!(span.is_none(), text.contains(','), "{text}");
            for n in [0, 1, 599, 600, 601, 2000, u64::MAX - 1, u64::MAX] {
                let expected = passes(test, &Value::Number(n));
                assert_eq!(passes_number(test, n), expected, "{n} {text}");
                if let Some(span) = span {
                    assert_eq!(span.admits(n), expected, "{n} {text} as a span");
                }
            }
        }
    }

    #[test]
    fn word_ranks_are_vocabulary_positions() {
        let facts = Dataset::builtin();
        for collection in Collection::ALL {
            for (index, field) in collection.fields().iter().enumerate() {
                let FieldType::Enum(vocabulary) = field.ty else {
                    continue;
                };
                let field = FieldId {
                    collection,
                    index: index as u8,
                };
                facts.each(collection, |row| {
                    if let Value::Word(word) = row.get(field) {
                        assert_eq!(vocabulary.words()[usize::from(word.rank())], word.word());
                    }
                });
            }
        }
    }

    fn holds(value: &Value<'_>, op: Op, literal: Date) -> bool {
        compare(value, op, &Operand::Date(literal))
    }

    #[test]
    fn an_interval_against_a_month_it_lies_in() {
        let late_october = date("late October 2025");
        let october = Date::month(2025, 10).unwrap();
        assert!(holds(&late_october, Op::Eq, october));
        assert!(!holds(&late_october, Op::Ne, october));
        assert!(!holds(&late_october, Op::Lt, october));
        assert!(!holds(&late_october, Op::Gt, october));
        assert!(holds(&late_october, Op::Le, october));
        assert!(holds(&late_october, Op::Ge, october));
    }

    #[test]
    fn an_interval_against_a_day_inside_it_is_unknown() {
        let late_october = date("late October 2025");
        let the_28th = Date::day(2025, 10, 28).unwrap();
        for op in [Op::Eq, Op::Ne, Op::Lt, Op::Gt, Op::Le, Op::Ge] {
            assert!(!holds(&late_october, op, the_28th), "{op:?}");
        }
    }

    #[test]
    fn an_interval_against_neighbours() {
        let early_2025 = date("early 2025");
        assert!(holds(&early_2025, Op::Gt, Date::year(2024)));
        assert!(holds(&early_2025, Op::Ge, Date::year(2024)));
        assert!(holds(&early_2025, Op::Ne, Date::year(2024)));
        assert!(holds(&early_2025, Op::Lt, Date::month(2025, 5).unwrap()));
        assert!(holds(&early_2025, Op::Le, Date::month(2025, 4).unwrap()));
        assert!(!holds(&early_2025, Op::Le, Date::month(2025, 3).unwrap()));
        assert!(holds(&early_2025, Op::Ge, Date::month(2025, 1).unwrap()));
        assert!(!holds(&early_2025, Op::Ge, Date::month(2025, 2).unwrap()));
        // The boundary day is inside both: neither strictly before nor after.
        let end_of_april = Date::day(2025, 4, 30).unwrap();
        assert!(!holds(&early_2025, Op::Lt, end_of_april));
        assert!(!holds(&early_2025, Op::Gt, end_of_april));
        assert!(holds(&early_2025, Op::Le, end_of_april));
    }

    #[test]
    fn missing_values_satisfy_no_test() {
        for op in [Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Contains] {
            assert!(!compare(&Value::Missing, op, &Operand::Number(1)));
            assert!(!compare(&Value::Missing, op, &Operand::Id("x".into())));
        }
    }

    #[test]
    fn text_ignores_case_and_ids_match_whole() {
        let folded = |s: &str| Operand::Text {
            text: s.into(),
            folded: s.to_lowercase(),
        };
        assert!(compare(
            &Value::Text("Yu Yong-weon"),
            Op::Eq,
            &folded("yu yong-weon")
        ));
        assert!(compare(
            &Value::Text("Yu Yong-weon"),
            Op::Contains,
            &folded("YONG")
        ));
        assert!(!compare(
            &Value::Text("Yu Yong-weon"),
            Op::Eq,
            &folded("yu")
        ));
        let list = Value::List(vec![Value::Ref("a-b"), Value::Ref("c")]);
        assert!(compare(&list, Op::Contains, &Operand::Id("A-B".into())));
        assert!(!compare(&list, Op::Contains, &Operand::Id("a".into())));
    }

    #[test]
    fn permutation_is_applied() {
        let mut items = vec!['a', 'b', 'c', 'd'];
        apply_permutation(&mut items, vec![2, 0, 3, 1]);
        assert_eq!(items, ['c', 'a', 'd', 'b']);
    }
}
