//! Datasets: the facts compiled into the crate, or facts read from files at run time.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::BuildHasher;
use std::sync::{LazyLock, OnceLock};

use crate::model::collection::Collection;
use crate::model::date::Part;
#[cfg(any(feature = "load", test))]
use crate::model::validate::Collections;
#[allow(unused_imports)] // The generated tables use what the data needs.
use crate::model::{
    ActorId, ActorKind, ClaimId, ClaimStatus, Date, EstimateId, EventId, Measure, Qualifier,
    ReportId, SourceId, SourceKind, StoredActor, StoredClaim, StoredEstimate, StoredEvent,
    StoredQuote, StoredReport, StoredSource, Text, Topic, Year,
};
use crate::store::columnar::Estimates;
use crate::store::position::Position;
use crate::store::record::{self, Record, Records, sealed::Stored};
use crate::store::referrers::{Lists, Referrers};
use crate::store::schema::{FieldId, FieldType, Row, Value};

// REPORTS, ACTORS, EVENTS, ESTIMATES, SOURCES, CLAIMS, compiled from data/: by build.rs with
// `load`, which reads the fact files anyway; else the same tables committed (`model::stamp`).
#[cfg(feature = "load")]
include!(concat!(env!("OUT_DIR"), "/facts.rs"));
#[cfg(not(feature = "load"))]
include!("builtin.rs");

/// A set of facts the query engine can answer from: every collection, checked.
///
/// [`Dataset::builtin`] is the report compiled into the crate, borrowed from static data (its
/// five estimates laid out in columns on first use). With the `load` feature (a default),
/// `Dataset::from_dir` reads fact files of the same format as the crate's `data/` at run time,
/// and `Dataset::from_jsonl` reads JSON Lines, both with the same checks as the build. A
/// dataset can hold many reports; every quote names the report it is from.
///
/// ```
/// let facts = facts::Dataset::builtin();
/// assert_eq!(facts.estimates().len(), 5);
/// let estimate = facts.estimate("troops-about-15000").unwrap();
/// assert_eq!(estimate.source().name(), "Later South Korean briefings");
/// ```
#[derive(Clone)]
pub struct Dataset {
    pub(crate) reports: Cow<'static, [StoredReport]>,
    pub(crate) actors: Cow<'static, [StoredActor]>,
    pub(crate) events: Cow<'static, [StoredEvent]>,
    pub(crate) estimates: Estimates,
    pub(crate) sources: Cow<'static, [StoredSource]>,
    pub(crate) claims: Cow<'static, [StoredClaim]>,
    /// Built on first use, so that a dataset nobody queries at scale pays nothing for them.
    indexes: Indexes,
}

/// Collections up to this size are searched by scanning, as fast as hashing for so few.
const SCAN_LIMIT: usize = 8;

/// Columns are only worth building for collections at least this large.
const COLUMN_MIN_ROWS: usize = 256;

/// How many fields can have a column; the schema has fewer.
const MAX_COLUMNS: usize = 96;

/// What a record's enum column holds where the record has no value for the field.
pub(crate) const NO_WORD: u8 = u8::MAX;

/// One field's values for every record of a collection, position for position: what reading
/// the field from each record gives, laid out for scanning.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Column<W = Box<[u8]>, N = Box<[u64]>, P = Box<[Option<Position>]>> {
    /// An enum field: each record's word, as its rank in the vocabulary (or [`NO_WORD`]) or,
    /// read in place, as the enum itself ([`Words`]).
    Words(W),
    /// A number field every record has.
    Numbers(N),
    /// A field referring to one record: the referent's position in its collection, if it
    /// refers to one. A path through it (`source.kind`) is then one look-up a record.
    Positions(P),
}

/// A column as the evaluator reads it, borrowed from the dataset.
pub(crate) type ColumnRef<'a> = Column<Words<'a>, &'a [u64], &'a [Option<Position>]>;

