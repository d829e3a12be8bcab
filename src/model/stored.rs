//! The stored records, each declared once: every field with its type, its docs, what a query
//! calls it, what the export says of it and the example its accessor shows.
//!
//! A declaration is a macro (`actor_record!`, ...) that hands the whole declaration to another
//! macro, so that each stage reads the same list its own way: here the struct, its fact-file
//! entry and its Rust for the build (`record!`); in the store the handle's accessors and
//! `Debug`, the schema the language reads and the columns estimates are kept in; in `load` an
//! estimate's JSON line; in `out` the export's tables. Adding a field takes its line here, its
//! key in `FileField`, the data and the docs.
//!
//! The form every stage reads:
//!
//! ```text
//! /// The record's docs.
//! #[derive(...)]
//! pub struct StoredActor as Actor in Actors, entry ActorEntry {
//!     table: "the export table's comment",
//!     /// Docs of the id.
//!     pub id: ActorId { example: "the accessor's example" },
//!     /// Docs of the field, for the stored record and the handle's accessor.
//!     #[serde(...)]
//!     pub name: Text => &'d str {
//!         query: "what `--help` and the schema say of it",
//!         sql: "the export column's comment, where its name does not say it",
//!         example: "the accessor's example",
//!         then { low: Option<Bound> { query: "...", sql: "..." } }
//!     },
//! }
//! ```
//!
//! The type after `=>` is what the handle's accessor returns; the field's type decides how it
//! is read from a fact file, queried and exported (through a trait each stage implements for
//! it). `then` lists fields computed from the record, shown after this one (an estimate's
//! bounds after its qualifier); the handle computes them.

use serde::{Deserialize, Serialize};

use self::names::*;

/// Every type the declarations name, for a stage that reads them to import at once (`use
/// crate::model::stored::names::*`): the declarations are read where they are expanded.
pub(crate) mod names {
    #[allow(unused_imports)] // Each stage names some of them.
    pub(crate) use crate::model::{
        ActorId, ActorKind, Bound, ClaimId, ClaimStatus, Date, EstimateId, EventId, Measure,
        Qualifier, ReportId, SourceId, SourceKind, StoredQuote, Text, Topic, Year,
    };
    #[allow(unused_imports)]
    pub(crate) use std::borrow::Cow;
}

/// Declares a trait a field's type must have, with the message the compiler gives a field of a
/// type that lacks it. The traits are implemented for every vocabulary at once, so such a field
/// is first reported as lacking the vocabularies' `ExactWords`, which this message corrects.
macro_rules! field_trait {
    ($trait:item) => {
        #[diagnostic::on_unimplemented(
            message = "`{Self}` is not a type a record's field can have yet",
            label = "a field of this type needs what the note lists; the line `required for ... to implement ...` below names what is missing",
            note = "a vocabulary gets what it needs from `vocabulary!`; any other type a field has needs `FieldOut` and `StoredField` (src/store/record/field.rs), `QueryField` (src/store/schema.rs) and `ExportField` (src/out/export/fields.rs), on an estimate `Columnar` (src/store/columnar.rs) and `ColumnField` (src/store/record/field.rs) too, and the type after `=>` in its declaration is its `FieldOut::Out`"
        )]
        $trait
    };
}

