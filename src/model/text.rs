//! `Text`: the string type of every record, as small as a record's strings allow.
//!
//! A million loaded records hold millions of short strings (ids, periods, quotes of a few
//! words). As `String`s each would be a heap allocation of its own, which costs more memory
//! than the words and most of the time spent loading. With `load`, a `Text` keeps up to 24
//! bytes inside itself, borrows the strings compiled into the crate, and goes to the heap only
//! for longer strings such as a report's full text. Without `load` nothing is loaded: a text is
//! the crate's own or a query's few words, and a `Cow` holds it, which spares a dependent the
//! compact string's crates.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Immutable text held by a record: a title, a name, a period, a quote's words, an id.
///
/// It reads as a `str` (through `Deref`), compares with `str`, `&str` and `String`, and is
/// the size of a `String`. With the `load` feature (a default), strings up to 24 bytes take
/// no allocation.
///
/// ```
/// let text = facts::Text::from("raised the figure to about 15,000 since October last year");
/// assert_eq!(text, "raised the figure to about 15,000 since October last year");
/// assert!(text.contains("15,000"));
/// let id = facts::EstimateId::new(text);
/// assert!(id.as_str().ends_with("last year"));
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Text(repr::Repr);

/// How a `Text` is held with `load`: inline up to 24 bytes, as loaded datasets need.
#[cfg(feature = "load")]
mod repr {
    pub(super) type Repr = compact_str::CompactString;

    pub(super) const fn borrowed(text: &'static str) -> Repr {
        Repr::const_new(text)
    }

    pub(super) fn copied(text: &str) -> Repr {
        Repr::new(text)
    }

    pub(super) fn owned(text: String) -> Repr {
        Repr::from(text)
    }

    pub(super) fn into_string(repr: Repr) -> String {
        repr.into_string()
    }
}

/// How a `Text` is held without `load`: borrowed from the crate's static text, or owned.
#[cfg(not(feature = "load"))]
mod repr {
    use std::borrow::Cow;

    pub(super) type Repr = Cow<'static, str>;

    pub(super) const fn borrowed(text: &'static str) -> Repr {
        Cow::Borrowed(text)
    }

    pub(super) fn copied(text: &str) -> Repr {
        Cow::Owned(text.to_owned())
    }

    pub(super) fn owned(text: String) -> Repr {
        Cow::Owned(text)
    }

    pub(super) fn into_string(repr: Repr) -> String {
        repr.into_owned()
    }
}

impl Text {
    /// Text compiled into a program, borrowed where it is too long to keep inline.
    ///
    /// ```
    /// const TITLE: facts::Text = facts::Text::from_static("Two captured soldiers");
    /// assert_eq!(TITLE.as_str(), "Two captured soldiers");
    /// ```
    pub const fn from_static(text: &'static str) -> Text {
        Text(repr::borrowed(text))
    }

    /// The text as a `str`.
    ///
    /// ```
    /// assert_eq!(facts::Text::from("to date").as_str(), "to date");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

// Hashes as its `str` does, which `Borrow<str>` requires of it.
impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text(repr::copied(text))
    }
}

impl From<String> for Text {
    /// With `load`, short strings move inline and a long one keeps its allocation; without it,
    /// the `String` is kept as it is.
    fn from(text: String) -> Text {
        Text(repr::owned(text))
    }
}

impl From<Cow<'static, str>> for Text {
    fn from(text: Cow<'static, str>) -> Text {
        match text {
            Cow::Borrowed(text) => Text::from_static(text),
            Cow::Owned(text) => Text::from(text),
        }
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        repr::into_string(text.0)
    }
}

/// Implements `==` both ways between `Text` and a string type.
macro_rules! eq_str {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }

        impl PartialEq<Text> for $other {
            fn eq(&self, other: &Text) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_str!(str, &str, String);

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    /// With `load`, takes the text inline from the input where it fits, without an allocation
    /// between.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        repr::Repr::deserialize(deserializer).map(Text)
    }
}

/// `a == b`, in a constant.
pub(crate) const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "load")]
    #[test]
    fn short_text_is_kept_inline_and_long_text_keeps_its_allocation() {
        let short = Text::from("estimate-1000000");
        assert!(!short.0.is_heap_allocated());
        let long = "a sentence well past twenty-four bytes".to_owned();
        let at = long.as_ptr();
        let text = Text::from(long);
        assert_eq!(text.as_ptr(), at);
    }

    #[test]
    fn static_text_is_borrowed_not_copied() {
        static LONG: &str = "a sentence well past twenty-four bytes";
        let text = Text::from_static(LONG);
        assert_eq!(text.as_ptr(), LONG.as_ptr());
    }

    #[test]
    fn is_the_size_of_a_string_with_load_or_without() {
        assert_eq!(size_of::<Text>(), size_of::<String>());
        assert_eq!(size_of::<Option<Text>>(), size_of::<String>());
    }

    #[test]
    fn compares_and_hashes_as_its_str() {
        use std::collections::HashSet;
        let text = Text::from("to date");
        assert_eq!(text, "to date");
        assert_eq!("to date", text);
        assert_eq!(text, String::from("to date"));
        assert_ne!(text, "to dat");
        let set: HashSet<Text> = [text].into_iter().collect();
        assert!(set.contains("to date"));
        let mut sorted = vec![
            Text::from("b".repeat(30)),
            Text::from("ab"),
            Text::from("b"),
        ];
        sorted.sort();
        assert_eq!(sorted, ["ab".to_owned(), "b".to_owned(), "b".repeat(30)]);
    }

    #[test]
    fn reads_and_writes_as_a_json_string() {
        let text: Text = serde_json::from_str(r#""more than \"4,000\"""#).unwrap();
        assert_eq!(text, r#"more than "4,000""#);
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#""more than \"4,000\"""#
        );
    }
}

/// Text as the language compares it: lower case, and typographic apostrophes and quotation
/// marks as a keyboard writes them (`’` as `'`, `“` as `"`), so that `North Korea's` finds
/// the report's `North Korea’s`. Both sides of a comparison are folded, here and in the SQL
/// translation (whose tables keep each text folded beside it).
pub(crate) fn fold(text: &str) -> String {
    // Lower-case the whole string first: `str::to_lowercase` knows context (a word-final
    // `Σ` becomes `ς`), which folding char by char would not.
    let lower = text.to_lowercase();
    if lower.is_ascii() {
        return lower;
    }
    lower
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod fold_tests {
    use super::fold;

    #[test]
    fn typographic_quotes_fold_to_the_keyboards() {
        assert_eq!(fold("North Korea’s"), "north korea's");
        assert_eq!(fold("“Heroes”"), "\"heroes\"");
        assert_eq!(fold("‘a’ ‚b‛"), "'a' 'b'");
        assert_eq!(fold("ΟΔΟΣ"), "\u{3bf}\u{3b4}\u{3bf}\u{3c2}");
        assert_eq!(fold("Yu Yong-weon"), "yu yong-weon");
    }
}
