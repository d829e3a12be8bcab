//! Checking records however they were made, one at a time against ids built once: what each
//! kind of record must hold, on every core for a large collection.

use crate::model::collection::Collection;
use crate::model::files::FileField;
use crate::model::suggest::closest;
use crate::model::validate::error::{DataError, Problem, RecordName};
use crate::model::validate::filed::{Collections, Filed, Origin};
use crate::model::validate::references::{Context, Referable, long_links, unique_ids};
use crate::model::{
    Measure, StoredActor, StoredClaim, StoredEstimate, StoredEvent, StoredReport, StoredSource,
    Topic,
};

/// Checks records however they were made: ids, references, quotes and the consistency of
/// each record's fields. Returns every problem found: those of ids first, then those of each
/// collection's records in order.
///
/// The work is linear in the number of records (hashing, no sorting), as loaded datasets hold
/// millions; a record's name for a message is only formatted when there is a problem. A large
/// collection is checked in slices on every core, against id sets built once and shared.
pub fn check(c: &Collections) -> Vec<DataError> {
    let mut errors = Vec::new();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let e = &mut errors;
    let reports = unique_ids(&c.reports, |r| r.id.as_str(), threads, e);
    let actors = unique_ids(&c.actors, |r| r.id.as_str(), threads, e);
    unique_ids(&c.events, |r| r.id.as_str(), threads, e);
    let estimates = unique_ids(&c.estimates, |r| r.id.as_str(), threads, e);
    let sources = unique_ids(&c.sources, |r| r.id.as_str(), threads, e);
    unique_ids(&c.claims, |r| r.id.as_str(), threads, e);
    let known = Context {
        collections: c,
        reports,
        actors,
        estimates,
        sources,
        long_links: long_links(&c.estimates),
    };
    let k = &known;
    errors.extend(in_slices(&c.actors, threads, k, RecordChecker::actor));
    errors.extend(in_slices(&c.events, threads, k, RecordChecker::event));
    errors.extend(in_slices(&c.estimates, threads, k, RecordChecker::estimate));
    errors.extend(in_slices(&c.sources, threads, k, RecordChecker::source));
    errors.extend(in_slices(&c.claims, threads, k, RecordChecker::claim));
    known.suggest(&mut errors);
    drop_echoed_links(&mut errors);
    errors
}

/// Drops each one-sided link that a misspelt link explains: `b` names `a` back as `a-typo`,
/// which is an error of its own ("did you mean `a`?"), so `a`'s link to `b` is not reported
/// as one-sided too. One mistake, one error.
fn drop_echoed_links(errors: &mut Vec<DataError>) {
    // (the record holding the misspelt link, the estimate it was meant to name)
    let misspelt: Vec<(String, String)> = errors
        .iter()
        .filter_map(|e| match &e.problem {
            Problem::UnknownReference {
                record,
                field: FileField::ReportedWith,
                suggestion: Some(meant),
                ..
            } => Some((record.clone(), meant.clone())),
            _ => None,
        })
        .collect();
    if misspelt.is_empty() {
        return;
    }
    errors.retain(|e| match &e.problem {
        Problem::OneSidedLink { names, id, .. } => {
            let other = RecordName {
                of: Collection::Estimates,
                id: names,
            }
            .to_string();
            !misspelt.iter().any(|(r, meant)| *r == other && meant == id)
        }
        _ => true,
    });
}

/// Below this many records a collection is checked on the calling thread: starting threads
/// would cost more than it saves.
pub(super) const SLICE_MIN: usize = 1 << 14;

/// Checks every record of `filed` with `each`, in up to `threads` slices at once; returns the
/// problems found.
fn in_slices<'c, 'k, T: Sync>(
    filed: &'c Filed<T>,
    threads: usize,
    known: &'k Context<'c>,
    each: impl Fn(&mut RecordChecker<'c, 'k>, &'c T, &'c Origin) + Sync,
) -> Vec<DataError> {
    let check = |records: &'c [T], origins: &'c [Origin]| {
        let mut k = RecordChecker {
            known,
            errors: Vec::new(),
            last_report: None,
        };
        for (r, o) in records.iter().zip(origins) {
            each(&mut k, r, o);
        }
        k.errors
    };
    let len = filed.records.len();
    if threads < 2 || len < SLICE_MIN {
        return check(&filed.records, &filed.origins);
    }
    let slice = len.div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = filed
            .records
            .chunks(slice)
            .zip(filed.origins.chunks(slice))
            .map(|(records, origins)| scope.spawn(move || check(records, origins)))
            .collect();
        workers.into_iter().flat_map(join).collect()
    })
}

