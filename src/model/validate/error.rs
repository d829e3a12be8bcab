//! The problems a fact file can have, typed: what the build prints and what
//! `Dataset::from_dir` and the JSON Lines readers return, one [`DataError`] a problem.

#[cfg(feature = "load")]
use std::fmt;

use crate::model::collection::Collection;
use crate::model::date::DateError;
use crate::model::files::FileField;
use crate::model::validate::clip::{Clip, clip_quoted};
use crate::model::wording::Figure;
use crate::model::{Bound, ClaimStatus, Measure, Qualifier, Topic};

/// A problem with a fact file, at a line of it. `Display` reads `FILE:LINE: what is wrong`.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("facts-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("report.txt"), "Officials said about 500 troops were sent.").unwrap();
/// std::fs::write(
///     dir.join("reports.toml"),
///     "[[report]]\nid = \"r\"\ntitle = \"R\"\nyear = 2025\nfile = \"report.txt\"\n",
/// ).unwrap();
/// std::fs::write(
///     dir.join("sources.toml"),
///     "[[source]]\nid = \"officials\"\nname = \"Officials\"\nkind = \"officials\"\n\
///      quote = \"Officials said about 5,000\"\n",
/// ).unwrap();
/// let errors = facts::Dataset::from_dir(&dir).unwrap_err();
/// std::fs::remove_dir_all(&dir).unwrap();
/// assert_eq!(errors[0].line, Some(5));
/// assert!(matches!(errors[0].problem, facts::Problem::QuoteNotFound { .. }));
/// assert!(errors[0].to_string().ends_with("sources.toml:5: quote not found in report `r`: \
///     \"Officials said about 5,000\" (quotes must match the report byte for byte, curly quotes \
///     included)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {problem}", at_line(*line))]
#[non_exhaustive]
pub struct DataError {
    /// The file.
    pub file: String,
    /// The line, from 1, where the problem is; `None` for a file that cannot be read at all.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with a fact file: each variant names a mistake a person can make in one.
///
/// The variants keep what they name whole; their messages show at most 200 characters of an
/// id or a quote, and then how long it was. A `record` is the record as messages name it, its
/// kind and its id (`estimate troops-about-15000`), the id cut as messages cut it.
///
/// ```
/// use facts::Problem;
/// let problem = Problem::DuplicateId { id: "capture".into(), first_line: 12 };
/// assert_eq!(problem.to_string(), "duplicate id `capture` (first used at line 12)");
///
/// let problem = Problem::BadId { id: "X".repeat(1_000) };
/// let shown = problem.to_string();
/// assert!(shown.starts_with(&format!("id `{}…` (1000 bytes) is not", "X".repeat(200))));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// The file cannot be read: `reports.toml` is missing, or a JSON Lines file fails halfway.
    /// Holds the system's own message.
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    /// The path given as the data directory is none: it does not exist, or it is a file.
    #[error("not a directory of fact files")]
    NotADirectory,
    /// A `.toml` file in the data directory that is not a fact file, as `claim.toml` beside
    /// the others: nothing in it is read, so it is an error rather than an empty collection.
    #[error("not a fact file, so nothing in it is read{}", did_you_mean_word(*suggestion))]
    UnknownFile {
        /// The fact file it is nearest to by spelling (`claims.toml`).
        suggestion: Option<&'static str>,
    },
    /// A report's text file cannot be read: `file = "report.txt"` names a file that is not in
    /// the data directory.
    #[error("cannot read the file: {path}: {reason}")]
    ReportUnreadable {
        /// The text file, joined to the data directory.
        path: String,
        /// The system's own message.
        reason: String,
    },
    /// A TOML file that does not parse (`title = "unclosed`), or a value of the wrong type
    /// (`year = "2025"`), an unknown key (`titel = ...`), a missing one, or a date without
    /// quotes (`date = 2025-10-28`). Holds the TOML parser's own message, the values it quotes
    /// cut as messages cut them.
    #[error("{0}")]
    Malformed(String),
    /// A line of JSON Lines that is not a record as the crate writes one: not JSON
    /// (`{"kind":"estimate"`), an unknown key or kind, a value of the wrong type, or a word
    /// that is not one of its field's (`"topic":"casualty"`).
    #[error("{}{}{}", record_prefix(record.as_deref()), column_prefix(*column), message)]
    BadJson {
        /// The record, where the line is JSON enough to say (`estimate killed-about-600`).
        record: Option<String>,
        /// The column, from 1, where reading stopped, where the parser says.
        column: Option<usize>,
        /// serde_json's own message, without its line and column, the values it quotes cut as
        /// messages cut them.
        message: String,
    },
    /// A line of JSON Lines that is not UTF-8: a file saved in Latin-1, or cut mid-character.
    #[error("{}column {column}: not UTF-8", record_prefix(record.as_deref()))]
    NotUtf8 {
        /// The record, where the line is JSON enough to say.
        record: Option<String>,
        /// The column, from 1, of the first byte that is not UTF-8.
        column: usize,
    },
    /// An id that is not kebab-case (`Yu_Yong`).
    #[error(
        "id {} is not kebab-case (lower-case letters and digits joined by `-`)",
        Clip::code(id)
    )]
    BadId {
        /// The id.
        id: String,
    },
    /// Two records of one collection share an id: an entry copied and not renamed.
    #[error("duplicate id {} (first used at line {first_line})", Clip::code(id))]
    DuplicateId {
        /// The id.
        id: String,
        /// The line of the first record with it.
        first_line: usize,
    },
    /// A reference to a record that does not exist: `source = "officals"`, or a quote's
    /// `report` that names no report.
    #[error(
        "{record}: `{field}` names {}, which is not in {collection}{}",
        Clip::code(id),
        did_you_mean_id(suggestion.as_deref())
    )]
    UnknownReference {
        /// The record holding the reference (`estimate troops-about-15000`), or `quote` for
        /// the report a quote names.
        record: String,
        /// The key (`source`).
        field: FileField,
        /// The id named.
        id: String,
        /// The collection it should be in.
        collection: Collection,
        /// The nearest id that exists, for a likely typo. Only the first 20 unknown references
        /// found get one: each suggestion compares the id with every id of its collection. An
        /// id longer than 128 bytes gets none: comparing costs the product of the lengths.
        suggestion: Option<String>,
    },
    /// A quote that is not in its report, byte for byte: a straight `'` for the report's `’`.
    #[error(
        "quote not found in report {}: {} (quotes must match the report byte for byte, curly \
         quotes included)",
        Clip::code(report),
        Clip::quoted(quote)
    )]
    QuoteNotFound {
        /// The quote.
        quote: String,
        /// The report searched.
        report: String,
    },
    /// A quote that stands more than once in its report, so its place is not known:
    /// `quote = "South Korea"`.
    #[error(
        "quote stands {count} times in the report: {} (quote more words so it stands once)",
        Clip::quoted(quote)
    )]
    QuoteAmbiguous {
        /// The quote.
        quote: String,
        /// How often it stands there.
        count: usize,
    },
    /// A quote whose byte range does not hold its words, in a JSON line that gives ranges:
    /// `"start"` counted in characters where the report has multi-byte ones before it.
    #[error(
        "quote {} is not at bytes {start}..{end} of its report",
        Clip::quoted(quote)
    )]
    QuoteMisplaced {
        /// The quote.
        quote: String,
        /// The range it claims.
        start: usize,
        /// The end of that range.
        end: usize,
    },
    /// A quote of no words: `quote = ""`.
    #[error("a quote must not be empty")]
    EmptyQuote,
    /// A quote that ends past the first 4 GiB of its report, in a JSON line: a loaded dataset
    /// keeps a quote's place in 32 bits.
    #[error("a quote must lie within the first 4 GiB of its report")]
    QuoteTooFar {
        /// Where the quote ends, in bytes.
        end: usize,
    },
    /// A record that quotes no report by name while the dataset holds several: no
    /// `report = "..."` beside its `quote`.
    #[error(
        "the dataset holds several reports: say which one this record quotes (`report = \"...\"`)"
    )]
    WhichReport,
    /// A text field left blank: `name = ""` or `title = "  "`.
    #[error("{record}: `{field}` must not be empty")]
    EmptyField {
        /// The record.
        record: String,
        /// The field.
        field: FileField,
    },
    /// An actor that names itself as its `affiliation`.
    #[error("{record}: an actor cannot be its own affiliation")]
    OwnAffiliation {
        /// The record.
        record: String,
    },
    /// An event whose `sources = []` names nobody.
    #[error("{record}: `sources` must name who reports the event")]
    NoSources {
        /// The record.
        record: String,
    },
    /// An event with `ongoing = true` and no `date` it began.
    #[error("{record}: an ongoing event needs the `date` it began")]
    OngoingUndated {
        /// The record.
        record: String,
    },
    /// An estimate whose measure its topic does not count: `topic = "deployment"` with
    /// `measure = "killed"`.
    #[error(
        "{record}: measure `{measure}` does not belong to topic `{topic}` (deployment counts \
         troops; casualties count killed or wounded)"
    )]
    MeasureOffTopic {
        /// The record.
        record: String,
        /// The record's topic.
        topic: Topic,
        /// The record's measure, which the topic does not count.
        measure: Measure,
    },
    /// An estimate whose `reported_with` names the estimate itself.
    #[error("{record}: an estimate is not reported with itself")]
    ReportedWithItself {
        /// The record.
        record: String,
    },
    /// An estimate whose `reported_with` names another that does not name it back: a link
    /// added to one of the two only. Not reported when the other names, instead, an estimate
    /// there is not whose suggestion is this one: that misspelling is the one mistake.
    #[error("{record}: `reported_with` names `{names}`, but `{names}` does not name `{id}` back")]
    OneSidedLink {
        /// The record.
        record: String,
        /// The estimate it names.
        names: String,
        /// The record's id, which that estimate leaves out.
        id: String,
    },
    /// An estimate in JSON Lines whose `low` or `high` is not the bound its qualifier and
    /// figure imply: `"low":null` for `more_than` 10000.
    #[error(
        "{record}: `{field}` is {}, but {qualifier} {value} implies {}",
        bound(*given),
        bound(*implied)
    )]
    BoundMismatch {
        /// The record.
        record: String,
        /// [`FileField::Low`] or [`FileField::High`].
        field: FileField,
        /// The bound the line gives.
        given: Option<Bound>,
        /// The record's qualifier.
        qualifier: Qualifier,
        /// The record's figure.
        value: u64,
        /// The bound the qualifier and figure imply.
        implied: Option<Bound>,
    },
    /// A word that is not one of its field's (`kind = "gruop"` in actors.toml). The record is
    /// left out; the rest of the file is still read, and references to the record are not
    /// reported again.
    #[error(
        "{record}: `{field}` is {}, which is not one of {}{}",
        Clip::code(word),
        allowed.join(", "),
        did_you_mean_word(*suggestion)
    )]
    UnknownWord {
        /// The record (`actor jang-se-yul`).
        record: String,
        /// The field.
        field: FileField,
        /// The word written.
        word: String,
        /// The field's words.
        allowed: &'static [&'static str],
        /// The nearest of them, for a likely typo.
        suggestion: Option<&'static str>,
    },
    /// A date that does not read (`date = "Octobre 2025"`). The record is left out, as for
    /// [`Problem::UnknownWord`].
    #[error("{record}: `{field}`: {}", clip_quoted(&error.to_string()))]
    BadDate {
        /// The record.
        record: String,
        /// The field ([`FileField::Date`], [`FileField::Since`], [`FileField::During`]).
        field: FileField,
        /// Why, with the date as written.
        error: DateError,
    },
    /// A country that is not a snake_case name (`country = "South Korea"`), or a near miss of
    /// a well-known one (`country = "south_kroea"`). Countries are open: any snake_case name
    /// loads.
    #[error(
        "{record}: `country` is {}: write a country as a snake_case name (`south_korea`){}",
        Clip::code(country),
        did_you_mean_word(suggestion.as_deref())
    )]
    BadCountry {
        /// The record.
        record: String,
        /// The country written.
        country: String,
        /// The name meant, where it can be told.
        suggestion: Option<String>,
    },
    /// An estimate whose figure stands in none of its quotes (`value = 700` quoting "point to
    /// around 600 killed").
    #[error(
        "{record}: `value` {value} stands in none of its quotes (written {}); the figure must be \
         the report's",
        written_as(*value)
    )]
    FigureNotQuoted {
        /// The record.
        record: String,
        /// The figure.
        value: u64,
    },
    /// An estimate whose qualifier does not match the words before its figure in a quote
    /// (`qualifier = "exact"` quoting "more than 4,000 injured").
    #[error(
        "{record}: `qualifier` is `{qualifier}`, but the quote {} words the figure as `{worded}`",
        Clip::quoted(quote)
    )]
    QualifierMismatch {
        /// The record.
        record: String,
        /// The record's qualifier.
        qualifier: Qualifier,
        /// The qualifier the quote's wording means.
        worded: Qualifier,
        /// The quote.
        quote: String,
    },
    /// A claim whose status says more than its words (`status = "stated"` quoting "were
    /// reportedly part of"): a hedge in the quote caps the status.
    #[error(
        "{record}: `status` is `{status}`, but its words say \"{hedge}\": the status can be no \
         firmer than `{allowed}`"
    )]
    HedgeDropped {
        /// The record.
        record: String,
        /// The record's status.
        status: ClaimStatus,
        /// The hedging words found.
        hedge: &'static str,
        /// The firmest status those words allow.
        allowed: ClaimStatus,
    },
}

