//! The records as a dataset stores them, and the types their fields are made of: ids,
//! vocabularies, bounds.
//!
//! The record structs are the crate's own: loading builds them, the build compiles them into
//! static tables (the estimates into the columns of [`crate::store::columnar`], as a loaded dataset
//! keeps them too), and callers read them through the handles of [`crate::store::record`]. Every string
//! is a [`Text`] and every list a `Cow<'static, [_]>`: the embedded facts borrow from static
//! data compiled into the crate, while facts loaded at run time own theirs (short strings
//! inside the record), and both are the same types to the rest of the crate.

pub(crate) mod collection;
pub(crate) mod data_errors;
pub(crate) mod date;
pub(crate) mod files;
pub(crate) mod relation;
pub(crate) mod rust;
pub(crate) mod suggest;
pub(crate) mod text;
pub(crate) mod validate;
pub(crate) mod word;
pub(crate) mod wording;

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::model::date::Date;
pub use crate::model::text::Text;

/// Defines an id newtype: a kebab-case name that only ever points at one kind of record.
macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $example:literal) => {
        $(#[$meta])*
        ///
        #[doc = concat!("```\nlet id = facts::", stringify!($name), "::new(\"", $example, "\");")]
        #[doc = "let record = facts::Dataset::builtin().get(&id).unwrap();"]
        #[doc = "assert_eq!(record.id(), &id);\n```"]
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub(crate) Text);

        impl $name {
            /// The id as text.
            ///
            #[doc = concat!("```\nlet id = facts::", stringify!($name), "::new(\"", $example, "\");")]
            #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");\n```")]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// An id from text. Whether a record has it is for a dataset to say.
            ///
            #[doc = concat!("```\nlet id = facts::", stringify!($name), "::new(\"", $example, "\");")]
            #[doc = concat!("assert_eq!(id.to_string(), \"", $example, "\");\n```")]
            pub fn new(id: impl Into<Text>) -> Self {
                $name(id.into())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // `pad`, so that `{:<20}` lines tables up.
                f.pad(&self.0)
            }
        }

        #[cfg(not(library_without_load))]
        impl validate::from_file::FromFile for $name {
            type Toml = toml::Spanned<String>;

            fn read<T>(
                toml: &Self::Toml,
                _: files::FileField,
                _: &mut validate::from_file::Reading<'_, T>,
            ) -> Option<$name> {
                Some($name::new(toml.get_ref().clone()))
            }
        }

        impl rust::Rust for $name {
            fn rust(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), "("));
                self.0.rust(out);
                out.push(')');
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

id_type!(
    /// The id of a [`Report`](crate::Report).
    ReportId,
    "nk-pows-seek-south-korea"
);
id_type!(
    /// The id of an [`Actor`](crate::Actor).
    ActorId,
    "yu-yong-weon"
);
id_type!(
    /// The id of an [`Event`](crate::Event).
    EventId,
    "capture"
);
id_type!(
    /// The id of an [`Estimate`](crate::Estimate).
    EstimateId,
    "troops-more-than-10000"
);
id_type!(
    /// The id of a [`Source`](crate::Source).
    SourceId,
    "other-assessments"
);
id_type!(
    /// The id of a [`Claim`](crate::Claim).
    ClaimId,
    "death-sentence"
);

