//! Compiles the fact files under `data/` into static Rust, or checks that the committed copy of
//! them is current.
//!
//! With the `load` feature (a default), the reading, checking and writing are the crate's own
//! `model` module, compiled into this script too, so the build and `Dataset::from_dir` accept
//! exactly the same files. A problem fails the build with `data/FILE:LINE: what is wrong`,
//! every problem at once.
//!
//! Without `load`, a dependent would compile a TOML parser and the model only for this script,
//! which is most of its build time beyond pest and serde. The library then embeds
//! `src/store/builtin.rs`, the same tables committed (a test keeps them the same), and this
//! script only checks, by the fingerprints at their head, that none of the files under `data/`
//! they were compiled from has changed since.

// The shared modules carry API this script does not call.
#![allow(dead_code)]

// The library gives each vocabulary `FromStr` with an error its schema describes; the build
// reads words exactly.
#[cfg(feature = "load")]
macro_rules! vocabulary_from_str {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "load")]
#[path = "src/model/mod.rs"]
mod model;
#[cfg(not(feature = "load"))]
#[path = "src/model/stamp.rs"]
mod stamp;

#[cfg(feature = "load")]
use model::stamp::TABLES;
#[cfg(not(feature = "load"))]
use stamp::TABLES;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=data");
    #[cfg(feature = "load")]
    compile();
    #[cfg(not(feature = "load"))]
    check();
}

/// Writes the tables to `OUT_DIR/facts.rs`, or fails the build with every problem found; warns
/// when the committed tables are no longer what the fact files compile to.
#[cfg(feature = "load")]
fn compile() {
    println!("cargo::rerun-if-changed=src/model");
    println!("cargo::rerun-if-changed={TABLES}");
    let rust = match model::rust::compile(Path::new("data")) {
        Ok(rust) => rust,
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            let n = errors.len();
            eprintln!("error: {n} problem(s) in the fact files under data/");
            std::process::exit(1);
        }
    };
    // This build embeds what it just compiled, but one without `load` embeds the committed copy
    // and would fail: say so now rather than after the change is committed. (Cargo shows a
    // build script's warnings for the crate's own builds, not to its dependents.)
    if std::fs::read_to_string(TABLES).ok().as_deref() != Some(rust.as_str()) {
        println!(
            "cargo::warning={TABLES} is not what data/ compiles to, so a build without the \
             `load` feature fails: `cargo test --lib committed_tables` writes it again"
        );
    }
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let path = Path::new(&out_dir).join("facts.rs");
    if let Err(e) = std::fs::write(&path, rust) {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

/// Fails the build when a file under `data/` is not what the committed tables came from.
#[cfg(not(feature = "load"))]
fn check() {
    println!("cargo::rerun-if-changed={TABLES}");
    let changes = match std::fs::read_to_string(TABLES) {
        Ok(tables) => stamp::changes(Path::new("data"), &tables),
        Err(e) => {
            eprintln!("error: cannot read {TABLES}: {e}");
            std::process::exit(1);
        }
    };
    if changes.is_empty() {
        return;
    }
    for change in &changes {
        eprintln!("error: {change} since {TABLES} was compiled from it");
    }
    eprintln!(
        "help: without the `load` feature the crate embeds {TABLES} as committed. With the \
         default features, `cargo test --lib committed_tables` checks the fact files, writes \
         {TABLES} again from them and fails once, saying so; review the change and commit it."
    );
    std::process::exit(1);
}
