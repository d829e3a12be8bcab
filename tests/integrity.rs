//! The build checks these; this proves them again at run time, from the files on disk.
//!
//! Every quote stands in `data/article.txt` exactly once and exactly where the record says;
//! the embedded report is the file byte for byte; every reference resolves; ids are unique
//! and kebab-case.

use std::collections::HashSet;
use std::path::Path;

use facts::{Quote, Record, Records, SourceKind};

fn article() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/article.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every quote of every record, labelled with its record.
fn all_quotes() -> Vec<(String, Quote<'static>)> {
    let mut quotes = Vec::new();
    for a in facts::actors() {
        quotes.push((format!("actor {}", a.id()), a.quote()));
    }
    for e in facts::events() {
        quotes.push((format!("event {}", e.id()), e.quote()));
    }
    for e in facts::estimates() {
        quotes.push((format!("estimate {}", e.id()), e.quote()));
        for q in e.restated().iter() {
            quotes.push((format!("estimate {} (restated)", e.id()), q));
        }
    }
    for s in facts::sources() {
        quotes.push((format!("source {}", s.id()), s.quote()));
    }
    for c in facts::claims() {
        quotes.push((format!("claim {}", c.id()), c.quote()));
    }
    quotes
}

#[test]
fn the_embedded_report_is_the_file_byte_for_byte() {
    let reports = facts::reports();
    assert_eq!(reports.len(), 1);
    let report = reports.get(0).unwrap();
    assert_eq!(report.id().as_str(), "nk-pows-seek-south-korea");
    assert_eq!(report.text().as_bytes(), article().as_bytes());
}

#[test]
fn every_quote_stands_once_where_its_record_says() {
    let text = article();
    let quotes = all_quotes();
    assert!(quotes.len() > 100, "only {} quotes", quotes.len());
    for (record, quote) in quotes {
        assert_eq!(
            quote.report().id().as_str(),
            "nk-pows-seek-south-korea",
            "{record}"
        );
        assert!(!quote.text().is_empty(), "{record}: empty quote");
        assert_eq!(
            text.get(quote.range()),
            Some(quote.text()),
            "{record}: not at bytes {:?}",
            quote.range()
        );
        assert_eq!(
            text.matches(quote.text()).count(),
            1,
            "{record}: \"{}\" does not stand exactly once",
            quote.text()
        );
    }
}

#[test]
fn a_restated_figure_is_quoted_at_another_place() {
    for e in facts::estimates() {
        for q in e.restated().iter() {
            assert!(
                q.start() >= e.quote().end() || q.end() <= e.quote().start(),
                "estimate {}: restated quote overlaps the first",
                e.id()
            );
        }
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn assert_ids<'a>(collection: &str, ids: impl IntoIterator<Item = &'a str>) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(is_kebab(id), "{collection}: `{id}` is not kebab-case");
        assert!(seen.insert(id), "{collection}: `{id}` twice");
    }
    assert!(!seen.is_empty(), "{collection} is empty");
    seen
}

#[test]
fn ids_are_unique_kebab_case() {
    assert!(!is_kebab("Yu_Yong") && !is_kebab("a--b") && !is_kebab("-a") && is_kebab("a-1"));
    assert_ids("reports", facts::reports().iter().map(|r| r.id().as_str()));
    assert_ids("actors", facts::actors().iter().map(|r| r.id().as_str()));
    assert_ids("events", facts::events().iter().map(|r| r.id().as_str()));
    assert_ids(
        "estimates",
        facts::estimates().iter().map(|r| r.id().as_str()),
    );
    assert_ids("sources", facts::sources().iter().map(|r| r.id().as_str()));
    assert_ids("claims", facts::claims().iter().map(|r| r.id().as_str()));
}

