//! Tab completion at the prompt: collections first, then the fields of the collection asked
//! (through references after a `.`), and after an operator the values the field takes: its
//! vocabulary's words, or the ids of the records it refers to.

use std::borrow::Cow;

use facts::{Collection, Dataset, FieldType};
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

/// The line editor, completing from `facts`.
pub fn editor(facts: &'static Dataset) -> rustyline::Result<Editor<Completion, DefaultHistory>> {
    let mut editor = Editor::new()?;
    editor.set_helper(Some(Completion { facts }));
    Ok(editor)
}

/// Completes the word before the cursor from the schema and the dataset.
pub struct Completion {
    facts: &'static Dataset,
}

/// The words a query begins with that are not collections.
const FIRST: [&str; 5] = ["count", "find", "help", "exit", "quit"];

/// The words of the language after a collection.
const KEYWORDS: [&str; 13] = [
    "where", "and", "or", "not", "in", "contains", "group by", "order by", "asc", "desc", "limit",
    "select", "count",
];

/// Where the word being typed begins, and the words that may complete it.
pub fn candidates(facts: &Dataset, line: &str) -> (usize, Vec<String>) {
    let start = line
        .rfind(|c: char| c.is_whitespace() || "[],()=<>!".contains(c))
        .map_or(0, |i| i + 1);
    let word = &line[start..];
    let before = &line[..start];
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut options: Vec<String> = match words.as_slice() {
        [] => Collection::ALL
            .iter()
            .map(|c| c.name().to_owned())
            .chain(FIRST.map(str::to_owned))
            .collect(),
        [first] if first.eq_ignore_ascii_case("count") => Collection::ALL
            .iter()
            .map(|c| c.name().to_owned())
            .collect(),
        [first, ..] if first.eq_ignore_ascii_case("find") => Vec::new(),
        _ => after_collection(facts, &words, word),
    };
    let (prefix, typed) = match word.rfind('.') {
        Some(dot) => (&word[..=dot], &word[dot + 1..]),
        None => ("", word),
    };
    options.retain(|o| o.to_lowercase().starts_with(&typed.to_lowercase()));
    options.sort();
    options.dedup();
    let options = options
        .into_iter()
        .map(|o| format!("{prefix}{o}"))
        .collect();
    (start, options)
}

/// Inside a query of a collection: after a field and an operator, its values; after a `.`,
/// the fields of what the path refers to; elsewhere the collection's fields and keywords.
fn after_collection(facts: &Dataset, words: &[&str], word: &str) -> Vec<String> {
    let Some(collection) = words.iter().find_map(|w| w.parse::<Collection>().ok()) else {
        return Collection::ALL
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
    };
    if let Some(dot) = word.rfind('.') {
        return match reached(collection, &word[..dot]) {
            Some(target) => field_names(target),
            None => Vec::new(),
        };
    }
    // `FIELD OP` or `FIELD in [` or `FIELD contains` just before: a value.
    let is_op = |w: &str| ["=", "!=", "<", "<=", ">", ">=", "in", "contains"].contains(&w);
    let line_end = words.last().copied().unwrap_or_default();
    let field = match words {
        [.., field, op] if is_op(op) => Some(*field),
        [.., field, op, _] if is_op(op) && line_end.ends_with(',') => Some(*field),
        _ => None,
    };
    let typed = field.and_then(|f| field_type(collection, f.trim_end_matches(['=', '!'])));
    match typed {
        Some(ty) => values(facts, ty),
        None => field_names(collection)
            .into_iter()
            .chain(KEYWORDS.map(str::to_owned))
            .collect(),
    }
}

/// The collection a path's references lead to (`source.actors` from estimates: actors).
fn reached(collection: Collection, path: &str) -> Option<Collection> {
    path.split('.')
        .try_fold(collection, |at, name| match at.field(name)?.ty {
            FieldType::Ref(target) | FieldType::List(target) => Some(target),
            _ => None,
        })
}

/// The type of the field a path names.
fn field_type(collection: Collection, path: &str) -> Option<FieldType> {
    let (through, last) = match path.rsplit_once('.') {
        Some((through, last)) => (Some(through), last),
        None => (None, path),
    };
    let at = match through {
        Some(through) => reached(collection, through)?,
        None => collection,
    };
    Some(at.field(last)?.ty)
}

fn field_names(collection: Collection) -> Vec<String> {
    collection
        .fields()
        .iter()
        .map(|f| f.name.to_owned())
        .collect()
}

/// The values a field of this type takes, where they are few enough to list.
fn values(facts: &Dataset, ty: FieldType) -> Vec<String> {
    match ty {
        FieldType::Enum(vocabulary) => vocabulary.words().iter().map(|w| w.to_string()).collect(),
        FieldType::Bool => vec!["true".into(), "false".into()],
        FieldType::Ref(target) | FieldType::List(target) => ids(facts, target),
        _ => Vec::new(),
    }
}

/// The ids of a collection's records.
fn ids(facts: &Dataset, collection: Collection) -> Vec<String> {
    let Ok(answer) = facts.query(&format!("{collection} select id")) else {
        return Vec::new();
    };
    answer
        .rows()
        .unwrap_or_default()
        .iter()
        .map(|row| row.id().to_owned())
        .collect()
}

impl Completer for Completion {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, options) = candidates(self.facts, &line[..pos]);
        let pairs = options
            .into_iter()
            .map(|o| Pair {
                display: o.clone(),
                replacement: o,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for Completion {
    type Hint = String;
}

impl Highlighter for Completion {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> Cow<'l, str> {
        Cow::Borrowed(line)
    }
}

impl Validator for Completion {}

impl Helper for Completion {}

#[cfg(test)]
mod test {
    use super::*;

    fn complete(line: &str) -> Vec<String> {
        candidates(Dataset::builtin(), line).1
    }

    #[test]
    fn the_first_word_is_a_collection_or_a_form() {
        assert_eq!(complete("es"), ["estimates"]);
        assert_eq!(complete("c"), ["claims", "count"]);
        assert_eq!(complete("count ev"), ["events"]);
        assert_eq!(complete("f"), ["find"]);
    }

    #[test]
    fn fields_then_fields_through_references() {
        assert_eq!(complete("estimates where me"), ["measure"]);
        assert_eq!(complete("estimates where source.ki"), ["source.kind"]);
        assert!(complete("claims where about.").contains(&"about.name".to_owned()));
        assert_eq!(complete("estimates where value > 1 or"), ["or", "order by"]);
    }

    #[test]
    fn values_after_an_operator() {
        assert_eq!(complete("estimates where topic = c"), ["casualties"]);
        assert_eq!(complete("claims where source = jang"), ["jang-se-yul"]);
        assert_eq!(
            complete("estimates where measure in [troops, k"),
            ["killed"]
        );
        assert_eq!(
            complete("events where actors contains yu"),
            ["yu-yong-weon"]
        );
        assert_eq!(complete("events where ongoing = "), ["false", "true"]);
    }
}