/// A record as messages name it (`estimate troops-about-15000`), formatted only when there is
/// a problem to name it in.
#[cfg(feature = "load")]
#[derive(Clone, Copy)]
pub(crate) struct RecordName<'a> {
    /// The collection the record is in.
    pub(crate) of: Collection,
    /// Its id, as written.
    pub(crate) id: &'a str,
}

#[cfg(feature = "load")]
impl fmt::Display for RecordName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One record of a collection, as the files' tables (`[[actor]]`) and lines
        // (`"kind":"actor"`) name it.
        let kind = match self.of {
            Collection::Actors => "actor",
            Collection::Events => "event",
            Collection::Estimates => "estimate",
            Collection::Sources => "source",
            Collection::Claims => "claim",
            Collection::Reports => "report",
        };
        write!(f, "{kind} {}", Clip::plain(self.id))
    }
}

/// `:LINE`, where there is a line.
fn at_line(line: Option<usize>) -> String {
    line.map_or_else(String::new, |line| format!(":{line}"))
}

/// `RECORD: `, where a line names its record.
fn record_prefix(record: Option<&str>) -> String {
    record.map_or_else(String::new, |record| format!("{record}: "))
}

/// `column N: `, where the parser gives one.
fn column_prefix(column: Option<usize>) -> String {
    column.map_or_else(String::new, |column| format!("column {column}: "))
}

/// ` (did you mean `ID`?)`, the id cut as messages cut ids.
fn did_you_mean_id(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| {
        format!(" (did you mean {}?)", Clip::code(s))
    })
}

/// ` (did you mean `WORD`?)`, for words the crate knows, which are short.
fn did_you_mean_word(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!(" (did you mean `{s}`?)"))
}

/// A figure in the spellings a quote may give it: `as 4,000 or 4000`, or `as 600`.
fn written_as(value: u64) -> String {
    let figure = Figure::new(value);
    if figure.grouped() == figure.plain() {
        format!("as {value}")
    } else {
        format!("as {} or {value}", figure.grouped())
    }
}

/// A bound in words: `10000 exclusive`, or `no bound`.
fn bound(bound: Option<Bound>) -> String {
    match bound {
        None => "no bound".to_owned(),
        Some(Bound {
            value,
            inclusive: true,
        }) => format!("{value} inclusive"),
        Some(Bound { value, .. }) => format!("{value} exclusive"),
    }
}
