//! What a record's words commit it to: the figure and its qualifying words in an estimate's
//! quote, and the hedges in a claim's. The checks of [`crate::model::validate`] hold a record's typed
//! fields to these, so a figure, a qualifier or a status cannot say more than the report.
//!
//! Nothing here allocates: the checks run on every record of a loaded dataset, millions of
//! them.

#[cfg(feature = "load")]
use crate::model::{ClaimStatus, Qualifier};

/// The words that qualify a figure when they stand right before it, longest first where one
/// ends another ("no more than" before "more than").
#[cfg(feature = "load")]
const QUALIFYING: &[(&str, Qualifier)] = &[
    ("no more than", Qualifier::AtMost),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("more than", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("at least", Qualifier::AtLeast),
    ("fewer than", Qualifier::FewerThan),
    ("less than", Qualifier::FewerThan),
    ("under", Qualifier::FewerThan),
    ("below", Qualifier::FewerThan),
    ("at most", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
];

/// Words that hedge a statement, each with the firmest status it allows.
#[cfg(feature = "load")]
const HEDGES: &[(&str, ClaimStatus)] = &[
    ("cannot be confirmed", ClaimStatus::Unconfirmed),
    ("could not be confirmed", ClaimStatus::Unconfirmed),
    ("cannot be verified", ClaimStatus::Unconfirmed),
    ("could not be verified", ClaimStatus::Unconfirmed),
    ("unconfirmed", ClaimStatus::Unconfirmed),
    ("unverified", ClaimStatus::Unconfirmed),
    ("allegedly", ClaimStatus::Alleged),
    ("alleged", ClaimStatus::Alleged),
    ("purportedly", ClaimStatus::Alleged),
    ("supposedly", ClaimStatus::Alleged),
    ("reportedly", ClaimStatus::Reported),
];

/// A figure's two spellings, `4000` and `4,000`, on the stack.
pub struct Figure {
    plain: [u8; 20],
    plain_len: usize,
    grouped: [u8; 27],
    grouped_len: usize,
}

impl Figure {
    /// The spellings of `value`.
    pub fn new(value: u64) -> Figure {
        let mut digits = [0u8; 20];
        let mut n = value;
        let mut len = 0;
        loop {
            digits[19 - len] = b'0' + (n % 10) as u8;
            len += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let mut figure = Figure {
            plain: [0; 20],
            plain_len: len,
            grouped: [0; 27],
            grouped_len: 0,
        };
        figure.plain[..len].copy_from_slice(&digits[20 - len..]);
        for (i, &d) in figure.plain[..len].iter().enumerate() {
            if i > 0 && (len - i) % 3 == 0 {
                figure.grouped[figure.grouped_len] = b',';
                figure.grouped_len += 1;
            }
            figure.grouped[figure.grouped_len] = d;
            figure.grouped_len += 1;
        }
        figure
    }

    /// `4000`.
    pub fn plain(&self) -> &str {
        // Only ASCII digits were written.
        std::str::from_utf8(&self.plain[..self.plain_len]).unwrap_or_default()
    }

    /// `4,000`.
    pub fn grouped(&self) -> &str {
        std::str::from_utf8(&self.grouped[..self.grouped_len]).unwrap_or_default()
    }

    /// The byte offsets where the figure stands whole in `text` (not inside `14,000` or
    /// `6000`), in either spelling.
    #[cfg(feature = "load")]
    pub fn places<'t>(&'t self, text: &'t str) -> impl Iterator<Item = usize> + 't {
        let grouped = (self.grouped_len != self.plain_len).then(|| self.grouped());
        let spellings = std::iter::once(self.plain()).chain(grouped);
        spellings.flat_map(move |spelling| {
            text.match_indices(spelling)
                .map(|(at, _)| at)
                .filter(move |&at| whole(text, at, at + spelling.len()))
        })
    }
}

/// Whether `text[from..to]` is a number on its own: no digit, nor a digit group, on either side.
#[cfg(feature = "load")]
fn whole(text: &str, from: usize, to: usize) -> bool {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let separator = |i: usize| matches!(bytes.get(i), Some(b',' | b'.'));
    let before =
        from > 0 && (digit(from - 1) || (separator(from - 1) && from > 1 && digit(from - 2)));
    let after = digit(to) || (separator(to) && digit(to + 1));
    !before && !after
}

/// The qualifier the words right before `text[at..]` give a figure: `Exact` where none of
/// the qualifying words stand there.
#[cfg(feature = "load")]
pub fn qualifier_before(text: &str, at: usize) -> Qualifier {
    let before = text[..at].trim_end();
    QUALIFYING
        .iter()
        .find(|(words, _)| ends_with_word(before, words))
        .map_or(Qualifier::Exact, |&(_, qualifier)| qualifier)
}

/// A hedge found in a quote: the words, and the firmest status they allow.
#[cfg(feature = "load")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hedge {
    /// The hedging words.
    pub words: &'static str,
    /// The firmest status a claim in these words can have.
    pub allows: ClaimStatus,
}

/// The hedge in `text` that allows the least, if any.
#[cfg(feature = "load")]
pub fn hedge(text: &str) -> Option<Hedge> {
    HEDGES
        .iter()
        .filter(|(words, _)| contains_word(text, words))
        .max_by_key(|(_, status)| *status)
        .map(|&(words, allows)| Hedge { words, allows })
}

/// Whether `text` ends with `words` as whole words, ignoring ASCII case.
#[cfg(feature = "load")]
fn ends_with_word(text: &str, words: &str) -> bool {
    let Some(start) = text.len().checked_sub(words.len()) else {
        return false;
    };
    text.is_char_boundary(start)
        && text[start..].eq_ignore_ascii_case(words)
        && !text[..start].ends_with(|c: char| c.is_alphanumeric())
}

/// Whether `words` stand in `text` as whole words, ignoring ASCII case.
#[cfg(feature = "load")]
fn contains_word(text: &str, words: &str) -> bool {
    let (haystack, needle) = (text.as_bytes(), words.as_bytes());
    if needle.is_empty() || haystack.len() < needle.len() {
        return false;
    }
    let letter = |i: usize| haystack.get(i).is_some_and(u8::is_ascii_alphanumeric);
    (0..=haystack.len() - needle.len()).any(|at| {
        haystack[at..at + needle.len()].eq_ignore_ascii_case(needle)
            && !(at > 0 && letter(at - 1))
            && !letter(at + needle.len())
    })
}

#[cfg(all(test, feature = "load"))] // The checks it tests are compiled with `load`.
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_found_in_either_spelling_and_only_whole() {
        let figure = Figure::new(4000);
        assert_eq!((figure.plain(), figure.grouped()), ("4000", "4,000"));
        assert_eq!(figure.places("more than 4,000 injured").count(), 1);
        assert_eq!(figure.places("4000 dead").count(), 1);
        assert_eq!(figure.places("14,000 or 4,0001 or 24000").count(), 0);
        assert_eq!(
            Figure::new(600)
                .places("point to around 600 killed")
                .count(),
            1
        );
        assert_eq!(Figure::new(600).places("4,600 or 6000").count(), 0);
        assert_eq!(Figure::new(1_234_567).grouped(), "1,234,567");
        assert_eq!(Figure::new(0).plain(), "0");
        assert_eq!(Figure::new(u64::MAX).plain(), u64::MAX.to_string());
    }

    #[test]
    fn the_words_before_a_figure_give_its_qualifier() {
        let at = |text: &str, figure: &str| qualifier_before(text, text.find(figure).unwrap());
        assert_eq!(
            at("said more than 10,000 troops", "10,000"),
            Qualifier::MoreThan
        );
        assert_eq!(at("over 4,000 wounded", "4,000"), Qualifier::MoreThan);
        assert_eq!(at("point to around 600 killed", "600"), Qualifier::About);
        assert_eq!(at("no more than 50 men", "50"), Qualifier::AtMost);
        assert_eq!(at("cited 2,000 killed", "2,000"), Qualifier::Exact);
        // "moreover" is not "over".
        assert_eq!(at("moreover 300 left", "300"), Qualifier::Exact);
    }

    #[test]
    fn a_hedge_is_found_as_whole_words_and_the_weakest_wins() {
        assert_eq!(
            hedge("were reportedly part of"),
            Some(Hedge {
                words: "reportedly",
                allows: ClaimStatus::Reported
            })
        );
        let both = hedge("allegedly given; these reports cannot be confirmed").unwrap();
        assert_eq!(both.allows, ClaimStatus::Unconfirmed);
        assert_eq!(hedge("the reported figure"), None);
        assert_eq!(hedge("Reportedly, they left").unwrap().words, "reportedly");
    }
}
