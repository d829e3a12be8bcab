//! Ids and the references between records: every id well formed and unique, every reference
//! naming a record that exists, and, for the first few that do not, the id most likely meant.
//!
//! Loaded datasets hold millions of records: ids are hashed once into sets shared by every
//! thread that checks, and a near id is only looked for when a reference fails.

use std::collections::hash_map::Entry;
use std::hash::BuildHasher;
use std::sync::OnceLock;

// Loaded datasets hash millions of short ids: foldhash is several times faster at that than
// the standard SipHash, and is still seeded afresh in every process.
use foldhash::{HashMap, HashMapExt, HashSet};

use crate::model::StoredEstimate;
use crate::model::collection::Collection;
use crate::model::files::FileField;
use crate::model::suggest::closest;
use crate::model::validate::error::{DataError, Problem, RecordName};
use crate::model::validate::filed::{Collections, Filed, Origin};
use crate::model::validate::records::{RecordChecker, SLICE_MIN, join};

/// What every record is checked against: the collections and their ids, built once.
pub(super) struct Context<'c> {
    pub(super) collections: &'c Collections,
    pub(super) reports: Known<'c>,
    pub(super) actors: Known<'c>,
    pub(super) estimates: Known<'c>,
    pub(super) sources: Known<'c>,
    /// The `reported_with` of every estimate that names more than [`LINKS_SCANNED`], as a set,
    /// by the estimate's position.
    pub(super) long_links: HashMap<usize, HashSet<&'c str>>,
}

/// The collections a record refers into, each with the ids of its records.
#[derive(Clone, Copy)]
pub(super) enum Referable {
    Reports,
    Actors,
    Estimates,
    Sources,
}

impl Referable {
    const ALL: [Referable; 4] = [
        Referable::Reports,
        Referable::Actors,
        Referable::Estimates,
        Referable::Sources,
    ];

    /// The collection, as problems name it.
    fn collection(self) -> Collection {
        match self {
            Referable::Reports => Collection::Reports,
            Referable::Actors => Collection::Actors,
            Referable::Estimates => Collection::Estimates,
            Referable::Sources => Collection::Sources,
        }
    }
}

/// How many estimates a `reported_with` may name and still be scanned for one: whether an
/// estimate names another back is asked once for each estimate that names it, so scanning a
/// long list each time would cost the product of the two counts.
const LINKS_SCANNED: usize = 16;

/// How many unknown references get a suggestion. Each costs a pass over the ids of its
/// collection, so a file of millions of broken references would take hours to report if all
/// did; the first few show the slip.
const MAX_SUGGESTIONS: usize = 20;

/// The longest id a suggestion is looked for: comparing two ids costs the product of their
/// lengths in time and memory, so two ids of a megabyte each would take terabytes; an id much
/// longer than a name is no slip of the fingers anyway.
const MAX_SUGGESTED_ID: usize = 128;

/// The `reported_with` lists too long to scan, as sets.
pub(super) fn long_links(estimates: &Filed<StoredEstimate>) -> HashMap<usize, HashSet<&str>> {
    estimates
        .records
        .iter()
        .enumerate()
        .filter(|(_, e)| e.reported_with.len() > LINKS_SCANNED)
        .map(|(p, e)| (p, e.reported_with.iter().map(|w| w.as_str()).collect()))
        .collect()
}

impl<'c> Context<'c> {
    /// Whether the estimate at `position` is reported with the one of id `with`.
    pub(super) fn reported_with(&self, position: usize, with: &str) -> bool {
        match self.long_links.get(&position) {
            Some(links) => links.contains(with),
            None => self.collections.estimates.records[position]
                .reported_with
                .iter()
                .any(|w| w.as_str() == with),
        }
    }

    fn ids(&self, collection: Referable) -> &Known<'c> {
        match collection {
            Referable::Reports => &self.reports,
            Referable::Actors => &self.actors,
            Referable::Estimates => &self.estimates,
            Referable::Sources => &self.sources,
        }
    }

    /// Suggests the nearest existing id for the first [`MAX_SUGGESTIONS`] unknown references.
    pub(super) fn suggest(&self, errors: &mut [DataError]) {
        let unknown = errors.iter_mut().filter_map(|e| match &mut e.problem {
            Problem::UnknownReference {
                id,
                collection,
                suggestion,
                ..
            } => Some((id, *collection, suggestion)),
            _ => None,
        });
        for (id, collection, suggestion) in unknown.take(MAX_SUGGESTIONS) {
            if let Some(to) = Referable::ALL
                .into_iter()
                .find(|r| r.collection() == collection)
            {
                *suggestion = self.ids(to).closest(id);
            }
        }
    }
}

