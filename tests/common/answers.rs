//! The crate's answers as rows to compare with an engine's, and the corpus of queries.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};

/// Every query of `tests/queries`, with its file.
pub fn corpus() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/queries");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/queries exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a query file is text");
            let text = text.strip_suffix('\n').unwrap_or(&text).to_owned();
            (path, text)
        })
        .collect()
}

/// The rows of the crate's answer (as JSON): the records or groups, a count as one row, and
/// for `find` its records (the sentences are the crate's reading of the text alone).
pub fn expected_rows(native: &Json) -> Result<Vec<&Map<String, Json>>, String> {
    Ok(match native {
        Json::Array(items) => items.iter().filter_map(Json::as_object).collect(),
        Json::Object(found) if found.contains_key("records") => {
            found["records"].as_array().map_or(Vec::new(), |items| {
                items.iter().filter_map(Json::as_object).collect()
            })
        }
        Json::Object(count) => vec![count],
        other => return Err(format!("unexpected answer {other}")),
    })
}

/// Whether a value of the crate's answer and one of a JSON array an engine built are the
/// same: a date is its words.
pub fn same_json(native: &Json, sql: &Json) -> bool {
    match (native, sql) {
        (Json::Object(date), Json::String(t)) => date.get("text") == Some(&Json::String(t.clone())),
        (Json::Array(a), Json::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_json(x, y))
        }
        _ => native == sql,
    }
}

/// Whether a value of the crate's answer and a cell an engine gave as JSON are the same: a
/// date is its words, a list a JSON array written as text.
pub fn same_cell(native: &Json, cell: &Json) -> bool {
    match (native, cell) {
        (Json::Object(date), Json::String(t)) => date.get("text") == Some(&Json::String(t.clone())),
        (Json::Array(_), Json::String(t)) => {
            serde_json::from_str::<Json>(t).is_ok_and(|sql| same_json(native, &sql))
        }
        (Json::Number(a), Json::Number(b)) => a.as_i64() == b.as_i64() && a.as_u64() == b.as_u64(),
        _ => native == cell,
    }
}
