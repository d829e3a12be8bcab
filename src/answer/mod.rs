//! Answers: typed rows, a count, or groups; shown as a table or serialized as JSON.

pub(crate) mod found;

use std::fmt;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq};

use crate::answer::found::Found;
use crate::model::SourceId;
use crate::model::collection::Collection;
use crate::plan::{AnswerColumn, GroupColumn, Path};
use crate::store::data::Dataset;
use crate::store::schema::{Row, Value};

/// The answer to a query.
///
/// `Display` draws an aligned table; `Serialize` gives JSON: rows as an array of objects with
/// all their fields (or the selected ones), a count as `{"count": N}`, groups as an array of
/// objects.
///
/// ```
/// let answer = facts::query("estimates where topic = casualties order by value desc")?;
/// let values: Vec<u64> = answer.rows().unwrap().iter().map(|row| match row {
///     facts::Row::Estimate(e) => e.value(),
///     _ => unreachable!("estimates are estimates"),
/// }).collect();
/// assert_eq!(values, [4_000, 2_000, 600]);
/// assert!(answer.to_string().starts_with("id "));
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone)]
pub enum Answer<'d> {
    /// The matching records.
    Rows(Rows<'d>),
    /// How many records matched (`count ...`).
    Count(usize),
    /// The matching records grouped by a field (`group by ...`).
    Groups(Groups<'d>),
    /// The records of every collection, and the report's sentences, holding some words
    /// (`find ...`).
    Found(Found<'d>),
}

/// The records a query matched, in answer order, with the columns it selected.
///
/// ```
/// let facts::Answer::Rows(rows) = facts::query("actors where named = true")? else {
///     unreachable!("a query without count or group by answers rows")
/// };
/// assert_eq!(rows.collection(), facts::Collection::Actors);
/// assert!(rows.records().iter().any(|row| row.id() == "kim-jong-un"));
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Rows<'d> {
    pub(crate) collection: Collection,
    pub(crate) rows: Vec<Row<'d>>,
    /// The columns `select` named; empty for the collection's default columns.
    pub(crate) columns: Vec<AnswerColumn>,
    /// For following references in columns like `source.name`.
    pub(crate) dataset: &'d Dataset,
}

impl<'d> Rows<'d> {
    /// The collection the records are of.
    ///
    /// ```
    /// let facts::Answer::Rows(rows) = facts::query("claims")? else { unreachable!() };
    /// assert_eq!(rows.collection(), facts::Collection::Claims);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn collection(&self) -> Collection {
        self.collection
    }

    /// The records.
    ///
    /// ```
    /// let facts::Answer::Rows(rows) = facts::query("estimates limit 2")? else { unreachable!() };
    /// assert_eq!(rows.records().len(), 2);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn records(&self) -> &[Row<'d>] {
        &self.rows
    }

    /// The columns the table shows: those `select` names, or the collection's usual ones. In
    /// the JSON, a selected column is a key of each row; a usual one is a field of the record.
    ///
    /// ```
    /// let facts::Answer::Rows(rows) = facts::query("estimates select id, source.name")? else {
    ///     unreachable!()
    /// };
    /// assert_eq!(rows.columns(), ["id", "source.name"]);
    /// let facts::Answer::Rows(rows) = facts::query("claims")? else { unreachable!() };
    /// assert_eq!(rows.columns(), ["id", "source", "date", "status", "text"]);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn columns(&self) -> Vec<String> {
        if self.columns.is_empty() {
            default_columns(self.collection)
        } else {
            self.columns.clone()
        }
        .iter()
        .map(|c| c.to_string())
        .collect()
    }
}

/// The groups of a `group by` query, in answer order.
///
/// ```
/// let facts::Answer::Groups(groups) = facts::query("claims group by status")? else {
///     unreachable!("group by answers groups")
/// };
/// assert_eq!(groups.collection(), facts::Collection::Claims);
/// assert!(groups.groups().iter().all(|g| g.count > 0));
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Groups<'d> {
    pub(crate) collection: Collection,
    pub(crate) groups: Vec<Group<'d>>,
    /// The columns `select` named; empty for all.
    pub(crate) columns: Vec<AnswerColumn>,
}

impl<'d> Groups<'d> {
    /// The collection grouped.
    ///
    /// ```
    /// let facts::Answer::Groups(g) = facts::query("events group by ongoing")? else { unreachable!() };
    /// assert_eq!(g.collection(), facts::Collection::Events);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn collection(&self) -> Collection {
        self.collection
    }

    /// The groups.
    ///
    /// ```
    /// let facts::Answer::Groups(g) = facts::query("estimates group by topic")? else { unreachable!() };
    /// assert_eq!(g.groups().len(), 2);
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn groups(&self) -> &[Group<'d>] {
        &self.groups
    }
}

