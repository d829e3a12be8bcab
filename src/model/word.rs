//! A vocabulary word as a value: the typed key of a group or cell of an enum field.

use std::fmt;

use crate::model::collection::Vocabulary;
use crate::model::{ActorKind, ClaimStatus, Measure, Qualifier, SourceKind, Topic};

/// A word of one of the crate's vocabularies, as the typed value it names: what
/// [`Value::Word`](crate::Value::Word) holds, and so the key of a `group by` on an enum field.
///
/// Words of one vocabulary order as the vocabulary declares them, the order `order by` sorts
/// them in.
///
/// ```
/// use facts::{Measure, Value, Word};
/// let answer = facts::query("estimates group by measure")?;
/// let keys: Vec<&Value> = answer.groups().unwrap().iter().map(|g| &g.key).collect();
/// assert_eq!(keys[1], &Value::Word(Word::Measure(Measure::Killed)));
/// assert_eq!(keys[1].to_string(), "killed");
/// # Ok::<(), facts::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Word {
    /// An actor's kind.
    ActorKind(ActorKind),
    /// An estimate's topic.
    Topic(Topic),
    /// What an estimate counts.
    Measure(Measure),
    /// How a figure is qualified.
    Qualifier(Qualifier),
    /// A source's kind.
    SourceKind(SourceKind),
    /// How firmly a claim is attributed.
    ClaimStatus(ClaimStatus),
}

/// Runs `$body` with `$value` bound to the vocabulary value a word holds, whatever its type.
macro_rules! each {
    ($word:expr, $value:ident => $body:expr) => {
        match $word {
            Word::ActorKind($value) => $body,
            Word::Topic($value) => $body,
            Word::Measure($value) => $body,
            Word::Qualifier($value) => $body,
            Word::SourceKind($value) => $body,
            Word::ClaimStatus($value) => $body,
        }
    };
}

impl Word {
    /// The word as data files, queries and JSON write it.
    ///
    /// ```
    /// assert_eq!(facts::Word::Qualifier(facts::Qualifier::MoreThan).word(), "more_than");
    /// ```
    pub fn word(self) -> &'static str {
        each!(self, value => value.word())
    }

    /// The vocabulary the word belongs to.
    ///
    /// ```
    /// use facts::{Topic, Vocabulary, Word};
    /// assert_eq!(Word::Topic(Topic::Casualties).vocabulary(), Vocabulary::Topic);
    /// ```
    pub fn vocabulary(self) -> Vocabulary {
        match self {
            Word::ActorKind(_) => Vocabulary::ActorKind,
            Word::Topic(_) => Vocabulary::Topic,
            Word::Measure(_) => Vocabulary::Measure,
            Word::Qualifier(_) => Vocabulary::Qualifier,
            Word::SourceKind(_) => Vocabulary::SourceKind,
            Word::ClaimStatus(_) => Vocabulary::ClaimStatus,
        }
    }

    /// The word's position in its vocabulary, as columns store it.
    pub(crate) fn rank(self) -> u8 {
        each!(self, value => value as u8)
    }

    /// The word at `rank` in `vocabulary`.
    pub(crate) fn from_rank(vocabulary: Vocabulary, rank: u8) -> Option<Word> {
        let at = usize::from(rank);
        match vocabulary {
            Vocabulary::ActorKind => ActorKind::ALL.get(at).copied().map(Word::ActorKind),
            Vocabulary::Topic => Topic::ALL.get(at).copied().map(Word::Topic),
            Vocabulary::Measure => Measure::ALL.get(at).copied().map(Word::Measure),
            Vocabulary::Qualifier => Qualifier::ALL.get(at).copied().map(Word::Qualifier),
            Vocabulary::SourceKind => SourceKind::ALL.get(at).copied().map(Word::SourceKind),
            Vocabulary::ClaimStatus => ClaimStatus::ALL.get(at).copied().map(Word::ClaimStatus),
        }
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

macro_rules! from {
    ($($name:ident),*) => {
        $(
            impl From<$name> for Word {
                fn from(value: $name) -> Word {
                    Word::$name(value)
                }
            }
        )*
    };
}

from!(
    ActorKind,
    Topic,
    Measure,
    Qualifier,
    SourceKind,
    ClaimStatus
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rank_is_the_position_in_the_vocabulary_and_leads_back() {
        for vocabulary in [
            Vocabulary::ActorKind,
            Vocabulary::Topic,
            Vocabulary::Measure,
            Vocabulary::Qualifier,
            Vocabulary::SourceKind,
            Vocabulary::ClaimStatus,
        ] {
            for (rank, text) in vocabulary.words().iter().enumerate() {
                let word = Word::from_rank(vocabulary, rank as u8).unwrap();
                assert_eq!((word.word(), word.rank()), (*text, rank as u8));
                assert_eq!(word.vocabulary(), vocabulary);
            }
            assert_eq!(
                Word::from_rank(vocabulary, vocabulary.words().len() as u8),
                None
            );
        }
    }
}