/// Defines a closed vocabulary: an enum whose values are written as snake_case words in the
/// data files, in queries and in JSON.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $example:literal { $($(#[$vmeta:meta])* $variant:ident = $word:literal,)* }) => {
        $(#[$meta])*
        ///
        #[doc = concat!("```\nlet value: facts::", stringify!($name), " = \"", $example, "\".parse().unwrap();")]
        #[doc = concat!("assert_eq!(value.to_string(), \"", $example, "\");")]
        #[doc = concat!("assert_eq!(serde_json::to_string(&value).unwrap(), r#\"\"", $example, "\"\"#);\n```")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] $variant,)*
        }

        impl $name {
            /// Every value, in the order they are declared.
            ///
            #[doc = concat!("```\nassert!(facts::", stringify!($name), "::ALL.iter().any(|v| v.word() == \"", $example, "\"));\n```")]
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The word of every value, in the order they are declared.
            ///
            #[doc = concat!("```\nassert!(facts::", stringify!($name), "::WORDS.contains(&\"", $example, "\"));\n```")]
            pub const WORDS: &'static [&'static str] = &[$($word),*];

            /// The word for the value, as data files, queries and JSON write it.
            ///
            #[doc = concat!("```\nlet value: facts::", stringify!($name), " = \"", $example, "\".parse().unwrap();")]
            #[doc = concat!("assert_eq!(value.word(), \"", $example, "\");\n```")]
            pub fn word(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)*
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.word())
            }
        }

        vocabulary_from_str!($name, $example);

        #[cfg(not(library_without_load))]
        impl validate::from_file::FromFile for $name {
            // Read as text, so that a wrong word fails its own record, not the whole file.
            type Toml = files::Written;

            fn read<T>(
                toml: &files::Written,
                field: files::FileField,
                at: &mut validate::from_file::Reading<'_, T>,
            ) -> Option<$name> {
                at.file.word::<$name>(at.record, field, toml, at.errors)
            }
        }

        impl rust::Rust for $name {
            fn rust(&self, out: &mut String) {
                out.push_str(match self {
                    $($name::$variant => concat!(stringify!($name), "::", stringify!($variant)),)*
                });
            }
        }

        #[cfg(not(library_without_load))]
        impl ExactWords for $name {
            const WORDS: &'static [&'static str] = $name::WORDS;

            fn exactly(word: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.word() == word)
            }
        }
    };
}

/// A closed vocabulary, as the data files' reader sees it.
#[cfg(not(library_without_load))]
pub(crate) trait ExactWords: Sized {
    /// Every word, in declaration order.
    const WORDS: &'static [&'static str];

    /// The value a word names, written exactly as the vocabulary writes it.
    fn exactly(word: &str) -> Option<Self>;
}

vocabulary!(
    /// What kind of actor a record is.
    ActorKind, "person" {
        /// One human being, named or not.
        Person = "person",
        /// Several people the report speaks of together (the two captives, "visiting South Koreans").
        Group = "group",
        /// A non-governmental organisation.
        Organization = "organization",
        /// A government, its officials or its agencies.
        Government = "government",
        /// Armed forces or a military formation.
        Military = "military",
        /// An intelligence service.
        Intelligence = "intelligence",
        /// Press, broadcasters, state media.
        Media = "media",
    }
);

vocabulary!(
    /// What an estimate is about.
    Topic, "casualties" {
        /// How many troops North Korea sent.
        Deployment = "deployment",
        /// How many were killed or wounded.
        Casualties = "casualties",
    }
);

vocabulary!(
    /// What an estimate counts.
    Measure, "killed" {
        /// Troops deployed.
        Troops = "troops",
        /// Soldiers killed ("killed", "dead").
        Killed = "killed",
        /// Soldiers wounded ("injured", "wounded").
        Wounded = "wounded",
    }
);

vocabulary!(
    /// How the report qualifies a figure. The bounds of an estimate follow from it.
    Qualifier, "more_than" {
        /// The figure as it stands, with no qualifying word.
        Exact = "exact",
        /// "about", "around": no bound is implied either way.
        About = "about",
        /// "more than", "over": the figure is an exclusive lower bound.
        MoreThan = "more_than",
        /// "at least": the figure is an inclusive lower bound.
        AtLeast = "at_least",
        /// "fewer than", "under": the figure is an exclusive upper bound.
        FewerThan = "fewer_than",
        /// "at most", "up to": the figure is an inclusive upper bound.
        AtMost = "at_most",
    }
);

