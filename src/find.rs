//! `find "words"`: one question across every collection. The records whose text holds the
//! words, each saying its collection and the fields that hold them, then the report's own
//! sentences that hold them, so that nothing the records leave out goes unseen.

use std::fmt;
use std::ops::Range;

use serde::Serialize;
use serde::ser::SerializeStruct;

use crate::data::Dataset;
use crate::query::Find;
use crate::record::Quote;
use crate::schema::{Collection, Field, FieldId, FieldType, Row, Value};
use crate::text::fold;

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
    words: String,
    records: Vec<Hit<'d>>,
    sentences: Vec<Quote<'d>>,
    suggestion: Option<String>,
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
    row: Row<'d>,
    fields: Vec<&'static str>,
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

/// The fields `find` reads: every field of text or texts, but a report's whole text, whose
/// sentences are listed apart.
pub(crate) fn searched(collection: Collection) -> impl Iterator<Item = FieldId> {
    collection
        .fields()
        .iter()
        .enumerate()
        .filter(move |(_, f)| {
            matches!(f.ty, FieldType::Text | FieldType::Texts) && !is_report_text(collection, f)
        })
        .map(move |(index, _)| FieldId {
            collection,
            index: index as u8,
        })
}

fn is_report_text(collection: Collection, field: &Field) -> bool {
    collection == Collection::Reports && field.name == "text"
}

pub(crate) fn find<'d>(find: &Find, dataset: &'d Dataset) -> Found<'d> {
    let holds = |text: &str| fold(text).contains(find.folded.as_str());
    let mut records = Vec::new();
    for collection in Collection::ALL {
        let fields: Vec<FieldId> = searched(collection).collect();
        dataset.each(collection, |row| {
            let matched: Vec<&'static str> = fields
                .iter()
                .filter(|&&field| match row.get(field) {
                    Value::Text(text) => holds(text),
                    Value::List(texts) => texts
                        .iter()
                        .any(|t| matches!(t, Value::Text(text) if holds(text))),
                    _ => false,
                })
                .map(|field| field.field().name)
                .collect();
            if !matched.is_empty() {
                records.push(Hit {
                    row,
                    fields: matched,
                });
            }
        });
    }
    let mut sentences = Vec::new();
    for report in dataset.reports() {
        let text = report.text();
        for range in sentences_of(text) {
            if holds(&text[range.clone()]) {
                sentences.push(report.span(range));
            }
        }
    }
    let suggestion = (records.is_empty() && sentences.is_empty())
        .then(|| as_written(dataset, &find.words))
        .flatten();
    Found {
        words: find.words.clone(),
        records,
        sentences,
        suggestion,
    }
}

/// The words as the reports write them, for a near miss: the span of a report that reads the
/// same but for hyphens (`Kim Jong Un`: `Kim Jong-un`), or else each word no report holds
/// replaced by the nearest one that one does (a number by its grouped digits), where the words
/// so replaced stand in a report. `None` where there is no such near miss.
fn as_written(dataset: &Dataset, words: &str) -> Option<String> {
    let wanted = loose(words);
    for report in dataset.reports() {
        let text = report.text();
        let (chars, places): (Vec<char>, Vec<usize>) = text
            .char_indices()
            .map(|(at, c)| (loose_char(c), at))
            .unzip();
        if let Some(start) = chars
            .windows(wanted.len())
            .position(|w| w == wanted.as_slice())
        {
            let end = places
                .get(start + wanted.len())
                .copied()
                .unwrap_or(text.len());
            return Some(text[places[start]..end].to_owned());
        }
    }
    let texts: Vec<&str> = dataset.reports().iter().map(|r| r.text()).collect();
    let mut vocabulary: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.split(|c: char| !(c.is_alphanumeric() || c == ',' || c == '-')))
        .map(|w| w.trim_matches(|c| c == ',' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    vocabulary.sort_unstable();
    vocabulary.dedup();
    let held = |word: &str| vocabulary.iter().any(|v| fold(v) == fold(word));
    let near: Vec<String> = words
        .split_whitespace()
        .map(|word| {
            let grouped = word
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| word.parse::<u64>().ok().map(crate::schema::grouped))
                .flatten();
            match grouped {
                Some(g) if held(&g) => g,
                _ if held(word) => word.to_owned(),
                _ => crate::suggest::closest(word, vocabulary.iter().copied())
                    .unwrap_or(word)
                    .to_owned(),
            }
        })
        .collect();
    let near = near.join(" ");
    let stands = texts.iter().any(|t| fold(t).contains(&fold(&near)));
    (near != words && stands).then_some(near)
}

/// A text compared loosely: as `contains` compares it, and a hyphen as a blank.
fn loose(text: &str) -> Vec<char> {
    text.chars().map(loose_char).collect()
}

fn loose_char(c: char) -> char {
    match c {
        '-' => ' ',
        c => fold(c.encode_utf8(&mut [0; 4])).chars().next().unwrap_or(c),
    }
}

/// The sentences of a text, one paragraph a line: a sentence ends at `.`, `?` or `!` (and any
/// closing quotes after it) followed by a blank and a capital, a digit or an opening quote,
/// and at the end of its line, so that a heading is a sentence of its own.
pub(crate) fn sentences_of(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut line_start = 0;
    text.split_inclusive('\n').flat_map(move |line| {
        let offset = line_start;
        line_start += line.len();
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (i, &(_, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '?' | '!') {
                continue;
            }
            let mut j = i + 1;
            while chars
                .get(j)
                .is_some_and(|&(_, c)| matches!(c, '’' | '”' | '"' | '\'' | ')'))
            {
                j += 1;
            }
            let (Some(&(_, blank)), Some(&(_, next))) = (chars.get(j), chars.get(j + 1)) else {
                continue;
            };
            let opens = next.is_uppercase() || next.is_ascii_digit() || "“‘\"'(".contains(next);
            if blank == ' ' && opens {
                let end = chars.get(j).map_or(line.len(), |&(e, _)| e);
                out.push(start..end);
                start = chars[j + 1].0;
            }
        }
        out.push(start..line.trim_end().len());
        out.into_iter()
            .filter(|r| r.start < r.end)
            .map(move |r| offset + r.start..offset + r.end)
    })
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
                crate::query::quoted_text(near)
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

#[cfg(test)]
mod test {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences_of(text).map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_a_stop_before_a_capital_and_at_the_end_of_a_line() {
        assert_eq!(
            split("One. Two? “Three,” he said. 4 more!\nA heading\nLast."),
            [
                "One.",
                "Two?",
                "“Three,” he said.",
                "4 more!",
                "A heading",
                "Last."
            ]
        );
    }

    #[test]
    fn a_stop_inside_a_quote_ends_the_sentence_with_the_quote() {
        assert_eq!(
            split("He said “go.” Then left. version 2.5 stays."),
            ["He said “go.”", "Then left. version 2.5 stays."]
        );
    }

    #[test]
    fn every_sentence_of_the_report_is_its_own_words() {
        let text = crate::Dataset::builtin().reports().get(0).unwrap().text();
        let sentences: Vec<Range<usize>> = sentences_of(text).collect();
        assert_eq!(
            sentences.len(),
            81,
            "9 headings, 72 sentences in 20 paragraphs"
        );
        for pair in sentences.windows(2) {
            assert!(pair[0].end <= pair[1].start);
            let between = &text[pair[0].end..pair[1].start];
            assert!(
                between.trim().is_empty(),
                "{between:?} lost between sentences"
            );
        }
    }
}
