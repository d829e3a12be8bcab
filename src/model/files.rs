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
//! [`FileField`] names a record's keys, as both these files and JSON Lines write them, for
//! the problems found in one.
//!
//! A collection's entry (`ActorEntry`, ...) is declared with its record (in
//! [`crate::model::stored`]), each field in the form its type is written in
//! ([`FromFile`](crate::model::validate::from_file::FromFile)); [`written`] has the files
//! around the entries, a report's entry (its text is a file of its own) and the written forms
//! of words and dates.

use std::fmt;

// The files as TOML reads them, compiled where they are read: with the `load` feature, into the
// library and into build.rs.
#[cfg(feature = "load")]
mod written;
#[cfg(feature = "load")]
pub use self::written::*;

/// Defines [`FileField`] from its keys, each with the word the files write for it.
macro_rules! file_fields {
    ($($(#[$meta:meta])* $variant:ident = $word:literal,)*) => {
        /// A key of a record, as the fact files and JSON Lines write it: the field a
        /// [`Problem`](crate::Problem) names.
        ///
        /// ```
        /// use facts::{FileField, Problem};
        ///
        /// let problem = Problem::EmptyField {
        ///     record: "event capture".into(),
        ///     field: FileField::Title,
        /// };
        /// assert_eq!(problem.to_string(), "event capture: `title` must not be empty");
        /// assert_eq!(FileField::ReportedWith.to_string(), "reported_with");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum FileField {
            $($(#[$meta])* $variant,)*
        }

        impl FileField {
            /// The key a field of a record is written as, if one is: a record's entry looks
            /// its fields up while the crate compiles, and a field with none stops the build.
            #[cfg(feature = "load")]
            pub(crate) const fn named(word: &str) -> Option<FileField> {
                $(if crate::model::text::same_str(word, $word) {
                    return Some(FileField::$variant);
                })*
                None
            }

            /// The key as the files write it.
            ///
            /// ```
            /// assert_eq!(facts::FileField::Since.word(), "since");
            /// ```
            pub fn word(self) -> &'static str {
                match self {
                    $(FileField::$variant => $word,)*
                }
            }
        }
    };
}

file_fields! {
    /// Every record's id.
    Id = "id",
    /// A report's, and an event's, title.
    Title = "title",
    /// The year a report is written in.
    Year = "year",
    /// A report's text file, in `reports.toml`.
    File = "file",
    /// A report's text, in JSON Lines, and a claim's paraphrase.
    Text = "text",
    /// An actor's, and a source's, name.
    Name = "name",
    /// Whether an actor is named.
    Named = "named",
    /// An actor's, and a source's, kind.
    Kind = "kind",
    /// An actor's country.
    Country = "country",
    /// An actor's role.
    Role = "role",
    /// The actor an actor belongs to.
    Affiliation = "affiliation",
    /// The report a record quotes.
    Report = "report",
    /// The words a record rests on.
    Quote = "quote",
    /// An event's, and a claim's, date.
    Date = "date",
    /// Whether an event still holds.
    Ongoing = "ongoing",
    /// Where an event happened.
    Place = "place",
    /// The actors of an event, or behind a source.
    Actors = "actors",
    /// The sources of an event.
    Sources = "sources",
    /// An estimate's topic.
    Topic = "topic",
    /// What an estimate counts.
    Measure = "measure",
    /// An estimate's figure.
    Value = "value",
    /// How the report qualifies an estimate's figure.
    Qualifier = "qualifier",
    /// The lower bound of an estimate, which JSON Lines writes.
    Low = "low",
    /// The upper bound of an estimate, which JSON Lines writes.
    High = "high",
    /// The period an estimate covers, in words.
    Period = "period",
    /// The earliest an estimate's period begins.
    Since = "since",
    /// The period an estimate falls within.
    During = "during",
    /// Who an estimate, or a claim, comes from.
    Source = "source",
    /// The estimates reported together with one.
    ReportedWith = "reported_with",
    /// Where the report states an estimate, or makes a claim, again.
    Restated = "restated",
    /// Whether a source can be confirmed.
    Confirmable = "confirmable",
    /// The actors a claim is about.
    About = "about",
    /// How firmly the report attributes a claim.
    Status = "status",
}

impl fmt::Display for FileField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.word())
    }
}
