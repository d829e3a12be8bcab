// The README's examples use every default feature; without them the crate's page is short.
#![cfg_attr(
    all(feature = "load", feature = "export", feature = "sql"),
    doc = include_str!("../README.md")
)]
#![cfg_attr(
    not(all(feature = "load", feature = "export", feature = "sql")),
    doc = "The facts of one news report as typed Rust data, with a query language to ask them. \
           Built without some default features; the README has the whole guide."
)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The parser pest generates names `alloc`, which a crate using pest without its `std` feature
// (and so without its redundant stack probing: nesting is bounded before pest runs) declares.
extern crate alloc;

/// `FromStr` for a vocabulary of `model`, which names it: its error needs the schema, which
/// `build.rs` (compiling `model` on its own, and reading words exactly) has not.
macro_rules! vocabulary_from_str {
    ($name:ident, $example:literal) => {
        /// The value a word names, ignoring ASCII case; a near miss gets "did you mean".
        ///
        #[doc = concat!("```\nlet value: facts::", stringify!($name), " = \"", $example, "\".to_uppercase().parse().unwrap();")]
        #[doc = concat!("assert_eq!(value.word(), \"", $example, "\");")]
        #[doc = concat!("assert!(\"no such word\".parse::<facts::", stringify!($name), ">().is_err());\n```")]
        impl std::str::FromStr for $name {
            type Err = $crate::UnknownWord;

            fn from_str(word: &str) -> Result<$name, Self::Err> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.word().eq_ignore_ascii_case(word))
                    .ok_or_else(|| $crate::UnknownWord::new(word, $crate::Vocabulary::$name))
            }
        }
    };
}

mod answer;
mod engine;
mod language;
#[cfg(feature = "load")]
mod load;
mod model;
mod out;
mod plan;
mod store;

#[cfg(feature = "export")]
#[cfg_attr(docsrs, doc(cfg(feature = "export")))]
pub use out::export;

pub use answer::found::{Found, Hit};
pub use answer::{Answer, Group, Groups, Rows};
pub use language::error::{LiteralError, QueryError, Snippet};
pub use language::from_str::{UnknownCollection, UnknownWord};
pub use language::limits::{MAX_DEPTH, MAX_QUERY_LEN};
pub use model::collection::{Collection, Vocabulary};
pub use model::relation::Relation;
#[cfg(feature = "sql")]
pub use out::sql::Dialect;
pub use plan::Query;
pub use store::schema::{Field, FieldType, Row, Value};

pub use model::data_errors::DataErrors;
pub use model::date::{Date, DateError, DateErrorKind, Day, Part, Precision};
pub use model::files::FileField;
pub use model::validate::{DataError, Problem};
pub use model::word::Word;
pub use model::{
    ActorId, ActorKind, Bound, ClaimId, ClaimStatus, EstimateId, EventId, Measure, Qualifier,
    ReportId, SourceId, SourceKind, Text, Topic,
};
pub use store::data::{Dataset, RecordId};
pub use store::record::{
    Actor, Claim, Estimate, Event, Iter, Quote, QuoteIter, Quotes, Record, Records, Report, Source,
};

/// Answers a query from the facts compiled into the crate.
///
/// ```
/// let answer = facts::query("estimates where topic = casualties")?;
/// assert_eq!(answer.rows().unwrap().len(), 3);
/// for row in answer.rows().unwrap() {
///     let facts::Row::Estimate(estimate) = row else { unreachable!() };
///     // Every answer carries the report's own words.
///     assert!(facts::reports().first().unwrap().text().contains(estimate.quote().text()));
/// }
/// # Ok::<(), facts::QueryError>(())
/// ```
pub fn query(text: &str) -> Result<Answer<'static>, QueryError> {
    Dataset::builtin().query(text)
}

/// The reports the embedded facts quote (one).
///
/// ```
/// assert_eq!(facts::reports().first().unwrap().id(), "nk-pows-seek-south-korea");
/// ```
pub fn reports() -> Records<'static, Report<'static>> {
    Dataset::builtin().reports()
}

/// Every actor of the report.
///
/// ```
/// assert!(facts::actors().iter().any(|a| a.name() == "Yu Yong-weon"));
/// ```
pub fn actors() -> Records<'static, Actor<'static>> {
    Dataset::builtin().actors()
}

/// Every event of the report.
///
/// ```
/// assert!(facts::events().iter().any(|e| e.id() == "capture"));
/// ```
pub fn events() -> Records<'static, Event<'static>> {
    Dataset::builtin().events()
}

/// Every estimate of the report: its five figures, side by side.
///
/// ```
/// assert_eq!(facts::estimates().len(), 5);
/// ```
pub fn estimates() -> Records<'static, Estimate<'static>> {
    Dataset::builtin().estimates()
}

/// Every source of the report.
///
/// ```
/// assert!(facts::sources().iter().any(|s| s.kind() == facts::SourceKind::StateMedia));
/// ```
pub fn sources() -> Records<'static, Source<'static>> {
    Dataset::builtin().sources()
}

/// Every claim of the report.
///
/// ```
/// assert!(facts::claims().iter().all(|c| !c.text().is_empty()));
/// ```
pub fn claims() -> Records<'static, Claim<'static>> {
    Dataset::builtin().claims()
}

/// The report with this id.
///
/// ```
/// assert_eq!(facts::report("nk-pows-seek-south-korea").unwrap().year(), 2025);
/// ```
pub fn report(id: &str) -> Option<Report<'static>> {
    Dataset::builtin().report(id)
}

/// The actor with this id.
///
/// ```
/// assert_eq!(facts::actor("jang-se-yul").unwrap().name(), "Jang Se-yul");
/// ```
pub fn actor(id: &str) -> Option<Actor<'static>> {
    Dataset::builtin().actor(id)
}

/// The event with this id.
///
/// ```
/// assert!(facts::event("detention").unwrap().ongoing());
/// ```
pub fn event(id: &str) -> Option<Event<'static>> {
    Dataset::builtin().event(id)
}

/// The estimate with this id.
///
/// ```
/// assert_eq!(facts::estimate("killed-about-600").unwrap().value(), 600);
/// ```
pub fn estimate(id: &str) -> Option<Estimate<'static>> {
    Dataset::builtin().estimate(id)
}

/// The source with this id.
///
/// ```
/// assert_eq!(facts::source("other-assessments").unwrap().name(), "Other assessments");
/// ```
pub fn source(id: &str) -> Option<Source<'static>> {
    Dataset::builtin().source(id)
}

/// The claim with this id.
///
/// ```
/// assert_eq!(facts::claim("death-sentence").unwrap().status(), facts::ClaimStatus::Stated);
/// ```
pub fn claim(id: &str) -> Option<Claim<'static>> {
    Dataset::builtin().claim(id)
}