/// The records that share one value of the `group by` field.
///
/// ```
/// let answer = facts::query("estimates group by measure")?;
/// let killed = &answer.groups().unwrap()[1];
/// assert_eq!(killed.key.to_string(), "killed");
/// assert_eq!(killed.count, 2);
/// // No range over the group: each figure stands in its own row, in its own words.
/// let words: Vec<String> = killed.rows.iter().map(|r| match r {
///     facts::Row::Estimate(e) => format!("{} {}", e.qualifier(), e.value()),
///     _ => unreachable!("estimates are estimates"),
/// }).collect();
/// assert_eq!(words, ["about 2000", "about 600"]);
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Group<'d> {
    /// The value shared.
    pub key: Value<'d>,
    /// How many records share it.
    pub count: usize,
    /// For estimates: the distinct sources of the figures, in order of first appearance.
    pub sources: Option<Vec<&'d SourceId>>,
    /// The records of the group.
    pub rows: Vec<Row<'d>>,
}

impl<'d> Group<'d> {
    /// A column of the group: its key, count or sources; a field of the records is missing.
    pub(crate) fn column(&self, column: &AnswerColumn) -> Value<'d> {
        let AnswerColumn::Group(column) = column else {
            return Value::Missing;
        };
        match column {
            GroupColumn::Key => self.key.clone(),
            GroupColumn::Count => Value::Number(self.count as u64),
            GroupColumn::Sources => self.sources.as_ref().map_or(Value::Missing, |s| {
                Value::List(s.iter().map(|id| Value::Ref(id.as_str())).collect())
            }),
        }
    }
}

impl<'d> Answer<'d> {
    /// The records of a rows answer; `None` for a count or groups, which are not rows.
    ///
    /// ```
    /// assert_eq!(facts::query("estimates")?.rows().map(<[_]>::len), Some(5));
    /// assert!(facts::query("count estimates")?.rows().is_none());
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn rows(&self) -> Option<&[Row<'d>]> {
        match self {
            Answer::Rows(rows) => Some(&rows.rows),
            _ => None,
        }
    }

    /// The number of a count answer.
    ///
    /// ```
    /// assert_eq!(facts::query("count estimates where measure = killed")?.count(), Some(2));
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn count(&self) -> Option<usize> {
        match self {
            Answer::Count(n) => Some(*n),
            _ => None,
        }
    }

    /// The groups of a grouped answer; `None` for rows or a count.
    ///
    /// ```
    /// assert_eq!(facts::query("estimates group by topic")?.groups().map(<[_]>::len), Some(2));
    /// assert!(facts::query("estimates")?.groups().is_none());
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn groups(&self) -> Option<&[Group<'d>]> {
        match self {
            Answer::Groups(groups) => Some(&groups.groups),
            _ => None,
        }
    }

    /// What a `find` found; `None` for any other answer.
    ///
    /// ```
    /// let answer = facts::query("find \"death sentence\"")?;
    /// let found = answer.found().unwrap();
    /// assert_eq!(found.sentences().len(), 2);
    /// assert!(facts::query("estimates")?.found().is_none());
    /// # Ok::<(), facts::QueryError>(())
    /// ```
    pub fn found(&self) -> Option<&Found<'d>> {
        match self {
            Answer::Found(found) => Some(found),
            _ => None,
        }
    }

    /// The table: a header, then one line of cells per answer.
    fn table(&self) -> (Vec<String>, Vec<Vec<(String, bool)>>) {
        match self {
            // Drawn by its own `Display`.
            Answer::Found(_) => (Vec::new(), Vec::new()),
            Answer::Count(n) => (vec!["count".into()], vec![vec![(n.to_string(), true)]]),
            Answer::Rows(Rows {
                collection,
                rows,
                columns,
                dataset,
            }) => {
                let columns = if columns.is_empty() {
                    default_columns(*collection)
                } else {
                    columns.clone()
                };
                let header = columns.iter().map(|c| c.to_string()).collect();
                let lines = rows
                    .iter()
                    .map(|&row| {
                        columns
                            .iter()
                            .map(|column| cell(&column_value(dataset, row, column)))
                            .collect()
                    })
                    .collect();
                (header, lines)
            }
            Answer::Groups(Groups {
                collection,
                groups,
                columns,
            }) => {
                let columns = group_columns(*collection, columns);
                let header = columns.iter().map(|c| c.to_string()).collect();
                let lines = groups
                    .iter()
                    .map(|g| columns.iter().map(|c| cell(&g.column(c))).collect())
                    .collect();
                (header, lines)
            }
        }
    }
}

