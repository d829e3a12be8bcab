//! Quotes and their reports: finding the words a TOML entry quotes in its report, and checking
//! that a record's quote stands where it says, whichever way the record was read.

use toml::Spanned;

use crate::model::collection::Collection;
use crate::model::files::FileField;
use crate::model::validate::error::{DataError, Problem};
use crate::model::validate::filed::Origin;
use crate::model::validate::records::RecordChecker;
use crate::model::validate::references::nearest_id;
use crate::model::validate::toml_file::TomlFile;
use crate::model::{StoredQuote, StoredReport};

impl<T> TomlFile<T> {
    /// Finds a quote's words in its report: the record's `report`, or the only one there is.
    pub(crate) fn quote(
        &self,
        reports: &[StoredReport],
        report: &Option<Spanned<String>>,
        quote: &Spanned<String>,
        errors: &mut Vec<DataError>,
    ) -> Option<StoredQuote> {
        let found = match report {
            Some(id) => reports
                .iter()
                .find(|r| r.id.as_str() == id.get_ref())
                .ok_or_else(|| {
                    let known = reports.iter().map(|r| r.id.as_str());
                    self.error(
                        id.span().start,
                        Problem::UnknownReference {
                            record: "quote".into(),
                            field: FileField::Report,
                            id: id.get_ref().clone(),
                            collection: Collection::Reports,
                            suggestion: nearest_id(id.get_ref(), known).map(str::to_owned),
                        },
                    )
                }),
            None if reports.len() == 1 => Ok(&reports[0]),
            // With no report at all, reports.toml has already failed; say nothing more.
            None if reports.is_empty() => return None,
            None => Err(self.error(quote.span().start, Problem::WhichReport)),
        };
        let report = match found {
            Ok(report) => report,
            Err(e) => {
                errors.push(e);
                return None;
            }
        };
        let words = quote.get_ref();
        let mut places = report.text.match_indices(words.as_str()).map(|(at, _)| at);
        let problem = match (words.is_empty(), places.next(), places.count()) {
            (false, Some(start), 0) => {
                return Some(StoredQuote {
                    report: report.id.clone(),
                    start,
                    end: start + words.len(),
                    text: words.clone().into(),
                });
            }
            (true, ..) => Problem::EmptyQuote,
            (false, None, _) => Problem::QuoteNotFound {
                quote: words.clone(),
                report: report.id.to_string(),
            },
            (false, Some(_), more) => Problem::QuoteAmbiguous {
                quote: words.clone(),
                count: more + 1,
            },
        };
        errors.push(self.error(quote.span().start, problem));
        None
    }
}

impl<'c> RecordChecker<'c, '_> {
    /// Checks that a quote's report exists and holds the quote's words at its place.
    pub(super) fn quote(&mut self, origin: &Origin, quote: &StoredQuote) {
        let reports = &self.known.collections.reports.records;
        let report = match self.last_report {
            Some(last) if last.id == quote.report => Some(last),
            _ => self
                .known
                .reports
                .position(quote.report.as_str())
                .map(|p| &reports[p]),
        };
        self.last_report = report.or(self.last_report);
        let problem = match report {
            None => Problem::UnknownReference {
                record: "quote".into(),
                field: FileField::Report,
                id: quote.report.to_string(),
                collection: Collection::Reports,
                suggestion: None,
            },
            Some(_) if quote.text.is_empty() => Problem::EmptyQuote,
            Some(report) if report.text.get(quote.range()) != Some(&*quote.text) => {
                Problem::QuoteMisplaced {
                    quote: quote.text.to_string(),
                    start: quote.start,
                    end: quote.end,
                }
            }
            // A loaded dataset keeps a quote's place in 32 bits.
            Some(_) if u32::try_from(quote.end).is_err() => Problem::QuoteTooFar { end: quote.end },
            Some(_) => return,
        };
        self.problem(origin, problem);
    }
}
