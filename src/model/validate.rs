//! Reading and checking fact files: the one gate every record passes, at build time for the
//! embedded facts and at run time for a dataset loaded from disk.
//!
//! Reading turns the TOML entries of [`crate::model::files`] into model records, finding each quote in
//! its report. Checking then holds for any records however they were made: ids well formed and
//! unique, every reference resolving, every quote exactly where it says in its report. Every
//! problem is reported with its file and line; one bad record does not hide the next.

use std::collections::hash_map::Entry;
use std::fmt;
use std::hash::BuildHasher;
use std::path::Path;
use std::sync::{Arc, OnceLock};

// Loaded datasets hash millions of short ids: foldhash is several times faster at that than
// the standard SipHash, and is still seeded afresh in every process.
use foldhash::{HashMap, HashMapExt, HashSet};
use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::model::files::{
    ActorsFile, ClaimsFile, EstimatesFile, EventsFile, ReportsFile, SourcesFile,
};
use crate::model::files::{Written, WrittenDate};
use crate::model::suggest::closest;
use crate::model::wording::{self, Hedge};
use crate::model::{
    Actor, ActorId, ActorKind, Claim, ClaimId, ClaimStatus, Date, Estimate, EstimateId, Event,
    EventId, Measure, Qualifier, Quote, Report, ReportId, Source, SourceId, SourceKind, Topic,
    Word,
};

/// Where a record was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, as the reader named it (`data/estimates.toml`). Shared, as a file holds
    /// up to millions of records.
    pub file: Arc<str>,
    /// The line the record starts on, from 1.
    pub line: usize,
}

/// The records of one collection and where each came from, index for index.
#[derive(Debug, Clone)]
pub struct Table<T> {
    /// The records, in file order.
    pub records: Vec<T>,
    /// Where each record was read.
    pub origins: Vec<Origin>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            records: Vec::new(),
            origins: Vec::new(),
        }
    }
}

impl<T> Table<T> {
    /// Moves every record of `other` to the end of this table.
    pub fn append(&mut self, mut other: Table<T>) {
        self.records.append(&mut other.records);
        self.origins.append(&mut other.origins);
    }

    /// Adds a record read at `origin`.
    pub fn push(&mut self, record: T, origin: Origin) {
        self.records.push(record);
        self.origins.push(origin);
    }
}

/// Every collection of a set of fact files.
#[derive(Debug, Clone, Default)]
pub struct Collections {
    /// The reports quoted.
    pub reports: Table<Report>,
    /// Actors.
    pub actors: Table<Actor>,
    /// Events.
    pub events: Table<Event>,
    /// Estimates.
    pub estimates: Table<Estimate>,
    /// Sources.
    pub sources: Table<Source>,
    /// Claims.
    pub claims: Table<Claim>,
    /// The ids of records left out for a wrong word or date, already reported: references to
    /// them are not reported again, so one mistake is one error.
    pub rejected: HashSet<String>,
}

