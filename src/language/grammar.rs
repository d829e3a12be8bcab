//! The query grammar, `grammar/facts.pest`, compiled by pest.

/// The parser pest derives from the grammar; its rules are [`Rule`].
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/facts.pest"]
pub(crate) struct FactsParser;

/// Every keyword of the grammar (`keyword` and `count`), which no collection or field is named.
pub(crate) const KEYWORDS: [&str; 15] = [
    "where", "group", "order", "by", "asc", "desc", "limit", "select", "and", "or", "not", "in",
    "contains", "count", "find",
];
