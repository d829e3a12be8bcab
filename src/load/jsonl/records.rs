//! A line's record as read: the stored record itself, as `crate::model::stored` declares it (an
//! unknown key is refused there), but for an estimate, whose line also carries the bounds its
//! qualifier implies (its declaration's computed fields). What only a line can get wrong (such a bound) is found here, the rest by
//! the checks every record passes.

use serde::{Deserialize, Deserializer};

use crate::model::files::FileField;
use crate::model::stored::names::*;
use crate::model::validate::{Collections, DataError, Origin, Problem};
use crate::model::{
    StoredActor, StoredClaim, StoredEstimate, StoredEvent, StoredReport, StoredSource,
};

/// A line as read. The records mirror the model's fields so that unknown keys are refused.
#[derive(Deserialize)]
#[serde(
    tag = "kind",
    content = "record",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub(super) enum Line {
    Report(StoredReport),
    Actor(StoredActor),
    Event(StoredEvent),
    Estimate(EstimateLine),
    Source(StoredSource),
    Claim(StoredClaim),
}

/// What a field computed from an estimate (a bound) is read as, where a line gives it.
trait Given {
    type Given;
}

impl Given for Option<Bound> {
    type Given = Option<BoundLine>;
}

/// Writes an estimate's line from its declaration: the stored record's keys, and the fields
/// computed from it (the bounds its qualifier implies), which writing adds and reading checks
/// (a line must not say more than its words).
macro_rules! line {
    (
        () [$($meta:tt)*] $stored:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        /// An estimate as a line writes it.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(super) struct EstimateLine {
            id: $idty,
            $(
                $($serde)*
                $field: $ty,
                $(
                    #[serde(default, deserialize_with = "present")]
                    $dfield: Option<<$dty as Given>::Given>,
                )*
            )*
        }

        /// The fields computed from an estimate that its line gives, to be checked.
        struct Computed {
            $($($dfield: Option<<$dty as Given>::Given>,)*)*
        }

        impl EstimateLine {
            /// The stored record, and the computed fields the line gives.
            fn record(self) -> ($stored, Computed) {
                let EstimateLine { id, $($field, $($dfield,)*)* } = self;
                ($stored { id, $($field,)* }, Computed { $($($dfield,)*)* })
            }
        }
    };
}

crate::model::stored::estimate_record!(line!());

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoundLine {
    value: u64,
    inclusive: bool,
}

/// A key that is there, null or not, as distinct from a key that is absent.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// Turns a line into its record and files it, with the problems only a line can show.
pub(super) fn add(c: &mut Collections, line: Line, origin: Origin, errors: &mut Vec<DataError>) {
    match line {
        Line::Report(r) => c.reports.push(r, origin),
        Line::Actor(a) => c.actors.push(a, origin),
        Line::Event(e) => c.events.push(e, origin),
        Line::Estimate(e) => {
            let (estimate, given) = e.record();
            for (field, given, implied) in [
                (
                    FileField::Low,
                    given.low,
                    crate::model::low(estimate.qualifier, estimate.value),
                ),
                (
                    FileField::High,
                    given.high,
                    crate::model::high(estimate.qualifier, estimate.value),
                ),
            ] {
                let Some(given) = given else { continue };
                let given = given.map(|b| Bound {
                    value: b.value,
                    inclusive: b.inclusive,
                });
                if given != implied {
                    errors.push(DataError {
                        file: origin.file.to_string(),
                        line: Some(origin.line),
                        problem: Problem::BoundMismatch {
                            record: format!("estimate {}", estimate.id),
                            field,
                            given,
                            qualifier: estimate.qualifier,
                            value: estimate.value,
                            implied,
                        },
                    });
                }
            }
            c.estimates.push(estimate, origin);
        }
        Line::Source(s) => c.sources.push(s, origin),
        Line::Claim(cl) => c.claims.push(cl, origin),
    }
}
