//! The export's refusals, as a caller of the public functions sees them: their kind and their
//! words, which the typed reasons must keep.

use std::io;

use super::error::ExportError;

#[test]
fn a_refusal_keeps_its_kind_and_its_words() {
    let cases = [
        (
            ExportError::NulInText("Yu\0".to_owned()),
            io::ErrorKind::InvalidData,
            r#"text with a NUL character cannot be written as SQL: "Yu\0""#,
        ),
        (
            ExportError::BeyondBigInt(u64::MAX),
            io::ErrorKind::InvalidData,
            "18446744073709551615 does not fit a SQL BIGINT (at most 9223372036854775807)",
        ),
        (
            ExportError::NoTable {
                name: "nothing".to_owned(),
                tables: vec!["reports", "actors"],
            },
            io::ErrorKind::NotFound,
            "no table `nothing`; the tables are reports, actors",
        ),
    ];
    for (error, kind, words) in cases {
        let error = io::Error::from(error);
        assert_eq!(error.kind(), kind);
        assert_eq!(error.to_string(), words);
    }
}

#[test]
fn a_missing_table_is_named_with_every_table() {
    let error = super::csv(crate::Dataset::builtin(), "nothing", Vec::new()).unwrap_err();
    assert_eq!(error.kind(), io::ErrorKind::NotFound);
    assert_eq!(
        error.to_string(),
        format!(
            "no table `nothing`; the tables are {}",
            super::table_names().join(", ")
        )
    );
}