impl Collections {
    /// Moves every record of `other` to the end of these collections.
    pub fn append(&mut self, other: Collections) {
        self.reports.append(other.reports);
        self.actors.append(other.actors);
        self.events.append(other.events);
        self.estimates.append(other.estimates);
        self.sources.append(other.sources);
        self.claims.append(other.claims);
        self.rejected.extend(other.rejected);
    }
}

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
#[derive(Debug, Clone, PartialEq, Eq)]
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
/// id or a quote, and then how long it was.
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
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// The file cannot be read.
    Unreadable(String),
    /// The file is not valid TOML or JSON, or a value has the wrong type or is not one of its
    /// field's words (`topic = "casualty"`), or a date does not parse.
    Malformed(String),
    /// An id that is not kebab-case (`Yu_Yong`).
    BadId {
        /// The id.
        id: String,
    },
    /// Two records of one collection share an id.
    DuplicateId {
        /// The id.
        id: String,
        /// The line of the first record with it.
        first_line: usize,
    },
    /// A reference to a record that does not exist.
    UnknownReference {
        /// The record holding the reference (`estimate troops-about-15000`).
        record: String,
        /// The field (`source`).
        field: &'static str,
        /// The id named.
        id: String,
        /// The collection it should be in (`sources`).
        collection: &'static str,
        /// The nearest id that exists, for a likely typo. Only the first 20 unknown references
        /// found get one: each suggestion compares the id with every id of its collection. An
        /// id longer than 128 bytes gets none: comparing costs the product of the lengths.
        suggestion: Option<String>,
    },
    /// A quote that is not in its report, byte for byte.
    QuoteNotFound {
        /// The quote.
        quote: String,
        /// The report searched.
        report: String,
    },
    /// A quote that stands more than once in its report, so its place is not known.
    QuoteAmbiguous {
        /// The quote.
        quote: String,
        /// How often it stands there.
        count: usize,
    },
    /// A quote whose byte range does not hold its words (for records loaded with ranges).
    QuoteMisplaced {
        /// The quote.
        quote: String,
        /// The range it claims.
        start: usize,
        /// The end of that range.
        end: usize,
    },
    /// A record that quotes no report by name while the dataset holds several.
    WhichReport,
    /// A record whose fields contradict each other or are empty where they must not be.
    Inconsistent(String),
    /// A word that is not one of its field's (`kind = "gruop"` in actors.toml). The record is
    /// left out; the rest of the file is still read, and references to the record are not
    /// reported again.
    UnknownWord {
        /// The record (`actor jang-se-yul`).
        record: String,
        /// The field (`kind`).
        field: &'static str,
        /// The word written.
        word: String,
        /// The field's words.
        allowed: &'static [&'static str],
        /// The nearest of them, for a likely typo.
        suggestion: Option<&'static str>,
    },
    /// A date that does not read (`date = "Octobre 2025"`). The record is left out, as for
    /// [`Problem::UnknownWord`].
    BadDate {
        /// The record.
        record: String,
        /// The field (`date`, `since`, `during`).
        field: &'static str,
        /// Why, with the date as written.
        reason: String,
    },
    /// A country that is not a snake_case name (`country = "South Korea"`), or a near miss of
    /// a well-known one (`country = "south_kroea"`). Countries are open: any snake_case name
    /// loads.
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
    FigureNotQuoted {
        /// The record.
        record: String,
        /// The figure.
        value: u64,
    },
    /// An estimate whose qualifier does not match the words before its figure in a quote
    /// (`qualifier = "exact"` quoting "more than 4,000 injured").
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

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.problem),
            None => write!(f, "{}: {}", self.file, self.problem),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable(why) => write!(f, "cannot read the file: {why}"),
            Problem::Malformed(why) => f.write_str(why),
            Problem::BadId { id } => write!(
                f,
                "id {} is not kebab-case (lower-case letters and digits joined by `-`)",
                Clip::code(id)
            ),
            Problem::DuplicateId { id, first_line } => write!(
                f,
                "duplicate id {} (first used at line {first_line})",
                Clip::code(id)
            ),
            Problem::UnknownReference {
                record,
                field,
                id,
                collection,
                suggestion,
            } => {
                write!(
                    f,
                    "{record}: `{field}` names {}, which is not in {collection}",
                    Clip::code(id)
                )?;
                match suggestion {
                    Some(s) => write!(f, " (did you mean {}?)", Clip::code(s)),
                    None => Ok(()),
                }
            }
            Problem::QuoteNotFound { quote, report } => write!(
                f,
                "quote not found in report {}: {} (quotes must match the report byte for \
                 byte, curly quotes included)",
                Clip::code(report),
                Clip::quoted(quote)
            ),
            Problem::QuoteAmbiguous { quote, count } => write!(
                f,
                "quote stands {count} times in the report: {} (quote more words so it stands \
                 once)",
                Clip::quoted(quote)
            ),
            Problem::QuoteMisplaced { quote, start, end } => write!(
                f,
                "quote {} is not at bytes {start}..{end} of its report",
                Clip::quoted(quote)
            ),
            Problem::WhichReport => f.write_str(
                "the dataset holds several reports: say which one this record quotes \
                 (`report = \"...\"`)",
            ),
            Problem::Inconsistent(why) => f.write_str(why),
            Problem::UnknownWord {
                record,
                field,
                word,
                allowed,
                suggestion,
            } => {
                write!(
                    f,
                    "{record}: `{field}` is {}, which is not one of {}",
                    Clip::code(word),
                    allowed.join(", ")
                )?;
                match suggestion {
                    Some(s) => write!(f, " (did you mean `{s}`?)"),
                    None => Ok(()),
                }
            }
            Problem::BadDate {
                record,
                field,
                reason,
            } => write!(f, "{record}: `{field}`: {}", clip_quoted(reason)),
            Problem::BadCountry {
                record,
                country,
                suggestion,
            } => {
                write!(
                    f,
                    "{record}: `country` is {}: write a country as a snake_case name \
                     (`south_korea`)",
                    Clip::code(country)
                )?;
                match suggestion {
                    Some(s) => write!(f, " (did you mean `{s}`?)"),
                    None => Ok(()),
                }
            }
            Problem::FigureNotQuoted { record, value } => {
                let figure = wording::Figure::new(*value);
                write!(
                    f,
                    "{record}: `value` {value} stands in none of its quotes (written "
                )?;
                if figure.grouped() == figure.plain() {
                    write!(f, "as {value}")?;
                } else {
                    write!(f, "as {} or {value}", figure.grouped())?;
                }
                f.write_str("); the figure must be the report's")
            }
            Problem::QualifierMismatch {
                record,
                qualifier,
                worded,
                quote,
            } => write!(
                f,
                "{record}: `qualifier` is `{qualifier}`, but the quote {} words the figure as \
                 `{worded}`",
                Clip::quoted(quote)
            ),
            Problem::HedgeDropped {
                record,
                status,
                hedge,
                allowed,
            } => write!(
                f,
                "{record}: `status` is `{status}`, but its words say \"{hedge}\": the status \
                 can be no firmer than `{allowed}`"
            ),
        }
    }
}

impl std::error::Error for DataError {}

