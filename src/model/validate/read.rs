//! Reading a directory of TOML fact files into records: each entry turned into its model
//! record, its words and dates into their types and its quotes found in its report. A record
//! with a wrong word, date or quote is left out and named once; the rest is read and checked.

use foldhash::HashSet;
use std::path::Path;

use toml::Spanned;

use crate::model::collection::Collection;
use crate::model::files::{
    ActorsFile, ClaimsFile, EstimatesFile, EventsFile, ReportsFile, SourcesFile,
};
use crate::model::suggest::closest;
use crate::model::validate::error::{DataError, Problem};
use crate::model::validate::filed::{Collections, Filed};
use crate::model::validate::from_file::Entry;
use crate::model::validate::records::check;
use crate::model::validate::toml_file::{TomlFile, read_toml};
use crate::model::{ReportId, StoredReport, Year};

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
            let text_file = entry.get_ref().file.get_ref();
            let text_path = dir.join(text_file);
            match std::fs::read_to_string(&text_path) {
                Ok(text) => {
                    collections.files.push(text_file.clone());
                    collections.reports.push(
                        StoredReport {
                            id: ReportId::new(entry.get_ref().id.get_ref().clone()),
                            title: entry.get_ref().title.clone().into(),
                            year: Year(entry.get_ref().year),
                            text: text.into(),
                        },
                        origin,
                    );
                }
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

    if let Some(file) =
        read_collection::<ActorsFile>(dir, Collection::Actors, &mut collections, &mut errors)
    {
        let filed = &mut collections.actors;
        read_entries(
            &file,
            &file.value.actor,
            &reports,
            filed,
            &mut collections.rejected,
            &mut errors,
        );
    }
    if let Some(file) =
        read_collection::<EventsFile>(dir, Collection::Events, &mut collections, &mut errors)
    {
        let filed = &mut collections.events;
        read_entries(
            &file,
            &file.value.event,
            &reports,
            filed,
            &mut collections.rejected,
            &mut errors,
        );
    }
    if let Some(file) =
        read_collection::<EstimatesFile>(dir, Collection::Estimates, &mut collections, &mut errors)
    {
        let filed = &mut collections.estimates;
        read_entries(
            &file,
            &file.value.estimate,
            &reports,
            filed,
            &mut collections.rejected,
            &mut errors,
        );
    }
    if let Some(file) =
        read_collection::<SourcesFile>(dir, Collection::Sources, &mut collections, &mut errors)
    {
        let filed = &mut collections.sources;
        read_entries(
            &file,
            &file.value.source,
            &reports,
            filed,
            &mut collections.rejected,
            &mut errors,
        );
    }
    if let Some(file) =
        read_collection::<ClaimsFile>(dir, Collection::Claims, &mut collections, &mut errors)
    {
        let filed = &mut collections.claims;
        read_entries(
            &file,
            &file.value.claim,
            &reports,
            filed,
            &mut collections.rejected,
            &mut errors,
        );
    }

    errors.extend(strays(dir));
    errors.extend(check(&collections));
    let fact_files = FILES.iter().filter(|name| dir.join(name).is_file());
    collections
        .files
        .splice(0..0, fact_files.map(|name| name.to_string()));
    // Reading finds some problems and the checks after it others: put them in file and line
    // order, as a person fixes them (a sort that keeps the order of equals).
    errors.sort_by_key(|e| (file_rank(&e.file), e.line));
    if errors.is_empty() {
        Ok(collections)
    } else {
        Err(errors)
    }
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

/// Reads a file's entries into their records, each filed where it starts; an entry with a
/// wrong field is left out (its id kept, so that references to it are not reported again).
fn read_entries<T, E: Entry>(
    file: &TomlFile<T>,
    entries: &[Spanned<E>],
    reports: &[StoredReport],
    filed: &mut Filed<E::Record>,
    rejected: &mut HashSet<String>,
    errors: &mut Vec<DataError>,
) {
    for entry in entries {
        match entry.get_ref().record(file, reports, errors) {
            Some(record) => filed.push(record, file.origin(entry.span().start)),
            None => {
                rejected.insert(entry.get_ref().id().get_ref().clone());
            }
        }
    }
}

/// Reads a collection's file; one that is there but cannot be read is one error, and the
/// collection is marked unread so that references into it do not repeat it. An absent file
/// is an empty collection.
fn read_collection<T: serde::de::DeserializeOwned>(
    dir: &Path,
    collection: Collection,
    collections: &mut Collections,
    errors: &mut Vec<DataError>,
) -> Option<TomlFile<T>> {
    let before = errors.len();
    let name = format!("{}.toml", collection.name());
    let file = read_toml::<T>(dir, &name, false, errors);
    if errors.len() > before {
        collections.unread.insert(collection);
    }
    file
}
