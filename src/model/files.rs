//! The format of the data files under `data/`: what a person edits.
//!
//! One TOML file per collection, each an array of tables: `reports.toml` (`[[report]]`),
//! `actors.toml` (`[[actor]]`), `events.toml` (`[[event]]`), `estimates.toml`
//! (`[[estimate]]`), `sources.toml` (`[[source]]`) and `claims.toml` (`[[claim]]`). A record
//! quotes its report by the words alone (`quote = "..."`); where the words sit in the report is
//! found when the files are read, so nobody counts bytes by hand. Unknown keys are errors, so a
//! misspelt field cannot pass unnoticed. Vocabulary words and dates are read as [`Written`]
//! text, so that a wrong one fails its own record and not the whole file.
//!
//! Records keep their spans in the file, so that every later check can name the line.

use serde::Deserialize;
use toml::Spanned;

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

/// One `[[actor]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorEntry {
    pub id: Spanned<String>,
    pub name: String,
    pub named: bool,
    pub kind: Written,
    pub country: Option<Spanned<String>>,
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
    pub date: Option<WrittenDate>,
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
    pub topic: Written,
    pub measure: Written,
    pub value: u64,
    pub qualifier: Written,
    pub period: Option<String>,
    pub since: Option<WrittenDate>,
    pub during: Option<WrittenDate>,
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
    pub kind: Written,
    #[serde(default)]
    pub actors: Vec<Spanned<String>>,
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
    pub date: Option<WrittenDate>,
    #[serde(default)]
    pub about: Vec<Spanned<String>>,
    pub status: Written,
    pub report: Option<Spanned<String>>,
    pub quote: Spanned<String>,
    #[serde(default)]
    pub restated: Vec<Spanned<String>>,
}