/// Reads a declaration (the form in the module's docs) and hands it to `$then` as a flat list
/// every stage matches the same way:
///
/// ```text
/// $extra [record's attributes] StoredActor Actor Actors (ActorEntry) "table comment"
/// [id's docs] ActorId "id's example"
/// { [docs] [serde attributes] name (Text) (&'d str) "query doc" ("sql doc") "example"
///   [low (Option<Bound>) "query doc" ("sql doc") ...] }
/// ...
/// ```
///
/// where `(ActorEntry)` is `()` for a record no fact file holds on its own, `("sql doc")` is
/// `()` where the declaration gives none, and the last list holds the fields computed after
/// this one. This is the one place that reads the declarations' form.
macro_rules! declared {
    (
        $then:ident $extra:tt
        $(#[$meta:meta])*
        pub struct $stored:ident as $handle:ident in $collection:ident $(, entry $entry:ident)? {
            table: $table:literal,
            $(#[doc = $iddoc:literal])*
            pub id: $idty:ident { example: $idexample:literal },
            $(
                $(#[doc = $doc:literal])*
                $(#[serde($($serde:tt)*)])*
                pub $field:ident: $ty:ty => $out:ty {
                    query: $query:literal,
                    $(sql: $sql:literal,)?
                    example: $example:literal,
                    $(then { $(
                        $dfield:ident: $dty:ty { query: $dquery:literal, $(sql: $dsql:literal,)? }
                    )* })?
                }
            ),* $(,)?
        }
    ) => {
        $then! {
            $extra [$(#[$meta])*] $stored $handle $collection ($($entry)?) $table
            [$(#[doc = $iddoc])*] $idty $idexample
            $({
                [$(#[doc = $doc])*] [$(#[serde($($serde)*)])*] $field ($ty) ($out) $query
                ($($sql)?) $example [$($($dfield ($dty) $dquery ($($dsql)?))*)?]
            })*
        }
    };
}

/// Declares a stored record from its declaration ([`declared!`]): the struct, how the build
/// writes it as Rust ([`crate::model::rust::Rust`]) and, for a record a fact file holds, its
/// entry there (each field in the form its type is written in, read back by its type). JSON
/// Lines read and write the struct itself.
macro_rules! record {
    (
        () [$($meta:tt)*] $name:ident $handle:ident $collection:ident $entry:tt
        $table:literal [$($iddoc:tt)*] $idty:ident $idexample:literal
        $({
            [$($doc:tt)*] [$($serde:tt)*] $field:ident ($ty:ty) ($out:ty) $query:literal $sql:tt
            $example:literal [$($dfield:ident ($dty:ty) $dquery:literal $dsql:tt)*]
        })*
    ) => {
        $($meta)*
        pub struct $name {
            $($iddoc)*
            pub id: $idty,
            $(
                $($doc)*
                $($serde)*
                pub $field: $ty,
            )*
        }

        impl crate::model::rust::Rust for $name {
            fn rust(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " { id: "));
                self.id.rust(out);
                out.push(',');
                $(
                    out.push_str(concat!(" ", stringify!($field), ": "));
                    self.$field.rust(out);
                    out.push(',');
                )*
                out.push_str(" }");
            }
        }

        record!(@entry $entry, $name, $collection, $idty, $(
            [$($doc)* $($serde)*] $field: $ty,
        )*);
    };
    // A record no fact file holds on its own (a report, read with its text) has no entry.
    (@entry (), $($rest:tt)*) => {};
    (@entry ($entry:ident), $name:ident, $collection:ident, $idty:ident, $(
        [$($attr:tt)*] $field:ident: $ty:ty,
    )*) => {
        #[doc = concat!("A [`", stringify!($name), "`] as its fact file writes it.")]
        #[cfg(feature = "load")]
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $entry {
            /// Stable id.
            pub id: <$idty as crate::model::validate::from_file::FromFile>::Toml,
            $(
                $($attr)*
                pub $field: <$ty as crate::model::validate::from_file::FromFile>::Toml,
            )*
            /// The report the quotes are in; needed only where there are several.
            pub report: Option<toml::Spanned<String>>,
        }

        #[cfg(feature = "load")]
        impl crate::model::validate::from_file::Entry for $entry {
            type Record = $name;

            fn id(&self) -> &toml::Spanned<String> {
                &self.id
            }

            fn record<T>(
                &self,
                file: &crate::model::validate::toml_file::TomlFile<T>,
                reports: &[StoredReport],
                errors: &mut Vec<crate::model::validate::DataError>,
            ) -> Option<$name> {
                use crate::model::files::FileField;
                use crate::model::validate::from_file::{FromFile, Reading};
                let mut at = Reading {
                    file,
                    reports,
                    report: &self.report,
                    record: crate::model::validate::error::RecordName {
                        of: crate::model::collection::Collection::$collection,
                        id: self.id.get_ref(),
                    },
                    errors,
                };
                // Every field is read before any is found wrong, so that each is reported.
                let id = <$idty>::read(&self.id, FileField::Id, &mut at);
                $(let $field = <$ty>::read(
                    &self.$field,
                    const {
                        match FileField::named(stringify!($field)) {
                            Some(key) => key,
                            None => panic!(concat!(
                                "`", stringify!($field), "` has no key in `FileField`: add its ",
                                "variant to src/model/files.rs"
                            )),
                        }
                    },
                    &mut at,
                );)*
                Some($name { id: id?, $($field: $field?,)* })
            }
        }
    };
}

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

impl crate::model::rust::Rust for StoredQuote {
    fn rust(&self, out: &mut String) {
        out.push_str("StoredQuote { report: ");
        self.report.rust(out);
        out.push_str(", start: ");
        self.start.rust(out);
        out.push_str(", end: ");
        self.end.rust(out);
        out.push_str(", text: ");
        self.text.rust(out);
        out.push_str(", }");
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
    #[cfg(feature = "load")]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// A report: the document every quote points into.
macro_rules! report_record {
    ($then:ident!($($extra:tt)*)) => { crate::model::stored::declared! { $then ($($extra)*)
        /// A report as stored: the document every quote points into. Read as [`crate::Report`].
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        // JSON Lines are read into the record as declared here: a key it does not declare is an error.
        #[serde(deny_unknown_fields)]
        pub struct StoredReport as Report in Reports {
            table: "The reports every quote points into.",
            /// Stable id.
            pub id: ReportId {
                example: r#"assert_eq!(facts::reports().first().unwrap().id(), "nk-pows-seek-south-korea");"#
            },
            /// A title for people, taken from the report.
            pub title: Text => &'d str {
                query: "the report's title",
                example: r#"assert_eq!(facts::reports().first().unwrap().title(), "North Korean POWs seek South Korea");"#,
            },
            /// The year the report is written in, from which it says "this year" and "last year".
            pub year: Year => i32 {
                query: "the year it is written in",
                example: r#"assert_eq!(facts::report("nk-pows-seek-south-korea").unwrap().year(), 2025);"#,
            },
            /// The full text, byte for byte.
            pub text: Text => &'d str {
                query: "the full text",
                example: r#"assert!(facts::reports().first().unwrap().text().contains("South Korea"));"#,
            },
        }
    } };
}

/// An actor: who or what the report names or describes.
macro_rules! actor_record {
    ($then:ident!($($extra:tt)*)) => { crate::model::stored::declared! { $then ($($extra)*)
        /// A person, group, organisation, government, military formation or medium the report names
        /// or describes.
        ///
        /// As stored; callers read it as [`crate::Actor`].
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        // JSON Lines are read into the record as declared here: a key it does not declare is an error.
        #[serde(deny_unknown_fields)]
        pub struct StoredActor as Actor in Actors, entry ActorEntry {
            table: "People, groups, organisations, governments, forces and media the report names.",
            /// Stable id.
            pub id: ActorId {
                example: r#"assert_eq!(facts::actor("yu-yong-weon").unwrap().id(), "yu-yong-weon");"#
            },
            /// The name, or for an unnamed actor the report's description of it.
            pub name: Text => &'d str {
                query: "name, or the report's description",
                example: r#"assert_eq!(facts::actor("jang-se-yul").unwrap().name(), "Jang Se-yul");"#,
            },
            /// Whether the report gives the actor a proper name.
            pub named: bool => bool {
                query: "whether the report gives a proper name",
                sql: "whether the report gives a proper name",
                example: r#"assert!(facts::actor("yu-yong-weon").unwrap().named());"#,
            },
            /// What kind of actor.
            pub kind: ActorKind => ActorKind {
                query: "person, group, organization, ...",
                example: r#"assert_eq!(facts::actor("yu-yong-weon").unwrap().kind(), facts::ActorKind::Person);"#,
            },
            /// The country the actor belongs to, where the report says: an open snake_case name
            /// (`south_korea`), as another report may name any country.
            pub country: Option<Text> => Option<&'d str> {
                query: "country, where the report says (`south_korea`)",
                example: r#"assert_eq!(facts::actor("yu-yong-weon").unwrap().country(), Some("south_korea"));"#,
            },
            /// The actor's role as the report describes it, close to its words, with other
            /// names the report gives it quoted ("holds the prisoners (also “Kyiv”)").
            pub role: Option<Text> => Option<&'d str> {
                query: "role, as the report describes it",
                example: r#"let yu = facts::actor("yu-yong-weon").unwrap();
assert!(yu.role().unwrap().starts_with("South Korean lawmaker who visited the detainees"));"#,
            },
            /// The actor this one belongs to, where the report says.
            pub affiliation: Option<ActorId> => Option<Actor<'d>> {
                query: "the actor it belongs to",
                sql: "the actor it belongs to",
                example: r#"let forces = facts::actor("ukrainian-forces").unwrap();
assert_eq!(forces.affiliation().unwrap().id(), "ukraine");"#,
            },
            /// Where the report names or describes the actor.
            // Written by the handle, with the quote's place in every unit.
            #[serde(skip_serializing)]
            pub quote: StoredQuote => Quote<'d> {
                query: "the report's words",
                example: r#"assert!(facts::actor("yu-yong-weon").unwrap().quote().text().contains("Yu"));"#,
            },
        }
    } };
}

/// An event: something that happened.
macro_rules! event_record {
    ($then:ident!($($extra:tt)*)) => { crate::model::stored::declared! { $then ($($extra)*)
        /// Something that happened, with when and where as precisely as the report says.
        ///
        /// As stored; callers read it as [`crate::Event`].
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        // JSON Lines are read into the record as declared here: a key it does not declare is an error.
        #[serde(deny_unknown_fields)]
        pub struct StoredEvent as Event in Events, entry EventEntry {
            table: "What happened, dated as precisely as the report says.",
            /// Stable id.
            pub id: EventId {
                example: r#"assert_eq!(facts::event("capture").unwrap().id(), "capture");"#
            },
            /// What happened, in a few words.
            pub title: Text => &'d str {
                query: "what happened",
                example: r#"assert_eq!(facts::event("february-visit").unwrap().title(), "Yu Yong-weon visits the detainees");"#,
            },
            /// When it happened (or began), if the report says.
            pub date: Option<Date> => Option<Date> {
                query: "when, as precisely as the report says",
                example: r#"assert!(facts::event("february-visit").unwrap().date().is_some());"#,
            },
            /// True for a state that began at `date` and still holds ("held since early 2025").
            #[serde(default)]
            pub ongoing: bool => bool {
                query: "whether it still holds",
                sql: "whether it began at `date` and still holds",
                example: r#"assert!(facts::event("detention").unwrap().ongoing());"#,
            },
            /// Where, in the report's words.
            pub place: Option<Text> => Option<&'d str> {
                query: "where",
                example: r#"assert_eq!(facts::event("detention").unwrap().place(), Some("a detention facility near Kyiv"));"#,
            },
            /// Who took part.
            #[serde(default)]
            pub actors: Cow<'static, [ActorId]> => Records<'d, Actor<'d>> {
                query: "who took part",
                sql: "Who took part in an event.",
                example: r#"assert!(facts::event("february-visit").unwrap().actors().iter().any(|a| a.id() == "yu-yong-weon"));"#,
            },
            /// Who the report has it from.
            pub sources: Cow<'static, [SourceId]> => Records<'d, Source<'d>> {
                query: "who reports it",
                sql: "Who the report has an event from.",
                example: r#"assert!(!facts::event("capture").unwrap().sources().is_empty());"#,
            },
            /// The words the event rests on.
            #[serde(skip_serializing)]
            pub quote: StoredQuote => Quote<'d> {
                query: "the report's words",
                example: r#"let visit = facts::event("february-visit").unwrap();
assert_eq!(visit.quote().text(), "In February, South Korean lawmaker Yu Yong-weon visited the detainees");"#,
            },
        }
    } };
}

