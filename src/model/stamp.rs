//! What the embedded tables were compiled from: a fingerprint of each file under `data/`,
//! written at the head of the tables and checked by a build that does not compile them again.
//!
//! With the `load` feature the build script reads and checks the fact files and compiles them
//! (a malformed file fails the build with its line). Without it, the crate embeds
//! `src/store/builtin.rs`, the same tables committed, so that a dependent does not compile a TOML
//! parser into its build script; the build then only checks, with this module alone, that no file
//! under `data/` has changed since. Standard library only, so that such a build compiles nothing
//! for it.

// The library writes the fingerprints (with `load`); the check is build.rs's, and tested here.
#![cfg_attr(not(test), allow(dead_code))]

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// The first line of the generated tables, before the fingerprints.
pub(crate) const HEADER: &str = "// @generated from the files under data/ by src/model/rust.rs. \
     Do not edit: `cargo test` writes it again when they change.\n";

/// Where a fingerprint line starts, so that the check finds them again.
const PREFIX: &str = "// data/";

/// The files the tables are compiled from: every file directly in `dir` but its Markdown, sorted
/// by name. A report's text is one of them (`article.txt`), since quotes are cut from it.
fn sources(dir: &Path) -> io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if entry.file_type()?.is_file() && !name.ends_with(".md") {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// 64-bit FNV-1a: stable across Rust versions and machines, as `std`'s hashers are not.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The fingerprint lines of the files in `dir`: `// data/NAME fnv1a-64 HASH`, one per file.
pub(crate) fn fingerprints(dir: &Path) -> io::Result<String> {
    let mut out = String::new();
    for name in sources(dir)? {
        let hash = fnv1a(&std::fs::read(dir.join(&name))?);
        writeln!(out, "{PREFIX}{name} fnv1a-64 {hash:016x}").unwrap();
    }
    Ok(out)
}

/// How a file under `data/` differs from what the tables were compiled from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// A file the tables came from has other contents now.
    Edited(String),
    /// A file is there that the tables did not come from.
    Added(String),
    /// A file the tables came from is gone.
    Removed(String),
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Edited(name) => write!(f, "data/{name} has changed"),
            Change::Added(name) => write!(f, "data/{name} is new"),
            Change::Removed(name) => write!(f, "data/{name} is gone"),
        }
    }
}

/// What has changed under `dir` since `tables` (the generated Rust, fingerprints at its head)
/// were compiled from it; empty when nothing has.
pub(crate) fn changes(dir: &Path, tables: &str) -> io::Result<Vec<Change>> {
    let then = stamped(tables);
    let now_text = fingerprints(dir)?;
    let now = stamped(&now_text);
    let mut changes = Vec::new();
    for &(name, hash) in &now {
        match then.iter().find(|(n, _)| *n == name) {
            Some(&(_, old)) if old == hash => {}
            Some(_) => changes.push(Change::Edited(name.to_owned())),
            None => changes.push(Change::Added(name.to_owned())),
        }
    }
    for &(name, _) in &then {
        if !now.iter().any(|(n, _)| *n == name) {
            changes.push(Change::Removed(name.to_owned()));
        }
    }
    Ok(changes)
}

/// The (name, hash) pairs of the fingerprint lines in `text`.
fn stamped(text: &str) -> Vec<(&str, &str)> {
    text.lines()
        .filter_map(|line| line.strip_prefix(PREFIX))
        .filter_map(|rest| {
            let (name, hash) = rest.split_once(" fnv1a-64 ")?;
            Some((name, hash.trim_end()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("facts-stamp-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("claims.toml"), "[[claim]]\n").unwrap();
        std::fs::write(dir.join("article.txt"), "It rained.\n").unwrap();
        std::fs::write(dir.join("README.md"), "Not a source.\n").unwrap();
        dir
    }

    #[test]
    fn fnv1a_is_the_published_function() {
        // The reference values of the FNV-1a 64-bit test suite.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn every_file_but_markdown_is_fingerprinted_in_name_order() {
        let dir = scratch("order");
        let lines = fingerprints(&dir).unwrap();
        let names: Vec<_> = stamped(&lines).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["article.txt", "claims.toml"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_edit_an_addition_and_a_removal_are_each_named() {
        let dir = scratch("changes");
        let tables = format!(
            "{HEADER}{}\nstatic X: u8 = 0;\n",
            fingerprints(&dir).unwrap()
        );
        assert_eq!(changes(&dir, &tables).unwrap(), []);
        // Markdown is documentation: editing it changes no table.
        std::fs::write(dir.join("README.md"), "Edited.\n").unwrap();
        assert_eq!(changes(&dir, &tables).unwrap(), []);

        std::fs::write(dir.join("article.txt"), "It snowed.\n").unwrap();
        std::fs::write(dir.join("claim.toml"), "").unwrap();
        std::fs::remove_file(dir.join("claims.toml")).unwrap();
        let found = changes(&dir, &tables).unwrap();
        assert_eq!(
            found,
            [
                Change::Edited("article.txt".into()),
                Change::Added("claim.toml".into()),
                Change::Removed("claims.toml".into()),
            ]
        );
        let said: Vec<_> = found.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "data/article.txt has changed",
                "data/claim.toml is new",
                "data/claims.toml is gone"
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