vocabulary!(
    /// What kind of source a fact comes from.
    SourceKind, "intelligence" {
        /// An activist speaking for himself.
        Activist = "activist",
        /// A non-governmental organisation.
        Organization = "organization",
        /// A member of a parliament.
        Lawmaker = "lawmaker",
        /// A head of state.
        HeadOfState = "head_of_state",
        /// A government or its officials.
        Government = "government",
        /// Officials of a state speaking as a body.
        Officials = "officials",
        /// Intelligence agencies, their reports and briefings.
        Intelligence = "intelligence",
        /// Assessments, reports or briefings whose authors the report does not name.
        Assessment = "assessment",
        /// State-controlled media.
        StateMedia = "state_media",
        /// The captives' own accounts.
        Captives = "captives",
        /// Photographs.
        Photographs = "photographs",
        /// The report itself, stating something in its own voice.
        Report = "report",
    }
);

vocabulary!(
    /// How firmly the report attributes a claim, firmest first: words that hedge cap it (a quote
    /// saying "reportedly" is at most `reported`), which the build checks.
    ClaimStatus, "unconfirmed" {
        /// Said by the source, in the report's words, without hedging.
        Stated = "stated",
        /// Passed on second hand or marked "reportedly".
        Reported = "reported",
        /// Marked "allegedly".
        Alleged = "alleged",
        /// The report says it cannot be confirmed independently.
        Unconfirmed = "unconfirmed",
    }
);

/// Declares a stored record: the struct, how the build writes it as Rust ([`rust::Rust`]) and,
/// for a record a fact file holds, its entry there (`entry ActorEntry in Actors`: each field in
/// the form its type is written in, read back by its type), from one list of fields. JSON
/// Lines read and write the struct itself.
macro_rules! record {
    (entry $entry:ident in $collection:ident;
     $(#[$meta:meta])* pub struct $name:ident {
        $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)*
    }) => {
        record! {
            $(#[$meta])* pub struct $name {
                $($(#[$fmeta])* pub $field: $ty,)*
            }
        }

        #[doc = concat!("A [`", stringify!($name), "`] as its fact file writes it.")]
        #[cfg(not(library_without_load))]
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $entry {
            $($(#[$fmeta])* pub $field: <$ty as validate::from_file::FromFile>::Toml,)*
            /// The report the quotes are in; needed only where there are several.
            pub report: Option<toml::Spanned<String>>,
        }

        #[cfg(not(library_without_load))]
        impl validate::from_file::Entry for $entry {
            type Record = $name;

            fn id(&self) -> &toml::Spanned<String> {
                &self.id
            }

            fn record<T>(
                &self,
                file: &validate::toml_file::TomlFile<T>,
                reports: &[StoredReport],
                errors: &mut Vec<validate::DataError>,
            ) -> Option<$name> {
                use validate::from_file::FromFile;
                let mut at = validate::from_file::Reading {
                    file,
                    reports,
                    report: &self.report,
                    record: validate::error::RecordName {
                        of: collection::Collection::$collection,
                        id: self.id.get_ref(),
                    },
                    errors,
                };
                // Every field is read before any is found wrong, so that each is reported.
                $(let $field = <$ty>::read(
                    &self.$field,
                    const { files::FileField::named(stringify!($field)) },
                    &mut at,
                );)*
                Some($name { $($field: $field?,)* })
            }
        }
    };
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)*
    }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)*
        }

        impl rust::Rust for $name {
            fn rust(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                $(
                    out.push_str(concat!(" ", stringify!($field), ": "));
                    self.$field.rust(out);
                    out.push(',');
                )*
                out.push_str(" }");
            }
        }
    };
}

record! {
/// A report as stored: the document every quote points into. Read as [`crate::Report`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
// JSON Lines are read into the record as declared here: a key it does not declare is an error.
#[serde(deny_unknown_fields)]
pub struct StoredReport {
    /// Stable id.
    pub id: ReportId,
    /// A title for people, taken from the report.
    pub title: Text,
    /// The year the report is written in, from which it says "this year" and "last year".
    pub year: i32,
    /// The full text, byte for byte.
    pub text: Text,
}
}