/// An estimate: one figure the report gives.
macro_rules! estimate_record {
    ($then:ident!($($extra:tt)*)) => { crate::model::stored::declared! { $then ($($extra)*)
        /// One figure the report gives about the deployment or its losses, with its source.
        ///
        /// Conflicting figures are separate estimates, side by side; none is preferred.
        ///
        /// As stored; callers read it as [`crate::Estimate`].
        #[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
        #[non_exhaustive]
        pub struct StoredEstimate as Estimate in Estimates, entry EstimateEntry {
            table: "The figures about the deployment and its losses, side by side; none is preferred.",
            /// Stable id.
            pub id: EstimateId {
                example: r#"assert_eq!(facts::estimate("troops-about-15000").unwrap().id(), "troops-about-15000");"#
            },
            /// Deployment or casualties.
            pub topic: Topic => Topic {
                query: "deployment or casualties",
                example: r#"assert_eq!(facts::estimate("killed-about-600").unwrap().topic(), facts::Topic::Casualties);"#,
            },
            /// What is counted.
            pub measure: Measure => Measure {
                query: "troops, killed or wounded",
                example: r#"assert_eq!(facts::estimate("killed-about-600").unwrap().measure(), facts::Measure::Killed);"#,
            },
            /// The figure as the report states it.
            pub value: u64 => u64 {
                query: "the figure as reported",
                sql: "the figure as the report states it",
                example: r#"assert_eq!(facts::estimate("killed-about-600").unwrap().value(), 600);"#,
            },
            /// How the report qualifies the figure.
            pub qualifier: Qualifier => Qualifier {
                query: "about, more_than, ...",
                example: r#"assert_eq!(facts::estimate("killed-about-600").unwrap().qualifier(), facts::Qualifier::About);"#,
                then {
                    low: Option<Bound> {
                        query: "lower bound the wording implies",
                        sql: "lower bound the wording implies",
                    }
                    high: Option<Bound> {
                        query: "upper bound the wording implies",
                        sql: "upper bound the wording implies",
                    }
                }
            },
            /// The period the figure covers, in the report's words ("since October last year").
            pub period: Option<Text> => Option<&'d str> {
                query: "period covered, in the report's words",
                example: r#"assert_eq!(facts::estimate("troops-about-15000").unwrap().period(), Some("since October last year"));"#,
            },
            /// The earliest the period can begin, where the report says.
            pub since: Option<Date> => Option<Date> {
                query: "earliest start of the period",
                example: r#"assert_eq!(facts::estimate("troops-about-15000").unwrap().since().unwrap().to_string(), "October [2024]");"#,
            },
            /// The period the figure falls within, where the report says ("sent in 2024").
            pub during: Option<Date> => Option<Date> {
                query: "the period the figure falls in",
                example: r#"let sent = facts::estimate("troops-more-than-10000").unwrap().during().unwrap();
assert_eq!(sent.to_string(), "2024");"#,
            },
            /// Who the figure comes from.
            pub source: SourceId => Source<'d> {
                query: "who gives the figure",
                example: r#"assert_eq!(facts::estimate("troops-about-15000").unwrap().source().name(), "Later South Korean briefings");"#,
            },
            /// Figures the report gives as from the same account as this one ("One report
            /// emphasizes ...", "Another raises ..."), whatever their sources.
            #[serde(default)]
            pub reported_with: Cow<'static, [EstimateId]> => Records<'d, Estimate<'d>> {
                query: "figures the report gives together (l.25), whatever their sources",
                sql: "Figures the report gives as from one account, whatever their sources.",
                example: r#"let with: Vec<_> = facts::estimate("killed-about-600").unwrap().reported_with().iter().map(|e| e.id().as_str()).collect();
assert_eq!(with, ["troops-about-15000", "wounded-more-than-4000"]);"#,
            },
            /// Where the report states the figure first.
            pub quote: StoredQuote => Quote<'d> {
                query: "the report's words",
                example: r#"assert!(facts::estimate("killed-about-600").unwrap().quote().text().contains("600"));"#,
            },
            /// Where the report states the same figure again.
            #[serde(default)]
            pub restated: Cow<'static, [StoredQuote]> => Quotes<'d> {
                query: "where the report states the figure again",
                sql: "Where the report states an estimate's figure again.",
                example: r#"let estimate = facts::estimate("killed-about-600").unwrap();
assert_eq!(estimate.restated().get(0).unwrap().text(), "around 600 dead");"#,
            },
        }
    } };
}