/// A text a message repeats, cut to its first [`Clip::MAX_CHARS`] characters: the message
/// must point at the mistake, and an id or quote of a megabyte would bury it. The problem
/// itself keeps the whole text.
struct Clip<'a> {
    text: &'a str,
    /// The marks around the text: `` ` `` for an id, `"` for a quote, none for a record's name.
    mark: &'static str,
}

impl<'a> Clip<'a> {
    /// Longer than any id or quote a person writes, short enough to read in a terminal.
    const MAX_CHARS: usize = 200;

    fn code(text: &'a str) -> Self {
        Clip { text, mark: "`" }
    }

    fn quoted(text: &'a str) -> Self {
        Clip { text, mark: "\"" }
    }

    fn plain(text: &'a str) -> Self {
        Clip { text, mark: "" }
    }
}

/// `message` with every stretch between two backticks, or two double quotes, cut as [`Clip`]
/// cuts it: a parser's message quotes the value it refused, which may be a megabyte long.
pub fn clip_quoted(message: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(message.len().min(1 << 10));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let mark = if rest.as_bytes()[open] == b'`' {
            "`"
        } else {
            "\""
        };
        let inside = &rest[open + 1..];
        let Some(close) = inside.find(mark) else {
            break;
        };
        out.push_str(&rest[..open]);
        let clip = Clip {
            text: &inside[..close],
            mark,
        };
        write!(out, "{clip}").expect("writing to a String cannot fail");
        rest = &inside[close + 1..];
    }
    out.push_str(rest);
    out
}

impl fmt::Display for Clip<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = self.mark;
        match self.text.char_indices().nth(Clip::MAX_CHARS) {
            None => write!(f, "{mark}{}{mark}", self.text),
            Some((end, _)) => write!(
                f,
                "{mark}{}…{mark} ({} bytes)",
                &self.text[..end],
                self.text.len()
            ),
        }
    }
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The offsets of the line breaks of `text`.
fn line_breaks(text: &str) -> Vec<usize> {
    text.bytes()
        .enumerate()
        .filter_map(|(at, b)| (b == b'\n').then_some(at))
        .collect()
}

