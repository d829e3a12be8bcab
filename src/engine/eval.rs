//! Evaluation: a checked [`Query`](crate::Query) against a [`Dataset`], giving an [`Answer`].
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

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::answer::{Answer, Group, Groups, Rows};
use crate::engine::compare::passes;
use crate::engine::group::group_keys;
use crate::engine::order::{sort, truncate};
use crate::model::collection::Collection;
use crate::plan::path::follow;
use crate::plan::{AnswerColumn, Cond, Select};
use crate::store::data::Dataset;
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
        AnswerColumn::Field(path) => path.value(dataset, row),
        AnswerColumn::Group(_) => Value::Missing,
    });
    truncate(&mut rows, query.limit);
    Answer::Rows(Rows {
        collection: query.collection,
        rows,
        columns: query.select.clone(),
        dataset,
    })
}
/// The evaluator over one dataset: the walk of a filter's tree is here, its scans over
/// columns in [`crate::engine::scan`].
pub(super) struct Eval<'d> {
    pub(super) dataset: &'d Dataset,
}

impl<'d> Eval<'d> {
    /// Whether a condition holds for a record. Recursion follows the tree, whose depth the
    /// parser bounded.
    pub(super) fn holds(&self, row: Row<'d>, cond: &Cond) -> bool {
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
    pub(super) fn any(
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
    pub(super) fn matching(
        &self,
        collection: Collection,
        filter: Option<&Cond>,
        mut f: impl FnMut(Row<'d>),
    ) {
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
}
