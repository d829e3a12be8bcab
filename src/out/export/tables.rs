//! Every table of the export: what each collection, list and restated quote becomes, column
//! by column, in the order the script creates them. Apart from the builder ([`super::cells`])
//! so that this file reads as the schema.

use crate::model::Date;
use crate::model::collection::{Collection, Vocabulary};
use crate::store::data::Dataset;
use crate::store::record::{Actor, Claim, Estimate, Event, Quote, Report, Source};

use super::cells::{Cell, Spec, TableRows, ids, link_rows, link_spec, text, word};
use super::defs::{SqlType, TableDef, restated_table};

fn reports<'d>() -> Spec<'d, Report<'d>> {
    Spec::new(
        "reports",
        "The reports every quote points into.",
        vec!["id"],
    )
    .id(|r: Report<'d>| r.id().as_str())
    .text("title", "title_folded", |r: Report<'d>| Some(r.title()))
    .date(
        [
            "year",
            "year_precision",
            "year_earliest",
            "year_latest",
            "year_year_inferred",
        ],
        |r: Report<'d>| Some(Date::year(r.year())),
    )
    .text("text", "text_folded", |r: Report<'d>| Some(r.text()))
}

fn actors<'d>() -> Spec<'d, Actor<'d>> {
    Spec::new(
        "actors",
        "People, groups, organisations, governments, forces and media the report names.",
        vec!["id"],
    )
    .id(|r: Actor<'d>| r.id().as_str())
    .text("name", "name_folded", |r: Actor<'d>| Some(r.name()))
    .column("named", SqlType::Boolean, false, |r: Actor<'d>, _| {
        Cell::Bool(r.named())
    })
    .doc("whether the report gives a proper name")
    .column("kind", SqlType::Text, false, |r: Actor<'d>, _| {
        word(r.kind().word())
    })
    .words(Vocabulary::ActorKind)
    .optional_text("country", "country_folded", |r: Actor<'d>| r.country())
    .optional_text("role", "role_folded", |r: Actor<'d>| r.role())
    .column("affiliation", SqlType::Text, true, |r: Actor<'d>, _| {
        r.affiliation()
            .map_or(Cell::Null, |a| text(a.id().as_str()))
    })
    .references("actors")
    .doc("the actor it belongs to")
    .quote(|r: Actor<'d>| r.quote())
}

fn sources<'d>() -> Spec<'d, Source<'d>> {
    Spec::new("sources", "Who facts come from.", vec!["id"])
        .id(|r: Source<'d>| r.id().as_str())
        .text("name", "name_folded", |r: Source<'d>| Some(r.name()))
        .column("kind", SqlType::Text, false, |r: Source<'d>, _| {
            word(r.kind().word())
        })
        .words(Vocabulary::SourceKind)
        .column("confirmable", SqlType::Boolean, true, |r: Source<'d>, _| {
            r.confirmable().map_or(Cell::Null, Cell::Bool)
        })
        .doc(
            "whether the report says it can be confirmed independently; NULL where it says neither",
        )
        .quote(|r: Source<'d>| r.quote())
}

fn events<'d>() -> Spec<'d, Event<'d>> {
    Spec::new(
        "events",
        "What happened, dated as precisely as the report says.",
        vec!["id"],
    )
    .id(|r: Event<'d>| r.id().as_str())
    .text("title", "title_folded", |r: Event<'d>| Some(r.title()))
    .date(
        [
            "date",
            "date_precision",
            "date_earliest",
            "date_latest",
            "date_year_inferred",
        ],
        |r: Event<'d>| r.date(),
    )
    .column("ongoing", SqlType::Boolean, false, |r: Event<'d>, _| {
        Cell::Bool(r.ongoing())
    })
    .doc("whether it began at `date` and still holds")
    .optional_text("place", "place_folded", |r: Event<'d>| r.place())
    .quote(|r: Event<'d>| r.quote())
}

fn estimates<'d>() -> Spec<'d, Estimate<'d>> {
    Spec::new(
        "estimates",
        "The figures about the deployment and its losses, side by side; none is preferred.",
        vec!["id"],
    )
    .id(|r: Estimate<'d>| r.id().as_str())
    .column("topic", SqlType::Text, false, |r: Estimate<'d>, _| {
        word(r.topic().word())
    })
    .words(Vocabulary::Topic)
    .column("measure", SqlType::Text, false, |r: Estimate<'d>, _| {
        word(r.measure().word())
    })
    .words(Vocabulary::Measure)
    .column("value", SqlType::BigInt, false, |r: Estimate<'d>, _| {
        Cell::Int(r.value())
    })
    .doc("the figure as the report states it")
    .column("qualifier", SqlType::Text, false, |r: Estimate<'d>, _| {
        word(r.qualifier().word())
    })
    .words(Vocabulary::Qualifier)
    .column("low", SqlType::BigInt, true, |r: Estimate<'d>, _| {
        r.low().map_or(Cell::Null, |b| Cell::Int(b.value))
    })
    .doc("lower bound the wording implies")
    .column(
        "low_inclusive",
        SqlType::Boolean,
        true,
        |r: Estimate<'d>, _| r.low().map_or(Cell::Null, |b| Cell::Bool(b.inclusive)),
    )
    .column("high", SqlType::BigInt, true, |r: Estimate<'d>, _| {
        r.high().map_or(Cell::Null, |b| Cell::Int(b.value))
    })
    .doc("upper bound the wording implies")
    .column(
        "high_inclusive",
        SqlType::Boolean,
        true,
        |r: Estimate<'d>, _| r.high().map_or(Cell::Null, |b| Cell::Bool(b.inclusive)),
    )
    .optional_text("period", "period_folded", |r: Estimate<'d>| r.period())
    .date(
        [
            "since",
            "since_precision",
            "since_earliest",
            "since_latest",
            "since_year_inferred",
        ],
        |r: Estimate<'d>| r.since(),
    )
    .date(
        [
            "during",
            "during_precision",
            "during_earliest",
            "during_latest",
            "during_year_inferred",
        ],
        |r: Estimate<'d>| r.during(),
    )
    .column("source", SqlType::Text, false, |r: Estimate<'d>, _| {
        text(r.source().id().as_str())
    })
    .references("sources")
    .quote(|r: Estimate<'d>| r.quote())
}

