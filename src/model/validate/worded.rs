//! The checks that hold a record's typed fields to its quotes' words, through
//! [`crate::model::wording`]: an estimate's figure and qualifier, a claim's status.

use crate::model::validate::error::{Problem, RecordName};
use crate::model::validate::filed::Origin;
use crate::model::validate::records::RecordChecker;
use crate::model::wording::{self, Hedge};
use crate::model::{StoredClaim, StoredEstimate};

impl RecordChecker<'_, '_> {
    /// The figure stands in the estimate's words, and the words before it give its qualifier.
    pub(super) fn figure(&mut self, o: &Origin, name: RecordName<'_>, r: &StoredEstimate) {
        let figure = wording::Figure::new(r.value);
        let mut found = false;
        for quote in std::iter::once(&r.quote).chain(r.restated.iter()) {
            for at in figure.places(&quote.text) {
                found = true;
                let worded = wording::qualifier_before(&quote.text, at);
                if worded != r.qualifier {
                    self.problem(
                        o,
                        Problem::QualifierMismatch {
                            record: name.to_string(),
                            qualifier: r.qualifier,
                            worded,
                            quote: quote.text.to_string(),
                        },
                    );
                    return;
                }
            }
        }
        if !found {
            self.problem(
                o,
                Problem::FigureNotQuoted {
                    record: name.to_string(),
                    value: r.value,
                },
            );
        }
    }

    /// Words that hedge cap the status: "reportedly" cannot be `stated`.
    pub(super) fn hedge(&mut self, o: &Origin, name: RecordName<'_>, r: &StoredClaim) {
        let hedge = std::iter::once(&r.quote)
            .chain(r.restated.iter())
            .filter_map(|q| wording::hedge(&q.text))
            .max_by_key(|h| h.allows);
        if let Some(Hedge { words, allows }) = hedge
            && r.status < allows
        {
            self.problem(
                o,
                Problem::HedgeDropped {
                    record: name.to_string(),
                    status: r.status,
                    hedge: words,
                    allowed: allows,
                },
            );
        }
    }
}