record! {
/// A verbatim span of a report that supports a record, as stored. Read as [`crate::Quote`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(from = "QuoteJson")]
pub struct StoredQuote {
    /// The report quoted.
    pub report: ReportId,
    /// Byte offset of the first byte in the report's text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// The quoted words, exactly as in the report.
    pub text: Text,
}
}

/// A quote as JSON Lines write it: its place in bytes, which the checks hold against the
/// report, and its place in code points and UTF-16 units, which follows from the bytes and
/// is read past. Any other key is an error.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteJson {
    report: ReportId,
    start: usize,
    end: usize,
    text: Text,
    #[serde(default, rename = "char_start")]
    _char_start: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "char_end")]
    _char_end: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "utf16_start")]
    _utf16_start: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "utf16_end")]
    _utf16_end: Option<serde::de::IgnoredAny>,
}

impl From<QuoteJson> for StoredQuote {
    fn from(q: QuoteJson) -> StoredQuote {
        StoredQuote {
            report: q.report,
            start: q.start,
            end: q.end,
            text: q.text,
        }
    }
}

impl StoredQuote {
    /// Where the quote sits in its report's text, in bytes.
    #[cfg(not(library_without_load))]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

record! {
entry ActorEntry in Actors;
/// A person, group, organisation, government, military formation or medium the report names
/// or describes.
///
/// As stored; callers read it as [`crate::Actor`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
// JSON Lines are read into the record as declared here: a key it does not declare is an error.
#[serde(deny_unknown_fields)]
pub struct StoredActor {
    /// Stable id.
    pub id: ActorId,
    /// The name, or for an unnamed actor the report's description of it.
    pub name: Text,
    /// Whether the report gives the actor a proper name.
    pub named: bool,
    /// What kind of actor.
    pub kind: ActorKind,
    /// The country the actor belongs to, where the report says: an open snake_case name
    /// (`south_korea`), as another report may name any country.
    pub country: Option<Text>,
    /// The actor's role in the report's words ("South Korean lawmaker").
    pub role: Option<Text>,
    /// The actor this one belongs to, where the report says.
    pub affiliation: Option<ActorId>,
    /// Where the report names or describes the actor.
    // Written by the handle, with the quote's place in every unit.
    #[serde(skip_serializing)]
    pub quote: StoredQuote,
}
}

record! {
entry EventEntry in Events;
/// Something that happened, with when and where as precisely as the report says.
///
/// As stored; callers read it as [`crate::Event`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
// JSON Lines are read into the record as declared here: a key it does not declare is an error.
#[serde(deny_unknown_fields)]
pub struct StoredEvent {
    /// Stable id.
    pub id: EventId,
    /// What happened, in a few words.
    pub title: Text,
    /// When it happened (or began), if the report says.
    pub date: Option<Date>,
    /// True for a state that began at `date` and still holds ("held since early 2025").
    #[serde(default)]
    pub ongoing: bool,
    /// Where, in the report's words.
    pub place: Option<Text>,
    /// Who took part.
    #[serde(default)]
    pub actors: Cow<'static, [ActorId]>,
    /// Who the report has it from.
    pub sources: Cow<'static, [SourceId]>,
    /// The words the event rests on.
    #[serde(skip_serializing)]
    pub quote: StoredQuote,
}
}

record! {
entry EstimateEntry in Estimates;
/// One figure the report gives about the deployment or its losses, with its source.
///
/// Conflicting figures are separate estimates, side by side; none is preferred.
///
/// As stored; callers read it as [`crate::Estimate`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct StoredEstimate {
    /// Stable id.
    pub id: EstimateId,
    /// Deployment or casualties.
    pub topic: Topic,
    /// What is counted.
    pub measure: Measure,
    /// The figure as the report states it.
    pub value: u64,
    /// How the report qualifies the figure.
    pub qualifier: Qualifier,
    /// The period the figure covers, in the report's words ("since October last year").
    pub period: Option<Text>,
    /// The earliest the period can begin, where the report says.
    pub since: Option<Date>,
    /// The period the figure falls within, where the report says ("sent in 2024").
    pub during: Option<Date>,
    /// Who the figure comes from.
    pub source: SourceId,
    /// Figures the report says come from the same report or time frame as this one.
    #[serde(default)]
    pub reported_with: Cow<'static, [EstimateId]>,
    /// Where the report states the figure first.
    pub quote: StoredQuote,
    /// Where the report states the same figure again.
    #[serde(default)]
    pub restated: Cow<'static, [StoredQuote]>,
}
}

