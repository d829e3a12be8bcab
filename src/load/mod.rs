//! Reading facts at run time from JSON Lines, the format machines write. (The TOML fact files
//! are read by [`crate::model::validate`], which the build shares.)

pub(crate) mod jsonl;
