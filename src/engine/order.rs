//! Ordering answers: a stable sort by the keys of `order by`, and the `limit`.

use std::cmp::Ordering;

use crate::plan::{AnswerColumn, SortKey};
use crate::store::schema::Value;

pub(super) fn truncate<T>(items: &mut Vec<T>, limit: Option<usize>) {
    if let Some(limit) = limit {
        items.truncate(limit);
    }
}

/// A stable sort by the keys in turn; missing values last in either direction.
pub(super) fn sort<'d, T>(
    items: &mut [T],
    keys: &[SortKey],
    value: impl Fn(&T, &AnswerColumn) -> Value<'d>,
) {
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
pub(super) fn apply_permutation<T>(items: &mut [T], mut order: Vec<usize>) {
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
