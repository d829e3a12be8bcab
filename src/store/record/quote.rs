//! Quotes: the report's own words behind a record, where they lie in its text.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::store::columnar::QuoteSpan;

use crate::model::{self};
use crate::store::data::Dataset;

use super::*;

/// A verbatim span of a report that supports a record.
///
/// ```
/// let estimate = facts::estimate("troops-about-15000").unwrap();
/// let quote = estimate.quote();
/// assert_eq!(&quote.report().text()[quote.range()], quote.text());
/// ```
#[derive(Clone, Copy)]
pub struct Quote<'d> {
    pub(crate) dataset: &'d Dataset,
    place: Place<'d>,
}

/// Where a quote is kept: whole in a stored record, or as a span of its report.
#[derive(Clone, Copy)]
enum Place<'d> {
    Stored(&'d model::StoredQuote),
    Span(QuoteSpan),
}

impl<'d> Quote<'d> {
    pub(super) fn new(dataset: &'d Dataset, quote: &'d model::StoredQuote) -> Quote<'d> {
        Quote {
            dataset,
            place: Place::Stored(quote),
        }
    }

    pub(super) fn span(dataset: &'d Dataset, span: QuoteSpan) -> Quote<'d> {
        Quote {
            dataset,
            place: Place::Span(span),
        }
    }

    /// The report quoted.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.report().id(), "nk-pows-seek-south-korea");
    /// ```
    pub fn report(self) -> Report<'d> {
        match self.place {
            Place::Stored(q) => referent(self.dataset, q.report.as_str()),
            Place::Span(span) => Report::at(self.dataset, span.report as usize),
        }
    }

    /// The line of its report's text the quote begins on, from 1: the report keeps one
    /// paragraph a line, so this is the paragraph, headings counted.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.line(), 5);
    /// ```
    pub fn line(self) -> usize {
        let before = self.report().text().get(..self.start()).unwrap_or("");
        1 + before.bytes().filter(|&b| b == b'\n').count()
    }

    /// Where the quote begins in its report's text, in bytes of UTF-8 (a Rust `str` index):
    /// not a count of characters. [`Quote::char_range`] counts code points, as Python and W3C
    /// Web Annotation do; [`Quote::utf16_range`] counts UTF-16 units, as JavaScript does.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert!(quote.start() < quote.end());
    /// ```
    pub fn start(self) -> usize {
        match self.place {
            Place::Stored(q) => q.start,
            Place::Span(span) => span.start as usize,
        }
    }

    /// Where the quote ends in its report's text: the byte offset (UTF-8) just past its last
    /// byte.
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.end() - quote.start(), quote.text().len());
    /// ```
    pub fn end(self) -> usize {
        match self.place {
            Place::Stored(q) => q.end,
            Place::Span(span) => span.end as usize,
        }
    }

    /// Where the quote sits in its report's text, in bytes of UTF-8: `&text[quote.range()]` is
    /// the quote. For code points see [`Quote::char_range`], for UTF-16 [`Quote::utf16_range`].
    ///
    /// ```
    /// let quote = facts::actor("yu-yong-weon").unwrap().quote();
    /// assert_eq!(quote.range().len(), quote.text().len());
    /// ```
    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    /// The quoted words, exactly as in the report.
    ///
    /// ```
    /// let quote = facts::estimate("troops-about-15000").unwrap().quote();
    /// assert_eq!(quote.text(), "raised the figure to about 15,000 since October last year");
    /// ```
    pub fn text(self) -> &'d str {
        match self.place {
            Place::Stored(q) => &q.text,
            // The checks found the quoted words at this range before the text was let go.
            Place::Span(span) => self
                .report()
                .text()
                .get(span.start as usize..span.end as usize)
                .unwrap_or_default(),
        }
    }
}

/// Quotes are equal when they are the same words at the same place of reports with the same id.
impl PartialEq<Quote<'_>> for Quote<'_> {
    fn eq(&self, other: &Quote<'_>) -> bool {
        self.report().id() == other.report().id()
            && self.range() == other.range()
            && self.text() == other.text()
    }
}

impl Eq for Quote<'_> {}

impl fmt::Debug for Quote<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Quote")
            .field("report", self.report().id())
            .field("start", &self.start())
            .field("end", &self.end())
            .field("text", &self.text())
            .finish()
    }
}

/// As the stored quote it reads: report id, byte range (`start`, `end`, bytes of UTF-8) and
/// words; then the same place in code points (`char_start`, `char_end`: Python, W3C Web
/// Annotation) and in UTF-16 units (`utf16_start`, `utf16_end`: JavaScript), which follow from
/// the bytes.
impl Serialize for Quote<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Quote", 8)?;
        s.serialize_field("report", self.report().id())?;
        s.serialize_field("start", &self.start())?;
        s.serialize_field("end", &self.end())?;
        s.serialize_field("text", self.text())?;
        let chars = self.char_range();
        s.serialize_field("char_start", &chars.start)?;
        s.serialize_field("char_end", &chars.end)?;
        let utf16 = self.utf16_range();
        s.serialize_field("utf16_start", &utf16.start)?;
        s.serialize_field("utf16_end", &utf16.end)?;
        s.end()
    }
}