/// An enum field's values for every record: ranks derived from the records, or the enums a
/// collection keeps in a column of its own, read where they lie. An enum's rank is its
/// discriminant (`topic as u8`), so both read alike.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Words<'a> {
    /// Ranks, or [`NO_WORD`] where a record has no word.
    Ranks(&'a [u8]),
    /// The estimates' topics.
    Topics(&'a [Topic]),
    /// The estimates' measures.
    Measures(&'a [Measure]),
    /// The estimates' qualifiers.
    Qualifiers(&'a [Qualifier]),
}

impl Column {
    fn as_slices(&self) -> ColumnRef<'_> {
        match self {
            Column::Words(w) => Column::Words(Words::Ranks(w)),
            Column::Numbers(n) => Column::Numbers(n),
            Column::Positions(p) => Column::Positions(p),
        }
    }
}

/// Lookup structures over the records, derived from them and never compared or shown.
#[derive(Clone)]
struct Indexes {
    /// Ids to positions, by collection.
    by_id: [OnceLock<Option<IdIndex>>; Collection::ALL.len()],
    /// Per field of the schema, numbered through the collections: its column, or `None`
    /// where the field cannot have one.
    columns: [OnceLock<Option<Column>>; MAX_COLUMNS],
    /// Per report, places in its text counted in every unit, for quotes' code-point and
    /// UTF-16 offsets.
    units: OnceLock<Vec<crate::store::offsets::Checkpoints>>,
    /// References read backwards, by [`Referrers`] discriminant.
    referrers: [OnceLock<Lists>; Referrers::COUNT],
}

impl Indexes {
    const fn new() -> Indexes {
        Indexes {
            by_id: [const { OnceLock::new() }; Collection::ALL.len()],
            columns: [const { OnceLock::new() }; MAX_COLUMNS],
            units: OnceLock::new(),
            referrers: [const { OnceLock::new() }; Referrers::COUNT],
        }
    }
}

/// The slot of a collection's id index.
fn id_slot(collection: Collection) -> usize {
    collection as usize
}

/// An open-addressing hash table of record positions, keyed by the records' ids, which stay
/// in the records: four bytes a slot, at most half the slots full.
#[derive(Clone)]
struct IdIndex {
    hasher: RandomState,
    slots: Box<[Option<Position>]>,
}

impl IdIndex {
    /// `None` when the records are more than a slot can count (they are then scanned).
    fn build<T>(records: &[T], id: fn(&T) -> &str) -> Option<IdIndex> {
        let hasher = RandomState::new();
        let size = (records.len() * 2).next_power_of_two().max(2);
        let mut slots: Box<[Option<Position>]> = vec![None; size].into_boxed_slice();
        let mask = size - 1;
        for (at, record) in records.iter().enumerate() {
            let position = Position::new(at)?;
            let mut slot = hasher.hash_one(id(record)) as usize & mask;
            while let Some(taken) = slots[slot] {
                // A checked dataset has unique ids; should one repeat, the first stays found,
                // as a scan would find it.
                if id(&records[taken.get()]) == id(record) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            slots[slot].get_or_insert(position);
        }
        Some(IdIndex { hasher, slots })
    }

    fn find<T>(&self, records: &[T], id: fn(&T) -> &str, wanted: &str) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = self.hasher.hash_one(wanted) as usize & mask;
        loop {
            let at = self.slots[slot]?.get();
            if id(&records[at]) == wanted {
                return Some(at);
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// Where the record with `wanted` as id sits in `records`.
fn position<T>(
    records: &[T],
    index: &OnceLock<Option<IdIndex>>,
    id: fn(&T) -> &str,
    wanted: &str,
) -> Option<usize> {
    if records.len() <= SCAN_LIMIT {
        return records.iter().position(|r| id(r) == wanted);
    }
    match index.get_or_init(|| IdIndex::build(records, id)) {
        Some(index) => index.find(records, id, wanted),
        // More records than a slot counts (never seen in practice): scanned.
        None => records.iter().position(|r| id(r) == wanted),
    }
}

/// The embedded facts: borrowed from the static tables, the estimates laid out in columns on
/// first use (five records: microseconds), as a loaded dataset's are.
static BUILTIN: LazyLock<Dataset> = LazyLock::new(|| {
    let mut dataset = Dataset {
        reports: Cow::Borrowed(REPORTS),
        actors: Cow::Borrowed(ACTORS),
        events: Cow::Borrowed(EVENTS),
        estimates: Estimates::default(),
        sources: Cow::Borrowed(SOURCES),
        claims: Cow::Borrowed(CLAIMS),
        indexes: Indexes::new(),
    };
    dataset.estimates = dataset.columns_of(ESTIMATES.to_vec());
    dataset
});

/// Datasets are equal when they hold equal records in the same order.
///
/// ```
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
/// assert_eq!(&facts::Dataset::from_dir(dir).unwrap(), facts::Dataset::builtin());
/// ```
impl PartialEq for Dataset {
    fn eq(&self, other: &Dataset) -> bool {
        self.reports == other.reports
            && self.actors == other.actors
            && self.events == other.events
            && self.estimates == other.estimates
            && self.sources == other.sources
            && self.claims == other.claims
    }
}

impl Eq for Dataset {}

impl fmt::Debug for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dataset")
            .field("reports", &self.reports)
            .field("actors", &self.actors)
            .field("events", &self.events)
            .field("estimates", &self.estimates())
            .field("sources", &self.sources)
            .field("claims", &self.claims)
            .finish()
    }
}

/// An id that names one kind of record, so that looking it up gives that kind.
///
/// ```
/// use facts::{Dataset, SourceId};
/// let source = Dataset::builtin().get(&SourceId::new("other-assessments")).unwrap();
/// assert_eq!(source.name(), "Other assessments");
/// ```
pub trait RecordId {
    /// The kind of record the id names: a handle borrowed from the dataset.
    ///
    /// ```
    /// use facts::{Dataset, Estimate, EstimateId, RecordId};
    /// let id = EstimateId::new("troops-more-than-10000");
    /// let estimate: Option<<EstimateId as RecordId>::Record<'_>> = id.find(Dataset::builtin());
    /// let estimate: Estimate<'_> = estimate.unwrap();
    /// assert_eq!(estimate.value(), 10_000);
    /// ```
    type Record<'d>;

    /// The record with this id in `dataset`.
    ///
    /// ```
    /// use facts::{ActorId, RecordId};
    /// let yu = ActorId::new("yu-yong-weon").find(facts::Dataset::builtin()).unwrap();
    /// assert_eq!(yu.name(), "Yu Yong-weon");
    /// ```
    fn find<'d>(&self, dataset: &'d Dataset) -> Option<Self::Record<'d>>;
}

macro_rules! record_id {
    ($id:ty, $record:ident, $lookup:ident) => {
        impl RecordId for $id {
            type Record<'d> = record::$record<'d>;
            fn find<'d>(&self, dataset: &'d Dataset) -> Option<record::$record<'d>> {
                dataset.$lookup(self.as_str())
            }
        }
    };
}

record_id!(ReportId, Report, report);
record_id!(ActorId, Actor, actor);
record_id!(EventId, Event, event);
record_id!(EstimateId, Estimate, estimate);
record_id!(SourceId, Source, source);
record_id!(ClaimId, Claim, claim);

impl Dataset {
    /// The facts of the report compiled into the crate.
    ///
    /// ```
    /// let facts = facts::Dataset::builtin();
    /// assert_eq!(facts.reports().len(), 1);
    /// ```
    pub fn builtin() -> &'static Dataset {
        &BUILTIN
    }

    /// A dataset of checked collections, their records kept as they come; the estimates laid
    /// out in columns.
    #[cfg(any(feature = "load", test))] // Loading at run time calls it, and the engine's tests.
    pub(crate) fn from_collections(c: Collections) -> Dataset {
        // Loading grows the vectors by doubling; a dataset lives long, so give the slack back.
        fn owned<T: Clone>(mut records: Vec<T>) -> Cow<'static, [T]> {
            records.shrink_to_fit();
            Cow::Owned(records)
        }
        let mut dataset = Dataset {
            reports: owned(c.reports.records),
            actors: owned(c.actors.records),
            events: owned(c.events.records),
            estimates: Estimates::default(),
            sources: owned(c.sources.records),
            claims: owned(c.claims.records),
            indexes: Indexes::new(),
        };
        dataset.estimates = dataset.columns_of(c.estimates.records);
        dataset
    }

    /// Lays checked estimates out in columns, their references as positions in this self.
    fn columns_of(&self, records: Vec<StoredEstimate>) -> Estimates {
        // The estimates refer to reports and sources by position. Reports are found through
        // the dataset's index, built here once and kept. Every estimate names a source,
        // usually one of few: a map hashed as the checks hash ids (foldhash) finds them
        // faster than the index's SipHash.
        let sources: HashMap<&str, usize, foldhash::fast::RandomState> = (self.sources.iter())
            .enumerate()
            .map(|(at, s)| (s.id.as_str(), at))
            .collect();
        Estimates::new(
            records,
            |id| self.report_position(id),
            |id| sources.get(id).copied(),
        )
    }

    /// For a large collection, a field's [`Column`]: the evaluator scans it instead of the
    /// records. `None` for small collections, and for fields that are neither enums, numbers
    /// every record has, nor references to one record.
    pub(crate) fn column(&self, field: FieldId) -> Option<ColumnRef<'_>> {
        if !self.columnar(field.collection) {
            return None;
        }
        // A column the collection keeps (the schema says which) is read where it lies.
        if let Some(kept) = field.kept_column() {
            return Some(kept(self));
        }
        let slot = column_slot(field)?;
        self.indexes.columns[slot]
            .get_or_init(|| {
                let len = self.len(field.collection);
                match field.field().ty {
                    FieldType::Enum(_) => {
                        let mut ranks = Vec::with_capacity(len);
                        self.each(field.collection, |row| {
                            ranks.push(match row.get(field) {
                                Value::Word(word) => word.rank(),
                                _ => NO_WORD,
                            });
                        });
                        Some(Column::Words(ranks.into()))
                    }
                    FieldType::Number => {
                        let mut numbers = Vec::with_capacity(len);
                        let mut all = true;
                        self.each(field.collection, |row| match row.get(field) {
                            Value::Number(n) => numbers.push(n),
                            _ => all = false,
                        });
                        all.then(|| Column::Numbers(numbers.into()))
                    }
                    // Positions are kept in four bytes; a larger collection is not scanned.
                    FieldType::Ref(target) if Position::new(self.len(target)).is_some() => {
                        let mut positions = Vec::with_capacity(len);
                        self.each(field.collection, |row| {
                            let at = match row.get(field) {
                                Value::Ref(id) => self.position(target, id),
                                _ => None,
                            };
                            positions.push(at.and_then(Position::new));
                        });
                        Some(Column::Positions(positions.into()))
                    }
                    _ => None,
                }
            })
            .as_ref()
            .map(Column::as_slices)
    }

    /// Whether a collection is large enough for [`Dataset::column`] to give columns.
    pub(crate) fn columnar(&self, collection: Collection) -> bool {
        // Scans keep positions as u32.
        (COLUMN_MIN_ROWS..=u32::MAX as usize).contains(&self.len(collection))
    }

    /// Where the record of `collection` with this id sits among the collection's records.
    pub(crate) fn position(&self, collection: Collection, id: &str) -> Option<usize> {
        let index = &self.indexes.by_id[id_slot(collection)];
        match collection {
            Collection::Actors => position(&self.actors, index, |r| r.id.as_str(), id),
            Collection::Events => position(&self.events, index, |r| r.id.as_str(), id),
            Collection::Estimates => position(&self.estimates.id, index, |r| r.as_str(), id),
            Collection::Sources => position(&self.sources, index, |r| r.id.as_str(), id),
            Collection::Claims => position(&self.claims, index, |r| r.id.as_str(), id),
            Collection::Reports => position(&self.reports, index, |r| r.id.as_str(), id),
        }
    }

    /// How many records a collection holds.
    pub(crate) fn len(&self, collection: Collection) -> usize {
        match collection {
            Collection::Actors => self.actors.len(),
            Collection::Events => self.events.len(),
            Collection::Estimates => self.estimates.len(),
            Collection::Sources => self.sources.len(),
            Collection::Claims => self.claims.len(),
            Collection::Reports => self.reports.len(),
        }
    }

    /// Calls `f` with every record of a collection, in order, without collecting them.
    pub(crate) fn each<'d>(&'d self, collection: Collection, mut f: impl FnMut(Row<'d>)) {
        // One loop a collection, so that the collection is matched once, not once a record.
        fn all<'d, R: Record<'d>>(
            dataset: &'d Dataset,
            row: fn(R) -> Row<'d>,
            f: &mut impl FnMut(Row<'d>),
        ) {
            (0..R::count(dataset)).for_each(|at| f(row(R::at(dataset, at))));
        }
        match collection {
            Collection::Actors => all(self, Row::Actor, &mut f),
            Collection::Events => all(self, Row::Event, &mut f),
            Collection::Estimates => all(self, Row::Estimate, &mut f),
            Collection::Sources => all(self, Row::Source, &mut f),
            Collection::Claims => all(self, Row::Claim, &mut f),
            Collection::Reports => all(self, Row::Report, &mut f),
        }
    }

    /// The record an id names.
    ///
    /// ```
    /// let facts = facts::Dataset::builtin();
    /// let id = facts::ClaimId::new("death-sentence");
    /// assert_eq!(facts.get(&id).unwrap().source().name(), "Yu Yong-weon");
    /// ```
    pub fn get<I: RecordId>(&self, id: &I) -> Option<I::Record<'_>> {
        id.find(self)
    }

    /// The reports quoted.
    ///
    /// ```
    /// assert_eq!(facts::Dataset::builtin().reports().first().unwrap().year(), 2025);
    /// ```
    pub fn reports(&self) -> Records<'_, record::Report<'_>> {
        Records::all(self)
    }

    /// Every actor.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().actors().iter().any(|a| a.name() == "Jang Se-yul"));
    /// ```
    pub fn actors(&self) -> Records<'_, record::Actor<'_>> {
        Records::all(self)
    }

    /// Every event.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().events().iter().any(|e| e.ongoing()));
    /// ```
    pub fn events(&self) -> Records<'_, record::Event<'_>> {
        Records::all(self)
    }

    /// Every estimate.
    ///
    /// ```
    /// assert_eq!(facts::Dataset::builtin().estimates().len(), 5);
    /// ```
    pub fn estimates(&self) -> Records<'_, record::Estimate<'_>> {
        Records::all(self)
    }

    /// Every source.
    ///
    /// ```
    /// let sources = facts::Dataset::builtin().sources();
    /// assert!(sources.iter().any(|s| s.confirmable() == Some(false)));
    /// ```
    pub fn sources(&self) -> Records<'_, record::Source<'_>> {
        Records::all(self)
    }

    /// Every claim.
    ///
    /// ```
    /// assert!(!facts::Dataset::builtin().claims().is_empty());
    /// ```
    pub fn claims(&self) -> Records<'_, record::Claim<'_>> {
        Records::all(self)
    }

    /// The report with this id.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().report("nk-pows-seek-south-korea").is_some());
    /// ```
    pub fn report(&self, id: &str) -> Option<record::Report<'_>> {
        record::Report::find(self, id)
    }

    /// The actor with this id.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().actor("jang-se-yul").is_some());
    /// ```
    pub fn actor(&self, id: &str) -> Option<record::Actor<'_>> {
        record::Actor::find(self, id)
    }

    /// The event with this id.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().event("capture").is_some());
    /// ```
    pub fn event(&self, id: &str) -> Option<record::Event<'_>> {
        record::Event::find(self, id)
    }

    /// The estimate with this id.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().estimate("killed-about-600").is_some());
    /// ```
    pub fn estimate(&self, id: &str) -> Option<record::Estimate<'_>> {
        record::Estimate::find(self, id)
    }

    /// The source with this id.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().source("yu-yong-weon").is_some());
    /// ```
    pub fn source(&self, id: &str) -> Option<record::Source<'_>> {
        record::Source::find(self, id)
    }

    /// The claim with this id.
    ///
    /// ```
    /// assert!(facts::Dataset::builtin().claim("death-sentence").is_some());
    /// ```
    pub fn claim(&self, id: &str) -> Option<record::Claim<'_>> {
        record::Claim::find(self, id)
    }

    /// Places in each report's text counted in every unit, by report position: built for every
    /// report on first use.
    pub(crate) fn report_units(&self) -> &[crate::store::offsets::Checkpoints] {
        self.indexes.units.get_or_init(|| {
            self.reports()
                .iter()
                .map(|r| crate::store::offsets::Checkpoints::of(r.text()))
                .collect()
        })
    }

    /// The positions of the records that refer to the record at `at` the way `referrers` reads.
    pub(crate) fn referrers(&self, referrers: Referrers, at: usize) -> &[u32] {
        self.indexes.referrers[referrers as usize]
            .get_or_init(|| referrers.build(self))
            .of(at)
    }

    pub(crate) fn report_position(&self, id: &str) -> Option<usize> {
        self.position(Collection::Reports, id)
    }

    pub(crate) fn actor_position(&self, id: &str) -> Option<usize> {
        self.position(Collection::Actors, id)
    }

    pub(crate) fn event_position(&self, id: &str) -> Option<usize> {
        self.position(Collection::Events, id)
    }

    pub(crate) fn estimate_position(&self, id: &str) -> Option<usize> {
        self.position(Collection::Estimates, id)
    }

    pub(crate) fn source_position(&self, id: &str) -> Option<usize> {
        self.position(Collection::Sources, id)
    }

    pub(crate) fn claim_position(&self, id: &str) -> Option<usize> {
        self.position(Collection::Claims, id)
    }
}

/// The slot of a field among the columns: fields numbered through the collections.
fn column_slot(field: FieldId) -> Option<usize> {
    let before: usize = Collection::ALL
        .iter()
        .take_while(|&&c| c != field.collection)
        .map(|c| c.fields().len())
        .sum();
    let slot = before + usize::from(field.index);
    (slot < MAX_COLUMNS).then_some(slot)
}
