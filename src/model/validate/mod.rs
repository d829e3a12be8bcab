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
mod filed;
pub(crate) mod from_file;
mod quotes;
mod read;
mod records;
mod references;
pub(crate) mod toml_file;
mod worded;

#[cfg(test)]
mod tests;

// The module's interface. build.rs compiles this module too, and uses only part of it.
#[allow(unused_imports)]
pub use self::{
    clip::clip_quoted,
    error::{DataError, Problem},
    filed::{Collections, Filed, Origin},
    read::load_dir,
    records::check,
};
