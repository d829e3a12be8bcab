//! The stages of `src/` import one way: a folder names only the folders before it in
//! [`STAGES`], never one after it, so the tree reads as the pipeline and no two stages lean on
//! each other. Read from the source's `crate::` paths, outside comments and tests.

use std::fs;
use std::path::{Path, PathBuf};

/// The folders of `src/`, in the order data flows through them.
const STAGES: &[(&str, &str)] = &[
    (
        "model",
        "records, their types, the fact files and their checks; shared with build.rs",
    ),
    (
        "store",
        "the dataset in memory, handles to its records, the schema the language reads",
    ),
    (
        "load",
        "reading fact files and JSON Lines into a dataset at run time",
    ),
    (
        "plan",
        "the checked query: what the language hands the engine",
    ),
    (
        "language",
        "grammar, syntax tree, parse, name resolution, query errors",
    ),
    (
        "answer",
        "answers: rows, groups, found records, as tables and JSON",
    ),
    ("engine", "answering a plan over a dataset"),
    (
        "out",
        "JSON Lines written, the export to SQL and CSV, queries as SQL",
    ),
];

fn rank(stage: &str) -> Option<usize> {
    STAGES.iter().position(|(name, _)| *name == stage)
}

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

/// A file's lines of code, numbered from 1: comment lines are skipped and a comment ending a
/// line cut off; unless `tests`, everything from a `#[cfg(test)]` on is left out.
fn code_lines(source: &str, tests: bool) -> impl Iterator<Item = (usize, &str)> {
    source
        .lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.trim_start()))
        .take_while(move |(_, code)| tests || !code.starts_with("#[cfg(test)]"))
        .filter(|(_, code)| !code.starts_with("//"))
        .map(|(n, code)| (n, code.split(" //").next().unwrap_or(code)))
}

/// The stages a file's code names, with the line that names each: comments are skipped, and
/// so is everything from a `#[cfg(test)]` on (tests may reach anywhere), and sibling test files.
fn imports(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, code) in code_lines(source, false) {
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.push((n, name));
        }
    }
    found
}

#[test]
fn every_folder_of_src_is_a_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let name = path.file_name().unwrap().to_str().unwrap();
            assert!(rank(name).is_some(), "src/{name}/ is not in STAGES");
        } else {
            let name = path.file_name().unwrap().to_str().unwrap();
            assert_eq!(name, "lib.rs", "src/{name}: code lives in a stage's folder");
        }
    }
}

#[test]
fn stages_import_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let Some(stage) = relative.iter().next().and_then(|s| s.to_str()) else {
            continue;
        };
        let Some(own) = rank(stage) else { continue };
        let name = relative.file_name().unwrap().to_str().unwrap();
        if name == "tests.rs" || name == "test.rs" {
            continue;
        }
        let source = fs::read_to_string(file).unwrap();
        for (line, named) in imports(&source) {
            if let Some(other) = rank(&named)
                && other > own
            {
                wrong.push(format!(
                    "src/{}:{line}: {stage} (stage {own}) names crate::{named} (stage {other})",
                    relative.display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a stage names a later one:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_check_sees_an_import_that_runs_backwards() {
    let source = "use crate::model::Date;\n// crate::out in a comment\nuse crate::engine::eval;\n#[cfg(test)]\nmod tests { use crate::out::sql; }\n";
    let named: Vec<String> = imports(source).into_iter().map(|(_, n)| n).collect();
    assert_eq!(named, ["model", "engine"]);
}

/// Inside `out`, the export writes the schema and the query translation reads it: code in
/// `out/export/`, its tests included, names nothing of `out/sql/`.
#[test]
fn the_export_names_nothing_of_the_query_translation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/out/export");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(files.len() > 1, "the export is a folder of files");
    // The ways code in `export` could reach the query translation.
    let names = ["out::sql", "super::super::sql", "Dialect"];
    let mut found = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for (n, code) in code_lines(&source, true) {
            if names.iter().any(|name| code.contains(name)) {
                found.push(format!("{}:{n}: {code}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "export names sql:\n{}", found.join("\n"));
}
