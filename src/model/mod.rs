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
// The library writes fingerprints with `load`; without it, build.rs compiles this alone.
#[cfg(any(test, feature = "load"))]
pub(crate) mod stamp;
pub(crate) mod stored;
pub(crate) mod suggest;
pub(crate) mod text;
pub(crate) mod validate;
pub(crate) mod word;
pub(crate) mod wording;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::model::date::Date;
#[cfg(feature = "load")]
pub use crate::model::stored::{ActorEntry, ClaimEntry, EstimateEntry, EventEntry, SourceEntry};
pub use crate::model::stored::{
    StoredActor, StoredClaim, StoredEstimate, StoredEvent, StoredQuote, StoredReport, StoredSource,
};
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

        #[cfg(feature = "load")]
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

        #[cfg(feature = "load")]
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

        impl ExactWords for $name {
            const VOCABULARY: collection::Vocabulary = collection::Vocabulary::$name;
            #[cfg(feature = "load")]
            const WORDS: &'static [&'static str] = $name::WORDS;

            #[cfg(feature = "load")]
            fn exactly(word: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.word() == word)
            }
        }
    };
}

crate::model::stored::field_trait! {
    /// A closed vocabulary, as the data files' reader and the record fields see it.
    pub(crate) trait ExactWords: Sized {
        /// Which vocabulary it is.
        const VOCABULARY: collection::Vocabulary;

        /// Every word, in declaration order.
        #[cfg(feature = "load")]
        const WORDS: &'static [&'static str];

        /// The value a word names, written exactly as the vocabulary writes it.
        #[cfg(feature = "load")]
        fn exactly(word: &str) -> Option<Self>;
    }
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

/// The year a report is written in: a year, not a count, so that a query reads it as a date
/// and the export as one. Callers read it as the number ([`crate::Report::year`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Year(pub i32);

impl rust::Rust for Year {
    fn rust(&self, out: &mut String) {
        out.push_str("Year(");
        self.0.rust(out);
        out.push(')');
    }
}
