//! The README documents the query language; these tests keep it in step with the schema, so a
//! field added to the crate cannot go undocumented.

use facts::{Collection, FieldType};

const README: &str = include_str!("../README.md");

/// The README's table row for a collection: "| `estimates` | ... |".
fn table_row(collection: Collection) -> &'static str {
    let start = format!("| `{}` |", collection.name());
    README
        .lines()
        .find(|line| line.starts_with(&start))
        .unwrap_or_else(|| panic!("README has no table row for {collection}"))
}

#[test]
fn every_field_is_in_the_readme_table() {
    for collection in Collection::ALL {
        let row = table_row(collection);
        for field in collection.fields() {
            assert!(
                row.contains(&format!("`{}`", field.name)),
                "README's row for {collection} lacks `{}`",
                field.name
            );
        }
    }
}

#[test]
fn every_vocabulary_word_is_in_the_readme_table() {
    for collection in Collection::ALL {
        let row = table_row(collection);
        for field in collection.fields() {
            if let FieldType::Enum(vocabulary) = field.ty {
                for word in vocabulary.words() {
                    assert!(
                        row.contains(word),
                        "README's row for {collection} lacks `{word}` of `{}`",
                        field.name
                    );
                }
            }
        }
    }
}

#[test]
fn the_readme_names_no_field_that_does_not_exist() {
    for collection in Collection::ALL {
        let row = table_row(collection);
        let cells: Vec<&str> = row.split('|').collect();
        let fields_cell = cells.get(2).copied().unwrap_or_default();
        // Field names are the backticked words of the cell.
        for name in fields_cell.split('`').skip(1).step_by(2) {
            assert!(
                collection.field(name).is_some(),
                "README lists `{name}` for {collection}, which has no such field"
            );
        }
    }
}
