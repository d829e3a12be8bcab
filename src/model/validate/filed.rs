//! The records read from a set of fact files, collection by collection, each with the file
//! and line it came from, so that every later check can name them.

#[cfg(feature = "load")]
use crate::model::collection::Collection;
use std::sync::Arc;

// Loaded datasets hash millions of short ids: foldhash is several times faster at that than
// the standard SipHash, and is still seeded afresh in every process.
#[cfg(feature = "load")]
use foldhash::HashSet;

use crate::model::{
    StoredActor, StoredClaim, StoredEstimate, StoredEvent, StoredReport, StoredSource,
};

/// Where a record was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, as the reader named it (`data/estimates.toml`). Shared, as a file holds
    /// up to millions of records.
    pub file: Arc<str>,
    /// The line the record starts on, from 1.
    pub line: usize,
}

/// The records of one collection as filed, and where each came from, index for index.
#[derive(Debug, Clone)]
pub struct Filed<T> {
    /// The records, in file order.
    pub records: Vec<T>,
    /// Where each record was read.
    pub origins: Vec<Origin>,
}

impl<T> Default for Filed<T> {
    fn default() -> Self {
        Filed {
            records: Vec::new(),
            origins: Vec::new(),
        }
    }
}

impl<T> Filed<T> {
    /// Moves every record of `other` to the end of these.
    #[cfg(feature = "load")] // Loading at run time calls it (JSON Lines, read in chunks).
    pub fn append(&mut self, mut other: Filed<T>) {
        self.records.append(&mut other.records);
        self.origins.append(&mut other.origins);
    }

    /// Adds a record read at `origin`.
    pub fn push(&mut self, record: T, origin: Origin) {
        self.records.push(record);
        self.origins.push(origin);
    }
}

/// Every collection of a set of fact files.
#[derive(Debug, Clone, Default)]
pub struct Collections {
    /// The reports quoted.
    pub reports: Filed<StoredReport>,
    /// Actors.
    pub actors: Filed<StoredActor>,
    /// Events.
    pub events: Filed<StoredEvent>,
    /// Estimates.
    pub estimates: Filed<StoredEstimate>,
    /// Sources.
    pub sources: Filed<StoredSource>,
    /// Claims.
    pub claims: Filed<StoredClaim>,
    /// The ids of records left out for a wrong word or date, already reported: references to
    /// them are not reported again, so one mistake is one error.
    #[cfg(feature = "load")]
    pub rejected: HashSet<String>,
    /// The collections whose file could not be read at all (one error, already reported):
    /// references into them are not reported, for each would repeat that one error.
    #[cfg(feature = "load")]
    pub unread: HashSet<Collection>,
    /// The files the records were read from, named within their directory: the fact files
    /// there are, then each report's text (`article.txt`). None for JSON Lines. What the
    /// embedded tables were compiled from, so that a build can tell they are current.
    #[cfg(feature = "load")]
    pub files: Vec<String>,
}

impl Collections {
    /// Moves every record of `other` to the end of these collections.
    #[cfg(feature = "load")] // Loading at run time calls it (JSON Lines, read in chunks).
    pub fn append(&mut self, other: Collections) {
        self.reports.append(other.reports);
        self.actors.append(other.actors);
        self.events.append(other.events);
        self.estimates.append(other.estimates);
        self.sources.append(other.sources);
        self.claims.append(other.claims);
        self.rejected.extend(other.rejected);
        self.unread.extend(other.unread);
        self.files.extend(other.files);
    }
}
