//! The checked records written as Rust: how the build compiles the fact files into the crate.
//!
//! Each type a record is made of writes itself ([`Rust`]); a record writes its fields in the
//! order its declaration lists them (its declaration in [`crate::model::stored`] derives that), so
//! adding a field to a record changes nothing here or in `build.rs`.

// The build calls this module; the library only tests it.
#![cfg_attr(not(test), allow(dead_code))]

use std::borrow::Cow;
use std::fmt::Write as _;
use std::num::NonZeroU8;
#[cfg(feature = "load")]
use std::path::Path;

use crate::model::date::{Date, Part};
#[cfg(feature = "load")]
use crate::model::stamp;
use crate::model::text::Text;
#[cfg(feature = "load")]
use crate::model::validate::{self, DataError};

/// A value written as the Rust expression that builds it in a `static`.
///
/// ```ignore
/// let mut out = String::new();
/// Some(Text::from("Kyiv")).rust(&mut out);
/// assert_eq!(out, r#"Some(Text::from_static("Kyiv"))"#);
/// ```
pub(crate) trait Rust {
    /// Appends the expression to `out`.
    fn rust(&self, out: &mut String);
}

/// Reads and checks the fact files in `dir` and writes them as Rust: the fingerprints of the
/// files read ([`stamp`]), then one `static` slice per collection, named for it (`REPORTS`,
/// `ACTORS`, ...), of the records in file order.
#[cfg(feature = "load")]
pub(crate) fn compile(dir: &Path) -> Result<String, Vec<DataError>> {
    let c = validate::load_dir(dir)?;
    // The files read a moment ago, so an error here is one of a file system under change.
    let fingerprints = stamp::fingerprints(dir, &c.files).map_err(|e| {
        vec![DataError {
            file: dir.display().to_string(),
            line: None,
            problem: validate::Problem::Unreadable(e.to_string()),
        }]
    })?;
    let mut out = format!("{}{fingerprints}\n", stamp::HEADER);
    table(&mut out, "REPORTS", "StoredReport", &c.reports.records);
    table(&mut out, "ACTORS", "StoredActor", &c.actors.records);
    table(&mut out, "EVENTS", "StoredEvent", &c.events.records);
    table(
        &mut out,
        "ESTIMATES",
        "StoredEstimate",
        &c.estimates.records,
    );
    table(&mut out, "SOURCES", "StoredSource", &c.sources.records);
    table(&mut out, "CLAIMS", "StoredClaim", &c.claims.records);
    Ok(out)
}

#[cfg(feature = "load")]
fn table<T: Rust>(out: &mut String, name: &str, ty: &str, records: &[T]) {
    writeln!(out, "pub(crate) static {name}: &[{ty}] = &[").unwrap();
    for record in records {
        out.push_str("    ");
        record.rust(out);
        out.push_str(",\n");
    }
    out.push_str("];\n\n");
}

/// Writes a `Display`able value as it displays: numbers and `bool`, whose Rust literal it is.
macro_rules! literal {
    ($($ty:ty),*) => {
        $(impl Rust for $ty {
            fn rust(&self, out: &mut String) {
                write!(out, "{self}").unwrap();
            }
        })*
    };
}

literal!(bool, i32, u64, usize);

impl Rust for Text {
    fn rust(&self, out: &mut String) {
        // `{:?}` escapes exactly what a Rust string literal needs.
        write!(out, "Text::from_static({:?})", self.as_str()).unwrap();
    }
}

impl<T: Rust> Rust for Option<T> {
    fn rust(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.rust(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: Rust + Clone> Rust for Cow<'static, [T]> {
    fn rust(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.rust(out);
        }
        out.push_str("])");
    }
}

/// A month or day, which `NonZeroU8::new` makes an `Option` in a constant.
impl Rust for Option<NonZeroU8> {
    fn rust(&self, out: &mut String) {
        write!(
            out,
            "::core::num::NonZeroU8::new({})",
            self.map_or(0, NonZeroU8::get)
        )
        .unwrap();
    }
}

impl Rust for Part {
    fn rust(&self, out: &mut String) {
        write!(out, "Part::{self:?}").unwrap();
    }
}

impl Rust for Date {
    fn rust(&self, out: &mut String) {
        write!(out, "Date {{ year: {}, month: ", self.year).unwrap();
        self.month.rust(out);
        out.push_str(", day: ");
        self.day.rust(out);
        out.push_str(", part: ");
        self.part.rust(out);
        write!(out, ", year_inferred: {} }}", self.year_inferred).unwrap();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorId, Qualifier, ReportId, StoredQuote};

    fn rust(value: &impl Rust) -> String {
        let mut out = String::new();
        value.rust(&mut out);
        out
    }

    #[test]
    fn texts_are_escaped_as_rust_string_literals() {
        let text = Text::from("a \"quoted\" line\nand a \\ backslash");
        assert_eq!(
            rust(&text),
            r#"Text::from_static("a \"quoted\" line\nand a \\ backslash")"#
        );
    }

    #[test]
    fn records_write_every_field_in_declaration_order() {
        let quote = StoredQuote {
            report: ReportId::new("r"),
            start: 3,
            end: 9,
            text: Text::from("rained"),
        };
        assert_eq!(
            rust(&quote),
            r#"StoredQuote { report: ReportId(Text::from_static("r")), start: 3, end: 9, text: Text::from_static("rained"), }"#
        );
        let ids: Cow<'static, [ActorId]> = Cow::Owned(vec![ActorId::new("a"), ActorId::new("b")]);
        assert_eq!(
            rust(&ids),
            r#"::std::borrow::Cow::Borrowed(&[ActorId(Text::from_static("a")), ActorId(Text::from_static("b"))])"#
        );
        assert_eq!(rust(&Qualifier::MoreThan), "Qualifier::MoreThan");
    }

    #[test]
    fn dates_keep_their_precision() {
        let date: Date = "late October 2025".parse().unwrap();
        assert_eq!(
            rust(&Some(date)),
            "Some(Date { year: 2025, month: ::core::num::NonZeroU8::new(10), day: ::core::num::NonZeroU8::new(0), part: Some(Part::Late), year_inferred: false })"
        );
    }

    /// Without `load` the crate embeds the committed tables, so they must be what the fact files
    /// compile to now. When they are not, the test writes them again (review the diff, commit
    /// it) and fails, as a snapshot test does.
    #[cfg(feature = "load")]
    #[test]
    fn the_committed_tables_are_what_the_fact_files_compile_to() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let compiled = compile(&root.join("data")).unwrap();
        // What a build with `load` embeds, compiled by build.rs.
        assert_eq!(
            compiled,
            include_str!(concat!(env!("OUT_DIR"), "/facts.rs"))
        );
        let committed = root.join(stamp::TABLES);
        if std::fs::read_to_string(&committed).ok().as_deref() != Some(compiled.as_str()) {
            std::fs::write(&committed, &compiled).unwrap();
            panic!(
                "{} was not what data/ compiles to, and has been written again: review the \
                 change and commit it",
                stamp::TABLES
            );
        }
    }
}
