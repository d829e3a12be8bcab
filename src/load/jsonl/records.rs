//! A line's record as read: the stored record itself, as `crate::model` declares it (an unknown
//! key is refused there), but for an estimate, whose line also carries the bounds its
//! qualifier implies. What only a line can get wrong (such a bound) is found here, the rest by
//! the checks every record passes.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};

use crate::model::files::FileField;
use crate::model::validate::{Collections, DataError, Origin, Problem};
use crate::model::{
    Bound, Date, EstimateId, Measure, Qualifier, SourceId, StoredActor, StoredClaim,
    StoredEstimate, StoredEvent, StoredQuote, StoredReport, StoredSource, Text, Topic,
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

/// An estimate as a line writes it: the stored record's keys, and the bounds its qualifier
/// implies, which writing adds and reading checks (a line must not say more than its words).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EstimateLine {
    id: EstimateId,
    topic: Topic,
    measure: Measure,
    value: u64,
    qualifier: Qualifier,
    #[serde(default, deserialize_with = "present")]
    low: Option<Option<BoundLine>>,
    #[serde(default, deserialize_with = "present")]
    high: Option<Option<BoundLine>>,
    period: Option<Text>,
    since: Option<Date>,
    during: Option<Date>,
    source: SourceId,
    #[serde(default)]
    reported_with: Cow<'static, [EstimateId]>,
    quote: StoredQuote,
    #[serde(default)]
    restated: Cow<'static, [StoredQuote]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoundLine {
    value: u64,
    inclusive: bool,
}

/// A key that is there, null or not, as distinct from a key that is absent.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<BoundLine>>, D::Error> {
    Option::<BoundLine>::deserialize(d).map(Some)
}

/// Turns a line into its record and files it, with the problems only a line can show.
pub(super) fn add(c: &mut Collections, line: Line, origin: Origin, errors: &mut Vec<DataError>) {
    match line {
        Line::Report(r) => c.reports.push(r, origin),
        Line::Actor(a) => c.actors.push(a, origin),
        Line::Event(e) => c.events.push(e, origin),
        Line::Estimate(e) => {
            let estimate = StoredEstimate {
                id: e.id,
                topic: e.topic,
                measure: e.measure,
                value: e.value,
                qualifier: e.qualifier,
                period: e.period,
                since: e.since,
                during: e.during,
                source: e.source,
                reported_with: e.reported_with,
                quote: e.quote,
                restated: e.restated,
            };
            for (field, given, implied) in [
                (
                    FileField::Low,
                    e.low,
                    crate::model::low(estimate.qualifier, estimate.value),
                ),
                (
                    FileField::High,
                    e.high,
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