/// One end of the range an estimate's wording implies.
///
/// ```
/// let bound = facts::estimate("troops-more-than-10000").unwrap().low().unwrap();
/// assert_eq!((bound.value, bound.inclusive), (10_000, false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Bound {
    /// The figure.
    pub value: u64,
    /// Whether the figure itself is inside the range.
    pub inclusive: bool,
}

/// The lower bound a figure's wording implies: "more than 10,000" has one, "about 15,000" has
/// none.
pub(crate) fn low(qualifier: Qualifier, value: u64) -> Option<Bound> {
    let bound = |inclusive| Bound { value, inclusive };
    match qualifier {
        Qualifier::Exact | Qualifier::AtLeast => Some(bound(true)),
        Qualifier::MoreThan => Some(bound(false)),
        Qualifier::About | Qualifier::FewerThan | Qualifier::AtMost => None,
    }
}

/// The upper bound a figure's wording implies: "more than 10,000" has none.
pub(crate) fn high(qualifier: Qualifier, value: u64) -> Option<Bound> {
    let bound = |inclusive| Bound { value, inclusive };
    match qualifier {
        Qualifier::Exact | Qualifier::AtMost => Some(bound(true)),
        Qualifier::FewerThan => Some(bound(false)),
        Qualifier::About | Qualifier::MoreThan | Qualifier::AtLeast => None,
    }
}

record! {
entry SourceEntry in Sources;
/// Who a fact comes from, and whether the report says it can be checked.
///
/// As stored; callers read it as [`crate::Source`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
// JSON Lines are read into the record as declared here: a key it does not declare is an error.
#[serde(deny_unknown_fields)]
pub struct StoredSource {
    /// Stable id.
    pub id: SourceId,
    /// The source as the report names it ("Later South Korean briefings").
    pub name: Text,
    /// What kind of source.
    pub kind: SourceKind,
    /// The actors behind the source, where the report says ("repeated by South Korean and
    /// Western agencies" names two).
    #[serde(default)]
    pub actors: Cow<'static, [ActorId]>,
    /// `Some(false)` where the report says the source cannot be confirmed independently,
    /// `Some(true)` where it says it can, `None` where it says neither.
    pub confirmable: Option<bool>,
    /// Where the report introduces the source.
    #[serde(skip_serializing)]
    pub quote: StoredQuote,
}
}

record! {
entry ClaimEntry in Claims;
/// A statement the report attributes to a source.
///
/// As stored; callers read it as [`crate::Claim`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
// JSON Lines are read into the record as declared here: a key it does not declare is an error.
#[serde(deny_unknown_fields)]
pub struct StoredClaim {
    /// Stable id.
    pub id: ClaimId,
    /// A faithful paraphrase of what was claimed.
    pub text: Text,
    /// Who claims it.
    pub source: SourceId,
    /// When it was claimed, if the report says.
    pub date: Option<Date>,
    /// Who the claim is about.
    #[serde(default)]
    pub about: Cow<'static, [ActorId]>,
    /// How firmly the report attributes it.
    pub status: ClaimStatus,
    /// The words of the report that carry the claim.
    #[serde(skip_serializing)]
    pub quote: StoredQuote,
    /// Where the report makes the same statement again: a restatement is a second quote of
    /// one claim, not a second claim.
    #[serde(skip_serializing)]
    #[serde(default)]
    pub restated: Cow<'static, [StoredQuote]>,
}
}