fn claims<'d>() -> Spec<'d, Claim<'d>> {
    Spec::new(
        "claims",
        "Statements the report attributes to a source.",
        vec!["id"],
    )
    .id(|r: Claim<'d>| r.id().as_str())
    .text("text", "text_folded", |r: Claim<'d>| Some(r.text()))
    .column("source", SqlType::Text, false, |r: Claim<'d>, _| {
        text(r.source().id().as_str())
    })
    .references("sources")
    .date(
        [
            "date",
            "date_precision",
            "date_earliest",
            "date_latest",
            "date_year_inferred",
        ],
        |r: Claim<'d>| r.date(),
    )
    .column("status", SqlType::Text, false, |r: Claim<'d>, _| {
        word(r.status().word())
    })
    .words(Vocabulary::ClaimStatus)
    .quote(|r: Claim<'d>| r.quote())
}

/// A table of the further quotes of a collection's records (`estimate_restated`): the
/// owner's id, the place in its list, and the quote with its place in the report.
fn restated<'d, O: Copy + 'd>(
    table: &'static str,
    owner: &'static str,
    doc: &'static str,
    references: &'static str,
    owner_id: fn(O) -> &'d str,
) -> Spec<'d, (O, Quote<'d>)> {
    Spec::new(table, doc, vec![owner, "pos"])
        .column(owner, SqlType::Text, false, move |(o, _): (O, _), _| {
            text(owner_id(o))
        })
        .references(references)
        .column("pos", SqlType::Integer, false, |_, i| Cell::Int(i as u64))
        .doc("place in the list, from 0")
        .quote(|(_, q): (_, Quote<'d>)| q)
}

fn estimate_restated<'d>() -> Spec<'d, (Estimate<'d>, Quote<'d>)> {
    let (table, owner) = restated_table(Collection::Estimates).expect("estimates restate");
    restated(
        table,
        owner,
        "Where the report states an estimate's figure again.",
        "estimates",
        |e: Estimate<'d>| e.id().as_str(),
    )
}

fn claim_restated<'d>() -> Spec<'d, (Claim<'d>, Quote<'d>)> {
    let (table, owner) = restated_table(Collection::Claims).expect("claims restate");
    restated(
        table,
        owner,
        "Where the report makes a claim's statement again.",
        "claims",
        |c: Claim<'d>| c.id().as_str(),
    )
}

fn source_actors<'d>() -> Spec<'d, (Source<'d>, &'d str)> {
    link_spec(
        Collection::Sources,
        "actors",
        "The actors behind a source.",
        "actors",
        |s: Source<'d>| s.id().as_str(),
    )
}

fn event_actors<'d>() -> Spec<'d, (Event<'d>, &'d str)> {
    link_spec(
        Collection::Events,
        "actors",
        "Who took part in an event.",
        "actors",
        |e: Event<'d>| e.id().as_str(),
    )
}

fn event_sources<'d>() -> Spec<'d, (Event<'d>, &'d str)> {
    link_spec(
        Collection::Events,
        "sources",
        "Who the report has an event from.",
        "sources",
        |e: Event<'d>| e.id().as_str(),
    )
}

fn reported_with<'d>() -> Spec<'d, (Estimate<'d>, &'d str)> {
    link_spec(
        Collection::Estimates,
        "reported_with",
        "Figures the report says come from the same report or time frame.",
        "estimates",
        |e: Estimate<'d>| e.id().as_str(),
    )
}

fn claim_about<'d>() -> Spec<'d, (Claim<'d>, &'d str)> {
    link_spec(
        Collection::Claims,
        "about",
        "Who a claim is about.",
        "actors",
        |c: Claim<'d>| c.id().as_str(),
    )
}

/// Every table's definition, in the order the script creates them.
pub(crate) fn definitions() -> Vec<TableDef> {
    vec![
        reports().def,
        actors().def,
        sources().def,
        source_actors().def,
        events().def,
        event_actors().def,
        event_sources().def,
        estimates().def,
        reported_with().def,
        estimate_restated().def,
        claims().def,
        claim_about().def,
        claim_restated().def,
    ]
}

/// Every table with its rows, in the order of [`definitions`].
pub(super) fn tables(d: &Dataset) -> Vec<TableRows<'_>> {
    vec![
        reports().table(d.reports()),
        actors().table(d.actors()),
        sources().table(d.sources()),
        link_rows(source_actors(), d.sources(), |s| {
            ids(s.actors(), |a| a.id().as_str())
        }),
        events().table(d.events()),
        link_rows(event_actors(), d.events(), |e| {
            ids(e.actors(), |a| a.id().as_str())
        }),
        link_rows(event_sources(), d.events(), |e| {
            ids(e.sources(), |s| s.id().as_str())
        }),
        estimates().table(d.estimates()),
        link_rows(reported_with(), d.estimates(), |e| {
            ids(e.reported_with(), |w| w.id().as_str())
        }),
        link_rows(estimate_restated(), d.estimates(), |e| {
            e.restated().iter().collect()
        }),
        claims().table(d.claims()),
        link_rows(claim_about(), d.claims(), |c| {
            ids(c.about(), |a| a.id().as_str())
        }),
        link_rows(claim_restated(), d.claims(), |c| {
            c.restated().iter().collect()
        }),
    ]
}
