//! The one way `out`'s parts name each other, checked: `sql` may read `export`, never the
//! reverse. Read from the source, outside comments, as `tests/layers.rs` reads the stages.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn export_names_nothing_of_sql() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/out/export");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(files.len() > 1, "the export is a folder of files");
    // The ways code in `export` could reach the query translation.
    let names = ["out::sql", "super::super::sql", "Dialect"];
    let mut found = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for (n, line) in source.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let code = code.split(" //").next().unwrap_or(code);
            if names.iter().any(|name| code.contains(name)) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "export names sql:\n{}", found.join("\n"));
}
