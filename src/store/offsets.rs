//! A quote's place in other units than bytes: code points (what W3C Web Annotation's
//! `TextPositionSelector` and Python count) and UTF-16 code units (what JavaScript counts).

use std::ops::Range;

use crate::store::record::Quote;

impl Quote<'_> {
    /// Where the quote sits in its report's text, in Unicode code points (chars): what
    /// Python's `text[start:end]` and W3C Web Annotation's `TextPositionSelector` count.
    /// [`Quote::range`] counts bytes of UTF-8.
    ///
    /// ```
    /// let quote = facts::estimate("troops-about-15000").unwrap().quote();
    /// let text = quote.report().text();
    /// let chars = quote.char_range();
    /// let words: String = text.chars().skip(chars.start).take(chars.len()).collect();
    /// assert_eq!(words, quote.text());
    /// // The report has curly quotes and dashes before it: fewer code points than bytes.
    /// assert!(chars.start < quote.start());
    /// ```
    pub fn char_range(self) -> Range<usize> {
        let start = self.place().chars;
        start..start + self.text().chars().count()
    }

    /// Where the quote sits in its report's text, in UTF-16 code units: what JavaScript's
    /// `text.slice(start, end)` counts.
    ///
    /// ```
    /// let quote = facts::estimate("troops-about-15000").unwrap().quote();
    /// let utf16: Vec<u16> = quote.report().text().encode_utf16().collect();
    /// let range = quote.utf16_range();
    /// assert_eq!(String::from_utf16(&utf16[range]).unwrap(), quote.text());
    /// ```
    pub fn utf16_range(self) -> Range<usize> {
        let start = self.place().utf16;
        start..start + self.text().encode_utf16().count()
    }

    /// Where the quote begins, in every unit.
    fn place(self) -> UnitOffsets {
        let report = self.report();
        let none = Checkpoints::default();
        let checkpoints = self
            .dataset
            .report_position(report.id().as_str())
            .and_then(|at| self.dataset.report_units().get(at))
            .unwrap_or(&none);
        checkpoints.position(report.text(), self.start())
    }
}

/// One place in a text, counted in each unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct UnitOffsets {
    bytes: usize,
    chars: usize,
    utf16: usize,
}

/// How far apart, in bytes, the places a report keeps counted are: a quote's place is counted
/// from the one before it, so that no quote of a long report costs a count from its start.
const STRIDE: usize = 4096;

/// Places of one text counted in every unit, about one every [`STRIDE`] bytes (none for a
/// text shorter than that).
#[derive(Debug, Clone, Default)]
pub(crate) struct Checkpoints(Vec<UnitOffsets>);

impl Checkpoints {
    /// Counts through `text` once.
    pub(crate) fn of(text: &str) -> Checkpoints {
        let mut places = Vec::with_capacity(text.len() / STRIDE);
        let mut here = UnitOffsets::default();
        let mut next = STRIDE;
        for (at, c) in text.char_indices() {
            if at >= next {
                places.push(UnitOffsets { bytes: at, ..here });
                next = at + STRIDE;
            }
            here.chars += 1;
            here.utf16 += c.len_utf16();
        }
        Checkpoints(places)
    }

    /// The place of byte `at` of `text` (the text these checkpoints were counted in), in
    /// every unit. A quote's start lies on a char boundary; one that did not would be counted
    /// up to the boundary before it.
    fn position(&self, text: &str, at: usize) -> UnitOffsets {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = self.0.partition_point(|p| p.bytes <= at);
        let from = before
            .checked_sub(1)
            .and_then(|i| self.0.get(i))
            .copied()
            .unwrap_or_default();
        let between = &text[from.bytes..at];
        UnitOffsets {
            bytes: at,
            chars: from.chars + between.chars().count(),
            utf16: from.utf16 + between.encode_utf16().count(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(text: &str, at: usize) -> UnitOffsets {
        let before = &text[..at];
        UnitOffsets {
            bytes: at,
            chars: before.chars().count(),
            utf16: before.encode_utf16().count(),
        }
    }

    #[test]
    fn a_place_counts_as_from_the_start_in_a_long_text() {
        // Several strides of one-, two-, three- and four-byte characters.
        let text = "a “b” — c 😀 d é f ".repeat(2_000);
        let checkpoints = Checkpoints::of(&text);
        assert!(checkpoints.0.len() > 10);
        for (at, _) in text.char_indices().step_by(97).chain([(text.len(), ' ')]) {
            assert_eq!(checkpoints.position(&text, at), counted(&text, at), "{at}");
        }
    }

    #[test]
    fn a_short_text_keeps_no_checkpoints() {
        let text = "xé😀y";
        let checkpoints = Checkpoints::of(text);
        assert!(checkpoints.0.is_empty());
        for at in [0, 1, 3, 7, 8] {
            assert_eq!(checkpoints.position(text, at), counted(text, at));
        }
    }
}
