//! One line a person reads for each record: what it says, who says it, and the report's words.

use std::fmt;

use crate::model::Qualifier;
use crate::store::record::{Actor, Claim, Estimate, Event, Quote, Report, Source};
use crate::store::schema::{Row, grouped};

/// The quoted words, in curly quotes.
///
/// ```
/// let quote = facts::estimate("killed-about-600").unwrap().quote();
/// assert_eq!(quote.to_string(), "“point to around 600 killed”");
/// ```
impl fmt::Display for Quote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}”", self.text())
    }
}

/// The title and the year.
///
/// ```
/// let report = facts::reports().first().unwrap();
/// assert_eq!(report.to_string(), format!("{} ({})", report.title(), report.year()));
/// ```
impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.title(), self.year())
    }
}

/// The name, the role (or kind) and the country, then the words that name the actor.
///
/// ```
/// let yu = facts::actor("yu-yong-weon").unwrap();
/// let line = yu.to_string();
/// assert!(line.starts_with("Yu Yong-weon (South Korean lawmaker"));
/// assert!(line.ends_with(", south_korea): “South Korean lawmaker Yu Yong-weon”"));
/// ```
impl fmt::Display for Actor<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}",
            self.name(),
            self.role().unwrap_or(self.kind().word())
        )?;
        if let Some(country) = self.country() {
            write!(f, ", {country}")?;
        }
        write!(f, "): {}", self.quote())
    }
}

/// What happened, when and where, who the report has it from, and its words.
///
/// ```
/// let capture = facts::event("capture").unwrap();
/// let line = capture.to_string();
/// assert!(line.starts_with(capture.title()));
/// assert!(line.ends_with(&capture.quote().to_string()));
/// ```
impl fmt::Display for Event<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())?;
        let when = self.date().map(|d| {
            let since = if self.ongoing() { "since " } else { "" };
            format!("{since}{d}")
        });
        let details: Vec<String> = when
            .into_iter()
            .chain(self.place().map(str::to_owned))
            .collect();
        if !details.is_empty() {
            write!(f, " ({})", details.join(", "))?;
        }
        let sources: Vec<&str> = self.sources().iter().map(|s| s.name()).collect();
        if !sources.is_empty() {
            write!(f, " — {}", sources.join("; "))?;
        }
        write!(f, ": {}", self.quote())
    }
}

/// The figure in the report's way of qualifying it, what it counts, who gives it, and the
/// words it stands in.
///
/// ```
/// let estimate = facts::estimate("wounded-more-than-4000").unwrap();
/// assert_eq!(estimate.to_string(), "more than 4,000 wounded — Other assessments: “more than 4,000 injured”");
/// ```
impl fmt::Display for Estimate<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let qualifier = match self.qualifier() {
            Qualifier::Exact => "",
            Qualifier::About => "about ",
            Qualifier::MoreThan => "more than ",
            Qualifier::AtLeast => "at least ",
            Qualifier::FewerThan => "fewer than ",
            Qualifier::AtMost => "at most ",
        };
        write!(
            f,
            "{qualifier}{} {} — {}: {}",
            grouped(self.value()),
            self.measure(),
            self.source().name(),
            self.quote()
        )
    }
}

/// The name and the kind, with "cannot be confirmed" where the report says so, and the words
/// that introduce the source.
///
/// ```
/// let source = facts::source("other-assessments").unwrap();
/// assert_eq!(source.to_string(), format!("Other assessments (assessment): {}", source.quote()));
/// ```
impl fmt::Display for Source<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.name(), self.kind())?;
        match self.confirmable() {
            Some(false) => f.write_str(", cannot be confirmed independently")?,
            Some(true) => f.write_str(", can be confirmed independently")?,
            None => {}
        }
        write!(f, "): {}", self.quote())
    }
}

/// What is claimed, who claims it, how firmly and when, and the words that carry it.
///
/// ```
/// let claim = facts::claim("death-sentence").unwrap();
/// let line = claim.to_string();
/// assert!(line.starts_with(&format!("{} — {} (stated", claim.text(), claim.source().name())));
/// assert!(line.ends_with("“said returning them to the North would be a death sentence”"));
/// ```
impl fmt::Display for Claim<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} — {} ({}",
            self.text(),
            self.source().name(),
            self.status()
        )?;
        if let Some(date) = self.date() {
            write!(f, ", {date}")?;
        }
        write!(f, "): {}", self.quote())
    }
}

/// The record's line.
///
/// ```
/// let answer = facts::query("estimates where measure = wounded")?;
/// let row = answer.rows().unwrap()[0];
/// assert_eq!(row.to_string(), facts::estimate("wounded-more-than-4000").unwrap().to_string());
/// # Ok::<(), facts::QueryError>(())
/// ```
impl fmt::Display for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Row::Actor(r) => r.fmt(f),
            Row::Event(r) => r.fmt(f),
            Row::Estimate(r) => r.fmt(f),
            Row::Source(r) => r.fmt(f),
            Row::Claim(r) => r.fmt(f),
            Row::Report(r) => r.fmt(f),
        }
    }
}
