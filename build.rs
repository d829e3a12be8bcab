//! Compiles the fact files under `data/` into static Rust.
//!
//! The reading, checking and writing are the crate's own `model` module, compiled into this
//! script too, so the build and `Dataset::from_dir` accept exactly the same files. A problem
//! fails the build with `data/FILE:LINE: what is wrong`, every problem at once.

// The shared module carries API this script does not call.
#![allow(dead_code)]

// The library gives each vocabulary `FromStr` with an error its schema describes; the build
// reads words exactly.
macro_rules! vocabulary_from_str {
    ($($tokens:tt)*) => {};
}

#[path = "src/model/mod.rs"]
mod model;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/model");
    // Reading and checking fact files is compiled into this script always and into the library
    // only with `load`. A cfg from here reaches the library alone, so it names the case that
    // leaves that code out. (Not a macro as for `vocabulary_from_str!`: rustfmt skips modules
    // declared inside a macro's call.)
    if std::env::var_os("CARGO_FEATURE_LOAD").is_none() {
        println!("cargo::rustc-cfg=library_without_load");
    }

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
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let path = Path::new(&out_dir).join("facts.rs");
    if let Err(e) = std::fs::write(&path, rust) {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
