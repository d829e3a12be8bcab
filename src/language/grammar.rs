//! The query grammar, `grammar/facts.pest`, compiled by pest.

/// The parser pest derives from the grammar; its rules are [`Rule`].
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/facts.pest"]
pub(crate) struct FactsParser;
