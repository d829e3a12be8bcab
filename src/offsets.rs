//! A quote's place in other units than bytes: code points (what W3C Web Annotation's
//! `TextPositionSelector` and Python count) and UTF-16 code units (what JavaScript counts).

use std::cell::Cell;
use std::ops::Range;

use crate::record::Quote;

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
        let text = self.report().text();
        let start = position(text, self.start()).chars;
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
        let text = self.report().text();
        let start = position(text, self.start()).utf16;
        start..start + self.text().encode_utf16().count()
    }
}

/// One place in a text, counted in each unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Position {
    bytes: usize,
    chars: usize,
    utf16: usize,
}

thread_local! {
    /// The last place counted, and in which text (by address and length): quotes are mostly
    /// asked for in the order of their report, so counting from the last place keeps writing
    /// every quote of a long report linear rather than quadratic.
    static LAST: Cell<Option<(usize, usize, Position)>> = const { Cell::new(None) };
}

/// The place of byte `at` of `text`, in every unit. `at` lies on a char boundary, as a quote's
/// start does; one that does not is counted up to the boundary before it.
fn position(text: &str, at: usize) -> Position {
    let key = (text.as_ptr() as usize, text.len());
    let from = LAST
        .get()
        .filter(|(address, len, _)| (*address, *len) == key)
        .map_or(
            Position {
                bytes: 0,
                chars: 0,
                utf16: 0,
            },
            |(_, _, p)| p,
        );
    let at = at.min(text.len());
    let found = if at >= from.bytes {
        let between = prefix(&text[from.bytes..], at - from.bytes);
        Position {
            bytes: from.bytes + between.len(),
            chars: from.chars + between.chars().count(),
            utf16: from.utf16 + between.encode_utf16().count(),
        }
    } else {
        let before = prefix(text, at);
        let between = &text[before.len()..from.bytes];
        Position {
            bytes: before.len(),
            chars: from.chars - between.chars().count(),
            utf16: from.utf16 - between.encode_utf16().count(),
        }
    };
    LAST.set(Some((key.0, key.1, found)));
    found
}

/// The longest prefix of `text` of at most `len` bytes that ends on a char boundary.
fn prefix(text: &str, len: usize) -> &str {
    let mut end = len.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(text: &str, at: usize) -> Position {
        let before = prefix(text, at);
        Position {
            bytes: before.len(),
            chars: before.chars().count(),
            utf16: before.encode_utf16().count(),
        }
    }

    #[test]
    fn any_order_of_places_counts_as_from_the_start() {
        let text = "a “b” — c 😀 d é f";
        let other = "xé😀y";
        let places = [0, 5, 3, 17, 1, text.len(), 9, 2, 22, 4, 0, 15];
        for at in places {
            assert_eq!(position(text, at), counted(text, at), "{at}");
            // Another text between does not lend its place to this one.
            assert_eq!(position(other, 3), counted(other, 3));
        }
    }
}