/// The result of a scoped thread, passing its panic, if any, on to this one.
pub(super) fn join<T>(worker: std::thread::ScopedJoinHandle<'_, T>) -> T {
    worker
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Checks records one at a time against the shared [`Context`], keeping the problems found.
pub(super) struct RecordChecker<'c, 'k> {
    pub(super) known: &'k Context<'c>,
    pub(super) errors: Vec<DataError>,
    /// The report the last quote was in: records mostly come report by report.
    pub(super) last_report: Option<&'c StoredReport>,
}

impl<'c> RecordChecker<'c, '_> {
    fn actor(&mut self, r: &'c StoredActor, o: &Origin) {
        let name = RecordName {
            of: Collection::Actors,
            id: r.id.as_str(),
        };
        self.not_empty(o, name, FileField::Name, &r.name);
        if let Some(country) = &r.country {
            self.country(o, name, country);
        }
        if let Some(a) = &r.affiliation {
            let field = FileField::Affiliation;
            self.refer(o, name, field, a.as_str(), Referable::Actors);
            if a == &r.id {
                let record = name.to_string();
                self.problem(o, Problem::OwnAffiliation { record });
            }
        }
        self.quote(o, &r.quote);
    }

    fn event(&mut self, r: &'c StoredEvent, o: &Origin) {
        let name = RecordName {
            of: Collection::Events,
            id: r.id.as_str(),
        };
        self.not_empty(o, name, FileField::Title, &r.title);
        for a in r.actors.iter() {
            self.refer(o, name, FileField::Actors, a.as_str(), Referable::Actors);
        }
        if r.sources.is_empty() {
            let record = name.to_string();
            self.problem(o, Problem::NoSources { record });
        }
        for s in r.sources.iter() {
            self.refer(o, name, FileField::Sources, s.as_str(), Referable::Sources);
        }
        if r.ongoing && r.date.is_none() {
            let record = name.to_string();
            self.problem(o, Problem::OngoingUndated { record });
        }
        self.quote(o, &r.quote);
    }

    fn estimate(&mut self, r: &'c StoredEstimate, o: &Origin) {
        let name = RecordName {
            of: Collection::Estimates,
            id: r.id.as_str(),
        };
        let fits = matches!(
            (r.topic, r.measure),
            (Topic::Deployment, Measure::Troops)
                | (Topic::Casualties, Measure::Killed | Measure::Wounded)
        );
        if !fits {
            let problem = Problem::MeasureOffTopic {
                record: name.to_string(),
                topic: r.topic,
                measure: r.measure,
            };
            self.problem(o, problem);
        }
        self.refer(
            o,
            name,
            FileField::Source,
            r.source.as_str(),
            Referable::Sources,
        );
        for w in r.reported_with.iter() {
            let field = FileField::ReportedWith;
            self.refer(o, name, field, w.as_str(), Referable::Estimates);
            if w == &r.id {
                let record = name.to_string();
                self.problem(o, Problem::ReportedWithItself { record });
            }
            // Figures reported together go both ways; a one-sided link is a slip.
            let other = self.known.estimates.position(w.as_str());
            if other.is_some_and(|p| !self.known.reported_with(p, r.id.as_str())) {
                let problem = Problem::OneSidedLink {
                    record: name.to_string(),
                    names: w.to_string(),
                    id: r.id.to_string(),
                };
                self.problem(o, problem);
            }
        }
        self.quote(o, &r.quote);
        for q in r.restated.iter() {
            self.quote(o, q);
        }
        self.figure(o, name, r);
    }

    fn source(&mut self, r: &'c StoredSource, o: &Origin) {
        let name = RecordName {
            of: Collection::Sources,
            id: r.id.as_str(),
        };
        self.not_empty(o, name, FileField::Name, &r.name);
        for a in r.actors.iter() {
            self.refer(o, name, FileField::Actors, a.as_str(), Referable::Actors);
        }
        self.quote(o, &r.quote);
    }

    fn claim(&mut self, r: &'c StoredClaim, o: &Origin) {
        let name = RecordName {
            of: Collection::Claims,
            id: r.id.as_str(),
        };
        self.not_empty(o, name, FileField::Text, &r.text);
        self.refer(
            o,
            name,
            FileField::Source,
            r.source.as_str(),
            Referable::Sources,
        );
        for a in r.about.iter() {
            self.refer(o, name, FileField::About, a.as_str(), Referable::Actors);
        }
        self.quote(o, &r.quote);
        for q in r.restated.iter() {
            self.quote(o, q);
        }
        self.hedge(o, name, r);
    }

    /// A country is any snake_case name; a near miss of a well-known one is a slip.
    fn country(&mut self, o: &Origin, name: RecordName<'_>, country: &str) {
        let snake = !country.is_empty()
            && country.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            && !country.starts_with('_')
            && !country.ends_with('_')
            && !country.contains("__");
        let known = KNOWN_COUNTRIES.contains(&country);
        let suggestion = if !snake {
            let snaked: String = country
                .trim()
                .chars()
                .map(|c| match c {
                    ' ' | '-' => '_',
                    c => c.to_ascii_lowercase(),
                })
                .collect();
            Some(closest(&snaked, KNOWN_COUNTRIES.iter().copied()).map_or(snaked, str::to_owned))
        } else if known {
            return;
        } else {
            match closest(country, KNOWN_COUNTRIES.iter().copied()) {
                Some(near) => Some(near.to_owned()),
                None => return,
            }
        };
        self.problem(
            o,
            Problem::BadCountry {
                record: name.to_string(),
                country: country.to_owned(),
                suggestion,
            },
        );
    }

    /// Keeps a problem found in the record read at `origin`.
    pub(super) fn problem(&mut self, origin: &Origin, problem: Problem) {
        self.errors.push(DataError {
            file: origin.file.to_string(),
            line: Some(origin.line),
            problem,
        });
    }

    fn not_empty(&mut self, origin: &Origin, record: RecordName<'_>, field: FileField, text: &str) {
        if text.trim().is_empty() {
            let record = record.to_string();
            self.problem(origin, Problem::EmptyField { record, field });
        }
    }
}

/// Countries a report is likely to name, for "did you mean" on a slip. Any other snake_case
/// name loads: the list suggests, it does not close.
const KNOWN_COUNTRIES: &[&str] = &[
    "north_korea",
    "south_korea",
    "ukraine",
    "russia",
    "belarus",
    "china",
    "japan",
    "united_states",
    "united_kingdom",
    "germany",
    "france",
    "poland",
];
