//! Following a path through references and lists, from one record to the value it reaches.

use std::collections::HashSet;

use crate::plan::Path;
use crate::store::data::Dataset;
use crate::store::schema::{FieldId, FieldType, Row, Value};

/// One step of a path from each record reached so far: the records a reference or a list
/// leads to, `None` where it leads nowhere, and whether a list was followed. A record reached
/// twice through lists is kept once, so however long the path, a step never holds more
/// records than the collection it reaches.
pub(crate) fn follow<'d>(
    dataset: &'d Dataset,
    rows: &[Option<Row<'d>>],
    step: FieldId,
) -> (Vec<Option<Row<'d>>>, bool) {
    let (FieldType::Ref(target) | FieldType::List(target)) = step.field().ty else {
        return (vec![None; rows.len()], false);
    };
    let find = |value: &Value<'d>| match value {
        Value::Ref(id) => Row::find(dataset, target, id),
        _ => None,
    };
    let mut next: Vec<Option<Row<'d>>> = Vec::with_capacity(rows.len());
    // The ids reached through lists so far: a source's estimates can be a million.
    let mut seen: HashSet<&'d str> = HashSet::new();
    let mut through_list = false;
    for row in rows {
        match row.map(|r| r.get(step)) {
            Some(Value::List(items)) => {
                through_list = true;
                for found in items.iter().map(find) {
                    if found.is_none_or(|f| seen.insert(f.id())) {
                        next.push(found);
                    }
                }
            }
            // A reference keeps its place, so that `actors.affiliation` lines up with `actors`.
            Some(value) => next.push(find(&value)),
            None => next.push(None),
        }
    }
    (next, through_list)
}

impl Path {
    /// The value the path reaches from `row`: through a reference, the field of the record
    /// referred to; through a list, the list of values reached, one per distinct record.
    pub(crate) fn value<'d>(&self, dataset: &'d Dataset, row: Row<'d>) -> Value<'d> {
        let Some((last, through)) = self.0.split_last() else {
            return Value::Missing;
        };
        let mut rows = vec![Some(row)];
        let mut through_list = false;
        for step in through {
            let (next, list) = follow(dataset, &rows, *step);
            rows = next;
            through_list |= list;
        }
        let value = |row: Option<Row<'d>>| row.map_or(Value::Missing, |r| r.get(*last));
        match (through_list, rows.as_slice()) {
            (false, [one]) => value(*one),
            _ => Value::List(rows.into_iter().map(value).collect()),
        }
    }
}