/// Reads every fact file in `dir` and checks the result. `reports.toml` is required; a missing
/// collection file is an empty collection.
pub fn load_dir(dir: &Path) -> Result<Collections, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut collections = Collections::default();

    if let Some(file) = read_toml::<ReportsFile>(dir, "reports.toml", true, &mut errors) {
        for entry in &file.value.report {
            let origin = file.origin(entry.span().start);
            let text_path = dir.join(entry.get_ref().file.get_ref());
            match std::fs::read_to_string(&text_path) {
                Ok(text) => collections.reports.push(
                    Report {
                        id: ReportId::new(entry.get_ref().id.get_ref().clone()),
                        title: entry.get_ref().title.clone().into(),
                        year: entry.get_ref().year,
                        text: text.into(),
                    },
                    origin,
                ),
                Err(e) => errors.push(DataError {
                    file: file.name.to_string(),
                    line: Some(file.line(entry.get_ref().file.span().start)),
                    problem: Problem::Unreadable(format!("{}: {e}", text_path.display())),
                }),
            }
        }
    }
    let reports = collections.reports.records.clone();

    if let Some(file) = read_toml::<ActorsFile>(dir, "actors.toml", false, &mut errors) {
        for entry in &file.value.actor {
            let e = entry.get_ref();
            let name = Name("actor", e.id.get_ref());
            let kind = file.word::<ActorKind>(name, "kind", &e.kind, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let (Some(kind), Some(quote)) = (kind, quote) else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.actors.push(
                Actor {
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

    if let Some(file) = read_toml::<EventsFile>(dir, "events.toml", false, &mut errors) {
        for entry in &file.value.event {
            let e = entry.get_ref();
            let name = Name("event", e.id.get_ref());
            let date = file.date(name, "date", &e.date, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let (Some(date), Some(quote)) = (date, quote) else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.events.push(
                Event {
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

    if let Some(file) = read_toml::<EstimatesFile>(dir, "estimates.toml", false, &mut errors) {
        for entry in &file.value.estimate {
            let e = entry.get_ref();
            let name = Name("estimate", e.id.get_ref());
            let topic = file.word::<Topic>(name, "topic", &e.topic, &mut errors);
            let measure = file.word::<Measure>(name, "measure", &e.measure, &mut errors);
            let qualifier = file.word::<Qualifier>(name, "qualifier", &e.qualifier, &mut errors);
            let since = file.date(name, "since", &e.since, &mut errors);
            let during = file.date(name, "during", &e.during, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let restated: Option<Vec<Quote>> = e
                .restated
                .iter()
                .map(|r| file.quote(&reports, &e.report, r, &mut errors))
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
                Estimate {
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

    if let Some(file) = read_toml::<SourcesFile>(dir, "sources.toml", false, &mut errors) {
        for entry in &file.value.source {
            let e = entry.get_ref();
            let name = Name("source", e.id.get_ref());
            let kind = file.word::<SourceKind>(name, "kind", &e.kind, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let (Some(kind), Some(quote)) = (kind, quote) else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.sources.push(
                Source {
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

    if let Some(file) = read_toml::<ClaimsFile>(dir, "claims.toml", false, &mut errors) {
        for entry in &file.value.claim {
            let e = entry.get_ref();
            let name = Name("claim", e.id.get_ref());
            let date = file.date(name, "date", &e.date, &mut errors);
            let status = file.word::<ClaimStatus>(name, "status", &e.status, &mut errors);
            let quote = file.quote(&reports, &e.report, &e.quote, &mut errors);
            let restated: Option<Vec<Quote>> = e
                .restated
                .iter()
                .map(|r| file.quote(&reports, &e.report, r, &mut errors))
                .collect();
            let (Some(date), Some(status), Some(quote), Some(restated)) =
                (date, status, quote, restated)
            else {
                collections.rejected.insert(e.id.get_ref().clone());
                continue;
            };
            collections.claims.push(
                Claim {
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

    errors.extend(check(&collections));
    if errors.is_empty() {
        Ok(collections)
    } else {
        Err(errors)
    }
}

fn ids<T: Clone>(
    refs: &[Spanned<String>],
    make: fn(String) -> T,
) -> std::borrow::Cow<'static, [T]> {
    refs.iter()
        .map(|r| make(r.get_ref().clone()))
        .collect::<Vec<_>>()
        .into()
}

/// A parsed TOML file with its name and text, for turning spans into lines.
struct TomlFile<T> {
    name: Arc<str>,
    text: String,
    /// Where each line break stands, so that finding a record's line does not read the file
    /// up to it (which, done for every record, took the square of the file's length).
    breaks: Vec<usize>,
    value: T,
}

impl<T> TomlFile<T> {
    /// The line of a byte offset, as [`line_of`] counts it.
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.breaks.partition_point(|&at| at < end) + 1
    }

    fn origin(&self, offset: usize) -> Origin {
        Origin {
            file: Arc::clone(&self.name),
            line: self.line(offset),
        }
    }

    fn error(&self, offset: usize, problem: Problem) -> DataError {
        DataError {
            file: self.name.to_string(),
            line: Some(self.line(offset)),
            problem,
        }
    }

    /// Reads a vocabulary word as written, reporting a wrong one against its record.
    fn word<W: Word>(
        &self,
        record: Name<'_>,
        field: &'static str,
        written: &Written,
        errors: &mut Vec<DataError>,
    ) -> Option<W> {
        let word = written.get_ref();
        let value = W::exactly(word);
        if value.is_none() {
            errors.push(self.error(
                written.span().start,
                Problem::UnknownWord {
                    record: record.to_string(),
                    field,
                    word: word.clone(),
                    allowed: W::WORDS,
                    suggestion: closest(word, W::WORDS.iter().copied()),
                },
            ));
        }
        value
    }

    /// Reads a date as written: `Some(None)` where there is none, `None` where it is wrong
    /// (and reported against its record).
    fn date(
        &self,
        record: Name<'_>,
        field: &'static str,
        written: &Option<WrittenDate>,
        errors: &mut Vec<DataError>,
    ) -> Option<Option<Date>> {
        let Some(written) = written else {
            return Some(None);
        };
        match written.get_ref().0.parse::<Date>() {
            Ok(date) => Some(Some(date)),
            Err(e) => {
                errors.push(self.error(
                    written.span().start,
                    Problem::BadDate {
                        record: record.to_string(),
                        field,
                        reason: e.to_string(),
                    },
                ));
                None
            }
        }
    }

    /// Finds a quote's words in its report: the record's `report`, or the only one there is.
    fn quote(
        &self,
        reports: &[Report],
        report: &Option<Spanned<String>>,
        quote: &Spanned<String>,
        errors: &mut Vec<DataError>,
    ) -> Option<Quote> {
        let error = |offset: usize, problem| self.error(offset, problem);
        let found = match report {
            Some(id) => reports
                .iter()
                .find(|r| r.id.as_str() == id.get_ref())
                .ok_or_else(|| {
                    error(
                        id.span().start,
                        Problem::UnknownReference {
                            record: "quote".into(),
                            field: "report",
                            id: id.get_ref().clone(),
                            collection: "reports",
                            suggestion: nearest_id(
                                id.get_ref(),
                                reports.iter().map(|r| r.id.as_str()),
                            )
                            .map(str::to_owned),
                        },
                    )
                }),
            None if reports.len() == 1 => Ok(&reports[0]),
            // With no report at all, reports.toml has already failed; say nothing more.
            None if reports.is_empty() => return None,
            None => Err(error(quote.span().start, Problem::WhichReport)),
        };
        let report = match found {
            Ok(report) => report,
            Err(e) => {
                errors.push(e);
                return None;
            }
        };
        let words = quote.get_ref();
        let mut places = report.text.match_indices(words.as_str()).map(|(at, _)| at);
        let problem = match (words.is_empty(), places.next(), places.count()) {
            (false, Some(start), 0) => {
                return Some(Quote {
                    report: report.id.clone(),
                    start,
                    end: start + words.len(),
                    text: words.clone().into(),
                });
            }
            (true, ..) => Problem::Inconsistent("a quote must not be empty".into()),
            (false, None, _) => Problem::QuoteNotFound {
                quote: words.clone(),
                report: report.id.to_string(),
            },
            (false, Some(_), more) => Problem::QuoteAmbiguous {
                quote: words.clone(),
                count: more + 1,
            },
        };
        errors.push(error(quote.span().start, problem));
        None
    }
}

fn read_toml<T: DeserializeOwned>(
    dir: &Path,
    name: &str,
    required: bool,
    errors: &mut Vec<DataError>,
) -> Option<TomlFile<T>> {
    let path = dir.join(name);
    let display = path.display().to_string();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return None,
        Err(e) => {
            errors.push(DataError {
                file: display,
                line: None,
                problem: Problem::Unreadable(e.to_string()),
            });
            return None;
        }
    };
    match toml::from_str::<T>(&text) {
        Ok(value) => Some(TomlFile {
            name: display.into(),
            breaks: line_breaks(&text),
            text,
            value,
        }),
        Err(e) => {
            errors.push(DataError {
                line: Some(e.span().map_or(1, |s| line_of(&text, s.start))),
                file: display,
                problem: Problem::Malformed(clip_quoted(e.message().trim())),
            });
            None
        }
    }
}

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
    errors.extend(in_slices(&c.actors, threads, k, Checker::actor));
    errors.extend(in_slices(&c.events, threads, k, Checker::event));
    errors.extend(in_slices(&c.estimates, threads, k, Checker::estimate));
    errors.extend(in_slices(&c.sources, threads, k, Checker::source));
    errors.extend(in_slices(&c.claims, threads, k, Checker::claim));
    known.suggest(&mut errors);
    errors
}

/// Below this many records a collection is checked on the calling thread: starting threads
/// would cost more than it saves.
const SLICE_MIN: usize = 1 << 14;

/// Checks every record of `table` with `each`, in up to `threads` slices at once; returns the
/// problems found.
fn in_slices<'c, 'k, T: Sync>(
    table: &'c Table<T>,
    threads: usize,
    known: &'k Context<'c>,
    each: impl Fn(&mut Checker<'c, 'k>, &'c T, &'c Origin) + Sync,
) -> Vec<DataError> {
    let check = |records: &'c [T], origins: &'c [Origin]| {
        let mut k = Checker {
            known,
            errors: Vec::new(),
            last_report: None,
        };
        for (r, o) in records.iter().zip(origins) {
            each(&mut k, r, o);
        }
        k.errors
    };
    let len = table.records.len();
    if threads < 2 || len < SLICE_MIN {
        return check(&table.records, &table.origins);
    }
    let slice = len.div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = table
            .records
            .chunks(slice)
            .zip(table.origins.chunks(slice))
            .map(|(records, origins)| scope.spawn(move || check(records, origins)))
            .collect();
        workers.into_iter().flat_map(join).collect()
    })
}

/// A record as messages name it (`estimate troops-about-15000`), formatted only when needed.
#[derive(Clone, Copy)]
struct Name<'a>(&'static str, &'a str);

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, Clip::plain(self.1))
    }
}

/// The ids of one collection: hash maps to look references up in (id to position), one a
/// shard of the ids' hashes, and, built only when a reference fails, the ids in order for
/// suggesting the nearest one.
struct Known<'c> {
    hasher: foldhash::fast::RandomState,
    shards: Vec<HashMap<&'c str, usize>>,
    sorted: OnceLock<Vec<&'c str>>,
}

impl<'c> Known<'c> {
    fn contains(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    fn position(&self, id: &str) -> Option<usize> {
        let shard = match self.shards.len() {
            1 => &self.shards[0],
            n => &self.shards[self.hasher.hash_one(id) as usize % n],
        };
        shard.get(id).copied()
    }

    /// The nearest known id to a misspelt one.
    fn closest(&self, id: &str) -> Option<String> {
        let sorted = self.sorted.get_or_init(|| {
            let mut ids: Vec<&str> = self.shards.iter().flat_map(|s| s.keys().copied()).collect();
            ids.sort_unstable();
            ids
        });
        nearest_id(id, sorted.iter().copied()).map(str::to_owned)
    }
}

/// The longest id a suggestion is looked for: comparing two ids costs the product of their
/// lengths in time and memory, so two ids of a megabyte each would take terabytes; an id much
/// longer than a name is no slip of the fingers anyway.
const MAX_SUGGESTED_ID: usize = 128;

/// The nearest of `ids` to a misspelt `id`, if it is short enough to be a slip. Ids whose
/// length differs by more than the edit budget cannot be near, so they are passed over before
/// any distance is computed.
fn nearest_id<'a>(id: &str, ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if id.len() > MAX_SUGGESTED_ID {
        return None;
    }
    let slack = id.len() / 3 + 1;
    let near = ids
        .into_iter()
        .filter(|known| known.len().abs_diff(id.len()) <= slack);
    closest(id, near)
}

/// The collection a reference points into.
#[derive(Clone, Copy)]
enum Target {
    Reports,
    Actors,
    Estimates,
    Sources,
}

impl Target {
    const ALL: [Target; 4] = [
        Target::Reports,
        Target::Actors,
        Target::Estimates,
        Target::Sources,
    ];

    /// The collection's name, as problems give it.
    fn name(self) -> &'static str {
        match self {
            Target::Reports => "reports",
            Target::Actors => "actors",
            Target::Estimates => "estimates",
            Target::Sources => "sources",
        }
    }
}

/// What every record is checked against: the collections and their ids, built once.
struct Context<'c> {
    collections: &'c Collections,
    reports: Known<'c>,
    actors: Known<'c>,
    estimates: Known<'c>,
    sources: Known<'c>,
    /// The `reported_with` of every estimate that names more than [`LINKS_SCANNED`], as a set,
    /// by the estimate's position.
    long_links: HashMap<usize, HashSet<&'c str>>,
}

/// How many estimates a `reported_with` may name and still be scanned for one: whether an
/// estimate names another back is asked once for each estimate that names it, so scanning a
/// long list each time would cost the product of the two counts.
const LINKS_SCANNED: usize = 16;

fn long_links(estimates: &Table<Estimate>) -> HashMap<usize, HashSet<&str>> {
    estimates
        .records
        .iter()
        .enumerate()
        .filter(|(_, e)| e.reported_with.len() > LINKS_SCANNED)
        .map(|(p, e)| (p, e.reported_with.iter().map(|w| w.as_str()).collect()))
        .collect()
}

impl<'c> Context<'c> {
    /// Whether the estimate at `position` is reported with the one of id `with`.
    fn reported_with(&self, position: usize, with: &str) -> bool {
        match self.long_links.get(&position) {
            Some(links) => links.contains(with),
            None => self.collections.estimates.records[position]
                .reported_with
                .iter()
                .any(|w| w.as_str() == with),
        }
    }

    fn ids(&self, target: Target) -> &Known<'c> {
        match target {
            Target::Reports => &self.reports,
            Target::Actors => &self.actors,
            Target::Estimates => &self.estimates,
            Target::Sources => &self.sources,
        }
    }

    /// Suggests the nearest existing id for the first [`MAX_SUGGESTIONS`] unknown references.
    fn suggest(&self, errors: &mut [DataError]) {
        let unknown = errors.iter_mut().filter_map(|e| match &mut e.problem {
            Problem::UnknownReference {
                id,
                collection,
                suggestion,
                ..
            } => Some((id, *collection, suggestion)),
            _ => None,
        });
        for (id, collection, suggestion) in unknown.take(MAX_SUGGESTIONS) {
            if let Some(target) = Target::ALL.into_iter().find(|t| t.name() == collection) {
                *suggestion = self.ids(target).closest(id);
            }
        }
    }
}

/// How many unknown references get a suggestion. Each costs a pass over the ids of its
/// collection, so a file of millions of broken references would take hours to report if all
/// did; the first few show the slip.
const MAX_SUGGESTIONS: usize = 20;

/// Checks records one at a time against the shared [`Context`], keeping the problems found.
struct Checker<'c, 'k> {
    known: &'k Context<'c>,
    errors: Vec<DataError>,
    /// The report the last quote was in: records mostly come report by report.
    last_report: Option<&'c Report>,
}

impl<'c> Checker<'c, '_> {
    fn actor(&mut self, r: &'c Actor, o: &Origin) {
        let name = Name("actor", r.id.as_str());
        self.not_empty(o, name, "name", &r.name);
        if let Some(country) = &r.country {
            self.country(o, name, country);
        }
        if let Some(a) = &r.affiliation {
            self.refer(o, name, "affiliation", a.as_str(), Target::Actors);
            if a == &r.id {
                self.inconsistent(o, format!("{name}: an actor cannot be its own affiliation"));
            }
        }
        self.quote(o, &r.quote);
    }

    fn event(&mut self, r: &'c Event, o: &Origin) {
        let name = Name("event", r.id.as_str());
        self.not_empty(o, name, "title", &r.title);
        for a in r.actors.iter() {
            self.refer(o, name, "actors", a.as_str(), Target::Actors);
        }
        if r.sources.is_empty() {
            self.inconsistent(
                o,
                format!("{name}: `sources` must name who reports the event"),
            );
        }
        for s in r.sources.iter() {
            self.refer(o, name, "sources", s.as_str(), Target::Sources);
        }
        if r.ongoing && r.date.is_none() {
            self.inconsistent(
                o,
                format!("{name}: an ongoing event needs the `date` it began"),
            );
        }
        self.quote(o, &r.quote);
    }

    fn estimate(&mut self, r: &'c Estimate, o: &Origin) {
        let name = Name("estimate", r.id.as_str());
        let fits = matches!(
            (r.topic, r.measure),
            (Topic::Deployment, Measure::Troops)
                | (Topic::Casualties, Measure::Killed | Measure::Wounded)
        );
        if !fits {
            self.inconsistent(
                o,
                format!(
                    "{name}: measure `{}` does not belong to topic `{}` (deployment counts \
                     troops; casualties count killed or wounded)",
                    r.measure, r.topic
                ),
            );
        }
        self.refer(o, name, "source", r.source.as_str(), Target::Sources);
        for w in r.reported_with.iter() {
            self.refer(o, name, "reported_with", w.as_str(), Target::Estimates);
            if w == &r.id {
                self.inconsistent(
                    o,
                    format!("{name}: an estimate is not reported with itself"),
                );
            }
            // Figures reported together go both ways; a one-sided link is a slip.
            let other = self.known.estimates.position(w.as_str());
            if other.is_some_and(|p| !self.known.reported_with(p, r.id.as_str())) {
                self.inconsistent(
                    o,
                    format!(
                        "{name}: `reported_with` names `{w}`, but `{w}` does not name `{}` back",
                        r.id
                    ),
                );
            }
        }
        self.quote(o, &r.quote);
        for q in r.restated.iter() {
            self.quote(o, q);
        }
        self.figure(o, name, r);
    }

    /// The figure stands in the estimate's words, and the words before it give its qualifier.
    fn figure(&mut self, o: &Origin, name: Name<'_>, r: &Estimate) {
        let figure = wording::Figure::new(r.value);
        let mut found = false;
        for quote in std::iter::once(&r.quote).chain(r.restated.iter()) {
            for at in figure.places(&quote.text) {
                found = true;
                let worded = wording::qualifier_before(&quote.text, at);
                if worded != r.qualifier {
                    self.problem(
                        o,
                        Problem::QualifierMismatch {
                            record: name.to_string(),
                            qualifier: r.qualifier,
                            worded,
                            quote: quote.text.to_string(),
                        },
                    );
                    return;
                }
            }
        }
        if !found {
            self.problem(
                o,
                Problem::FigureNotQuoted {
                    record: name.to_string(),
                    value: r.value,
                },
            );
        }
    }

    /// A country is any snake_case name; a near miss of a well-known one is a slip.
    fn country(&mut self, o: &Origin, name: Name<'_>, country: &str) {
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

    fn source(&mut self, r: &'c Source, o: &Origin) {
        let name = Name("source", r.id.as_str());
        self.not_empty(o, name, "name", &r.name);
        for a in r.actors.iter() {
            self.refer(o, name, "actors", a.as_str(), Target::Actors);
        }
        self.quote(o, &r.quote);
    }

    fn claim(&mut self, r: &'c Claim, o: &Origin) {
        let name = Name("claim", r.id.as_str());
        self.not_empty(o, name, "text", &r.text);
        self.refer(o, name, "source", r.source.as_str(), Target::Sources);
        for a in r.about.iter() {
            self.refer(o, name, "about", a.as_str(), Target::Actors);
        }
        self.quote(o, &r.quote);
        for q in r.restated.iter() {
            self.quote(o, q);
        }
        // Words that hedge cap the status: "reportedly" cannot be `stated`.
        let hedge = std::iter::once(&r.quote)
            .chain(r.restated.iter())
            .filter_map(|q| wording::hedge(&q.text))
            .max_by_key(|h| h.allows);
        if let Some(Hedge { words, allows }) = hedge
            && r.status < allows
        {
            self.problem(
                o,
                Problem::HedgeDropped {
                    record: name.to_string(),
                    status: r.status,
                    hedge: words,
                    allowed: allows,
                },
            );
        }
    }

    fn problem(&mut self, origin: &Origin, problem: Problem) {
        self.errors.push(DataError {
            file: origin.file.to_string(),
            line: Some(origin.line),
            problem,
        });
    }

    fn inconsistent(&mut self, origin: &Origin, why: String) {
        self.problem(origin, Problem::Inconsistent(why));
    }

    fn not_empty(&mut self, origin: &Origin, record: Name<'_>, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.inconsistent(origin, format!("{record}: `{field}` must not be empty"));
        }
    }

    fn refer(
        &mut self,
        origin: &Origin,
        record: Name<'_>,
        field: &'static str,
        id: &str,
        to: Target,
    ) {
        // A record left out for a wrong word has been reported once already.
        let rejected = || self.known.collections.rejected.contains(id);
        if !self.known.ids(to).contains(id) && !rejected() {
            self.problem(
                origin,
                Problem::UnknownReference {
                    record: record.to_string(),
                    field,
                    id: id.to_owned(),
                    collection: to.name(),
                    // Filled in by `suggest`.
                    suggestion: None,
                },
            );
        }
    }

    fn quote(&mut self, origin: &Origin, quote: &Quote) {
        let reports = &self.known.collections.reports.records;
        let report = match self.last_report {
            Some(last) if last.id == quote.report => Some(last),
            _ => self
                .known
                .reports
                .position(quote.report.as_str())
                .map(|p| &reports[p]),
        };
        self.last_report = report.or(self.last_report);
        let problem = match report {
            None => Problem::UnknownReference {
                record: "quote".into(),
                field: "report",
                id: quote.report.to_string(),
                collection: Target::Reports.name(),
                suggestion: None,
            },
            Some(_) if quote.text.is_empty() => {
                Problem::Inconsistent("a quote must not be empty".into())
            }
            Some(report) if report.text.get(quote.range()) != Some(&*quote.text) => {
                Problem::QuoteMisplaced {
                    quote: quote.text.to_string(),
                    start: quote.start,
                    end: quote.end,
                }
            }
            // A loaded dataset keeps a quote's place in 32 bits.
            Some(_) if u32::try_from(quote.end).is_err() => Problem::Inconsistent(
                "a quote must lie within the first 4 GiB of its report".into(),
            ),
            Some(_) => return,
        };
        self.problem(origin, problem);
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

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Checks that ids are kebab-case and unique; returns them with the position of the first
/// record that has each. A large table is split by the ids' hashes into shards, one a
/// thread: each thread reads every id but files only its shard's, so duplicates, which share
/// a hash, meet in one shard.
fn unique_ids<'a, T: Sync>(
    table: &'a Table<T>,
    id: impl Fn(&'a T) -> &'a str + Sync,
    threads: usize,
    errors: &mut Vec<DataError>,
) -> Known<'a> {
    let len = table.records.len();
    let shards = if len < SLICE_MIN { 1 } else { threads.max(1) };
    let hasher = foldhash::fast::RandomState::default();
    let shard = |wanted: usize| {
        let mut first: HashMap<&str, usize> = HashMap::with_capacity(len / shards + 1);
        let mut errors = Vec::new();
        for (position, (record, origin)) in table.records.iter().zip(&table.origins).enumerate() {
            let id = id(record);
            if shards > 1 && hasher.hash_one(id) as usize % shards != wanted {
                continue;
            }
            let error = |problem| DataError {
                file: origin.file.to_string(),
                line: Some(origin.line),
                problem,
            };
            if !is_kebab(id) {
                errors.push(error(Problem::BadId { id: id.to_owned() }));
            }
            match first.entry(id) {
                Entry::Occupied(seen) => errors.push(error(Problem::DuplicateId {
                    id: id.to_owned(),
                    first_line: table.origins[*seen.get()].line,
                })),
                Entry::Vacant(new) => {
                    new.insert(position);
                }
            }
        }
        (first, errors)
    };
    let (ids, mut found): (Vec<_>, Vec<_>) = if shards == 1 {
        [shard(0)].into_iter().unzip()
    } else {
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..shards).map(|s| scope.spawn(move || shard(s))).collect();
            workers.into_iter().map(join).unzip()
        })
    };
    let start = errors.len();
    errors.extend(found.iter_mut().flat_map(std::mem::take));
    // Shards find problems out of line order; one shard finds them in order.
    errors[start..].sort_by_key(|e| e.line);
    Known {
        hasher,
        shards: ids,
        sorted: OnceLock::new(),
    }
}

/// The result of a scoped thread, passing its panic, if any, on to this one.
fn join<T>(worker: std::thread::ScopedJoinHandle<'_, T>) -> T {
    worker
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

#[cfg(test)]
mod tests {
    use super::{Clip, TomlFile, clip_quoted, line_breaks, line_of};

    #[test]
    fn a_record_s_line_is_found_from_the_breaks_as_counting_finds_it() {
        let text = "a\nbc\n\n[[actor]]\nid = 1\n".to_owned();
        let file = TomlFile {
            name: "x.toml".into(),
            breaks: line_breaks(&text),
            text: text.clone(),
            value: (),
        };
        for offset in 0..text.len() + 3 {
            assert_eq!(file.line(offset), line_of(&text, offset), "at {offset}");
        }
    }

    #[test]
    fn a_clip_cuts_at_a_character_and_says_how_long_the_whole_was() {
        let short = "ä".repeat(Clip::MAX_CHARS);
        assert_eq!(Clip::code(&short).to_string(), format!("`{short}`"));
        let long = "ä".repeat(Clip::MAX_CHARS + 1);
        let bytes = long.len();
        assert_eq!(
            Clip::quoted(&long).to_string(),
            format!("\"{short}…\" ({bytes} bytes)")
        );
        assert_eq!(Clip::plain("").to_string(), "");
    }

    #[test]
    fn a_message_keeps_short_quotes_and_cuts_long_ones() {
        let long = "é".repeat(Clip::MAX_CHARS + 5);
        let cut = "é".repeat(Clip::MAX_CHARS);
        let bytes = long.len();
        assert_eq!(
            clip_quoted(&format!("unknown variant `{long}`, expected `a` or \"b\"")),
            format!("unknown variant `{cut}…` ({bytes} bytes), expected `a` or \"b\"")
        );
        assert_eq!(
            clip_quoted(&format!("a string \"{long}\"")),
            format!("a string \"{cut}…\" ({bytes} bytes)")
        );
        // A mark left open is not a quote: the text stays as it is.
        for text in ["", "no marks", "`open", "`a` and \"open", "``", "\"`\"`"] {
            assert_eq!(clip_quoted(text), text);
        }
    }
}
