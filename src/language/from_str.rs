//! `FromStr` for the types one names in text: a query, a collection (each vocabulary has its
//! own, from the macro that defines it in `model`); and why a text is not one.

use std::str::FromStr;

use crate::language::error::QueryError;
use crate::model::collection::{Collection, Vocabulary};
use crate::model::suggest;
use crate::plan::Query;

/// Parses and checks a query, as [`Query::parse`] does.
///
/// ```
/// let query: facts::Query = "count claims where status = alleged".parse()?;
/// assert_eq!(query.collection(), Some(facts::Collection::Claims));
/// assert!("claims where status = alleegd".parse::<facts::Query>().is_err());
/// # Ok::<(), facts::QueryError>(())
/// ```
impl FromStr for Query {
    type Err = QueryError;

    fn from_str(text: &str) -> Result<Query, QueryError> {
        Query::parse(text)
    }
}

/// The collection a name means, ignoring ASCII case; a near miss gets "did you mean".
///
/// ```
/// use facts::Collection;
/// assert_eq!("Estimates".parse(), Ok(Collection::Estimates));
/// assert!("estimate".parse::<Collection>().is_err());
/// ```
impl FromStr for Collection {
    type Err = UnknownCollection;

    fn from_str(name: &str) -> Result<Collection, UnknownCollection> {
        Collection::from_name(name).ok_or_else(|| UnknownCollection::new(name))
    }
}

/// Why a text is not a word of a vocabulary: the error of `"...".parse::<Topic>()` and of
/// every vocabulary's `FromStr`.
///
/// ```
/// let err = "casualtys".parse::<facts::Topic>().unwrap_err();
/// assert_eq!(err.vocabulary, facts::Vocabulary::Topic);
/// assert_eq!(err.suggestion, Some("casualties"));
/// assert_eq!(
///     err.to_string(),
///     "`casualtys` is not a Topic (deployment, casualties); did you mean `casualties`?"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{word}` is not a {vocabulary:?} ({}){}",
    vocabulary.words().join(", "),
    did_you_mean(*suggestion)
)]
#[non_exhaustive]
pub struct UnknownWord {
    /// The text as given.
    pub word: String,
    /// The vocabulary it is not in.
    pub vocabulary: Vocabulary,
    /// The nearest word, for a likely typo.
    pub suggestion: Option<&'static str>,
}

impl UnknownWord {
    pub(crate) fn new(word: &str, vocabulary: Vocabulary) -> UnknownWord {
        UnknownWord {
            word: word.to_owned(),
            vocabulary,
            suggestion: suggest::closest(word, vocabulary.words().iter().copied()),
        }
    }
}

/// Why a text is not the name of a [`Collection`].
///
/// ```
/// let err = "estimats".parse::<facts::Collection>().unwrap_err();
/// assert_eq!(err.suggestion, Some(facts::Collection::Estimates));
/// assert_eq!(
///     err.to_string(),
///     "`estimats` is not a collection (actors, events, estimates, sources, claims, reports); \
///      did you mean `estimates`?"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{name}` is not a collection ({}){}",
    Collection::names(),
    did_you_mean(suggestion.map(Collection::name))
)]
#[non_exhaustive]
pub struct UnknownCollection {
    /// The text as given.
    pub name: String,
    /// The nearest collection, for a likely typo.
    pub suggestion: Option<Collection>,
}

impl UnknownCollection {
    pub(crate) fn new(name: &str) -> UnknownCollection {
        let nearest = suggest::closest(name, Collection::ALL.map(Collection::name));
        UnknownCollection {
            name: name.to_owned(),
            suggestion: nearest.and_then(Collection::from_name),
        }
    }
}

fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!("; did you mean `{s}`?"))
}