/// A source: who a fact comes from.
macro_rules! source_record {
    ($then:ident!($($extra:tt)*)) => { crate::model::stored::declared! { $then ($($extra)*)
        /// Who a fact comes from, and whether the report says it can be checked.
        ///
        /// As stored; callers read it as [`crate::Source`].
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        // JSON Lines are read into the record as declared here: a key it does not declare is an error.
        #[serde(deny_unknown_fields)]
        pub struct StoredSource as Source in Sources, entry SourceEntry {
            table: "Who facts come from.",
            /// Stable id.
            pub id: SourceId {
                example: r#"assert_eq!(facts::source("other-assessments").unwrap().id(), "other-assessments");"#
            },
            /// The source as the report names it ("Later South Korean briefings").
            pub name: Text => &'d str {
                query: "as the report names it",
                example: r#"assert_eq!(facts::source("other-assessments").unwrap().name(), "Other assessments");"#,
            },
            /// What kind of source.
            pub kind: SourceKind => SourceKind {
                query: "intelligence, lawmaker, ...",
                example: r#"assert_eq!(facts::source("other-assessments").unwrap().kind(), facts::SourceKind::Assessment);"#,
            },
            /// The actors behind the source, where the report says: none, one, or several
            /// ("repeated by South Korean and Western agencies" names two).
            #[serde(default)]
            pub actors: Cow<'static, [ActorId]> => Records<'d, Actor<'d>> {
                query: "the actors behind it",
                sql: "The actors behind a source.",
                example: r#"assert_eq!(facts::source("yu-yong-weon").unwrap().actors().get(0).unwrap().name(), "Yu Yong-weon");
assert_eq!(facts::source("one-set-of-reports").unwrap().actors().len(), 2);"#,
            },
            /// `Some(false)` where the report says the source cannot be confirmed independently,
            /// `Some(true)` where it says it can, `None` where it says neither.
            pub confirmable: Option<bool> => Option<bool> {
                query: "whether it can be confirmed independently",
                sql: "whether the report says it can be confirmed independently; NULL where it says neither",
                example: r#"assert_eq!(facts::source("captives-accounts").unwrap().confirmable(), Some(false));
assert_eq!(facts::source("other-assessments").unwrap().confirmable(), None);"#,
            },
            /// Where the report introduces the source.
            #[serde(skip_serializing)]
            pub quote: StoredQuote => Quote<'d> {
                query: "the report's words",
                example: r#"assert_eq!(facts::source("other-assessments").unwrap().quote().text(), "Other assessments");"#,
            },
        }
    } };
}