/// The records a list field names, after checking that each of its ids names one: a list
/// passes over an id that names no record, so one that does not resolve in full yields fewer
/// records than it holds ids.
fn resolved<'d, R: Record<'d>>(list: Records<'d, R>, what: &str) -> Records<'d, R> {
    assert_eq!(
        list.iter().count(),
        list.len(),
        "{what}: an id names no record"
    );
    list
}

#[test]
fn every_reference_resolves() {
    let actors = assert_ids("actors", facts::actors().iter().map(|r| r.id().as_str()));
    let sources = assert_ids("sources", facts::sources().iter().map(|r| r.id().as_str()));
    let estimates = assert_ids(
        "estimates",
        facts::estimates().iter().map(|r| r.id().as_str()),
    );

    for a in facts::actors() {
        if let Some(affiliation) = a.affiliation() {
            assert!(
                actors.contains(affiliation.id().as_str()),
                "actor {}: affiliation `{}`",
                a.id(),
                affiliation.id()
            );
            assert_ne!(
                affiliation.id(),
                a.id(),
                "actor {} belongs to itself",
                a.id()
            );
        }
    }
    for s in facts::sources() {
        for actor in s.actors() {
            assert!(
                actors.contains(actor.id().as_str()),
                "source {}: actor `{}`",
                s.id(),
                actor.id()
            );
        }
    }
    for e in facts::events() {
        assert!(
            !e.sources().is_empty(),
            "event {}: nobody reports it",
            e.id()
        );
        for s in resolved(e.sources(), &format!("event {}: sources", e.id())) {
            assert!(
                sources.contains(s.id().as_str()),
                "event {}: source `{}`",
                e.id(),
                s.id()
            );
        }
        for a in resolved(e.actors(), &format!("event {}: actors", e.id())) {
            assert!(
                actors.contains(a.id().as_str()),
                "event {}: actor `{}`",
                e.id(),
                a.id()
            );
        }
    }
    for c in facts::claims() {
        assert!(
            sources.contains(c.source().id().as_str()),
            "claim {}: source `{}`",
            c.id(),
            c.source().id()
        );
        for a in resolved(c.about(), &format!("claim {}: about", c.id())) {
            assert!(
                actors.contains(a.id().as_str()),
                "claim {}: about `{}`",
                c.id(),
                a.id()
            );
        }
    }
    for e in facts::estimates() {
        assert!(
            sources.contains(e.source().id().as_str()),
            "estimate {}: source `{}`",
            e.id(),
            e.source().id()
        );
        let reported_with = resolved(
            e.reported_with(),
            &format!("estimate {}: reported_with", e.id()),
        );
        for w in reported_with {
            assert!(
                estimates.contains(w.id().as_str()),
                "estimate {}: reported_with `{}`",
                e.id(),
                w.id()
            );
            assert_ne!(
                w.id(),
                e.id(),
                "estimate {} is reported with itself",
                e.id()
            );
            assert!(
                w.reported_with().iter().any(|x| x.id() == e.id()),
                "estimate {} is reported with {w}, but not {w} with it",
                e.id(),
                w = w.id()
            );
        }
    }
}

#[test]
fn the_records_other_code_relies_on_are_there() {
    let visit = facts::event("february-visit").unwrap();
    assert_eq!(visit.date().unwrap().to_string(), "February [2025]");
    assert!(facts::event("capture").is_some());
    assert!(facts::event("detention").unwrap().ongoing());

    let death = facts::claim("death-sentence").unwrap();
    assert_eq!(death.source().id().as_str(), "yu-yong-weon");
    assert_eq!(death.status(), facts::ClaimStatus::Stated);

    let other = facts::source("other-assessments").unwrap();
    assert_eq!(
        (other.name(), other.kind(), other.actors().is_empty()),
        ("Other assessments", SourceKind::Assessment, true)
    );
    assert_eq!(
        facts::source("yu-yong-weon").unwrap().name(),
        "Yu Yong-weon"
    );
    assert_eq!(
        facts::source("later-south-korean-briefings")
            .unwrap()
            .name(),
        "Later South Korean briefings"
    );
    for (id, name) in [
        ("yu-yong-weon", "Yu Yong-weon"),
        ("jang-se-yul", "Jang Se-yul"),
        ("kim-jong-un", "Kim Jong-un"),
    ] {
        let actor = facts::actor(id).unwrap();
        assert_eq!((actor.name(), actor.named()), (name, true));
    }

    let kinds = |kind| facts::sources().iter().filter(|s| s.kind() == kind).count();
    assert_eq!(kinds(SourceKind::Assessment), 3);
    assert_eq!(
        kinds(SourceKind::Intelligence),
        2,
        "only where the report says intelligence"
    );
    assert!(
        facts::sources()
            .iter()
            .any(|s| s.confirmable() == Some(false))
    );
    let killed = facts::estimates()
        .iter()
        .filter(|e| e.measure() == facts::Measure::Killed)
        .count();
    assert_eq!(killed, 2);
}
