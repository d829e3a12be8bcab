//! Tests and comparisons: whether one value a path reaches passes a test, operator by
//! operator and type by type, as the semantics in [`crate::engine::eval`] write them down.

use std::cmp::Ordering;

use crate::model::text::fold;
use crate::plan::{Op, Operand, Test};
use crate::store::schema::Value;

/// Whether a test holds for one value its path reaches.
pub(super) fn passes(test: &Test, value: &Value<'_>) -> bool {
    passes_with(test, value, compare)
}

/// Whether a test holds for a number from a column: as [`passes`] for `Value::Number`, with
/// the comparison inlined into the scan.
pub(super) fn passes_number(test: &Test, number: u64) -> bool {
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

/// Whether one value stands in relation `op` to one operand.
pub(super) fn compare(value: &Value<'_>, op: Op, operand: &Operand) -> bool {
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
