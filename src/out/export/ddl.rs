//! The schema as SQL: one commented `CREATE TABLE` per table, with keys, checks and foreign
//! keys. Apart from the script because the CSV load scripts write it too.

use std::fmt::Write as _;

use super::defs::TableDef;
use super::tables::definitions;

/// The tables of the schema, in the order the script creates them (a table comes after those
/// it refers to).
///
/// ```
/// let tables = facts::export::table_names();
/// assert_eq!(tables[0], "reports");
/// assert!(tables.contains(&"claim_about"));
/// ```
pub fn table_names() -> Vec<&'static str> {
    definitions().into_iter().map(|t| t.name).collect()
}

/// The schema alone: one `CREATE TABLE` per table, commented.
///
/// ```
/// let ddl = facts::export::schema();
/// assert!(ddl.contains("source TEXT NOT NULL REFERENCES sources (id)"));
/// ```
pub fn schema() -> String {
    schema_with(true)
}

/// The schema; without the foreign key of an actor's `affiliation` where `self_reference` is
/// false, for DuckDB, which checks a foreign key as each statement ends (never at commit) and
/// counts none of the statement's own rows: it can load actors that belong to each other, or
/// a `COPY` of actors that belong to actors, only without it.
pub(super) fn schema_with(self_reference: bool) -> String {
    let mut text = String::new();
    for mut table in definitions() {
        if !self_reference {
            let name = table.name;
            for column in &mut table.columns {
                if column.references == Some(name) {
                    column.references = None;
                    column.doc = Some(
                        "the actor it belongs to (an id of `actors`; not a foreign key here, as DuckDB could not load it)",
                    );
                }
            }
        }
        create_table(&mut text, &table);
    }
    text
}

/// `CREATE TABLE`, with a comment for the table and for columns whose name does not say all.
fn create_table(out: &mut String, table: &TableDef) {
    let _ = writeln!(out, "\n-- {}", table.doc);
    let _ = writeln!(out, "CREATE TABLE {} (", table.name);
    let single_key = match table.key.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let mut lines: Vec<(String, Option<&str>)> = table
        .columns
        .iter()
        .map(|c| {
            let mut line = format!("  {} {}", c.name, c.ty.sql());
            if single_key == Some(c.name) {
                line.push_str(" PRIMARY KEY");
            } else if !c.nullable {
                line.push_str(" NOT NULL");
            }
            if c.name == "pos" && single_key.is_some() {
                line.push_str(" UNIQUE");
            }
            if let Some(words) = &c.words {
                let list: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
                let _ = write!(line, " CHECK ({} IN ({}))", c.name, list.join(", "));
            }
            if let Some(target) = c.references {
                let _ = write!(line, " REFERENCES {target} (id)");
            }
            (line, c.doc)
        })
        .collect();
    if single_key.is_none() {
        lines.push((format!("  PRIMARY KEY ({})", table.key.join(", ")), None));
    }
    let last = lines.len() - 1;
    for (i, (line, doc)) in lines.iter().enumerate() {
        let comma = if i == last { "" } else { "," };
        match doc {
            Some(doc) => {
                let _ = writeln!(out, "{line}{comma} -- {doc}");
            }
            None => {
                let _ = writeln!(out, "{line}{comma}");
            }
        }
    }
    out.push_str(");\n");
}
