//! The format of the data files under `data/`: what a person edits.
//!
//! One TOML file per collection, each an array of tables: `reports.toml` (`[[report]]`),
//! `actors.toml` (`[[actor]]`), `events.toml` (`[[event]]`), `estimates.toml`
//! (`[[estimate]]`), `sources.toml` (`[[source]]`) and `claims.toml` (`[[claim]]`). A record
//! quotes its report by the words alone (`quote = "..."`); where the words sit in the report is
//! found when the files are read, so nobody counts bytes by hand. Unknown keys are errors, so a
//! misspelt field cannot pass unnoticed.
//!
//! Records keep their spans in the file, so that every later check can name the line.

use serde::Deserialize;
use toml::Spanned;

use crate::model::{ActorKind, ClaimStatus, Country, Date, Measure, Qualifier, SourceKind, Topic};

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

/// One `[[actor]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorEntry {
    pub id: Spanned<String>,
    pub name: String,
    pub named: bool,
    pub kind: ActorKind,
    pub country: Option<Country>,
    pub role: Option<String>,
    pub affiliation: Option<Spanned<String>>,
    pub report: Option<Spanned<String>>,
    pub quote: Spanned<String>,
}

/// `events.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    #[serde(default)]
    pub event: Vec<Spanned<EventEntry>>,
}

/// One `[[event]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventEntry {
    pub id: Spanned<String>,
    pub title: String,
    pub date: Option<Date>,
    #[serde(default)]
    pub ongoing: bool,
    pub place: Option<String>,
    #[serde(default)]
    pub actors: Vec<Spanned<String>>,
    pub sources: Vec<Spanned<String>>,
    pub report: Option<Spanned<String>>,
    pub quote: Spanned<String>,
}

/// `estimates.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EstimatesFile {
    #[serde(default)]
    pub estimate: Vec<Spanned<EstimateEntry>>,
}

/// One `[[estimate]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EstimateEntry {
    pub id: Spanned<String>,
    pub topic: Topic,
    pub measure: Measure,
    pub value: u64,
    pub qualifier: Qualifier,
    pub period: Option<String>,
    pub since: Option<Date>,
    pub during: Option<Date>,
    pub source: Spanned<String>,
    #[serde(default)]
    pub reported_with: Vec<Spanned<String>>,
    pub report: Option<Spanned<String>>,
    pub quote: Spanned<String>,
    #[serde(default)]
    pub restated: Vec<Spanned<String>>,
}

/// `sources.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<Spanned<SourceEntry>>,
}

/// One `[[source]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: Spanned<String>,
    pub name: String,
    pub kind: SourceKind,
    pub actor: Option<Spanned<String>>,
    pub confirmable: Option<bool>,
    pub report: Option<Spanned<String>>,
    pub quote: Spanned<String>,
}

/// `claims.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    #[serde(default)]
    pub claim: Vec<Spanned<ClaimEntry>>,
}

/// One `[[claim]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimEntry {
    pub id: Spanned<String>,
    pub text: String,
    pub source: Spanned<String>,
    pub date: Option<Date>,
    #[serde(default)]
    pub about: Vec<Spanned<String>>,
    pub status: ClaimStatus,
    pub report: Option<Spanned<String>>,
    pub quote: Spanned<String>,
}
