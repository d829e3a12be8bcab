//! Grouping: the groups a record joins, and a group's count and sources as records join it.

use crate::answer::Group;
use crate::store::schema::{Row, Value};

/// The groups a record joins: one per distinct value a path through a list reaches
/// (`events group by actors.kind` puts an event with a person and a group in both groups),
/// else the one value; a record the path reaches nothing from goes to the missing group.
pub(super) fn group_keys(value: Value<'_>) -> Vec<Value<'_>> {
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

impl<'d> Group<'d> {
    pub(super) fn new(key: Value<'d>, row: Row<'d>) -> Group<'d> {
        let mut group = Group {
            key,
            count: 0,
            sources: None,
            rows: Vec::new(),
        };
        group.add(row);
        group
    }

    pub(super) fn add(&mut self, row: Row<'d>) {
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
}