fn default_columns(collection: Collection) -> Vec<AnswerColumn> {
    collection
        .default_columns()
        .iter()
        .map(|&field| AnswerColumn::Field(Path(vec![field])))
        .collect()
}

fn group_columns(collection: Collection, selected: &[AnswerColumn]) -> Vec<AnswerColumn> {
    if selected.is_empty() {
        GroupColumn::of(collection)
            .iter()
            .map(|c| AnswerColumn::Group(*c))
            .collect()
    } else {
        selected.to_vec()
    }
}

/// The value of a column for a record, following references through the dataset.
fn column_value<'d>(dataset: &'d Dataset, row: Row<'d>, column: &AnswerColumn) -> Value<'d> {
    let AnswerColumn::Field(path) = column else {
        return Value::Missing;
    };
    path.value(dataset, row)
}

/// A cell's text, and whether it is a number (numbers are right-aligned).
fn cell(value: &Value<'_>) -> (String, bool) {
    (value.to_string(), matches!(value, Value::Number(_)))
}

impl fmt::Display for Answer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Answer::Found(found) = self {
            return found.fmt(f);
        }
        let (header, lines) = self.table();
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
        for line in &lines {
            for (width, (text, _)) in widths.iter_mut().zip(line) {
                *width = (*width).max(text.chars().count());
            }
        }
        // A column of numbers is right-aligned, its header too.
        let numeric: Vec<bool> = (0..widths.len())
            .map(|i| {
                lines
                    .iter()
                    .any(|line| line.get(i).is_some_and(|(_, n)| *n))
            })
            .collect();
        let last = widths.len().saturating_sub(1);
        let row = |f: &mut fmt::Formatter<'_>, cells: &mut dyn Iterator<Item = &str>| {
            for (i, text) in cells.enumerate() {
                let pad = " ".repeat(widths[i] - text.chars().count());
                let sep = if i == 0 { "" } else { "  " };
                match (numeric[i], i == last) {
                    (true, _) => write!(f, "{sep}{pad}{text}")?,
                    (false, true) => write!(f, "{sep}{text}")?,
                    (false, false) => write!(f, "{sep}{text}{pad}")?,
                }
            }
            Ok(())
        };
        row(f, &mut header.iter().map(String::as_str))?;
        let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        f.write_str("\n")?;
        row(f, &mut rules.iter().map(String::as_str))?;
        for line in &lines {
            f.write_str("\n")?;
            row(f, &mut line.iter().map(|(text, _)| text.as_str()))?;
        }
        match self {
            Answer::Count(_) | Answer::Found(_) => Ok(()),
            Answer::Rows(rows) => {
                let n = rows.rows.len();
                write!(f, "\n({n} {})", plural(n, "row"))
            }
            Answer::Groups(groups) => {
                let n = groups.groups.len();
                write!(f, "\n({n} {})", plural(n, "group"))
            }
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

impl Serialize for Answer<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Found(found) => found.serialize(serializer),
            Answer::Count(n) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("count", n)?;
                map.end()
            }
            Answer::Rows(Rows {
                rows,
                columns,
                dataset,
                ..
            }) => {
                let mut seq = serializer.serialize_seq(Some(rows.len()))?;
                for &row in rows {
                    if columns.is_empty() {
                        seq.serialize_element(&row)?;
                    } else {
                        let object: Vec<(String, Value<'_>)> = columns
                            .iter()
                            .map(|c| (c.to_string(), column_value(dataset, row, c)))
                            .collect();
                        seq.serialize_element(&Object(object))?;
                    }
                }
                seq.end()
            }
            Answer::Groups(Groups {
                collection,
                groups,
                columns,
            }) => {
                let columns = group_columns(*collection, columns);
                let mut seq = serializer.serialize_seq(Some(groups.len()))?;
                for group in groups {
                    let object: Vec<(String, Value<'_>)> = columns
                        .iter()
                        .map(|c| (c.to_string(), group.column(c)))
                        .collect();
                    seq.serialize_element(&Object(object))?;
                }
                seq.end()
            }
        }
    }
}

/// Named values serialized as one JSON object, in order.
struct Object<'d>(Vec<(String, Value<'d>)>);

impl Serialize for Object<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