impl RecordChecker<'_, '_> {
    /// Checks that `id`, named by `record`'s `field`, is the id of a record of `to`.
    pub(super) fn refer(
        &mut self,
        origin: &Origin,
        record: RecordName<'_>,
        field: FileField,
        id: &str,
        to: Referable,
    ) {
        // A record left out for a wrong word has been reported once already.
        let rejected = || self.known.collections.rejected.contains(id);
        let unread = || self.known.collections.unread.contains(&to.collection());
        if !self.known.ids(to).contains(id) && !rejected() && !unread() {
            self.problem(
                origin,
                Problem::UnknownReference {
                    record: record.to_string(),
                    field,
                    id: id.to_owned(),
                    collection: to.collection(),
                    // Filled in by `suggest`.
                    suggestion: None,
                },
            );
        }
    }
}

/// The ids of one collection: hash maps to look references up in (id to position), one a
/// shard of the ids' hashes, and, built only when a reference fails, the ids in order for
/// suggesting the nearest one.
pub(super) struct Known<'c> {
    hasher: foldhash::fast::RandomState,
    shards: Vec<HashMap<&'c str, usize>>,
    sorted: OnceLock<Vec<&'c str>>,
}

impl<'c> Known<'c> {
    pub(super) fn contains(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// The position of the first record with `id`.
    pub(super) fn position(&self, id: &str) -> Option<usize> {
        let shard = match self.shards.len() {
            1 => &self.shards[0],
            n => &self.shards[self.hasher.hash_one(id) as usize % n],
        };
        shard.get(id).copied()
    }

    /// The nearest known id to a misspelt one.
    fn closest(&self, id: &str) -> Option<String> {
        let sorted = self.sorted.get_or_init(|| {
            let mut ids: Vec<&str> = self.shards.iter().flat_map(|s| s.keys().copied()).collect();
            ids.sort_unstable();
            ids
        });
        nearest_id(id, sorted.iter().copied()).map(str::to_owned)
    }
}

/// The nearest of `ids` to a misspelt `id`, if it is short enough to be a slip. Ids whose
/// length differs by more than the edit budget cannot be near, so they are passed over before
/// any distance is computed.
pub(super) fn nearest_id<'a>(id: &str, ids: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if id.len() > MAX_SUGGESTED_ID {
        return None;
    }
    let slack = id.len() / 3 + 1;
    let near = ids
        .into_iter()
        .filter(|known| known.len().abs_diff(id.len()) <= slack);
    closest(id, near)
}

/// Whether `id` is lower-case letters and digits in parts joined by single dashes. One pass
/// over the bytes: every id of a load is asked, and splitting at the dashes searches each.
pub(super) fn is_kebab(id: &str) -> bool {
    // At the start as after a dash: a part may not be empty.
    let mut after_dash = true;
    for &b in id.as_bytes() {
        match b {
            b'-' if after_dash => return false,
            b'-' => after_dash = true,
            b'a'..=b'z' | b'0'..=b'9' => after_dash = false,
            _ => return false,
        }
    }
    !after_dash
}

/// Checks that ids are kebab-case and unique; returns them with the position of the first
/// record that has each. A large collection is split by the ids' hashes into shards, one a
/// thread: each thread reads every id but files only its shard's, so duplicates, which share
/// a hash, meet in one shard.
pub(super) fn unique_ids<'a, T: Sync>(
    filed: &'a Filed<T>,
    id: impl Fn(&'a T) -> &'a str + Sync,
    threads: usize,
    errors: &mut Vec<DataError>,
) -> Known<'a> {
    let len = filed.records.len();
    let shards = if len < SLICE_MIN { 1 } else { threads.max(1) };
    let hasher = foldhash::fast::RandomState::default();
    let shard = |wanted: usize| {
        let mut first: HashMap<&str, usize> = HashMap::with_capacity(len / shards + 1);
        let mut errors = Vec::new();
        for (position, (record, origin)) in filed.records.iter().zip(&filed.origins).enumerate() {
            let id = id(record);
            if shards > 1 && hasher.hash_one(id) as usize % shards != wanted {
                continue;
            }
            let error = |problem| DataError {
                file: origin.file.to_string(),
                line: Some(origin.line),
                problem,
            };
            if !is_kebab(id) {
                errors.push(error(Problem::BadId { id: id.to_owned() }));
            }
            match first.entry(id) {
                Entry::Occupied(seen) => errors.push(error(Problem::DuplicateId {
                    id: id.to_owned(),
                    first_line: filed.origins[*seen.get()].line,
                })),
                Entry::Vacant(new) => {
                    new.insert(position);
                }
            }
        }
        (first, errors)
    };
    let (ids, mut found): (Vec<_>, Vec<_>) = if shards == 1 {
        [shard(0)].into_iter().unzip()
    } else {
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..shards).map(|s| scope.spawn(move || shard(s))).collect();
            workers.into_iter().map(join).unzip()
        })
    };
    let start = errors.len();
    errors.extend(found.iter_mut().flat_map(std::mem::take));
    // Shards find problems out of line order; one shard finds them in order.
    errors[start..].sort_by_key(|e| e.line);
    Known {
        hasher,
        shards: ids,
        sorted: OnceLock::new(),
    }
}
