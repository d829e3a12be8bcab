//! What the embedded tables were compiled from: a fingerprint of each file under `data/` they
//! were read from, written at their head and checked by a build that does not compile them.
//!
//! With the `load` feature the build script reads and checks the fact files and compiles them
//! (a malformed file fails the build with its line). Without it, the crate embeds
//! `src/store/builtin.rs`, the same tables committed, so that a dependent does not compile a TOML
//! parser into its build script; the build then only checks, with this module alone, that none of
//! those files has changed since. Standard library only, so that such a build compiles nothing
//! for it.

// The library writes the fingerprints (with `load`); the check is build.rs's, and tested here.
#![cfg_attr(not(test), allow(dead_code))]

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// The first line of the generated tables, before the fingerprints.
pub(crate) const HEADER: &str = "// @generated from the files under data/ by src/model/rust.rs. \
     Do not edit: `cargo test --lib committed_tables` writes it again when they change.\n";

/// The committed tables, from the crate's root: what the library embeds without `load`.
#[allow(dead_code)] // Read by build.rs and by the library's test of the tables (with `load`).
pub(crate) const TABLES: &str = "src/store/builtin.rs";

/// Where a fingerprint line starts, so that the check finds them again.
const PREFIX: &str = "// data/";

/// 64-bit FNV-1a: stable across Rust versions and machines, as `std`'s hashers are not.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A file's fingerprint as its line writes it: the hash in 16 hex digits.
fn fingerprint(bytes: &[u8]) -> String {
    format!("{:016x}", fnv1a(bytes))
}

/// The fingerprint lines of `files` in `dir`, the files the tables are compiled from:
/// `// data/NAME fnv1a-64 HASH`, one per file, in name order.
pub(crate) fn fingerprints(dir: &Path, files: &[String]) -> io::Result<String> {
    let mut names = files.to_vec();
    names.sort();
    names.dedup();
    let mut out = String::new();
    for name in names {
        let hash = fingerprint(&std::fs::read(dir.join(&name))?);
        writeln!(out, "{PREFIX}{name} fnv1a-64 {hash}").unwrap();
    }
    Ok(out)
}

/// How a file under `data/` differs from what the tables were compiled from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// A file the tables came from has other contents now.
    Edited(String),
    /// A file the tables came from cannot be read: it is gone, or unreadable.
    Unreadable {
        /// The file, named within `data/`.
        file: String,
        /// The system's own message.
        reason: String,
    },
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Edited(name) => write!(f, "data/{name} has changed"),
            Change::Unreadable { file, reason } => {
                write!(f, "data/{file} cannot be read ({reason})")
            }
        }
    }
}

/// Which of the files `tables` (the generated Rust, fingerprints at its head) were compiled
/// from differ in `dir` now; none when the tables are current. Only those files count: a new
/// file under `data/` changes no table until a fact file names it, which is an edit.
pub(crate) fn changes(dir: &Path, tables: &str) -> Vec<Change> {
    stamped(tables)
        .into_iter()
        .filter_map(|(name, hash)| match std::fs::read(dir.join(name)) {
            Ok(bytes) if fingerprint(&bytes) == hash => None,
            Ok(_) => Some(Change::Edited(name.to_owned())),
            Err(e) => Some(Change::Unreadable {
                file: name.to_owned(),
                reason: e.to_string(),
            }),
        })
        .collect()
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
        dir
    }

    fn files() -> Vec<String> {
        vec!["claims.toml".into(), "article.txt".into()]
    }

    #[test]
    fn fnv1a_is_the_published_function() {
        // The reference values of the FNV-1a 64-bit test suite.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_files_are_fingerprinted_once_each_in_name_order() {
        let dir = scratch("order");
        let mut twice = files();
        twice.push("claims.toml".into());
        let lines = fingerprints(&dir, &twice).unwrap();
        let names: Vec<_> = stamped(&lines).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["article.txt", "claims.toml"]);
        assert!(fingerprints(&dir, &["missing.toml".into()]).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn each_file_changed_since_is_named_and_only_those() {
        let dir = scratch("changes");
        let tables = format!(
            "{HEADER}{}\nstatic X: u8 = 0;\n",
            fingerprints(&dir, &files()).unwrap()
        );
        assert_eq!(changes(&dir, &tables), []);
        // A file the tables did not come from changes none of them.
        std::fs::write(dir.join("claims.toml~"), "a backup").unwrap();
        std::fs::write(dir.join("README.md"), "Notes.\n").unwrap();
        assert_eq!(changes(&dir, &tables), []);

        std::fs::write(dir.join("article.txt"), "It snowed.\n").unwrap();
        std::fs::remove_file(dir.join("claims.toml")).unwrap();
        let found = changes(&dir, &tables);
        assert!(matches!(&found[..], [
            Change::Edited(edited),
            Change::Unreadable { file: gone, .. },
        ] if edited == "article.txt" && gone == "claims.toml"));
        assert_eq!(found[0].to_string(), "data/article.txt has changed");
        assert!(
            found[1]
                .to_string()
                .starts_with("data/claims.toml cannot be read (")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
