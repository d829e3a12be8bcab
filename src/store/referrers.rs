//! References read backwards: for each record, the records that refer to it. The records hold
//! references one way (a claim names its source); the language and the handles also walk them
//! the other way (a source's claims), through lists derived here once per dataset.

use crate::store::data::Dataset;
use crate::store::record::Quote;

/// A reference read backwards: which records refer to a record, and through which field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Referrers {
    /// The claims whose `about` names an actor.
    ActorClaims,
    /// The sources whose `actors` name an actor.
    ActorSources,
    /// The events whose `actors` name an actor.
    ActorEvents,
    /// The actors whose `affiliation` is an actor.
    ActorMembers,
    /// The estimates whose `source` is a source.
    SourceEstimates,
    /// The claims whose `source` is a source.
    SourceClaims,
    /// The events whose `sources` name a source.
    SourceEvents,
    /// The actors whose quote is in a report.
    ReportActors,
    /// The events whose quote is in a report.
    ReportEvents,
    /// The estimates whose quote is in a report.
    ReportEstimates,
    /// The sources whose quote is in a report.
    ReportSources,
    /// The claims whose quote is in a report.
    ReportClaims,
}

impl Referrers {
    pub(crate) const COUNT: usize = 12;

    /// For every record referred to, the positions of the records referring to it.
    pub(crate) fn build(self, dataset: &Dataset) -> Lists {
        let actor = |id: &str| dataset.actor_position(id);
        let source = |id: &str| dataset.source_position(id);
        let reports = dataset.reports.len();
        let mut edges = Vec::new();
        let targets = match self {
            Referrers::ActorClaims => {
                for (at, claim) in dataset.claims().iter().enumerate() {
                    let about = claim.about().iter().map(|a| a.id().as_str());
                    edges.extend(about.filter_map(actor).map(|to| (to, at)));
                }
                dataset.actors.len()
            }
            Referrers::ActorSources => {
                for (at, s) in dataset.sources().iter().enumerate() {
                    let actors = s.actors().iter().map(|a| a.id().as_str());
                    edges.extend(actors.filter_map(actor).map(|to| (to, at)));
                }
                dataset.actors.len()
            }
            Referrers::ActorEvents => {
                for (at, event) in dataset.events().iter().enumerate() {
                    let actors = event.actors().iter().map(|a| a.id().as_str());
                    edges.extend(actors.filter_map(actor).map(|to| (to, at)));
                }
                dataset.actors.len()
            }
            Referrers::ActorMembers => {
                for (at, a) in dataset.actors().iter().enumerate() {
                    let to = a.affiliation().and_then(|x| actor(x.id().as_str()));
                    edges.extend(to.map(|to| (to, at)));
                }
                dataset.actors.len()
            }
            Referrers::SourceEstimates => {
                // The estimates keep their source's position already.
                let column = dataset.estimates.source.iter().enumerate();
                edges.extend(column.filter_map(|(at, to)| Some((to.as_ref()?.get(), at))));
                dataset.sources.len()
            }
            Referrers::SourceClaims => {
                for (at, claim) in dataset.claims().iter().enumerate() {
                    edges.extend(source(claim.source().id().as_str()).map(|to| (to, at)));
                }
                dataset.sources.len()
            }
            Referrers::ReportActors => {
                quoted(&mut edges, dataset.actors().iter().map(|r| r.quote()));
                reports
            }
            Referrers::ReportEvents => {
                quoted(&mut edges, dataset.events().iter().map(|r| r.quote()));
                reports
            }
            Referrers::ReportEstimates => {
                quoted(&mut edges, dataset.estimates().iter().map(|r| r.quote()));
                reports
            }
            Referrers::ReportSources => {
                quoted(&mut edges, dataset.sources().iter().map(|r| r.quote()));
                reports
            }
            Referrers::ReportClaims => {
                quoted(&mut edges, dataset.claims().iter().map(|r| r.quote()));
                reports
            }
            Referrers::SourceEvents => {
                for (at, event) in dataset.events().iter().enumerate() {
                    let sources = event.sources().iter().map(|s| s.id().as_str());
                    edges.extend(sources.filter_map(source).map(|to| (to, at)));
                }
                dataset.sources.len()
            }
        };
        Lists::new(targets, &edges)
    }
}

/// Each record is in the report its quote is from.
fn quoted<'d>(edges: &mut Vec<(usize, usize)>, quotes: impl Iterator<Item = Quote<'d>>) {
    let reports = quotes.map(|q| q.report().position()).enumerate();
    edges.extend(reports.map(|(at, to)| (to, at)));
}

/// Many short lists of positions in two allocations: list `i` is
/// `items[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone)]
pub(crate) struct Lists {
    starts: Box<[u32]>,
    items: Box<[u32]>,
}

impl Lists {
    /// One list per target, holding the `from` of every `(to, from)` edge into it, in the
    /// order the edges come (a counting sort keeps it), with a record listed once.
    fn new(targets: usize, edges: &[(usize, usize)]) -> Lists {
        let mut starts = vec![0u32; targets + 1];
        for &(to, _) in edges {
            starts[to + 1] += 1;
        }
        for i in 0..targets {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut items = vec![0u32; edges.len()];
        for &(to, from) in edges {
            items[next[to] as usize] = from as u32;
            next[to] += 1;
        }
        // A record naming the same target twice refers to it once.
        let mut kept = Vec::with_capacity(items.len());
        let mut new_starts = Vec::with_capacity(starts.len());
        new_starts.push(0u32);
        for window in starts.windows(2) {
            let list = &items[window[0] as usize..window[1] as usize];
            for (i, &item) in list.iter().enumerate() {
                if i == 0 || list[i - 1] != item {
                    kept.push(item);
                }
            }
            new_starts.push(kept.len() as u32);
        }
        Lists {
            starts: new_starts.into(),
            items: kept.into(),
        }
    }

    /// The list of target `at`.
    pub(crate) fn of(&self, at: usize) -> &[u32] {
        match (self.starts.get(at), self.starts.get(at + 1)) {
            (Some(&start), Some(&end)) => &self.items[start as usize..end as usize],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn lists_keep_edge_order_and_list_a_record_once() {
        let lists = Lists::new(3, &[(2, 0), (0, 1), (2, 1), (2, 1), (2, 4)]);
        assert_eq!(lists.of(0), [1]);
        assert_eq!(lists.of(1), [] as [u32; 0]);
        assert_eq!(lists.of(2), [0, 1, 4]);
        assert_eq!(lists.of(3), [] as [u32; 0]);
    }

    #[test]
    fn every_referrer_of_the_builtin_dataset_refers_back() {
        let dataset = Dataset::builtin();
        let claims = Referrers::ActorClaims.build(dataset);
        for (at, actor) in dataset.actors().iter().enumerate() {
            for &c in claims.of(at) {
                let claim = dataset.claims().get(c as usize).unwrap();
                assert!(claim.about().iter().any(|a| a == actor));
            }
        }
        let estimates = Referrers::SourceEstimates.build(dataset);
        let total: usize = (0..dataset.sources.len())
            .map(|s| estimates.of(s).len())
            .sum();
        assert_eq!(total, dataset.estimates().len());
    }
}
