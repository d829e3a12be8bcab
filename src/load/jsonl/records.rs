//! A line's record as read, and the record it becomes. The line's records mirror the model's
//! fields so that unknown keys are refused; what only a line can get wrong (bounds that its
//! qualifier does not imply) is found here, the rest by the checks every record passes.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer};

use crate::model::files::FileField;
use crate::model::validate::{Collections, DataError, Origin, Problem};
use crate::model::{
    ActorId, ActorKind, Bound, ClaimId, ClaimStatus, Date, EstimateId, EventId, Measure, Qualifier,
    ReportId, SourceId, SourceKind, StoredActor, StoredClaim, StoredEstimate, StoredEvent,
    StoredQuote, StoredReport, StoredSource, Text, Topic,
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
    Report(ReportLine),
    Actor(ActorLine),
    Event(EventLine),
    Estimate(EstimateLine),
    Source(SourceLine),
    Claim(ClaimLine),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReportLine {
    id: Text,
    title: Text,
    year: i32,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteLine {
    report: Text,
    start: usize,
    end: usize,
    text: Text,
    // The place in code points and UTF-16 units that writing adds follows from the bytes, which
    // are checked against the report; it is read past.
    #[serde(default, rename = "char_start")]
    _char_start: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "char_end")]
    _char_end: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "utf16_start")]
    _utf16_start: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "utf16_end")]
    _utf16_end: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ActorLine {
    id: Text,
    name: Text,
    named: bool,
    kind: ActorKind,
    country: Option<Text>,
    role: Option<Text>,
    affiliation: Option<Text>,
    quote: QuoteLine,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventLine {
    id: Text,
    title: Text,
    date: Option<Date>,
    #[serde(default)]
    ongoing: bool,
    place: Option<Text>,
    #[serde(default)]
    actors: Vec<Text>,
    sources: Vec<Text>,
    quote: QuoteLine,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EstimateLine {
    id: Text,
    topic: Topic,
    measure: Measure,
    value: u64,
    qualifier: Qualifier,
    /// Derived from the figure and qualifier; `Some` when the line has the key, to be checked.
    #[serde(default, deserialize_with = "present")]
    low: Option<Option<BoundLine>>,
    #[serde(default, deserialize_with = "present")]
    high: Option<Option<BoundLine>>,
    period: Option<Text>,
    since: Option<Date>,
    during: Option<Date>,
    source: Text,
    #[serde(default)]
    reported_with: Vec<Text>,
    quote: QuoteLine,
    #[serde(default)]
    restated: Vec<QuoteLine>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoundLine {
    value: u64,
    inclusive: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourceLine {
    id: Text,
    name: Text,
    kind: SourceKind,
    #[serde(default)]
    actors: Vec<Text>,
    confirmable: Option<bool>,
    quote: QuoteLine,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ClaimLine {
    id: Text,
    text: Text,
    source: Text,
    date: Option<Date>,
    #[serde(default)]
    about: Vec<Text>,
    status: ClaimStatus,
    quote: QuoteLine,
    #[serde(default)]
    restated: Vec<QuoteLine>,
}

/// A key that is there, null or not, as distinct from a key that is absent.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<BoundLine>>, D::Error> {
    Option::<BoundLine>::deserialize(d).map(Some)
}

fn quote(q: QuoteLine) -> StoredQuote {
    StoredQuote {
        report: ReportId::new(q.report),
        start: q.start,
        end: q.end,
        text: q.text,
    }
}

fn ids<T>(ids: Vec<Text>, make: fn(Text) -> T) -> Cow<'static, [T]>
where
    T: Clone,
{
    ids.into_iter().map(make).collect::<Vec<_>>().into()
}

/// Turns a line into its record and files it, with the problems only a line can show.
pub(super) fn add(c: &mut Collections, line: Line, origin: Origin, errors: &mut Vec<DataError>) {
    match line {
        Line::Report(r) => c.reports.push(
            StoredReport {
                id: ReportId::new(r.id),
                title: r.title,
                year: r.year,
                text: r.text,
            },
            origin,
        ),
        Line::Actor(a) => c.actors.push(
            StoredActor {
                id: ActorId::new(a.id),
                name: a.name,
                named: a.named,
                kind: a.kind,
                country: a.country,
                role: a.role,
                affiliation: a.affiliation.map(ActorId::new),
                quote: quote(a.quote),
            },
            origin,
        ),
        Line::Event(e) => c.events.push(
            StoredEvent {
                id: EventId::new(e.id),
                title: e.title,
                date: e.date,
                ongoing: e.ongoing,
                place: e.place,
                actors: ids(e.actors, ActorId::new),
                sources: ids(e.sources, SourceId::new),
                quote: quote(e.quote),
            },
            origin,
        ),
        Line::Estimate(e) => {
            let estimate = StoredEstimate {
                id: EstimateId::new(e.id),
                topic: e.topic,
                measure: e.measure,
                value: e.value,
                qualifier: e.qualifier,
                period: e.period,
                since: e.since,
                during: e.during,
                source: SourceId::new(e.source),
                reported_with: ids(e.reported_with, EstimateId::new),
                quote: quote(e.quote),
                restated: e.restated.into_iter().map(quote).collect::<Vec<_>>().into(),
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
        Line::Source(s) => c.sources.push(
            StoredSource {
                id: SourceId::new(s.id),
                name: s.name,
                kind: s.kind,
                actors: ids(s.actors, ActorId::new),
                confirmable: s.confirmable,
                quote: quote(s.quote),
            },
            origin,
        ),
        Line::Claim(cl) => c.claims.push(
            StoredClaim {
                id: ClaimId::new(cl.id),
                text: cl.text,
                source: SourceId::new(cl.source),
                date: cl.date,
                about: ids(cl.about, ActorId::new),
                status: cl.status,
                quote: quote(cl.quote),
                restated: cl
                    .restated
                    .into_iter()
                    .map(quote)
                    .collect::<Vec<_>>()
                    .into(),
            },
            origin,
        ),
    }
}