/// The further quotes of a record that states something more than once
/// ([`Estimate::restated`]), in order.
///
/// ```
/// let quotes = facts::estimate("troops-about-15000").unwrap().restated();
/// assert_eq!(quotes.len(), 1);
/// let again = quotes.get(0).unwrap();
/// assert_eq!(again.text(), "raises the total deployed to about 15,000 since October last year");
/// ```
#[derive(Clone, Copy)]
pub struct Quotes<'d> {
    pub(super) dataset: &'d Dataset,
    pub(super) list: QuoteList<'d>,
}

/// Where a record keeps its further quotes: as spans in columns (estimates), or whole in the
/// stored record (claims).
#[derive(Clone, Copy)]
pub(super) enum QuoteList<'d> {
    Spans(&'d [QuoteSpan]),
    Stored(&'d [model::StoredQuote]),
}

impl<'d> QuoteList<'d> {
    pub(super) fn len(self) -> usize {
        match self {
            QuoteList::Spans(spans) => spans.len(),
            QuoteList::Stored(quotes) => quotes.len(),
        }
    }

    fn get(self, dataset: &'d Dataset, index: usize) -> Option<Quote<'d>> {
        Some(match self {
            QuoteList::Spans(spans) => Quote::span(dataset, *spans.get(index)?),
            QuoteList::Stored(quotes) => Quote::new(dataset, quotes.get(index)?),
        })
    }
}

impl<'d> Quotes<'d> {
    /// How many quotes there are.
    ///
    /// ```
    /// assert_eq!(facts::estimate("troops-about-15000").unwrap().restated().len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(!facts::estimate("troops-about-15000").unwrap().restated().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.list.len() == 0
    }

    /// The quote at `index`, counting from 0.
    ///
    /// ```
    /// let restated = facts::estimate("troops-about-15000").unwrap().restated();
    /// assert!(restated.get(0).unwrap().text().contains("about 15,000"));
    /// assert!(restated.get(1).is_none());
    /// ```
    pub fn get(&self, index: usize) -> Option<Quote<'d>> {
        self.list.get(self.dataset, index)
    }

    /// The first quote, if there is one.
    ///
    /// ```
    /// let restated = facts::estimate("killed-about-600").unwrap().restated();
    /// assert_eq!(restated.first().unwrap().text(), "around 600 dead");
    /// ```
    pub fn first(&self) -> Option<Quote<'d>> {
        self.get(0)
    }

    /// The last quote, if there is one.
    ///
    /// ```
    /// let restated = facts::estimate("killed-about-600").unwrap().restated();
    /// assert_eq!(restated.last(), restated.first()); // the report says it again once
    /// ```
    pub fn last(&self) -> Option<Quote<'d>> {
        self.get(self.len().checked_sub(1)?)
    }

    /// The quotes in order.
    ///
    /// ```
    /// let estimate = facts::estimate("troops-about-15000").unwrap();
    /// assert!(estimate.restated().iter().all(|q| q.text().contains("15,000")));
    /// ```
    pub fn iter(&self) -> QuoteIter<'d> {
        QuoteIter {
            dataset: self.dataset,
            list: self.list,
            front: 0,
            back: self.list.len(),
        }
    }
}

impl PartialEq for Quotes<'_> {
    fn eq(&self, other: &Quotes<'_>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl fmt::Debug for Quotes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Quotes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'d> IntoIterator for Quotes<'d> {
    type Item = Quote<'d>;
    type IntoIter = QuoteIter<'d>;

    fn into_iter(self) -> QuoteIter<'d> {
        self.iter()
    }
}

/// The quotes of a [`Quotes`], in order.
///
/// ```
/// let mut quotes = facts::estimate("troops-about-15000").unwrap().restated().iter();
/// assert!(quotes.next().is_some());
/// assert!(quotes.next().is_none());
/// ```
#[derive(Clone)]
pub struct QuoteIter<'d> {
    dataset: &'d Dataset,
    list: QuoteList<'d>,
    /// The quotes not yet handed out, from either end: `front..back`.
    front: usize,
    back: usize,
}

impl<'d> Iterator for QuoteIter<'d> {
    type Item = Quote<'d>;

    fn next(&mut self) -> Option<Quote<'d>> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.list.get(self.dataset, self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.back - self.front;
        (left, Some(left))
    }
}

impl DoubleEndedIterator for QuoteIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.list.get(self.dataset, self.back)
    }
}

impl ExactSizeIterator for QuoteIter<'_> {}

impl FusedIterator for QuoteIter<'_> {}

impl fmt::Debug for QuoteIter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}
