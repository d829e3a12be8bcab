//! What `find` answers: the records that hold the words, with the fields that do, and the
//! report's sentences that hold them.

use std::fmt;

use serde::Serialize;
use serde::ser::SerializeStruct;

use crate::model::collection::Collection;
use crate::store::record::Quote;
use crate::store::schema::Row;

/// What `find` answers: the records holding the words, then the sentences of the reports that
/// hold them.
///
/// Words match as `contains` does: the whole phrase, ignoring case and typographic quotes.
///
/// ```
/// let answer = facts::query("find Kyiv")?;
/// let found = answer.found().unwrap();
/// assert!(found.records().iter().any(|hit| hit.row().id() == "late-october-interviews"));
/// assert!(found.sentences().iter().all(|s| s.text().contains("Kyiv")));
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Found<'d> {
    pub(crate) words: String,
    pub(crate) records: Vec<Hit<'d>>,
    pub(crate) sentences: Vec<Quote<'d>>,
    pub(crate) suggestion: Option<String>,
}

/// A record `find` found, and the fields of it that hold the words.
///
/// ```
/// let answer = facts::query("find \"Yu Yong-weon\"")?;
/// let hit = &answer.found().unwrap().records()[0];
/// assert_eq!(hit.collection(), facts::Collection::Actors);
/// assert_eq!(hit.fields(), ["name", "quote"]);
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Hit<'d> {
    pub(crate) row: Row<'d>,
    pub(crate) fields: Vec<&'static str>,
}

impl<'d> Found<'d> {
    /// The words looked for, as the query wrote them.
    ///
    /// ```
    /// let answer = facts::query("FIND 'Kursk region'")?;
    /// assert_eq!(answer.found().unwrap().words(), "Kursk region");
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn words(&self) -> &str {
        &self.words
    }

    /// The records holding the words: collection by collection, each in its collection's
    /// order.
    ///
    /// ```
    /// let answer = facts::query("find grenades")?;
    /// let ids: Vec<&str> = answer.found().unwrap().records().iter().map(|h| h.row().id()).collect();
    /// assert_eq!(ids, ["avoid-capture-orders"]);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn records(&self) -> &[Hit<'d>] {
        &self.records
    }

    /// The sentences of the reports that hold the words, in the reports' order: what the
    /// report says, whether or not a record took it up.
    ///
    /// ```
    /// let answer = facts::query("find Pyongyang")?;
    /// let sentences = answer.found().unwrap().sentences();
    /// assert_eq!(sentences[0].line(), 27, "a heading is a line of its own");
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn sentences(&self) -> &[Quote<'d>] {
        &self.sentences
    }

    /// Where nothing holds the words: the words as the reports write them, for a near miss
    /// (`Zelenskyy`: `Zelensky`; `15000`: `15,000`).
    ///
    /// ```
    /// let answer = facts::query("find Zelenskyy")?;
    /// let found = answer.found().unwrap();
    /// assert!(found.records().is_empty() && found.sentences().is_empty());
    /// assert_eq!(found.suggestion(), Some("Zelensky"));
    /// assert_eq!(facts::query("find 15000")?.found().unwrap().suggestion(), Some("15,000"));
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn suggestion(&self) -> Option<&str> {
        self.suggestion.as_deref()
    }
}

impl<'d> Hit<'d> {
    /// The record.
    ///
    /// ```
    /// let answer = facts::query("find grenades")?;
    /// let facts::Row::Claim(claim) = answer.found().unwrap().records()[0].row() else { panic!() };
    /// assert_eq!(claim.status(), facts::ClaimStatus::Unconfirmed);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn row(&self) -> Row<'d> {
        self.row
    }

    /// The collection the record is of.
    ///
    /// ```
    /// let answer = facts::query("find grenades")?;
    /// assert_eq!(answer.found().unwrap().records()[0].collection(), facts::Collection::Claims);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn collection(&self) -> Collection {
        self.row.collection()
    }

    /// The fields holding the words, in the schema's order.
    ///
    /// ```
    /// let answer = facts::query("find \"4,000 wounded\"")?;
    /// let hit = &answer.found().unwrap().records()[0];
    /// assert_eq!((hit.row().id(), hit.fields()), ("wounded-more-than-4000", &["restated"][..]));
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn fields(&self) -> &[&'static str] {
        &self.fields
    }
}

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let table: Vec<[String; 3]> = self
            .records
            .iter()
            .map(|hit| {
                [
                    hit.collection().name().to_owned(),
                    hit.row.id().to_owned(),
                    hit.fields.join(", "),
                ]
            })
            .collect();
        let header = ["collection", "id", "fields"];
        let mut widths = header.map(str::len);
        for line in &table {
            for (width, cell) in widths.iter_mut().zip(line) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let write = |f: &mut fmt::Formatter<'_>, cells: [&str; 3]| {
            let [a, b, c] = cells;
            writeln!(f, "{a:<w0$}  {b:<w1$}  {c}", w0 = widths[0], w1 = widths[1])
        };
        write(f, header)?;
        write(
            f,
            widths.map(|w| "-".repeat(w)).each_ref().map(String::as_str),
        )?;
        for line in &table {
            write(f, line.each_ref().map(String::as_str))?;
        }
        let n = self.records.len();
        writeln!(f, "({n} {})", if n == 1 { "record" } else { "records" })?;
        if let Some(near) = &self.suggestion {
            return write!(
                f,
                "\nNothing holds “{}”; the report writes “{near}”: find {}",
                self.words,
                crate::plan::quoted_text(near)
            );
        }
        let n = self.sentences.len();
        write!(
            f,
            "\n{n} {} of the report holding “{}”",
            if n == 1 { "sentence" } else { "sentences" },
            self.words
        )?;
        if n > 0 {
            f.write_str(":")?;
        }
        for sentence in &self.sentences {
            write!(
                f,
                "\n  {} l.{}: {sentence}",
                sentence.report().id(),
                sentence.line()
            )?;
        }
        Ok(())
    }
}

impl Serialize for Found<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Found", 4)?;
        s.serialize_field("find", &self.words)?;
        s.serialize_field("records", &self.records)?;
        let sentences: Vec<Sentence<'_>> = self.sentences.iter().map(|&q| Sentence(q)).collect();
        s.serialize_field("sentences", &sentences)?;
        if let Some(near) = &self.suggestion {
            s.serialize_field("suggestion", near)?;
        }
        s.end()
    }
}

impl Serialize for Hit<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Hit", 3)?;
        s.serialize_field("collection", &self.collection())?;
        s.serialize_field("id", self.row.id())?;
        s.serialize_field("fields", &self.fields)?;
        s.end()
    }
}

/// A sentence as JSON: its line, then its place as every quote gives it.
struct Sentence<'d>(Quote<'d>);

impl Serialize for Sentence<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Lined<'d> {
            line: usize,
            #[serde(flatten)]
            quote: Quote<'d>,
        }
        Lined {
            line: self.0.line(),
            quote: self.0,
        }
        .serialize(serializer)
    }
}
