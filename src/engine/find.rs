//! `find "words"`: one question across every collection. The records whose text holds the
//! words, each saying its collection and the fields that hold them, then the report's own
//! sentences that hold them, so that nothing the records leave out goes unseen.

use std::ops::Range;

use crate::answer::found::{Found, Hit};
use crate::model::collection::Collection;
use crate::model::text::fold;
use crate::plan::Find;
use crate::store::data::Dataset;
use crate::store::schema::{Field, FieldId, FieldType, Value};

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
                .then(|| word.parse::<u64>().ok().map(crate::store::schema::grouped))
                .flatten();
            match grouped {
                Some(g) if held(&g) => g,
                _ if held(word) => word.to_owned(),
                _ => crate::model::suggest::closest(word, vocabulary.iter().copied())
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
