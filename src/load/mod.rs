//! Reading facts at run time: the TOML fact files (with [`crate::model::validate`], which the
//! build shares) and JSON Lines, the format machines write.

pub(crate) mod jsonl;

use std::io;
use std::path::Path;

use crate::model::data_errors::{self, DataErrors};
use crate::model::validate;
use crate::store::data::Dataset;

#[cfg_attr(docsrs, doc(cfg(feature = "load")))]
impl Dataset {
    /// Reads fact files (`reports.toml`, `actors.toml`, ... as under the crate's `data/`) from
    /// `dir`, with every check the build runs. Fails with every problem found, each with its
    /// file and line, as one [`DataErrors`].
    ///
    /// Needs the `load` feature, on by default.
    ///
    /// ```
    /// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    /// let loaded = facts::Dataset::from_dir(dir).unwrap();
    /// assert_eq!(loaded.claims(), facts::Dataset::builtin().claims());
    /// ```
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Dataset, DataErrors> {
        data_errors::collect(validate::load_dir(dir.as_ref())).map(Dataset::from_collections)
    }

    /// Reads a JSON Lines file: one record a line, each an object with the record's `kind`
    /// (`report`, `actor`, `event`, `estimate`, `source`, `claim`) and the `record` itself,
    /// with the fields its JSON has elsewhere in the crate, quotes with their `report`,
    /// `start`, `end` and `text`. The records are checked as the build checks the crate's own;
    /// every problem comes back as `FILE:LINE: problem`, in line order. A file of more than a
    /// megabyte is parsed on every core; the dataset is the same however many there are.
    ///
    /// Needs the `load` feature, on by default.
    ///
    /// ```
    /// let path = std::env::temp_dir().join(format!("facts-doc-{}.jsonl", std::process::id()));
    /// let mut file = std::fs::File::create(&path).unwrap();
    /// facts::Dataset::builtin().write_jsonl(&mut file).unwrap();
    /// let loaded = facts::Dataset::from_jsonl(&path).unwrap();
    /// assert_eq!(&loaded, facts::Dataset::builtin());
    /// # std::fs::remove_file(&path).unwrap();
    /// ```
    pub fn from_jsonl(path: impl AsRef<Path>) -> Result<Dataset, DataErrors> {
        data_errors::collect(jsonl::read_file(path.as_ref())).map(Dataset::from_collections)
    }

    /// Reads JSON Lines as [`Dataset::from_jsonl`] does, from any reader; `name` is the file
    /// name problems are reported with.
    ///
    /// Lines in memory (a `&[u8]`) are parsed where they lie, on every core; lines from a
    /// stream are copied out of its buffer a chunk at a time, which costs a little more.
    ///
    /// Needs the `load` feature, on by default.
    ///
    /// ```
    /// let lines = concat!(
    ///     r#"{"kind":"report","record":{"id":"r","title":"T","year":2025,"text":"It rained."}}"#,
    ///     "\n",
    ///     r#"{"kind":"source","record":{"id":"sky","name":"The sky","kind":"report","#,
    ///     r#""quote":{"report":"r","start":3,"end":9,"text":"rained"}}}"#,
    /// );
    /// let facts = facts::Dataset::from_jsonl_reader(lines.as_bytes(), "rain.jsonl").unwrap();
    /// assert_eq!(facts.source("sky").unwrap().quote().text(), "rained");
    ///
    /// let wrong = lines.replace("\"start\":3", "\"start\":2");
    /// let errors = facts::Dataset::from_jsonl_reader(wrong.as_bytes(), "rain.jsonl").unwrap_err();
    /// assert_eq!(
    ///     errors[0].to_string(),
    ///     r#"rain.jsonl:2: quote "rained" is not at bytes 2..9 of its report"#
    /// );
    /// ```
    pub fn from_jsonl_reader(reader: impl io::BufRead, name: &str) -> Result<Dataset, DataErrors> {
        data_errors::collect(jsonl::read(reader, name)).map(Dataset::from_collections)
    }
}
