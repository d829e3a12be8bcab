//! Reading a directory of TOML fact files into records: each entry turned into its model
//! record, its words and dates into their types and its quotes found in its report. A record
//! with a wrong word, date or quote is left out and named once; the rest is read and checked.

use std::borrow::Cow;
use std::path::Path;

use toml::Spanned;

use crate::model::collection::Collection;
use crate::model::files::{
    ActorsFile, ClaimsFile, EstimatesFile, EventsFile, FileField, ReportsFile, SourcesFile,
};
use crate::model::suggest::closest;
use crate::model::validate::error::{DataError, Problem, RecordName};
use crate::model::validate::filed::Collections;
use crate::model::validate::records::check;
use crate::model::validate::toml_file::{TomlFile, read_toml};
use crate::model::{
    ActorId, ActorKind, ClaimId, ClaimStatus, EstimateId, EventId, Measure, Qualifier, ReportId,
    SourceId, SourceKind, StoredActor, StoredClaim, StoredEstimate, StoredEvent, StoredQuote,
    StoredReport, StoredSource, Topic,
};

/// Reads every fact file in `dir` and checks the result. `reports.toml` is required; a missing
/// collection file is an empty collection.
pub fn load_dir(dir: &Path) -> Result<Collections, Vec<DataError>> {
    if !dir.is_dir() {
        // One error for the directory, not one for each fact file missing from it.
        return Err(vec![DataError {
            file: dir.display().to_string(),
            line: None,
            problem: Problem::NotADirectory,
        }]);
    }
    let mut errors = Vec::new();
    let mut collections = Collections::default();

    if let Some(file) = read_toml::<ReportsFile>(dir, "reports.toml", true, &mut errors) {
        for entry in &file.value.report {
            let origin = file.origin(entry.span().start);
            let text_path = dir.join(entry.get_ref().file.get_ref());
            match std::fs::read_to_string(&text_path) {
                Ok(text) => collections.reports.push(
                    StoredReport {
                        id: ReportId::new(entry.get_ref().id.get_ref().clone()),
                        title: entry.get_ref().title.clone().into(),
                        year: entry.get_ref().year,
                        text: text.into(),
                    },
                    origin,
                ),
                Err(e) => errors.push(file.error(
                    entry.get_ref().file.span().start,
                    Problem::ReportUnreadable {
                        path: text_path.display().to_string(),
                        reason: e.to_string(),
                    },
                )),
            }
        }
    }
    let reports = collections.reports.records.clone();

    let file = read_collection::<ActorsFile>(
        dir,
        "actors.toml",
        Collection::Actors,
        &mut collections,
        &mut errors,
    );
    if let Some(file) = file {
        for entry in &file.value.actor {
            let e = entry.get_ref();
            let name = name(Collection::Actors, &e.id);
            let kind = file.word::<ActorKind>(name, FileField::Kind, &e.kind, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let (Some(kind), Some(quote)) = (kind, quote) else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.actors.push(
                StoredActor {
                    id: ActorId::new(e.id.get_ref().clone()),
                    name: e.name.clone().into(),
                    named: e.named,
                    kind,
                    country: e.country.as_ref().map(|c| c.get_ref().clone().into()),
                    role: e.role.clone().map(Into::into),
                    affiliation: e
                        .affiliation
                        .as_ref()
                        .map(|a| ActorId::new(a.get_ref().clone())),
                    quote,
                },
                file.origin(entry.span().start),
            );
        }
    }

    let file = read_collection::<EventsFile>(
        dir,
        "events.toml",
        Collection::Events,
        &mut collections,
        &mut errors,
    );
    if let Some(file) = file {
        for entry in &file.value.event {
            let e = entry.get_ref();
            let name = name(Collection::Events, &e.id);
            let date = file.date(name, FileField::Date, &e.date, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let (Some(date), Some(quote)) = (date, quote) else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.events.push(
                StoredEvent {
                    id: EventId::new(e.id.get_ref().clone()),
                    title: e.title.clone().into(),
                    date,
                    ongoing: e.ongoing,
                    place: e.place.clone().map(Into::into),
                    actors: ids(&e.actors, ActorId::new),
                    sources: ids(&e.sources, SourceId::new),
                    quote,
                },
                file.origin(entry.span().start),
            );
        }
    }

    let file = read_collection::<EstimatesFile>(
        dir,
        "estimates.toml",
        Collection::Estimates,
        &mut collections,
        &mut errors,
    );
    if let Some(file) = file {
        for entry in &file.value.estimate {
            let e = entry.get_ref();
            let name = name(Collection::Estimates, &e.id);
            let errors = &mut errors;
            let topic = file.word::<Topic>(name, FileField::Topic, &e.topic, errors);
            let measure = file.word::<Measure>(name, FileField::Measure, &e.measure, errors);
            let qualifier =
                file.word::<Qualifier>(name, FileField::Qualifier, &e.qualifier, errors);
            let since = file.date(name, FileField::Since, &e.since, errors);
            let during = file.date(name, FileField::During, &e.during, errors);
            let quote = file.quote(&reports, &e.report, &e.quote, errors);
            let restated: Option<Vec<StoredQuote>> = e
                .restated
                .iter()
                .map(|r| file.quote(&reports, &e.report, r, errors))
                .collect();
            let (
                Some(topic),
                Some(measure),
                Some(qualifier),
                Some(since),
                Some(during),
                Some(quote),
                Some(restated),
            ) = (topic, measure, qualifier, since, during, quote, restated)
            else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.estimates.push(
                StoredEstimate {
                    id: EstimateId::new(e.id.get_ref().clone()),
                    topic,
                    measure,
                    value: e.value,
                    qualifier,
                    period: e.period.clone().map(Into::into),
                    since,
                    during,
                    source: SourceId::new(e.source.get_ref().clone()),
                    reported_with: ids(&e.reported_with, EstimateId::new),
                    quote,
                    restated: restated.into(),
                },
                file.origin(entry.span().start),
            );
        }
    }

    let file = read_collection::<SourcesFile>(
        dir,
        "sources.toml",
        Collection::Sources,
        &mut collections,
        &mut errors,
    );
    if let Some(file) = file {
        for entry in &file.value.source {
            let e = entry.get_ref();
            let name = name(Collection::Sources, &e.id);
            let kind = file.word::<SourceKind>(name, FileField::Kind, &e.kind, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let (Some(kind), Some(quote)) = (kind, quote) else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.sources.push(
                StoredSource {
                    id: SourceId::new(e.id.get_ref().clone()),
                    name: e.name.clone().into(),
                    kind,
                    actors: ids(&e.actors, ActorId::new),
                    confirmable: e.confirmable,
                    quote,
                },
                file.origin(entry.span().start),
            );
        }
    }

    let file = read_collection::<ClaimsFile>(
        dir,
        "claims.toml",
        Collection::Claims,
        &mut collections,
        &mut errors,
    );
    if let Some(file) = file {
        for entry in &file.value.claim {
            let e = entry.get_ref();
            let name = name(Collection::Claims, &e.id);
            let errors = &mut errors;
            let date = file.date(name, FileField::Date, &e.date, errors);
            let status = file.word::<ClaimStatus>(name, FileField::Status, &e.status, errors);
            let quote = file.quote(&reports, &e.report, &e.quote, errors);
            let restated: Option<Vec<StoredQuote>> = e
                .restated
                .iter()
                .map(|r| file.quote(&reports, &e.report, r, errors))
                .collect();
            let (Some(date), Some(status), Some(quote), Some(restated)) =
                (date, status, quote, restated)
            else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.claims.push(
                StoredClaim {
                    id: ClaimId::new(e.id.get_ref().clone()),
                    text: e.text.clone().into(),
                    source: SourceId::new(e.source.get_ref().clone()),
                    date,
                    about: ids(&e.about, ActorId::new),
                    status,
                    quote,
                    restated: restated.into(),
                },
                file.origin(entry.span().start),
            );
        }
    }

    errors.extend(strays(dir));
    errors.extend(check(&collections));
    // Reading finds some problems and the checks after it others: put them in file and line
    // order, as a person fixes them (a sort that keeps the order of equals).
    errors.sort_by_key(|e| (file_rank(&e.file), e.line));
    if errors.is_empty() {
        Ok(collections)
    } else {
        Err(errors)
    }
}

/// An entry as problems name it.
fn name(of: Collection, id: &Spanned<String>) -> RecordName<'_> {
    RecordName {
        of,
        id: id.get_ref(),
    }
}

/// The ids an entry lists, as the record's list.
fn ids<T: Clone>(refs: &[Spanned<String>], make: fn(String) -> T) -> Cow<'static, [T]> {
    refs.iter()
        .map(|r| make(r.get_ref().clone()))
        .collect::<Vec<_>>()
        .into()
}

/// The fact files a directory may hold, each read if it is there.
const FILES: [&str; 6] = [
    "reports.toml",
    "actors.toml",
    "events.toml",
    "estimates.toml",
    "sources.toml",
    "claims.toml",
];

/// A problem for each `.toml` file in `dir` that is not a fact file (`claim.toml`): nothing in
/// it would be read, and an empty collection would look like a fact.
fn strays(dir: &Path) -> Vec<DataError> {
    // A directory that cannot be listed has failed on `reports.toml` already.
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".toml") && !FILES.contains(&name.as_str()))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| DataError {
            file: dir.join(&name).display().to_string(),
            line: None,
            problem: Problem::UnknownFile {
                suggestion: closest(&name, FILES),
            },
        })
        .collect()
}

/// Where a problem's file comes among the fact files: in [`FILES`] order, any other file
/// (a report's text, a stray) after them.
fn file_rank(file: &str) -> usize {
    let name = Path::new(file).file_name().and_then(|n| n.to_str());
    FILES
        .iter()
        .position(|f| Some(*f) == name)
        .unwrap_or(FILES.len())
}

/// Reads a collection's file; one that is there but cannot be read is one error, and the
/// collection is marked unread so that references into it do not repeat it. An absent file
/// is an empty collection.
fn read_collection<T: serde::de::DeserializeOwned>(
    dir: &Path,
    name: &str,
    collection: Collection,
    collections: &mut Collections,
    errors: &mut Vec<DataError>,
) -> Option<TomlFile<T>> {
    let before = errors.len();
    let file = read_toml::<T>(dir, name, false, errors);
    if errors.len() > before {
        collections.unread.insert(collection);
    }
    file
}
