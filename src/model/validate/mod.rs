//! Reading and checking fact files: the one gate every record passes, at build time for the
//! embedded facts and at run time for a dataset loaded from disk.
//!
//! Reading ([`read`], [`toml_file`], [`quotes`]) turns the TOML entries of
//! [`crate::model::files`] into model records, finding each quote in its report. Checking
//! ([`records`], [`references`], [`worded`]) then holds for any records however they were made:
//! ids well formed and unique, every reference resolving, every quote exactly where it says in
//! its report, figures and statuses no firmer than the report's words. Every problem is a typed
//! [`Problem`] ([`error`]) with its file and line; one bad record does not hide the next.

mod clip;
pub(crate) mod error;
#[cfg(test)]
mod tests;

// Reading and checking are compiled where facts are read, with the `load` feature: into the
// library and into build.rs, which compiles the fact files then. Without them the library
// keeps the problems' types, which are its API, and, for the engine's tests, the collections a
// dataset is built from.
#[cfg(any(test, feature = "load"))]
mod filed;
#[cfg(feature = "load")]
pub(crate) mod from_file;
#[cfg(feature = "load")]
mod quotes;
#[cfg(feature = "load")]
mod read;
#[cfg(feature = "load")]
mod records;
#[cfg(feature = "load")]
mod references;
#[cfg(feature = "load")]
pub(crate) mod toml_file;
#[cfg(feature = "load")]
mod worded;

// The module's interface. build.rs compiles this module too, and uses only part of it.
#[cfg(any(test, feature = "load"))]
#[allow(unused_imports)]
pub use self::filed::{Collections, Filed, Origin};
#[allow(unused_imports)]
pub use self::{
    clip::clip_quoted,
    error::{DataError, Problem},
};
#[cfg(feature = "load")]
#[allow(unused_imports)]
pub use self::{read::load_dir, records::check};