/// A claim: a statement the report attributes to a source.
macro_rules! claim_record {
    ($then:ident!($($extra:tt)*)) => { crate::model::stored::declared! { $then ($($extra)*)
        /// A statement the report attributes to a source.
        ///
        /// As stored; callers read it as [`crate::Claim`].
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[non_exhaustive]
        // JSON Lines are read into the record as declared here: a key it does not declare is an error.
        #[serde(deny_unknown_fields)]
        pub struct StoredClaim as Claim in Claims, entry ClaimEntry {
            table: "Statements the report attributes to a source.",
            /// Stable id.
            pub id: ClaimId {
                example: r#"assert_eq!(facts::claim("death-sentence").unwrap().id(), "death-sentence");"#
            },
            /// A faithful paraphrase of what was claimed.
            pub text: Text => &'d str {
                query: "what is claimed, paraphrased",
                example: r#"let claim = facts::claim("death-sentence").unwrap();
assert_eq!(claim.text(), "Returning the two captives to North Korea would be a death sentence.");"#,
            },
            /// Who claims it.
            pub source: SourceId => Source<'d> {
                query: "who claims it",
                example: r#"assert_eq!(facts::claim("death-sentence").unwrap().source().name(), "Yu Yong-weon");"#,
            },
            /// When it was claimed, if the report says.
            pub date: Option<Date> => Option<Date> {
                query: "when it was claimed",
                example: r#"let date = facts::claim("death-sentence").unwrap().date().unwrap();
assert_eq!(date.to_string(), "February [2025]");"#,
            },
            /// Who the claim is about.
            #[serde(default)]
            pub about: Cow<'static, [ActorId]> => Records<'d, Actor<'d>> {
                query: "who it is about",
                sql: "Who a claim is about.",
                example: r#"let about = facts::claim("death-sentence").unwrap().about();
assert_eq!(about.get(0).unwrap().id(), "captured-soldiers");"#,
            },
            /// How firmly the report attributes it.
            pub status: ClaimStatus => ClaimStatus {
                query: "stated, reported, alleged, unconfirmed",
                example: r#"assert_eq!(facts::claim("death-sentence").unwrap().status(), facts::ClaimStatus::Stated);"#,
            },
            /// The words of the report that carry the claim.
            #[serde(skip_serializing)]
            pub quote: StoredQuote => Quote<'d> {
                query: "the report's words",
                example: r#"let quote = facts::claim("death-sentence").unwrap().quote();
assert_eq!(quote.text(), "said returning them to the North would be a death sentence");"#,
            },
            /// Where the report makes the same statement again, in order: a restatement is a
            /// second quote of one claim, not a second claim.
            #[serde(skip_serializing)]
            #[serde(default)]
            pub restated: Cow<'static, [StoredQuote]> => Quotes<'d> {
                query: "where the report makes the statement again",
                sql: "Where the report makes a claim's statement again.",
                example: r#"let claim = facts::claim("willing-to-receive").unwrap();
assert!(claim.restated().iter().any(|q| q.text().contains("if all conditions are met")));"#,
            },
        }
    } };
}

// The build script reads the declarations only in this file.
#[allow(unused_imports)]
pub(crate) use {
    actor_record, claim_record, declared, estimate_record, event_record, field_trait,
    report_record, source_record,
};

report_record!(record!());
actor_record!(record!());
event_record!(record!());
estimate_record!(record!());
source_record!(record!());
claim_record!(record!());
