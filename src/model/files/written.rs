//! The fact files as TOML reads them: the files around the entries, a report's entry and the
//! written forms of words and dates. Compiled where the files are read: into build.rs always,
//! into the library with the `load` feature.

use serde::Deserialize;
use toml::Spanned;

use crate::model::{ActorEntry, ClaimEntry, EstimateEntry, EventEntry, SourceEntry};

/// A vocabulary word or a date as a person wrote it. Read as text and turned into its type
/// record by record, so that one wrong word (`kind = "gruop"`) is one error naming its record,
/// while the rest of the file is still read and checked.
pub type Written = Spanned<String>;

/// A date as written: text. A TOML date without quotes (`date = 2025-10-28`) is a value of
/// another type, which no record field takes, so it fails the file with the form that works.
#[derive(Debug)]
pub struct DateText(pub String);

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<DateText, D::Error> {
        match toml::Value::deserialize(deserializer)? {
            toml::Value::String(text) => Ok(DateText(text)),
            _ => Err(serde::de::Error::custom(
                "a date is text in quotes, such as \"October 2025\" or \"28 October 2025\"",
            )),
        }
    }
}

/// A date as written, with where it stands in the file.
pub type WrittenDate = Spanned<DateText>;

/// `reports.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportsFile {
    /// The reports.
    pub report: Vec<Spanned<ReportEntry>>,
}

/// One `[[report]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportEntry {
    pub id: Spanned<String>,
    pub title: String,
    pub year: i32,
    /// The report's text file, relative to the data directory.
    pub file: Spanned<String>,
}

/// `actors.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorsFile {
    #[serde(default)]
    pub actor: Vec<Spanned<ActorEntry>>,
}

/// `events.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    #[serde(default)]
    pub event: Vec<Spanned<EventEntry>>,
}

/// `estimates.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EstimatesFile {
    #[serde(default)]
    pub estimate: Vec<Spanned<EstimateEntry>>,
}

/// `sources.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<Spanned<SourceEntry>>,
}

/// `claims.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    #[serde(default)]
    pub claim: Vec<Spanned<ClaimEntry>>,
}
